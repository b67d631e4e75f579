//! Staff accounts and API-token authentication.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::Utc;
use rand::RngCore;
use sea_orm::TransactionTrait;
use sha2::{Digest, Sha256};

use super::Context;
use crate::domain::{
    Actor, AuditEntry, EmailAddress, QueueName, Role, Staff, StaffActor, StaffId, StaffName,
};
use crate::error::{ServiceError, ServiceResult};
use crate::store;

/// How long a verified token is trusted without asking the database again. Within this
/// process a rotation or deactivation clears the cache at once; other processes sharing
/// the database see it within this bound. A token's own expiry is never extended by it.
const AUTH_TTL: Duration = Duration::from_secs(10);
const AUTH_CACHE_MAX: usize = 10_000;

/// Verified token hashes and their owners, so a request costs no staff query.
#[derive(Debug, Default)]
pub struct AuthCache {
    entries: Mutex<HashMap<String, Verified>>,
    /// Bumped by every `clear`: a lookup that started before a revocation does not put
    /// its stale answer back afterwards.
    generation: std::sync::atomic::AtomicU64,
}

/// A token's owner, when the database said so, and when the token expires.
#[derive(Debug)]
struct Verified {
    staff: Staff,
    at: Instant,
    expires: Option<chrono::DateTime<Utc>>,
}

impl AuthCache {
    /// The owner of a token verified lately, unless the token has expired since.
    fn get(&self, hash: &str, now: chrono::DateTime<Utc>) -> Option<Staff> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries
            .get(hash)
            .filter(|v| v.at.elapsed() < AUTH_TTL && v.expires.is_none_or(|e| e > now))
            .map(|v| v.staff.clone())
    }

    fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Caches a lookup made at `generation`, unless the cache was cleared since.
    fn put(&self, generation: u64, hash: String, staff: Staff, expires: Option<chrono::DateTime<Utc>>) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if self.generation() != generation {
            return;
        }
        if entries.len() >= AUTH_CACHE_MAX {
            entries.retain(|_, v| v.at.elapsed() < AUTH_TTL);
            if entries.len() >= AUTH_CACHE_MAX {
                entries.clear();
            }
        }
        entries.insert(hash, Verified { staff, at: Instant::now(), expires });
    }

    pub fn clear(&self) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        self.generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        entries.clear();
    }
}

/// A token shown once; only its hash is stored.
pub struct IssuedToken(pub String);

pub struct NewStaff {
    pub name: StaffName,
    pub role: Role,
    pub queues: Vec<QueueName>,
    pub max_open_tickets: u32,
    pub email: Option<EmailAddress>,
}

#[derive(Default)]
pub struct StaffChanges {
    pub role: Option<Role>,
    pub active: Option<bool>,
    pub queues: Option<Vec<QueueName>>,
    pub max_open_tickets: Option<u32>,
    /// `Some(None)` removes the address.
    pub email: Option<Option<EmailAddress>>,
}

/// Tokens carry 256 random bits, so a fast hash is enough: there is nothing to brute-force.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn new_token(prefix: &str) -> IssuedToken {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    IssuedToken(format!("{prefix}{}", hex::encode(bytes)))
}

fn require_admin(actor: &Actor) -> ServiceResult<()> {
    match actor {
        Actor::Staff(s) if s.role.at_least(Role::Admin) => Ok(()),
        Actor::Operator => Ok(()),
        _ => Err(ServiceError::forbidden("only an admin can manage staff")),
    }
}

/// Creates a staff account and returns its API token (the only time it is visible).
/// `Actor::Operator` is the CLI, which bootstraps the first admin.
pub async fn create(cx: &Context, actor: &Actor, new: NewStaff) -> ServiceResult<(Staff, IssuedToken)> {
    require_admin(actor)?;
    let token = new_token(&cx.config.security.token_prefix);
    let staff = Staff {
        id: StaffId::new(),
        name: new.name,
        role: new.role,
        active: true,
        queues: new.queues,
        max_open_tickets: new.max_open_tickets,
        available: false,
        email: new.email,
        created_at: cx.now(),
    };
    let txn = cx.store.write().begin().await?;
    if store::staff::find_by_name(&txn, &staff.name).await?.is_some() {
        return Err(ServiceError::conflict(format!("staff name {} is taken", staff.name.as_str())));
    }
    store::staff::insert(&txn, &staff, &hash_token(&token.0), token_expiry(cx)).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "staff.create", "staff", staff.id).after(snapshot(&staff)),
    )
    .await?;
    txn.commit().await?;
    Ok((staff, token))
}

/// On a database with no staff at all, creates an `admin` account and returns its
/// token, so a fresh install can be used without another command. Does nothing later.
pub async fn bootstrap_admin(cx: &Context) -> ServiceResult<Option<IssuedToken>> {
    if !store::staff::list(cx.store.read()).await?.is_empty() {
        return Ok(None);
    }
    let new = NewStaff {
        name: StaffName::parse("admin").map_err(|e| ServiceError::Internal(anyhow::anyhow!("{e}")))?,
        role: Role::Admin,
        queues: vec![QueueName::general()],
        max_open_tickets: 25,
        email: None,
    };
    match create(cx, &Actor::Operator, new).await {
        Ok((_, token)) => Ok(Some(token)),
        // Another process bootstrapped at the same moment.
        Err(ServiceError::Conflict(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn update(cx: &Context, actor: &Actor, id: StaffId, ch: StaffChanges) -> ServiceResult<Staff> {
    require_admin(actor)?;
    let txn = cx.store.write().begin().await?;
    let before =
        store::staff::find(&txn, id).await?.ok_or(ServiceError::NotFound { what: "staff member" })?;
    let mut after = before.clone();
    if let Some(r) = ch.role {
        after.role = r;
    }
    if let Some(a) = ch.active {
        after.active = a;
    }
    if let Some(q) = ch.queues {
        after.queues = q;
    }
    if let Some(m) = ch.max_open_tickets {
        after.max_open_tickets = m;
    }
    if let Some(e) = ch.email {
        after.email = e;
    }
    if actor.staff_id() == Some(id) && (after.role != before.role || !after.active) {
        return Err(ServiceError::forbidden("you cannot demote or deactivate yourself"));
    }
    store::staff::update(&txn, &after).await?;
    if after.role != before.role {
        // A new role may owe a second factor its old sessions never gave: sign in again.
        store::desk::delete_of_staff(&txn, id).await?;
    }
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "staff.update", "staff", id).change(snapshot(&before), snapshot(&after)),
    )
    .await?;
    txn.commit().await?;
    cx.auth.clear();
    Ok(after)
}

/// When a token issued now stops working.
pub fn token_expiry(cx: &Context) -> chrono::DateTime<Utc> {
    cx.now()
        + chrono::Duration::from_std(cx.config.security.api_token_ttl).unwrap_or(chrono::Duration::days(90))
}

/// Revokes a staff member's API token at once (an admin, or the member themself, e.g.
/// after pasting it somewhere it should not be). Nothing replaces it until rotated.
pub async fn revoke_token(cx: &Context, actor: &Actor, id: StaffId) -> ServiceResult<()> {
    let own = matches!(actor, Actor::Staff(s) if s.id == id);
    if !own {
        require_admin(actor)?;
    }
    let txn = cx.store.write().begin().await?;
    store::staff::find(&txn, id).await?.ok_or(ServiceError::NotFound { what: "staff member" })?;
    // A hash no token has, already expired.
    let nothing = new_token("revoked_");
    store::staff::set_token_hash(&txn, id, &hash_token(&nothing.0), cx.now()).await?;
    store::audit::append(&txn, AuditEntry::new(actor, "staff.revoke_token", "staff", id)).await?;
    txn.commit().await?;
    cx.auth.clear();
    Ok(())
}

/// Replaces a staff member's token; the old one stops working at once.
pub async fn rotate_token(cx: &Context, actor: &Actor, id: StaffId) -> ServiceResult<IssuedToken> {
    require_admin(actor)?;
    let token = new_token(&cx.config.security.token_prefix);
    let txn = cx.store.write().begin().await?;
    store::staff::find(&txn, id).await?.ok_or(ServiceError::NotFound { what: "staff member" })?;
    store::staff::set_token_hash(&txn, id, &hash_token(&token.0), token_expiry(cx)).await?;
    store::audit::append(&txn, AuditEntry::new(actor, "staff.rotate_token", "staff", id)).await?;
    txn.commit().await?;
    cx.auth.clear();
    Ok(token)
}

/// Every member of staff: for supervisors, and the operator at the console.
pub async fn list(cx: &Context, actor: &Actor) -> ServiceResult<Vec<Staff>> {
    let allowed =
        matches!(actor, Actor::Operator) || actor.role().is_some_and(|r| r.at_least(Role::Supervisor));
    if !allowed {
        return Err(ServiceError::forbidden("only supervisors can list staff"));
    }
    store::staff::list(cx.store.read()).await
}

/// The name of a member of staff (what the desk shows beside a decision).
pub async fn name_of(cx: &Context, id: StaffId) -> ServiceResult<Option<String>> {
    Ok(store::staff::find(cx.store.read(), id).await?.map(|s| s.name.as_str().to_string()))
}

/// The member of staff called `name` (the operator's commands name people so).
pub async fn by_name(cx: &Context, name: &StaffName) -> ServiceResult<Option<Staff>> {
    store::staff::find_by_name(cx.store.read(), name).await
}

/// Resolves a bearer token to the active staff member it belongs to.
pub async fn authenticate(cx: &Context, token: &str) -> ServiceResult<Staff> {
    if !token.starts_with(&cx.config.security.token_prefix) {
        return Err(ServiceError::Unauthorized);
    }
    let hash = hash_token(token);
    if let Some(staff) = cx.auth.get(&hash, cx.now()) {
        return Ok(staff);
    }
    let generation = cx.auth.generation();
    let (staff, expires) = store::staff::find_by_token_hash(cx.store.read(), &hash, cx.now())
        .await?
        .ok_or(ServiceError::Unauthorized)?;
    cx.auth.put(generation, hash, staff.clone(), expires);
    Ok(staff)
}

pub fn actor_for(staff: &Staff, via: crate::domain::Via) -> Actor {
    Actor::Staff(StaffActor::from_staff(staff, via))
}

fn snapshot(s: &Staff) -> serde_json::Value {
    serde_json::json!({
        "name": s.name.as_str(),
        "role": s.role.as_str(),
        "active": s.active,
        "queues": s.queues.iter().map(|q| q.as_str()).collect::<Vec<_>>(),
        "max_open_tickets": s.max_open_tickets,
        "email": s.email.as_ref().map(|e| e.as_str()),
        "available": s.available,
    })
}
