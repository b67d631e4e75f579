//! One story, one ticket: merging two tickets, and splitting one in two.

use super::*;

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
