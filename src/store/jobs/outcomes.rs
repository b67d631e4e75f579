//! How a claimed job ends: done, retried later, failed, or released unstarted; each
//! only while the worker still holds it.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, UpdateMany};
use uuid::Uuid;

use crate::error::ServiceResult;
use crate::store::entity::job;

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
