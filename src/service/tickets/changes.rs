//! Changing one ticket: assignment, status, priority, category, queue and tags.

use super::*;

/// Assigns (or, with `None`, unassigns) a ticket. Agents may take an unassigned
/// ticket or give up their own; reassigning someone else's is a supervisor's call.
pub async fn assign(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
    to: Option<StaffId>,
) -> ServiceResult<Ticket> {
    let txn = cx.store.write().begin().await?;
    let mut ticket = load_for_change(&txn, actor, r).await?;
    if !actor.role.at_least(Role::Supervisor) {
        let own_or_free = ticket.assignee.is_none() || ticket.assignee == Some(actor.id);
        if !own_or_free || to.is_some_and(|s| s != actor.id) {
            return Err(ServiceError::forbidden("only a supervisor can assign tickets to others"));
        }
    }
    if let Some(staff) = to {
        if !store::staff::is_active(&txn, staff.0).await? {
            return Err(ServiceError::invalid("staff_id", "no active staff member has this id"));
        }
    }
    // An agent taking a ticket keeps to their cap (a supervisor may go past it).
    if !actor.role.at_least(Role::Supervisor) && to == Some(actor.id) && ticket.assignee != to {
        if let Some((open, cap)) = store::assign::lock_load(&txn, actor.id).await? {
            if open >= cap {
                return Err(ServiceError::conflict(format!(
                    "you have {open} open tickets, your cap is {cap}: resolve or hand one back first"
                )));
            }
        }
    }
    let before = snapshot(&ticket);
    ticket.assignee = to;
    ticket.updated_at = cx.now();
    let action = if to.is_some() { "ticket.assign" } else { "ticket.unassign" };
    commit_change(cx, txn, actor, action, ticket, before).await
}

pub async fn update(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
    ch: TicketChanges,
) -> ServiceResult<Ticket> {
    let txn = cx.store.write().begin().await?;
    let mut ticket = load_for_change(&txn, actor, r).await?;
    let before = snapshot(&ticket);
    let now = cx.now();
    if let Some(to) = ch.status.filter(|s| *s != ticket.status) {
        ticket.status = ticket.status.transition(to)?;
        match to {
            TicketStatus::Resolved => ticket.resolved_at = Some(now),
            TicketStatus::Closed => ticket.closed_at = Some(now),
            TicketStatus::Open => ticket.resolved_at = None,
            _ => {}
        }
    }
    if let Some(p) = ch.priority {
        ticket.priority = p;
    }
    if let Some(c) = ch.category {
        ticket.category = c;
    }
    if let Some(q) = ch.queue {
        ticket.queue = q;
    }
    if !ch.actions.is_empty() {
        if ticket.status != TicketStatus::Resolved {
            return Err(ServiceError::invalid("actions", "actions run when the ticket is resolved"));
        }
        if ticket.person.is_none() {
            return Err(ServiceError::conflict(format!(
                "{} is not linked to a person record; link it before resolving with actions",
                ticket.number
            )));
        }
        crate::service::actions::attach(cx, &txn, actor, &ticket, &ch.actions).await?;
    }
    let after = snapshot(&ticket);
    if after == before && ch.actions.is_empty() {
        return Ok(ticket);
    }
    ticket.updated_at = now;
    commit_change(cx, txn, actor, "ticket.update", ticket, before).await
}

pub async fn add_tag(cx: &Context, actor: &StaffActor, r: TicketRef, tag: Tag) -> ServiceResult<Ticket> {
    change_tags(cx, actor, r, "ticket.tag", |tags| {
        if tags.contains(&tag) {
            false
        } else {
            tags.push(tag);
            true
        }
    })
    .await
}

pub async fn remove_tag(cx: &Context, actor: &StaffActor, r: TicketRef, tag: Tag) -> ServiceResult<Ticket> {
    change_tags(cx, actor, r, "ticket.untag", |tags| {
        let n = tags.len();
        tags.retain(|t| *t != tag);
        tags.len() != n
    })
    .await
}

pub(super) async fn change_tags(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
    action: &'static str,
    edit: impl FnOnce(&mut Vec<Tag>) -> bool,
) -> ServiceResult<Ticket> {
    let txn = cx.store.write().begin().await?;
    let mut ticket = load_for_change(&txn, actor, r).await?;
    let before = snapshot(&ticket);
    if !edit(&mut ticket.tags) {
        return Ok(ticket);
    }
    ticket.tags.sort();
    ticket.updated_at = cx.now();
    store::tickets::set_tags(&txn, ticket.id, &ticket.tags).await?;
    commit_change(cx, txn, actor, action, ticket, before).await
}
