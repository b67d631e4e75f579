//! Staff review of correction requests: the queue, the diff with the evidence, and the
//! decision. Approval follows the per-field policy (how many different people, the
//! role of the last one); the final approval applies every change in one transaction,
//! puts the affected certificates up for reissue, resolves the ticket and tells the
//! citizen. Rejection tells the citizen why.

use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::sms::{SmsRequest, TextSms};
use super::Context;
use crate::domain::correction::{
    approval_step, Approval, ApprovalStep, CorrectionField, CorrectionKind, CorrectionStatus, FieldChange,
};
use crate::domain::{
    Actor, AuditEntry, Message, MessageKind, Nik, PersonId, PhoneNumber, SmsPurpose, StaffActor, Text,
    Ticket, TicketNumber, TicketStatus,
};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, corrections::Correction, corrections::Evidence, tickets::TicketRef};

/// One request as a reviewer sees it.
pub struct Review {
    pub correction: Correction,
    pub ticket: TicketNumber,
    pub evidence: Vec<Evidence>,
    /// What the record says now for each requested field (it may have moved on).
    pub current: Vec<Option<String>>,
}

async fn ticket_of<C: ConnectionTrait>(db: &C, c: &Correction) -> ServiceResult<Ticket> {
    store::tickets::find(db, TicketRef::Id(c.ticket)).await?.ok_or(ServiceError::NotFound { what: "ticket" })
}

pub async fn queue(
    cx: &Context,
    actor: &StaffActor,
    status: CorrectionStatus,
    limit: u64,
) -> ServiceResult<Vec<(Correction, TicketNumber)>> {
    let db = cx.store.read();
    let mut out = Vec::new();
    for c in store::corrections::list(db, status, limit.clamp(1, 200)).await? {
        let t = ticket_of(db, &c).await?;
        if super::tickets::ensure_visible(actor, &t).is_ok() {
            out.push((c, t.number));
        }
    }
    Ok(out)
}

async fn load(cx: &Context, actor: &StaffActor, id: Uuid) -> ServiceResult<(Correction, Ticket)> {
    let db = cx.store.read();
    let c = store::corrections::find(db, id).await?.ok_or(ServiceError::NotFound { what: "correction" })?;
    let t = ticket_of(db, &c).await?;
    super::tickets::ensure_visible(actor, &t)?;
    Ok((c, t))
}

fn person_of(c: &Correction, t: &Ticket) -> Option<PersonId> {
    c.person.or(t.person)
}

pub async fn get(cx: &Context, actor: &StaffActor, id: Uuid) -> ServiceResult<Review> {
    let (c, t) = load(cx, actor, id).await?;
    let db = cx.store.read();
    let evidence = store::corrections::evidence(db, c.id).await?;
    let mut current = Vec::new();
    let person = match person_of(&c, &t) {
        Some(p) => store::people::find(db, p).await?,
        None => None,
    };
    let doses = match &person {
        Some(p) => store::certificates::record_of_person(db, p.id).await?,
        None => Vec::new(),
    };
    for ch in &c.changes {
        current.push(match (&person, ch.field()) {
            (Some(p), Some(f)) => super::portal::requests::current_value(p, &doses, f, ch.dose),
            _ => None,
        });
    }
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Staff(actor.clone()), "correction.view", "correction", c.id),
    )
    .await?;
    Ok(Review { correction: c, ticket: t.number, evidence, current })
}

/// An evidence file, for staff only; every view is audited.
pub async fn evidence_file(
    cx: &Context,
    actor: &StaffActor,
    id: Uuid,
    file: Uuid,
) -> ServiceResult<(String, super::Download)> {
    let (c, _) = load(cx, actor, id).await?;
    let e = store::corrections::evidence(cx.store.read(), c.id)
        .await?
        .into_iter()
        .find(|e| e.id == file)
        .ok_or(ServiceError::NotFound { what: "evidence" })?;
    let file = cx.objects.open(&e.storage_path).await?;
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Staff(actor.clone()), "correction.evidence_view", "correction", c.id)
            .with_evidence(json!({"file": e.id, "kind": e.kind})),
    )
    .await?;
    Ok((e.content_type, file.into_download()))
}

/// A change as the audit log shows it: NIK and phone masked.
fn masked(ch: &FieldChange) -> serde_json::Value {
    let show = |v: &Option<String>| -> Option<String> {
        match ch.field() {
            Some(CorrectionField::Nik) => v.as_deref().and_then(|n| Nik::parse(n).ok()).map(|n| n.masked()),
            Some(CorrectionField::Phone) => {
                v.as_deref().and_then(|p| PhoneNumber::parse(p).ok()).map(|p| p.masked())
            }
            _ => v.clone(),
        }
    };
    json!({"field": ch.field, "dose": ch.dose, "before": show(&ch.before), "after": show(&Some(ch.after.clone()))})
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// The first of two approvals is recorded; another person must approve.
    AwaitingSecond,
    Approved,
    Rejected,
}

pub async fn approve(
    cx: &Context,
    actor: &StaffActor,
    id: Uuid,
    note: Option<Text>,
) -> ServiceResult<Decision> {
    let (c, t) = load(cx, actor, id).await?;
    if c.status != CorrectionStatus::Pending {
        return Err(ServiceError::conflict(format!("the request is already {}", c.status)));
    }
    let rule = Approval { approvals: c.approvals_needed, final_role: c.final_role };
    let step = approval_step(
        rule,
        c.requested_by.map(|s| s.0),
        c.first_approver.map(|s| s.0),
        actor.id.0,
        actor.role,
    )
    .map_err(|e| ServiceError::forbidden(e.to_string()))?;
    let staff = Actor::Staff(actor.clone());
    let txn = cx.store.write().begin().await?;
    let now = cx.now();
    if step == ApprovalStep::First {
        if !store::corrections::first_approval(&txn, c.id, actor.id, now).await? {
            return Err(ServiceError::conflict("someone else approved or decided it meanwhile; reload"));
        }
        let text = format!(
            "Correction approved (1 of 2). A second person ({} or above) must approve.{}",
            c.final_role,
            note.map(|n| format!("\n{}", n.as_str())).unwrap_or_default()
        );
        let mut m = Message::new(t.id, MessageKind::Note, text, now);
        m.author_staff = Some(actor.id);
        store::tickets::insert_message(&txn, &m).await?;
        store::audit::append(
            &txn,
            AuditEntry::new(&staff, "correction.first_approval", "correction", c.id)
                .with_evidence(json!({"ticket": t.number.to_string()})),
        )
        .await?;
        txn.commit().await?;
        return Ok(Decision::AwaitingSecond);
    }
    let person = person_of(&c, &t).ok_or_else(|| {
        ServiceError::conflict("the request is not linked to a record: link the ticket to the person first")
    })?;
    if !store::corrections::decide(
        &txn,
        c.id,
        CorrectionStatus::Approved,
        actor.id,
        note.as_ref().map(Text::as_str),
        now,
    )
    .await?
    {
        return Err(ServiceError::conflict("someone else decided it meanwhile; reload"));
    }
    let p = store::people::find(&txn, person).await?.ok_or(ServiceError::NotFound { what: "person" })?;
    for ch in &c.changes {
        store::corrections::apply_change(&txn, person, ch).await?;
    }
    let origin = format!("correction:{}", c.id);
    let new_phone =
        c.changes.iter().find(|ch| ch.field() == Some(CorrectionField::Phone)).map(|ch| ch.after.clone());
    if let (Some(old), Some(new)) = (p.phone.clone(), new_phone) {
        if old != new {
            // Tell the old number, in case this change was not its owner's wish.
            super::sms::enqueue_one(
                cx,
                &txn,
                SmsRequest {
                    person,
                    phone: Some(old),
                    certificate: None,
                    ticket: Some(t.id),
                    purpose: SmsPurpose::PhoneChanged,
                    origin: origin.clone(),
                    dose: 0,
                    version: 0,
                    nik_masked: Nik::parse(&p.nik).map(|n| n.masked()).unwrap_or_default(),
                },
            )
            .await?;
        }
    }
    if c.kind == CorrectionKind::Phone {
        // The certificate link goes to the new number (nothing yet if no certificate).
        let _ = super::actions::resend(cx, &txn, person, Some(t.id), &origin).await;
    } else {
        store::corrections::refresh_digests(&txn, person).await?;
        super::certificates::enqueue_issuing(cx, &txn).await?;
    }
    store::audit::append(
        &txn,
        AuditEntry::new(&staff, "correction.approve", "person", person.0)
            .change(
                json!(c.changes.iter().map(|ch| masked(ch)["before"].clone()).collect::<Vec<_>>()),
                json!(c.changes.iter().map(masked).collect::<Vec<_>>()),
            )
            .with_evidence(json!({
                "correction": c.id,
                "ticket": t.number.to_string(),
                "approvers": [c.first_approver.map(|s| s.0), Some(actor.id.0)],
            })),
    )
    .await?;
    let reply = "Permintaan koreksi Anda disetujui dan data sudah diperbarui. Sertifikat terbaru dikirim lewat SMS.\n\
                 Your correction request was approved and the record updated. The updated certificate is sent by SMS.";
    conclude(cx, &txn, actor, t, person, &c, true, reply, None).await?;
    txn.commit().await?;
    cx.jobs_wake.notify_waiters();
    Ok(Decision::Approved)
}

pub async fn reject(cx: &Context, actor: &StaffActor, id: Uuid, reason: Text) -> ServiceResult<Decision> {
    let (c, t) = load(cx, actor, id).await?;
    if c.status != CorrectionStatus::Pending {
        return Err(ServiceError::conflict(format!("the request is already {}", c.status)));
    }
    let txn = cx.store.write().begin().await?;
    if !store::corrections::decide(
        &txn,
        c.id,
        CorrectionStatus::Rejected,
        actor.id,
        Some(reason.as_str()),
        cx.now(),
    )
    .await?
    {
        return Err(ServiceError::conflict("someone else decided it meanwhile; reload"));
    }
    store::audit::append(
        &txn,
        AuditEntry::new(&Actor::Staff(actor.clone()), "correction.reject", "correction", c.id)
            .with_evidence(json!({"ticket": t.number.to_string(), "reason": reason.as_str()})),
    )
    .await?;
    let reply = format!(
        "Permintaan koreksi Anda belum dapat disetujui: {r}\nYour correction request could not be approved: {r}",
        r = reason.as_str()
    );
    let person = person_of(&c, &t);
    conclude(cx, &txn, actor, t, person.unwrap_or_default(), &c, false, &reply, Some(reason.as_str()))
        .await?;
    txn.commit().await?;
    cx.jobs_wake.notify_waiters();
    Ok(Decision::Rejected)
}

/// Tells the citizen (a public reply, by mail when the ticket has an address, and an SMS
/// to the phone on the ticket) and resolves the ticket.
#[allow(clippy::too_many_arguments)]
async fn conclude<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    actor: &StaffActor,
    mut t: Ticket,
    person: PersonId,
    c: &Correction,
    approved: bool,
    reply: &str,
    reason: Option<&str>,
) -> ServiceResult<()> {
    let now = cx.now();
    let mut m = Message::new(t.id, MessageKind::Outbound, reply.to_string(), now);
    m.author_staff = Some(actor.id);
    match t.requester.email.clone() {
        Some(to) => {
            super::mail_out::queue(db, cx, &t, m, to.as_str()).await?;
        }
        None => store::tickets::insert_message(db, &m).await?,
    }
    // After approval the record's (new) phone; otherwise the one the citizen gave.
    let phone = match store::people::find(db, person).await? {
        Some(p) if approved => p.phone,
        _ => t.requester.phone.as_ref().map(|p| p.expose().to_string()),
    };
    if let Some(phone) = phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok()) {
        let mut tc = tera::Context::new();
        tc.insert("approved", &approved);
        tc.insert("number", &t.number.to_string());
        tc.insert("reason", &crate::domain::truncate_chars(reason.unwrap_or_default().to_string(), 60));
        let body = cx
            .templates
            .render("sms/correction_decided.id.txt", &tc)
            .map_err(|e| ServiceError::Internal(anyhow::anyhow!("template sms/correction_decided: {e:?}")))?;
        super::sms::enqueue_text(
            cx,
            db,
            TextSms {
                person: c.person,
                ticket: Some(t.id),
                phone,
                purpose: SmsPurpose::CorrectionDecided,
                idempotency_key: format!("{}:correction_decided:", c.id),
                body: body.trim().to_string(),
            },
        )
        .await?;
    }
    let before = t.status;
    if t.status == TicketStatus::New {
        t.status = TicketStatus::Open;
    }
    t.first_response_at.get_or_insert(now);
    if t.status.can_become(TicketStatus::Resolved) {
        t.status = TicketStatus::Resolved;
        t.resolved_at = Some(now);
    }
    t.updated_at = now;
    super::tickets::save(cx, db, &mut t).await?;
    store::audit::append(
        db,
        AuditEntry::new(&Actor::Staff(actor.clone()), "ticket.status", "ticket", t.id)
            .change(json!({"status": before.as_str()}), json!({"status": t.status.as_str()}))
            .with_evidence(json!({"correction": c.id})),
    )
    .await?;
    Ok(())
}
