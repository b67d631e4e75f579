//! Starting a challenge and getting its code out: storing the challenge, the send-code
//! job (SMS through the outbox, or mail), and sending again on request.

use sea_orm::ConnectionTrait;
use serde_json::Value;
use uuid::Uuid;

use super::budget::deliverable;
use super::verify::challenge;
use super::{code_hash, code_of, new_token, token_hash, Destination};
use crate::domain::{OtpPurpose, PersonId, PhoneNumber, SmsPurpose, TicketId};
use crate::error::{ServiceError, ServiceResult};
use crate::service::limits;
use crate::service::Context;
use crate::store::{self, portal::NewChallenge};

/// Starts a challenge and sends its code; returns the flow token for the browser.
pub struct Start {
    pub purpose: OtpPurpose,
    pub person: Option<PersonId>,
    pub ticket: Option<TicketId>,
    pub to: Destination,
    /// What the flow carries to its next step (e.g. the requested phone change).
    pub data: Option<Value>,
    /// Who asked: the client address (portal) or `staff:<id>` (desk); spends the
    /// per-client budget for codes to typed numbers.
    pub requester: String,
}

/// `also`: the caller's own counters (refused with 429 when over: they count the same
/// for a match and a miss).
pub async fn start<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    s: Start,
    also: &[limits::Hit<'_>],
) -> ServiceResult<String> {
    let now = cx.now();
    let id = Uuid::new_v4();
    let flow = new_token();
    let code = code_of(cx, id);
    let phone = match &s.to {
        Destination::Phone(p) => Some(p.expose().to_string()),
        _ => None,
    };
    limits::hit_all(cx, db, also).await?;
    // Every challenge is stored as sent, whether or not a code goes out, so no later step
    // (resend, its cooldown, its count) tells a match from a miss.
    store::portal::insert_challenge(
        db,
        NewChallenge {
            id,
            flow_hash: token_hash(&flow),
            purpose: s.purpose,
            person: s.person,
            ticket: s.ticket,
            phone: phone.clone(),
            code_hash: code_hash(cx, id, &code),
            data: s.data,
            expires_at: now + chrono::Duration::from_std(cx.config.portal.code_ttl).unwrap_or_default(),
            sent_at: Some(now),
        },
        now,
    )
    .await?;
    // Match or miss, the request queues one job: where the code goes and whether the
    // budgets allow it is decided there, after the answer (no work a miss would skip).
    queue_send(cx, db, id, 0, &s.requester).await?;
    Ok(flow)
}

async fn queue_send<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    challenge: Uuid,
    send: u32,
    requester: &str,
) -> ServiceResult<()> {
    let kind = crate::domain::JobKind::SendCode { challenge, send, requester: requester.to_string() };
    store::jobs::enqueue(db, crate::service::job_queue::new_job(&kind, cx.config.jobs.max_attempts)).await?;
    cx.jobs_wake.lane(crate::domain::Lane::Interactive);
    Ok(())
}

/// The send-code job: the code of `challenge` to its phone or mailbox, if it has one
/// and the budgets allow; nothing for a challenge without a destination (a miss).
pub async fn deliver(
    cx: &Context,
    challenge: Uuid,
    n: u32,
    requester: &str,
) -> Result<(), crate::service::job_queue::JobError> {
    let db = cx.store.write();
    let Some(c) = store::portal::challenge_by_id(db, challenge).await? else { return Ok(()) };
    let to = match &c.phone {
        Some(phone) => match PhoneNumber::parse(phone) {
            Ok(p) => Destination::Phone(p),
            Err(_) => return Ok(()),
        },
        None => match c.data.as_ref().and_then(|d| d.get("email")).and_then(Value::as_str) {
            Some(e) => Destination::Email(e.to_string()),
            None => return Ok(()),
        },
    };
    if c.verified_at.is_some()
        || c.expires_at <= cx.now()
        || !deliverable(cx, db, c.purpose, &to, requester).await?
    {
        return Ok(());
    }
    send(cx, db, c.id, c.person, c.ticket, &to, n).await?;
    Ok(())
}

async fn send<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    id: Uuid,
    person: Option<PersonId>,
    ticket: Option<TicketId>,
    to: &Destination,
    n: u32,
) -> ServiceResult<()> {
    let minutes = cx.config.portal.code_ttl.as_secs().div_ceil(60);
    match to {
        Destination::Phone(phone) => {
            let mut t = tera::Context::new();
            t.insert("minutes", &minutes);
            let body = cx
                .templates
                .render("sms/otp.id.txt", &t)
                .map_err(|e| ServiceError::Internal(anyhow::anyhow!("template sms/otp: {e:?}")))?;
            crate::service::sms::enqueue_text(
                cx,
                db,
                crate::service::sms::TextSms {
                    person,
                    ticket,
                    phone: phone.clone(),
                    purpose: SmsPurpose::Otp,
                    idempotency_key: format!("{id}:otp:{n}"),
                    body: body.trim().to_string(),
                },
            )
            .await?;
        }
        Destination::Email(address) => {
            // Straight to the mail server, not through the ticket outbox: the code must
            // not sit in a stored message, and a lost one is simply asked for again.
            let text = format!(
                "{code} adalah kode verifikasi Anda, berlaku {minutes} menit. Jangan berikan kepada siapa pun.\n\n\
                 {code} is your verification code, valid for {minutes} minutes. Do not share it.\n",
                code = code_of(cx, id).expose()
            );
            let subject = "Kode verifikasi / Verification code".to_string();
            crate::service::mail_out::send_notice(cx, address, None, subject, text, "one-time code");
        }
        Destination::Nowhere => {}
    }
    Ok(())
}

/// Sends the code again, after the cooldown and up to `code_max_sends` sends.
/// `requester` as for `Start`.
pub async fn resend(cx: &Context, flow: &str, requester: &str) -> ServiceResult<()> {
    let db = cx.store.write();
    let now = cx.now();
    let p = &cx.config.portal;
    let Some(c) = challenge(db, flow).await? else { return Err(ServiceError::NotFound { what: "code" }) };
    if c.expires_at <= now {
        return Err(ServiceError::NotFound { what: "code" });
    }
    let cooldown = chrono::Duration::from_std(p.code_resend_after).unwrap_or_default();
    if let Some(last) = c.last_sent_at {
        if now < last + cooldown {
            let wait = (last + cooldown - now).to_std().unwrap_or_default();
            return Err(ServiceError::RateLimited { retry_after: wait });
        }
    }
    if c.sends >= p.code_max_sends {
        return Err(ServiceError::RateLimited {
            retry_after: (c.expires_at - now).to_std().unwrap_or_default(),
        });
    }
    // Counted even when nothing is sent, so a no-match flow behaves like a match; the
    // job decides where the code goes.
    if store::portal::mark_sent(db, c.id, c.sends, now).await? {
        queue_send(cx, db, c.id, c.sends, requester).await?;
    }
    Ok(())
}
