//! `/api/v1/audit` and `/api/v1/stats`: what supervisors read.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use super::ApiTags;
use crate::http::auth::StaffAuth;
use crate::http::dto::{AuditEventOut, TicketStatsOut};
use crate::http::error::ApiResult;
use crate::service::audit::AuditFilter;
use crate::service::{audit, stats, Context};

pub struct SuperviseApi;

#[derive(Debug, Clone, Object)]
pub struct QueueRowOut {
    pub queue: String,
    pub status: String,
    pub category: String,
    /// The diagnosed cause, or `undiagnosed` (not linked to a record yet).
    pub cause: String,
    /// `<1d`, `1-3d`, `3-7d`, `>7d` since the ticket was opened.
    pub age: String,
    pub count: i64,
    /// When the oldest ticket of this group was opened (the one waiting longest).
    pub oldest_created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Object)]
pub struct QueueOverviewOut {
    /// Open tickets (new, open, pending_citizen, pending_internal).
    pub open: i64,
    /// When the ticket waiting longest was opened.
    pub oldest_waiting_since: Option<DateTime<Utc>>,
    /// One row per (queue, status, category, cause, age), largest first.
    pub groups: Vec<QueueRowOut>,
}

#[derive(Debug, Clone, Object)]
pub struct CauseDayOut {
    /// YYYY-MM-DD, Asia/Jakarta.
    pub day: String,
    pub cause: String,
    pub tickets: i64,
}

#[derive(Debug, Clone, Object)]
pub struct WorkloadOut {
    pub staff_id: Uuid,
    pub name: String,
    pub role: String,
    /// Open tickets assigned now.
    pub open: i64,
    /// The per-agent cap of open tickets.
    pub max_open: i64,
    /// Tickets they resolved in the period.
    pub resolved: i64,
}

fn period(from: Option<DateTime<Utc>>, to: Option<DateTime<Utc>>) -> (DateTime<Utc>, DateTime<Utc>) {
    let to = to.unwrap_or_else(Utc::now);
    (from.unwrap_or(to - chrono::Duration::days(7)), to)
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Supervision")]
impl SuperviseApi {
    /// The audit log, newest first (supervisors).
    #[oai(path = "/audit", method = "get")]
    #[allow(clippy::too_many_arguments)]
    async fn audit(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// e.g. `ticket`, `staff`
        entity_type: Query<Option<String>>,
        entity_id: Query<Option<String>>,
        actor_id: Query<Option<Uuid>>,
        /// e.g. `ticket.update`
        action: Query<Option<String>>,
        /// Entries older than this id.
        before: Query<Option<i64>>,
        /// 1-500 (default 100).
        limit: Query<Option<u64>>,
    ) -> ApiResult<Json<Vec<AuditEventOut>>> {
        let f = AuditFilter {
            entity_type: entity_type.0,
            entity_id: entity_id.0,
            actor_id: actor_id.0,
            action: action.0,
            before: before.0,
            limit: limit.0.unwrap_or(100),
        };
        let events = audit::list(&cx, &auth.actor(), f).await?;
        Ok(Json(events.into_iter().map(Into::into).collect()))
    }

    /// Where the queue is burning: open tickets by queue, status, category, diagnosed
    /// cause and age bucket, with the oldest waiting (supervisors).
    ///
    /// Example: `{"open": 1520, "oldest_waiting_since": "2021-07-02T03:00:00Z", "groups":
    /// [{"queue": "general", "status": "new", "category": "phone_missing", "cause":
    /// "phone_missing", "age": "1-3d", "count": 412, "oldest_created_at": "…"}]}`
    #[oai(path = "/stats/queues", method = "get")]
    async fn queues(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<QueueOverviewOut>> {
        let rows = stats::queue_overview(&cx, &auth.actor()).await?;
        Ok(Json(QueueOverviewOut {
            open: rows.iter().map(|r| r.count).sum(),
            oldest_waiting_since: rows.iter().map(|r| r.oldest).min(),
            groups: rows
                .into_iter()
                .map(|r| QueueRowOut {
                    queue: r.queue,
                    status: r.status,
                    category: r.category,
                    cause: r.cause,
                    age: r.age,
                    count: r.count,
                    oldest_created_at: r.oldest,
                })
                .collect(),
        }))
    }

    /// Tickets per day and diagnosed cause, e.g. how many `phone_missing` this week
    /// (supervisors). Default period: the last 7 days.
    #[oai(path = "/stats/causes", method = "get")]
    async fn causes(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        from: Query<Option<DateTime<Utc>>>,
        to: Query<Option<DateTime<Utc>>>,
    ) -> ApiResult<Json<Vec<CauseDayOut>>> {
        let (from, to) = period(from.0, to.0);
        let rows = stats::cause_trends(&cx, &auth.actor(), from, to).await?;
        Ok(Json(rows.into_iter().map(|(day, cause, tickets)| CauseDayOut { day, cause, tickets }).collect()))
    }

    /// Open tickets per member of staff against their cap, and what they resolved in the
    /// period (supervisors). Default period: the last 7 days.
    #[oai(path = "/stats/workload", method = "get")]
    async fn workload(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        from: Query<Option<DateTime<Utc>>>,
        to: Query<Option<DateTime<Utc>>>,
    ) -> ApiResult<Json<Vec<WorkloadOut>>> {
        let (from, to) = period(from.0, to.0);
        let rows = stats::workload(&cx, &auth.actor(), from, to).await?;
        Ok(Json(
            rows.into_iter()
                .map(|w| WorkloadOut {
                    staff_id: w.staff_id,
                    name: w.name,
                    role: w.role,
                    open: w.open,
                    max_open: w.max_open,
                    resolved: w.resolved,
                })
                .collect(),
        ))
    }

    /// Ticket counts by status, category, channel and queue (supervisors).
    #[oai(path = "/stats/tickets", method = "get")]
    async fn ticket_stats(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<TicketStatsOut>> {
        Ok(Json(stats::tickets(&cx, &auth.actor()).await?.into()))
    }
}
