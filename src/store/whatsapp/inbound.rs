//! Inbound WhatsApp messages: recorded once under Meta's message id, in the same
//! transaction as the job that acts on them.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use crate::domain::whatsapp::Inbound;
use crate::error::{ServiceError, ServiceResult};
use crate::store::entity::whatsapp_inbound as row;

pub const QUEUED: &str = "queued";
pub const PROCESSED: &str = "processed";
/// Kept and visible, never blocking the channel: the message could not become a ticket.
pub const FAILED: &str = "failed";

#[derive(Debug, Clone)]
pub struct InboundRow {
    pub id: Uuid,
    pub conversation: Uuid,
    pub message: Inbound,
    pub status: String,
    pub reason: Option<String>,
    pub ticket: Option<Uuid>,
    pub received_at: DateTime<Utc>,
}

fn from_model(m: row::Model) -> ServiceResult<InboundRow> {
    let message = serde_json::from_str(&m.payload)
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("stored WhatsApp message {}: {e}", m.id)))?;
    Ok(InboundRow {
        id: m.id,
        conversation: m.conversation_id,
        message,
        status: m.status,
        reason: m.reason,
        ticket: m.ticket_id,
        received_at: m.received_at,
    })
}

/// Records messages, each under its conversation, in two statements; an id already
/// recorded (a retry, a replay, or twice in this batch) gives `None` in its place.
pub async fn insert_inbound_many<C: ConnectionTrait>(
    db: &C,
    messages: &[(Uuid, &Inbound)],
    now: DateTime<Utc>,
) -> ServiceResult<Vec<Option<Uuid>>> {
    let mut ids = Vec::with_capacity(messages.len());
    let mut models = Vec::with_capacity(messages.len());
    for (conversation, message) in messages {
        let id = Uuid::now_v7();
        let payload = serde_json::to_string(message).map_err(|e| ServiceError::Internal(e.into()))?;
        ids.push(id);
        models.push(row::ActiveModel {
            id: Set(id),
            wamid: Set(message.wamid.clone()),
            conversation_id: Set(*conversation),
            payload: Set(payload),
            status: Set(QUEUED.into()),
            reason: Set(None),
            ticket_id: Set(None),
            ticket_message_id: Set(None),
            received_at: Set(now),
            processed_at: Set(None),
        });
    }
    if models.is_empty() {
        return Ok(Vec::new());
    }
    // Ten parameters a row: five hundred rows a statement (Meta batches up to a
    // thousand updates per webhook, and the writer several webhooks).
    for chunk in models.chunks(500) {
        row::Entity::insert_many(chunk.to_vec())
            .on_conflict(OnConflict::column(row::Column::Wamid).do_nothing().to_owned())
            .exec_without_returning(db)
            .await?;
    }
    // The rows that went in are the ones carrying the ids we made.
    let mut stored = std::collections::HashSet::new();
    for chunk in ids.chunks(1000) {
        let found: Vec<Uuid> = row::Entity::find()
            .select_only()
            .column(row::Column::Id)
            .filter(row::Column::Id.is_in(chunk.to_vec()))
            .into_tuple()
            .all(db)
            .await?;
        stored.extend(found);
    }
    Ok(ids.into_iter().map(|id| stored.contains(&id).then_some(id)).collect())
}

pub async fn inbound<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<InboundRow>> {
    row::Entity::find_by_id(id).one(db).await?.map(from_model).transpose()
}

/// The messages of `ids` that exist and can be read, in no particular order (one that
/// cannot, say written by a newer release, is left to be taken and reported alone).
pub async fn inbound_many<C: ConnectionTrait>(db: &C, ids: &[Uuid]) -> ServiceResult<Vec<InboundRow>> {
    let mut rows = Vec::with_capacity(ids.len());
    // Under every backend's parameter limit.
    for chunk in ids.chunks(500) {
        let found = row::Entity::find().filter(row::Column::Id.is_in(chunk.iter().copied())).all(db).await?;
        rows.extend(found.into_iter().filter_map(|m| from_model(m).ok()));
    }
    Ok(rows)
}

/// The message's outcome: the ticket and thread message it became, or why not.
pub async fn finish<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    outcome: Result<(Uuid, Uuid), &str>,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let (status, reason, ticket) = match outcome {
        Ok(t) => (PROCESSED, None, Some(t)),
        Err(why) => (FAILED, Some(why.to_string()), None),
    };
    row::Entity::update_many()
        .col_expr(row::Column::Status, Expr::value(status))
        .col_expr(row::Column::Reason, Expr::value(reason))
        .col_expr(row::Column::TicketId, Expr::value(ticket.map(|t| t.0)))
        .col_expr(row::Column::TicketMessageId, Expr::value(ticket.map(|t| t.1)))
        .col_expr(row::Column::ProcessedAt, Expr::value(now))
        .filter(row::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// A message the self-service menu took: processed, in no ticket, and its content
/// forgotten (it carried facts or a code); `redacted` is the message without them.
pub async fn finish_menu<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    redacted: &Inbound,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let payload = serde_json::to_string(redacted).map_err(|e| ServiceError::Internal(e.into()))?;
    row::Entity::update_many()
        .col_expr(row::Column::Payload, Expr::value(payload))
        .col_expr(row::Column::Status, Expr::value(PROCESSED))
        .col_expr(row::Column::Reason, Expr::value("self-service menu"))
        .col_expr(row::Column::ProcessedAt, Expr::value(now))
        .filter(row::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// A menu message that filed a ticket (a phone change): the ticket is then answered in
/// this message's conversation (`of_ticket` finds it by its messages).
pub async fn link_ticket<C: ConnectionTrait>(
    db: &C,
    wamid: &str,
    ticket: crate::domain::TicketId,
) -> ServiceResult<()> {
    row::Entity::update_many()
        .col_expr(row::Column::TicketId, Expr::value(ticket.0))
        .filter(row::Column::Wamid.eq(wamid))
        .exec(db)
        .await?;
    Ok(())
}

/// A failed message back to `queued` for another run (false: it was not failed).
pub async fn requeue_failed<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<bool> {
    let r = row::Entity::update_many()
        .col_expr(row::Column::Status, Expr::value(QUEUED))
        .filter(row::Column::Id.eq(id))
        .filter(row::Column::Status.eq(FAILED))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Messages not yet acted on, and the oldest one's arrival.
pub async fn backlog<C: ConnectionTrait>(db: &C) -> ServiceResult<(u64, Option<DateTime<Utc>>)> {
    let waiting = row::Entity::find().filter(row::Column::Status.eq(QUEUED));
    let count = waiting.clone().count(db).await?;
    let oldest = waiting
        .select_only()
        .column(row::Column::ReceivedAt)
        .order_by_asc(row::Column::ReceivedAt)
        .into_tuple::<DateTime<Utc>>()
        .one(db)
        .await?;
    Ok((count, oldest))
}

/// The latest messages that could not become tickets, newest first.
pub async fn failures<C: ConnectionTrait>(db: &C, limit: u64) -> ServiceResult<Vec<InboundRow>> {
    row::Entity::find()
        .filter(row::Column::Status.eq(FAILED))
        .order_by_desc(row::Column::ReceivedAt)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect()
}

/// When the last message arrived (any status).
pub async fn last_received<C: ConnectionTrait>(db: &C) -> ServiceResult<Option<DateTime<Utc>>> {
    Ok(row::Entity::find()
        .select_only()
        .column(row::Column::ReceivedAt)
        .order_by_desc(row::Column::ReceivedAt)
        .into_tuple::<DateTime<Utc>>()
        .one(db)
        .await?)
}
