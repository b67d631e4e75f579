//! Desk sessions and staff password hashes.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::entity::{desk_session, staff_user};
use crate::domain::StaffId;
use crate::error::ServiceResult;

#[derive(Debug, Clone)]
pub struct SessionRow {
    pub staff: StaffId,
    pub csrf: String,
    /// The second factor, where one is owed, was given.
    pub second_factor_ok: bool,
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
    staff: StaffId,
    csrf: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    second_factor_ok: bool,
) -> ServiceResult<()> {
    desk_session::Entity::insert(desk_session::ActiveModel {
        second_factor_ok: Set(second_factor_ok),
        token_hash: Set(token_hash.into()),
        staff_id: Set(staff.0),
        csrf: Set(csrf.into()),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn find<C: ConnectionTrait>(db: &C, token_hash: &str) -> ServiceResult<Option<SessionRow>> {
    Ok(desk_session::Entity::find_by_id(token_hash.to_string()).one(db).await?.map(|m| SessionRow {
        staff: StaffId(m.staff_id),
        csrf: m.csrf,
        second_factor_ok: m.second_factor_ok,
        last_seen_at: m.last_seen_at,
        expires_at: m.expires_at,
    }))
}

/// The second factor was given: the session becomes a full one.
pub async fn second_factor_given<C: ConnectionTrait>(db: &C, token_hash: &str) -> ServiceResult<()> {
    desk_session::Entity::update_many()
        .col_expr(desk_session::Column::SecondFactorOk, Expr::value(true))
        .filter(desk_session::Column::TokenHash.eq(token_hash))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every desk session of a member of staff (their second factor was reset).
pub async fn delete_of_staff<C: ConnectionTrait>(db: &C, staff: StaffId) -> ServiceResult<()> {
    desk_session::Entity::delete_many().filter(desk_session::Column::StaffId.eq(staff.0)).exec(db).await?;
    Ok(())
}

pub async fn touch<C: ConnectionTrait>(db: &C, token_hash: &str, now: DateTime<Utc>) -> ServiceResult<()> {
    desk_session::Entity::update_many()
        .col_expr(desk_session::Column::LastSeenAt, Expr::value(now))
        .filter(desk_session::Column::TokenHash.eq(token_hash))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete<C: ConnectionTrait>(db: &C, token_hash: &str) -> ServiceResult<()> {
    desk_session::Entity::delete_by_id(token_hash.to_string()).exec(db).await?;
    Ok(())
}

/// Ends every session of a member of staff (password changed, account deactivated).
pub async fn delete_of<C: ConnectionTrait>(db: &C, staff: StaffId) -> ServiceResult<u64> {
    let r = desk_session::Entity::delete_many()
        .filter(desk_session::Column::StaffId.eq(staff.0))
        .exec(db)
        .await?;
    Ok(r.rows_affected)
}

/// Sessions past their absolute or idle limit.
pub async fn prune<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    idle_before: DateTime<Utc>,
) -> ServiceResult<u64> {
    let r = desk_session::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(desk_session::Column::ExpiresAt.lte(now))
                .add(desk_session::Column::LastSeenAt.lte(idle_before)),
        )
        .exec(db)
        .await?;
    Ok(r.rows_affected)
}

pub async fn password_hash<C: ConnectionTrait>(db: &C, staff: StaffId) -> ServiceResult<Option<String>> {
    Ok(staff_user::Entity::find_by_id(staff.0).one(db).await?.and_then(|m| m.password_hash))
}

pub async fn set_password_hash<C: ConnectionTrait>(db: &C, staff: StaffId, hash: &str) -> ServiceResult<()> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::PasswordHash, Expr::value(hash))
        .filter(staff_user::Column::Id.eq(staff.0))
        .exec(db)
        .await?;
    Ok(())
}
