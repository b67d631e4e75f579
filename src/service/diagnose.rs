//! Diagnosing a ticket: gather the facts about its person (record, certificates, SMS,
//! the complaint's own words and numbers), run the rules of `domain::diagnosis`, keep
//! the result, and (when asked) set the ticket's category and priority from it.

use chrono::Utc;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;

use super::Context;
use crate::domain::claims::{self, PhoneRole};
use crate::domain::diagnosis::{
    against_record, diagnose, Confidence, Diagnosis, DoseState, Facts, LastSms, RecordView,
};
use crate::domain::{
    Actor, AuditEntry, CertificateStatus, IntakeTag, MessageKind, Nik, PersonId, Sex, SmsStatus, StaffActor,
    Ticket,
};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, tickets::TicketRef};

/// A ticket's diagnosis; `None` while the ticket is not linked to a record (the
/// acknowledgement asks for the NIK; link the person to diagnose).
pub struct TicketDiagnosis {
    pub person: Option<PersonId>,
    pub diagnosis: Option<Diagnosis>,
}

impl TicketDiagnosis {
    pub fn cause(&self) -> Option<crate::domain::diagnosis::Cause> {
        self.diagnosis.as_ref().map(|d| d.cause)
    }
}

/// Where a record stands: its doses (number, status, why pending), valid certificates
/// and its latest certificate SMS.
struct RecordState {
    doses: Vec<(i16, String, Option<String>)>,
    certificates: usize,
    last: Option<crate::domain::Sms>,
    last_sms: LastSms,
}

async fn record_state<C: ConnectionTrait>(db: &C, person: PersonId) -> ServiceResult<RecordState> {
    let doses = store::records::doses_of(db, person).await?;
    let certificates = store::certificates::of_person(db, person)
        .await?
        .into_iter()
        .filter(|c| c.status == CertificateStatus::Active)
        .count();
    let last = store::sms::of_person(db, person).await?.into_iter().find(|s| s.certificate.is_some());
    let last_sms = match last.as_ref().map(|s| s.status) {
        None | Some(SmsStatus::PhoneMissing) => LastSms::None,
        Some(SmsStatus::Delivered) => LastSms::Delivered,
        Some(SmsStatus::Failed | SmsStatus::Dead) => LastSms::Failed,
        Some(_) => LastSms::InFlight,
    };
    Ok(RecordState { doses, certificates, last, last_sms })
}

/// Whether a record shows why a certificate would not have arrived: a dose pending
/// input (of those `named`, when the complaint names doses), no valid certificate, or its
/// latest certificate SMS not delivered (none sent, no phone, in flight, failed). A named
/// dose the record lacks is not one: the other person may never have had it.
pub async fn in_trouble<C: ConnectionTrait>(db: &C, person: PersonId, named: &[u8]) -> ServiceResult<bool> {
    let r = record_state(db, person).await?;
    let dose_trouble = r.doses.iter().any(|(d, status, _)| {
        status == "pending_input" && (named.is_empty() || named.iter().any(|n| i16::from(*n) == *d))
    });
    Ok(dose_trouble || r.certificates == 0 || r.last_sms != LastSms::Delivered)
}

async fn facts<C: ConnectionTrait>(
    db: &C,
    ticket: &Ticket,
    person: PersonId,
) -> ServiceResult<Option<Facts>> {
    let Some(p) = store::people::find(db, person).await? else { return Ok(None) };
    let RecordState { doses, certificates, last, last_sms } = record_state(db, person).await?;
    // The citizen's own words: every message they sent on this ticket (not another
    // sender's), read for what they claim.
    let words: Vec<String> = store::tickets::messages(db, ticket.id)
        .await?
        .into_iter()
        .filter(|m| m.kind == MessageKind::Inbound && !m.other_sender)
        .map(|m| m.body)
        .collect();
    let claims = claims::read(&words.join("\n"), ticket.subject.as_str());
    let phones_with = |role: PhoneRole| -> Vec<String> {
        claims.phones.iter().filter(|(_, r)| *r == role).map(|(p, _)| p.expose().to_string()).collect()
    };
    // The writer's own number (the call's, the form's) and numbers given without a
    // word about them; a relative's complaint says nothing of the record with them.
    let mut contact_phones: Vec<String> =
        ticket.requester.phone.iter().map(|p| p.expose().to_string()).collect();
    for ph in phones_with(PhoneRole::Unspecified) {
        if !contact_phones.contains(&ph) {
            contact_phones.push(ph);
        }
    }
    let nik_disagrees = match (Nik::parse(&p.nik), Sex::parse(&p.sex)) {
        (Ok(n), Ok(sex)) => n.disagrees_with(p.birth_date, sex),
        _ => true,
    };
    let dues = store::certificates::record_of_person(db, person).await?;
    let record = RecordView {
        nik: Some(p.nik.clone()),
        full_name: p.full_name.clone(),
        birth_date: Some(p.birth_date),
        sex: p.sex.clone(),
        doses: dues.iter().map(|d| (d.dose, d.vaccine.clone(), d.vaccinated_on)).collect(),
    };
    Ok(Some(Facts {
        doses: doses
            .iter()
            .map(|(n, status, why)| DoseState {
                dose: u8::try_from(*n).unwrap_or(0),
                pending: (status == "pending_input")
                    .then(|| why.clone().unwrap_or_else(|| "pending input".into())),
            })
            .collect(),
        named_doses: claims.doses.clone(),
        certificates,
        phone_on_record: p.phone.clone(),
        last_sms,
        last_receipt: last.and_then(|s| s.receipt_status),
        contact_phones,
        stated_phones: phones_with(PhoneRole::Unspecified),
        old_phones: phones_with(PhoneRole::Old),
        new_phones: phones_with(PhoneRole::New),
        phone_changed: claims.phone_changed,
        on_behalf: claims.on_behalf.is_some(),
        nik_disagrees,
        data_claims: against_record(&claims, &record),
        same_name_and_birth: store::diagnoses::same_name_and_birth(db, person).await?,
    }))
}

/// Diagnoses a ticket now and keeps the result.
pub async fn run<C: ConnectionTrait>(
    db: &C,
    ticket: &Ticket,
    now: chrono::DateTime<Utc>,
) -> ServiceResult<TicketDiagnosis> {
    let Some(person) = ticket.person else { return Ok(TicketDiagnosis { person: None, diagnosis: None }) };
    let Some(f) = facts(db, ticket, person).await? else {
        return Ok(TicketDiagnosis { person: None, diagnosis: None });
    };
    let mut d = diagnose(&f);
    if IntakeTag::PersonByRecords.is_on(&ticket.tags) {
        // The person is a guess from the records: the agent confirms it first.
        d.confidence = Confidence::Low;
        d.evidence.insert(
            0,
            "the mail names two NIKs without saying whose certificate is meant; this record was \
             chosen because it shows why a certificate did not arrive and the other does not \
             (confirm the person)"
                .into(),
        );
    }
    store::diagnoses::upsert(db, ticket.id, person, &d, now).await?;
    Ok(TicketDiagnosis { person: Some(person), diagnosis: Some(d) })
}

/// The diagnosis a member of staff sees (computed fresh, since the record moves on).
pub async fn for_ticket(cx: &Context, actor: &StaffActor, r: TicketRef) -> ServiceResult<TicketDiagnosis> {
    let t =
        store::tickets::find(cx.store.read(), r).await?.ok_or(ServiceError::NotFound { what: "ticket" })?;
    super::tickets::ensure_visible(actor, &t)?;
    run(cx.store.write(), &t, cx.now()).await
}

/// Diagnoses and applies: the ticket takes the cause's category, and its priority is
/// raised (never lowered) to the cause's. Audited.
pub async fn apply(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
) -> ServiceResult<(Ticket, TicketDiagnosis)> {
    let txn = cx.store.write().begin().await?;
    let mut t =
        store::tickets::find_for_update(&txn, r).await?.ok_or(ServiceError::NotFound { what: "ticket" })?;
    super::tickets::ensure_visible(actor, &t)?;
    let td = run(&txn, &t, cx.now()).await?;
    if let Some(d) = &td.diagnosis {
        let before = json!({"category": t.category.as_str(), "priority": t.priority.as_str()});
        t.category = d.category;
        if d.priority.rank() > t.priority.rank() {
            t.priority = d.priority;
        }
        t.updated_at = cx.now();
        super::tickets::save(cx, &txn, &mut t).await?;
        store::audit::append(
            &txn,
            AuditEntry::new(&Actor::Staff(actor.clone()), "ticket.diagnose", "ticket", t.id)
                .change(before, json!({"category": t.category.as_str(), "priority": t.priority.as_str()}))
                .with_evidence(json!({"cause": d.cause.as_str(), "evidence": d.evidence})),
        )
        .await?;
    }
    txn.commit().await?;
    Ok((t, td))
}

/// Auto-resolution (`triage.auto_resolve`, off by default): a new complaint whose cause
/// is `sms_delivered` or `certificate_available`, sent from the phone or e-mail on
/// record, gets the certificate link again and a templated reply, and is resolved; the
/// citizen answering reopens it as any reply does. Runs in the creating transaction.
pub async fn auto_resolve<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    mut t: Ticket,
    d: &TicketDiagnosis,
) -> ServiceResult<Ticket> {
    use crate::domain::diagnosis::Cause;
    let (Some(person), Some(diag)) = (d.person, d.diagnosis.as_ref()) else { return Ok(t) };
    if !cx.config.triage.auto_resolve
        || IntakeTag::PersonByRecords.is_on(&t.tags)
        || !matches!(diag.cause, Cause::SmsDelivered | Cause::CertificateAvailable)
        || t.status != crate::domain::TicketStatus::New
    {
        return Ok(t);
    }
    let Some(p) = store::people::find(db, person).await? else { return Ok(t) };
    let same_phone = matches!((&t.requester.phone, &p.phone), (Some(a), Some(b)) if a.expose() == b);
    let same_email =
        matches!((&t.requester.email, &p.email), (Some(a), Some(b)) if a.as_str().eq_ignore_ascii_case(b));
    if !same_phone && !same_email {
        return Ok(t);
    }
    let origin = format!("auto:{}", t.id);
    if super::actions::resend(cx, db, person, Some(t.id), &origin).await.is_err() {
        return Ok(t);
    }
    let reply = super::canned_replies::fill(cx, db, &t, diag.reply, None).await?;
    let now = cx.now();
    let m = crate::domain::Message::new(t.id, MessageKind::Outbound, reply.text, now);
    match t.requester.email.clone() {
        Some(to) => {
            super::mail_out::queue(db, cx, &t, m, to.as_str()).await?;
        }
        None => store::tickets::insert_message(db, &m).await?,
    }
    t.status = crate::domain::TicketStatus::Resolved;
    t.first_response_at.get_or_insert(now);
    t.resolved_at = Some(now);
    t.updated_at = now;
    if let Ok(tag) = crate::domain::Tag::parse("auto_resolved") {
        if !t.tags.contains(&tag) {
            t.tags.push(tag);
            t.tags.sort();
            store::tickets::set_tags(db, t.id, &t.tags).await?;
        }
    }
    super::tickets::save(cx, db, &mut t).await?;
    store::audit::append(
        db,
        AuditEntry::new(&Actor::System, "ticket.auto_resolve", "ticket", t.id)
            .change(json!({"status": "new"}), json!({"status": "resolved"}))
            .with_evidence(json!({"cause": diag.cause.as_str(), "reply": diag.reply})),
    )
    .await?;
    cx.jobs_wake.notify_waiters();
    Ok(t)
}
