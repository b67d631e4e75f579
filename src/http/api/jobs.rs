//! `/api/v1/jobs`: the durable job queue for supervisors, and bulk ticket actions.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use super::ApiTags;
use crate::domain::{AssigneeFilter, TicketFilter};
use crate::domain::{QueueName, StaffId, Tag, Text, BODY_MAX};
use crate::http::auth::StaffAuth;
use crate::http::dto::Bounded;
use crate::http::dto::{BodyText, TagText};
use crate::http::dto::{Category, TicketStatus};
use crate::http::error::{ApiError, ApiResult};
use crate::service::{actions, job_queue, tickets, Context};

pub struct JobsApi;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct JobCount {
    /// send_mail, send_sms, issue_certificates, ticket_action, …
    pub kind: String,
    /// pending | running | done | failed
    pub status: String,
    pub count: i64,
}

/// One lane of the job queue: how deep it is, how long its oldest job has waited and
/// how fast it moves.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct LaneOut {
    /// interactive | issuance | notify | bulk
    pub lane: String,
    /// Due and not yet taken by a worker.
    pub waiting: i64,
    /// Waiting for a later time (retries in backoff).
    pub scheduled: i64,
    pub running: i64,
    /// Dead letters: failed for good, retried only by a supervisor.
    pub failed: i64,
    /// How long the oldest due job has waited, in seconds; absent when none waits.
    pub oldest_waiting_seconds: Option<f64>,
    /// Jobs finished in the last minute, by every process.
    pub done_last_minute: i64,
    /// Workers this process runs in the lane.
    pub workers_here: u32,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct JobOut {
    pub id: Uuid,
    pub kind: String,
    /// interactive | issuance | notify | bulk
    pub lane: String,
    pub status: String,
    pub attempts: i32,
    pub max_attempts: i32,
    pub run_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Which tickets a bulk action covers; absent fields match any ticket.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct BulkFilter {
    pub status: Option<TicketStatus>,
    pub category: Option<Category>,
    /// e.g. sms_failed
    pub tag: Option<TagText>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_to: Option<DateTime<Utc>>,
    pub queue: Option<TagText>,
    /// A staff id, or `none` for unassigned tickets.
    pub assignee: Option<String>,
}

impl BulkFilter {
    fn into_filter(self) -> ApiResult<TicketFilter> {
        let assignee = match self.assignee.as_deref().map(str::trim) {
            None | Some("") => None,
            Some("none") => Some(AssigneeFilter::Nobody),
            Some(s) => Some(AssigneeFilter::Staff(StaffId(
                Uuid::parse_str(s)
                    .map_err(|_| ApiError::invalid("assignee", "must be a staff id or none"))?,
            ))),
        };
        Ok(TicketFilter {
            status: self.status.map(|s| vec![s.into()]).unwrap_or_default(),
            category: self.category.map(Into::into),
            tag: self.tag.as_deref().map(Tag::parse).transpose().map_err(|e| ApiError::invalid("tag", e))?,
            created_from: self.created_from,
            created_to: self.created_to,
            queue: self
                .queue
                .as_deref()
                .map(QueueName::parse)
                .transpose()
                .map_err(|e| ApiError::invalid("queue", e))?,
            assignee,
            ..Default::default()
        })
    }
}

/// Move every ticket of a filter to a queue and/or a person.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct BulkReassign {
    pub filter: BulkFilter,
    /// The queue they go to.
    pub queue: Option<TagText>,
    /// Who they go to; `null` with `unassign: true` takes them off everyone.
    pub assignee_id: Option<Uuid>,
    #[oai(default)]
    pub unassign: bool,
}

/// Close every ticket of a filter (resolving the active ones first).
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct BulkClose {
    pub filter: BulkFilter,
    /// An internal note added to each ticket, e.g. "spam wave of 3 Aug".
    pub note: Option<BodyText>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct BulkChangeOut {
    pub bulk_id: Uuid,
    /// Tickets the filter matched.
    pub tickets: u64,
    pub changed: u64,
    /// Already as asked, or merged away.
    pub unchanged: u64,
}

impl From<tickets::BulkChangeReport> for BulkChangeOut {
    fn from(r: tickets::BulkChangeReport) -> Self {
        Self { bulk_id: r.bulk_id, tickets: r.tickets, changed: r.changed, unchanged: r.unchanged }
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct BulkOut {
    pub bulk_id: Uuid,
    pub tickets: u64,
    pub sms_queued: u64,
    /// The same certificate was already covered by this run (one person, two tickets).
    pub duplicates: u64,
    pub phone_missing: u64,
    pub no_person: u64,
    pub no_certificate: u64,
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Jobs")]
impl JobsApi {
    /// Job counts by kind and status (supervisors).
    #[oai(path = "/jobs/summary", method = "get")]
    async fn summary(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<Vec<JobCount>>> {
        let rows = job_queue::counts(&cx, &auth.actor()).await?;
        Ok(Json(rows.into_iter().map(|(kind, status, count)| JobCount { kind, status, count }).collect()))
    }

    /// Each lane's depth, oldest waiting job and pace (supervisors).
    #[oai(path = "/jobs/lanes", method = "get")]
    async fn lanes(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<Vec<LaneOut>>> {
        let now = Utc::now();
        let rows = job_queue::lanes(&cx, &auth.actor()).await?;
        Ok(Json(
            rows.into_iter()
                .map(|(lane, s, workers)| LaneOut {
                    lane: lane.to_string(),
                    waiting: s.waiting,
                    scheduled: s.scheduled,
                    running: s.running,
                    failed: s.failed,
                    oldest_waiting_seconds: s
                        .oldest_waiting
                        .map(|t| (now - t).num_milliseconds().max(0) as f64 / 1000.0),
                    done_last_minute: s.done_recently,
                    workers_here: u32::try_from(workers).unwrap_or(u32::MAX),
                })
                .collect(),
        ))
    }

    /// Jobs, most recently changed first; `status=failed` lists the dead letters (supervisors).
    #[oai(path = "/jobs", method = "get")]
    async fn list(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        status: Query<Option<String>>,
        kind: Query<Option<String>>,
        /// 1-500 (default 100).
        limit: Query<Option<Bounded<1, 500>>>,
    ) -> ApiResult<Json<Vec<JobOut>>> {
        let rows = job_queue::list(
            &cx,
            &auth.actor(),
            status.0.as_deref(),
            kind.0.as_deref(),
            Bounded::or(limit.0, 100),
        )
        .await?;
        Ok(Json(
            rows.into_iter()
                .map(|j| JobOut {
                    id: j.id,
                    kind: j.kind,
                    lane: j.lane,
                    status: j.status,
                    attempts: j.attempts,
                    max_attempts: j.max_attempts,
                    run_at: j.run_at,
                    last_error: j.last_error,
                    created_at: j.created_at,
                    updated_at: j.updated_at,
                })
                .collect(),
        ))
    }

    /// Put a failed job back in the queue with fresh attempts (supervisors).
    #[oai(path = "/jobs/:id/retry", method = "post")]
    async fn retry(&self, cx: Data<&Context>, auth: StaffAuth, id: Path<Uuid>) -> ApiResult<Json<JobCount>> {
        job_queue::retry(&cx, &auth.actor(), id.0).await?;
        Ok(Json(JobCount { kind: "retry".into(), status: "pending".into(), count: 1 }))
    }

    /// Resend the certificate SMS for every ticket matching the filter, e.g. all tickets
    /// tagged `sms_failed` created on one day (supervisors; at most 10,000 tickets).
    #[oai(path = "/tickets/bulk/resend-sms", method = "post")]
    async fn bulk_resend(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<BulkFilter>,
    ) -> ApiResult<Json<BulkOut>> {
        let filter = body.0.into_filter()?;
        let r = actions::bulk_resend(&cx, &auth.actor(), filter).await?;
        Ok(Json(BulkOut {
            bulk_id: r.bulk_id,
            tickets: r.tickets,
            sms_queued: r.sms_queued,
            duplicates: r.duplicates,
            phone_missing: r.phone_missing,
            no_person: r.no_person,
            no_certificate: r.no_certificate,
        }))
    }

    /// Move every ticket of the filter to a queue and/or assign them (supervisors; at
    /// most 10,000 tickets). Each change is audited with the bulk id.
    ///
    /// Example: `{"filter": {"queue": "general", "assignee": "none", "category":
    /// "phone_missing"}, "queue": "phone"}`
    #[oai(path = "/tickets/bulk/reassign", method = "post")]
    async fn bulk_reassign(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<BulkReassign>,
    ) -> ApiResult<Json<BulkChangeOut>> {
        let b = body.0;
        let queue = b
            .queue
            .as_deref()
            .map(QueueName::parse)
            .transpose()
            .map_err(|e| ApiError::invalid("queue", e))?;
        let assignee = match (b.assignee_id, b.unassign) {
            (Some(_), true) => {
                return Err(ApiError::invalid("unassign", "give assignee_id or unassign, not both"))
            }
            (Some(id), false) => Some(Some(StaffId(id))),
            (None, true) => Some(None),
            (None, false) => None,
        };
        if queue.is_none() && assignee.is_none() {
            return Err(ApiError::invalid("queue", "give a queue, an assignee_id or unassign"));
        }
        let filter = b.filter.into_filter()?;
        let r = tickets::bulk_change(
            &cx,
            &auth.actor(),
            filter,
            tickets::BulkChange::Reassign { queue, assignee },
        )
        .await?;
        Ok(Json(r.into()))
    }

    /// Close every ticket of the filter, resolving the active ones first, with an
    /// optional internal note on each (supervisors; at most 10,000 tickets).
    #[oai(path = "/tickets/bulk/close", method = "post")]
    async fn bulk_close(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<BulkClose>,
    ) -> ApiResult<Json<BulkChangeOut>> {
        let b = body.0;
        let note = b
            .note
            .as_deref()
            .map(|n| Text::parse(n, BODY_MAX))
            .transpose()
            .map_err(|e| ApiError::invalid("note", e))?;
        let filter = b.filter.into_filter()?;
        let r = tickets::bulk_change(&cx, &auth.actor(), filter, tickets::BulkChange::Close { note }).await?;
        Ok(Json(r.into()))
    }
}
