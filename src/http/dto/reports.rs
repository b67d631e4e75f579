//! The audit log, counts and ticket statistics as the API shows them.

use super::*;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct AuditEventOut {
    pub id: i64,
    pub at: DateTime<Utc>,
    /// staff | citizen | system
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    /// api | desk | phone | email | web | self_service | cli | system
    pub via: String,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub evidence: Option<serde_json::Value>,
}

impl From<domain::AuditEvent> for AuditEventOut {
    fn from(e: domain::AuditEvent) -> Self {
        Self {
            id: e.id,
            at: e.at,
            actor_kind: e.actor_kind,
            actor_id: e.actor_id,
            via: e.via,
            action: e.action,
            entity_type: e.entity_type,
            entity_id: e.entity_id,
            before: e.before,
            after: e.after,
            evidence: e.evidence,
        }
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct Count {
    pub key: String,
    pub count: i64,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct TicketStatsOut {
    pub total: i64,
    pub by_status: Vec<Count>,
    pub by_category: Vec<Count>,
    pub by_channel: Vec<Count>,
    pub by_queue: Vec<Count>,
}

impl From<TicketStats> for TicketStatsOut {
    fn from(s: TicketStats) -> Self {
        let counts = |m: std::collections::BTreeMap<String, i64>| {
            m.into_iter().map(|(key, count)| Count { key, count }).collect()
        };
        Self {
            total: s.total,
            by_status: counts(s.by_status),
            by_category: counts(s.by_category),
            by_channel: counts(s.by_channel),
            by_queue: counts(s.by_queue),
        }
    }
}
