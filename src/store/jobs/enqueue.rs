//! Putting jobs in the queue: one, many, or one unless an equal job already waits
//! (idempotency keys make every insert safe to repeat).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{LockBehavior, LockType, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QuerySelect,
};
use uuid::Uuid;

use crate::domain::NewJob;
use crate::error::ServiceResult;
use crate::store::entity::job;

fn row(j: NewJob, now: DateTime<Utc>) -> job::ActiveModel {
    job::ActiveModel {
        id: Set(Uuid::now_v7()),
        kind: Set(j.kind.into()),
        payload: Set(j.payload),
        idempotency_key: Set(j.idempotency_key),
        status: Set("pending".into()),
        lane: Set(j.lane.as_str().into()),
        attempts: Set(0),
        max_attempts: Set(i32::try_from(j.max_attempts).unwrap_or(i32::MAX)),
        run_at: Set(j.run_at),
        locked_until: Set(None),
        locked_by: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// Inserts a job unless one with the same idempotency key exists. Returns whether it was new.
pub async fn enqueue<C: ConnectionTrait>(db: &C, j: NewJob) -> ServiceResult<bool> {
    let n = job::Entity::insert(row(j, Utc::now()))
        .on_conflict(OnConflict::column(job::Column::IdempotencyKey).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(n > 0)
}

/// Inserts many jobs in few statements (idempotent like `enqueue`).
pub async fn enqueue_many<C: ConnectionTrait>(db: &C, jobs: Vec<NewJob>) -> ServiceResult<()> {
    let now = Utc::now();
    let rows: Vec<_> = jobs.into_iter().map(|j| row(j, now)).collect();
    for chunk in rows.chunks(1000) {
        job::Entity::insert_many(chunk.to_vec())
            .on_conflict(OnConflict::column(job::Column::IdempotencyKey).do_nothing().to_owned())
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Inserts a job of `j.kind` unless one is already waiting to run no later than it
/// would: a sweep that is pending will see whatever the caller just wrote, so a second
/// one adds nothing.
///
/// Call it in the transaction that made the work due. On PostgreSQL the waiting job is
/// locked until that transaction ends, so no worker claims it (claims skip locked rows)
/// and sweeps before the caller's writes are visible (that lost the caller's work); a
/// waiting job another transaction holds is skipped and a job of our own inserted, so
/// writers never queue behind each other (an extra sweep finds nothing and is cheap).
/// On SQLite the caller already holds the only write lock, so no claim can interleave.
pub async fn enqueue_coalesced<C: ConnectionTrait>(db: &C, j: NewJob) -> ServiceResult<bool> {
    // By lane first: the (lane, status, run_at) index keeps this off the million
    // pending SMS jobs of another lane.
    let mut q = job::Entity::find()
        .filter(job::Column::Lane.eq(j.lane.as_str()))
        .filter(job::Column::Status.eq("pending"))
        .filter(job::Column::Kind.eq(j.kind))
        // A retry waiting out its backoff would hold the caller's work back with it.
        .filter(job::Column::RunAt.lte(j.run_at));
    if db.get_database_backend() == DbBackend::Postgres {
        q = q.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let waiting = q.one(db).await?;
    if waiting.is_some() {
        return Ok(false);
    }
    enqueue(db, j).await
}
