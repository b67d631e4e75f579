//! A citizen's new phone number: the identity facts, the number and the evidence
//! (step one sends a code to the new number), then the code, which files the request
//! for review.

use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::{json, Value};

use super::evidence::{check_uploads, evidence_rows, write_uploads, Stored, Upload};
use super::pending;
use crate::domain::correction::{CorrectionField, CorrectionKind, FieldChange};
use crate::domain::identity::IdentityClaim;
use crate::domain::{
    Category, Channel, OtpCode, OtpPurpose, OtpRefusal, PhoneNumber, Requester, TicketNumber,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::otp::{self, Destination, Start};
use crate::service::portal::{audit, lookup, open_ticket, Client, PortalTicket};
use crate::service::{limits, Context};
use crate::store;

async fn matching_person<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    client: &Client,
    claim: &IdentityClaim,
) -> ServiceResult<Option<store::people::Person>> {
    let (locked, matched) = lookup::match_claim(cx, db, client, claim).await?;
    if matched.is_none() && !locked {
        limits::nik_failed(cx, db, claim.nik.expose(), &client.ip).await?;
    }
    Ok(matched)
}

/// Step one of a phone change: the identity facts, the new number and the evidence.
/// A code goes to the new number whether or not the facts matched (the agent sees
/// which); the flow token comes back.
pub async fn start_phone_change(
    cx: &Context,
    client: &Client,
    claim: IdentityClaim,
    new_phone: PhoneNumber,
    uploads: Vec<Upload>,
) -> ServiceResult<String> {
    let checked = check_uploads(cx, uploads)?;
    // The lookup counts (and any failure it records) stand whatever happens next.
    let txn = cx.store.write().begin().await?;
    limits::lookup(cx, &txn, &client.ip, Some(claim.nik.expose())).await?;
    let matched = matching_person(cx, &txn, client, &claim).await?;
    // Audited with the lookup: an attempt whose upload then fails is on record too.
    audit(
        &txn,
        "portal.phone_change_started",
        ("nik", claim.nik.masked()),
        json!({"ip": client.ip, "matched": matched.is_some(), "new_phone": new_phone.masked()}),
    )
    .await?;
    txn.commit().await?;
    // Written only once the limits let the request through, and outside any
    // transaction: no database lock waits on the object store.
    let stored = write_uploads(cx, checked).await?;
    let txn = cx.store.write().begin().await?;
    let data = json!({
        "nik": claim.nik.expose(),
        "full_name": claim.full_name,
        "new_phone": new_phone.expose(),
        "evidence": stored,
    });
    let flow = otp::start(
        cx,
        &txn,
        Start {
            purpose: OtpPurpose::NewPhone,
            person: matched.as_ref().map(|p| p.id),
            ticket: None,
            to: Destination::Phone(new_phone.clone()),
            data: Some(data),
            requester: client.ip.clone(),
        },
        &[],
    )
    .await?;
    txn.commit().await?;
    Ok(flow)
}

pub enum PhoneChange {
    Filed(TicketNumber),
    Refused(OtpRefusal),
}

/// Step two: the code sent to the new number. A right one files the request for review.
pub async fn confirm_phone_change(
    cx: &Context,
    client: &Client,
    flow: &str,
    code: &OtpCode,
) -> ServiceResult<PhoneChange> {
    let txn = cx.store.write().begin().await?;
    let c = match otp::confirm(cx, &txn, &client.ip, flow, code, OtpPurpose::NewPhone).await? {
        Ok(c) => c,
        Err(r) => {
            txn.commit().await?;
            return Ok(PhoneChange::Refused(r));
        }
    };
    let data = c.data.clone().unwrap_or(Value::Null);
    let text = |k: &str| data.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let nik = crate::domain::Nik::parse(&text("nik")).map_err(|e| ServiceError::Internal(e.into()))?;
    let new_phone = PhoneNumber::parse(&text("new_phone")).map_err(|e| ServiceError::Internal(e.into()))?;
    let stored: Vec<Stored> =
        serde_json::from_value(data.get("evidence").cloned().unwrap_or_default()).unwrap_or_default();
    let person = match c.person {
        Some(id) => store::people::find(&txn, id).await?,
        None => None,
    };
    let before = person.as_ref().and_then(|p| p.phone.clone());
    let change = FieldChange {
        field: CorrectionField::Phone.as_str().into(),
        dose: None,
        before: before.clone(),
        after: new_phone.expose().to_string(),
    };
    let rule = cx.config.corrections.rule(CorrectionField::Phone);
    let category = if before.is_some() { Category::PhoneMismatch } else { Category::PhoneMissing };
    let masked_before = before.as_deref().and_then(|p| PhoneNumber::parse(p).ok()).map(|p| p.masked());
    // What the requester can read back (through the follow-up) says nothing about the
    // record: whether the facts matched and the number on record go to a staff note.
    let body = format!(
        "Permintaan ganti nomor HP lewat portal / Phone number change requested through the portal.\n\
         Nomor baru (terverifikasi dengan kode) / new (verified by code): {}\n",
        new_phone.masked()
    );
    let note = format!(
        "Nomor lama / old: {}\n{}",
        masked_before.as_deref().unwrap_or("-"),
        if person.is_some() {
            "Data identitas cocok dengan catatan / the identity facts matched the record."
        } else {
            "Data identitas TIDAK cocok dengan catatan mana pun / the identity facts did NOT match a record."
        }
    );
    let ticket = open_ticket(
        cx,
        &txn,
        PortalTicket {
            subject: "Ganti nomor HP / Phone number change".into(),
            body,
            category,
            channel: Channel::SelfService,
            requester: Requester {
                name: Some(text("full_name")),
                email: None,
                phone: Some(new_phone.clone()),
            },
            nik: Some(nik),
            person: c.person,
            tags: vec!["correction"],
        },
    )
    .await?;
    let note = crate::domain::Message::new(ticket.id, crate::domain::MessageKind::Note, note, cx.now());
    store::tickets::insert_message(&txn, &note).await?;
    let correction = pending(ticket.id, c.person, CorrectionKind::Phone, vec![change], rule, cx.now());
    store::corrections::insert(&txn, &correction, &evidence_rows(&stored)).await?;
    audit(
        &txn,
        "correction.request",
        ("correction", correction.id.to_string()),
        json!({"ip": client.ip, "kind": "phone", "ticket": ticket.number.to_string(), "matched": c.person.is_some(),
               "phone": {"before": masked_before, "after": new_phone.masked()}, "evidence": stored.len()}),
    )
    .await?;
    txn.commit().await?;
    Ok(PhoneChange::Filed(ticket.number))
}
