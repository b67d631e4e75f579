//! The ticket core: open, list, read, reply, assign, change, merge and tag tickets.
//! Every change writes an audit entry in the same transaction.

use chrono::Datelike;
use sea_orm::{DatabaseTransaction, TransactionTrait};
use serde_json::{json, Value};

use super::ticket_writer::NewTicketRows;
use super::Context;
use crate::domain::{
    Actor, AttachmentInfo, AuditEntry, Category, Message, MessageKind, NewTicket, Priority, QueueName,
    ResolutionAction, Role, StaffActor, StaffId, Tag, Text, Ticket, TicketFlag, TicketId, TicketStatus,
};
pub use crate::domain::{AssigneeFilter, TicketFilter, TicketRef};
use crate::error::{ServiceError, ServiceResult};
use crate::store;

/// A ticket with its whole thread.
#[derive(Debug, Clone)]
pub struct TicketThread {
    pub ticket: Ticket,
    pub messages: Vec<Message>,
    pub flags: Vec<TicketFlag>,
    pub attachments: Vec<AttachmentInfo>,
    pub actions: Vec<crate::domain::TicketAction>,
}

impl TicketThread {
    /// Loads the thread, flags and attachments of `ticket`.
    pub async fn load<C: sea_orm::ConnectionTrait>(db: &C, ticket: Ticket) -> ServiceResult<Self> {
        let messages = store::tickets::messages(db, ticket.id).await?;
        let flags = store::tickets::flags(db, ticket.id)
            .await?
            .into_iter()
            .map(|(kind, detail)| TicketFlag { kind, detail })
            .collect();
        let ids: Vec<_> = messages.iter().map(|m| m.id).collect();
        let attachments = store::attachments::of_messages(db, &ids)
            .await?
            .into_iter()
            .map(|a| AttachmentInfo {
                id: a.id,
                message: a.message,
                filename: a.filename,
                content_type: a.content_type,
                size: a.size,
                sha256: a.sha256,
            })
            .collect();
        let actions = super::actions::of_ticket(db, ticket.id).await?;
        Ok(Self { ticket, messages, flags, attachments, actions })
    }
}

/// One page of a listing; `next` is the cursor for the following page.
#[derive(Debug, Clone)]
pub struct Page {
    pub items: Vec<Ticket>,
    pub next: Option<TicketId>,
}

/// What a staff member may change in one request; `None` leaves a field alone.
#[derive(Debug, Clone, Default)]
pub struct TicketChanges {
    pub status: Option<TicketStatus>,
    pub priority: Option<Priority>,
    pub category: Option<Category>,
    pub queue: Option<QueueName>,
    /// Run when the ticket is (or becomes) resolved: resend, reissue, …
    pub actions: Vec<ResolutionAction>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffMessageKind {
    /// Public: the citizen sees it (and, for mail tickets, it is sent).
    Reply,
    /// Internal: staff only.
    Note,
}

mod bulk;
mod changes;
mod merge;
mod messages;

pub use bulk::{bulk_change, BulkChange, BulkChangeReport};
pub use changes::{add_tag, assign, remove_tag, update};
pub use merge::{merge, merge_into, split};
pub use messages::{add_message, attachment};

pub const MAX_PAGE: u64 = 200;

pub async fn create(cx: &Context, actor: &Actor, new: NewTicket) -> ServiceResult<TicketThread> {
    let now = cx.now();
    let number = cx.store.next_ticket_number(now.year() as u16).await?;
    let (mut ticket, body) = Ticket::open(number, new, now);
    if let Some(nik) = &ticket.nik {
        ticket.person = store::people::id_by_nik(cx.store.read(), nik).await?;
    }
    intake(cx, &mut ticket).await?;
    let mut first = Message::new(ticket.id, MessageKind::Inbound, body, now);
    first.author_staff = actor.staff_id();
    first.author_name = ticket.requester.name.clone();
    first.author_email = ticket.requester.email.as_ref().map(|e| e.as_str().into());
    let audit = AuditEntry::new(actor, "ticket.create", "ticket", ticket.id).after(snapshot(&ticket));
    let rows = NewTicketRows { ticket, first, audit };
    let NewTicketRows { ticket, first, .. } = cx.ticket_writer.write(rows).await?;
    // After the (batched) commit: a failure here leaves the ticket unlinked or
    // undiagnosed until an agent looks, never lost.
    let joined = match super::ticket_links::has_work(cx.store.read(), &ticket).await {
        Ok(false) => Ok(ticket.clone()),
        _ => super::ticket_links::join_open(cx, cx.store.write(), ticket.clone()).await,
    };
    let ticket = match joined {
        Ok(t) => t,
        Err(e) => {
            tracing::warn!(error = %e, ticket = %ticket.id, "could not relate a new ticket");
            ticket
        }
    };
    let ticket = if ticket.person.is_some() {
        match super::diagnose::run(cx.store.write(), &ticket, cx.now()).await {
            Ok(d) => {
                match super::routing::after_diagnosis(cx, cx.store.write(), ticket.clone(), d.cause()).await {
                    Ok(t) => t,
                    Err(e) => {
                        tracing::warn!(error = %e, ticket = %ticket.id, "could not route a new ticket");
                        ticket
                    }
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, ticket = %ticket.id, "could not diagnose a new ticket");
                ticket
            }
        }
    } else {
        ticket
    };
    Ok(TicketThread {
        ticket,
        messages: vec![first],
        flags: Vec::new(),
        attachments: Vec::new(),
        actions: Vec::new(),
    })
}

/// Writes a changed ticket: every service saves tickets through here, so the SLA clock
/// follows each change (a pause while waiting on the citizen, new targets with a new
/// queue or priority).
pub async fn save<C: sea_orm::ConnectionTrait>(cx: &Context, db: &C, t: &mut Ticket) -> ServiceResult<()> {
    let setup = super::sla::setup(cx).await?;
    super::sla::refresh(&setup, t, cx.now());
    store::tickets::update(db, t).await
}

/// Prepares a new ticket before its first write: routing out of the intake queue (by
/// what is known before a diagnosis) and its SLA clock.
pub async fn intake(cx: &Context, t: &mut Ticket) -> ServiceResult<()> {
    super::routing::apply(cx, t, None).await?;
    let setup = super::sla::setup(cx).await?;
    super::sla::refresh(&setup, t, t.created_at);
    Ok(())
}

pub async fn get(cx: &Context, actor: &StaffActor, r: TicketRef) -> ServiceResult<TicketThread> {
    let db = cx.store.read();
    let ticket = store::tickets::find(db, r).await?.ok_or(NOT_FOUND)?;
    ensure_visible(actor, &ticket)?;
    TicketThread::load(db, ticket).await
}

pub async fn list(cx: &Context, actor: &StaffActor, mut filter: TicketFilter) -> ServiceResult<Page> {
    if !actor.sees_all_queues() {
        filter.visible_to = Some((actor.id, actor.queues.clone()));
    }
    let limit = filter.limit.clamp(1, MAX_PAGE);
    filter.limit = limit + 1;
    let mut items = store::tickets::list(cx.store.read(), &filter).await?;
    let next = if items.len() as u64 > limit {
        items.truncate(limit as usize);
        items.last().map(|t| t.id)
    } else {
        None
    };
    Ok(Page { items, next })
}

/// Saves a changed ticket with its audit entry (before → now) and commits.
async fn commit_change(
    cx: &Context,
    txn: DatabaseTransaction,
    actor: &StaffActor,
    action: &'static str,
    mut ticket: Ticket,
    before: Value,
) -> ServiceResult<Ticket> {
    save(cx, &txn, &mut ticket).await?;
    let entry = AuditEntry::new(&Actor::Staff(actor.clone()), action, "ticket", ticket.id)
        .change(before, snapshot(&ticket));
    store::audit::append(&txn, entry).await?;
    txn.commit().await?;
    Ok(ticket)
}

const NOT_FOUND: ServiceError = ServiceError::NotFound { what: "ticket" };

async fn load_for_change(
    txn: &DatabaseTransaction,
    actor: &StaffActor,
    r: TicketRef,
) -> ServiceResult<Ticket> {
    let ticket = store::tickets::find_for_update(txn, r).await?.ok_or(NOT_FOUND)?;
    ensure_visible(actor, &ticket)?;
    if let Some(survivor) = ticket.merged_into {
        return Err(ServiceError::conflict(format!(
            "{} was merged into another ticket ({survivor}); work on that one",
            ticket.number
        )));
    }
    Ok(ticket)
}

/// Agents work the queues they belong to and whatever is assigned to them.
pub fn ensure_visible(actor: &StaffActor, t: &Ticket) -> ServiceResult<()> {
    if actor.sees_all_queues() || t.assignee == Some(actor.id) || actor.queues.contains(&t.queue) {
        Ok(())
    } else {
        Err(ServiceError::forbidden(format!("{} is in a queue you do not work", t.number)))
    }
}

fn dedup(mut tags: Vec<Tag>) -> Vec<Tag> {
    tags.sort();
    tags.dedup();
    tags
}

/// The audited view of a ticket: the fields staff change, no personal data.
fn snapshot(t: &Ticket) -> Value {
    json!({
        "status": t.status.as_str(),
        "priority": t.priority.as_str(),
        "category": t.category.as_str(),
        "queue": t.queue.as_str(),
        "assignee": t.assignee.map(|a| a.to_string()),
        "tags": t.tags.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        "merged_into": t.merged_into.map(|m| m.to_string()),
    })
}

/// Every ticket of a filter, newest first, one page at a time (the CSV export): memory
/// holds a page however many tickets match. Supervisors only.
pub fn pages(
    cx: Context,
    actor: &StaffActor,
    mut filter: TicketFilter,
    page: u64,
) -> ServiceResult<impl futures::Stream<Item = ServiceResult<Vec<Ticket>>>> {
    if !actor.role.at_least(crate::domain::Role::Supervisor) {
        return Err(ServiceError::forbidden("only supervisors export tickets"));
    }
    filter.limit = page.clamp(1, 5000);
    Ok(futures::stream::unfold(Some(filter), move |f| {
        let cx = cx.clone();
        async move {
            let mut f = f?;
            match store::tickets::list(cx.store.read(), &f).await {
                Ok(items) if items.is_empty() => None,
                Ok(items) => {
                    let full = items.len() as u64 == f.limit;
                    f.before = items.last().map(|t| t.id);
                    Some((Ok(items), full.then_some(f)))
                }
                Err(e) => Some((Err(e), None)),
            }
        }
    }))
}
