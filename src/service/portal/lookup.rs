//! Public lookups: the status check (NIK + name) and identity verification (the five
//! facts, then a code to the phone on record). A record that does not match, does not
//! exist, is locked, or is still being processed all produce the same answer.

use sea_orm::TransactionTrait;
use serde_json::json;

use super::{audit_via, Client};
use crate::domain::identity::{same_name, IdentityClaim, RecordFacts, StatusQuery};
use crate::domain::{CertificateStatus, OtpCode, OtpPurpose, OtpRefusal, PhoneNumber};
use crate::error::ServiceResult;
use crate::service::limits::{self, Hit, Scope};
use crate::service::otp::{self, Destination, Start};
use crate::service::Context;
use crate::store::{self, people::Person};

/// What the status page may say. `Processing` covers "no such record" too, on purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Data still being processed (or nothing matched: indistinguishable).
    Processing,
    /// A certificate exists but no phone is on record to send it to.
    NoPhone,
    /// A certificate exists and its SMS went to this (masked) number.
    Sent { phone_masked: String },
}

/// A person record usable for public lookups: not merged away, not locked.
async fn usable<C: sea_orm::ConnectionTrait>(
    db: &C,
    nik: &crate::domain::Nik,
) -> ServiceResult<Option<Person>> {
    Ok(store::people::find_by_nik(db, nik).await?.filter(|p| p.merged_into.is_none() && !p.lookup_locked))
}

pub async fn check_status(cx: &Context, client: &Client, q: StatusQuery) -> ServiceResult<Status> {
    let txn = cx.store.write().begin().await?;
    let status = check_status_in(cx, &txn, client, q).await?;
    txn.commit().await?;
    Ok(status)
}

/// The status check, its counters and audit written in the caller's transaction.
pub async fn check_status_in<C: sea_orm::ConnectionTrait>(
    cx: &Context,
    txn: &C,
    client: &Client,
    q: StatusQuery,
) -> ServiceResult<Status> {
    // Reads on the read pool; the certificate query runs either way, so a match is not
    // slower.
    let db = cx.store.read();
    let locked = limits::nik_locked(cx, db, q.nik.expose(), &client.ip).await?;
    let person = usable(db, &q.nik).await?;
    let matched = person.filter(|p| !locked && same_name(&q.full_name, &p.full_name));
    let certs =
        store::certificates::of_person(db, matched.as_ref().map_or(Default::default(), |p| p.id)).await?;
    let issued = certs.iter().any(|c| c.status == CertificateStatus::Active);
    let status = match &matched {
        Some(p) if issued => match p.phone.as_deref().and_then(|s| PhoneNumber::parse(s).ok()) {
            Some(phone) => Status::Sent { phone_masked: phone.masked() },
            None => Status::NoPhone,
        },
        _ => Status::Processing,
    };
    limits::hit_all(cx, txn, &as_hits(&lookup_hits(cx, client, &q.nik, matched.is_none() && !locked)))
        .await?;
    audit_via(
        txn,
        client.via,
        "portal.status",
        ("nik", q.nik.masked()),
        json!({"ip": client.ip, "matched": matched.is_some(), "locked": locked}),
    )
    .await?;
    Ok(status)
}

/// The address and (NIK, address) limits of a lookup, and a failure on the NIK from this
/// address when nothing matched: counted together, in one statement.
fn lookup_hits(
    cx: &Context,
    client: &Client,
    nik: &crate::domain::Nik,
    failed: bool,
) -> Vec<(Scope, String, u32, std::time::Duration)> {
    let p = &cx.config.portal;
    let here = limits::nik_here(nik.expose(), &client.ip);
    let mut hits = vec![
        (Scope::Ip, client.ip.clone(), p.per_ip, p.per_ip_window),
        (Scope::Nik, here.clone(), p.per_nik, p.per_nik_window),
    ];
    if failed {
        // Counted, never refused here: the lock takes effect on the next lookup.
        hits.push((Scope::NikFailures, here, u32::MAX, p.lock_for));
    }
    hits
}

fn as_hits(v: &[(Scope, String, u32, std::time::Duration)]) -> Vec<Hit<'_>> {
    v.iter()
        .map(|(scope, value, limit, window)| Hit { scope: *scope, value, limit: *limit, window: *window })
        .collect()
}

/// The record the five facts identify, if any, and whether the NIK is locked from
/// lookups (then nothing matches). Reads only.
pub(super) async fn match_claim<C: sea_orm::ConnectionTrait>(
    cx: &Context,
    db: &C,
    client: &Client,
    claim: &IdentityClaim,
) -> ServiceResult<(bool, Option<Person>)> {
    let locked = limits::nik_locked(cx, db, claim.nik.expose(), &client.ip).await?;
    let person = usable(db, &claim.nik).await?;
    // Run either way, so a match is not slower than a miss.
    let doses =
        store::certificates::dose_facts(db, person.as_ref().map_or(Default::default(), |p| p.id)).await?;
    let matched = person.filter(|p| {
        !locked
            && claim.matches(&RecordFacts {
                full_name: &p.full_name,
                birth_date: p.birth_date,
                doses: doses.iter().map(|(v, d)| (v.as_str(), *d)).collect(),
            })
    });
    Ok((locked, matched))
}

/// Checks the five facts and, when they match a record with a phone, sends a code to
/// it. Returns the flow token whatever happened.
pub async fn start_identity(cx: &Context, client: &Client, claim: IdentityClaim) -> ServiceResult<String> {
    let txn = cx.store.write().begin().await?;
    let flow = start_identity_in(cx, &txn, client, claim).await?;
    txn.commit().await?;
    Ok(flow)
}

/// The identity check, written in the caller's transaction.
pub async fn start_identity_in<C: sea_orm::ConnectionTrait>(
    cx: &Context,
    txn: &C,
    client: &Client,
    claim: IdentityClaim,
) -> ServiceResult<String> {
    let (locked, matched) = match_claim(cx, cx.store.read(), client, &claim).await?;
    let to = match matched.as_ref().and_then(|p| p.phone.as_deref()).map(PhoneNumber::parse) {
        Some(Ok(phone)) => Destination::Phone(phone),
        _ => Destination::Nowhere,
    };
    let sent = !matches!(to, Destination::Nowhere);
    let counters = lookup_hits(cx, client, &claim.nik, matched.is_none() && !locked);
    let hits = as_hits(&counters);
    let flow = otp::start(
        cx,
        txn,
        Start {
            purpose: OtpPurpose::Identity,
            person: matched.as_ref().map(|p| p.id),
            ticket: None,
            to,
            data: Some(json!({"nik": claim.nik.expose()})),
            requester: client.ip.clone(),
        },
        &hits,
    )
    .await?;
    audit_via(
        txn,
        client.via,
        "portal.identity",
        ("nik", claim.nik.masked()),
        json!({"ip": client.ip, "matched": matched.is_some(), "locked": locked, "code_sent": sent}),
    )
    .await?;
    Ok(flow)
}

/// What a typed code led to.
#[derive(Debug)]
pub enum Confirmed {
    /// A session token (cookie) for the verified person.
    Session(String),
    Refused(OtpRefusal),
}

/// Checks the code of an identity flow; a right one opens a session bound to the person.
pub async fn confirm_identity(
    cx: &Context,
    client: &Client,
    flow: &str,
    code: &OtpCode,
) -> ServiceResult<Confirmed> {
    let txn = cx.store.write().begin().await?;
    let result = match confirm_code_in(cx, &txn, client, flow, code).await? {
        Ok(person) => {
            let token = otp::open_session(cx, &txn, Some(person), None).await?;
            Confirmed::Session(token)
        }
        Err(refusal) => Confirmed::Refused(refusal),
    };
    txn.commit().await?;
    Ok(result)
}

/// Checks the code of an identity flow in the caller's transaction: the verified person,
/// or why not (a failure counts against the NIK from this client, as every lookup does).
pub async fn confirm_code_in<C: sea_orm::ConnectionTrait>(
    cx: &Context,
    txn: &C,
    client: &Client,
    flow: &str,
    code: &OtpCode,
) -> ServiceResult<Result<crate::domain::PersonId, OtpRefusal>> {
    let outcome = otp::confirm(cx, txn, &client.ip, flow, code, OtpPurpose::Identity).await?;
    Ok(match outcome {
        Ok(c) if c.person.is_some() => {
            let person = c.person.expect("checked");
            audit_via(
                txn,
                client.via,
                "portal.verified",
                ("person", person.0.to_string()),
                json!({"ip": client.ip}),
            )
            .await?;
            Ok(person)
        }
        Ok(_) => Err(OtpRefusal::Expired),
        Err(refusal) => {
            if let Some(c) = otp::challenge(txn, flow).await? {
                if let Some(nik) = c.data.as_ref().and_then(|d| d.get("nik")).and_then(|n| n.as_str()) {
                    limits::nik_failed(cx, txn, nik, &client.ip).await?;
                }
            }
            audit_via(
                txn,
                client.via,
                "portal.code_failed",
                ("flow", String::new()),
                json!({"ip": client.ip, "refusal": format!("{refusal:?}")}),
            )
            .await?;
            Err(refusal)
        }
    })
}
