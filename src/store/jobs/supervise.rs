//! The queue as operators watch and tend it: counts, per-lane figures, a listing, and
//! putting a failed job back.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::domain::Lane;
use crate::error::ServiceResult;
use crate::store::entity::job;

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
