//! Service levels in business time: a calendar (timezone, working hours, public
//! holidays), the targets of a policy, and the clock each ticket carries.
//!
//! Elapsed SLA time is business time since the ticket was opened minus business time
//! spent waiting on the citizen, so a due instant is always
//! `calendar.add(created_at, target + paused)`: changing the policy or resuming a pause
//! recomputes it from the same two numbers, and no shift is ever applied twice.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use super::{Priority, QueueName};

/// Longest span the calendar walks (ten years of days): a guard against a calendar
/// that never opens, which `Calendar::new` refuses anyway.
const MAX_DAYS: i64 = 3660;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("unknown timezone {0:?} (use an IANA name such as Asia/Jakarta)")]
    Timezone(String),
    #[error("working hours {0:?} must look like 08:00-17:00 and close after they open")]
    Hours(String),
    #[error("unknown weekday {0:?} (use mon, tue, wed, thu, fri, sat, sun)")]
    Weekday(String),
    #[error("the calendar has no working day")]
    NeverOpen,
}

/// When the desk works: a timezone, the same hours on each working weekday, and the
/// days it is closed (public holidays and collective leave).
#[derive(Debug, Clone)]
pub struct Calendar {
    tz: Tz,
    opens: NaiveTime,
    closes: NaiveTime,
    /// Monday first.
    workdays: [bool; 7],
    closed: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// `hours` like `08:00-17:00` (or `24h`: the whole day); `workdays` like
    /// `["mon", …, "fri"]`.
    pub fn new(
        timezone: &str,
        hours: &str,
        workdays: &[String],
        closed: impl IntoIterator<Item = NaiveDate>,
    ) -> Result<Self, CalendarError> {
        let tz: Tz = timezone.parse().map_err(|_| CalendarError::Timezone(timezone.into()))?;
        let (opens, closes) = if hours.trim() == "24h" {
            (NaiveTime::MIN, NaiveTime::MIN)
        } else {
            hours
                .split_once('-')
                .and_then(|(a, b)| {
                    let t = |s: &str| NaiveTime::parse_from_str(s.trim(), "%H:%M").ok();
                    Some((t(a)?, t(b)?))
                })
                .filter(|(a, b)| a < b)
                .ok_or_else(|| CalendarError::Hours(hours.into()))?
        };
        let mut days = [false; 7];
        for d in workdays {
            let day: Weekday = d.parse().map_err(|_| CalendarError::Weekday(d.clone()))?;
            days[day.num_days_from_monday() as usize] = true;
        }
        if !days.contains(&true) {
            return Err(CalendarError::NeverOpen);
        }
        Ok(Self { tz, opens, closes, workdays: days, closed: closed.into_iter().collect() })
    }

    /// Round the clock, every day: for queues that never close.
    pub fn always_open() -> Self {
        let midnight = NaiveTime::MIN;
        Self { tz: Tz::UTC, opens: midnight, closes: midnight, workdays: [true; 7], closed: BTreeSet::new() }
    }

    pub fn timezone(&self) -> Tz {
        self.tz
    }

    pub fn is_closed_on(&self, day: NaiveDate) -> bool {
        !self.workdays[day.weekday().num_days_from_monday() as usize] || self.closed.contains(&day)
    }

    /// The working window of a local date, in UTC; `None` on a closed day.
    fn window(&self, day: NaiveDate) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        if self.is_closed_on(day) {
            return None;
        }
        let at = |d: NaiveDate, t: NaiveTime| {
            // Indonesia has no daylight saving; elsewhere take the earlier reading of
            // an ambiguous time and skip a missing one forward by an hour.
            let local = d.and_time(t);
            self.tz
                .from_local_datetime(&local)
                .earliest()
                .or_else(|| self.tz.from_local_datetime(&(local + Duration::hours(1))).earliest())
                .map(|x| x.with_timezone(&Utc))
        };
        let open = at(day, self.opens)?;
        // opens == closes means the whole day (`always_open`).
        let close =
            if self.closes == self.opens { at(day.succ_opt()?, self.opens)? } else { at(day, self.closes)? };
        Some((open, close))
    }

    fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&self.tz).date_naive()
    }

    /// Business time between `from` and `to` (zero when `to` is not after `from`).
    pub fn between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Duration {
        if to <= from {
            return Duration::zero();
        }
        let mut total = Duration::zero();
        let mut day = self.local_date(from) - Duration::days(1);
        let last = self.local_date(to);
        for _ in 0..MAX_DAYS + 2 {
            if day > last {
                break;
            }
            if let Some((open, close)) = self.window(day) {
                let (a, b) = (open.max(from), close.min(to));
                if b > a {
                    total += b - a;
                }
            }
            day = day.succ_opt().expect("date in range");
        }
        total
    }

    /// The instant `business` working time after `start`. A start outside working
    /// hours counts from the next opening.
    pub fn add(&self, start: DateTime<Utc>, business: Duration) -> DateTime<Utc> {
        let mut left = business.max(Duration::zero());
        let mut day = self.local_date(start) - Duration::days(1);
        let mut last_close = start;
        for _ in 0..MAX_DAYS {
            if let Some((open, close)) = self.window(day) {
                let from = open.max(start);
                if close > from {
                    let span = close - from;
                    if span >= left {
                        return from + left;
                    }
                    left -= span;
                    last_close = close;
                }
            }
            day = day.succ_opt().expect("date in range");
        }
        last_close + left
    }
}

/// First-response and resolution targets in business time, and how long before a
/// breach the warning goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Targets {
    pub first_response: Duration,
    pub resolution: Duration,
    pub warn_before: Duration,
}

/// One row of the SLA policy table: targets for a queue and/or priority. An absent
/// queue or priority matches any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub queue: Option<QueueName>,
    pub priority: Option<Priority>,
    pub targets: Targets,
}

impl Policy {
    fn specificity(&self) -> u8 {
        u8::from(self.queue.is_some()) * 2 + u8::from(self.priority.is_some())
    }

    fn matches(&self, queue: &QueueName, priority: Priority) -> bool {
        self.queue.as_ref().is_none_or(|q| q == queue) && self.priority.is_none_or(|p| p == priority)
    }
}

/// The most specific policy for a ticket: queue + priority, then queue, then priority,
/// then the catch-all. `None`: no target applies (the ticket has no SLA clock).
pub fn policy_for<'a>(policies: &'a [Policy], queue: &QueueName, priority: Priority) -> Option<&'a Policy> {
    policies.iter().filter(|p| p.matches(queue, priority)).max_by_key(|p| p.specificity())
}

/// The SLA state a ticket carries. Dues are stored (so queues can sort and count by
/// them) and always recomputed from `created_at`, the targets and `paused`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clock {
    pub first_due: Option<DateTime<Utc>>,
    pub resolve_due: Option<DateTime<Utc>>,
    pub warn_before: Option<Duration>,
    /// Waiting on the citizen since then.
    pub paused_at: Option<DateTime<Utc>>,
    /// Business time spent waiting on the citizen, over all finished pauses.
    pub paused: Duration,
    pub warned_at: Option<DateTime<Utc>>,
    pub breached_at: Option<DateTime<Utc>>,
}

/// Which target a warning or breach is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    FirstResponse,
    Resolution,
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::FirstResponse => "first_response",
            Target::Resolution => "resolution",
        }
    }
}

/// How a ticket stands against its targets at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// No targets, or both met.
    Clear,
    /// Waiting on the citizen: the clock does not run.
    Paused,
    /// Running, due at this instant.
    Running { target: Target, due: DateTime<Utc> },
    /// Running and within the warning lead of `due`.
    Warning { target: Target, due: DateTime<Utc> },
    /// Past due.
    Breached { target: Target, due: DateTime<Utc> },
}

impl Clock {
    /// (Re)computes the dues for these targets (or clears them when none apply).
    pub fn retarget(&mut self, cal: &Calendar, created_at: DateTime<Utc>, targets: Option<Targets>) {
        match targets {
            Some(t) => {
                self.first_due = Some(cal.add(created_at, t.first_response + self.paused));
                self.resolve_due = Some(cal.add(created_at, t.resolution + self.paused));
                self.warn_before = Some(t.warn_before);
            }
            None => {
                self.first_due = None;
                self.resolve_due = None;
                self.warn_before = None;
            }
        }
    }

    /// Follows the ticket's status: waiting on the citizen pauses the clock, anything
    /// else runs it, adding the business time the pause lasted to `paused`.
    pub fn follow(&mut self, cal: &Calendar, waiting_on_citizen: bool, now: DateTime<Utc>) {
        match (waiting_on_citizen, self.paused_at) {
            (true, None) => self.paused_at = Some(now),
            (false, Some(since)) => {
                self.paused_at = None;
                self.paused += cal.between(since, now);
            }
            _ => {}
        }
    }

    /// What every write of a ticket does first: follow its status, then recompute the
    /// dues for the targets of its (possibly new) queue and priority.
    pub fn refresh(
        &mut self,
        cal: &Calendar,
        created_at: DateTime<Utc>,
        targets: Option<Targets>,
        waiting_on_citizen: bool,
        now: DateTime<Utc>,
    ) {
        self.follow(cal, waiting_on_citizen, now);
        self.retarget(cal, created_at, targets);
    }

    /// The standing at `now`, given when the ticket was first answered and resolved.
    pub fn standing(
        &self,
        now: DateTime<Utc>,
        first_response_at: Option<DateTime<Utc>>,
        resolved_at: Option<DateTime<Utc>>,
    ) -> Standing {
        if resolved_at.is_some() {
            return Standing::Clear;
        }
        if self.paused_at.is_some() {
            return Standing::Paused;
        }
        let next = match (first_response_at, self.first_due, self.resolve_due) {
            (None, Some(f), _) => Some((Target::FirstResponse, f)),
            (_, _, Some(r)) => Some((Target::Resolution, r)),
            _ => None,
        };
        let Some((target, due)) = next else {
            return Standing::Clear;
        };
        let lead = self.warn_before.unwrap_or_else(Duration::zero);
        if now >= due {
            Standing::Breached { target, due }
        } else if now >= due - lead {
            Standing::Warning { target, due }
        } else {
            Standing::Running { target, due }
        }
    }
}

/// Whether a target was met: the event happened by the due instant.
pub fn met(due: Option<DateTime<Utc>>, done: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<bool> {
    let due = due?;
    match done {
        Some(at) => Some(at <= due),
        None if now > due => Some(false),
        None => None,
    }
}

#[cfg(test)]
mod tests;
