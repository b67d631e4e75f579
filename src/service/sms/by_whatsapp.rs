//! Notices by WhatsApp (`whatsapp.notices`): the outbox row goes to the phone on record
//! as an approved template through the Graph API instead of the SMS gateway. Meta's
//! statuses move it forward like receipts move an SMS; a refusal, a `failed` status or a
//! number that is not on WhatsApp sends the same notice by SMS, as a row of its own, and
//! only that SMS failing opens a ticket.

use super::*;
use crate::config::NoticeTemplate;
use crate::domain::whatsapp::{DeliveryState, StatusUpdate, WaUser};
use crate::service::job_queue::new_job;
use crate::store::whatsapp as wstore;
use crate::whatsapp::Outgoing;

/// The channel a new notice takes: WhatsApp where the deployment prefers it, the
/// purpose allows it and there is a number to send to.
pub(super) fn channel_for(cx: &Context, purpose: SmsPurpose, phone: Option<&str>) -> NoticeChannel {
    let on = cx.config.whatsapp.notices.enabled && cx.whatsapp.is_some();
    if on && purpose.may_go_by_whatsapp() && phone.is_some() {
        NoticeChannel::WhatsApp
    } else {
        NoticeChannel::Sms
    }
}

/// The approved template for a notice; `None` when notices are off (now: a notice
/// queued before they were turned off goes by SMS).
fn template(cx: &Context, purpose: SmsPurpose) -> Option<&NoticeTemplate> {
    let n = &cx.config.whatsapp.notices;
    if !n.enabled {
        return None;
    }
    match purpose {
        SmsPurpose::Issued => Some(&n.issued),
        SmsPurpose::Reissued => Some(&n.reissued),
        SmsPurpose::Resend => Some(&n.resend),
        SmsPurpose::CorrectionDecided => Some(&n.correction_decided),
        SmsPurpose::Otp | SmsPurpose::PhoneChanged => None,
    }
}

/// The `send_sms` job for a WhatsApp notice. Temporary Graph errors are retried by the
/// queue; anything else (and the last attempt) marks it dead, which sends it by SMS.
pub(super) async fn send(cx: &Context, mut sms: Sms, lane: Lane, last_attempt: bool) -> Result<(), JobError> {
    let Some(phone) = sending::ready(cx, &sms).await? else { return Ok(()) };
    let (Some(graph), Some(t)) = (cx.whatsapp.as_ref(), template(cx, sms.purpose)) else {
        sending::settle(cx, &sms, SmsStatus::Dead, Some("WhatsApp notices are off")).await?;
        return Ok(());
    };
    let params = match params(cx, &sms, t).await {
        Ok(p) => p,
        Err(JobError::Permanent(why)) => {
            sending::settle(cx, &sms, SmsStatus::Dead, Some(&why)).await?;
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    cx.whatsapp_rate.acquire(lane).await;
    if !store::sms::start_attempt(cx.store.write(), sms.id, sms.status).await? {
        return Ok(());
    }
    sms.status = SmsStatus::Sending;
    // Sent by number: a notice goes to the phone on record, whoever chats from it.
    let to = WaUser { bsuid: None, wa_id: Some(phone.expose().trim_start_matches('+').to_string()) };
    let outgoing = Outgoing::Template { name: &t.name, language: &t.language, params };
    match graph.send(&to, outgoing).await {
        Ok(wamid) => {
            tracing::info!(sms = %sms.id, to = %phone, "notice handed to the WhatsApp Graph API");
            sending::record_accepted(sms.id, || accepted(cx, &sms, &wamid)).await
        }
        Err(e) if e.is_temporary() && !last_attempt => {
            store::sms::attempt_failed(cx.store.write(), sms.id, &e.to_string()).await?;
            Err(JobError::Temporary(e.to_string()))
        }
        Err(e) => {
            tracing::info!(sms = %sms.id, error = %e, "WhatsApp refused a notice; it goes by SMS");
            sending::settle(cx, &sms, SmsStatus::Dead, Some(&format!("WhatsApp: {e}"))).await?;
            Ok(())
        }
    }
}

/// The template's variables, in the order the deployment registered them with Meta.
async fn params(cx: &Context, sms: &Sms, t: &NoticeTemplate) -> Result<Vec<String>, JobError> {
    let cert = match sms.certificate {
        Some(id) => Some(
            store::certificates::find(cx.store.read(), id)
                .await?
                .ok_or_else(|| JobError::Permanent("the certificate is gone".into()))?,
        ),
        None => None,
    };
    let link = sms.certificate.map(|id| link_url(cx, id, cx.now()));
    t.params
        .iter()
        .map(|p| {
            Ok(match (p.as_str(), &cert, &link) {
                ("dose", Some(c), _) => c.payload.dose.to_string(),
                ("version", Some(c), _) => c.version.to_string(),
                ("link", _, Some((url, _))) => url.clone(),
                ("until", _, Some((_, until))) => until.format("%d-%m-%Y").to_string(),
                ("text", _, _) => one_line(&sending::content(cx, sms)?),
                _ => return Err(JobError::Permanent(format!("template parameter {p} has no value here"))),
            })
        })
        .collect()
}

/// Meta refuses template variables with line breaks, tabs or runs of spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Records the message id Meta gave, and any status that raced ahead of this answer
/// (under the id's lock, so a status being recorded meanwhile is seen by one side).
async fn accepted(cx: &Context, sms: &Sms, wamid: &str) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    wstore::lock_wamid(&txn, wamid).await?;
    let row = store::sms::Accepted {
        id: sms.id,
        from: SmsStatus::Sending,
        to: SmsStatus::Queued,
        gateway_id: wamid,
    };
    if store::sms::mark_accepted(&txn, &[row], cx.now()).await?.contains(&sms.id) {
        let mut current = sms.clone();
        current.status = SmsStatus::Queued;
        current.gateway_message_id = Some(wamid.to_string());
        after_status(cx, &txn, &current).await?;
        apply_statuses(cx, &txn, current).await?;
        // Not delivered in time (a number on WhatsApp that is never online): by SMS.
        let overdue = JobKind::WhatsAppNoticeStatus { sms: sms.id, status: OVERDUE.into() };
        let mut job = new_job(&overdue, cx.config.jobs.max_attempts);
        job.run_at = cx.now() + cx.config.whatsapp.notices.fallback_after;
        store::jobs::enqueue(&txn, job).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The job's `status` when the notice's time to be delivered is up.
const OVERDUE: &str = "overdue";

/// Hands a status Meta reported for one of our notices (the webhook recorded it in
/// `whatsapp_status` under its message id) to a job of its own, in the webhook's
/// transaction. Not a notice's: nothing to do.
pub async fn status_recorded<C: ConnectionTrait>(
    db: &C,
    s: &StatusUpdate,
    max_attempts: u32,
) -> ServiceResult<()> {
    let Some(sms) = store::sms::by_gateway_id(db, &s.wamid).await? else { return Ok(()) };
    if sms.channel == NoticeChannel::WhatsApp {
        let job = JobKind::WhatsAppNoticeStatus { sms: sms.id, status: s.state.as_str().into() };
        store::jobs::enqueue(db, new_job(&job, max_attempts)).await?;
    }
    Ok(())
}

/// The `whatsapp_notice_status` job: Meta reported on a notice, and every status
/// recorded for its message id is applied (forward only, so a repeat or a late one is
/// harmless); or its time is up, and a notice not yet delivered goes by SMS.
pub async fn on_status(cx: &Context, id: Uuid, status: &str) -> Result<(), JobError> {
    let txn = cx.store.write().begin().await?;
    let Some(sms) = store::sms::find(&txn, id).await? else { return Ok(()) };
    let Some(wamid) = sms.gateway_message_id.clone() else { return Ok(()) };
    wstore::lock_wamid(&txn, &wamid).await?;
    // Read again under the lock: the view before it may be stale.
    let Some(sms) = store::sms::find(&txn, id).await? else { return Ok(()) };
    if status == OVERDUE {
        if matches!(sms.status, SmsStatus::Queued | SmsStatus::Sent) {
            let after =
                humantime_serde::re::humantime::format_duration(cx.config.whatsapp.notices.fallback_after);
            let why = format!("not delivered by WhatsApp within {after}");
            if store::sms::transition(
                &txn,
                id,
                sms.status,
                SmsStatus::Failed,
                cx.now(),
                None,
                Some(OVERDUE),
                Some(&why),
            )
            .await?
            {
                let failed = Sms { status: SmsStatus::Failed, last_error: Some(why), ..sms };
                after_status(cx, &txn, &failed).await?;
            }
        }
    } else {
        apply_statuses(cx, &txn, sms).await?;
    }
    txn.commit().await?;
    Ok(())
}

async fn apply_statuses<C: ConnectionTrait>(cx: &Context, db: &C, mut sms: Sms) -> ServiceResult<()> {
    let Some(wamid) = sms.gateway_message_id.clone() else { return Ok(()) };
    let mut statuses = wstore::early_statuses(db, &wamid).await?;
    statuses.sort_by_key(|s| s.at);
    for s in statuses {
        apply(cx, db, &mut sms, &s).await?;
    }
    Ok(())
}

/// One status onto the notice: `read` counts as delivered (it may come without
/// `delivered`); `failed` sends it by SMS.
async fn apply<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    sms: &mut Sms,
    s: &StatusUpdate,
) -> ServiceResult<()> {
    let next = match s.state {
        DeliveryState::Sent => SmsStatus::Sent,
        DeliveryState::Delivered | DeliveryState::Read => SmsStatus::Delivered,
        DeliveryState::Failed => SmsStatus::Failed,
    };
    if !sms.status.may_become(next) {
        return Ok(());
    }
    let error = s.error.as_ref().map(|(code, title)| format!("WhatsApp {code}: {title}"));
    let receipt = s.state.as_str();
    if store::sms::transition(db, sms.id, sms.status, next, s.at, None, Some(receipt), error.as_deref())
        .await?
    {
        sms.status = next;
        sms.receipt_status = Some(receipt.into());
        sms.last_error = error.or(sms.last_error.take());
        after_status(cx, db, sms).await?;
    }
    Ok(())
}
