//! A citizen's new phone number: the identity facts, the number and the evidence
//! (step one sends a code to the new number), then the code, which files the request
//! for review. The portal runs each step in its own transactions; the WhatsApp menu runs
//! the same steps (`admit_phone_change`, `send_new_phone_code`, `confirm_phone_change_in`)
//! inside its intake transaction, with the evidence it took from the chat.

use sea_orm::{ConnectionTrait, DatabaseTransaction, TransactionTrait};
use serde_json::{json, Value};

use super::evidence::{check_uploads, evidence_rows, write_uploads, Stored, Upload};
use super::pending;
use crate::domain::correction::{CorrectionField, CorrectionKind, FieldChange};
use crate::domain::identity::IdentityClaim;
use crate::domain::{
    Category, Channel, OtpCode, OtpPurpose, OtpRefusal, PersonId, PhoneNumber, Requester, TicketId,
    TicketNumber, Via,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::otp::{self, Destination, Start};
use crate::service::portal::{audit_via, lookup, open_ticket, Client, PortalTicket};
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
    let matched = admit_phone_change(cx, &txn, client, &claim, &new_phone).await?;
    txn.commit().await?;
    // Written only once the limits let the request through, and outside any
    // transaction: no database lock waits on the object store.
    let stored = write_uploads(cx, checked).await?;
    let txn = cx.store.write().begin().await?;
    let flow = send_new_phone_code(cx, &txn, client, &claim, &new_phone, matched, stored).await?;
    txn.commit().await?;
    Ok(flow)
}

/// The lookup's limits and the identity check of a phone change, audited as started
/// (an attempt whose evidence then fails is on record too). The matched record, if any.
pub(crate) async fn admit_phone_change(
    cx: &Context,
    txn: &DatabaseTransaction,
    client: &Client,
    claim: &IdentityClaim,
    new_phone: &PhoneNumber,
) -> ServiceResult<Option<PersonId>> {
    limits::lookup(cx, txn, &client.ip, Some(claim.nik.expose())).await?;
    let matched = matching_person(cx, txn, client, claim).await?;
    audit_via(
        txn,
        client.via,
        "portal.phone_change_started",
        ("nik", claim.nik.masked()),
        json!({"ip": client.ip, "matched": matched.is_some(), "new_phone": new_phone.masked()}),
    )
    .await?;
    Ok(matched.map(|p| p.id))
}

/// The code to the new number, sent whether or not the facts matched; its flow keeps
/// the facts and the stored evidence until the code comes back. The flow token.
pub(crate) async fn send_new_phone_code(
    cx: &Context,
    txn: &DatabaseTransaction,
    client: &Client,
    claim: &IdentityClaim,
    new_phone: &PhoneNumber,
    matched: Option<PersonId>,
    stored: Vec<Stored>,
) -> ServiceResult<String> {
    let data = json!({
        "nik": claim.nik.expose(),
        "full_name": claim.full_name,
        "new_phone": new_phone.expose(),
        "evidence": stored,
    });
    otp::start(
        cx,
        txn,
        Start {
            purpose: OtpPurpose::NewPhone,
            person: matched,
            ticket: None,
            to: Destination::Phone(new_phone.clone()),
            data: Some(data),
            requester: client.ip.clone(),
        },
        &[],
    )
    .await
}

pub enum PhoneChange {
    /// The request's ticket: its number for the citizen, its id for the channel that
    /// answers them.
    Filed {
        number: TicketNumber,
        ticket: TicketId,
    },
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
    // A refusal commits too: the attempt counts.
    let outcome = confirm_phone_change_in(cx, &txn, client, flow, code).await?;
    txn.commit().await?;
    Ok(outcome)
}

/// Step two in the caller's transaction.
pub(crate) async fn confirm_phone_change_in(
    cx: &Context,
    txn: &DatabaseTransaction,
    client: &Client,
    flow: &str,
    code: &OtpCode,
) -> ServiceResult<PhoneChange> {
    let c = match otp::confirm(cx, txn, &client.ip, flow, code, OtpPurpose::NewPhone).await? {
        Ok(c) => c,
        Err(r) => return Ok(PhoneChange::Refused(r)),
    };
    let data = c.data.clone().unwrap_or(Value::Null);
    let text = |k: &str| data.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let nik = crate::domain::Nik::parse(&text("nik")).map_err(|e| ServiceError::Internal(e.into()))?;
    let new_phone = PhoneNumber::parse(&text("new_phone")).map_err(|e| ServiceError::Internal(e.into()))?;
    let stored: Vec<Stored> =
        serde_json::from_value(data.get("evidence").cloned().unwrap_or_default()).unwrap_or_default();
    let person = match c.person {
        Some(id) => store::people::find(txn, id).await?,
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
    let (channel, lewat, through) = match client.via {
        Via::Whatsapp => (Channel::Whatsapp, "WhatsApp", "WhatsApp"),
        _ => (Channel::SelfService, "portal", "the portal"),
    };
    let body = format!(
        "Permintaan ganti nomor HP lewat {lewat} / Phone number change requested through {through}.\n\
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
        txn,
        PortalTicket {
            subject: "Ganti nomor HP / Phone number change".into(),
            body,
            category,
            channel,
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
    store::tickets::insert_message(txn, &note).await?;
    let correction = pending(ticket.id, c.person, CorrectionKind::Phone, vec![change], rule, cx.now());
    store::corrections::insert(txn, &correction, &evidence_rows(&stored)).await?;
    audit_via(
        txn,
        client.via,
        "correction.request",
        ("correction", correction.id.to_string()),
        json!({"ip": client.ip, "kind": "phone", "ticket": ticket.number.to_string(), "matched": c.person.is_some(),
               "phone": {"before": masked_before, "after": new_phone.masked()}, "evidence": stored.len()}),
    )
    .await?;
    Ok(PhoneChange::Filed { number: ticket.number, ticket: ticket.id })
}
