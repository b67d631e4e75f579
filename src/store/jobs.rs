//! The durable job queue. Workers claim due jobs of their lane in batches under a
//! lease (`locked_until`) that they renew while they work; on PostgreSQL the claim uses
//! `FOR UPDATE SKIP LOCKED`, so several processes share the queue without waiting on
//! each other, and on SQLite the single writer connection serialises claims. A job
//! whose worker died is handed back when its lease lapses (`reap_expired`).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QuerySelect, Statement, UpdateMany,
};
use uuid::Uuid;

use super::entity::job;
use crate::domain::{Job, Lane, NewJob};
use crate::error::ServiceResult;

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

#[derive(FromQueryResult)]
struct Claimed {
    id: Uuid,
    kind: String,
    lane: String,
    payload: serde_json::Value,
    attempts: i32,
    max_attempts: i32,
}

/// Whether a job of `lane` (any lane: `None`) is due: a cheap read, so an idle
/// worker does not take SQLite's write lock just to find nothing.
pub async fn any_due<C: ConnectionTrait>(
    db: &C,
    lane: Option<Lane>,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let mut q = job::Entity::find()
        .select_only()
        .column(job::Column::Id)
        .filter(job::Column::Status.eq("pending"))
        .filter(job::Column::RunAt.lte(now));
    if let Some(lane) = lane {
        q = q.filter(job::Column::Lane.eq(lane.as_str()));
    }
    Ok(q.into_tuple::<Uuid>().one(db).await?.is_some())
}

/// Whether a worker is running a job of `lane` now (a lane nobody works on is idle).
pub async fn lane_busy<C: ConnectionTrait>(db: &C, lane: Lane, now: DateTime<Utc>) -> ServiceResult<bool> {
    let busy = job::Entity::find()
        .select_only()
        .column(job::Column::Id)
        .filter(job::Column::Lane.eq(lane.as_str()))
        .filter(job::Column::Status.eq("running"))
        .filter(job::Column::LockedUntil.gte(now))
        .into_tuple::<Uuid>()
        .one(db)
        .await?;
    Ok(busy.is_some())
}

/// Claims up to `limit` due jobs of `lane` (any lane: `None`) for `worker` until
/// `lease_until`, oldest first.
pub async fn claim<C: ConnectionTrait>(
    db: &C,
    lane: Option<Lane>,
    worker: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: u32,
) -> ServiceResult<Vec<Job>> {
    let backend = db.get_database_backend();
    let p = |i: usize| super::param(backend, i);
    let lane_filter = if lane.is_some() { format!("AND lane = {} ", p(5)) } else { String::new() };
    let lock = if backend == DbBackend::Postgres { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = format!(
        "UPDATE job SET status = 'running', locked_until = {lease}, locked_by = {worker}, \
         attempts = attempts + 1, updated_at = {now} \
         WHERE id IN (SELECT id FROM job WHERE status = 'pending' AND run_at <= {now} {lane_filter}\
         ORDER BY run_at LIMIT {limit}{lock}) \
         RETURNING id, kind, lane, payload, attempts, max_attempts",
        lease = p(1),
        worker = p(2),
        now = p(3),
        limit = p(4),
    );
    let mut values: Vec<sea_orm::Value> =
        vec![lease_until.into(), worker.into(), now.into(), i64::from(limit).into()];
    if let Some(lane) = lane {
        values.push(lane.as_str().into());
    }
    let stmt = Statement::from_sql_and_values(backend, sql, values);
    let mut jobs: Vec<Job> = Claimed::find_by_statement(stmt)
        .all(db)
        .await?
        .into_iter()
        .map(|c| Job {
            id: c.id,
            lane: Lane::parse(&c.lane).unwrap_or(Lane::Notify),
            kind: c.kind,
            payload: c.payload,
            attempts: u32::try_from(c.attempts).unwrap_or(u32::MAX),
            max_attempts: u32::try_from(c.max_attempts).unwrap_or(1),
        })
        .collect();
    jobs.sort_by_key(|j| j.id);
    Ok(jobs)
}

/// Renews the lease of every job `worker` is running (its heartbeat), so a long batch
/// keeps its jobs while a dead worker's lapse within one short lease.
pub async fn renew_leases<C: ConnectionTrait>(
    db: &C,
    worker: &str,
    until: DateTime<Utc>,
) -> ServiceResult<u64> {
    let r = job::Entity::update_many()
        .col_expr(job::Column::LockedUntil, Expr::value(until))
        .filter(job::Column::Status.eq("running"))
        .filter(job::Column::LockedBy.eq(worker))
        .exec(db)
        .await?;
    Ok(r.rows_affected)
}

/// Hands back jobs whose worker's lease lapsed (the worker died); a job that used up
/// its attempts this way fails instead of looping. Returns how many were handed back.
pub async fn reap_expired<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> ServiceResult<u64> {
    let expired = || {
        job::Entity::update_many()
            .filter(job::Column::Status.eq("running"))
            .filter(job::Column::LockedUntil.lt(now))
    };
    expired()
        .col_expr(job::Column::Status, Expr::value("failed"))
        .col_expr(job::Column::LastError, Expr::value("lease expired on the last attempt (worker died?)"))
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .filter(Expr::col(job::Column::Attempts).gte(Expr::col(job::Column::MaxAttempts)))
        .exec(db)
        .await?;
    let r = expired()
        .col_expr(job::Column::Status, Expr::value("pending"))
        .col_expr(job::Column::LockedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(job::Column::LastError, Expr::value("lease expired (worker died?)"))
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .exec(db)
        .await?;
    Ok(r.rows_affected)
}

/// An update of jobs `worker` still holds, leaving them unleased. Every outcome goes
/// through it: a worker whose lease lapsed (the job handed to another) must not mark
/// someone else's run done.
fn held_by(worker: &str) -> UpdateMany<job::Entity> {
    job::Entity::update_many()
        .col_expr(job::Column::LockedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(job::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(job::Column::Status.eq("running"))
        .filter(job::Column::LockedBy.eq(worker))
}

pub async fn complete<C: ConnectionTrait>(db: &C, worker: &str, id: Uuid) -> ServiceResult<()> {
    complete_many(db, worker, &[id]).await
}

pub async fn complete_many<C: ConnectionTrait>(db: &C, worker: &str, ids: &[Uuid]) -> ServiceResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    held_by(worker)
        .col_expr(job::Column::Status, Expr::value("done"))
        .filter(job::Column::Id.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn retry_at<C: ConnectionTrait>(
    db: &C,
    worker: &str,
    id: Uuid,
    at: DateTime<Utc>,
    error: &str,
) -> ServiceResult<()> {
    set_state(db, worker, id, "pending", Some(at), Some(error)).await
}

pub async fn fail<C: ConnectionTrait>(db: &C, worker: &str, id: Uuid, error: &str) -> ServiceResult<()> {
    set_state(db, worker, id, "failed", None, Some(error)).await
}

/// Hands back claimed jobs a stopping worker did not start, without counting an attempt.
pub async fn release<C: ConnectionTrait>(db: &C, worker: &str, ids: &[Uuid]) -> ServiceResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    held_by(worker)
        .col_expr(job::Column::Status, Expr::value("pending"))
        .col_expr(job::Column::Attempts, Expr::col(job::Column::Attempts).sub(1))
        .filter(job::Column::Id.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

async fn set_state<C: ConnectionTrait>(
    db: &C,
    worker: &str,
    id: Uuid,
    status: &str,
    run_at: Option<DateTime<Utc>>,
    error: Option<&str>,
) -> ServiceResult<()> {
    let mut q = held_by(worker).col_expr(job::Column::Status, Expr::value(status));
    if let Some(at) = run_at {
        q = q.col_expr(job::Column::RunAt, Expr::value(at));
    }
    if let Some(e) = error {
        q = q.col_expr(job::Column::LastError, Expr::value(e.chars().take(2000).collect::<String>()));
    }
    q.filter(job::Column::Id.eq(id)).exec(db).await?;
    Ok(())
}

/// (kind, status, count) over the whole queue.
pub async fn counts<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<(String, String, i64)>> {
    Ok(job::Entity::find()
        .select_only()
        .column(job::Column::Kind)
        .column(job::Column::Status)
        .column_as(job::Column::Id.count(), "n")
        .group_by(job::Column::Kind)
        .group_by(job::Column::Status)
        .order_by_asc(job::Column::Kind)
        .order_by_asc(job::Column::Status)
        .into_tuple()
        .all(db)
        .await?)
}

/// One lane's queue as operators watch it.
#[derive(Debug, Clone, Default)]
pub struct LaneStats {
    /// Due and not yet claimed.
    pub waiting: i64,
    /// Pending with a later `run_at` (retries in backoff).
    pub scheduled: i64,
    pub running: i64,
    pub failed: i64,
    /// When the oldest waiting job became due.
    pub oldest_waiting: Option<DateTime<Utc>>,
    /// Finished since `since`.
    pub done_recently: i64,
}

/// Per-lane figures: counts by state, the oldest due job and what finished since `since`.
pub async fn lane_stats<C: ConnectionTrait>(
    db: &C,
    lane: Lane,
    now: DateTime<Utc>,
    since: DateTime<Utc>,
) -> ServiceResult<LaneStats> {
    let in_lane = || job::Entity::find().filter(job::Column::Lane.eq(lane.as_str()));
    let count = |q: sea_orm::Select<job::Entity>| async move {
        q.select_only().column_as(job::Column::Id.count(), "n").into_tuple::<i64>().one(db).await
    };
    let pending = || in_lane().filter(job::Column::Status.eq("pending"));
    let oldest = pending()
        .filter(job::Column::RunAt.lte(now))
        .select_only()
        .column(job::Column::RunAt)
        .order_by_asc(job::Column::RunAt)
        .into_tuple::<DateTime<Utc>>()
        .one(db)
        .await?;
    Ok(LaneStats {
        waiting: count(pending().filter(job::Column::RunAt.lte(now))).await?.unwrap_or(0),
        scheduled: count(pending().filter(job::Column::RunAt.gt(now))).await?.unwrap_or(0),
        running: count(in_lane().filter(job::Column::Status.eq("running"))).await?.unwrap_or(0),
        failed: count(in_lane().filter(job::Column::Status.eq("failed"))).await?.unwrap_or(0),
        oldest_waiting: oldest,
        done_recently: count(
            in_lane().filter(job::Column::Status.eq("done")).filter(job::Column::UpdatedAt.gte(since)),
        )
        .await?
        .unwrap_or(0),
    })
}

#[derive(Debug, Clone)]
pub struct JobRow {
    pub id: Uuid,
    pub kind: String,
    pub lane: String,
    pub status: String,
    pub attempts: i32,
    pub max_attempts: i32,
    pub run_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

pub async fn list<C: ConnectionTrait>(
    db: &C,
    status: Option<&str>,
    kind: Option<&str>,
    limit: u64,
) -> ServiceResult<Vec<JobRow>> {
    let mut q = job::Entity::find();
    if let Some(s) = status {
        q = q.filter(job::Column::Status.eq(s));
    }
    if let Some(k) = kind {
        q = q.filter(job::Column::Kind.eq(k));
    }
    Ok(q.order_by_desc(job::Column::UpdatedAt)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|m| JobRow {
            id: m.id,
            kind: m.kind,
            lane: m.lane,
            status: m.status,
            attempts: m.attempts,
            max_attempts: m.max_attempts,
            run_at: m.run_at,
            last_error: m.last_error,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
        .collect())
}

/// Puts a failed job back in the queue with a fresh set of attempts.
/// Returns false when the job does not exist or has not failed.
pub async fn retry_failed<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<bool> {
    let r = job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value("pending"))
        .col_expr(job::Column::Attempts, Expr::value(0))
        .col_expr(job::Column::RunAt, Expr::value(Utc::now()))
        .col_expr(job::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(job::Column::Id.eq(id))
        .filter(job::Column::Status.eq("failed"))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}
