//! The durable job queue. Claiming uses a lease column (`locked_until`) with an
//! optimistic `UPDATE … WHERE`, which PostgreSQL and SQLite both run: a job whose
//! worker died becomes claimable again when its lease lapses.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use super::entity::job;
use crate::error::ServiceResult;

pub struct NewJob {
    pub kind: &'static str,
    pub payload: serde_json::Value,
    /// The same key twice is one job: enqueueing is idempotent.
    pub idempotency_key: Option<String>,
    pub run_at: DateTime<Utc>,
    pub max_attempts: u32,
}

#[derive(Debug, Clone)]
pub struct Job {
    pub id: Uuid,
    pub kind: String,
    pub payload: serde_json::Value,
    pub attempts: u32,
    pub max_attempts: u32,
}

/// Inserts a job unless one with the same idempotency key exists. Returns whether it was new.
pub async fn enqueue<C: ConnectionTrait>(db: &C, j: NewJob) -> ServiceResult<bool> {
    let now = Utc::now();
    let row = job::ActiveModel {
        id: Set(Uuid::now_v7()),
        kind: Set(j.kind.into()),
        payload: Set(j.payload),
        idempotency_key: Set(j.idempotency_key),
        status: Set("pending".into()),
        attempts: Set(0),
        max_attempts: Set(i32::try_from(j.max_attempts).unwrap_or(i32::MAX)),
        run_at: Set(j.run_at),
        locked_until: Set(None),
        locked_by: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let n = job::Entity::insert(row)
        .on_conflict(OnConflict::column(job::Column::IdempotencyKey).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(n > 0)
}

/// Claims one due job for `worker` until `lease_until`, or returns `None`.
pub async fn claim<C: ConnectionTrait>(
    db: &C,
    worker: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
) -> ServiceResult<Option<Job>> {
    let claimable = || {
        Condition::all().add(job::Column::RunAt.lte(now)).add(
            Condition::any()
                .add(job::Column::Status.eq("pending"))
                // A running job whose lease lapsed: its worker died.
                .add(
                    Condition::all()
                        .add(job::Column::Status.eq("running"))
                        .add(job::Column::LockedUntil.lt(now)),
                ),
        )
    };
    // A few tries: another worker may win the race for the same row.
    for _ in 0..4 {
        let Some(candidate) =
            job::Entity::find().filter(claimable()).order_by_asc(job::Column::RunAt).limit(1).one(db).await?
        else {
            return Ok(None);
        };
        let res = job::Entity::update_many()
            .col_expr(job::Column::Status, Expr::value("running"))
            .col_expr(job::Column::LockedUntil, Expr::value(lease_until))
            .col_expr(job::Column::LockedBy, Expr::value(worker))
            .col_expr(job::Column::Attempts, Expr::col(job::Column::Attempts).add(1))
            .col_expr(job::Column::UpdatedAt, Expr::value(now))
            .filter(job::Column::Id.eq(candidate.id))
            .filter(claimable())
            .exec(db)
            .await?;
        if res.rows_affected == 1 {
            return Ok(Some(Job {
                id: candidate.id,
                kind: candidate.kind,
                payload: candidate.payload,
                attempts: u32::try_from(candidate.attempts + 1).unwrap_or(u32::MAX),
                max_attempts: u32::try_from(candidate.max_attempts).unwrap_or(1),
            }));
        }
    }
    Ok(None)
}

pub async fn complete<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<()> {
    set_state(db, id, "done", None, None).await
}

pub async fn retry_at<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    at: DateTime<Utc>,
    error: &str,
) -> ServiceResult<()> {
    set_state(db, id, "pending", Some(at), Some(error)).await
}

pub async fn fail<C: ConnectionTrait>(db: &C, id: Uuid, error: &str) -> ServiceResult<()> {
    set_state(db, id, "failed", None, Some(error)).await
}

async fn set_state<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    status: &str,
    run_at: Option<DateTime<Utc>>,
    error: Option<&str>,
) -> ServiceResult<()> {
    let mut q = job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value(status))
        .col_expr(job::Column::LockedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(job::Column::UpdatedAt, Expr::value(Utc::now()));
    if let Some(at) = run_at {
        q = q.col_expr(job::Column::RunAt, Expr::value(at));
    }
    if let Some(e) = error {
        q = q.col_expr(job::Column::LastError, Expr::value(e.chars().take(2000).collect::<String>()));
    }
    q.filter(job::Column::Id.eq(id)).exec(db).await?;
    Ok(())
}
