//! A WhatsApp notice that will not arrive (refused, reported failed, or not delivered
//! in time) goes again by SMS, once, as a row of its own; the ticket actions that
//! waited on the WhatsApp message wait on the SMS from then on.

use super::*;

/// Sends `failed` (a WhatsApp notice now failed or dead) again by SMS, in the caller's
/// transaction. A certificate link goes to the phone on record now: it may have
/// changed since the notice was queued, and the old number is no longer the citizen's.
pub(super) async fn fall_back<C: ConnectionTrait>(cx: &Context, db: &C, failed: &Sms) -> ServiceResult<()> {
    let phone = match (failed.certificate, failed.person) {
        (Some(_), Some(person)) => store::people::find(db, person).await?.and_then(|p| p.phone),
        _ => failed.phone.clone(),
    };
    // A number no SMS can reach either: the failure stands as it is.
    if phone.as_deref().is_some_and(|p| PhoneNumber::parse(p).is_err()) {
        return crate::service::actions::on_sms_status(cx, db, failed).await;
    }
    let status = if phone.is_some() { SmsStatus::Pending } else { SmsStatus::PhoneMissing };
    let phone_changed = failed.phone != phone;
    let row = NewSms {
        id: Uuid::now_v7(),
        person: failed.person,
        certificate: failed.certificate,
        ticket: failed.ticket,
        purpose: failed.purpose,
        channel: NoticeChannel::Sms,
        idempotency_key: sms_key(&failed.idempotency_key),
        phone,
        body: failed.body.clone(),
        status,
    };
    let id = row.id;
    if !store::sms::insert_one(db, row).await? {
        return Ok(());
    }
    if status == SmsStatus::Pending {
        let origin = failed.idempotency_key.splitn(3, ':').nth(2).unwrap_or("");
        store::jobs::enqueue(db, send_job(cx, id, lane_for(failed.purpose, origin))).await?;
        cx.jobs_wake.notify_waiters();
    }
    store::actions::repoint_sms(db, failed.id, id).await?;
    store::audit::append(
        db,
        AuditEntry::new(&Actor::System, "notice.fallback_to_sms", "sms", failed.id).with_evidence(json!({
            "purpose": failed.purpose.as_str(),
            "sms": id,
            "why": failed.last_error,
            "phone_changed": phone_changed,
        })),
    )
    .await?;
    if let Some(sms) = store::sms::find(db, id).await? {
        crate::service::actions::on_sms_status(cx, db, &sms).await?;
    }
    Ok(())
}

/// The key of the SMS a WhatsApp notice falls back to.
fn sms_key(notice_key: &str) -> String {
    format!("{notice_key}:sms")
}

/// What a request met again should be reported as: a WhatsApp notice that fell back
/// is its SMS now (a ticket resolved twice waits on the SMS, not on the dead message).
pub(super) async fn current<C: ConnectionTrait>(db: &C, sms: Sms) -> ServiceResult<Sms> {
    if sms.channel == NoticeChannel::WhatsApp && matches!(sms.status, SmsStatus::Failed | SmsStatus::Dead) {
        if let Some(fallback) = store::sms::by_key(db, &sms_key(&sms.idempotency_key)).await? {
            return Ok(fallback);
        }
    }
    Ok(sms)
}
