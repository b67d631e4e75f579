//! The durable job queue as services use it: a service enqueues a job in the same
//! transaction as the change that needs it (`new_job` + `store::jobs::enqueue`), and returns
//! `JobError` from the handler the worker runs. The workers (`crate::jobs`) claim,
//! renew and settle jobs through `claims`; supervisors watch the lanes through
//! `supervision`. Nothing here calls a handler, so services and workers form no circle.

pub mod claims;
mod supervision;
mod wake;

use std::time::Duration;

pub use supervision::{counts, lane_stats, lanes, list, retry};
pub use wake::Wake;

use crate::domain::{JobKind, NewJob};
use crate::error::ServiceError;

/// How a handler failed.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error("{0}")]
    Temporary(String),
    #[error("{0}")]
    Permanent(String),
}

impl From<ServiceError> for JobError {
    fn from(e: ServiceError) -> Self {
        use ServiceError::*;
        match e {
            Unavailable(_) | Internal(_) => JobError::Temporary(format!("{e:#}")),
            other => JobError::Permanent(other.to_string()),
        }
    }
}

impl From<sea_orm::DbErr> for JobError {
    fn from(e: sea_orm::DbErr) -> Self {
        ServiceError::from(e).into()
    }
}

/// A job of `kind` in its usual lane, due now; services insert it inside their own
/// transaction (`.in_lane` when they know better).
pub fn new_job(kind: &JobKind, max_attempts: u32) -> NewJob {
    NewJob::of(kind, max_attempts, crate::service::clock::wall())
}

/// Delay before attempt `n + 1`: 5 s, 10 s, 20 s … capped at an hour, with ±20 % jitter.
pub fn backoff(attempts: u32) -> Duration {
    let base = 5u64.saturating_mul(1u64 << attempts.saturating_sub(1).min(12)).min(3600);
    let jitter = 0.8 + rand::random::<f64>() * 0.4;
    Duration::from_secs_f64(base as f64 * jitter)
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_and_is_capped() {
        let b1 = super::backoff(1).as_secs_f64();
        let b4 = super::backoff(4).as_secs_f64();
        assert!((4.0..=6.0).contains(&b1), "{b1}");
        assert!((32.0..=48.0).contains(&b4), "{b4}");
        assert!(super::backoff(30).as_secs() <= 4320);
    }
}
