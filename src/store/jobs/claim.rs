//! Workers' side of the lease: whether work is due, claiming due jobs under a lease,
//! renewing it while they work, and handing back jobs whose worker died.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, QueryFilter, QuerySelect,
    Statement,
};
use uuid::Uuid;

use crate::domain::{Job, Lane};
use crate::error::ServiceResult;
use crate::store::entity::job;

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

/// Claims up to `limit` due jobs of `lane` and `kind` (any: `None`) for `worker`
/// until `lease_until`, oldest first.
pub async fn claim<C: ConnectionTrait>(
    db: &C,
    lane: Option<Lane>,
    kind: Option<&str>,
    worker: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: u32,
) -> ServiceResult<Vec<Job>> {
    let backend = db.get_database_backend();
    let p = |i: usize| crate::store::param(backend, i);
    let mut filter = String::new();
    let mut values: Vec<sea_orm::Value> =
        vec![lease_until.into(), worker.into(), now.into(), i64::from(limit).into()];
    if let Some(lane) = lane {
        values.push(lane.as_str().into());
        filter.push_str(&format!("AND lane = {} ", p(values.len())));
    }
    if let Some(kind) = kind {
        values.push(kind.into());
        filter.push_str(&format!("AND kind = {} ", p(values.len())));
    }
    let lock = if backend == DbBackend::Postgres { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = format!(
        "UPDATE job SET status = 'running', locked_until = {lease}, locked_by = {worker}, \
         attempts = attempts + 1, updated_at = {now} \
         WHERE id IN (SELECT id FROM job WHERE status = 'pending' AND run_at <= {now} {filter}\
         ORDER BY run_at, id LIMIT {limit}{lock}) \
         RETURNING id, kind, lane, payload, attempts, max_attempts",
        lease = p(1),
        worker = p(2),
        now = p(3),
        limit = p(4),
    );
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
