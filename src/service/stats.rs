//! Ticket and job statistics for supervisors and `/metrics`.

use std::collections::BTreeMap;

use super::Context;
use crate::domain::{Role, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::store;
use crate::store::entity::ticket::Column;

#[derive(Debug, Clone, Default)]
pub struct TicketStats {
    pub total: i64,
    pub by_status: BTreeMap<String, i64>,
    pub by_category: BTreeMap<String, i64>,
    pub by_channel: BTreeMap<String, i64>,
    pub by_queue: BTreeMap<String, i64>,
}

pub async fn tickets(cx: &Context, actor: &StaffActor) -> ServiceResult<TicketStats> {
    if !actor.role.at_least(Role::Supervisor) {
        return Err(ServiceError::forbidden("only supervisors can read statistics"));
    }
    let db = cx.store.read();
    let by_status: BTreeMap<_, _> = store::stats::tickets_by(db, Column::Status).await?.into_iter().collect();
    Ok(TicketStats {
        total: by_status.values().sum(),
        by_status,
        by_category: store::stats::tickets_by(db, Column::Category).await?.into_iter().collect(),
        by_channel: store::stats::tickets_by(db, Column::Channel).await?.into_iter().collect(),
        by_queue: store::stats::tickets_by(db, Column::Queue).await?.into_iter().collect(),
    })
}

/// Counts for the metrics endpoint: tickets and jobs by status. No personal data.
pub async fn gauges(cx: &Context) -> ServiceResult<(Vec<(String, i64)>, Vec<(String, i64)>)> {
    let db = cx.store.read();
    Ok((store::stats::tickets_by(db, Column::Status).await?, store::stats::jobs_by_status(db).await?))
}

fn supervisors_only(actor: &StaffActor) -> ServiceResult<()> {
    if actor.role.at_least(Role::Supervisor) {
        Ok(())
    } else {
        Err(ServiceError::forbidden("only supervisors can read statistics"))
    }
}

/// The open queue by queue, status, category, diagnosed cause and age.
pub async fn queue_overview(
    cx: &Context,
    actor: &StaffActor,
    soon: chrono::Duration,
) -> ServiceResult<Vec<store::overview::QueueRow>> {
    supervisors_only(actor)?;
    let now = cx.now();
    store::overview::open_queue(cx.store.read(), now, now + soon).await
}

/// SLA attainment of tickets opened in `[from, to)`, per queue and priority.
pub async fn sla_attainment(
    cx: &Context,
    actor: &StaffActor,
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> ServiceResult<Vec<store::overview::Attainment>> {
    supervisors_only(actor)?;
    store::overview::attainment(cx.store.read(), from, to, cx.now()).await
}

/// Tickets per day (Asia/Jakarta) and cause, created in `[from, to)`.
pub async fn cause_trends(
    cx: &Context,
    actor: &StaffActor,
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> ServiceResult<Vec<(String, String, i64)>> {
    supervisors_only(actor)?;
    if to <= from || to - from > chrono::Duration::days(366) {
        return Err(ServiceError::invalid("to", "must be after `from`, at most a year later"));
    }
    store::overview::causes_per_day(cx.store.read(), from, to).await
}

/// Open tickets and tickets resolved in `[from, to)` per active member of staff.
pub async fn workload(
    cx: &Context,
    actor: &StaffActor,
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> ServiceResult<Vec<store::overview::Workload>> {
    supervisors_only(actor)?;
    store::overview::workload(cx.store.read(), from, to).await
}
