//! The job queue as supervisors see it: counts, lanes, failed jobs (the dead
//! letters), retry.

use serde_json::json;
use uuid::Uuid;

use crate::domain::{Actor, AuditEntry, Lane, Role, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::service::Context;
use crate::store::{self, jobs::JobRow, jobs::LaneStats};

fn supervisors_only(actor: &StaffActor) -> ServiceResult<()> {
    if actor.role.at_least(Role::Supervisor) {
        Ok(())
    } else {
        Err(ServiceError::forbidden("only supervisors see the job queue"))
    }
}

pub async fn counts(cx: &Context, actor: &StaffActor) -> ServiceResult<Vec<(String, String, i64)>> {
    supervisors_only(actor)?;
    store::jobs::counts(cx.store.read()).await
}

/// Each lane's queue (depth, oldest waiting, what finished in the last minute) with the
/// workers this process runs in it.
pub async fn lanes(cx: &Context, actor: &StaffActor) -> ServiceResult<Vec<(Lane, LaneStats, usize)>> {
    supervisors_only(actor)?;
    let workers = |l: Lane| if cx.config.jobs.workers == 0 { 0 } else { cx.config.jobs.lanes.get(l).workers };
    Ok(lane_stats(cx).await?.into_iter().map(|(l, s)| (l, s, workers(l))).collect())
}

/// Every lane's figures, without an access check: for `/metrics`, which guards itself.
pub async fn lane_stats(cx: &Context) -> ServiceResult<Vec<(Lane, LaneStats)>> {
    let now = crate::service::clock::wall();
    let since = now - chrono::Duration::minutes(1);
    let mut out = Vec::with_capacity(Lane::ALL.len());
    for &lane in Lane::ALL {
        out.push((lane, store::jobs::lane_stats(cx.store.read(), lane, now, since).await?));
    }
    Ok(out)
}

pub async fn list(
    cx: &Context,
    actor: &StaffActor,
    status: Option<&str>,
    kind: Option<&str>,
    limit: u64,
) -> ServiceResult<Vec<JobRow>> {
    supervisors_only(actor)?;
    store::jobs::list(cx.store.read(), status, kind, limit.clamp(1, 500)).await
}

/// Puts a failed (dead-lettered) job back in the queue.
pub async fn retry(cx: &Context, actor: &StaffActor, id: Uuid) -> ServiceResult<()> {
    supervisors_only(actor)?;
    if !store::jobs::retry_failed(cx.store.write(), id).await? {
        return Err(ServiceError::conflict("no failed job with that id"));
    }
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Staff(actor.clone()), "job.retry", "job", id)
            .after(json!({"status": "pending"})),
    )
    .await?;
    cx.jobs_wake.notify_waiters();
    Ok(())
}
