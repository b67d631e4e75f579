//! The job queue as supervisors see it: counts, failed jobs (the dead letters), retry.

use serde_json::json;
use uuid::Uuid;

use super::Context;
use crate::domain::{Actor, AuditEntry, Role, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, jobs::JobRow};

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
