//! A member of staff changes a caller's phone number (desk or API). The only proof a
//! caller can give on the line is that they hold the new number: a code sent to it and
//! read out. That proves the new number, not who the caller is, so the change is never
//! made here: it becomes a phone correction request under the same policy as a
//! citizen's, filed by this member of staff (who then cannot approve it), and the old
//! number is told when another person approves it.

use sea_orm::TransactionTrait;
use serde_json::json;

use super::otp::{self, Destination, Start};
use super::portal::requests::pending;
use super::portal::{open_ticket, PortalTicket};
use super::Context;
use crate::domain::correction::{CorrectionField, CorrectionKind, FieldChange};
use crate::domain::{
    Actor, AuditEntry, Category, Channel, Nik, OtpCode, OtpPurpose, OtpRefusal, PersonId, PhoneNumber,
    Requester, StaffActor, TicketNumber,
};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, tickets::TicketRef};

/// Sends a code to the new number; returns the flow token the confirmation needs.
pub async fn start(
    cx: &Context,
    actor: &StaffActor,
    person: PersonId,
    new: &PhoneNumber,
) -> ServiceResult<String> {
    let r = super::people::by_id(cx, actor, person).await?;
    if r.person.phone.as_deref() == Some(new.expose()) {
        return Err(ServiceError::invalid("new_phone", "is already the number on record"));
    }
    let txn = cx.store.write().begin().await?;
    let flow = otp::start(
        cx,
        &txn,
        Start {
            purpose: OtpPurpose::NewPhone,
            person: Some(person),
            ticket: None,
            to: Destination::Phone(new.clone()),
            data: Some(json!({"by_staff": actor.id.0, "via": actor.via.as_str()})),
            requester: format!("staff:{}", actor.id.0),
        },
        &[],
    )
    .await?;
    store::audit::append(
        &txn,
        AuditEntry::new(&Actor::Staff(actor.clone()), "person.phone_change_started", "person", person.0)
            .after(json!({"to": new.masked()})),
    )
    .await?;
    txn.commit().await?;
    cx.jobs_wake.notify_waiters();
    Ok(flow)
}

pub enum Confirmed {
    /// The request is filed on this (new, phone-channel) ticket, awaiting another person.
    Filed {
        ticket: TicketNumber,
        correction: uuid::Uuid,
    },
    Refused(OtpRefusal),
}

/// The code the caller read out. Right, and a phone correction request is filed with
/// that proof; the record does not change until someone else approves it.
pub async fn confirm(
    cx: &Context,
    actor: &StaffActor,
    person: PersonId,
    flow: &str,
    code: &OtpCode,
    ip: &str,
) -> ServiceResult<Confirmed> {
    let txn = cx.store.write().begin().await?;
    let c = match otp::confirm(cx, &txn, ip, flow, code, OtpPurpose::NewPhone).await? {
        Ok(c) => c,
        Err(r) => {
            txn.commit().await?;
            return Ok(Confirmed::Refused(r));
        }
    };
    // Only the flow this member of staff started for this person.
    let started_by = c.data.as_ref().and_then(|d| d.get("by_staff")).and_then(|v| v.as_str());
    if c.person != Some(person) || started_by != Some(actor.id.0.to_string().as_str()) {
        txn.commit().await?;
        return Ok(Confirmed::Refused(OtpRefusal::Expired));
    }
    let new = c
        .phone
        .as_deref()
        .and_then(|p| PhoneNumber::parse(p).ok())
        .ok_or(ServiceError::NotFound { what: "code" })?;
    let p = store::people::find(&txn, person).await?.ok_or(ServiceError::NotFound { what: "person" })?;
    let before = p.phone.clone();
    let masked_before = before.as_deref().and_then(|p| PhoneNumber::parse(p).ok()).map(|p| p.masked());
    let change = FieldChange {
        field: CorrectionField::Phone.as_str().into(),
        dose: None,
        before: before.clone(),
        after: new.expose().to_string(),
    };
    // Whoever follows the ticket (its code goes to the new number) reads this body: the
    // number on record goes to a staff note.
    let body = format!(
        "Ganti nomor HP lewat telepon / Phone number change requested on a call.\n\
         Nomor baru (kode dibacakan penelepon) / new (code read out by the caller): {}\n",
        new.masked()
    );
    let note = format!(
        "Nomor lama / old: {}\nKode membuktikan nomor baru saja, bukan identitas penelepon / the code \
         proves the new number only, not who the caller is.",
        masked_before.as_deref().unwrap_or("-")
    );
    let ticket = open_ticket(
        cx,
        &txn,
        PortalTicket {
            subject: "Ganti nomor HP (telepon) / Phone number change (call)".into(),
            body,
            category: if before.is_some() { Category::PhoneMismatch } else { Category::PhoneMissing },
            channel: Channel::Phone,
            requester: Requester { name: Some(p.full_name.clone()), email: None, phone: Some(new.clone()) },
            nik: Nik::parse(&p.nik).ok(),
            person: Some(person),
            tags: vec!["correction"],
        },
    )
    .await?;
    let mut note = crate::domain::Message::new(ticket.id, crate::domain::MessageKind::Note, note, cx.now());
    note.author_staff = Some(actor.id);
    store::tickets::insert_message(&txn, &note).await?;
    let rule = cx.config.corrections.rule(CorrectionField::Phone);
    let mut correction =
        pending(ticket.id, Some(person), CorrectionKind::Phone, vec![change], rule, cx.now());
    correction.requested_by = Some(actor.id);
    correction.proof = Some(json!({
        "new_number": {"to": new.masked(), "code": "read out by the caller", "verified_at": cx.now()},
        "identity": "not proved by the code: check the caller against the record before approving",
    }));
    store::corrections::insert(&txn, &correction, &[]).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(&Actor::Staff(actor.clone()), "correction.request", "correction", correction.id).after(
            json!({"kind": "phone", "ticket": ticket.number.to_string(),
                   "phone": {"before": masked_before, "after": new.masked()}, "proof": "code_to_new_number"}),
        ),
    )
    .await?;
    txn.commit().await?;
    // The member of staff on the call owns the ticket (not its approval).
    super::tickets::assign(cx, actor, TicketRef::Id(ticket.id), Some(actor.id)).await?;
    Ok(Confirmed::Filed { ticket: ticket.number, correction: correction.id })
}
