//! One-time codes and verified portal sessions. A code goes to a phone by SMS (through
//! the outbox, so it survives a crash) or to a mailbox; neither the database nor the
//! outbox holds it: it is derived from the challenge id with the issuer key, and only a
//! keyed hash is stored. The browser holds a random flow token, stored hashed.

use base64::Engine as _;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};
use rand::RngCore;
use sea_orm::ConnectionTrait;
use serde_json::Value;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::limits::{self, Scope};
use super::Context;
use crate::domain::{OtpCode, OtpPurpose, OtpRefusal, PersonId, PhoneNumber, SmsPurpose, TicketId};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, portal::Challenge, portal::NewChallenge, portal::Session};

/// Where a code goes.
#[derive(Debug, Clone)]
pub enum Destination {
    Phone(PhoneNumber),
    Email(String),
    /// Nothing matched: no code is sent, but the citizen sees the same page.
    Nowhere,
}

/// A random token for the browser (cookie), 256 bits, URL-safe.
pub fn new_token() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The code of challenge `id`.
pub fn code_of(cx: &Context, id: Uuid) -> OtpCode {
    OtpCode::from_digest(&cx.issuer.keyed("otp code", id.as_bytes()))
}

fn code_hash(cx: &Context, id: Uuid, code: &OtpCode) -> String {
    let mut data = id.as_bytes().to_vec();
    data.extend_from_slice(code.expose().as_bytes());
    hex::encode(cx.issuer.keyed("otp hash", &data))
}

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

/// Codes not sent because a destination or the SMS-pumping budget was spent (`/metrics`).
static BUDGET_REFUSED: AtomicU64 = AtomicU64::new(0);

pub fn budget_refusals() -> u64 {
    BUDGET_REFUSED.load(Ordering::Relaxed)
}

/// Whether a code may go to `to` now: the destination's own budget, and for a number no
/// record vouches for (a phone change, a follow-up), the pumping budget in all and per
/// prefix. Counted either way; a refusal never shows in the answer.
async fn deliverable<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    purpose: OtpPurpose,
    to: &Destination,
    requester: &str,
) -> ServiceResult<bool> {
    let p = &cx.config.portal;
    let dest = match to {
        Destination::Phone(p) => p.expose().to_string(),
        Destination::Email(e) => e.to_ascii_lowercase(),
        Destination::Nowhere => return Ok(false),
    };
    let hour = std::time::Duration::from_secs(3600);
    let prefix: String = dest.chars().take(8).collect();
    let unproven = matches!(purpose, OtpPurpose::NewPhone | OtpPurpose::FollowTicket)
        && matches!(to, Destination::Phone(_));
    // Codes to a number as someone's record names it, and codes to a number someone
    // typed, spend separate budgets: typing a citizen's number into a phone change
    // must not use up the codes of their own identity checks.
    let class_dest = format!("{}:{dest}", if unproven { "typed" } else { "record" });
    let mut hits = vec![limits::Hit {
        scope: Scope::Destination,
        value: &class_dest,
        limit: p.per_phone,
        window: p.per_phone_window,
    }];
    // Staff are signed in, audited and bound by their lookup budget: the per-client
    // budget is for anonymous clients.
    if unproven && !requester.starts_with("staff:") && !within_client_budget(cx, db, requester).await? {
        BUDGET_REFUSED.fetch_add(1, Ordering::Relaxed);
        tracing::warn!(
            purpose = purpose.as_str(),
            "one-time code not sent: this client's SMS budget is spent"
        );
        return Ok(false);
    }
    if unproven {
        hits.push(limits::Hit {
            scope: Scope::UnprovenSmsAll,
            value: "all",
            limit: p.unproven_sms_per_hour,
            window: hour,
        });
        hits.push(limits::Hit {
            scope: Scope::UnprovenSmsPrefix,
            value: &prefix,
            limit: p.unproven_sms_per_prefix_per_hour,
            window: hour,
        });
    }
    let ok = limits::within(cx, db, &hits).await?;
    if !ok {
        BUDGET_REFUSED.fetch_add(1, Ordering::Relaxed);
        tracing::warn!(
            purpose = purpose.as_str(),
            unproven,
            "one-time code not sent: its destination or the SMS budget is spent"
        );
    }
    Ok(ok)
}

/// The requester's own budget for codes to typed numbers, and its network's, spent
/// before the shared one (so a refused client spends nobody else's).
async fn within_client_budget<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    requester: &str,
) -> ServiceResult<bool> {
    let p = &cx.config.portal;
    let hour = std::time::Duration::from_secs(3600);
    let client = limits::Hit {
        scope: Scope::UnprovenSmsClient,
        value: requester,
        limit: p.unproven_sms_per_client_per_hour,
        window: hour,
    };
    // A client past its own budget spends none of its network's (its neighbours behind
    // one carrier's NAT keep theirs).
    if !limits::within(cx, db, &[client]).await? {
        return Ok(false);
    }
    let network = network_of(requester);
    let network = limits::Hit {
        scope: Scope::UnprovenSmsNetwork,
        value: &network,
        limit: p.unproven_sms_per_network_per_hour,
        window: hour,
    };
    limits::within(cx, db, &[network]).await
}

/// The network a client address belongs to: IPv4 /24, IPv6 /48 (what one customer or
/// site is routed); anything else (a member of staff) is its own.
fn network_of(requester: &str) -> String {
    // An IPv6 client comes as its /64 (`2001:db8:1:2::/64`).
    match requester.trim_end_matches("/64").parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v4)) => {
            let o = v4.octets();
            format!("{}.{}.{}.0/24", o[0], o[1], o[2])
        }
        Ok(std::net::IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
        }
        Err(_) => requester.to_string(),
    }
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
    store::jobs::enqueue(db, crate::service::queue::new_job(&kind, cx.config.jobs.max_attempts)).await?;
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
) -> Result<(), crate::service::queue::JobError> {
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

/// The challenge behind a flow token, if it is still usable.
pub async fn challenge<C: ConnectionTrait>(db: &C, flow: &str) -> ServiceResult<Option<Challenge>> {
    Ok(store::portal::challenge_by_flow(db, &token_hash(flow)).await?.filter(|c| c.verified_at.is_none()))
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

/// Checks a typed code. A wrong one costs an attempt; the last wrong one voids it.
pub async fn verify<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    flow: &str,
    code: &OtpCode,
    now: DateTime<Utc>,
) -> ServiceResult<Result<Challenge, OtpRefusal>> {
    let max = cx.config.portal.code_attempts;
    let Some(c) = challenge(db, flow).await? else { return Ok(Err(OtpRefusal::Expired)) };
    if c.expires_at <= now {
        return Ok(Err(OtpRefusal::Expired));
    }
    // Every try, right or wrong, first takes one attempt in one guarded statement, so
    // parallel guesses cannot share a counted attempt and a right code cannot win
    // once the tries are used up.
    let Some(used) = store::portal::take_attempt(db, c.id, max, now).await? else {
        return Ok(Err(if c.verified_at.is_some() || c.expires_at <= now {
            OtpRefusal::Expired
        } else {
            OtpRefusal::TooManyAttempts
        }));
    };
    let expected = code_hash(cx, c.id, code);
    // A challenge that sent nothing never matches (there is no code to know).
    let right = c.last_sent_at.is_some()
        && (c.phone.is_some() || c.data.as_ref().is_some_and(|d| d.get("email").is_some()))
        && crate::domain::secret_eq(expected.as_bytes(), c.code_hash.as_bytes());
    if right {
        if store::portal::mark_verified(db, c.id, now).await? {
            return Ok(Ok(c));
        }
        return Ok(Err(OtpRefusal::Expired));
    }
    let left = max.saturating_sub(used);
    Ok(Err(if left == 0 { OtpRefusal::TooManyAttempts } else { OtpRefusal::Wrong { attempts_left: left } }))
}

/// The code step every portal flow shares: the address limit on tries (three times the
/// lookup limit: a citizen may mistype), then the code, which must belong to a
/// challenge for `purpose`.
pub async fn confirm<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    ip: &str,
    flow: &str,
    code: &OtpCode,
    purpose: OtpPurpose,
) -> ServiceResult<Result<Challenge, OtpRefusal>> {
    let p = &cx.config.portal;
    limits::hit(cx, db, Scope::Ip, ip, p.per_ip * 3, p.per_ip_window).await?;
    Ok(match verify(cx, db, flow, code, cx.now()).await? {
        Ok(c) if c.purpose == purpose => Ok(c),
        Ok(_) => Err(OtpRefusal::Expired),
        Err(r) => Err(r),
    })
}

/// Opens a verified session; returns its token for the cookie.
pub async fn open_session<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    person: Option<PersonId>,
    ticket: Option<TicketId>,
) -> ServiceResult<String> {
    let now = cx.now();
    let token = new_token();
    let expires_at = now + chrono::Duration::from_std(cx.config.portal.session_ttl).unwrap_or_default();
    store::portal::insert_session(db, &token_hash(&token), Session { person, ticket, expires_at }, now)
        .await?;
    Ok(token)
}

pub async fn session(cx: &Context, token: &str) -> ServiceResult<Option<Session>> {
    store::portal::session(cx.store.read(), &token_hash(token), cx.now()).await
}

pub async fn close_session<C: ConnectionTrait>(db: &C, token: &str) -> ServiceResult<()> {
    store::portal::delete_session(db, &token_hash(token)).await
}

#[cfg(test)]
mod tests;
