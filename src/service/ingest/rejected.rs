//! Mail that is not a complaint, or cannot be taken: discarded robots, bounces marking
//! our message, quarantine, a retry from quarantine, and the notice to the sender.

use super::*;

pub(super) async fn discard(txn: &DatabaseTransaction, rec: &Record, reason: &str) -> ServiceResult<()> {
    store::audit::append(
        txn,
        AuditEntry::new(&Actor::System, "mail.discard", "inbound_mail", rec.id())
            .with_evidence(serde_json::json!({"reason": reason})),
    )
    .await?;
    rec.write(txn, InboundStatus::Discarded, Some(reason), None).await
}

/// A delivery report: marks our bounced message and flags its ticket.
pub(super) async fn bounce(
    txn: &DatabaseTransaction,
    rec: &Record,
    mail: &InboundMail,
) -> ServiceResult<Outcome> {
    let original = match &mail.bounced_message_id {
        Some(id) => store::tickets::message_by_rfc_id(txn, id).await?,
        None => None,
    };
    let reason = match original.filter(|m| m.kind == MessageKind::Outbound) {
        Some(m) => {
            let detail = own_words(&mail.text).lines().take(8).collect::<Vec<_>>().join(" ");
            store::tickets::set_delivery(txn, m.id, crate::domain::DeliveryStatus::Bounced, Some(&detail))
                .await?;
            let what = format!("mail to {} bounced", m.recipient.unwrap_or_default());
            store::tickets::add_flag(txn, m.ticket, "bounce", &what).await?;
            "delivery report for our outbound mail".to_string()
        }
        None => "delivery report for a message we did not send".to_string(),
    };
    discard(txn, rec, &reason).await?;
    Ok(Outcome::Discarded(reason))
}

pub(super) async fn quarantine(
    txn: &DatabaseTransaction,
    cx: &Context,
    rec: &Record,
    reason: &str,
    notify_sender: bool,
) -> ServiceResult<Outcome> {
    if let Record::Retry { .. } = rec {
        // Still bad after a retry: it stays as it is (the caller does not commit).
        return Ok(Outcome::Quarantined(reason.to_string()));
    }
    store::audit::append(
        txn,
        AuditEntry::new(&Actor::System, "mail.quarantine", "inbound_mail", rec.id())
            .with_evidence(serde_json::json!({"reason": reason})),
    )
    .await?;
    rec.write(txn, InboundStatus::Quarantined, Some(reason), None).await?;
    if notify_sender {
        let job = JobKind::SendRejectionNotice { inbound: rec.id() };
        store::jobs::enqueue(txn, new_job(&job, cx.config.jobs.max_attempts)).await?;
    }
    Ok(Outcome::Quarantined(reason.to_string()))
}

/// Records a message that could not be processed at all (the processor failed) as
/// quarantined, so it is listed for staff and its source can let go of it.
pub async fn quarantine_unprocessable(
    cx: &Context,
    raw: &[u8],
    source: &Source,
    reason: &str,
) -> ServiceResult<Outcome> {
    let txn = cx.store.write().begin().await?;
    let rec = Record::New(Incoming::new(raw.to_vec(), source));
    let outcome = match quarantine(&txn, cx, &rec, reason, false).await {
        Err(ServiceError::Conflict(m)) if m == ALREADY => return Ok(Outcome::Duplicate),
        other => other?,
    };
    txn.commit().await?;
    Ok(outcome)
}

/// Processes a quarantined message again (after a fix or a limit change).
pub async fn retry(cx: &Context, id: Uuid) -> ServiceResult<Outcome> {
    let row = store::inbound::get(cx.store.read(), id)
        .await?
        .ok_or(ServiceError::NotFound { what: "inbound mail" })?;
    if row.status != InboundStatus::Quarantined {
        return Err(ServiceError::conflict("only a quarantined message can be retried"));
    }
    let raw = store::inbound::raw(cx.store.read(), id)
        .await?
        .ok_or(ServiceError::NotFound { what: "inbound mail" })?;
    let files = store_files(cx, &raw).await?;
    match process(cx, Record::Retry { id, raw, files }).await {
        Err(ServiceError::Conflict(m)) if m == ALREADY => Ok(Outcome::Duplicate),
        other => other,
    }
}

/// The job telling a sender why their mail was not processed (too large).
pub async fn send_rejection_notice(cx: &Context, inbound: Uuid) -> Result<(), JobError> {
    let row = store::inbound::get(cx.store.read(), inbound)
        .await?
        .ok_or_else(|| JobError::Permanent("inbound mail row is gone".into()))?;
    let raw = store::inbound::raw(cx.store.read(), inbound)
        .await?
        .ok_or_else(|| JobError::Permanent("inbound mail row is gone".into()))?;
    let mail =
        mime::parse(&raw[..raw.len().min(256 * 1024)]).map_err(|e| JobError::Permanent(e.to_string()))?;
    let to = mail
        .from
        .as_ref()
        .map(|f| f.address.clone())
        .ok_or_else(|| JobError::Permanent("no sender".into()))?;
    let since = mail_out::ack_window_start(cx);
    if store::tickets::auto_mails_to(cx.store.read(), &to, since).await?
        >= u64::from(cx.config.mail.ack_per_sender_per_hour)
    {
        return Ok(());
    }
    let lang = Language::detect(&mail.subject);
    let mut vars = tera::Context::new();
    vars.insert("subject", &mail.subject);
    vars.insert("size_mb", &format!("{:.1}", mb(row.size as usize)));
    vars.insert("limit_mb", &format!("{:.0}", mb(cx.config.mail.max_message_bytes)));
    let text = cx
        .templates
        .render(&format!("mail/too_large.{}.txt", lang.as_str()), &vars)
        .map_err(|e| JobError::Permanent(format!("{e:?}")))?;
    let out = crate::mail::outbound::Outgoing {
        to,
        to_name: None,
        subject: format!("Re: {}", mail.subject),
        text,
        html: None,
        message_id: cx.mailer.message_id_for(&format!("rejection:{inbound}")),
        in_reply_to: mail.message_id.clone(),
        references: mail.message_id.into_iter().collect(),
        auto_replied: true,
    };
    cx.mailer.send(&out).await.map_err(|e| match e {
        crate::mail::outbound::SendError::Temporary(e) => JobError::Temporary(e),
        crate::mail::outbound::SendError::Permanent(e) => JobError::Permanent(e),
    })
}
