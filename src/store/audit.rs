//! The append-only audit log. There is deliberately no update or delete here
//! (and the database refuses them too).

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::audit_event;
use crate::domain::{AuditEntry, AuditEvent};
use crate::error::ServiceResult;

pub async fn append<C: ConnectionTrait>(db: &C, e: AuditEntry) -> ServiceResult<()> {
    append_many(db, vec![e]).await
}

/// Appends several entries in one statement (batched writers).
pub async fn append_many<C: ConnectionTrait>(db: &C, entries: Vec<AuditEntry>) -> ServiceResult<()> {
    let at = chrono::Utc::now();
    let rows = entries.into_iter().map(|e| audit_event::ActiveModel {
        at: Set(at),
        actor_kind: Set(e.actor.kind().into()),
        actor_id: Set(e.actor.staff_id().map(|s| s.0)),
        via: Set(e.actor.via().as_str().into()),
        action: Set(e.action.into()),
        entity_type: Set(e.entity_type.into()),
        entity_id: Set(e.entity_id),
        before: Set(e.before),
        after: Set(e.after),
        evidence: Set(e.evidence),
        ..Default::default()
    });
    audit_event::Entity::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<uuid::Uuid>,
    pub action: Option<String>,
    /// Any of these actions (with `action`, both must hold).
    pub actions: Vec<String>,
    /// Entries older than this id (newest first).
    pub before: Option<i64>,
    pub limit: u64,
}

pub async fn list<C: ConnectionTrait>(db: &C, f: &AuditFilter) -> ServiceResult<Vec<AuditEvent>> {
    use audit_event::Column as Col;
    let mut q = audit_event::Entity::find();
    if let Some(t) = &f.entity_type {
        q = q.filter(Col::EntityType.eq(t.as_str()));
    }
    if let Some(id) = &f.entity_id {
        q = q.filter(Col::EntityId.eq(id.as_str()));
    }
    if let Some(a) = f.actor_id {
        q = q.filter(Col::ActorId.eq(a));
    }
    if let Some(a) = &f.action {
        q = q.filter(Col::Action.eq(a.as_str()));
    }
    if !f.actions.is_empty() {
        q = q.filter(Col::Action.is_in(f.actions.iter().map(String::as_str)));
    }
    if let Some(b) = f.before {
        q = q.filter(Col::Id.lt(b));
    }
    let rows = q.order_by_desc(Col::Id).limit(f.limit).all(db).await?;
    Ok(rows
        .into_iter()
        .map(|m| AuditEvent {
            id: m.id,
            at: m.at,
            actor_kind: m.actor_kind,
            actor_id: m.actor_id,
            via: m.via,
            action: m.action,
            entity_type: m.entity_type,
            entity_id: m.entity_id,
            before: m.before,
            after: m.after,
            evidence: m.evidence,
        })
        .collect())
}
