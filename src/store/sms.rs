//! The SMS outbox and its delivery receipts.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    Statement, Value,
};
use uuid::Uuid;

use super::entity::{sms_message, sms_receipt};
pub use crate::domain::Sms;
use crate::domain::{NoticeChannel, PersonId, SmsPurpose, SmsStatus, TicketId};
use crate::error::ServiceResult;

fn from_model(m: sms_message::Model) -> Sms {
    Sms {
        id: m.id,
        person: m.person_id.map(PersonId),
        certificate: m.certificate_id,
        ticket: m.ticket_id.map(TicketId),
        purpose: SmsPurpose::parse(&m.purpose).unwrap_or(SmsPurpose::Resend),
        channel: NoticeChannel::parse(&m.channel).unwrap_or(NoticeChannel::Sms),
        idempotency_key: m.idempotency_key,
        phone: m.phone,
        body: m.body,
        status: SmsStatus::parse(&m.status).unwrap_or(SmsStatus::Dead),
        gateway_message_id: m.gateway_message_id,
        attempts: u32::try_from(m.attempts).unwrap_or_default(),
        last_error: m.last_error,
        receipt_status: m.receipt_status,
        created_at: m.created_at,
        updated_at: m.updated_at,
        sent_at: m.sent_at,
        delivered_at: m.delivered_at,
    }
}

pub struct NewSms {
    pub id: Uuid,
    pub person: Option<PersonId>,
    pub certificate: Option<Uuid>,
    pub ticket: Option<TicketId>,
    pub purpose: SmsPurpose,
    pub channel: NoticeChannel,
    pub idempotency_key: String,
    pub phone: Option<String>,
    pub body: String,
    pub status: SmsStatus,
}

fn new_model(r: NewSms, now: chrono::DateTime<Utc>) -> sms_message::ActiveModel {
    sms_message::ActiveModel {
        id: Set(r.id),
        person_id: Set(r.person.map(|p| p.0)),
        certificate_id: Set(r.certificate),
        ticket_id: Set(r.ticket.map(|t| t.0)),
        purpose: Set(r.purpose.as_str().into()),
        idempotency_key: Set(r.idempotency_key),
        phone: Set(r.phone),
        body: Set(r.body),
        status: Set(r.status.as_str().into()),
        gateway_message_id: Set(None),
        attempts: Set(0),
        last_error: Set(None),
        receipt_status: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        sent_at: Set(None),
        delivered_at: Set(None),
        channel: Set(r.channel.as_str().into()),
    }
}

/// Inserts rows, skipping any whose idempotency key exists; returns how many were new.
async fn insert_new_models<C: ConnectionTrait>(
    db: &C,
    models: Vec<sms_message::ActiveModel>,
) -> ServiceResult<u64> {
    let mut inserted = 0;
    for chunk in models.chunks(1000) {
        inserted += sms_message::Entity::insert_many(chunk.to_vec())
            .on_conflict(OnConflict::column(sms_message::Column::IdempotencyKey).do_nothing().to_owned())
            .exec_without_returning(db)
            .await?;
    }
    Ok(inserted)
}

/// Inserts outbox rows; a row whose key exists already is skipped (idempotent).
pub async fn insert_many<C: ConnectionTrait>(db: &C, rows: Vec<NewSms>) -> ServiceResult<()> {
    let now = Utc::now();
    insert_new_models(db, rows.into_iter().map(|r| new_model(r, now)).collect()).await?;
    Ok(())
}

/// Inserts one outbox row; `false` when its key existed already (nothing inserted).
pub async fn insert_one<C: ConnectionTrait>(db: &C, row: NewSms) -> ServiceResult<bool> {
    Ok(insert_new_models(db, vec![new_model(row, Utc::now())]).await? == 1)
}

pub async fn by_key<C: ConnectionTrait>(db: &C, key: &str) -> ServiceResult<Option<Sms>> {
    Ok(sms_message::Entity::find()
        .filter(sms_message::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
        .map(from_model))
}

pub async fn find<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<Sms>> {
    Ok(sms_message::Entity::find_by_id(id).one(db).await?.map(from_model))
}

pub async fn by_gateway_id<C: ConnectionTrait>(db: &C, gateway_id: &str) -> ServiceResult<Option<Sms>> {
    Ok(sms_message::Entity::find()
        .filter(sms_message::Column::GatewayMessageId.eq(gateway_id))
        .one(db)
        .await?
        .map(from_model))
}

pub async fn of_person<C: ConnectionTrait>(db: &C, person: PersonId) -> ServiceResult<Vec<Sms>> {
    Ok(sms_message::Entity::find()
        .filter(sms_message::Column::PersonId.eq(person.0))
        .order_by_desc(sms_message::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect())
}

/// Moves `id` from `from` to `to` if nobody moved it meanwhile. Returns whether it did.
#[allow(clippy::too_many_arguments)]
pub async fn transition<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    from: SmsStatus,
    to: SmsStatus,
    at: DateTime<Utc>,
    gateway_id: Option<&str>,
    receipt: Option<&str>,
    error: Option<&str>,
) -> ServiceResult<bool> {
    let mut q = sms_message::Entity::update_many()
        .col_expr(sms_message::Column::Status, Expr::value(to.as_str()))
        .col_expr(sms_message::Column::UpdatedAt, Expr::value(at));
    if let Some(g) = gateway_id {
        q = q
            .col_expr(sms_message::Column::GatewayMessageId, Expr::value(g))
            .col_expr(sms_message::Column::SentAt, Expr::value(at));
    }
    if let Some(r) = receipt {
        q = q.col_expr(sms_message::Column::ReceiptStatus, Expr::value(r));
    }
    if to == SmsStatus::Delivered {
        q = q.col_expr(sms_message::Column::DeliveredAt, Expr::value(at));
    }
    if let Some(e) = error {
        q = q.col_expr(sms_message::Column::LastError, Expr::value(e.chars().take(1000).collect::<String>()));
    }
    let r = q
        .filter(sms_message::Column::Id.eq(id))
        .filter(sms_message::Column::Status.eq(from.as_str()))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// An SMS the gateway accepted: it moves from `from` to `to` (queued, or delivered
/// for a gateway that knows at once) under the gateway's message id.
pub struct Accepted<'a> {
    pub id: Uuid,
    pub from: SmsStatus,
    pub to: SmsStatus,
    pub gateway_id: &'a str,
}

#[derive(FromQueryResult)]
struct Moved {
    id: Uuid,
}

/// Records a batch of accepted SMS in one statement; a row someone else moved
/// meanwhile is left alone. Returns the ids that moved.
pub async fn mark_accepted<C: ConnectionTrait>(
    db: &C,
    rows: &[Accepted<'_>],
    at: DateTime<Utc>,
) -> ServiceResult<HashSet<Uuid>> {
    if rows.is_empty() {
        return Ok(HashSet::new());
    }
    let backend = db.get_database_backend();
    let p = |i: usize| super::param(backend, i);
    let mut values: Vec<Value> = vec![at.into()];
    let mut tuples = Vec::with_capacity(rows.len());
    for r in rows {
        let n = values.len();
        tuples.push(format!("({}, {}, {}, {})", p(n + 1), p(n + 2), p(n + 3), p(n + 4)));
        values.extend([r.id.into(), r.gateway_id.into(), r.to.as_str().into(), r.from.as_str().into()]);
    }
    let sql = format!(
        "WITH v(id, g, st, from_st) AS (VALUES {}) \
         UPDATE sms_message SET status = v.st, gateway_message_id = v.g, sent_at = {at}, updated_at = {at}, \
         delivered_at = CASE WHEN v.st = 'delivered' THEN {at} ELSE sms_message.delivered_at END \
         FROM v \
         WHERE sms_message.id = v.id AND sms_message.status = v.from_st RETURNING sms_message.id",
        tuples.join(", "),
        at = p(1),
    );
    Ok(Moved::find_by_statement(Statement::from_sql_and_values(backend, sql, values))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect())
}

/// Records an attempt before the SMS goes to the gateway: `from` → `sending`, one
/// more attempt. False when someone else moved it first (nothing to send then).
pub async fn start_attempt<C: ConnectionTrait>(db: &C, id: Uuid, from: SmsStatus) -> ServiceResult<bool> {
    let r = sms_message::Entity::update_many()
        .col_expr(sms_message::Column::Status, Expr::value(SmsStatus::Sending.as_str()))
        .col_expr(sms_message::Column::Attempts, Expr::col(sms_message::Column::Attempts).add(1))
        .col_expr(sms_message::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(sms_message::Column::Id.eq(id))
        .filter(sms_message::Column::Status.eq(from.as_str()))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// A failed attempt that will be retried: back to `pending` with the error.
pub async fn attempt_failed<C: ConnectionTrait>(db: &C, id: Uuid, error: &str) -> ServiceResult<()> {
    sms_message::Entity::update_many()
        .col_expr(sms_message::Column::Status, Expr::value(SmsStatus::Pending.as_str()))
        .col_expr(sms_message::Column::LastError, Expr::value(error.chars().take(1000).collect::<String>()))
        .col_expr(sms_message::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(sms_message::Column::Id.eq(id))
        .filter(sms_message::Column::Status.eq(SmsStatus::Sending.as_str()))
        .exec(db)
        .await?;
    Ok(())
}

pub struct NewReceipt<'a> {
    pub gateway_message_id: &'a str,
    pub status: &'a str,
    pub level: i16,
    pub error_code: Option<&'a str>,
    pub raw: serde_json::Value,
}

/// Stores a receipt; the same (message, status, level) twice is stored once.
/// Returns whether it was new.
pub async fn insert_receipt<C: ConnectionTrait>(db: &C, r: NewReceipt<'_>) -> ServiceResult<bool> {
    let n = sms_receipt::Entity::insert(sms_receipt::ActiveModel {
        id: Set(Uuid::now_v7()),
        gateway_message_id: Set(r.gateway_message_id.into()),
        status: Set(r.status.into()),
        level: Set(r.level),
        error_code: Set(r.error_code.map(Into::into)),
        raw: Set(r.raw),
        received_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            sms_receipt::Column::GatewayMessageId,
            sms_receipt::Column::Status,
            sms_receipt::Column::Level,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(n > 0)
}

/// Receipt statuses stored for each of `gateway_ids` that has any, oldest first.
pub async fn receipts_for_many<C: ConnectionTrait>(
    db: &C,
    gateway_ids: &[&str],
) -> ServiceResult<HashMap<String, Vec<String>>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    if gateway_ids.is_empty() {
        return Ok(out);
    }
    for r in sms_receipt::Entity::find()
        .filter(sms_receipt::Column::GatewayMessageId.is_in(gateway_ids.iter().map(|g| g.to_string())))
        .order_by_asc(sms_receipt::Column::ReceivedAt)
        .all(db)
        .await?
    {
        out.entry(r.gateway_message_id).or_default().push(r.status);
    }
    Ok(out)
}
