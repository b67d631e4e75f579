//! `/api/v1/audit` and `/api/v1/stats`: what supervisors read.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use super::ApiTags;
use crate::http::auth::StaffAuth;
use crate::http::dto::Bounded;
use crate::http::dto::{AuditEventOut, TicketStatsOut};
use crate::http::error::ApiResult;
use crate::service::audit::AuditFilter;
use crate::service::{audit, stats, Context};

pub struct SuperviseApi;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
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
    /// Running SLA clocks past their current target.
    pub breached: i64,
    /// Running SLA clocks due within `within_minutes`, not yet breached.
    pub due_soon: i64,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct QueueOverviewOut {
    /// Open tickets (new, open, pending_citizen, pending_internal).
    pub open: i64,
    /// When the ticket waiting longest was opened.
    pub oldest_waiting_since: Option<DateTime<Utc>>,
    /// Open tickets past their SLA target.
    pub breached: i64,
    /// Open tickets about to breach (due within `within_minutes`).
    pub due_soon: i64,
    /// One row per (queue, status, category, cause, age), largest first.
    pub groups: Vec<QueueRowOut>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct CauseDayOut {
    /// YYYY-MM-DD, Asia/Jakarta.
    pub day: String,
    pub cause: String,
    pub tickets: i64,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
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

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct SlaAttainmentOut {
    pub queue: String,
    pub priority: String,
    /// Tickets opened in the period that have an SLA clock.
    pub tickets: i64,
    pub first_response_met: i64,
    pub first_response_missed: i64,
    /// met / (met + missed); absent when none is decided yet.
    pub first_response_attainment: Option<f64>,
    pub resolution_met: i64,
    pub resolution_missed: i64,
    pub resolution_attainment: Option<f64>,
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
        limit: Query<Option<Bounded<1, 500>>>,
    ) -> ApiResult<Json<Vec<AuditEventOut>>> {
        let f = AuditFilter {
            entity_type: entity_type.0,
            entity_id: entity_id.0,
            actor_id: actor_id.0,
            action: action.0,
            actions: Vec::new(),
            before: before.0,
            limit: Bounded::or(limit.0, 100),
        };
        let events = audit::list(&cx, &auth.actor(), f).await?;
        Ok(Json(events.into_iter().map(Into::into).collect()))
    }

    /// Who looked at whose record: person views and reveals on the desk and through
    /// the API, newest first, by member of staff and/or person (supervisors).
    #[oai(path = "/audit/lookups", method = "get")]
    async fn lookups(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// A member of staff's id.
        staff: Query<Option<Uuid>>,
        /// A person's record id.
        person: Query<Option<Uuid>>,
        /// Entries older than this id.
        before: Query<Option<i64>>,
        /// 1-500 (default 100).
        limit: Query<Option<Bounded<1, 500>>>,
    ) -> ApiResult<Json<Vec<AuditEventOut>>> {
        let events =
            audit::lookups(&cx, &auth.actor(), staff.0, person.0, before.0, Bounded::or(limit.0, 100))
                .await?;
        Ok(Json(events.into_iter().map(Into::into).collect()))
    }

    /// Where the queue is burning: open tickets by queue, status, category, diagnosed
    /// cause and age bucket, with the oldest waiting, the breached and the about to
    /// breach (supervisors).
    ///
    /// Example: `{"open": 1520, "oldest_waiting_since": "2021-07-02T03:00:00Z",
    /// "breached": 37, "due_soon": 112, "groups": [{"queue": "general", "status": "new",
    /// "category": "phone_missing", "cause": "phone_missing", "age": "1-3d", "count": 412,
    /// "oldest_created_at": "…", "breached": 9, "due_soon": 40}]}`
    #[oai(path = "/stats/queues", method = "get")]
    async fn queues(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// "About to breach" horizon in minutes (default 60).
        within_minutes: Query<Option<Bounded<0, 10_080>>>,
    ) -> ApiResult<Json<QueueOverviewOut>> {
        let within = Bounded::or(within_minutes.0, 60).min(7 * 24 * 60);
        let soon = chrono::Duration::minutes(i64::try_from(within).unwrap_or(7 * 24 * 60));
        let rows = stats::queue_overview(&cx, &auth.actor(), soon).await?;
        Ok(Json(QueueOverviewOut {
            open: rows.iter().map(|r| r.count).sum(),
            oldest_waiting_since: rows.iter().map(|r| r.oldest).min(),
            breached: rows.iter().map(|r| r.breached).sum(),
            due_soon: rows.iter().map(|r| r.due_soon).sum(),
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
                    breached: r.breached,
                    due_soon: r.due_soon,
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

    /// SLA attainment of the tickets opened in the period, per queue (the one they are in
    /// now) and priority: first responses and resolutions in time or late (a target
    /// still running is in neither). Default period: the last 7 days (supervisors).
    ///
    /// Example: `[{"queue": "general", "priority": "normal", "tickets": 120,
    /// "first_response_met": 110, "first_response_missed": 6, "first_response_attainment":
    /// 0.948, "resolution_met": 90, "resolution_missed": 12, "resolution_attainment": 0.882}]`
    #[oai(path = "/stats/sla", method = "get")]
    async fn sla(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        from: Query<Option<DateTime<Utc>>>,
        to: Query<Option<DateTime<Utc>>>,
    ) -> ApiResult<Json<Vec<SlaAttainmentOut>>> {
        let (from, to) = period(from.0, to.0);
        let rows = stats::sla_attainment(&cx, &auth.actor(), from, to).await?;
        let share = |met: i64, missed: i64| (met + missed > 0).then(|| met as f64 / (met + missed) as f64);
        Ok(Json(
            rows.into_iter()
                .map(|r| SlaAttainmentOut {
                    first_response_attainment: share(r.first_response_met, r.first_response_missed),
                    resolution_attainment: share(r.resolution_met, r.resolution_missed),
                    queue: r.queue,
                    priority: r.priority,
                    tickets: r.tickets,
                    first_response_met: r.first_response_met,
                    first_response_missed: r.first_response_missed,
                    resolution_met: r.resolution_met,
                    resolution_missed: r.resolution_missed,
                })
                .collect(),
        ))
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
