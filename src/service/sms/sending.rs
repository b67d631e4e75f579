//! Sending one SMS, sent once: the attempt recorded before the gateway request, the result after; an interrupted attempt goes once more.

use super::*;

/// The send job: validates the number, waits for the lane's slot at the gateway,
/// records the attempt (`sending`), hands the message over and records the result.
/// Temporary errors are retried by the queue (backoff with jitter); a refusal or the
/// last failed attempt marks the SMS `dead` and fails the job, which leaves it in the
/// dead-letter list (failed jobs) for a supervisor to retry.
pub async fn send(cx: &Context, id: Uuid, lane: Lane, last_attempt: bool) -> Result<(), JobError> {
    let Some(sms) = store::sms::find(cx.store.write(), id).await? else {
        return Err(JobError::Permanent("the SMS no longer exists".into()));
    };
    if sms.channel == NoticeChannel::WhatsApp {
        // Boxed: every job's future is as large as its largest kind's.
        return Box::pin(super::by_whatsapp::send(cx, sms, lane, last_attempt)).await;
    }
    if let Some(handed) = send_one(cx, sms.clone(), lane, last_attempt).await? {
        let mut sending = sms;
        sending.status = SmsStatus::Sending;
        let accepted = [(&sending, &handed)];
        return record_accepted(id, || settle_accepted(cx, &accepted)).await;
    }
    Ok(())
}

/// Records a message the gateway or Meta has taken: failing the job now would send it
/// again, so recording is tried a few times in place before the job gives up.
pub(super) async fn record_accepted<F, Fut>(id: Uuid, mut record: F) -> Result<(), JobError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ServiceResult<()>>,
{
    let mut tries = 0;
    loop {
        match record().await {
            Ok(()) => return Ok(()),
            Err(e) if tries < 4 => {
                tries += 1;
                tracing::warn!(sms = %id, error = %e, "could not record an accepted message; trying again");
                tokio::time::sleep(std::time::Duration::from_millis(250 * tries)).await;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// The gateway accepted an SMS: its next status and the gateway's message id.
#[derive(Debug, Clone)]
pub(super) struct Handed {
    to: SmsStatus,
    message_id: String,
}

/// Hands one SMS to the gateway. `Ok(Some)` when accepted (recorded later, with the
/// rest of the batch); `Ok(None)` when there was nothing (more) to send.
pub(super) async fn send_one(
    cx: &Context,
    mut sms: Sms,
    lane: Lane,
    last_attempt: bool,
) -> Result<Option<Handed>, JobError> {
    let Some(phone) = ready(cx, &sms).await? else { return Ok(None) };
    let sms = &mut sms;
    let content = content(cx, sms)?;
    let dlr_url = dlr_url(cx);
    cx.sms_rate.acquire(lane).await;
    if !store::sms::start_attempt(cx.store.write(), sms.id, sms.status).await? {
        return Ok(None);
    }
    sms.status = SmsStatus::Sending;
    let sent = cx
        .sms
        .send(OutgoingSms { to: &phone, from: &cx.config.sms.sender, content: &content, dlr_url: &dlr_url })
        .await;
    match sent {
        Ok(acc) => {
            tracing::info!(sms = %sms.id, to = %phone, gateway = cx.sms.name(), "SMS handed to the gateway");
            let to = if acc.delivered { SmsStatus::Delivered } else { SmsStatus::Queued };
            Ok(Some(Handed { to, message_id: acc.message_id }))
        }
        Err(SmsError::Temporary(e)) if !last_attempt => {
            store::sms::attempt_failed(cx.store.write(), sms.id, &e).await?;
            Err(JobError::Temporary(e))
        }
        Err(e) => {
            let why = e.to_string();
            settle(cx, &*sms, SmsStatus::Dead, Some(&why)).await?;
            Err(JobError::Permanent(why))
        }
    }
}

/// The number a notice goes to, when it is (still) to go; `None` after settling one
/// that is not (no number on record) or has gone already.
pub(super) async fn ready(cx: &Context, sms: &Sms) -> Result<Option<PhoneNumber>, JobError> {
    // Dead: a supervisor retried the dead-lettered job. Sending: an attempt was cut off
    // (a crash) and may or may not have reached the gateway; neither Jasmin nor the
    // Graph API takes an idempotency key, so it goes once more: the one repeat a worker
    // can cause. Anything else already went out.
    match sms.status {
        SmsStatus::Pending | SmsStatus::Dead => {}
        SmsStatus::Sending => tracing::warn!(sms = %sms.id, "an interrupted SMS attempt is sent again"),
        _ => return Ok(None),
    }
    match sms.phone.as_deref().map(PhoneNumber::parse) {
        None => {
            settle(cx, sms, SmsStatus::PhoneMissing, Some("no phone number on record")).await?;
            Ok(None)
        }
        Some(Err(e)) => {
            let why = format!("not an Indonesian mobile number: {e}");
            settle(cx, sms, SmsStatus::Dead, Some(&why)).await?;
            Err(JobError::Permanent(why))
        }
        Some(Ok(p)) => Ok(Some(p)),
    }
}

/// The text as it goes out: the code or a fresh certificate link put in (neither is
/// ever stored).
pub(super) fn content(cx: &Context, sms: &Sms) -> Result<String, JobError> {
    Ok(match sms.certificate {
        None if sms.purpose == SmsPurpose::Otp => {
            // The key is `<challenge id>:otp:<send>`: the code is derived from the id.
            let id = sms.idempotency_key.split(':').next().and_then(|s| Uuid::parse_str(s).ok());
            let Some(id) = id else {
                return Err(JobError::Permanent("OTP SMS without its challenge".into()));
            };
            sms.body.replace("{code}", crate::service::otp::code_of(cx, id).expose())
        }
        Some(cert) => {
            let (url, until) = link_url(cx, cert, cx.now());
            sms.body.replace("{link}", &url).replace("{until}", &until.format("%d-%m-%Y").to_string())
        }
        None => sms.body.clone(),
    })
}

/// Records what the gateway accepted, in one transaction: one statement moves them
/// all; the few with receipts that arrived before the gateway's answer, or with ticket
/// actions waiting on them, then take the careful path one by one.
pub(super) async fn settle_accepted(cx: &Context, accepted: &[(&Sms, &Handed)]) -> ServiceResult<()> {
    if accepted.is_empty() {
        return Ok(());
    }
    let txn = cx.store.write().begin().await?;
    let now = cx.now();
    let rows: Vec<_> = accepted
        .iter()
        .map(|(sms, h)| store::sms::Accepted {
            id: sms.id,
            from: sms.status,
            to: h.to,
            gateway_id: &h.message_id,
        })
        .collect();
    let moved = store::sms::mark_accepted(&txn, &rows, now).await?;
    let gateway_ids: Vec<&str> =
        rows.iter().filter(|r| moved.contains(&r.id)).map(|r| r.gateway_id).collect();
    let mut early = store::sms::receipts_for_many(&txn, &gateway_ids).await?;
    let moved_ids: Vec<Uuid> = moved.iter().copied().collect();
    let waiting: HashSet<Uuid> =
        store::actions::by_sms_many(&txn, &moved_ids).await?.into_iter().filter_map(|a| a.sms).collect();
    for (sms, h) in accepted.iter().filter(|(s, _)| moved.contains(&s.id)) {
        let receipts = early.remove(&h.message_id).unwrap_or_default();
        if receipts.is_empty() && !waiting.contains(&sms.id) {
            continue;
        }
        let mut current = (*sms).clone();
        current.status = h.to;
        current.gateway_message_id = Some(h.message_id.clone());
        apply_early_receipts(&txn, &mut current, &receipts, now).await?;
        after_status(cx, &txn, &current).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// A fast gateway may post receipts before we stored its message id: apply them now,
/// never moving the status back.
pub(super) async fn apply_early_receipts<C: ConnectionTrait>(
    db: &C,
    sms: &mut Sms,
    receipts: &[String],
    now: chrono::DateTime<Utc>,
) -> ServiceResult<()> {
    for early in receipts {
        if let Some(next) = receipt_status(early).filter(|n| sms.status.may_become(*n)) {
            if store::sms::transition(db, sms.id, sms.status, next, now, None, Some(early), None).await? {
                sms.status = next;
                sms.receipt_status = Some(early.clone());
            }
        }
    }
    Ok(())
}

/// Moves an SMS to `to` without the gateway having accepted it (no phone, refused,
/// dead), with what follows in the same transaction.
pub(super) async fn settle(cx: &Context, sms: &Sms, to: SmsStatus, error: Option<&str>) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    let moved = store::sms::transition(&txn, sms.id, sms.status, to, cx.now(), None, None, error).await?;
    if moved {
        let mut current = sms.clone();
        current.status = to;
        current.last_error = error.map(str::to_owned).or(current.last_error);
        after_status(cx, &txn, &current).await?;
    }
    // Not moved: someone else did (a concurrent receipt); nothing to do from a stale view.
    txn.commit().await?;
    Ok(())
}

/// What follows an SMS status change, in the caller's transaction.
pub(super) async fn after_status<C: ConnectionTrait>(cx: &Context, db: &C, sms: &Sms) -> ServiceResult<()> {
    // A WhatsApp notice that will not arrive goes again by SMS; only that one's failure
    // is the citizen's problem.
    if sms.channel == NoticeChannel::WhatsApp && matches!(sms.status, SmsStatus::Failed | SmsStatus::Dead) {
        return Box::pin(super::fallback::fall_back(cx, db, sms)).await;
    }
    // A lost code is asked for again by the citizen; it is no certificate complaint.
    if sms.status == SmsStatus::Failed && sms.purpose != SmsPurpose::Otp {
        store::jobs::enqueue(db, new_job(&JobKind::SmsFailed { sms: sms.id }, cx.config.jobs.max_attempts))
            .await?;
        cx.jobs_wake.notify_waiters();
    }
    crate::service::actions::on_sms_status(cx, db, sms).await
}
