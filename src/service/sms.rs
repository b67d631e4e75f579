//! The SMS outbox: queue a message (idempotent per certificate version, purpose and
//! origin), hand it to the gateway with retries, and follow it through delivery
//! receipts. A missing phone is recorded as `phone_missing`, never skipped silently.

use std::collections::HashSet;

use chrono::{Datelike, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::certificates::{self, link_url};
use super::Context;
use crate::domain::sms::receipt_status;
use crate::domain::{
    Actor, AuditEntry, Category, Channel, EmailAddress, JobKind, Lane, Language, Message, MessageKind,
    NewTicket, PersonId, PhoneNumber, Priority, QueueName, Requester, SmsPurpose, SmsStatus, Tag, Text,
    Ticket, TicketId, TicketStatus,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::queue::{new_job, JobError};
use crate::sms::{OutgoingSms, SmsError};
use crate::store::{self, certificates::Due, sms::NewSms, sms::Sms};

/// One SMS to queue.
#[derive(Debug, Clone)]
pub struct SmsRequest {
    pub person: PersonId,
    pub phone: Option<String>,
    pub certificate: Option<Uuid>,
    pub ticket: Option<TicketId>,
    pub purpose: SmsPurpose,
    /// What asked for it (`ticket:<id>`, `bulk:<id>`, …); empty for issuance, where the
    /// certificate version alone is unique. Part of the idempotency key.
    pub origin: String,
    pub dose: u8,
    pub version: u32,
    pub nik_masked: String,
}

impl SmsRequest {
    pub fn certificate(d: &Due, certificate: Uuid, purpose: SmsPurpose, version: u32, origin: &str) -> Self {
        Self {
            person: d.person,
            phone: d.phone.clone(),
            certificate: Some(certificate),
            ticket: None,
            purpose,
            origin: origin.into(),
            dose: d.dose,
            version,
            nik_masked: crate::domain::Nik::parse(&d.nik).map(|n| n.masked()).unwrap_or_default(),
        }
    }

    pub fn idempotency_key(&self) -> String {
        let subject = self.certificate.unwrap_or(self.person.0);
        format!("{subject}:{}:{}", self.purpose, self.origin)
    }

    /// Issuance notices wait their turn in `notify`, a bulk run's in `bulk`; a resend
    /// or reissue someone just asked for (a ticket, the portal) is `interactive`.
    pub fn lane(&self) -> Lane {
        if self.origin.starts_with("bulk:") {
            Lane::Bulk
        } else if self.origin.is_empty() {
            Lane::Notify
        } else {
            Lane::Interactive
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmsOutcome {
    Queued(Uuid),
    /// Recorded, not sent: the record has no phone number.
    PhoneMissing(Uuid),
    /// The same request was made before; this is that SMS.
    Duplicate(Uuid),
}

impl SmsOutcome {
    pub fn id(self) -> Uuid {
        match self {
            Self::Queued(id) | Self::PhoneMissing(id) | Self::Duplicate(id) => id,
        }
    }
}

/// The stored text. `{link}` and `{until}` are filled in when the SMS is sent, so the
/// database never holds a usable link.
fn body(cx: &Context, r: &SmsRequest) -> ServiceResult<String> {
    let mut t = tera::Context::new();
    t.insert("dose", &r.dose);
    t.insert("version", &r.version);
    t.insert("nik_masked", &r.nik_masked);
    let name = format!("sms/{}.id.txt", r.purpose);
    cx.templates
        .render(&name, &t)
        .map(|s| s.trim().to_string())
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("template {name}: {e:?}")))
}

fn row(cx: &Context, r: &SmsRequest) -> ServiceResult<NewSms> {
    let status = if r.phone.is_some() { SmsStatus::Pending } else { SmsStatus::PhoneMissing };
    Ok(NewSms {
        id: Uuid::now_v7(),
        person: Some(r.person),
        certificate: r.certificate,
        ticket: r.ticket,
        purpose: r.purpose,
        idempotency_key: r.idempotency_key(),
        phone: r.phone.clone(),
        body: body(cx, r)?,
        status,
    })
}

fn send_job(cx: &Context, id: Uuid, lane: Lane) -> crate::domain::NewJob {
    new_job(&JobKind::SendSms { sms: id }, cx.config.jobs.max_attempts).in_lane(lane)
}

/// Queues requests whose keys are new (issuance: every certificate version is new).
pub async fn enqueue_new<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    requests: Vec<SmsRequest>,
) -> ServiceResult<Vec<SmsOutcome>> {
    let rows = requests.iter().map(|r| row(cx, r)).collect::<ServiceResult<Vec<_>>>()?;
    let outcomes: Vec<SmsOutcome> = rows
        .iter()
        .map(|r| match r.status {
            SmsStatus::PhoneMissing => SmsOutcome::PhoneMissing(r.id),
            _ => SmsOutcome::Queued(r.id),
        })
        .collect();
    let jobs = outcomes
        .iter()
        .zip(&requests)
        .filter_map(|(o, r)| match o {
            SmsOutcome::Queued(id) => Some(send_job(cx, *id, r.lane())),
            _ => None,
        })
        .collect();
    store::sms::insert_many(db, rows).await?;
    store::jobs::enqueue_many(db, jobs).await?;
    Ok(outcomes)
}

/// Queues one request unless the same one was made before (then returns that SMS).
pub async fn enqueue_one<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    r: SmsRequest,
) -> ServiceResult<SmsOutcome> {
    if let Some(existing) = store::sms::by_key(db, &r.idempotency_key()).await? {
        return Ok(SmsOutcome::Duplicate(existing.id));
    }
    let new = row(cx, &r)?;
    let lane = r.lane();
    let key = new.idempotency_key.clone();
    let (id, missing) = (new.id, new.status == SmsStatus::PhoneMissing);
    store::sms::insert_many(db, vec![new]).await?;
    // A concurrent request may have won the insert: report its row.
    let stored = store::sms::by_key(db, &key).await?.ok_or(ServiceError::NotFound { what: "sms" })?;
    if stored.id != id {
        return Ok(SmsOutcome::Duplicate(stored.id));
    }
    if missing {
        return Ok(SmsOutcome::PhoneMissing(id));
    }
    store::jobs::enqueue(db, send_job(cx, id, lane)).await?;
    Ok(SmsOutcome::Queued(id))
}

/// Queues an SMS whose text is not a certificate link (a code, a decision), under its
/// own idempotency key; a key seen before queues nothing.
pub struct TextSms {
    pub person: Option<PersonId>,
    pub ticket: Option<TicketId>,
    pub phone: PhoneNumber,
    pub purpose: SmsPurpose,
    pub idempotency_key: String,
    pub body: String,
}

pub async fn enqueue_text<C: ConnectionTrait>(cx: &Context, db: &C, t: TextSms) -> ServiceResult<()> {
    let id = Uuid::now_v7();
    let fresh = store::sms::insert_one(
        db,
        NewSms {
            id,
            person: t.person,
            certificate: None,
            ticket: t.ticket,
            purpose: t.purpose,
            idempotency_key: t.idempotency_key,
            phone: Some(t.phone.expose().to_string()),
            body: t.body,
            status: SmsStatus::Pending,
        },
    )
    .await?;
    if !fresh {
        return Ok(());
    }
    // A decision is news; a code or a warning to the old number is awaited now.
    let lane = if t.purpose == SmsPurpose::CorrectionDecided { Lane::Notify } else { Lane::Interactive };
    store::jobs::enqueue(db, send_job(cx, id, lane)).await?;
    cx.jobs_wake.notify_waiters();
    Ok(())
}

/// The send job: validates the number, waits for the lane's slot at the gateway,
/// records the attempt (`sending`), hands the message over and records the result.
/// Temporary errors are retried by the queue (backoff with jitter); a refusal or the
/// last failed attempt marks the SMS `dead` and fails the job, which leaves it in the
/// dead-letter list (failed jobs) for a supervisor to retry.
pub async fn send(cx: &Context, id: Uuid, lane: Lane, last_attempt: bool) -> Result<(), JobError> {
    let Some(sms) = store::sms::find(cx.store.write(), id).await? else {
        return Err(JobError::Permanent("the SMS no longer exists".into()));
    };
    if let Some(handed) = send_one(cx, sms.clone(), lane, last_attempt).await? {
        let mut sending = sms;
        sending.status = SmsStatus::Sending;
        // The gateway has it: failing the job now would send it again. Recording is
        // tried a few times in place before the job gives up.
        let mut tries = 0;
        loop {
            match settle_accepted(cx, &[(&sending, &handed)]).await {
                Ok(()) => break,
                Err(e) if tries < 4 => {
                    tries += 1;
                    tracing::warn!(sms = %id, error = %e, "could not record an accepted SMS; trying again");
                    tokio::time::sleep(std::time::Duration::from_millis(250 * tries)).await;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
    Ok(())
}

/// The gateway accepted an SMS: its next status and the gateway's message id.
#[derive(Debug, Clone)]
struct Handed {
    to: SmsStatus,
    message_id: String,
}

/// Hands one SMS to the gateway. `Ok(Some)` when accepted (recorded later, with the
/// rest of the batch); `Ok(None)` when there was nothing (more) to send.
async fn send_one(
    cx: &Context,
    mut sms: Sms,
    lane: Lane,
    last_attempt: bool,
) -> Result<Option<Handed>, JobError> {
    // Dead: a supervisor retried the dead-lettered job. Sending: an attempt was cut off
    // (a crash) and may or may not have reached the gateway; Jasmin has no idempotency
    // key, so it goes once more: the one repeat a worker can cause. Anything else
    // already went out.
    match sms.status {
        SmsStatus::Pending | SmsStatus::Dead => {}
        SmsStatus::Sending => tracing::warn!(sms = %sms.id, "an interrupted SMS attempt is sent again"),
        _ => return Ok(None),
    }
    let sms = &mut sms;
    let phone = match sms.phone.as_deref().map(PhoneNumber::parse) {
        None => {
            settle(cx, &*sms, SmsStatus::PhoneMissing, Some("no phone number on record")).await?;
            return Ok(None);
        }
        Some(Err(e)) => {
            let why = format!("not an Indonesian mobile number: {e}");
            settle(cx, &*sms, SmsStatus::Dead, Some(&why)).await?;
            return Err(JobError::Permanent(why));
        }
        Some(Ok(p)) => p,
    };
    let content = match sms.certificate {
        None if sms.purpose == SmsPurpose::Otp => {
            // The key is `<challenge id>:otp:<send>`: the code is derived from the id.
            let id = sms.idempotency_key.split(':').next().and_then(|s| Uuid::parse_str(s).ok());
            let Some(id) = id else {
                return Err(JobError::Permanent("OTP SMS without its challenge".into()));
            };
            sms.body.replace("{code}", super::otp::code_of(cx, id).expose())
        }
        Some(cert) => {
            let (url, until) = link_url(cx, cert, Utc::now());
            sms.body.replace("{link}", &url).replace("{until}", &until.format("%d-%m-%Y").to_string())
        }
        None => sms.body.clone(),
    };
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

/// Records what the gateway accepted, in one transaction: one statement moves them
/// all; the few with receipts that arrived before the gateway's answer, or with ticket
/// actions waiting on them, then take the careful path one by one.
async fn settle_accepted(cx: &Context, accepted: &[(&Sms, &Handed)]) -> ServiceResult<()> {
    if accepted.is_empty() {
        return Ok(());
    }
    let txn = cx.store.write().begin().await?;
    let now = Utc::now();
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
async fn apply_early_receipts<C: ConnectionTrait>(
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

/// The receipt callback URL given to the gateway, carrying the shared secret.
pub fn dlr_url(cx: &Context) -> String {
    let base = if cx.config.sms.dlr_base_url.is_empty() {
        certificates::base_url(cx)
    } else {
        let b = cx.config.sms.dlr_base_url.clone();
        if b.ends_with('/') {
            b
        } else {
            format!("{b}/")
        }
    };
    format!("{base}hooks/sms/dlr?secret={}", dlr_secret(cx))
}

pub fn dlr_secret(cx: &Context) -> String {
    use secrecy::ExposeSecret;
    let s = cx.config.sms.dlr_secret.expose_secret();
    if s.is_empty() {
        cx.issuer.derive_secret("sms dlr callback")
    } else {
        s.to_string()
    }
}

/// Moves an SMS to `to` without the gateway having accepted it (no phone, refused,
/// dead), with what follows in the same transaction.
async fn settle(cx: &Context, sms: &Sms, to: SmsStatus, error: Option<&str>) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    let moved = store::sms::transition(&txn, sms.id, sms.status, to, Utc::now(), None, None, error).await?;
    if moved {
        let mut current = sms.clone();
        current.status = to;
        after_status(cx, &txn, &current).await?;
    }
    // Not moved: someone else did (a concurrent receipt); nothing to do from a stale view.
    txn.commit().await?;
    Ok(())
}

/// What follows an SMS status change, in the caller's transaction.
async fn after_status<C: ConnectionTrait>(cx: &Context, db: &C, sms: &Sms) -> ServiceResult<()> {
    // A lost code is asked for again by the citizen; it is no certificate complaint.
    if sms.status == SmsStatus::Failed && sms.purpose != SmsPurpose::Otp {
        store::jobs::enqueue(db, new_job(&JobKind::SmsFailed { sms: sms.id }, cx.config.jobs.max_attempts))
            .await?;
        cx.jobs_wake.notify_waiters();
    }
    super::actions::on_sms_status(cx, db, sms).await
}

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
        let now = Utc::now();
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
    let now = Utc::now();
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
            super::tickets::save(cx, &txn, &mut t).await?;
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
            super::tickets::intake(cx, &mut t).await?;
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
    super::tickets::save(cx, &txn, &mut ticket).await?;
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
            super::mail_out::queue(&txn, cx, &ticket, m, email).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

pub async fn of_person(cx: &Context, person: PersonId) -> ServiceResult<Vec<Sms>> {
    store::sms::of_person(cx.store.read(), person).await
}
