//! The worker's side of the queue: claim due jobs of a lane under a lease, keep the
//! lease while working, and settle each job (done, retry later, failed for good, or
//! handed back). Every outcome is written only while the worker still holds the job.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{backoff, JobError};
use crate::domain::{Job, Lane};
use crate::error::ServiceResult;
use crate::service::Context;
use crate::store;

/// How long a claim holds a job before another worker may take it.
pub fn lease(cx: &Context) -> chrono::Duration {
    chrono::Duration::from_std(cx.config.jobs.lease).unwrap_or_else(|_| chrono::Duration::seconds(10))
}

/// Claims up to `limit` due jobs of `lane` (any lane: `None`) for `worker`, oldest
/// first. Looks with a read first, so an idle worker does not take SQLite's write
/// lock just to find nothing.
pub async fn claim(cx: &Context, lane: Option<Lane>, worker: &str, limit: u32) -> ServiceResult<Vec<Job>> {
    let now = crate::service::clock::wall();
    if !store::jobs::any_due(cx.store.read(), lane, now).await? {
        return Ok(Vec::new());
    }
    store::jobs::claim(cx.store.write(), lane, None, worker, now, now + lease(cx), limit).await
}

/// Claims up to `limit` more due jobs of one `kind` of `lane` (any lane: `None`): a
/// worker adding to work it does together (see `jobs::run_batch`).
pub async fn claim_more(
    cx: &Context,
    lane: Option<Lane>,
    kind: &str,
    worker: &str,
    limit: u32,
) -> ServiceResult<Vec<Job>> {
    let now = crate::service::clock::wall();
    store::jobs::claim(cx.store.write(), lane, Some(kind), worker, now, now + lease(cx), limit).await
}

pub async fn complete(cx: &Context, worker: &str, id: Uuid) -> ServiceResult<()> {
    store::jobs::complete(cx.store.write(), worker, id).await
}

pub async fn complete_many(cx: &Context, worker: &str, ids: &[Uuid]) -> ServiceResult<()> {
    store::jobs::complete_many(cx.store.write(), worker, ids).await
}

/// Hands jobs back unrun, without counting the attempt (a clean shutdown).
pub async fn release(cx: &Context, worker: &str, ids: &[Uuid]) -> ServiceResult<()> {
    store::jobs::release(cx.store.write(), worker, ids).await
}

/// A failed run: retried with backoff while attempts remain, else failed for good
/// (a dead letter a supervisor may retry).
pub async fn record_failure(cx: &Context, worker: &str, job: &Job, error: JobError) -> ServiceResult<()> {
    let db = cx.store.write();
    match error {
        JobError::Temporary(e) if job.attempts < job.max_attempts => {
            let at = crate::service::clock::wall()
                + chrono::Duration::from_std(backoff(job.attempts)).unwrap_or_default();
            tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed; will retry");
            store::jobs::retry_at(db, worker, job.id, at, &e).await
        }
        e => {
            tracing::error!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed for good");
            store::jobs::fail(db, worker, job.id, &e.to_string()).await
        }
    }
}

/// Renews the lease of everything `worker` holds until `until`.
pub async fn renew(cx: &Context, worker: &str, until: DateTime<Utc>) -> ServiceResult<u64> {
    store::jobs::renew_leases(cx.store.write(), worker, until).await
}

/// Hands back jobs whose worker's lease lapsed; returns how many.
pub async fn reap_expired(cx: &Context) -> ServiceResult<u64> {
    store::jobs::reap_expired(cx.store.write(), crate::service::clock::wall()).await
}
