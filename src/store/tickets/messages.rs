//! A ticket's messages: insert, read, move between tickets, and their delivery status.

use super::*;

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

pub(super) fn message_active(m: &Message) -> ticket_message::ActiveModel {
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

pub(super) fn message_to_domain(m: ticket_message::Model) -> ServiceResult<Message> {
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
