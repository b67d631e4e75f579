//! Delivery receipts from the gateway, and what a failed SMS sets off (a ticket, and the link by mail when there is an address).

use super::*;

/// A delivery receipt as the gateway posts it.
#[derive(Debug, Clone)]
pub struct Receipt {
    pub gateway_message_id: String,
    pub status: String,
    pub level: i16,
    pub error_code: Option<String>,
    pub raw: serde_json::Value,
}

/// Stores a receipt and applies it. Idempotent: a repeated receipt changes nothing; a
/// stale one (out of order) never moves a status back; one for a message whose gateway
/// id is not stored yet waits in `sms_receipt` and is applied when it is.
pub async fn record_receipt(cx: &Context, r: Receipt) -> ServiceResult<()> {
    let db = cx.store.write();
    let new = store::sms::insert_receipt(
        db,
        store::sms::NewReceipt {
            gateway_message_id: &r.gateway_message_id,
            status: &r.status,
            level: r.level,
            error_code: r.error_code.as_deref(),
            raw: r.raw.clone(),
        },
    )
    .await?;
    if !new {
        return Ok(());
    }
    let Some(next) = receipt_status(&r.status) else { return Ok(()) };
    // Two tries: a concurrent receipt for the same message may move it first.
    for _ in 0..2 {
        let Some(sms) = store::sms::by_gateway_id(db, &r.gateway_message_id).await? else { return Ok(()) };
        if !sms.status.may_become(next) {
            return Ok(());
        }
        let txn = db.begin().await?;
        let now = cx.now();
        if store::sms::transition(
            &txn,
            sms.id,
            sms.status,
            next,
            now,
            None,
            Some(&r.status),
            r.error_code.as_deref(),
        )
        .await?
        {
            let mut sms = sms;
            sms.status = next;
            sms.receipt_status = Some(r.status.clone());
            if next == SmsStatus::Delivered {
                sms.delivered_at = Some(now);
            }
            after_status(cx, &txn, &sms).await?;
            txn.commit().await?;
            return Ok(());
        }
        txn.rollback().await?;
    }
    Ok(())
}

/// The SMS was reported undeliverable: the citizen's problem is back. Open (or reopen)
/// their ticket with cause `sms_failed` and, when the record has an email address,
/// send the certificate link there.
pub async fn on_failed(cx: &Context, id: Uuid) -> Result<(), JobError> {
    let txn = cx.store.write().begin().await?;
    let Some(sms) = store::sms::find(&txn, id).await? else { return Ok(()) };
    let Some(person) = sms.person else { return Ok(()) };
    let Some(p) = store::people::find(&txn, person).await? else { return Ok(()) };
    let phone = sms.phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok());
    let detail = format!(
        "SMS {} ({}) not delivered to {}: {}",
        sms.purpose,
        sms.id,
        phone.as_ref().map_or_else(|| "-".into(), PhoneNumber::masked),
        sms.receipt_status.as_deref().unwrap_or("failed"),
    );
    let now = cx.now();
    let tag = Tag::parse("sms_failed").map_err(|e| JobError::Permanent(e.to_string()))?;
    let mut ticket = match store::tickets::latest_of_person(&txn, person).await? {
        Some(mut t) if t.status != TicketStatus::Closed => {
            let before = t.status;
            if matches!(t.status, TicketStatus::Resolved) {
                t.status = TicketStatus::Open;
                t.resolved_at = None;
            }
            if !t.tags.contains(&tag) {
                t.tags.push(tag.clone());
                t.tags.sort();
                store::tickets::set_tags(&txn, t.id, &t.tags).await?;
            }
            t.updated_at = now;
            crate::service::tickets::save(cx, &txn, &mut t).await?;
            store::audit::append(
                &txn,
                AuditEntry::new(&Actor::System, "ticket.sms_failed", "ticket", t.id)
                    .change(json!({"status": before.as_str()}), json!({"status": t.status.as_str()}))
                    .with_evidence(json!({"sms": sms.id, "receipt": sms.receipt_status})),
            )
            .await?;
            t
        }
        _ => {
            let number = cx.store.next_ticket_number_in(&txn, now.year() as u16).await?;
            let email = p.email.as_deref().and_then(|e| EmailAddress::parse(e).ok());
            let new = NewTicket {
                subject: Text::parse("SMS sertifikat tidak terkirim", 200)
                    .map_err(|e| JobError::Permanent(e.to_string()))?,
                body: Text::parse(&detail, 10_000).map_err(|e| JobError::Permanent(e.to_string()))?,
                channel: Channel::System,
                category: Category::SmsNotReceived,
                priority: Priority::Normal,
                queue: QueueName::general(),
                requester: Requester { name: Some(p.full_name.clone()), email, phone: phone.clone() },
                nik: crate::domain::Nik::parse(&p.nik).ok(),
                tags: vec![tag.clone()],
            };
            let (mut t, body) = Ticket::open(number, new, now);
            t.status = TicketStatus::Open;
            t.person = Some(person);
            t.language = Some(Language::Id);
            crate::service::tickets::intake(cx, &mut t).await?;
            let first = Message::new(t.id, MessageKind::Note, body, now);
            store::tickets::insert_new(&txn, &[&t], &[&first]).await?;
            store::audit::append(
                &txn,
                AuditEntry::new(&Actor::System, "ticket.create", "ticket", t.id)
                    .after(json!({"channel": "system", "cause": "sms_failed", "sms": sms.id})),
            )
            .await?;
            t
        }
    };
    store::tickets::add_flag(&txn, ticket.id, "sms_failed", &detail).await?;
    ticket.category = Category::SmsNotReceived;
    crate::service::tickets::save(cx, &txn, &mut ticket).await?;
    if let (Some(email), Some(cert)) = (p.email.as_deref(), sms.certificate) {
        if EmailAddress::parse(email).is_ok() {
            let (link, until) = link_url(cx, cert, now);
            let mut t = tera::Context::new();
            t.insert("name", &p.full_name);
            t.insert("link", &link);
            t.insert("until", &until.format("%d-%m-%Y").to_string());
            t.insert("number", &ticket.number.to_string());
            t.insert("portal_url", &format!("{}portal", certificates::base_url(cx)));
            let lang = ticket.language.unwrap_or(Language::Id);
            let text = cx
                .templates
                .render(&format!("mail/sms_failed.{}.txt", lang.as_str()), &t)
                .map_err(|e| JobError::Permanent(format!("template: {e:?}")))?;
            let mut m = Message::new(ticket.id, MessageKind::Outbound, text, now);
            m.auto = true;
            crate::service::mail_out::queue(&txn, cx, &ticket, m, email).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
