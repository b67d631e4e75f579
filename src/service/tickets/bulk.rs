//! Supervisors' changes to every ticket of a filter at once.

use super::*;

/// What a bulk change does to each ticket of a filter.
#[derive(Debug, Clone)]
pub enum BulkChange {
    /// Move to a queue and/or assign (`Some(None)`: unassign).
    Reassign { queue: Option<QueueName>, assignee: Option<Option<StaffId>> },
    /// Resolve (if still active) and close, with an internal note saying why.
    Close { note: Option<Text> },
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BulkChangeReport {
    pub bulk_id: uuid::Uuid,
    pub tickets: u64,
    pub changed: u64,
    /// Already as asked, or merged away.
    pub unchanged: u64,
}

/// Applies one change to every ticket of `filter` (supervisors; at most
/// `actions::BULK_MAX`), each in its own transaction with its own audit entry.
pub async fn bulk_change(
    cx: &Context,
    actor: &StaffActor,
    mut filter: TicketFilter,
    change: BulkChange,
) -> ServiceResult<BulkChangeReport> {
    if !actor.role.at_least(Role::Supervisor) {
        return Err(ServiceError::forbidden("only supervisors run bulk actions"));
    }
    if let BulkChange::Reassign { assignee: Some(Some(s)), .. } = &change {
        if !store::staff::is_active(cx.store.read(), s.0).await? {
            return Err(ServiceError::invalid("assignee_id", "no active staff member has this id"));
        }
    }
    filter.limit = crate::service::actions::BULK_MAX;
    let list = store::tickets::list(cx.store.read(), &filter).await?;
    let mut report = BulkChangeReport { bulk_id: uuid::Uuid::now_v7(), ..Default::default() };
    let (action, who) = match &change {
        BulkChange::Reassign { .. } => ("ticket.bulk_reassign", Actor::Staff(actor.clone())),
        BulkChange::Close { .. } => ("ticket.bulk_close", Actor::Staff(actor.clone())),
    };
    for found in list {
        report.tickets += 1;
        let now = cx.now();
        let txn = cx.store.write().begin().await?;
        let Some(mut t) = store::tickets::find_for_update(&txn, TicketRef::Id(found.id)).await? else {
            report.unchanged += 1;
            continue;
        };
        let before = snapshot(&t);
        let changed = t.merged_into.is_none()
            && match &change {
                BulkChange::Reassign { queue, assignee } => {
                    let mut any = false;
                    if let Some(q) = queue.as_ref().filter(|q| **q != t.queue) {
                        t.queue = q.clone();
                        any = true;
                    }
                    if let Some(a) = assignee.filter(|a| *a != t.assignee) {
                        t.assignee = a;
                        any = true;
                    }
                    any
                }
                BulkChange::Close { note } => {
                    if t.status == TicketStatus::Closed {
                        false
                    } else {
                        if t.status.is_active() {
                            t.status = TicketStatus::Resolved;
                            t.resolved_at = Some(now);
                        }
                        t.status = TicketStatus::Closed;
                        t.closed_at = Some(now);
                        if let Some(n) = note {
                            let mut m = Message::new(t.id, MessageKind::Note, n.as_str().to_string(), now);
                            m.author_staff = Some(actor.id);
                            store::tickets::insert_message(&txn, &m).await?;
                        }
                        true
                    }
                }
            };
        if !changed {
            report.unchanged += 1;
            continue;
        }
        t.updated_at = now;
        save(cx, &txn, &mut t).await?;
        store::audit::append(
            &txn,
            AuditEntry::new(&who, action, "ticket", t.id)
                .change(before, snapshot(&t))
                .with_evidence(json!({"bulk_id": report.bulk_id})),
        )
        .await?;
        txn.commit().await?;
        report.changed += 1;
    }
    Ok(report)
}
