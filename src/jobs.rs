//! The worker side of the durable job queue: claim due jobs of a lane under a lease,
//! run each handler, then mark it done, schedule a retry with backoff, or fail it for
//! good. `workers` runs each lane's workers in `serve`.

pub mod metrics;
mod workers;

use std::time::Duration;

use chrono::Utc;
use tokio::sync::Notify;

pub use workers::spawn_workers;

use crate::domain::{JobKind, Lane};
use crate::error::ServiceResult;
use crate::service::{self, Context};
use crate::store::{self, jobs::Job, jobs::NewJob};
use uuid::Uuid;

/// How a handler failed.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error("{0}")]
    Temporary(String),
    #[error("{0}")]
    Permanent(String),
}

impl From<crate::error::ServiceError> for JobError {
    fn from(e: crate::error::ServiceError) -> Self {
        use crate::error::ServiceError::*;
        match e {
            Unavailable(_) | Internal(_) => JobError::Temporary(format!("{e:#}")),
            other => JobError::Permanent(other.to_string()),
        }
    }
}

impl From<sea_orm::DbErr> for JobError {
    fn from(e: sea_orm::DbErr) -> Self {
        crate::error::ServiceError::from(e).into()
    }
}

/// Builds the row for a job in its kind's usual lane; services insert it inside their
/// own transaction (`.in_lane` when they know better).
pub fn new_job(kind: &JobKind, max_attempts: u32) -> NewJob {
    NewJob {
        kind: kind.name(),
        lane: kind.default_lane(),
        payload: serde_json::to_value(kind).unwrap_or_default(),
        idempotency_key: kind.idempotency_key(),
        run_at: Utc::now(),
        max_attempts,
    }
}

/// Delay before attempt `n + 1`: 5 s, 10 s, 20 s … capped at an hour, with ±20 % jitter.
pub fn backoff(attempts: u32) -> Duration {
    let base = 5u64.saturating_mul(1u64 << attempts.saturating_sub(1).min(12)).min(3600);
    let jitter = 0.8 + rand::random::<f64>() * 0.4;
    Duration::from_secs_f64(base as f64 * jitter)
}

/// Wakes a lane's idle workers when a job is queued, so they start at once instead of
/// at their next poll.
#[derive(Default)]
pub struct Wake {
    lanes: [Notify; 4],
    /// Set on shutdown: workers finish the job in hand and hand back the rest.
    stopping: std::sync::atomic::AtomicBool,
}

impl Wake {
    /// Asks every worker to stop after the job in hand (a clean shutdown is no crash:
    /// nothing in flight is cut off).
    pub fn stop(&self) {
        self.stopping.store(true, std::sync::atomic::Ordering::SeqCst);
        self.notify_waiters();
    }

    pub fn is_stopping(&self) -> bool {
        self.stopping.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Wakes every lane (a change may have queued work in several).
    pub fn notify_waiters(&self) {
        self.lanes.iter().for_each(Notify::notify_waiters);
    }

    pub fn lane(&self, lane: Lane) {
        self.lanes[lane.index()].notify_waiters();
    }

    fn notified(&self, lane: Lane) -> tokio::sync::futures::Notified<'_> {
        self.lanes[lane.index()].notified()
    }
}

async fn handle(cx: &Context, job: &Job, kind: JobKind, last_attempt: bool) -> Result<(), JobError> {
    match kind {
        JobKind::SendMail { message } => service::mail_out::deliver(cx, message, last_attempt).await,
        JobKind::SendRejectionNotice { inbound } => service::ingest::send_rejection_notice(cx, inbound).await,
        JobKind::IssueCertificates => service::certificates::issue_job(cx).await,
        JobKind::SendSms { sms } => service::sms::send(cx, sms, job.lane, last_attempt).await,
        JobKind::SmsFailed { sms } => service::sms::on_failed(cx, sms).await,
        JobKind::TicketAction { action } => service::actions::run(cx, action, last_attempt).await,
        JobKind::SendCode { challenge, send, requester } => {
            service::otp::deliver(cx, challenge, send, &requester).await
        }
        JobKind::NotifyStaff { ticket, staff, event, due, escalated_to, raised_to } => {
            let notice = service::sla::Notice { ticket, staff, event, due, escalated_to, raised_to };
            service::sla::notify(cx, notice).await
        }
    }
}

/// Claims a batch of due jobs of `lane` (any lane: `None`) and runs them one after
/// another, renewing their lease meanwhile. One at a time: a message is sent only after
/// the one before it is recorded, so a crash repeats at most one message per worker.
/// Returns how many ran.
pub async fn run_batch(cx: &Context, lane: Option<Lane>, worker: &str, limit: u32) -> ServiceResult<usize> {
    let now = Utc::now();
    if !store::jobs::any_due(cx.store.read(), lane, now).await? {
        return Ok(0);
    }
    let lease = lease(cx);
    let jobs = store::jobs::claim(cx.store.write(), lane, worker, now, now + lease, limit).await?;
    let n = jobs.len();
    let work = async {
        let mut done = Vec::with_capacity(n);
        let mut jobs = jobs.into_iter();
        while let Some(job) = jobs.next() {
            if cx.jobs_wake.is_stopping() {
                let rest: Vec<Uuid> = std::iter::once(job.id).chain(jobs.map(|j| j.id)).collect();
                store::jobs::release(cx.store.write(), worker, &rest).await?;
                break;
            }
            let last = job.attempts >= job.max_attempts;
            let kind = serde_json::from_value::<JobKind>(job.payload.clone());
            // Sends record what went out in their own rows: marking them done can wait
            // for the batch's end (one write), as running one again finds it sent.
            let later = matches!(kind, Ok(JobKind::SendSms { .. } | JobKind::SendMail { .. }));
            let result = match kind {
                Ok(kind) => handle(cx, &job, kind, last).await,
                Err(e) => Err(JobError::Permanent(format!("unreadable payload: {e}"))),
            };
            match result {
                Ok(()) if later => done.push(job.id),
                Ok(()) => store::jobs::complete(cx.store.write(), worker, job.id).await?,
                Err(_) => record_failure(cx, worker, &job, result).await?,
            }
            metrics::done(job.lane);
        }
        // A done job not yet marked so is run again after a crash, and finds its work done.
        store::jobs::complete_many(cx.store.write(), worker, &done).await
    };
    with_heartbeat(cx, worker, work).await?;
    Ok(n)
}

async fn record_failure(
    cx: &Context,
    worker: &str,
    job: &Job,
    result: Result<(), JobError>,
) -> ServiceResult<()> {
    let db = cx.store.write();
    match result {
        Ok(()) => Ok(()),
        Err(JobError::Temporary(e)) if job.attempts < job.max_attempts => {
            let at = Utc::now() + chrono::Duration::from_std(backoff(job.attempts)).unwrap_or_default();
            tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed; will retry");
            store::jobs::retry_at(db, worker, job.id, at, &e).await
        }
        Err(e) => {
            tracing::error!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed for good");
            store::jobs::fail(db, worker, job.id, &e.to_string()).await
        }
    }
}

fn lease(cx: &Context) -> chrono::Duration {
    chrono::Duration::from_std(cx.config.jobs.lease).unwrap_or_else(|_| chrono::Duration::seconds(10))
}

/// Runs `work` while renewing the lease of everything `worker` holds every quarter of
/// the lease (a failed renewal is tried again at once), so a long batch keeps its jobs
/// and a dead worker's lapse quickly.
async fn with_heartbeat<T>(cx: &Context, worker: &str, work: impl std::future::Future<Output = T>) -> T {
    let beat = async {
        loop {
            tokio::time::sleep(cx.config.jobs.lease / 4).await;
            for _ in 0..3 {
                let until = Utc::now() + lease(cx);
                match store::jobs::renew_leases(cx.store.write(), worker, until).await {
                    Ok(_) => break,
                    Err(e) => tracing::warn!(error = %e, "could not renew job leases; trying again"),
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    };
    tokio::select! {
        out = work => out,
        never = beat => never,
    }
}

/// Runs due jobs of every lane until none is left (tests and the CLI drive the queue
/// this way).
pub async fn run_pending(cx: &Context) -> ServiceResult<usize> {
    // Its own name: mail pipes run this side by side, and must not renew each other's leases.
    let name = format!("{}/inline", workers::node_name());
    let mut total = 0;
    loop {
        store::jobs::reap_expired(cx.store.write(), Utc::now()).await?;
        match run_batch(cx, None, &name, cx.config.jobs.batch).await? {
            0 => return Ok(total),
            n => total += n,
        }
    }
}

/// Runs due jobs of every lane with `workers` claimers side by side until none is left.
pub async fn run_pending_with(cx: &Context, workers: usize) -> ServiceResult<usize> {
    store::jobs::reap_expired(cx.store.write(), Utc::now()).await?;
    let node = workers::node_name();
    let runs = (0..workers).map(|i| {
        let name = format!("{node}/cli-{i}");
        async move {
            let mut n = 0;
            loop {
                match run_batch(cx, None, &name, cx.config.jobs.batch).await? {
                    0 => return ServiceResult::Ok(n),
                    k => n += k,
                }
            }
        }
    });
    let counts = futures::future::try_join_all(runs).await?;
    Ok(counts.into_iter().sum())
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
