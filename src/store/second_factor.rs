//! The desk's second factor: each member of staff's TOTP secret (pending until the
//! first code proves the app holds it), the last time step used, recovery codes.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};

use super::entity::{staff_recovery_code, staff_user};
use crate::domain::StaffId;
use crate::error::ServiceResult;

/// A member of staff's TOTP secret (sealed, see `domain::sealed`) and whether it is in
/// use yet.
pub struct Totp {
    pub secret: String,
    pub enabled: bool,
}

pub async fn totp<C: ConnectionTrait>(db: &C, staff: StaffId) -> ServiceResult<Option<Totp>> {
    Ok(staff_user::Entity::find_by_id(staff.0)
        .one(db)
        .await?
        .and_then(|m| m.totp_secret.map(|secret| Totp { secret, enabled: m.totp_enabled_at.is_some() })))
}

/// The one-time enrolment code an admin issued (its hash), replacing any earlier one.
pub async fn set_enrolment_code<C: ConnectionTrait>(
    db: &C,
    staff: StaffId,
    hash: Option<&str>,
    expires: Option<DateTime<Utc>>,
) -> ServiceResult<bool> {
    let r = staff_user::Entity::update_many()
        .col_expr(staff_user::Column::EnrolmentCodeHash, Expr::value(hash.map(str::to_string)))
        .col_expr(staff_user::Column::EnrolmentCodeExpiresAt, Expr::value(expires))
        .filter(staff_user::Column::Id.eq(staff.0))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// The enrolment code's hash and expiry, if one was issued.
pub async fn enrolment_code<C: ConnectionTrait>(
    db: &C,
    staff: StaffId,
) -> ServiceResult<Option<(String, DateTime<Utc>)>> {
    Ok(staff_user::Entity::find_by_id(staff.0)
        .one(db)
        .await?
        .and_then(|m| Some((m.enrolment_code_hash?, m.enrolment_code_expires_at?))))
}

/// Spends the enrolment code `hash` while no factor is on: true for the one caller
/// that did (two parallel enrolments never both succeed).
pub async fn spend_enrolment_code<C: ConnectionTrait>(
    db: &C,
    staff: StaffId,
    hash: &str,
) -> ServiceResult<bool> {
    let r = staff_user::Entity::update_many()
        .col_expr(staff_user::Column::EnrolmentCodeHash, Expr::value(Option::<String>::None))
        .col_expr(staff_user::Column::EnrolmentCodeExpiresAt, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(staff_user::Column::Id.eq(staff.0))
        .filter(staff_user::Column::EnrolmentCodeHash.eq(hash))
        .filter(staff_user::Column::TotpEnabledAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Forgets a key that was shown but never confirmed.
pub async fn clear_pending<C: ConnectionTrait>(db: &C, staff: StaffId) -> ServiceResult<()> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TotpSecret, Expr::value(Option::<String>::None))
        .filter(staff_user::Column::Id.eq(staff.0))
        .filter(staff_user::Column::TotpEnabledAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Every stored secret (as stored: sealed, or in clear from before sealing).
pub async fn secrets<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<(StaffId, String)>> {
    Ok(staff_user::Entity::find()
        .filter(staff_user::Column::TotpSecret.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|m| Some((StaffId(m.id), m.totp_secret?)))
        .collect())
}

/// Replaces a stored secret by another form of it, if it is still `old`.
pub async fn replace_secret<C: ConnectionTrait>(
    db: &C,
    staff: StaffId,
    old: &str,
    new: &str,
) -> ServiceResult<bool> {
    let r = staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TotpSecret, Expr::value(new))
        .filter(staff_user::Column::Id.eq(staff.0))
        .filter(staff_user::Column::TotpSecret.eq(old))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// A new secret awaiting its first code; never replaces an enabled one.
pub async fn set_pending<C: ConnectionTrait>(db: &C, staff: StaffId, secret: &str) -> ServiceResult<()> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TotpSecret, Expr::value(secret))
        .col_expr(staff_user::Column::TotpLastStep, Expr::value(Option::<i64>::None))
        .filter(staff_user::Column::Id.eq(staff.0))
        .filter(staff_user::Column::TotpEnabledAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Turns the factor on, unless it is on already (false then).
pub async fn enable<C: ConnectionTrait>(db: &C, staff: StaffId, now: DateTime<Utc>) -> ServiceResult<bool> {
    let r = staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TotpEnabledAt, Expr::value(now))
        .filter(staff_user::Column::Id.eq(staff.0))
        .filter(staff_user::Column::TotpEnabledAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Takes time step `step` for this member of staff: `false` when it (or a later one)
/// was already used, so one code is never accepted twice.
pub async fn take_step<C: ConnectionTrait>(db: &C, staff: StaffId, step: i64) -> ServiceResult<bool> {
    let r = staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TotpLastStep, Expr::value(step))
        .filter(staff_user::Column::Id.eq(staff.0))
        .filter(
            Condition::any()
                .add(staff_user::Column::TotpLastStep.is_null())
                .add(staff_user::Column::TotpLastStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Forgets the secret and the recovery codes (an admin's reset).
pub async fn clear<C: ConnectionTrait>(db: &C, staff: StaffId) -> ServiceResult<()> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TotpSecret, Expr::value(Option::<String>::None))
        .col_expr(staff_user::Column::TotpEnabledAt, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(staff_user::Column::TotpLastStep, Expr::value(Option::<i64>::None))
        .filter(staff_user::Column::Id.eq(staff.0))
        .exec(db)
        .await?;
    staff_recovery_code::Entity::delete_many()
        .filter(staff_recovery_code::Column::StaffId.eq(staff.0))
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces the recovery codes with these (hashes).
pub async fn set_recovery_codes<C: ConnectionTrait>(
    db: &C,
    staff: StaffId,
    hashes: &[String],
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    staff_recovery_code::Entity::delete_many()
        .filter(staff_recovery_code::Column::StaffId.eq(staff.0))
        .exec(db)
        .await?;
    staff_recovery_code::Entity::insert_many(hashes.iter().map(|h| staff_recovery_code::ActiveModel {
        staff_id: Set(staff.0),
        code_hash: Set(h.clone()),
        created_at: Set(now),
        used_at: Set(None),
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Uses a recovery code once: `false` when there is no such unused code.
pub async fn use_recovery_code<C: ConnectionTrait>(
    db: &C,
    staff: StaffId,
    hash: &str,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let r = staff_recovery_code::Entity::update_many()
        .col_expr(staff_recovery_code::Column::UsedAt, Expr::value(now))
        .filter(staff_recovery_code::Column::StaffId.eq(staff.0))
        .filter(staff_recovery_code::Column::CodeHash.eq(hash))
        .filter(staff_recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}
