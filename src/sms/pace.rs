//! The SMS gateway's rate, shared by lane. One dispatcher hands out send slots
//! `1/rate` apart: an `interactive` waiter (a one-time code) always takes the next
//! slot, whatever waits elsewhere; the other lanes split the rest by weight (smooth
//! weighted round robin) while several wait, and `bulk` never takes more than its
//! largest share even when it waits alone.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use tokio::sync::{oneshot, Notify};
use tokio::time::Instant;

use crate::domain::Lane;

const LANES: usize = 4;
/// Unused capacity that may be spent at once (a small burst), as a time span.
const BURST: Duration = Duration::from_millis(100);

/// How the rate is shared.
#[derive(Debug, Clone, Copy)]
pub struct Shares {
    /// Weights of the non-interactive lanes while several wait (`Lane::ALL` order;
    /// the interactive entry is ignored: it always goes first).
    pub weights: [u32; LANES],
    /// The largest fraction of the rate a lane may use, even alone (1.0: all of it).
    pub max_share: [f64; LANES],
}

impl Default for Shares {
    fn default() -> Self {
        Self { weights: [1; LANES], max_share: [1.0; LANES] }
    }
}

pub struct Pacer {
    inner: Arc<Inner>,
}

struct Inner {
    interval: Duration,
    shares: Shares,
    state: Mutex<State>,
    wake: Notify,
}

struct State {
    waiting: [VecDeque<oneshot::Sender<()>>; LANES],
    /// Smooth weighted round robin credit of each lane.
    credit: [i64; LANES],
    /// Slots a capped lane may still take (refilled at its share of the rate).
    tokens: [f64; LANES],
    refilled: Instant,
    dispatching: bool,
}

impl Pacer {
    pub fn new(rate_per_second: u32, shares: Shares) -> Self {
        let interval = Duration::from_secs(1) / rate_per_second.max(1);
        let state = State {
            waiting: Default::default(),
            credit: [0; LANES],
            tokens: [1.0; LANES],
            refilled: Instant::now(),
            dispatching: false,
        };
        Self { inner: Arc::new(Inner { interval, shares, state: Mutex::new(state), wake: Notify::new() }) }
    }

    /// Waits for this lane's next send slot.
    pub async fn acquire(&self, lane: Lane) {
        let (tx, rx) = oneshot::channel();
        let start = {
            let mut s = self.inner.state.lock().expect("pacer lock");
            s.waiting[lane.index()].push_back(tx);
            !std::mem::replace(&mut s.dispatching, true)
        };
        if start {
            tokio::spawn(dispatch(Arc::downgrade(&self.inner)));
        }
        self.inner.wake.notify_one();
        // An error means the dispatcher is gone (the process is stopping): go on.
        let _ = rx.await;
    }

    /// Waiters per lane (`Lane::ALL` order).
    pub fn waiting(&self) -> [usize; LANES] {
        let s = self.inner.state.lock().expect("pacer lock");
        std::array::from_fn(|i| s.waiting[i].len())
    }
}

/// Hands out slots until the pacer is dropped.
async fn dispatch(inner: Weak<Inner>) {
    let mut next = Instant::now();
    while let Some(pacer) = inner.upgrade() {
        let any = pacer.state.lock().expect("pacer lock").waiting.iter().any(|q| !q.is_empty());
        if !any {
            // Wake up now and then to see whether the pacer still exists.
            let _ = tokio::time::timeout(Duration::from_secs(1), pacer.wake.notified()).await;
            continue;
        }
        let now = Instant::now();
        let slot = next.max(now.checked_sub(BURST).unwrap_or(now));
        if slot > now {
            drop(pacer);
            tokio::time::sleep_until(slot).await;
            continue;
        }
        let granted = {
            let mut state = pacer.state.lock().expect("pacer lock");
            state.grant(&pacer, now)
        };
        match granted {
            // Every waiter had gone away: the slot is not spent.
            Grant::NobodyLeft => {}
            Grant::Given | Grant::Capped => next = slot + pacer.interval,
        }
    }
}

enum Grant {
    Given,
    /// Someone waits, but only in lanes over their largest share: the slot passes.
    Capped,
    NobodyLeft,
}

impl State {
    fn refill(&mut self, inner: &Inner, now: Instant) {
        let elapsed = now.saturating_duration_since(self.refilled).as_secs_f64();
        self.refilled = now;
        let rate = 1.0 / inner.interval.as_secs_f64();
        for (i, t) in self.tokens.iter_mut().enumerate() {
            let share = inner.shares.max_share[i];
            let most = (rate * share * BURST.as_secs_f64()).max(1.0);
            *t = (*t + elapsed * rate * share).min(most);
        }
    }

    fn eligible(&self, inner: &Inner, lane: usize) -> bool {
        !self.waiting[lane].is_empty() && (inner.shares.max_share[lane] >= 1.0 || self.tokens[lane] >= 1.0)
    }

    /// The lane the next slot goes to.
    fn pick(&mut self, inner: &Inner) -> Option<usize> {
        let interactive = Lane::Interactive.index();
        if self.eligible(inner, interactive) {
            return Some(interactive);
        }
        let lanes: Vec<usize> = (0..LANES).filter(|&l| l != interactive && self.eligible(inner, l)).collect();
        let total: i64 = lanes.iter().map(|&l| i64::from(inner.shares.weights[l].max(1))).sum();
        for &l in &lanes {
            self.credit[l] += i64::from(inner.shares.weights[l].max(1));
        }
        let best = lanes.iter().copied().max_by_key(|&l| (self.credit[l], std::cmp::Reverse(l)))?;
        self.credit[best] -= total;
        Some(best)
    }

    fn grant(&mut self, inner: &Inner, now: Instant) -> Grant {
        self.refill(inner, now);
        loop {
            for (q, c) in self.waiting.iter().zip(self.credit.iter_mut()) {
                if q.is_empty() {
                    // Credit does not pile up while a lane has nothing to send.
                    *c = 0;
                }
            }
            let Some(lane) = self.pick(inner) else {
                let any = self.waiting.iter().any(|q| !q.is_empty());
                return if any { Grant::Capped } else { Grant::NobodyLeft };
            };
            while let Some(tx) = self.waiting[lane].pop_front() {
                if tx.send(()).is_ok() {
                    self.tokens[lane] -= 1.0;
                    return Grant::Given;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn shares(notify: u32, bulk: u32, bulk_max: f64) -> Shares {
        let mut s = Shares::default();
        s.weights[Lane::Notify.index()] = notify;
        s.weights[Lane::Bulk.index()] = bulk;
        s.max_share[Lane::Bulk.index()] = bulk_max;
        s
    }

    /// Starts `n` waiters on `lane`, each adding itself to `order` when served.
    fn waiters(p: &Arc<Pacer>, lane: Lane, n: usize, order: &Arc<Mutex<Vec<Lane>>>) {
        for _ in 0..n {
            let (p, order) = (p.clone(), order.clone());
            tokio::spawn(async move {
                p.acquire(lane).await;
                order.lock().unwrap().push(lane);
            });
        }
    }

    async fn settle() {
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
    }

    #[tokio::test(start_paused = true)]
    async fn slots_are_spaced_at_the_rate() {
        let p = Pacer::new(10, Shares::default());
        let start = Instant::now();
        for _ in 0..21 {
            p.acquire(Lane::Notify).await;
        }
        // 21 sends at 10/s, with at most 0.1 s of burst: about 1.9-2.0 s.
        let took = start.elapsed();
        assert!(took >= Duration::from_millis(1_850), "{took:?}");
        assert!(took <= Duration::from_millis(2_100), "{took:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn an_interactive_waiter_takes_the_next_slot_whatever_waits() {
        let p = Arc::new(Pacer::new(100, shares(3, 1, 1.0)));
        let order = Arc::new(Mutex::new(Vec::new()));
        waiters(&p, Lane::Notify, 500, &order);
        waiters(&p, Lane::Bulk, 500, &order);
        settle().await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let before = order.lock().unwrap().len();
        let asked = Instant::now();
        p.acquire(Lane::Interactive).await;
        let waited = asked.elapsed();
        assert!(waited <= Duration::from_millis(20), "the code waited {waited:?} behind {before} others");
        assert!(p.waiting()[Lane::Notify.index()] > 400, "the backlog is still there");
    }

    #[tokio::test(start_paused = true)]
    async fn notify_keeps_its_share_while_bulk_is_saturated() {
        let p = Arc::new(Pacer::new(100, shares(3, 1, 1.0)));
        let order = Arc::new(Mutex::new(Vec::new()));
        waiters(&p, Lane::Bulk, 1000, &order);
        settle().await;
        waiters(&p, Lane::Notify, 1000, &order);
        settle().await;
        tokio::time::sleep(Duration::from_secs(4)).await;
        let served = order.lock().unwrap().clone();
        // Look at a window where both lanes were waiting the whole time.
        let window = &served[20..380];
        let notify = window.iter().filter(|l| **l == Lane::Notify).count();
        assert!((260..=280).contains(&notify), "notify got {notify} of {} slots", window.len());
    }

    #[tokio::test(start_paused = true)]
    async fn bulk_alone_never_takes_more_than_its_largest_share() {
        let p = Arc::new(Pacer::new(100, shares(3, 1, 0.5)));
        let served = Arc::new(AtomicUsize::new(0));
        for _ in 0..2000 {
            let (p, served) = (p.clone(), served.clone());
            tokio::spawn(async move {
                p.acquire(Lane::Bulk).await;
                served.fetch_add(1, Ordering::Relaxed);
            });
        }
        settle().await;
        tokio::time::sleep(Duration::from_secs(10)).await;
        let n = served.load(Ordering::Relaxed);
        assert!((480..=520).contains(&n), "bulk took {n} slots in 10 s at 100/s with a 50 % cap");
        // A code still goes out at once: the cap leaves room.
        let asked = Instant::now();
        p.acquire(Lane::Interactive).await;
        assert!(asked.elapsed() <= Duration::from_millis(20));
    }

    #[tokio::test(start_paused = true)]
    async fn a_waiter_that_gave_up_costs_no_slot() {
        let p = Arc::new(Pacer::new(10, Shares::default()));
        p.acquire(Lane::Notify).await;
        let gone = tokio::time::timeout(Duration::from_millis(1), p.acquire(Lane::Notify)).await;
        assert!(gone.is_err(), "the second slot is 100 ms away");
        let asked = Instant::now();
        p.acquire(Lane::Notify).await;
        // Served at the slot the one that gave up would have had.
        assert!(asked.elapsed() <= Duration::from_millis(100), "{:?}", asked.elapsed());
    }
}
