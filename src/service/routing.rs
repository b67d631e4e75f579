//! Routing: new tickets leave the intake queue (`general`) by the first matching rule (at creation
//! by category, channel, province and priority; again once the diagnosis knows the
//! cause). Rules are data, replaced as a whole by supervisors.

use std::sync::Arc;

use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;

use super::Context;
use crate::domain::diagnosis::Cause;
use crate::domain::routing::{route, Facts, Rule};
use crate::domain::{Actor, AuditEntry, QueueName, Role, Ticket};
use crate::error::{ServiceError, ServiceResult};
use crate::store;

pub async fn rules(cx: &Context) -> ServiceResult<Arc<Vec<Rule>>> {
    cx.routing_rules.get(|| store::routing::rules(cx.store.read())).await
}

/// Moves `t` by the first matching rule when it is still in `general` (the intake) and
/// unassigned; a rule's priority only ever raises. Returns the rule that applied.
pub async fn apply(cx: &Context, t: &mut Ticket, cause: Option<Cause>) -> ServiceResult<Option<String>> {
    if t.queue != QueueName::general() || t.assignee.is_some() {
        return Ok(None);
    }
    let rules = rules(cx).await?;
    let Some(rule) = route(&rules, &Facts::of(t, cause)) else { return Ok(None) };
    t.queue = rule.queue.clone();
    if let Some(p) = rule.priority.filter(|p| p.rank() > t.priority.rank()) {
        t.priority = p;
    }
    Ok(Some(rule.name.clone()))
}

/// After a diagnosis: routes by cause and writes the move (with its audit entry) in
/// the caller's transaction. Returns the ticket as it now is.
pub async fn after_diagnosis<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    mut t: Ticket,
    cause: Option<Cause>,
) -> ServiceResult<Ticket> {
    let before = json!({"queue": t.queue.as_str(), "priority": t.priority.as_str()});
    let Some(rule) = apply(cx, &mut t, cause).await? else { return Ok(t) };
    t.updated_at = cx.now();
    super::tickets::save(cx, db, &mut t).await?;
    store::audit::append(
        db,
        AuditEntry::new(&Actor::System, "ticket.route", "ticket", t.id)
            .change(before, json!({"queue": t.queue.as_str(), "priority": t.priority.as_str()}))
            .with_evidence(json!({"rule": rule, "cause": cause.map(|c| c.as_str())})),
    )
    .await?;
    Ok(t)
}

/// Replaces the ordered rule list (supervisors). Audited with the old and new lists.
pub async fn replace(cx: &Context, actor: &Actor, list: Vec<Rule>) -> ServiceResult<Vec<Rule>> {
    if !actor.role().is_some_and(|r| r.at_least(Role::Supervisor)) {
        return Err(ServiceError::forbidden("only supervisors change routing rules"));
    }
    let txn = cx.store.write().begin().await?;
    let before = store::routing::rules(&txn).await?;
    store::routing::replace(&txn, &list).await?;
    let names = |l: &[Rule]| {
        json!(l.iter().map(|r| json!({"name": r.name, "queue": r.queue.as_str()})).collect::<Vec<_>>())
    };
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "routing.replace", "routing_rules", "all")
            .change(names(&before), names(&list)),
    )
    .await?;
    txn.commit().await?;
    cx.routing_rules.invalidate();
    Ok(list)
}
