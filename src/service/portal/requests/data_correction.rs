//! Corrections of identity or dose data: the verified citizen's own record, the diff
//! of what was asked against it, and filing the request (by the citizen through the
//! portal, or by an agent for the caller on the line).

use sea_orm::TransactionTrait;
use serde_json::json;

use super::evidence::{check_uploads, evidence_rows, write_uploads, Upload};
use super::pending;
use crate::domain::correction::{Approval, CorrectionField, CorrectionKind, FieldChange};
use crate::domain::{Category, Channel, PersonId, PhoneNumber, Requester, TicketNumber};
use crate::error::{ServiceError, ServiceResult};
use crate::service::portal::{audit, open_ticket, Client, PortalTicket};
use crate::service::Context;
use crate::store;

/// A field the citizen wants changed, as typed.
pub struct Requested {
    pub field: CorrectionField,
    pub dose: Option<u8>,
    pub value: String,
}

/// The verified citizen's own record: the person and each dose (the correction form).
pub async fn own_record(
    cx: &Context,
    person: PersonId,
) -> ServiceResult<(store::people::Person, Vec<store::certificates::Due>)> {
    let db = cx.store.read();
    let p = store::people::find(db, person).await?.ok_or(ServiceError::NotFound { what: "person" })?;
    Ok((p, store::certificates::record_of_person(db, person).await?))
}

/// The record's current value of a field (what the form shows and the diff keeps).
pub fn current_value(
    p: &store::people::Person,
    doses: &[store::certificates::Due],
    field: CorrectionField,
    dose: Option<u8>,
) -> Option<String> {
    let d = || doses.iter().find(|d| Some(d.dose) == dose);
    match field {
        CorrectionField::Phone => p.phone.clone(),
        CorrectionField::FullName => Some(p.full_name.clone()),
        CorrectionField::BirthDate => Some(p.birth_date.to_string()),
        CorrectionField::Sex => Some(p.sex.clone()),
        CorrectionField::Nik => Some(p.nik.clone()),
        CorrectionField::Vaccine => d().map(|d| d.vaccine.clone()),
        CorrectionField::VaccinatedOn => d().and_then(|d| d.vaccinated_on).map(|v| v.to_string()),
        CorrectionField::Batch => d().and_then(|d| d.batch.clone()),
    }
}

/// The diff of what was asked against the record now, and the strictest approval rule
/// among the fields.
async fn changes_for(
    cx: &Context,
    p: &store::people::Person,
    requested: Vec<Requested>,
) -> ServiceResult<(Vec<FieldChange>, Approval)> {
    if requested.is_empty() {
        return Err(ServiceError::invalid("changes", "fill in at least one new value"));
    }
    let db = cx.store.read();
    let doses = store::certificates::record_of_person(db, p.id).await?;
    let vaccines = store::certificates::vaccines(db).await?;
    let mut changes = Vec::new();
    let mut rule: Option<Approval> = None;
    for r in requested {
        if r.field == CorrectionField::Phone {
            return Err(ServiceError::invalid(
                "phone",
                "use the phone number change, which sends a code to the new number",
            ));
        }
        if r.field.per_dose() && !doses.iter().any(|d| Some(d.dose) == r.dose) {
            return Err(ServiceError::invalid(r.field.as_str(), "no such dose on the record"));
        }
        // Named as the form names it: `vaccinated_on_2` for dose 2.
        let name = match r.dose {
            Some(d) => format!("{}_{d}", r.field),
            None => r.field.as_str().to_string(),
        };
        let before = current_value(p, &doses, r.field, r.dose);
        // A field left as the record has it (a pre-filled form) is no change: compare in
        // the record's form, which `FieldChange::new` produces.
        let normalised = FieldChange::new(r.field, r.dose, None, &r.value)
            .map_err(|e| ServiceError::invalid(&name, e.reason))?;
        if before.as_deref() == Some(normalised.after.as_str()) {
            continue;
        }
        let change = FieldChange::new(r.field, r.dose, before, &r.value)
            .map_err(|e| ServiceError::invalid(&name, e.reason))?;
        if r.field == CorrectionField::Vaccine && !vaccines.contains_key(&change.after) {
            return Err(ServiceError::invalid(name, "choose a vaccine from the list"));
        }
        let this = cx.config.corrections.rule(r.field);
        rule = Some(rule.map_or(this, |r| r.max(this)));
        changes.push(change);
    }
    let rule = rule.ok_or_else(|| ServiceError::invalid("changes", "nothing differs from the record"))?;
    Ok((changes, rule))
}

/// The ticket text listing the changes (a NIK masked).
fn describe(intro: &str, changes: &[FieldChange]) -> String {
    let mut body = String::from(intro);
    for c in changes {
        let dose = c.dose.map(|d| format!(" (dosis {d})")).unwrap_or_default();
        let show = |v: &Option<String>| match c.field() {
            Some(CorrectionField::Nik) => {
                v.as_deref().and_then(|n| crate::domain::Nik::parse(n).ok()).map(|n| n.masked())
            }
            _ => v.clone(),
        };
        body.push_str(&format!(
            "- {}{dose}: {} → {}\n",
            c.field,
            show(&c.before).as_deref().unwrap_or("-"),
            show(&Some(c.after.clone())).unwrap_or_default()
        ));
    }
    body
}

/// An agent files a correction request for the caller on the line (the same review and
/// approval rules as a citizen's; evidence can follow by mail to the ticket). Audited
/// with channel `phone`; returns the ticket number.
pub async fn request_correction_for_caller(
    cx: &Context,
    actor: &crate::domain::StaffActor,
    person: PersonId,
    requested: Vec<Requested>,
    note: Option<&str>,
) -> ServiceResult<TicketNumber> {
    let p = store::people::find(cx.store.read(), person)
        .await?
        .ok_or(ServiceError::NotFound { what: "person" })?;
    let (changes, rule) = changes_for(cx, &p, requested).await?;
    let nik = crate::domain::Nik::parse(&p.nik).map_err(|e| ServiceError::Internal(e.into()))?;
    let mut body =
        describe("Permintaan koreksi data lewat telepon / Data correction requested by phone:\n", &changes);
    if let Some(n) = note.map(str::trim).filter(|n| !n.is_empty()) {
        body.push_str(&format!("\n{n}\n"));
    }
    let txn = cx.store.write().begin().await?;
    let ticket = open_ticket(
        cx,
        &txn,
        PortalTicket {
            subject: "Koreksi data (telepon) / Data correction (phone)".into(),
            body,
            category: Category::DataCorrection,
            channel: Channel::Phone,
            requester: Requester {
                name: Some(p.full_name.clone()),
                email: None,
                phone: p.phone.as_deref().and_then(|s| PhoneNumber::parse(s).ok()),
            },
            nik: Some(nik),
            person: Some(person),
            tags: vec!["correction"],
        },
    )
    .await?;
    let mut correction =
        pending(ticket.id, Some(person), CorrectionKind::Data, changes.clone(), rule, cx.now());
    correction.requested_by = Some(actor.id);
    store::corrections::insert(&txn, &correction, &[]).await?;
    store::audit::append(
        &txn,
        crate::domain::AuditEntry::new(&crate::domain::Actor::Staff(actor.clone()), "correction.request", "correction", correction.id)
            .after(json!({"kind": "data", "ticket": ticket.number.to_string(),
                          "fields": changes.iter().map(|c| c.field.clone()).collect::<Vec<_>>(), "evidence": 0})),
    )
    .await?;
    txn.commit().await?;
    Ok(ticket.number)
}

/// A verified citizen asks for data corrections; returns the ticket number.
pub async fn request_correction(
    cx: &Context,
    client: &Client,
    person: PersonId,
    requested: Vec<Requested>,
    uploads: Vec<Upload>,
) -> ServiceResult<TicketNumber> {
    let db = cx.store.read();
    let p = store::people::find(db, person).await?.ok_or(ServiceError::NotFound { what: "person" })?;
    let (changes, rule) = changes_for(cx, &p, requested).await?;
    let stored = write_uploads(cx, check_uploads(cx, uploads)?).await?;
    let nik = crate::domain::Nik::parse(&p.nik).map_err(|e| ServiceError::Internal(e.into()))?;
    let body = describe(
        "Permintaan koreksi data lewat portal / Data correction requested through the portal:\n",
        &changes,
    );
    let txn = cx.store.write().begin().await?;
    let ticket = open_ticket(
        cx,
        &txn,
        PortalTicket {
            subject: "Koreksi data / Data correction".into(),
            body,
            category: Category::DataCorrection,
            channel: Channel::SelfService,
            requester: Requester {
                name: Some(p.full_name.clone()),
                email: None,
                phone: p.phone.as_deref().and_then(|s| PhoneNumber::parse(s).ok()),
            },
            nik: Some(nik.clone()),
            person: Some(person),
            tags: vec!["correction"],
        },
    )
    .await?;
    let correction = pending(ticket.id, Some(person), CorrectionKind::Data, changes.clone(), rule, cx.now());
    store::corrections::insert(&txn, &correction, &evidence_rows(&stored)).await?;
    audit(
        &txn,
        "correction.request",
        ("correction", correction.id.to_string()),
        json!({"ip": client.ip, "kind": "data", "ticket": ticket.number.to_string(),
               "fields": changes.iter().map(|c| c.field.clone()).collect::<Vec<_>>(), "evidence": stored.len()}),
    )
    .await?;
    txn.commit().await?;
    Ok(ticket.number)
}
