//! Staff accounts and API-token authentication.

use chrono::Utc;
use rand::RngCore;
use sea_orm::TransactionTrait;
use sha2::{Digest, Sha256};

use super::Context;
use crate::domain::{Actor, AuditEntry, QueueName, Role, Staff, StaffActor, StaffId, StaffName};
use crate::error::{ServiceError, ServiceResult};
use crate::store;

/// A token shown once; only its hash is stored.
pub struct IssuedToken(pub String);

pub struct NewStaff {
    pub name: StaffName,
    pub role: Role,
    pub queues: Vec<QueueName>,
    pub max_open_tickets: u32,
}

#[derive(Default)]
pub struct StaffChanges {
    pub role: Option<Role>,
    pub active: Option<bool>,
    pub queues: Option<Vec<QueueName>>,
    pub max_open_tickets: Option<u32>,
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
pub async fn create(
    cx: &Context,
    actor: &Actor,
    new: NewStaff,
) -> ServiceResult<(Staff, IssuedToken)> {
    require_admin(actor)?;
    let token = new_token(&cx.config.security.token_prefix);
    let staff = Staff {
        id: StaffId::new(),
        name: new.name,
        role: new.role,
        active: true,
        queues: new.queues,
        max_open_tickets: new.max_open_tickets,
        created_at: Utc::now(),
    };
    let txn = cx.store.write().begin().await?;
    if store::staff::find_by_name(&txn, &staff.name)
        .await?
        .is_some()
    {
        return Err(ServiceError::conflict(format!(
            "staff name {} is taken",
            staff.name.as_str()
        )));
    }
    store::staff::insert(&txn, &staff, &hash_token(&token.0)).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "staff.create", "staff", staff.id).after(snapshot(&staff)),
    )
    .await?;
    txn.commit().await?;
    Ok((staff, token))
}

pub async fn update(
    cx: &Context,
    actor: &Actor,
    id: StaffId,
    ch: StaffChanges,
) -> ServiceResult<Staff> {
    require_admin(actor)?;
    let txn = cx.store.write().begin().await?;
    let before = store::staff::find(&txn, id)
        .await?
        .ok_or(ServiceError::NotFound {
            what: "staff member",
        })?;
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
    if actor.staff_id() == Some(id) && (after.role != before.role || !after.active) {
        return Err(ServiceError::forbidden(
            "you cannot demote or deactivate yourself",
        ));
    }
    store::staff::update(&txn, &after).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "staff.update", "staff", id)
            .change(snapshot(&before), snapshot(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Replaces a staff member's token; the old one stops working at once.
pub async fn rotate_token(cx: &Context, actor: &Actor, id: StaffId) -> ServiceResult<IssuedToken> {
    require_admin(actor)?;
    let token = new_token(&cx.config.security.token_prefix);
    let txn = cx.store.write().begin().await?;
    store::staff::find(&txn, id)
        .await?
        .ok_or(ServiceError::NotFound {
            what: "staff member",
        })?;
    store::staff::set_token_hash(&txn, id, &hash_token(&token.0)).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "staff.rotate_token", "staff", id),
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}

pub async fn list(cx: &Context, actor: &Actor) -> ServiceResult<Vec<Staff>> {
    match actor.role() {
        Some(r) if r.at_least(Role::Supervisor) => store::staff::list(cx.store.read()).await,
        _ => Err(ServiceError::forbidden("only supervisors can list staff")),
    }
}

/// Resolves a bearer token to the active staff member it belongs to.
pub async fn authenticate(cx: &Context, token: &str) -> ServiceResult<Staff> {
    if !token.starts_with(&cx.config.security.token_prefix) {
        return Err(ServiceError::Unauthorized);
    }
    store::staff::find_by_token_hash(cx.store.read(), &hash_token(token))
        .await?
        .ok_or(ServiceError::Unauthorized)
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
    })
}
