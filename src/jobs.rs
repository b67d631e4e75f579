//! The worker side of the durable job queue: claim a due job under a lease, run its
//! handler, then mark it done, schedule a retry with backoff, or fail it for good.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::Notify;

use crate::domain::JobKind;
use crate::error::ServiceResult;
use crate::service::{self, Context};
use crate::store::{self, jobs::NewJob};

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

/// Builds the row for a job; services insert it inside their own transaction.
pub fn new_job(kind: &JobKind, max_attempts: u32) -> NewJob {
    NewJob {
        kind: kind.name(),
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

async fn handle(cx: &Context, kind: JobKind, last_attempt: bool) -> Result<(), JobError> {
    match kind {
        JobKind::SendMail { message } => service::mail_out::deliver(cx, message, last_attempt).await,
        JobKind::SendRejectionNotice { inbound } => service::ingest::send_rejection_notice(cx, inbound).await,
        JobKind::IssueCertificates => service::certificates::issue_job(cx).await,
        JobKind::SendSms { sms } => {
            service::sms::send_many(cx, &[(sms, last_attempt)]).await.pop().unwrap_or(Ok(()))
        }
        JobKind::SmsFailed { sms } => service::sms::on_failed(cx, sms).await,
        JobKind::TicketAction { action } => service::actions::run(cx, action, last_attempt).await,
        JobKind::NotifyStaff { ticket, staff, event, due, escalated_to, raised_to } => {
            let notice = service::sla::Notice { ticket, staff, event, due, escalated_to, raised_to };
            service::sla::notify(cx, notice).await
        }
    }
}

/// Claims a batch of due jobs, runs them concurrently and records each outcome.
/// Returns how many ran.
pub async fn run_batch(cx: &Context, worker: &str) -> ServiceResult<usize> {
    let now = Utc::now();
    let lease =
        chrono::Duration::from_std(cx.config.jobs.lease).unwrap_or_else(|_| chrono::Duration::seconds(60));
    let jobs = store::jobs::claim(cx.store.write(), worker, now, now + lease, cx.config.jobs.batch).await?;
    let n = jobs.len();
    // SMS sends of a batch go out side by side and are recorded together (one
    // transaction for the batch, not one per message); other kinds run one by one.
    let mut sms = Vec::new();
    let mut others = Vec::new();
    for job in jobs {
        let last = job.attempts >= job.max_attempts;
        match serde_json::from_value::<JobKind>(job.payload.clone()) {
            Ok(JobKind::SendSms { sms: id }) => sms.push((job, (id, last))),
            Ok(kind) => others.push((job, Ok(kind))),
            Err(e) => others.push((job, Err(JobError::Permanent(format!("unreadable payload: {e}"))))),
        }
    }
    let sms_jobs: Vec<_> = sms.iter().map(|(_, j)| *j).collect();
    let (sms_results, other_results) = futures::join!(
        service::sms::send_many(cx, &sms_jobs),
        futures::future::join_all(others.into_iter().map(|(job, kind)| async move {
            let last = job.attempts >= job.max_attempts;
            let result = match kind {
                Ok(kind) => handle(cx, kind, last).await,
                Err(e) => Err(e),
            };
            (job, result)
        }))
    );
    let outcomes = sms.into_iter().map(|(job, _)| job).zip(sms_results).chain(other_results);
    let db = cx.store.write();
    let mut done = Vec::with_capacity(n);
    for (job, result) in outcomes {
        match result {
            Ok(()) => done.push(job.id),
            Err(JobError::Temporary(e)) if job.attempts < job.max_attempts => {
                let at = Utc::now() + chrono::Duration::from_std(backoff(job.attempts)).unwrap_or_default();
                tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed; will retry");
                store::jobs::retry_at(db, job.id, at, &e).await?
            }
            Err(e) => {
                tracing::error!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed for good");
                store::jobs::fail(db, job.id, &e.to_string()).await?
            }
        }
    }
    store::jobs::complete_many(db, &done).await?;
    Ok(n)
}

/// Runs due jobs until none is left (tests and the CLI drive the queue this way).
pub async fn run_pending(cx: &Context) -> ServiceResult<usize> {
    let mut total = 0;
    loop {
        store::jobs::reap_expired(cx.store.write(), Utc::now()).await?;
        match run_batch(cx, "inline").await? {
            0 => return Ok(total),
            n => total += n,
        }
    }
}

/// Runs due jobs with `workers` claimers side by side until none is left.
pub async fn run_pending_with(cx: &Context, workers: usize) -> ServiceResult<usize> {
    store::jobs::reap_expired(cx.store.write(), Utc::now()).await?;
    let runs = (0..workers).map(|i| async move {
        let name = format!("{}-cli-{i}", std::process::id());
        let mut n = 0;
        loop {
            match run_batch(cx, &name).await? {
                0 => return ServiceResult::Ok(n),
                k => n += k,
            }
        }
    });
    let counts = futures::future::try_join_all(runs).await?;
    Ok(counts.into_iter().sum())
}

/// Background workers: each polls every `jobs.poll_interval`, or at once when woken;
/// the first also hands back jobs whose worker died.
pub fn spawn_workers(cx: Context, wake: Arc<Notify>) -> Vec<tokio::task::JoinHandle<()>> {
    (0..cx.config.jobs.workers)
        .map(|i| {
            let cx = cx.clone();
            let wake = wake.clone();
            let name = format!("{}-{i}", std::process::id());
            tokio::spawn(async move {
                let mut last_reap = std::time::Instant::now() - cx.config.jobs.lease;
                loop {
                    if i == 0 && last_reap.elapsed() >= cx.config.jobs.lease / 4 {
                        last_reap = std::time::Instant::now();
                        match store::jobs::reap_expired(cx.store.write(), Utc::now()).await {
                            Ok(0) => {}
                            Ok(n) => tracing::warn!(jobs = n, "handed back jobs whose lease expired"),
                            Err(e) => tracing::warn!(error = %e, "could not reap expired jobs"),
                        }
                    }
                    match run_batch(&cx, &name).await {
                        Ok(0) => {}
                        Ok(_) => continue,
                        Err(e) => tracing::warn!(error = %e, "job queue unavailable"),
                    }
                    tokio::select! {
                        _ = wake.notified() => {}
                        _ = tokio::time::sleep(cx.config.jobs.poll_interval) => {}
                    }
                }
            })
        })
        .collect()
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
