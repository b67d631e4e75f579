//! The thread: staff replies and notes, and the attachments staff may view.

use super::*;

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
    // A public reply goes back the way the citizen wrote (WhatsApp, or mail to an
    // address), durably queued.
    let email = ticket.requester.email.clone().filter(|_| kind == StaffMessageKind::Reply);
    let whatsapp = ticket.channel == crate::domain::Channel::Whatsapp && kind == StaffMessageKind::Reply;
    let message = match email {
        _ if whatsapp => crate::service::whatsapp::queue_reply(&txn, cx, &ticket, message).await?,
        Some(to) => crate::service::mail_out::queue(&txn, cx, &ticket, message, to.as_str()).await?,
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

/// An attachment of a ticket's thread for a member of staff who may see the ticket,
/// with the type its bytes show (`None`: not a previewable image or PDF, whatever the
/// sender declared). Every view is audited.
pub async fn attachment(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
    id: uuid::Uuid,
) -> ServiceResult<(store::attachments::AttachmentRow, Option<&'static str>, crate::service::Download)> {
    let db = cx.store.read();
    let t = store::tickets::find(db, r).await?.ok_or(NOT_FOUND)?;
    ensure_visible(actor, &t)?;
    let ids: Vec<_> = store::tickets::messages(db, t.id).await?.into_iter().map(|m| m.id).collect();
    let a = store::attachments::of_messages(db, &ids)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(ServiceError::NotFound { what: "attachment" })?;
    let file = cx.objects.open(&a.storage_path).await?;
    let shown = crate::domain::correction::sniff_evidence(file.head());
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Staff(actor.clone()), "ticket.attachment_view", "ticket", t.id)
            .with_evidence(json!({"attachment": a.id, "type": shown})),
    )
    .await?;
    Ok((a, shown, file.into_download()))
}
