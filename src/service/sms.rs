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
    NewTicket, NoticeChannel, PersonId, PhoneNumber, Priority, QueueName, Requester, SmsPurpose, SmsStatus,
    Tag, Text, Ticket, TicketId, TicketStatus,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::job_queue::{new_job, JobError};
use crate::sms::{OutgoingSms, SmsError};
use crate::store::{self, certificates::Due, sms::NewSms, sms::Sms};

mod by_whatsapp;
mod fallback;
mod receipts;
mod sending;

pub use by_whatsapp::{on_status as on_whatsapp_status, status_recorded as whatsapp_status_recorded};
pub use receipts::{on_failed, record_receipt, Receipt};
use sending::after_status;
pub use sending::send;

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
        lane_for(self.purpose, &self.origin)
    }
}

/// The lane of a notice by what asked for it: issuance waits its turn in `notify`, a
/// bulk run's in `bulk`; what someone just asked for (a ticket, the portal) is
/// `interactive`. A correction decision is news, not awaited.
fn lane_for(purpose: SmsPurpose, origin: &str) -> Lane {
    if purpose == SmsPurpose::CorrectionDecided || origin.is_empty() {
        Lane::Notify
    } else if origin.starts_with("bulk:") {
        Lane::Bulk
    } else {
        Lane::Interactive
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
        channel: by_whatsapp::channel_for(cx, r.purpose, r.phone.as_deref()),
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
        return Ok(SmsOutcome::Duplicate(fallback::current(db, existing).await?.id));
    }
    let new = row(cx, &r)?;
    let lane = r.lane();
    let key = new.idempotency_key.clone();
    let (id, missing) = (new.id, new.status == SmsStatus::PhoneMissing);
    store::sms::insert_many(db, vec![new]).await?;
    // A concurrent request may have won the insert: report its row.
    let stored = store::sms::by_key(db, &key).await?.ok_or(ServiceError::NotFound { what: "sms" })?;
    if stored.id != id {
        return Ok(SmsOutcome::Duplicate(fallback::current(db, stored).await?.id));
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
            channel: by_whatsapp::channel_for(cx, t.purpose, Some(t.phone.expose())),
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
    store::jobs::enqueue(db, send_job(cx, id, lane_for(t.purpose, "text"))).await?;
    cx.jobs_wake.notify_waiters();
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

pub async fn of_person(cx: &Context, person: PersonId) -> ServiceResult<Vec<Sms>> {
    store::sms::of_person(cx.store.read(), person).await
}
