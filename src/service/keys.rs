//! The issuer's signing keys over time. Each process records the public key it signs
//! with; `certdesk keys rotate` makes a new key and retires (or revokes) the old one;
//! verification and the published key set read every key from the database, so a QR
//! code printed years ago still verifies while a withdrawn key's codes do not.
//!
//! Revoking a key means the data directory may have leaked, so it also replaces the
//! issuer secret: SMS links and one-time codes made before stop working (citizens ask
//! for new ones), which is the price of not trusting anything the thief could forge.

use std::path::PathBuf;

use anyhow::Context as _;
use ed25519_dalek::SigningKey;
use secrecy::{ExposeSecret, SecretString};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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

/// The key handed over as text (`certificates.signing_key`), if any.
fn inline_key(config: &Config) -> anyhow::Result<Option<SigningKey>> {
    let text = config.certificates.signing_key.expose_secret();
    if text.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(issuer::parse_key(text).context("certificates.signing_key")?))
}

fn inline_secret(config: &Config) -> anyhow::Result<Option<[u8; 32]>> {
    let text = config.certificates.secret.expose_secret();
    if text.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(issuer::parse_secret(text).context("certificates.secret")?))
}

/// Where the key comes from, for messages (never the key).
fn key_origin(config: &Config) -> String {
    if config.certificates.signing_key.expose_secret().trim().is_empty() {
        key_path(config).display().to_string()
    } else {
        "certificates.signing_key".into()
    }
}

/// Loads this installation's key and secret: from the configuration's text when
/// given (a fleet's nodes, which share no disk; nothing is written), else from the
/// files, made on first run. A key given as text without any secret derives it.
pub fn load_issuer(config: &Config) -> anyhow::Result<Issuer> {
    let given_key = inline_key(config)?;
    let key_is_given = given_key.is_some();
    let key = match given_key {
        Some(k) => k,
        None => issuer::key_file(&key_path(config))?,
    };
    let secret = match inline_secret(config)? {
        Some(s) => s,
        None if key_is_given && config.certificates.secret_file.as_os_str().is_empty() => {
            issuer::derived_secret(&key)
        }
        None => issuer::secret_file(&secret_path(config), &key)?,
    };
    Ok(Issuer::new(key, secret))
}

/// Records the key this process signs with, and refuses to start when it cannot be
/// trusted to agree with the rest of the installation: a revoked key; a key a
/// rotation retired; a key other than the database's current one (two nodes given
/// different keys would each sign with its own); or an issuer secret other than the
/// one recorded with the key (links and codes one node makes would fail on another).
pub async fn register(store: &Store, config: &Config, issuer: &Issuer) -> anyhow::Result<()> {
    let kid = issuer.kid();
    let origin = key_origin(config);
    let txn = store.write().begin().await?;
    store::issuer_keys::serialise(&txn).await?;
    let current = store::issuer_keys::current(&txn).await?;
    match store::issuer_keys::find(&txn, kid).await? {
        Some(k) if k.revoked.is_some() => anyhow::bail!(
            "the signing key {kid} ({origin}) was revoked: run `certdesk keys rotate` to make a new one"
        ),
        Some(k) if k.retired_at.is_some() => anyhow::bail!(
            "the signing key {kid} ({origin}) was retired by `certdesk keys rotate`; the installation \
             signs with {}: give this node that key (if a rotation stopped half-way, run it again)",
            current.as_deref().unwrap_or("a newer key")
        ),
        Some(_) if current.as_deref().is_some_and(|cur| cur != kid) => anyhow::bail!(
            "this node's signing key {kid} ({origin}) is not the installation's current key {}: every \
             node must sign with the same key (certificates.signing_key or signing_key_file)",
            current.as_deref().unwrap_or_default()
        ),
        Some(_) => {}
        None => match &current {
            Some(cur) => anyhow::bail!(
                "this node's signing key {kid} ({origin}) is not the installation's current key {cur}: \
                 every node must sign with the same key (certificates.signing_key or signing_key_file; \
                 `certdesk keys list` shows them)"
            ),
            None => {
                store::issuer_keys::insert(
                    &txn,
                    &PublicKey::new(issuer.public_key(), crate::service::clock::wall()),
                )
                .await?
            }
        },
    }
    let check = issuer.secret_check();
    match store::issuer_keys::secret_check(&txn, kid).await? {
        None => store::issuer_keys::set_secret_check(&txn, kid, &check).await?,
        Some(recorded) if !crate::domain::secret_eq(recorded.as_bytes(), check.as_bytes()) => anyhow::bail!(
            "this node's issuer secret is not the one the installation uses with key {kid}: give every \
             node the same certificates.secret or secret_file"
        ),
        Some(_) => {}
    }
    txn.commit().await?;
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

#[derive(Debug, Clone)]
pub struct Rotation {
    pub retired: String,
    pub current: String,
    /// The old key was revoked (and the secret replaced).
    pub revoked: bool,
    /// What the operator must hand every node when the key comes from the
    /// configuration (there is no file to replace): the new key as PEM, and the
    /// secret when it is not kept elsewhere (a new one after a revocation; the one
    /// derived from the old key otherwise, so links already sent keep opening).
    pub hand_over: Option<HandOver>,
}

#[derive(Debug, Clone)]
pub struct HandOver {
    /// The new key as PEM, when the configuration holds the key.
    pub signing_key: Option<SecretString>,
    pub secret: Option<SecretString>,
}

fn reason_of(reason: &str) -> ServiceResult<String> {
    let r = reason.trim();
    if r.is_empty() || r.chars().count() > 200 {
        return Err(ServiceError::invalid("reason", "say why in 1 to 200 characters"));
    }
    Ok(r.to_string())
}

/// Makes a new signing key: the database learns it (and that the old one is retired,
/// or revoked with `revoke`) before the key file is replaced, so nothing signed is
/// ever unverifiable; the files are checked writable first. Running processes keep
/// signing with the old key until restarted; a crash between the commit and the file
/// write leaves a retired key on disk, which a node refuses to start on until
/// `keys rotate` is run again.
pub async fn rotate(
    store: &Store,
    config: &Config,
    actor: &Actor,
    revoke: Option<&str>,
) -> ServiceResult<Rotation> {
    let reason = revoke.map(reason_of).transpose()?;
    let old_issuer = existing_issuer(config)?;
    let now = crate::service::clock::wall();
    let old = PublicKey::new(old_issuer.public_key(), now);
    let new_key = issuer::generate_key();
    let new_issuer = match reason {
        Some(_) => Issuer::new(new_key.clone(), issuer::random_secret()),
        None => old_issuer.with_key(new_key.clone()),
    };
    let new = PublicKey::new(new_key.verifying_key(), now);
    check_writable(config, true, reason.is_some())?;
    let txn = store.write().begin().await?;
    store::issuer_keys::serialise(&txn).await?;
    store::issuer_keys::insert(&txn, &old).await?;
    store::issuer_keys::insert(&txn, &new).await?;
    store::issuer_keys::set_secret_check(&txn, &new.kid, &new_issuer.secret_check()).await?;
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
    let signing_key = store_key(config, &new_key)?;
    let secret = store_secret(config, &new_issuer, reason.is_some())?;
    let hand_over = (signing_key.is_some() || secret.is_some()).then_some(HandOver { signing_key, secret });
    tracing::info!(retired = %old.kid, current = %new.kid, revoked = reason.is_some(), "issuer key rotated");
    Ok(Rotation { retired: old.kid, current: new.kid, revoked: reason.is_some(), hand_over })
}

/// Where this installation keeps its key and secret: files it writes, or text in the
/// configuration that only the operator can replace.
struct Homes {
    key_in_file: bool,
    secret_in_file: bool,
    secret_inline: bool,
}

fn homes(config: &Config) -> Homes {
    let c = &config.certificates;
    let key_inline = !c.signing_key.expose_secret().trim().is_empty();
    let secret_inline = !c.secret.expose_secret().trim().is_empty();
    // With the key as text and no secret anywhere, the secret is derived from the key.
    let secret_in_file = !secret_inline && (!key_inline || !c.secret_file.as_os_str().is_empty());
    Homes { key_in_file: !key_inline, secret_in_file, secret_inline }
}

/// Fails before anything is committed when the files about to be replaced (the key,
/// the secret) cannot be written (a read-only mount), so the database never names
/// material nobody holds.
fn check_writable(config: &Config, key: bool, secret: bool) -> ServiceResult<()> {
    let h = homes(config);
    if key && h.key_in_file {
        issuer::check_writable(&key_path(config)).map_err(ServiceError::Internal)?;
    }
    if secret && h.secret_in_file {
        issuer::check_writable(&secret_path(config)).map_err(ServiceError::Internal)?;
    }
    Ok(())
}

/// Puts a new key where this installation keeps it: its file, or (the configuration
/// holds it) back to the operator as PEM.
fn store_key(config: &Config, key: &SigningKey) -> ServiceResult<Option<SecretString>> {
    if homes(config).key_in_file {
        issuer::write_key(&key_path(config), key).map_err(ServiceError::Internal)?;
        return Ok(None);
    }
    Ok(Some(SecretString::from(issuer::key_pem(key).map_err(ServiceError::Internal)?)))
}

/// Puts `issuer`'s secret, when `new`, where this installation keeps it; returns what
/// the operator must hand every node: a new secret the configuration holds, or one
/// derived from a key given as text, which would otherwise change with the key.
fn store_secret(config: &Config, issuer: &Issuer, new: bool) -> ServiceResult<Option<SecretString>> {
    let h = homes(config);
    if new && h.secret_in_file {
        issuer::write_secret(&secret_path(config), &issuer.export_secret())
            .map_err(ServiceError::Internal)?;
    }
    Ok((!h.secret_in_file && (new || !h.secret_inline))
        .then(|| SecretString::from(hex::encode(issuer.export_secret()))))
}

/// Withdraws an earlier key: what it signed no longer verifies (holders download
/// their certificate again and get a code signed by the current key). The issuer
/// secret is replaced too; returned when the configuration holds it (the operator
/// hands it to every node), else written to its file.
pub async fn revoke(
    store: &Store,
    config: &Config,
    actor: &Actor,
    kid: &str,
    reason: &str,
) -> ServiceResult<Option<SecretString>> {
    let reason = reason_of(reason)?;
    let current = existing_issuer(config)?;
    if current.kid() == kid {
        return Err(ServiceError::conflict(format!(
            "{kid} is the key this installation signs with: run `certdesk keys rotate --revoke REASON`"
        )));
    }
    let renewed = current.with_secret(issuer::random_secret());
    check_writable(config, false, true)?;
    let txn = store.write().begin().await?;
    store::issuer_keys::serialise(&txn).await?;
    if !store::issuer_keys::revoke(&txn, kid, &reason, crate::service::clock::wall()).await? {
        return Err(ServiceError::NotFound { what: "issuer key" });
    }
    store::issuer_keys::set_secret_check(&txn, current.kid(), &renewed.secret_check()).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "issuer_key.revoke", "issuer_key", kid).after(json!({"reason": reason})),
    )
    .await?;
    txn.commit().await?;
    let secret = store_secret(config, &renewed, true)?;
    tracing::warn!(%kid, "issuer key revoked; the issuer secret was replaced");
    Ok(secret)
}

/// Every key, and the id of the one this installation is configured with (none before
/// the first start made the key file).
pub async fn list(store: &Store, config: &Config) -> ServiceResult<(Vec<PublicKey>, Option<String>)> {
    let configured = match inline_key(config).map_err(ServiceError::Internal)? {
        Some(k) => Some(k),
        None if key_path(config).exists() => {
            Some(issuer::read_key(&key_path(config)).map_err(ServiceError::Internal)?)
        }
        None => None,
    };
    let kid = configured.map(|k| issuer::kid_of(&k.verifying_key()));
    Ok((store::issuer_keys::all(store.read()).await?, kid))
}

/// The configured key, which must exist already (the commands that replace it do not
/// make a first one).
fn existing_key(config: &Config) -> ServiceResult<SigningKey> {
    if let Some(k) = inline_key(config).map_err(ServiceError::Internal)? {
        return Ok(k);
    }
    let path = key_path(config);
    if !path.exists() {
        return Err(ServiceError::conflict(format!(
            "no signing key at {} yet: certdesk makes one when it first starts",
            path.display()
        )));
    }
    issuer::read_key(&path).map_err(ServiceError::Internal)
}

/// The configured key with its secret.
fn existing_issuer(config: &Config) -> ServiceResult<Issuer> {
    existing_key(config)?;
    load_issuer(config).map_err(ServiceError::Internal)
}
