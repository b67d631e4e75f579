//! Raw inbound mail rows: one per message (deduplicated), with processing status.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::entity::inbound_mail;
use crate::error::ServiceResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboundStatus {
    Processed,
    Quarantined,
    Discarded,
}

impl InboundStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Processed => "processed",
            Self::Quarantined => "quarantined",
            Self::Discarded => "discarded",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "processed" => Self::Processed,
            "quarantined" => Self::Quarantined,
            "discarded" => Self::Discarded,
            // Rows are written with their outcome; anything else is for staff to look at.
            _ => Self::Quarantined,
        }
    }
}

#[derive(Debug, Clone)]
pub struct InboundRow {
    pub id: Uuid,
    pub dedupe_key: String,
    pub message_id: Option<String>,
    pub sha256: String,
    pub size: u64,
    pub source: String,
    pub mailbox: Option<String>,
    pub status: InboundStatus,
    pub reason: Option<String>,
    pub ticket_id: Option<Uuid>,
    pub attempts: u32,
    pub received_at: DateTime<Utc>,
}

/// The record of one message's outcome, written in the transaction that acts on it.
pub struct NewInbound<'a> {
    pub id: Uuid,
    pub dedupe_key: &'a str,
    pub message_id: Option<&'a str>,
    pub sha256: &'a str,
    pub size: u64,
    pub source: &'a str,
    pub mailbox: Option<&'a str>,
    pub raw: &'a [u8],
    pub status: InboundStatus,
    pub reason: Option<&'a str>,
    /// (ticket, message) the mail became.
    pub ticket: Option<(Uuid, Uuid)>,
}

/// Records a message. Returns false when its dedupe key is already recorded (another
/// process or channel got there first): the caller rolls back and reports a duplicate.
pub async fn insert<C: ConnectionTrait>(db: &C, n: NewInbound<'_>) -> ServiceResult<bool> {
    let now = Utc::now();
    let row = inbound_mail::ActiveModel {
        id: Set(n.id),
        dedupe_key: Set(n.dedupe_key.into()),
        message_id: Set(n.message_id.map(String::from)),
        sha256: Set(n.sha256.into()),
        size: Set(i64::try_from(n.size).unwrap_or(i64::MAX)),
        source: Set(n.source.into()),
        mailbox: Set(n.mailbox.map(String::from)),
        raw: Set(n.raw.to_vec()),
        status: Set(n.status.as_str().into()),
        reason: Set(n.reason.map(String::from)),
        ticket_id: Set(n.ticket.map(|t| t.0)),
        ticket_message_id: Set(n.ticket.map(|t| t.1)),
        attempts: Set(1),
        received_at: Set(now),
        processed_at: Set(Some(now)),
    };
    let inserted = inbound_mail::Entity::insert(row)
        .on_conflict(OnConflict::column(inbound_mail::Column::DedupeKey).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(inserted == 1)
}

/// Which of these dedupe keys are already recorded.
pub async fn existing_keys<C: ConnectionTrait>(
    db: &C,
    keys: &[String],
) -> ServiceResult<std::collections::HashSet<String>> {
    if keys.is_empty() {
        return Ok(Default::default());
    }
    Ok(inbound_mail::Entity::find()
        .select_only()
        .column(inbound_mail::Column::DedupeKey)
        .filter(inbound_mail::Column::DedupeKey.is_in(keys.iter().cloned()))
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

pub async fn key_exists<C: ConnectionTrait>(db: &C, key: &str) -> ServiceResult<bool> {
    Ok(!existing_keys(db, &[key.to_string()]).await?.is_empty())
}

/// The raw bytes of a recorded message.
pub async fn raw<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<Vec<u8>>> {
    Ok(inbound_mail::Entity::find_by_id(id)
        .select_only()
        .column(inbound_mail::Column::Raw)
        .into_tuple::<Vec<u8>>()
        .one(db)
        .await?)
}

pub async fn get<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<InboundRow>> {
    Ok(inbound_mail::Entity::find_by_id(id).one(db).await?.map(to_row))
}

/// Records the new outcome of a quarantined message that was processed again.
/// Returns false when it was not quarantined any more (someone else retried it).
pub async fn update_outcome<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    status: InboundStatus,
    reason: Option<&str>,
    ticket: Option<(Uuid, Uuid)>,
) -> ServiceResult<bool> {
    let res = inbound_mail::Entity::update_many()
        .col_expr(inbound_mail::Column::Status, Expr::value(status.as_str()))
        .col_expr(inbound_mail::Column::Reason, Expr::value(reason.map(String::from)))
        .col_expr(inbound_mail::Column::TicketId, Expr::value(ticket.map(|t| t.0)))
        .col_expr(inbound_mail::Column::TicketMessageId, Expr::value(ticket.map(|t| t.1)))
        .col_expr(inbound_mail::Column::ProcessedAt, Expr::value(Utc::now()))
        .col_expr(inbound_mail::Column::Attempts, Expr::col(inbound_mail::Column::Attempts).add(1))
        .filter(inbound_mail::Column::Id.eq(id))
        .filter(inbound_mail::Column::Status.eq(InboundStatus::Quarantined.as_str()))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Rows with a status, newest first, each with its raw bytes (one query).
pub async fn list<C: ConnectionTrait>(
    db: &C,
    status: InboundStatus,
    limit: u64,
) -> ServiceResult<Vec<(InboundRow, Vec<u8>)>> {
    Ok(inbound_mail::Entity::find()
        .filter(inbound_mail::Column::Status.eq(status.as_str()))
        .order_by_desc(inbound_mail::Column::ReceivedAt)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|mut m| {
            let raw = std::mem::take(&mut m.raw);
            (to_row(m), raw)
        })
        .collect())
}

fn to_row(m: inbound_mail::Model) -> InboundRow {
    InboundRow {
        id: m.id,
        dedupe_key: m.dedupe_key,
        message_id: m.message_id,
        sha256: m.sha256,
        size: u64::try_from(m.size).unwrap_or(0),
        source: m.source,
        mailbox: m.mailbox,
        status: InboundStatus::parse(&m.status),
        reason: m.reason,
        ticket_id: m.ticket_id,
        attempts: u32::try_from(m.attempts).unwrap_or(0),
        received_at: m.received_at,
    }
}
