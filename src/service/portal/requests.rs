//! Requests that change the record and so need an agent: a new phone number (proved by
//! a code sent to it) and corrections of identity or dose data. Each opens a ticket with
//! a structured before/after diff and the evidence files, in one transaction.

use chrono::Utc;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::{json, Value};
use uuid::Uuid;

use super::{audit, open_ticket, Client, PortalTicket};
use crate::domain::correction::{
    sniff_evidence, Approval, CorrectionField, CorrectionKind, CorrectionStatus, EvidenceKind, FieldChange,
};
use crate::domain::identity::IdentityClaim;
use crate::domain::{
    Category, Channel, OtpCode, OtpPurpose, OtpRefusal, PersonId, PhoneNumber, Requester, TicketNumber,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::otp::{self, Destination, Start};
use crate::service::{limits, Context};
use crate::store::{self, corrections::Correction, corrections::Evidence};

/// An uploaded evidence file, as the edge received it.
pub struct Upload {
    pub kind: EvidenceKind,
    pub bytes: Vec<u8>,
}

/// Evidence checked by content and stored under the data dir (never served publicly).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Stored {
    kind: String,
    content_type: String,
    size: u64,
    sha256: String,
    path: String,
}

/// An upload that passed every check (count, size, content), not yet written.
struct Checked {
    kind: EvidenceKind,
    content_type: &'static str,
    bytes: Vec<u8>,
}

/// Checks the uploads in memory; nothing touches the disk until the request has
/// passed its limits (`write_uploads`).
fn check_uploads(cx: &Context, uploads: Vec<Upload>) -> ServiceResult<Vec<Checked>> {
    let p = &cx.config.portal;
    if uploads.is_empty() {
        return Err(ServiceError::invalid(
            "evidence",
            "add at least one photo or scan (KTP, vaccination card)",
        ));
    }
    if uploads.len() > p.max_uploads {
        return Err(ServiceError::invalid("evidence", format!("at most {} files", p.max_uploads)));
    }
    uploads
        .into_iter()
        .map(|u| {
            if u.bytes.len() > p.max_upload_bytes {
                return Err(ServiceError::invalid(
                    "evidence",
                    format!("a file may be at most {} MB", p.max_upload_bytes / (1024 * 1024)),
                ));
            }
            let Some(content_type) = sniff_evidence(&u.bytes) else {
                return Err(ServiceError::invalid("evidence", "only JPEG, PNG, WebP photos or PDF scans"));
            };
            Ok(Checked { kind: u.kind, content_type, bytes: u.bytes })
        })
        .collect()
}

/// Writes checked uploads to the evidence store (content-addressed; a flow abandoned
/// before review leaves files the janitor removes, `sweep_evidence`).
async fn write_uploads(cx: &Context, checked: Vec<Checked>) -> ServiceResult<Vec<Stored>> {
    let mut out = Vec::with_capacity(checked.len());
    for c in checked {
        let ext = match c.content_type {
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            "image/webp" => ".webp",
            _ => ".pdf",
        };
        let size = c.bytes.len() as u64;
        let stored = cx.objects.put("evidence", ext, c.bytes.into()).await?;
        out.push(Stored {
            kind: c.kind.as_str().into(),
            content_type: c.content_type.into(),
            size,
            sha256: stored.sha256,
            path: stored.key,
        });
    }
    Ok(out)
}

fn evidence_rows(stored: &[Stored]) -> Vec<Evidence> {
    stored
        .iter()
        .map(|s| Evidence {
            id: Uuid::now_v7(),
            correction: Uuid::nil(),
            kind: s.kind.clone(),
            content_type: s.content_type.clone(),
            size: s.size,
            sha256: s.sha256.clone(),
            storage_path: s.path.clone(),
        })
        .collect()
}

async fn matching_person<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    client: &Client,
    claim: &IdentityClaim,
) -> ServiceResult<Option<store::people::Person>> {
    let (locked, matched) = super::lookup::match_claim(cx, db, client, claim).await?;
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

/// A new request awaiting review under `rule`.
pub(crate) fn pending(
    ticket: crate::domain::TicketId,
    person: Option<PersonId>,
    kind: CorrectionKind,
    changes: Vec<FieldChange>,
    rule: Approval,
    now: chrono::DateTime<Utc>,
) -> Correction {
    Correction {
        id: Uuid::now_v7(),
        ticket,
        person,
        kind,
        changes,
        status: CorrectionStatus::Pending,
        approvals_needed: rule.approvals,
        final_role: rule.final_role,
        first_approver: None,
        first_approved_at: None,
        decided_by: None,
        decided_at: None,
        decision_reason: None,
        created_at: now,
        requested_by: None,
        proof: None,
    }
}

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
