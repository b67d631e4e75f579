//! Ticket aggregate queries: tickets, their messages and tags, and ticket numbers.

use anyhow::anyhow;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, OnConflict, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::entity::{ticket, ticket_counter, ticket_flag, ticket_message, ticket_tag};
pub use crate::domain::{AssigneeFilter, TicketFilter, TicketRef};

mod messages;
mod numbers;

use crate::domain::{
    Category, Channel, DeliveryStatus, EmailAddress, Language, Message, MessageId, MessageKind, Nik,
    PersonId, PhoneNumber, Priority, QueueName, Requester, StaffId, Tag, Ticket, TicketId, TicketNumber,
    TicketStatus,
};
use crate::error::{ServiceError, ServiceResult};
pub use messages::*;
pub use numbers::*;

/// Inserts new tickets and their first messages: a statement per table for any number.
pub async fn insert_new<C: ConnectionTrait>(
    db: &C,
    tickets: &[&Ticket],
    messages: &[&Message],
) -> ServiceResult<()> {
    ticket::Entity::insert_many(tickets.iter().map(|t| active(t))).exec_without_returning(db).await?;
    insert_messages(db, messages).await?;
    let tags = tickets.iter().flat_map(|t| {
        t.tags
            .iter()
            .map(|tag| ticket_tag::ActiveModel { ticket_id: Set(t.id.0), tag: Set(tag.as_str().into()) })
    });
    ticket_tag::Entity::insert_many(tags).exec_without_returning(db).await?;
    Ok(())
}

/// Writes every mutable column of `t`. Not the ones fixed at creation: setting a column
/// rewrites its indexes (and, for the key, checks every table that refers to it) even
/// when the value is the same.
pub async fn update<C: ConnectionTrait>(db: &C, t: &Ticket) -> ServiceResult<()> {
    use sea_orm::ActiveValue::NotSet;
    let row =
        ticket::ActiveModel { id: NotSet, number: NotSet, channel: NotSet, created_at: NotSet, ..active(t) };
    ticket::Entity::update_many().set(row).filter(ticket::Column::Id.eq(t.id.0)).exec(db).await?;
    Ok(())
}

pub async fn find<C: ConnectionTrait>(db: &C, r: TicketRef) -> ServiceResult<Option<Ticket>> {
    find_inner(db, r, false).await
}

/// Like [`find`], and on PostgreSQL locks the row until the transaction ends so
/// concurrent changes to one ticket queue up instead of overwriting each other.
/// (SQLite writes are already serialised by the single writer connection.)
pub async fn find_for_update<C: ConnectionTrait>(db: &C, r: TicketRef) -> ServiceResult<Option<Ticket>> {
    find_inner(db, r, true).await
}

async fn find_inner<C: ConnectionTrait>(db: &C, r: TicketRef, lock: bool) -> ServiceResult<Option<Ticket>> {
    let mut q = match r {
        TicketRef::Id(id) => ticket::Entity::find_by_id(id.0),
        TicketRef::Number(n) => ticket::Entity::find().filter(ticket::Column::Number.eq(n.to_string())),
    };
    if lock {
        q = q.lock_exclusive();
    }
    let Some(model) = q.one(db).await? else {
        return Ok(None);
    };
    let tags = tags_of(db, &[model.id]).await?;
    Ok(Some(to_domain(model, &tags)?))
}

pub async fn list<C: ConnectionTrait>(db: &C, f: &TicketFilter) -> ServiceResult<Vec<Ticket>> {
    use ticket::Column as C_;
    let mut q = ticket::Entity::find();
    if !f.status.is_empty() {
        q = q.filter(C_::Status.is_in(f.status.iter().map(|s| s.as_str())));
    }
    if let Some(c) = f.category {
        q = q.filter(C_::Category.eq(c.as_str()));
    }
    if let Some(queue) = &f.queue {
        q = q.filter(C_::Queue.eq(queue.as_str()));
    }
    match f.assignee {
        Some(AssigneeFilter::Nobody) => q = q.filter(C_::AssigneeId.is_null()),
        Some(AssigneeFilter::Staff(s)) => q = q.filter(C_::AssigneeId.eq(s.0)),
        None => {}
    }
    if let Some(ch) = f.channel {
        q = q.filter(C_::Channel.eq(ch.as_str()));
    }
    if let Some(p) = f.person {
        q = q.filter(C_::PersonId.eq(p.0));
    }
    if let Some(from) = f.created_from {
        q = q.filter(C_::CreatedAt.gte(from));
    }
    if let Some(to) = f.created_to {
        q = q.filter(C_::CreatedAt.lt(to));
    }
    if let Some(tag) = &f.tag {
        q = q.filter(
            C_::Id.in_subquery(
                Query::select()
                    .column(ticket_tag::Column::TicketId)
                    .from(ticket_tag::Entity)
                    .and_where(Expr::col(ticket_tag::Column::Tag).eq(tag.as_str()))
                    .to_owned(),
            ),
        );
    }
    if let Some(text) = f.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let pattern = format!("%{}%", escape_like(&text.to_lowercase()));
        let like = |col: ticket::Column| {
            Expr::expr(Func::lower(Expr::col((ticket::Entity, col))))
                .like(sea_orm::sea_query::LikeExpr::new(pattern.clone()).escape('\\'))
        };
        q = q.filter(
            sea_orm::Condition::any()
                .add(like(C_::Subject))
                .add(like(C_::Number))
                .add(like(C_::RequesterName))
                .add(like(C_::RequesterEmail)),
        );
    }
    if let Some((staff, queues)) = &f.visible_to {
        q = q.filter(
            sea_orm::Condition::any()
                .add(C_::AssigneeId.eq(staff.0))
                .add(C_::Queue.is_in(queues.iter().map(|q| q.as_str()))),
        );
    }
    if let Some(before) = f.before {
        q = q.filter(C_::Id.lt(before.0));
    }
    let models = q.order_by_desc(C_::Id).limit(f.limit).all(db).await?;
    let ids: Vec<Uuid> = models.iter().map(|m| m.id).collect();
    let tags = tags_of(db, &ids).await?;
    models.into_iter().map(|m| to_domain(m, &tags)).collect()
}

/// Tickets matching `cond`, in `order`, at most `limit`: for queries of other store
/// modules (SLA sweeps, assignment) that need whole tickets.
pub(super) async fn select<C: ConnectionTrait>(
    db: &C,
    cond: sea_orm::Condition,
    order: &[(ticket::Column, sea_orm::Order)],
    limit: u64,
) -> ServiceResult<Vec<Ticket>> {
    let mut q = ticket::Entity::find().filter(cond);
    for (col, ord) in order {
        q = q.order_by(*col, ord.clone());
    }
    let models = q.limit(limit).all(db).await?;
    let ids: Vec<Uuid> = models.iter().map(|m| m.id).collect();
    let tags = tags_of(db, &ids).await?;
    models.into_iter().map(|m| to_domain(m, &tags)).collect()
}

/// Replaces the tag set of a ticket.
pub async fn set_tags<C: ConnectionTrait>(db: &C, id: TicketId, tags: &[Tag]) -> ServiceResult<()> {
    ticket_tag::Entity::delete_many().filter(ticket_tag::Column::TicketId.eq(id.0)).exec(db).await?;
    insert_tags(db, id, tags).await
}

async fn insert_tags<C: ConnectionTrait>(db: &C, id: TicketId, tags: &[Tag]) -> ServiceResult<()> {
    let rows =
        tags.iter().map(|t| ticket_tag::ActiveModel { ticket_id: Set(id.0), tag: Set(t.as_str().into()) });
    // insert_many of nothing is a no-op in sea-orm 2.
    ticket_tag::Entity::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}

async fn tags_of<C: ConnectionTrait>(db: &C, ids: &[Uuid]) -> ServiceResult<Vec<(Uuid, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = ticket_tag::Entity::find()
        .filter(ticket_tag::Column::TicketId.is_in(ids.iter().copied()))
        .order_by_asc(ticket_tag::Column::Tag)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|r| (r.ticket_id, r.tag)).collect())
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

fn active(t: &Ticket) -> ticket::ActiveModel {
    ticket::ActiveModel {
        id: Set(t.id.0),
        number: Set(t.number.to_string()),
        subject: Set(t.subject.clone()),
        status: Set(t.status.as_str().into()),
        priority: Set(t.priority.as_str().into()),
        category: Set(t.category.as_str().into()),
        channel: Set(t.channel.as_str().into()),
        queue: Set(t.queue.as_str().into()),
        assignee_id: Set(t.assignee.map(|s| s.0)),
        person_id: Set(t.person.map(|p| p.0)),
        requester_name: Set(t.requester.name.clone()),
        requester_email: Set(t.requester.email.as_ref().map(|e| e.as_str().into())),
        requester_phone: Set(t.requester.phone.as_ref().map(|p| p.expose().into())),
        nik: Set(t.nik.as_ref().map(|n| n.expose().into())),
        merged_into_id: Set(t.merged_into.map(|m| m.0)),
        created_at: Set(t.created_at),
        updated_at: Set(t.updated_at),
        first_response_at: Set(t.first_response_at),
        resolved_at: Set(t.resolved_at),
        closed_at: Set(t.closed_at),
        language: Set(t.language.map(|l| l.as_str().into())),
        sla_first_due: Set(t.sla.first_due),
        sla_resolve_due: Set(t.sla.resolve_due),
        sla_warn_secs: Set(t.sla.warn_before.map(|d| i32::try_from(d.num_seconds()).unwrap_or(i32::MAX))),
        sla_paused_at: Set(t.sla.paused_at),
        sla_paused_secs: Set(t.sla.paused.num_seconds()),
        sla_warned_at: Set(t.sla.warned_at),
        sla_breached_at: Set(t.sla.breached_at),
        cause: sea_orm::ActiveValue::NotSet,
    }
}

/// A stored value that no longer parses is a bug or tampering, not user error.
fn corrupt(what: &str, e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(anyhow!("stored {what} is invalid: {e}"))
}

fn to_domain(m: ticket::Model, tags: &[(Uuid, String)]) -> ServiceResult<Ticket> {
    Ok(Ticket {
        id: TicketId(m.id),
        number: TicketNumber::parse(&m.number).map_err(|e| corrupt("ticket number", e))?,
        subject: m.subject,
        status: TicketStatus::parse(&m.status).map_err(|e| corrupt("status", e))?,
        priority: Priority::parse(&m.priority).map_err(|e| corrupt("priority", e))?,
        category: Category::parse(&m.category).map_err(|e| corrupt("category", e))?,
        channel: Channel::parse(&m.channel).map_err(|e| corrupt("channel", e))?,
        queue: QueueName::parse(&m.queue).map_err(|e| corrupt("queue", e))?,
        assignee: m.assignee_id.map(StaffId),
        person: m.person_id.map(PersonId),
        requester: Requester {
            name: m.requester_name,
            email: m
                .requester_email
                .map(|e| EmailAddress::parse(&e).map_err(|e| corrupt("email", e)))
                .transpose()?,
            phone: m
                .requester_phone
                .map(|p| PhoneNumber::parse(&p).map_err(|e| corrupt("phone", e)))
                .transpose()?,
        },
        nik: m.nik.map(|n| Nik::parse(&n).map_err(|e| corrupt("NIK", e))).transpose()?,
        tags: tags
            .iter()
            .filter(|(id, _)| *id == m.id)
            .map(|(_, t)| Tag::parse(t).map_err(|e| corrupt("tag", e)))
            .collect::<Result<_, _>>()?,
        merged_into: m.merged_into_id.map(TicketId),
        created_at: m.created_at,
        updated_at: m.updated_at,
        first_response_at: m.first_response_at,
        resolved_at: m.resolved_at,
        closed_at: m.closed_at,
        language: m
            .language
            .as_deref()
            .map(Language::parse)
            .transpose()
            .map_err(|e| corrupt("language", e))?,
        sla: crate::domain::sla::Clock {
            first_due: m.sla_first_due,
            resolve_due: m.sla_resolve_due,
            warn_before: m.sla_warn_secs.map(|s| chrono::Duration::seconds(i64::from(s))),
            paused_at: m.sla_paused_at,
            paused: chrono::Duration::seconds(m.sla_paused_secs),
            warned_at: m.sla_warned_at,
            breached_at: m.sla_breached_at,
        },
    })
}

/// The ticket owning a message with any of these RFC Message-IDs (inbound or outbound).
pub async fn find_by_message_ids<C: ConnectionTrait>(
    db: &C,
    ids: &[String],
) -> ServiceResult<Option<TicketId>> {
    if ids.is_empty() {
        return Ok(None);
    }
    let m = ticket_message::Entity::find()
        .filter(ticket_message::Column::MessageId.is_in(ids.iter().cloned()))
        .order_by_desc(ticket_message::Column::CreatedAt)
        .one(db)
        .await?;
    Ok(m.map(|m| TicketId(m.ticket_id)))
}

/// The newest ticket from `email` with this subject since `since` (a reply that lost its tag).
pub async fn find_by_subject_from<C: ConnectionTrait>(
    db: &C,
    email: &str,
    subject: &str,
    since: DateTime<Utc>,
) -> ServiceResult<Option<TicketId>> {
    let m = ticket::Entity::find()
        .filter(ticket::Column::RequesterEmail.eq(email))
        .filter(ticket::Column::Subject.eq(subject))
        .filter(ticket::Column::CreatedAt.gte(since))
        .order_by_desc(ticket::Column::CreatedAt)
        .one(db)
        .await?;
    Ok(m.map(|m| TicketId(m.id)))
}

pub async fn add_flag<C: ConnectionTrait>(
    db: &C,
    ticket: TicketId,
    kind: &str,
    detail: &str,
) -> ServiceResult<()> {
    ticket_flag::Entity::insert(ticket_flag::ActiveModel {
        ticket_id: Set(ticket.0),
        kind: Set(kind.into()),
        detail: Set(detail.into()),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The person's most recent ticket that was not merged away.
pub async fn latest_of_person<C: ConnectionTrait>(db: &C, person: PersonId) -> ServiceResult<Option<Ticket>> {
    let Some(m) = ticket::Entity::find()
        .filter(ticket::Column::PersonId.eq(person.0))
        .filter(ticket::Column::MergedIntoId.is_null())
        .order_by_desc(ticket::Column::CreatedAt)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    find(db, TicketRef::Id(TicketId(m.id))).await
}

/// (kind, detail) of every flag on a ticket, oldest first.
pub async fn flags<C: ConnectionTrait>(db: &C, ticket: TicketId) -> ServiceResult<Vec<(String, String)>> {
    Ok(ticket_flag::Entity::find()
        .filter(ticket_flag::Column::TicketId.eq(ticket.0))
        .order_by_asc(ticket_flag::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.kind, f.detail))
        .collect())
}

/// Other tickets about the same citizen: the same person record, or the same requester
/// e-mail or phone; newest first, merged tickets left out.
pub async fn related<C: ConnectionTrait>(db: &C, t: &Ticket, limit: u64) -> ServiceResult<Vec<Ticket>> {
    use sea_orm::Condition;
    let mut any = Condition::any();
    if let Some(p) = t.person {
        any = any.add(ticket::Column::PersonId.eq(p.0));
    }
    if let Some(e) = &t.requester.email {
        any = any.add(ticket::Column::RequesterEmail.eq(e.as_str()));
    }
    if let Some(p) = &t.requester.phone {
        any = any.add(ticket::Column::RequesterPhone.eq(p.expose()));
    }
    if any.is_empty() {
        return Ok(Vec::new());
    }
    // No ORDER BY in SQL: with one, SQLite walks the created_at index backwards through
    // every ticket when nobody matches (measured: 5x slower ticket creation). A citizen
    // has few tickets; they are sorted here.
    let mut models = ticket::Entity::find()
        .filter(any)
        .filter(ticket::Column::Id.ne(t.id.0))
        .filter(ticket::Column::MergedIntoId.is_null())
        .limit(1000)
        .all(db)
        .await?;
    models.sort_by_key(|m| std::cmp::Reverse(m.created_at));
    models.truncate(limit as usize);
    let ids: Vec<Uuid> = models.iter().map(|m| m.id).collect();
    let tags = tags_of(db, &ids).await?;
    models.into_iter().map(|m| to_domain(m, &tags)).collect()
}
