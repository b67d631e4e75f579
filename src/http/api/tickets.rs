//! `/api/v1/tickets`: the ticket core.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, OpenApi};
use uuid::Uuid;

mod csv;

use self::csv::CsvExport;
use super::ApiTags;
use crate::domain::{Actor, NewTicket, QueueName, Tag, Text, TicketId, TicketNumber, BODY_MAX};
use crate::http::auth::StaffAuth;
use crate::http::dto::Bounded;
use crate::http::dto::{
    AddTag, Assign, AuditEventOut, Category, Channel, CreateTicket, Merge, MessageOut, NewMessage,
    NewMessageKind, SubjectText, TagText, TicketDetail, TicketOut, TicketPage, TicketRefText, TicketStatus,
    UpdateTicket,
};
use crate::http::error::{ApiError, ApiResult};
use crate::service::tickets::{self, AssigneeFilter, StaffMessageKind, TicketFilter, TicketRef};
use crate::service::{audit, Context};

pub struct TicketsApi;

/// Messages to move to a new ticket.
#[derive(Debug, Clone, poem_openapi::Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct Split {
    pub message_ids: Vec<Uuid>,
    /// The new ticket's subject (default: the original's).
    pub subject: Option<SubjectText>,
}

#[derive(ApiResponse)]
pub enum Created {
    /// The ticket was opened; it starts as `new`.
    #[oai(status = 201)]
    Created(Json<TicketDetail>),
}

#[derive(ApiResponse)]
pub enum MessageCreated {
    #[oai(status = 201)]
    Created(Json<MessageOut>),
}

/// A ticket is named by its id or its number (`SRT-2021-000123`).
pub fn ticket_ref(field: &str, s: &str) -> ApiResult<TicketRef> {
    if let Ok(id) = Uuid::parse_str(s.trim()) {
        return Ok(TicketRef::Id(TicketId(id)));
    }
    TicketNumber::parse(s)
        .map(TicketRef::Number)
        .map_err(|_| ApiError::invalid(field, "must be a ticket id or a number like SRT-2021-000123"))
}

/// The list filters as they arrive, shared by the page and the CSV export.
pub struct FilterParams {
    pub status: Vec<TicketStatus>,
    pub category: Option<Category>,
    pub queue: Option<String>,
    pub assignee: Option<String>,
    pub channel: Option<Channel>,
    pub tag: Option<String>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_to: Option<DateTime<Utc>>,
    pub q: Option<String>,
    pub cursor: Option<String>,
    pub limit: Option<u64>,
}

pub fn filter_of(actor: &crate::domain::StaffActor, p: FilterParams) -> ApiResult<TicketFilter> {
    let assignee = match p.assignee.as_deref().map(str::trim) {
        None | Some("") => None,
        Some("none") => Some(AssigneeFilter::Nobody),
        Some("me") => Some(AssigneeFilter::Staff(actor.id)),
        Some(s) => Some(AssigneeFilter::Staff(crate::domain::StaffId(
            Uuid::parse_str(s)
                .map_err(|_| ApiError::invalid("assignee", "must be a staff id, me or none"))?,
        ))),
    };
    Ok(TicketFilter {
        status: p.status.into_iter().map(Into::into).collect(),
        category: p.category.map(Into::into),
        queue: p
            .queue
            .as_deref()
            .map(QueueName::parse)
            .transpose()
            .map_err(|e| ApiError::invalid("queue", e))?,
        assignee,
        channel: p.channel.map(Into::into),
        tag: p.tag.as_deref().map(Tag::parse).transpose().map_err(|e| ApiError::invalid("tag", e))?,
        created_from: p.created_from,
        created_to: p.created_to,
        text: p.q,
        person: None,
        visible_to: None,
        before: p
            .cursor
            .as_deref()
            .map(|c| Uuid::parse_str(c).map(TicketId))
            .transpose()
            .map_err(|_| ApiError::invalid("cursor", "not a cursor this API returned"))?,
        limit: p.limit.unwrap_or(50),
    })
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Tickets")]
impl TicketsApi {
    /// Open a ticket (any channel; `phone` for a 119 call).
    #[oai(path = "/tickets", method = "post")]
    async fn create(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<CreateTicket>,
    ) -> ApiResult<Created> {
        let new = NewTicket::try_from(body.0)?;
        let thread = tickets::create(&cx, &Actor::Staff(auth.actor()), new).await?;
        Ok(Created::Created(Json((&thread).into())))
    }

    /// List tickets, newest first. Agents see their queues and their own tickets.
    #[oai(path = "/tickets", method = "get")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// Any of these statuses (repeat the parameter).
        status: Query<Vec<TicketStatus>>,
        category: Query<Option<Category>>,
        queue: Query<Option<TagText>>,
        /// A staff id, `me`, or `none` for unassigned.
        assignee: Query<Option<String>>,
        channel: Query<Option<Channel>>,
        tag: Query<Option<TagText>>,
        /// Created at or after (RFC 3339).
        created_from: Query<Option<DateTime<Utc>>>,
        /// Created before (RFC 3339).
        created_to: Query<Option<DateTime<Utc>>>,
        /// Text in the subject, number, requester name or e-mail.
        q: Query<Option<String>>,
        /// `next_cursor` of the previous page.
        cursor: Query<Option<String>>,
        /// Page size, 1-200 (default 50).
        limit: Query<Option<Bounded<1, 200>>>,
    ) -> ApiResult<Json<TicketPage>> {
        let actor = auth.actor();
        let filter = filter_of(
            &actor,
            FilterParams {
                status: status.0,
                category: category.0,
                queue: queue.0.map(|q| q.0),
                assignee: assignee.0,
                channel: channel.0,
                tag: tag.0.map(|t| t.0),
                created_from: created_from.0,
                created_to: created_to.0,
                q: q.0,
                cursor: cursor.0,
                limit: limit.0.map(|n| n.0),
            },
        )?;
        let page = tickets::list(&cx, &actor, filter).await?;
        Ok(Json(TicketPage {
            items: page.items.iter().map(Into::into).collect(),
            next_cursor: page.next.map(|id| id.to_string()),
        }))
    }

    /// Every ticket of a filter as CSV, streamed page by page (no row cap, memory flat),
    /// newest first (supervisors). NIKs are masked; no phone numbers or e-mail addresses.
    #[oai(path = "/export/tickets", method = "get")]
    #[allow(clippy::too_many_arguments)]
    async fn export(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// Any of these statuses (repeat the parameter).
        status: Query<Vec<TicketStatus>>,
        category: Query<Option<Category>>,
        queue: Query<Option<TagText>>,
        /// A staff id, `me`, or `none` for unassigned.
        assignee: Query<Option<String>>,
        channel: Query<Option<Channel>>,
        tag: Query<Option<TagText>>,
        /// Created at or after (RFC 3339).
        created_from: Query<Option<DateTime<Utc>>>,
        /// Created before (RFC 3339).
        created_to: Query<Option<DateTime<Utc>>>,
        /// Text in the subject, number, requester name or e-mail.
        q: Query<Option<String>>,
    ) -> ApiResult<CsvExport> {
        let actor = auth.actor();
        let params = FilterParams {
            status: status.0,
            category: category.0,
            queue: queue.0.map(|q| q.0),
            assignee: assignee.0,
            channel: channel.0,
            tag: tag.0.map(|t| t.0),
            created_from: created_from.0,
            created_to: created_to.0,
            q: q.0,
            cursor: None,
            limit: None,
        };
        let filter = filter_of(&actor, params)?;
        let pages = tickets::pages(cx.0.clone(), &actor, filter, 1000)?;
        Ok(CsvExport::of(pages))
    }

    /// One ticket with its whole thread.
    #[oai(path = "/tickets/:ticket", method = "get")]
    async fn get(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
    ) -> ApiResult<Json<TicketDetail>> {
        let thread = tickets::get(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?).await?;
        Ok(Json((&thread).into()))
    }

    /// Change status (checked against the transition table), priority, category or queue.
    #[oai(path = "/tickets/:ticket", method = "patch")]
    async fn update(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
        body: Json<UpdateTicket>,
    ) -> ApiResult<Json<TicketOut>> {
        let changes = body.0.try_into()?;
        let t = tickets::update(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?, changes).await?;
        Ok(Json((&t).into()))
    }

    /// Add a public reply or an internal note.
    #[oai(path = "/tickets/:ticket/messages", method = "post")]
    async fn add_message(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
        body: Json<NewMessage>,
    ) -> ApiResult<MessageCreated> {
        let text = Text::parse(&body.body, BODY_MAX).map_err(|e| ApiError::invalid("body", e))?;
        let kind = match body.kind {
            NewMessageKind::Reply => StaffMessageKind::Reply,
            NewMessageKind::Note => StaffMessageKind::Note,
        };
        let m = tickets::add_message(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?, kind, text).await?;
        Ok(MessageCreated::Created(Json((&m).into())))
    }

    /// Assign or (with `staff_id: null`) unassign. Agents may only take or release tickets themselves.
    #[oai(path = "/tickets/:ticket/assignee", method = "put")]
    async fn assign(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
        body: Json<Assign>,
    ) -> ApiResult<Json<TicketOut>> {
        let to = body.staff_id.map(crate::domain::StaffId);
        let t = tickets::assign(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?, to).await?;
        Ok(Json((&t).into()))
    }

    /// Merge this ticket into another: messages and tags move, this one closes and points to the survivor.
    #[oai(path = "/tickets/:ticket/merge", method = "post")]
    async fn merge(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
        body: Json<Merge>,
    ) -> ApiResult<Json<TicketDetail>> {
        let source = ticket_ref("ticket", &ticket)?;
        let target = ticket_ref("into", &body.into)?;
        let thread = tickets::merge(&cx, &auth.actor(), source, target).await?;
        Ok(Json((&thread).into()))
    }

    /// Split messages off into a new ticket for the same requester (e.g. a second
    /// problem raised in the same thread). At least one message stays.
    ///
    /// Example: `{"message_ids": ["0192…"], "subject": "Second dose missing"}`
    #[oai(path = "/tickets/:ticket/split", method = "post")]
    async fn split(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
        body: Json<Split>,
    ) -> ApiResult<Created> {
        let b = body.0;
        let subject = b
            .subject
            .as_deref()
            .map(|s| Text::parse(s, crate::domain::SUBJECT_MAX))
            .transpose()
            .map_err(|e| ApiError::invalid("subject", e))?;
        let ids = b.message_ids.into_iter().map(crate::domain::MessageId).collect();
        let thread = tickets::split(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?, ids, subject).await?;
        Ok(Created::Created(Json((&thread).into())))
    }

    /// Add a tag.
    #[oai(path = "/tickets/:ticket/tags", method = "post")]
    async fn add_tag(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
        body: Json<AddTag>,
    ) -> ApiResult<Json<TicketOut>> {
        let t = tickets::add_tag(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?, body.parse()?).await?;
        Ok(Json((&t).into()))
    }

    /// Remove a tag.
    #[oai(path = "/tickets/:ticket/tags/:tag", method = "delete")]
    async fn remove_tag(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
        tag: Path<TagText>,
    ) -> ApiResult<Json<TicketOut>> {
        let tag = Tag::parse(&tag).map_err(|e| ApiError::invalid("tag", e))?;
        let t = tickets::remove_tag(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?, tag).await?;
        Ok(Json((&t).into()))
    }

    /// The audit history of one ticket, newest first.
    #[oai(path = "/tickets/:ticket/audit", method = "get")]
    async fn audit(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
    ) -> ApiResult<Json<Vec<AuditEventOut>>> {
        let events = audit::for_ticket(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?).await?;
        Ok(Json(events.into_iter().map(Into::into).collect()))
    }
}
