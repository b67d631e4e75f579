//! The issuer's public keys (`issuer_key`), newest first.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::entity::issuer_key;
use crate::error::{ServiceError, ServiceResult};
use crate::issuer::PublicKey;

const ALGORITHM: &str = "Ed25519";

fn from_model(m: issuer_key::Model) -> ServiceResult<PublicKey> {
    let key = PublicKey::decode(&m.public_key)
        .ok_or_else(|| ServiceError::Internal(anyhow::anyhow!("issuer key {}: not an Ed25519 key", m.kid)))?;
    Ok(PublicKey {
        kid: m.kid,
        key,
        created_at: m.created_at,
        retired_at: m.retired_at,
        revoked: m.revoked_at.map(|at| (at, m.revoked_reason.unwrap_or_default())),
    })
}

pub async fn all<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<PublicKey>> {
    issuer_key::Entity::find()
        .order_by_desc(issuer_key::Column::CreatedAt)
        .order_by_asc(issuer_key::Column::Kid)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect()
}

pub async fn find<C: ConnectionTrait>(db: &C, kid: &str) -> ServiceResult<Option<PublicKey>> {
    issuer_key::Entity::find_by_id(kid).one(db).await?.map(from_model).transpose()
}

/// Records `key` unless it is there already (every process registers its key).
pub async fn insert<C: ConnectionTrait>(db: &C, key: &PublicKey) -> ServiceResult<()> {
    issuer_key::Entity::insert(issuer_key::ActiveModel {
        kid: Set(key.kid.clone()),
        algorithm: Set(ALGORITHM.into()),
        public_key: Set(key.encoded()),
        created_at: Set(key.created_at),
        retired_at: Set(None),
        revoked_at: Set(None),
        revoked_reason: Set(None),
        secret_check: Set(None),
    })
    .on_conflict(OnConflict::column(issuer_key::Column::Kid).do_nothing().to_owned())
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Retires every key but `keep` that still signs.
pub async fn retire_others<C: ConnectionTrait>(db: &C, keep: &str, at: DateTime<Utc>) -> ServiceResult<u64> {
    Ok(issuer_key::Entity::update_many()
        .col_expr(issuer_key::Column::RetiredAt, Expr::value(at))
        .filter(issuer_key::Column::Kid.ne(keep))
        .filter(issuer_key::Column::RetiredAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

/// Withdraws `kid` (retiring it too); false when there is no such key.
pub async fn revoke<C: ConnectionTrait>(
    db: &C,
    kid: &str,
    reason: &str,
    at: DateTime<Utc>,
) -> ServiceResult<bool> {
    let Some(m) = issuer_key::Entity::find_by_id(kid).one(db).await? else { return Ok(false) };
    issuer_key::Entity::update(issuer_key::ActiveModel {
        kid: Set(m.kid),
        retired_at: Set(Some(m.retired_at.unwrap_or(at))),
        revoked_at: Set(Some(m.revoked_at.unwrap_or(at))),
        revoked_reason: Set(Some(reason.to_string())),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(true)
}

/// The key the installation signs with now: the newest neither retired nor revoked.
pub async fn current<C: ConnectionTrait>(db: &C) -> ServiceResult<Option<String>> {
    Ok(issuer_key::Entity::find()
        .filter(issuer_key::Column::RetiredAt.is_null())
        .filter(issuer_key::Column::RevokedAt.is_null())
        .order_by_desc(issuer_key::Column::CreatedAt)
        .one(db)
        .await?
        .map(|m| m.kid))
}

/// The issuer secret's check value recorded with `kid`, if any.
pub async fn secret_check<C: ConnectionTrait>(db: &C, kid: &str) -> ServiceResult<Option<String>> {
    Ok(issuer_key::Entity::find_by_id(kid).one(db).await?.and_then(|m| m.secret_check))
}

pub async fn set_secret_check<C: ConnectionTrait>(db: &C, kid: &str, check: &str) -> ServiceResult<()> {
    issuer_key::Entity::update_many()
        .col_expr(issuer_key::Column::SecretCheck, Expr::value(check))
        .filter(issuer_key::Column::Kid.eq(kid))
        .exec(db)
        .await?;
    Ok(())
}

/// Holds back every other process registering or rotating keys until `db`'s
/// transaction ends (two nodes starting at once must not both become current).
pub async fn serialise<C: ConnectionTrait>(db: &C) -> ServiceResult<()> {
    super::locks::xact_locks(db, &["issuer_key".to_string()]).await
}
