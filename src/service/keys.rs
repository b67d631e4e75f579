//! The issuer's signing keys over time. Each process records the public key it signs
//! with; `certdesk keys rotate` makes a new key and retires (or revokes) the old one;
//! verification and the published key set read every key from the database, so a QR
//! code printed years ago still verifies while a withdrawn key's codes do not.
//!
//! Revoking a key means the data directory may have leaked, so it also replaces the
//! issuer secret: SMS links and one-time codes made before stop working (citizens ask
//! for new ones), which is the price of not trusting anything the thief could forge.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use sea_orm::TransactionTrait;
use serde_json::json;

use super::cached::Cached;
use super::Context;
use crate::config::Config;
use crate::domain::{Actor, AuditEntry};
use crate::error::{ServiceError, ServiceResult};
use crate::issuer::{self, Issuer, KeySet, PublicKey, TokenError, VerifyClaims};
use crate::store::{self, Store};

/// A token naming a key this process does not know makes it reload the keys, at most
/// this often (so a flood of made-up key ids cannot turn into database reads).
const FORCED_REFRESH_GAP: Duration = Duration::from_secs(5);

pub struct KeyCache {
    keys: Cached<KeySet>,
    forced: Mutex<Option<Instant>>,
}

impl KeyCache {
    pub fn new(ttl: Duration) -> Self {
        Self { keys: Cached::new(ttl), forced: Mutex::new(None) }
    }

    pub fn invalidate(&self) {
        self.keys.invalidate();
    }

    fn may_force(&self) -> bool {
        let mut last = self.forced.lock().expect("key cache lock");
        if last.is_some_and(|at| at.elapsed() < FORCED_REFRESH_GAP) {
            return false;
        }
        *last = Some(Instant::now());
        true
    }
}

fn key_path(config: &Config) -> PathBuf {
    config.certificates.key_path(&config.storage.data_dir)
}

fn secret_path(config: &Config) -> PathBuf {
    config.certificates.secret_path(&config.storage.data_dir)
}

/// Loads (or creates) this installation's key and secret.
pub fn load_issuer(config: &Config) -> anyhow::Result<Issuer> {
    Issuer::load_or_create(&key_path(config), &secret_path(config))
}

/// Records the key this process signs with; refuses to sign with a revoked one.
pub async fn register(store: &Store, config: &Config, issuer: &Issuer) -> anyhow::Result<()> {
    match store::issuer_keys::find(store.write(), issuer.kid()).await? {
        Some(k) if k.revoked.is_some() => anyhow::bail!(
            "the signing key {} in {} was revoked: run `certdesk keys rotate` to make a new one",
            k.kid,
            key_path(config).display()
        ),
        Some(k) if k.retired_at.is_some() => tracing::warn!(
            kid = %k.kid,
            "signing with a key that a rotation retired; did `certdesk keys rotate` fail to write {}?",
            key_path(config).display()
        ),
        Some(_) => {}
        None => {
            store::issuer_keys::insert(store.write(), &PublicKey::new(issuer.public_key(), Utc::now()))
                .await?
        }
    }
    Ok(())
}

/// Every key, newest first, as this process last read them.
pub async fn key_set(cx: &Context) -> ServiceResult<Arc<KeySet>> {
    cx.issuer_keys
        .keys
        .get(|| async { Ok(KeySet::new(store::issuer_keys::all(cx.store.read()).await?)) })
        .await
}

/// Checks a QR code's token against every key; a key id not seen yet (another
/// process rotated) reloads the keys once.
pub async fn verify(cx: &Context, token: &str) -> ServiceResult<Result<VerifyClaims, TokenError>> {
    let first = key_set(cx).await?.verify(token);
    if first == Err(TokenError::UnknownKey) && cx.issuer_keys.may_force() {
        cx.issuer_keys.invalidate();
        return Ok(key_set(cx).await?.verify(token));
    }
    Ok(first)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rotation {
    pub retired: String,
    pub current: String,
    /// The old key was revoked (and the secret replaced).
    pub revoked: bool,
}

fn reason_of(reason: &str) -> ServiceResult<String> {
    let r = reason.trim();
    if r.is_empty() || r.chars().count() > 200 {
        return Err(ServiceError::invalid("reason", "say why in 1 to 200 characters"));
    }
    Ok(r.to_string())
}

/// Makes a new signing key: the database learns it (and that the old one is retired,
/// or revoked with `revoke`) before the key file is replaced, so a crash in between
/// leaves the old key signing and nothing unverifiable. Processes sign with the new
/// key once restarted.
pub async fn rotate(
    store: &Store,
    config: &Config,
    actor: &Actor,
    revoke: Option<&str>,
) -> ServiceResult<Rotation> {
    let reason = revoke.map(reason_of).transpose()?;
    let path = key_path(config);
    let old = existing_key(config)?;
    let now = Utc::now();
    let old = PublicKey::new(old.verifying_key(), now);
    let new_key = issuer::generate_key();
    let new = PublicKey::new(new_key.verifying_key(), now);
    let txn = store.write().begin().await?;
    store::issuer_keys::insert(&txn, &old).await?;
    store::issuer_keys::insert(&txn, &new).await?;
    store::issuer_keys::retire_others(&txn, &new.kid, now).await?;
    if let Some(reason) = &reason {
        store::issuer_keys::revoke(&txn, &old.kid, reason, now).await?;
    }
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "issuer_key.rotate", "issuer_key", &new.kid)
            .after(json!({"retired": old.kid, "revoked": reason.is_some(), "reason": reason})),
    )
    .await?;
    txn.commit().await?;
    issuer::write_key(&path, &new_key).map_err(ServiceError::Internal)?;
    if reason.is_some() {
        issuer::write_secret(&secret_path(config), &issuer::random_secret())
            .map_err(ServiceError::Internal)?;
    }
    tracing::info!(retired = %old.kid, current = %new.kid, revoked = reason.is_some(), "issuer key rotated");
    Ok(Rotation { retired: old.kid, current: new.kid, revoked: reason.is_some() })
}

/// Withdraws an earlier key: what it signed no longer verifies (holders download
/// their certificate again and get a code signed by the current key).
pub async fn revoke(
    store: &Store,
    config: &Config,
    actor: &Actor,
    kid: &str,
    reason: &str,
) -> ServiceResult<()> {
    let reason = reason_of(reason)?;
    let current = existing_key(config)?;
    if issuer::kid_of(&current.verifying_key()) == kid {
        return Err(ServiceError::conflict(format!(
            "{kid} is the key this installation signs with: run `certdesk keys rotate --revoke REASON`"
        )));
    }
    let txn = store.write().begin().await?;
    if !store::issuer_keys::revoke(&txn, kid, &reason, Utc::now()).await? {
        return Err(ServiceError::NotFound { what: "issuer key" });
    }
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "issuer_key.revoke", "issuer_key", kid).after(json!({"reason": reason})),
    )
    .await?;
    txn.commit().await?;
    issuer::write_secret(&secret_path(config), &issuer::random_secret()).map_err(ServiceError::Internal)?;
    tracing::warn!(%kid, "issuer key revoked; the issuer secret was replaced");
    Ok(())
}

/// Every key, and the id of the one on this installation's disk (none before the
/// first start).
pub async fn list(store: &Store, config: &Config) -> ServiceResult<(Vec<PublicKey>, Option<String>)> {
    let path = key_path(config);
    let on_disk = if path.exists() {
        Some(issuer::kid_of(&issuer::read_key(&path).map_err(ServiceError::Internal)?.verifying_key()))
    } else {
        None
    };
    Ok((store::issuer_keys::all(store.read()).await?, on_disk))
}

fn existing_key(config: &Config) -> ServiceResult<ed25519_dalek::SigningKey> {
    let path = key_path(config);
    if !path.exists() {
        return Err(ServiceError::conflict(format!(
            "no signing key at {} yet: certdesk makes one when it first starts",
            path.display()
        )));
    }
    issuer::read_key(&path).map_err(ServiceError::Internal)
}
