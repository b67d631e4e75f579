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
    let joined = match super::story::has_work(cx.store.read(), &ticket).await {
        Ok(false) => Ok(ticket.clone()),
        _ => super::story::join_open(cx, cx.store.write(), ticket.clone()).await,
    };
    let ticket = match joined {
        Ok(t) => t,
        Err(e) => {
            tracing::warn!(error = %e, ticket = %ticket.id, "could not relate a new ticket");
            ticket
        }
    };
    let ticket = if ticket.person.is_some() {
        match super::diagnose::run(cx.store.write(), &ticket).await {
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

pub async fn add_message(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
    kind: StaffMessageKind,
    body: Text,
) -> ServiceResult<Message> {
    let txn = cx.store.write().begin().await?;
    let mut ticket = load_for_change(&txn, actor, r).await?;
    if kind == StaffMessageKind::Reply && ticket.status == TicketStatus::Closed {
        return Err(ServiceError::conflict("the ticket is closed; open a new one to write to the citizen"));
    }
    let now = cx.now();
    let before = snapshot(&ticket);
    let message_kind = match kind {
        StaffMessageKind::Reply => MessageKind::Outbound,
        StaffMessageKind::Note => MessageKind::Note,
    };
    let mut message = Message::new(ticket.id, message_kind, body.into_inner(), now);
    message.author_staff = Some(actor.id);
    if kind == StaffMessageKind::Reply {
        ticket.status = ticket.status.on_staff_reply();
        ticket.first_response_at.get_or_insert(now);
    }
    ticket.updated_at = now;
    // A public reply to someone with an address goes out by mail, durably queued.
    let email = ticket.requester.email.clone().filter(|_| kind == StaffMessageKind::Reply);
    let message = match email {
        Some(to) => super::mail_out::queue(&txn, cx, &ticket, message, to.as_str()).await?,
        None => {
            store::tickets::insert_message(&txn, &message).await?;
            message
        }
    };
    save(cx, &txn, &mut ticket).await?;
    let action = match kind {
        StaffMessageKind::Reply => "ticket.reply",
        StaffMessageKind::Note => "ticket.note",
    };
    let entry = AuditEntry::new(&Actor::Staff(actor.clone()), action, "ticket", ticket.id)
        .change(before, snapshot(&ticket))
        .with_evidence(json!({ "message_id": message.id.to_string() }));
    store::audit::append(&txn, entry).await?;
    txn.commit().await?;
    cx.jobs_wake.notify_waiters();
    Ok(message)
}

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
        super::actions::attach(cx, &txn, actor, &ticket, &ch.actions).await?;
    }
    let after = snapshot(&ticket);
    if after == before && ch.actions.is_empty() {
        return Ok(ticket);
    }
    ticket.updated_at = now;
    commit_change(cx, txn, actor, "ticket.update", ticket, before).await
}

/// Merges `source` into `target`: the messages and tags move, the source is closed
/// and points at the survivor. Both sides are audited.
pub async fn merge(
    cx: &Context,
    actor: &StaffActor,
    source: TicketRef,
    target: TicketRef,
) -> ServiceResult<TicketThread> {
    let txn = cx.store.write().begin().await?;
    let src = load_for_change(&txn, actor, source).await?;
    let dst = load_for_change(&txn, actor, target).await?;
    if src.id == dst.id {
        return Err(ServiceError::invalid("into", "a ticket cannot be merged into itself"));
    }
    if dst.status == TicketStatus::Closed {
        return Err(ServiceError::conflict(format!("{} is closed and cannot receive a merge", dst.number)));
    }
    let dst = merge_into(cx, &txn, &Actor::Staff(actor.clone()), src, dst).await?;
    txn.commit().await?;
    TicketThread::load(cx.store.read(), dst).await
}

/// Moves `src`'s messages and tags into `dst`, closes `src` pointing to `dst`; audited
/// on both. The caller checked that the merge is allowed and holds the transaction.
pub async fn merge_into<C: sea_orm::ConnectionTrait>(
    cx: &Context,
    txn: &C,
    who: &Actor,
    mut src: Ticket,
    mut dst: Ticket,
) -> ServiceResult<Ticket> {
    let now = cx.now();
    let (src_before, dst_before) = (snapshot(&src), snapshot(&dst));
    // Mail from another requester joins apart: merging never makes them a participant
    // who could then write as this ticket's citizen.
    let same_requester = matches!((&src.requester.email, &dst.requester.email),
        (Some(a), Some(b)) if a.as_str().eq_ignore_ascii_case(b.as_str()));
    let moved = store::tickets::move_messages(txn, src.id, dst.id, !same_requester).await?;
    dst.tags = dedup(dst.tags.iter().chain(&src.tags).cloned().collect());
    dst.updated_at = now;
    src.tags.clear();
    src.merged_into = Some(dst.id);
    src.status = TicketStatus::Closed;
    src.closed_at = Some(now);
    src.updated_at = now;
    save(cx, txn, &mut src).await?;
    store::tickets::set_tags(txn, src.id, &[]).await?;
    save(cx, txn, &mut dst).await?;
    store::tickets::set_tags(txn, dst.id, &dst.tags).await?;
    let evidence = json!({ "source": src.number.to_string(), "target": dst.number.to_string(), "messages_moved": moved });
    store::audit::append(
        txn,
        AuditEntry::new(who, "ticket.merged_away", "ticket", src.id)
            .change(src_before, snapshot(&src))
            .with_evidence(evidence.clone()),
    )
    .await?;
    store::audit::append(
        txn,
        AuditEntry::new(who, "ticket.merged_in", "ticket", dst.id)
            .change(dst_before, snapshot(&dst))
            .with_evidence(evidence),
    )
    .await?;
    Ok(dst)
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

async fn change_tags(
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

/// Splits a ticket: these messages (not all of them) move to a new ticket for the same
/// requester and person, which starts its own SLA clock. Both sides are audited.
pub async fn split(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
    messages: Vec<crate::domain::MessageId>,
    subject: Option<Text>,
) -> ServiceResult<TicketThread> {
    if messages.is_empty() {
        return Err(ServiceError::invalid("message_ids", "name at least one message to move"));
    }
    let now = cx.now();
    let txn = cx.store.write().begin().await?;
    let src = load_for_change(&txn, actor, r).await?;
    if src.status == TicketStatus::Closed {
        return Err(ServiceError::conflict(format!("{} is closed", src.number)));
    }
    let thread = store::tickets::messages(&txn, src.id).await?;
    if let Some(m) = messages.iter().find(|m| !thread.iter().any(|t| t.id == **m)) {
        return Err(ServiceError::invalid(
            "message_ids",
            format!("message {} is not on {}", m.0, src.number),
        ));
    }
    if thread.iter().all(|t| messages.contains(&t.id)) {
        return Err(ServiceError::invalid(
            "message_ids",
            "leave at least one message on the original ticket",
        ));
    }
    let number = cx.store.next_ticket_number_in(&txn, now.year() as u16).await?;
    let text = |s: &str, max| Text::parse(s, max).map_err(|e| ServiceError::Internal(anyhow::anyhow!("{e}")));
    let subject = match subject {
        Some(s) => s,
        None => text(
            &crate::domain::truncate_chars(src.subject.clone(), crate::domain::SUBJECT_MAX),
            crate::domain::SUBJECT_MAX,
        )?,
    };
    let new = NewTicket {
        subject,
        body: text(&format!("Split from {}", src.number), crate::domain::BODY_MAX)?,
        channel: src.channel,
        category: src.category,
        priority: src.priority,
        queue: src.queue.clone(),
        requester: src.requester.clone(),
        nik: src.nik.clone(),
        tags: src.tags.clone(),
    };
    let (mut t, note) = Ticket::open(number, new, now);
    t.person = src.person;
    t.language = src.language;
    t.status = TicketStatus::Open;
    intake(cx, &mut t).await?;
    let note = Message::new(t.id, MessageKind::Note, note, now);
    store::tickets::insert_new(&txn, &[&t], &[&note]).await?;
    let moved = store::tickets::move_some_messages(&txn, &messages, src.id, t.id).await?;
    let who = Actor::Staff(actor.clone());
    let ids: Vec<String> = messages.iter().map(|m| m.0.to_string()).collect();
    store::audit::append(
        &txn,
        AuditEntry::new(&who, "ticket.split", "ticket", src.id)
            .with_evidence(json!({"into": t.number.to_string(), "messages": ids})),
    )
    .await?;
    store::audit::append(
        &txn,
        AuditEntry::new(&who, "ticket.create", "ticket", t.id)
            .after(snapshot(&t))
            .with_evidence(json!({"split_from": src.number.to_string(), "moved": moved})),
    )
    .await?;
    txn.commit().await?;
    TicketThread::load(cx.store.read(), t).await
}

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
    filter.limit = super::actions::BULK_MAX;
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

/// An attachment of a ticket's thread for a member of staff who may see the ticket,
/// with the type its bytes show (`None`: not a previewable image or PDF, whatever the
/// sender declared). Every view is audited.
pub async fn attachment(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
    id: uuid::Uuid,
) -> ServiceResult<(store::attachments::AttachmentRow, Option<&'static str>, Vec<u8>)> {
    let db = cx.store.read();
    let t = store::tickets::find(db, r).await?.ok_or(NOT_FOUND)?;
    ensure_visible(actor, &t)?;
    let ids: Vec<_> = store::tickets::messages(db, t.id).await?.into_iter().map(|m| m.id).collect();
    let a = store::attachments::of_messages(db, &ids)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(ServiceError::NotFound { what: "attachment" })?;
    let path = cx.config.storage.data_dir.join(&a.storage_path);
    let bytes = tokio::fs::read(&path)
        .await
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("reading attachment {}: {e}", path.display())))?;
    let shown = crate::domain::correction::sniff_evidence(&bytes);
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Staff(actor.clone()), "ticket.attachment_view", "ticket", t.id)
            .with_evidence(json!({"attachment": a.id, "type": shown})),
    )
    .await?;
    Ok((a, shown, bytes))
}
