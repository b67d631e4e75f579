//! Audit log entries: who did what to which entity, with before and after.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::Actor;

/// An entry to append. `before`/`after` hold only the fields that changed.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub actor: Actor,
    pub action: &'static str,
    pub entity_type: &'static str,
    pub entity_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub evidence: Option<Value>,
}

impl AuditEntry {
    pub fn new(actor: &Actor, action: &'static str, entity_type: &'static str, id: impl ToString) -> Self {
        Self {
            actor: actor.clone(),
            action,
            entity_type,
            entity_id: id.to_string(),
            before: None,
            after: None,
            evidence: None,
        }
    }

    pub fn change(mut self, before: Value, after: Value) -> Self {
        self.before = Some(before);
        self.after = Some(after);
        self
    }

    pub fn with_evidence(mut self, evidence: Value) -> Self {
        self.evidence = Some(evidence);
        self
    }

    pub fn after(mut self, after: Value) -> Self {
        self.after = Some(after);
        self
    }
}

/// A stored entry.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor_kind: String,
    pub actor_id: Option<uuid::Uuid>,
    pub via: String,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub evidence: Option<Value>,
}
