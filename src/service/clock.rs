//! The time that ticket timestamps and SLA clocks read: the system clock, unless a test
//! (or a replay tool) pins it, so business-hour arithmetic can be checked at known
//! instants without sleeping.

use std::sync::RwLock;

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Default)]
pub struct Clock {
    pinned: RwLock<Option<DateTime<Utc>>>,
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        self.pinned.read().expect("clock lock").unwrap_or_else(Utc::now)
    }

    /// Pins the clock at `t` (it stays there until moved or released).
    pub fn set(&self, t: DateTime<Utc>) {
        *self.pinned.write().expect("clock lock") = Some(t);
    }

    pub fn advance(&self, d: Duration) {
        let now = self.now();
        self.set(now + d);
    }

    /// Back to the system clock.
    pub fn release(&self) {
        *self.pinned.write().expect("clock lock") = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pinned_clock_stands_still_until_moved() {
        let c = Clock::default();
        let t = DateTime::from_timestamp(1_628_844_000, 0).unwrap();
        c.set(t);
        assert_eq!(c.now(), t);
        c.advance(Duration::hours(2));
        assert_eq!(c.now(), t + Duration::hours(2));
        c.release();
        assert!(c.now() > t + Duration::days(365));
    }
}

/// The machine's clock, for what must run on real time whatever a test pins: the job
/// queue's due times and node leases (every node compares them with its own clock), a
/// staff member's TOTP steps (their authenticator's clock), key registration. Business
/// time (tickets, SLAs, codes, sessions, certificates) is `Context::now`.
pub fn wall() -> DateTime<Utc> {
    Utc::now()
}

tokio::task_local! {
    static REQUEST_NOW: DateTime<Utc>;
}

/// Runs `f` with `now` as the time its responses are rendered at (see [`request_now`]).
pub async fn scope<F: std::future::Future>(now: DateTime<Utc>, f: F) -> F::Output {
    REQUEST_NOW.scope(now, f).await
}

/// The time of the request being answered (the service clock when it came in), for
/// rendering that has no context at hand, such as an SLA countdown in a response; the
/// system clock outside a request.
pub fn request_now() -> DateTime<Utc> {
    REQUEST_NOW.try_with(|n| *n).unwrap_or_else(|_| Utc::now())
}
