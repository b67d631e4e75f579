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
use crate::domain::{
    Category, Channel, DeliveryStatus, EmailAddress, Language, Message, MessageId, MessageKind, Nik,
    PersonId, PhoneNumber, Priority, QueueName, Requester, StaffId, Tag, Ticket, TicketId, TicketNumber,
    TicketStatus,
};
use crate::error::{ServiceError, ServiceResult};

/// How many ticket numbers one process reserves at a time.
const NUMBER_BLOCK: i64 = 32;

/// Hands out ticket numbers from blocks reserved in `ticket_counter`, so creating a
/// ticket costs no counter write most of the time and never holds the counter row
/// lock inside a ticket transaction. Like a sequence it leaves gaps (an unused block
/// when a process stops), never duplicates; several processes interleave their blocks.
#[derive(Debug, Default)]
pub struct NumberAllocator {
    block: tokio::sync::Mutex<Option<(u16, i64, i64)>>,
}

impl NumberAllocator {
    pub async fn next<C: ConnectionTrait>(&self, db: &C, year: u16) -> ServiceResult<TicketNumber> {
        let mut block = self.block.lock().await;
        let (seq, end) = match *block {
            Some((y, next, end)) if y == year && next <= end => (next, end),
            _ => {
                let end = reserve_block(db, year, NUMBER_BLOCK).await?;
                (end - NUMBER_BLOCK + 1, end)
            }
        };
        *block = Some((year, seq + 1, end));
        let seq = u32::try_from(seq).map_err(|_| anyhow!("ticket counter overflow"))?;
        TicketNumber::new(year, seq).map_err(|e| anyhow!("{e}").into())
    }
}

/// The next number of `year`, taken inside the caller's transaction and not cached: if
/// the transaction rolls back, so does the number (a cached block would outlive it).
pub async fn next_number_in<C: ConnectionTrait>(db: &C, year: u16) -> ServiceResult<TicketNumber> {
    let seq = reserve_block(db, year, 1).await?;
    let seq = u32::try_from(seq).map_err(|_| anyhow!("ticket counter overflow"))?;
    TicketNumber::new(year, seq).map_err(|e| anyhow!("{e}").into())
}

/// Reserves the next `size` numbers of `year` and returns the last one.
async fn reserve_block<C: ConnectionTrait>(db: &C, year: u16, size: i64) -> ServiceResult<i64> {
    let stmt = Query::insert()
        .into_table(ticket_counter::Entity)
        .columns([ticket_counter::Column::Year, ticket_counter::Column::Last])
        .values_panic([i32::from(year).into(), size.into()])
        .on_conflict(
            OnConflict::column(ticket_counter::Column::Year)
                .value(
                    ticket_counter::Column::Last,
                    Expr::col((ticket_counter::Entity, ticket_counter::Column::Last)).add(size),
                )
                .to_owned(),
        )
        .returning_col(ticket_counter::Column::Last)
        .to_owned();
    let row = db.query_one(&stmt).await?.ok_or_else(|| anyhow!("ticket counter returned no row"))?;
    Ok(row.try_get("", "last")?)
}

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

/// Writes every mutable column of `t`.
pub async fn update<C: ConnectionTrait>(db: &C, t: &Ticket) -> ServiceResult<()> {
    ticket::Entity::update_many().set(active(t)).filter(ticket::Column::Id.eq(t.id.0)).exec(db).await?;
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

pub async fn insert_message<C: ConnectionTrait>(db: &C, m: &Message) -> ServiceResult<()> {
    insert_messages(db, &[m]).await
}

/// Inserts several messages in one statement.
pub async fn insert_messages<C: ConnectionTrait>(db: &C, ms: &[&Message]) -> ServiceResult<()> {
    ticket_message::Entity::insert_many(ms.iter().map(|m| message_active(m)))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

fn message_active(m: &Message) -> ticket_message::ActiveModel {
    let references = (!m.references.is_empty()).then(|| m.references.join(" "));
    ticket_message::ActiveModel {
        id: Set(m.id.0),
        ticket_id: Set(m.ticket.0),
        kind: Set(m.kind.as_str().into()),
        author_staff_id: Set(m.author_staff.map(|s| s.0)),
        author_name: Set(m.author_name.clone()),
        author_email: Set(m.author_email.clone()),
        body: Set(m.body.clone()),
        message_id: Set(m.message_id.clone()),
        in_reply_to: Set(m.in_reply_to.clone()),
        references: Set(references),
        created_at: Set(m.created_at),
        recipient: Set(m.recipient.clone()),
        auto: Set(m.auto),
        other_sender: Set(m.other_sender),
        delivery_status: Set(m.delivery.map(|d| d.as_str().into())),
        delivery_error: Set(m.delivery_error.clone()),
        inbound_mail_id: Set(m.source_mail),
    }
}

/// Whether `email` already wrote on this ticket as one of its own people (not as an
/// "other sender").
pub async fn is_participant<C: ConnectionTrait>(
    db: &C,
    ticket: TicketId,
    email: &str,
) -> ServiceResult<bool> {
    use sea_orm::PaginatorTrait;
    let n = ticket_message::Entity::find()
        .filter(ticket_message::Column::TicketId.eq(ticket.0))
        .filter(ticket_message::Column::Kind.eq(MessageKind::Inbound.as_str()))
        .filter(ticket_message::Column::OtherSender.eq(false))
        .filter(
            Expr::expr(Func::lower(Expr::col(ticket_message::Column::AuthorEmail))).eq(email.to_lowercase()),
        )
        .count(db)
        .await?;
    Ok(n > 0)
}

/// The thread of a ticket, oldest first.
pub async fn messages<C: ConnectionTrait>(db: &C, id: TicketId) -> ServiceResult<Vec<Message>> {
    ticket_message::Entity::find()
        .filter(ticket_message::Column::TicketId.eq(id.0))
        .order_by_asc(ticket_message::Column::CreatedAt)
        .order_by_asc(ticket_message::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(message_to_domain)
        .collect()
}

/// Moves every message of `from` onto `to` (merge). Returns how many moved.
/// Moves every message of `from` onto `to`. With `apart`, the inbound ones are marked
/// `other_sender`: they came from someone other than `to`'s requester.
pub async fn move_messages<C: ConnectionTrait>(
    db: &C,
    from: TicketId,
    to: TicketId,
    apart: bool,
) -> ServiceResult<u64> {
    if apart {
        ticket_message::Entity::update_many()
            .col_expr(ticket_message::Column::OtherSender, Expr::value(true))
            .filter(ticket_message::Column::TicketId.eq(from.0))
            .filter(ticket_message::Column::Kind.eq(MessageKind::Inbound.as_str()))
            .exec(db)
            .await?;
    }
    let res = ticket_message::Entity::update_many()
        .col_expr(ticket_message::Column::TicketId, Expr::value(to.0))
        .filter(ticket_message::Column::TicketId.eq(from.0))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

/// Moves these messages of `from` onto `to` (split). Returns how many moved.
pub async fn move_some_messages<C: ConnectionTrait>(
    db: &C,
    ids: &[MessageId],
    from: TicketId,
    to: TicketId,
) -> ServiceResult<u64> {
    let res = ticket_message::Entity::update_many()
        .col_expr(ticket_message::Column::TicketId, Expr::value(to.0))
        .filter(ticket_message::Column::TicketId.eq(from.0))
        .filter(ticket_message::Column::Id.is_in(ids.iter().map(|m| m.0)))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
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

fn message_to_domain(m: ticket_message::Model) -> ServiceResult<Message> {
    Ok(Message {
        id: MessageId(m.id),
        ticket: TicketId(m.ticket_id),
        kind: MessageKind::parse(&m.kind).map_err(|e| corrupt("message kind", e))?,
        author_staff: m.author_staff_id.map(StaffId),
        author_name: m.author_name,
        author_email: m.author_email,
        body: m.body,
        message_id: m.message_id,
        in_reply_to: m.in_reply_to,
        references: m
            .references
            .map(|r| r.split_whitespace().map(String::from).collect())
            .unwrap_or_default(),
        created_at: m.created_at,
        recipient: m.recipient,
        auto: m.auto,
        delivery: m
            .delivery_status
            .as_deref()
            .map(DeliveryStatus::parse)
            .transpose()
            .map_err(|e| corrupt("delivery status", e))?,
        delivery_error: m.delivery_error,
        source_mail: m.inbound_mail_id,
        other_sender: m.other_sender,
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

pub async fn message<C: ConnectionTrait>(db: &C, id: MessageId) -> ServiceResult<Option<Message>> {
    ticket_message::Entity::find_by_id(id.0).one(db).await?.map(message_to_domain).transpose()
}

/// The message carrying this RFC Message-ID.
pub async fn message_by_rfc_id<C: ConnectionTrait>(db: &C, rfc_id: &str) -> ServiceResult<Option<Message>> {
    ticket_message::Entity::find()
        .filter(ticket_message::Column::MessageId.eq(rfc_id))
        .one(db)
        .await?
        .map(message_to_domain)
        .transpose()
}

pub async fn set_delivery<C: ConnectionTrait>(
    db: &C,
    id: MessageId,
    status: DeliveryStatus,
    error: Option<&str>,
) -> ServiceResult<()> {
    ticket_message::Entity::update_many()
        .col_expr(ticket_message::Column::DeliveryStatus, Expr::value(status.as_str()))
        .col_expr(ticket_message::Column::DeliveryError, Expr::value(error.map(String::from)))
        .filter(ticket_message::Column::Id.eq(id.0))
        .exec(db)
        .await?;
    Ok(())
}

/// Moves a message's delivery status from one of `from` to `to`. False when it was in
/// none of them (another worker or a bounce got there first).
pub async fn move_delivery<C: ConnectionTrait>(
    db: &C,
    id: MessageId,
    from: &[DeliveryStatus],
    to: DeliveryStatus,
    error: Option<&str>,
) -> ServiceResult<bool> {
    let r = ticket_message::Entity::update_many()
        .col_expr(ticket_message::Column::DeliveryStatus, Expr::value(to.as_str()))
        .col_expr(ticket_message::Column::DeliveryError, Expr::value(error.map(String::from)))
        .filter(ticket_message::Column::Id.eq(id.0))
        .filter(ticket_message::Column::DeliveryStatus.is_in(from.iter().map(|s| s.as_str())))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Automatic mails sent to `recipient` since `since` (acknowledgement rate limit).
pub async fn auto_mails_to<C: ConnectionTrait>(
    db: &C,
    recipient: &str,
    since: DateTime<Utc>,
) -> ServiceResult<u64> {
    use sea_orm::PaginatorTrait;
    Ok(ticket_message::Entity::find()
        .filter(ticket_message::Column::Recipient.eq(recipient))
        .filter(ticket_message::Column::Auto.eq(true))
        .filter(ticket_message::Column::CreatedAt.gte(since))
        .count(db)
        .await?)
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
