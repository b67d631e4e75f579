//! The outbound WhatsApp queue and the statuses Meta posts for it. A status only moves
//! a message forward; one that arrives before the send is recorded waits in
//! `whatsapp_status` and is applied when the send is.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::domain::whatsapp::{OutboundStatus, StatusUpdate};
use crate::domain::TicketId;
use crate::error::ServiceResult;
use crate::store::entity::{whatsapp_outbound as out, whatsapp_status as st};

#[derive(Debug, Clone)]
pub struct Outbound {
    pub id: Uuid,
    pub conversation: Uuid,
    pub ticket: Option<TicketId>,
    pub message: Option<Uuid>,
    pub purpose: String,
    pub body: String,
    pub template: Option<String>,
    pub status: OutboundStatus,
    pub wamid: Option<String>,
    pub attempts: u32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub read_at: Option<DateTime<Utc>>,
}

fn from_model(m: out::Model) -> Outbound {
    Outbound {
        id: m.id,
        conversation: m.conversation_id,
        ticket: m.ticket_id.map(TicketId),
        message: m.ticket_message_id,
        purpose: m.purpose,
        body: m.body,
        template: m.template,
        status: OutboundStatus::parse(&m.status).unwrap_or(OutboundStatus::Failed),
        wamid: m.wamid,
        attempts: u32::try_from(m.attempts).unwrap_or_default(),
        last_error: m.last_error,
        created_at: m.created_at,
        sent_at: m.sent_at,
        delivered_at: m.delivered_at,
        read_at: m.read_at,
    }
}

pub struct NewOutbound {
    pub id: Uuid,
    pub conversation: Uuid,
    pub ticket: Option<TicketId>,
    pub message: Option<Uuid>,
    pub purpose: &'static str,
    /// Unique: the same reply or notice is never queued twice.
    pub idempotency_key: String,
    pub body: String,
    pub template: Option<String>,
    pub status: OutboundStatus,
}

/// Queues a message; false when its idempotency key is already queued.
pub async fn insert_outbound<C: ConnectionTrait>(
    db: &C,
    n: NewOutbound,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let m = out::ActiveModel {
        id: Set(n.id),
        conversation_id: Set(n.conversation),
        ticket_id: Set(n.ticket.map(|t| t.0)),
        ticket_message_id: Set(n.message),
        purpose: Set(n.purpose.into()),
        idempotency_key: Set(n.idempotency_key),
        body: Set(n.body),
        template: Set(n.template),
        status: Set(n.status.as_str().into()),
        wamid: Set(None),
        attempts: Set(0),
        last_error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        sent_at: Set(None),
        delivered_at: Set(None),
        read_at: Set(None),
    };
    let n = out::Entity::insert(m)
        .on_conflict(OnConflict::column(out::Column::IdempotencyKey).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(n == 1)
}

pub async fn outbound<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<Outbound>> {
    Ok(out::Entity::find_by_id(id).one(db).await?.map(from_model))
}

/// Moves a message from `from` to `to` (false: it was not in `from` any more).
pub async fn transition<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    from: OutboundStatus,
    to: OutboundStatus,
    error: Option<&str>,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let mut q = out::Entity::update_many()
        .col_expr(out::Column::Status, Expr::value(to.as_str()))
        .col_expr(out::Column::UpdatedAt, Expr::value(now))
        .filter(out::Column::Id.eq(id))
        .filter(out::Column::Status.eq(from.as_str()));
    if let Some(e) = error {
        q = q.col_expr(out::Column::LastError, Expr::value(e));
    }
    Ok(q.exec(db).await?.rows_affected == 1)
}

/// Counts one more try (and its error, if it failed).
pub async fn attempted<C: ConnectionTrait>(db: &C, id: Uuid, error: Option<&str>) -> ServiceResult<()> {
    out::Entity::update_many()
        .col_expr(out::Column::Attempts, Expr::col(out::Column::Attempts).add(1))
        .col_expr(out::Column::LastError, Expr::value(error.map(str::to_owned)))
        .filter(out::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Meta took the message: its id.
pub async fn mark_sent<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    wamid: &str,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let q = out::Entity::update_many()
        .col_expr(out::Column::Status, Expr::value(OutboundStatus::Sent.as_str()))
        .col_expr(out::Column::Wamid, Expr::value(wamid))
        .col_expr(out::Column::SentAt, Expr::value(now))
        .col_expr(out::Column::UpdatedAt, Expr::value(now))
        .filter(out::Column::Id.eq(id))
        .filter(out::Column::Status.eq(OutboundStatus::Queued.as_str()));
    Ok(q.exec(db).await?.rows_affected == 1)
}

/// Serialises the send's record and a status for the same message id until the
/// transaction ends.
pub async fn lock_wamid<C: ConnectionTrait>(db: &C, wamid: &str) -> ServiceResult<()> {
    super::xact_locks(db, &[wamid_lock(wamid)]).await
}

/// The advisory lock's name for a message id (taken again later in the same
/// transaction, an advisory lock is simply held twice).
pub fn wamid_lock(wamid: &str) -> String {
    format!("wamid:{wamid}")
}

/// Replies held for a closed window, oldest first.
pub async fn awaiting_window<C: ConnectionTrait>(db: &C, conversation: Uuid) -> ServiceResult<Vec<Outbound>> {
    Ok(out::Entity::find()
        .filter(out::Column::ConversationId.eq(conversation))
        .filter(out::Column::Status.eq(OutboundStatus::AwaitingWindow.as_str()))
        .order_by_asc(out::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect())
}

/// What went to a ticket's citizen by WhatsApp, oldest first.
pub async fn outbound_of_ticket<C: ConnectionTrait>(
    db: &C,
    ticket: TicketId,
) -> ServiceResult<Vec<Outbound>> {
    Ok(out::Entity::find()
        .filter(out::Column::TicketId.eq(ticket.0))
        .order_by_asc(out::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect())
}

/// Records a status once and moves its message forward if known and allowed.
/// Returns the message when it moved.
pub async fn apply_status<C: ConnectionTrait>(
    db: &C,
    s: &StatusUpdate,
    now: DateTime<Utc>,
) -> ServiceResult<Option<Outbound>> {
    lock_wamid(db, &s.wamid).await?;
    let row = st::ActiveModel {
        wamid: Set(s.wamid.clone()),
        status: Set(s.state.as_str().into()),
        at: Set(s.at),
        error_code: Set(s.error.as_ref().map(|e| e.0)),
        error_title: Set(s.error.as_ref().map(|e| e.1.clone())),
        received_at: Set(now),
    };
    st::Entity::insert(row)
        .on_conflict(OnConflict::columns([st::Column::Wamid, st::Column::Status]).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    let Some(m) = out::Entity::find().filter(out::Column::Wamid.eq(s.wamid.as_str())).one(db).await? else {
        return Ok(None);
    };
    let current = from_model(m);
    if !s.state.may_follow(current.status.delivery()) {
        return Ok(None);
    }
    let to = OutboundStatus::from(s.state);
    let mut q = out::Entity::update_many()
        .col_expr(out::Column::Status, Expr::value(to.as_str()))
        .col_expr(out::Column::UpdatedAt, Expr::value(now))
        .filter(out::Column::Id.eq(current.id))
        .filter(out::Column::Status.eq(current.status.as_str()));
    q = match to {
        OutboundStatus::Delivered => q.col_expr(out::Column::DeliveredAt, Expr::value(s.at)),
        OutboundStatus::Read => q.col_expr(out::Column::ReadAt, Expr::value(s.at)),
        OutboundStatus::Failed => q.col_expr(
            out::Column::LastError,
            Expr::value(
                s.error.as_ref().map(|(c, t)| format!("{c}: {t}")).unwrap_or_else(|| "failed".into()),
            ),
        ),
        _ => q,
    };
    if q.exec(db).await?.rows_affected != 1 {
        return Ok(None);
    }
    outbound(db, current.id).await
}

/// Statuses recorded for a message id before its send was (the webhook raced the API).
pub async fn early_statuses<C: ConnectionTrait>(db: &C, wamid: &str) -> ServiceResult<Vec<StatusUpdate>> {
    Ok(st::Entity::find()
        .filter(st::Column::Wamid.eq(wamid))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|m| {
            Some(StatusUpdate {
                wamid: m.wamid,
                state: crate::domain::whatsapp::DeliveryState::parse(&m.status)?,
                at: m.at,
                error: m.error_code.map(|c| (c, m.error_title.unwrap_or_default())),
            })
        })
        .collect())
}

/// Messages by status, for the channel's state.
pub async fn count<C: ConnectionTrait>(db: &C, status: OutboundStatus) -> ServiceResult<u64> {
    Ok(out::Entity::find().filter(out::Column::Status.eq(status.as_str())).count(db).await?)
}
