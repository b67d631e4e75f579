//! Aggregate counts for statistics and metrics.

use sea_orm::sea_query::{Alias, Expr, Func, Query};
use sea_orm::{ConnectionTrait, EntityTrait, Iden};

use super::entity::{job, ticket};
use crate::error::ServiceResult;

/// `(value, count)` pairs of a GROUP BY over one column of a table.
async fn count_by<C: ConnectionTrait, E: EntityTrait>(
    db: &C,
    entity: E,
    column: E::Column,
) -> ServiceResult<Vec<(String, i64)>>
where
    E::Column: Iden + Copy + 'static,
{
    let stmt = Query::select()
        .expr_as(Expr::col(column), Alias::new("k"))
        .expr_as(Func::count(Expr::col(column)), Alias::new("n"))
        .from(entity)
        .group_by_col(column)
        .to_owned();
    let rows = db.query_all(&stmt).await?;
    rows.into_iter()
        .map(|r| Ok((r.try_get::<Option<String>>("", "k")?.unwrap_or_default(), r.try_get::<i64>("", "n")?)))
        .collect()
}

pub async fn tickets_by<C: ConnectionTrait>(
    db: &C,
    column: ticket::Column,
) -> ServiceResult<Vec<(String, i64)>> {
    count_by(db, ticket::Entity, column).await
}

pub async fn jobs_by_status<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<(String, i64)>> {
    count_by(db, job::Entity, job::Column::Status).await
}
