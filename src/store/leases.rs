//! Named leases (`lease`): who does a piece of once-per-fleet background work, until when.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};

use super::entity::lease;
use crate::error::ServiceResult;

/// Takes `name` for `owner` until `until`, or renews it; false while another owner's
/// lease runs. One conditional update, so two processes never both win.
pub async fn try_take<C: ConnectionTrait>(
    db: &C,
    name: &str,
    owner: &str,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> ServiceResult<bool> {
    lease::Entity::insert(lease::ActiveModel { name: Set(name.into()), owner: Set(None), until: Set(None) })
        .on_conflict(OnConflict::column(lease::Column::Name).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    let res = lease::Entity::update_many()
        .col_expr(lease::Column::Owner, Expr::value(owner))
        .col_expr(lease::Column::Until, Expr::value(until))
        .filter(lease::Column::Name.eq(name))
        .filter(
            Condition::any()
                .add(lease::Column::Owner.is_null())
                .add(lease::Column::Owner.eq(owner))
                .add(lease::Column::Until.lt(now)),
        )
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Who holds `name` and until when, while it runs.
pub async fn holder<C: ConnectionTrait>(
    db: &C,
    name: &str,
    now: DateTime<Utc>,
) -> ServiceResult<Option<(String, DateTime<Utc>)>> {
    Ok(lease::Entity::find_by_id(name).one(db).await?.and_then(|m| match (m.owner, m.until) {
        (Some(owner), Some(until)) if until > now => Some((owner, until)),
        _ => None,
    }))
}

/// Gives up every lease `owner` holds (a clean shutdown), so another process takes
/// over at once.
pub async fn release_all<C: ConnectionTrait>(db: &C, owner: &str) -> ServiceResult<u64> {
    Ok(lease::Entity::update_many()
        .col_expr(lease::Column::Owner, Expr::value(Option::<String>::None))
        .col_expr(lease::Column::Until, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(lease::Column::Owner.eq(owner))
        .exec(db)
        .await?
        .rows_affected)
}
