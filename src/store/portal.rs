//! Portal state shared by every certdesk process: rate-limit counters, one-time-code
//! challenges and verified sessions. Keys and tokens arrive already hashed.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use serde_json::Value;
use uuid::Uuid;

use super::entity::{otp_challenge, portal_session};
use super::param;
use crate::domain::{OtpPurpose, PersonId, TicketId};
use crate::error::{ServiceError, ServiceResult};

/// Counts one hit on each `(key, window_ms)` in its fixed window, in one statement (so
/// concurrent processes never lose a hit); returns (hits in the window, window start in
/// Unix ms) per key, in the order given.
pub async fn hit_many<C: ConnectionTrait>(
    db: &C,
    keys: &[(&str, i64)],
    now_ms: i64,
) -> ServiceResult<Vec<(i64, i64)>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let b = db.get_database_backend();
    let mut values = Vec::with_capacity(keys.len() * 2 + 1);
    values.push(now_ms.into());
    let rows: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(i, (k, w))| {
            values.push((*k).into());
            values.push((*w).into());
            format!("({}, {}, 1, {})", param(b, 2 * i + 2), param(b, 1), param(b, 2 * i + 3))
        })
        .collect();
    let sql = format!(
        "INSERT INTO rate_counter (key, window_start, hits, window_ms) VALUES {} \
         ON CONFLICT (key) DO UPDATE SET \
           hits = CASE WHEN rate_counter.window_start <= excluded.window_start - excluded.window_ms \
                  THEN 1 ELSE rate_counter.hits + 1 END, \
           window_start = CASE WHEN rate_counter.window_start <= excluded.window_start - excluded.window_ms \
                  THEN excluded.window_start ELSE rate_counter.window_start END, \
           window_ms = excluded.window_ms \
         RETURNING key, hits, window_start",
        rows.join(", ")
    );
    let got = db.query_all_raw(Statement::from_sql_and_values(b, sql, values)).await?;
    let mut by_key = std::collections::HashMap::new();
    for r in got {
        let key: String = r.try_get("", "key")?;
        by_key.insert(key, (i64::from(r.try_get::<i32>("", "hits")?), r.try_get::<i64>("", "window_start")?));
    }
    keys.iter()
        .map(|(k, _)| {
            by_key.get(*k).copied().ok_or_else(|| {
                ServiceError::Internal(anyhow::anyhow!("rate counter upsert returned no row for a key"))
            })
        })
        .collect()
}

/// Hits on `key` in the window that is still open, without counting one.
pub async fn hits<C: ConnectionTrait>(
    db: &C,
    key: &str,
    now_ms: i64,
    window_ms: i64,
) -> ServiceResult<(i64, i64)> {
    let b = db.get_database_backend();
    let sql = format!(
        "SELECT hits, window_start FROM rate_counter WHERE key = {} AND window_start > {}",
        param(b, 1),
        param(b, 2)
    );
    let row = db
        .query_one_raw(Statement::from_sql_and_values(b, sql, [key.into(), (now_ms - window_ms).into()]))
        .await?;
    match row {
        None => Ok((0, now_ms)),
        Some(r) => Ok((i64::from(r.try_get::<i32>("", "hits")?), r.try_get("", "window_start")?)),
    }
}

/// Sets a counter to `hits` from now (a supervisor's lock, or clearing one with 0).
/// Drops counters whose window closed long ago.
pub async fn prune_counters<C: ConnectionTrait>(db: &C, before_ms: i64) -> ServiceResult<u64> {
    let b = db.get_database_backend();
    let sql = format!("DELETE FROM rate_counter WHERE window_start < {}", param(b, 1));
    Ok(db.execute_raw(Statement::from_sql_and_values(b, sql, [before_ms.into()])).await?.rows_affected())
}

/// A code in flight, as services see it.
#[derive(Debug, Clone)]
pub struct Challenge {
    pub id: Uuid,
    pub purpose: OtpPurpose,
    pub person: Option<PersonId>,
    pub ticket: Option<TicketId>,
    pub phone: Option<String>,
    pub code_hash: String,
    pub attempts: u32,
    pub sends: u32,
    pub data: Option<Value>,
    pub expires_at: DateTime<Utc>,
    pub last_sent_at: Option<DateTime<Utc>>,
    pub verified_at: Option<DateTime<Utc>>,
}

pub struct NewChallenge {
    pub id: Uuid,
    pub flow_hash: String,
    pub purpose: OtpPurpose,
    pub person: Option<PersonId>,
    pub ticket: Option<TicketId>,
    pub phone: Option<String>,
    pub code_hash: String,
    pub data: Option<Value>,
    pub expires_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

pub async fn insert_challenge<C: ConnectionTrait>(
    db: &C,
    c: NewChallenge,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    otp_challenge::Entity::insert(otp_challenge::ActiveModel {
        id: Set(c.id),
        flow_hash: Set(c.flow_hash),
        purpose: Set(c.purpose.as_str().into()),
        person_id: Set(c.person.map(|p| p.0)),
        ticket_id: Set(c.ticket.map(|t| t.0)),
        phone: Set(c.phone),
        code_hash: Set(c.code_hash),
        attempts: Set(0),
        sends: Set(i32::from(c.sent_at.is_some())),
        data: Set(c.data),
        expires_at: Set(c.expires_at),
        last_sent_at: Set(c.sent_at),
        verified_at: Set(None),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

fn challenge_of(m: otp_challenge::Model) -> ServiceResult<Challenge> {
    Ok(Challenge {
        id: m.id,
        purpose: OtpPurpose::parse(&m.purpose).map_err(|e| ServiceError::Internal(e.into()))?,
        person: m.person_id.map(PersonId),
        ticket: m.ticket_id.map(TicketId),
        phone: m.phone,
        code_hash: m.code_hash,
        attempts: u32::try_from(m.attempts).unwrap_or(0),
        sends: u32::try_from(m.sends).unwrap_or(0),
        data: m.data,
        expires_at: m.expires_at,
        last_sent_at: m.last_sent_at,
        verified_at: m.verified_at,
    })
}

pub async fn challenge_by_id<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<Challenge>> {
    otp_challenge::Entity::find_by_id(id).one(db).await?.map(challenge_of).transpose()
}

pub async fn challenge_by_flow<C: ConnectionTrait>(
    db: &C,
    flow_hash: &str,
) -> ServiceResult<Option<Challenge>> {
    otp_challenge::Entity::find()
        .filter(otp_challenge::Column::FlowHash.eq(flow_hash))
        .one(db)
        .await?
        .map(challenge_of)
        .transpose()
}

/// Takes one try of a live challenge: the attempts used so far including this one, or
/// `None` when none is left (used up, verified or expired). One statement, so parallel
/// tries each take their own (the row lock orders them).
pub async fn take_attempt<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    max: u32,
    now: DateTime<Utc>,
) -> ServiceResult<Option<u32>> {
    let r = otp_challenge::Entity::update_many()
        .col_expr(otp_challenge::Column::Attempts, Expr::col(otp_challenge::Column::Attempts).add(1))
        .filter(otp_challenge::Column::Id.eq(id))
        .filter(otp_challenge::Column::Attempts.lt(i64::from(max)))
        .filter(otp_challenge::Column::VerifiedAt.is_null())
        .filter(otp_challenge::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    if r.rows_affected != 1 {
        return Ok(None);
    }
    let used = otp_challenge::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|m| i64::from(m.attempts))
        .unwrap_or(i64::from(max));
    Ok(Some(u32::try_from(used).unwrap_or(max)))
}

/// Marks the challenge used; `false` if it already was (a replayed code).
pub async fn mark_verified<C: ConnectionTrait>(db: &C, id: Uuid, now: DateTime<Utc>) -> ServiceResult<bool> {
    let r = otp_challenge::Entity::update_many()
        .col_expr(otp_challenge::Column::VerifiedAt, Expr::value(now))
        .filter(otp_challenge::Column::Id.eq(id))
        .filter(otp_challenge::Column::VerifiedAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

pub async fn mark_sent<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    sends: u32,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let r = otp_challenge::Entity::update_many()
        .col_expr(otp_challenge::Column::Sends, Expr::value(i64::from(sends) + 1))
        .col_expr(otp_challenge::Column::LastSentAt, Expr::value(now))
        .filter(otp_challenge::Column::Id.eq(id))
        .filter(otp_challenge::Column::Sends.eq(i64::from(sends)))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

pub async fn prune_challenges<C: ConnectionTrait>(db: &C, before: DateTime<Utc>) -> ServiceResult<u64> {
    Ok(otp_challenge::Entity::delete_many()
        .filter(otp_challenge::Column::ExpiresAt.lt(before))
        .exec(db)
        .await?
        .rows_affected)
}

/// What a verified session may act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Session {
    pub person: Option<PersonId>,
    pub ticket: Option<TicketId>,
    pub expires_at: DateTime<Utc>,
}

pub async fn insert_session<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
    s: Session,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    portal_session::Entity::insert(portal_session::ActiveModel {
        token_hash: Set(token_hash.into()),
        person_id: Set(s.person.map(|p| p.0)),
        ticket_id: Set(s.ticket.map(|t| t.0)),
        expires_at: Set(s.expires_at),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn session<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
    now: DateTime<Utc>,
) -> ServiceResult<Option<Session>> {
    Ok(portal_session::Entity::find_by_id(token_hash.to_string())
        .filter(portal_session::Column::ExpiresAt.gt(now))
        .one(db)
        .await?
        .map(|m| Session {
            person: m.person_id.map(PersonId),
            ticket: m.ticket_id.map(TicketId),
            expires_at: m.expires_at,
        }))
}

pub async fn delete_session<C: ConnectionTrait>(db: &C, token_hash: &str) -> ServiceResult<()> {
    portal_session::Entity::delete_by_id(token_hash.to_string()).exec(db).await?;
    Ok(())
}

pub async fn prune_sessions<C: ConnectionTrait>(db: &C, before: DateTime<Utc>) -> ServiceResult<u64> {
    Ok(portal_session::Entity::delete_many()
        .filter(portal_session::Column::ExpiresAt.lt(before))
        .exec(db)
        .await?
        .rows_affected)
}
