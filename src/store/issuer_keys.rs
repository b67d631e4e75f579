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
