//! Resolution actions: what resolving a ticket does to the citizen's record. They are
//! stored and queued in the resolving transaction, run as jobs, and report back on the
//! ticket ("SMS delivered 10:32"); a failed action reopens the ticket.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::certificates;
use super::sms::{self, SmsOutcome, SmsRequest};
use super::Context;
use crate::domain::{
    ActionStatus, Actor, AuditEntry, CertificateStatus, JobKind, Message, MessageKind, PersonId,
    ResolutionAction, RevocationReason, SmsPurpose, SmsStatus, StaffActor, Ticket, TicketId, TicketStatus,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::queue::{new_job, JobError};
use crate::store::{self, actions::TicketAction, sms::Sms};

/// Stores the actions of a resolution and queues their jobs in the caller's transaction.
pub async fn attach<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    actor: &StaffActor,
    ticket: &Ticket,
    actions: &[ResolutionAction],
) -> ServiceResult<()> {
    let now = cx.now();
    for a in actions {
        if let ResolutionAction::MergeRecords { duplicate_nik, reason } = a {
            // The job trusts a reason as a supervisor's: only a supervisor may give one.
            if reason.is_some() && !actor.role.at_least(crate::domain::Role::Supervisor) {
                return Err(ServiceError::forbidden("only a supervisor gives a reason to merge records"));
            }
            let person = ticket.person.ok_or(ServiceError::NotFound { what: "person" })?;
            let (target, dup) = merge_pair(db, person, duplicate_nik).await?;
            crate::domain::identity::merge_check(
                (&target.full_name, target.birth_date),
                (&dup.full_name, dup.birth_date),
                actor.role,
                reason.as_deref(),
            )
            .map_err(|e| ServiceError::forbidden(e.to_string()))?;
        }
        let row = TicketAction {
            id: Uuid::now_v7(),
            ticket: ticket.id,
            kind: a.kind().into(),
            params: a.params(),
            status: ActionStatus::Pending,
            outcome: None,
            sms: None,
            created_by: Some(actor.id),
            created_at: now,
            updated_at: now,
        };
        store::actions::insert(db, &row).await?;
        store::jobs::enqueue(
            db,
            new_job(&JobKind::TicketAction { action: row.id }, cx.config.jobs.max_attempts),
        )
        .await?;
        store::audit::append(
            db,
            AuditEntry::new(&Actor::Staff(actor.clone()), "ticket.action", "ticket", ticket.id)
                .after(json!({"action": row.id, "kind": a.kind(), "params": a.masked_params()})),
        )
        .await?;
    }
    cx.jobs_wake.notify_waiters();
    Ok(())
}

/// The ticket's record and the duplicate to fold into it, refused when they are one
/// record or the duplicate is already merged.
async fn merge_pair<C: ConnectionTrait>(
    db: &C,
    person: PersonId,
    duplicate_nik: &crate::domain::Nik,
) -> ServiceResult<(store::people::Person, store::people::Person)> {
    let target = store::people::find(db, person).await?.ok_or(ServiceError::NotFound { what: "person" })?;
    let invalid = |why: String| ServiceError::invalid("duplicate_nik", why);
    let dup = store::people::find_by_nik(db, duplicate_nik)
        .await?
        .ok_or_else(|| invalid(format!("no record with NIK {}", duplicate_nik.masked())))?;
    if dup.id == target.id {
        return Err(invalid("the duplicate is the ticket's own record".into()));
    }
    if dup.merged_into.is_some() {
        return Err(invalid("that record was already merged".into()));
    }
    Ok((target, dup))
}

pub async fn of_ticket<C: ConnectionTrait>(db: &C, ticket: TicketId) -> ServiceResult<Vec<TicketAction>> {
    store::actions::of_ticket(db, ticket).await
}

/// Western Indonesian Time, as agents and citizens read the clock.
pub fn wib(at: DateTime<Utc>) -> String {
    (at + Duration::hours(7)).format("%d-%m-%Y %H:%M WIB").to_string()
}

/// The action job.
pub async fn run(cx: &Context, id: Uuid, last_attempt: bool) -> Result<(), JobError> {
    let db = cx.store.write();
    let Some(action) = store::actions::find(db, id).await? else { return Ok(()) };
    if action.status != ActionStatus::Pending || action.outcome.is_some() {
        return Ok(());
    }
    let result = execute(cx, &action).await;
    match result {
        Ok(()) => Ok(()),
        Err(JobError::Temporary(e)) if !last_attempt => Err(JobError::Temporary(e)),
        Err(e) => {
            fail(cx, &action, &e.to_string()).await?;
            Ok(())
        }
    }
}

async fn execute(cx: &Context, a: &TicketAction) -> Result<(), JobError> {
    let db = cx.store.write();
    let ticket = store::tickets::find(db, crate::domain::TicketRef::Id(a.ticket))
        .await?
        .ok_or_else(|| JobError::Permanent("the ticket no longer exists".into()))?;
    let person = ticket
        .person
        .ok_or_else(|| JobError::Permanent("the ticket is not linked to a person record".into()))?;
    let action = ResolutionAction::parse(&a.kind, &a.params).map_err(|e| JobError::Permanent(e.0))?;
    let origin = format!("ticket:{}", ticket.id);
    let system = Actor::System;
    match action {
        ResolutionAction::ResendSms => {
            let txn = db.begin().await?;
            let outcomes = resend(cx, &txn, person, Some(ticket.id), &origin).await?;
            report_sms(cx, &txn, a, &outcomes, "resent").await?;
            txn.commit().await?;
        }
        ResolutionAction::ReissueCertificate { reason } => {
            let active = active_certificates(cx, person, Some(a.created_at)).await?;
            if active.is_empty() {
                return Err(JobError::Permanent(
                    "no valid certificate to reissue (record still pending input?)".into(),
                ));
            }
            let mut outcomes = Vec::new();
            let mut versions = Vec::new();
            for c in active {
                let (new, o) = certificates::reissue(cx, &system, c, reason, &origin).await?;
                versions.push(format!("dose {} v{}", new.payload.dose, new.version));
                outcomes.push(o);
            }
            let txn = db.begin().await?;
            report_sms(cx, &txn, a, &outcomes, &format!("reissued {}", versions.join(", "))).await?;
            txn.commit().await?;
        }
        ResolutionAction::ApplyCorrection { correction } => {
            let staff = match a.created_by {
                Some(id) => store::staff::find(db, id).await?,
                None => None,
            }
            .ok_or_else(|| {
                JobError::Permanent("apply_correction needs the resolving member of staff".into())
            })?;
            let actor = crate::domain::StaffActor::from_staff(&staff, crate::domain::Via::Api);
            let c = store::corrections::find(db, correction)
                .await?
                .ok_or_else(|| JobError::Permanent("no such correction request".into()))?;
            if c.ticket != ticket.id {
                return Err(JobError::Permanent("the correction request belongs to another ticket".into()));
            }
            let outcome = match super::corrections::approve(cx, &actor, correction, None).await {
                Ok(super::corrections::Decision::Approved) => {
                    "correction applied; certificates reissue".to_string()
                }
                Ok(_) => {
                    return Err(JobError::Permanent(
                        "first approval recorded; a second person must approve the correction".into(),
                    ))
                }
                Err(ServiceError::Forbidden(why) | ServiceError::Conflict(why)) => {
                    return Err(JobError::Permanent(why))
                }
                Err(e) => return Err(e.into()),
            };
            store::actions::set_outcome(db, a.id, ActionStatus::Done, &outcome, None).await?;
        }
        ResolutionAction::MergeRecords { duplicate_nik, reason } => {
            let txn = db.begin().await?;
            let (target, dup) = merge_pair(&txn, person, &duplicate_nik).await.map_err(|e| match e {
                ServiceError::Invalid { reason, .. } => JobError::Permanent(reason),
                other => other.into(),
            })?;
            // Checked again as it runs: the records may have changed since it was filed
            // (a reason was only accepted from a supervisor).
            let role =
                if reason.is_some() { crate::domain::Role::Supervisor } else { crate::domain::Role::Agent };
            crate::domain::identity::merge_check(
                (&target.full_name, target.birth_date),
                (&dup.full_name, dup.birth_date),
                role,
                reason.as_deref(),
            )
            .map_err(|e| JobError::Permanent(e.to_string()))?;
            let now = cx.now();
            for c in store::certificates::of_person(&txn, dup.id).await? {
                if c.status == CertificateStatus::Active {
                    store::certificates::end(
                        &txn,
                        c.id,
                        CertificateStatus::Superseded,
                        RevocationReason::DuplicateRecord,
                        None,
                        now,
                    )
                    .await?;
                }
            }
            let moved = store::people::move_doses(&txn, &dup, &target).await?;
            store::people::set_merged_into(&txn, dup.id, target.id).await?;
            store::audit::append(
                &txn,
                AuditEntry::new(&system, "person.merge", "person", target.id.0).with_evidence(json!({
                    "duplicate": dup.id.0,
                    "duplicate_nik": duplicate_nik.masked(),
                    "doses_moved": moved,
                    "ticket": ticket.number.to_string(),
                    "requested_by": a.created_by.map(|s| s.0),
                    "reason": reason,
                })),
            )
            .await?;
            certificates::enqueue_issuing(cx, &txn).await?;
            store::actions::set_outcome(
                &txn,
                a.id,
                ActionStatus::Done,
                &format!("merged {} ({moved} doses); certificates reissue", duplicate_nik.masked()),
                None,
            )
            .await?;
            txn.commit().await?;
            cx.jobs_wake.notify_waiters();
        }
    }
    Ok(())
}

/// Valid certificates of a person, optionally only those issued before `before` (so a
/// retried reissue does not reissue what it already reissued).
async fn active_certificates(
    cx: &Context,
    person: PersonId,
    before: Option<DateTime<Utc>>,
) -> ServiceResult<Vec<Uuid>> {
    Ok(store::certificates::of_person(cx.store.write(), person)
        .await?
        .into_iter()
        .filter(|c| c.status == CertificateStatus::Active && before.is_none_or(|b| c.issued_at < b))
        .map(|c| c.id)
        .collect())
}

/// Queues the certificate SMS for every valid certificate of `person`, keyed by `origin`
/// (so the same ticket resolved twice sends once).
pub async fn resend<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    person: PersonId,
    ticket: Option<TicketId>,
    origin: &str,
) -> Result<Vec<SmsOutcome>, JobError> {
    let certs: Vec<_> = store::certificates::of_person(db, person)
        .await?
        .into_iter()
        .filter(|c| c.status == CertificateStatus::Active)
        .collect();
    if certs.is_empty() {
        return Err(JobError::Permanent("no valid certificate yet (record pending input?)".into()));
    }
    let mut out = Vec::new();
    for c in certs {
        let d = store::certificates::record_of_dose(db, c.vaccination)
            .await?
            .ok_or(ServiceError::NotFound { what: "vaccination" })?;
        let mut r = SmsRequest::certificate(&d, c.id, SmsPurpose::Resend, c.version, origin);
        r.ticket = ticket;
        out.push(sms::enqueue_one(cx, db, r).await?);
    }
    cx.jobs_wake.notify_waiters();
    Ok(out)
}

/// Links the action to its (first) SMS and records what happened so far.
async fn report_sms<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    a: &TicketAction,
    outcomes: &[SmsOutcome],
    done: &str,
) -> Result<(), JobError> {
    let Some(first) = outcomes.first() else {
        store::actions::set_outcome(db, a.id, ActionStatus::Done, done, None).await?;
        return Ok(());
    };
    if let Some(SmsOutcome::PhoneMissing(_)) =
        outcomes.iter().find(|o| matches!(o, SmsOutcome::PhoneMissing(_)))
    {
        return Err(JobError::Permanent(format!(
            "{done}; phone_missing: no phone number on record, SMS not sent"
        )));
    }
    let sms = store::sms::find(db, first.id()).await?.ok_or(ServiceError::NotFound { what: "sms" })?;
    let (status, text) = describe(&sms);
    store::actions::set_outcome(db, a.id, status, &format!("{done}; {text}"), Some(sms.id)).await?;
    if status == ActionStatus::Failed {
        reopen(cx, db, a.ticket, &format!("{}: {text}", a.kind)).await?;
    }
    Ok(())
}

fn describe(sms: &Sms) -> (ActionStatus, String) {
    let at = |t: Option<DateTime<Utc>>| wib(t.unwrap_or(sms.updated_at));
    match sms.status {
        SmsStatus::Pending => (ActionStatus::Pending, "SMS queued".into()),
        SmsStatus::Sending => (ActionStatus::Pending, "SMS being handed to the gateway".into()),
        SmsStatus::Queued => (ActionStatus::Pending, format!("SMS sent to the gateway {}", at(sms.sent_at))),
        SmsStatus::Sent => (ActionStatus::Pending, format!("SMS at the operator {}", at(None))),
        SmsStatus::Delivered => (ActionStatus::Done, format!("SMS delivered {}", at(sms.delivered_at))),
        SmsStatus::Failed => (
            ActionStatus::Failed,
            format!("SMS not delivered ({}) {}", sms.receipt_status.as_deref().unwrap_or("failed"), at(None)),
        ),
        SmsStatus::Dead => (
            ActionStatus::Failed,
            format!("SMS could not be sent: {}", sms.last_error.as_deref().unwrap_or("gateway refused it")),
        ),
        SmsStatus::PhoneMissing => (ActionStatus::Failed, "phone_missing: no phone number on record".into()),
    }
}

/// Keeps the actions that wait on an SMS up to date; called in the SMS's transaction.
pub async fn on_sms_status<C: ConnectionTrait>(cx: &Context, db: &C, sms: &Sms) -> ServiceResult<()> {
    for a in store::actions::by_sms(db, sms.id).await? {
        if a.status != ActionStatus::Pending {
            continue;
        }
        let (status, text) = describe(sms);
        let prefix = a.outcome.as_deref().and_then(|o| o.split("; ").next()).unwrap_or(&a.kind).to_string();
        store::actions::set_outcome(db, a.id, status, &format!("{prefix}; {text}"), None).await?;
        if status == ActionStatus::Failed {
            reopen(cx, db, a.ticket, &format!("{}: {text}", a.kind)).await?;
        }
    }
    Ok(())
}

async fn fail(cx: &Context, a: &TicketAction, why: &str) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    store::actions::set_outcome(&txn, a.id, ActionStatus::Failed, why, None).await?;
    reopen(cx, &txn, a.ticket, &format!("{}: {why}", a.kind)).await?;
    txn.commit().await?;
    Ok(())
}

/// A failed action means the citizen's problem is not solved: reopen a resolved ticket
/// and leave an internal note saying why.
async fn reopen<C: ConnectionTrait>(cx: &Context, db: &C, id: TicketId, why: &str) -> ServiceResult<()> {
    let Some(mut t) = store::tickets::find_for_update(db, crate::domain::TicketRef::Id(id)).await? else {
        return Ok(());
    };
    let now = cx.now();
    let note = Message::new(t.id, MessageKind::Note, format!("Action failed: {why}"), now);
    store::tickets::insert_message(db, &note).await?;
    if t.status == TicketStatus::Resolved {
        t.status = TicketStatus::Open;
        t.resolved_at = None;
        t.updated_at = now;
        super::tickets::save(cx, db, &mut t).await?;
        store::audit::append(
            db,
            AuditEntry::new(&Actor::System, "ticket.reopen", "ticket", t.id)
                .change(json!({"status": "resolved"}), json!({"status": "open"}))
                .with_evidence(json!({"reason": why})),
        )
        .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BulkReport {
    pub bulk_id: Uuid,
    pub tickets: u64,
    pub sms_queued: u64,
    /// Same person and certificate already covered by this bulk run.
    pub duplicates: u64,
    pub phone_missing: u64,
    pub no_person: u64,
    pub no_certificate: u64,
}

/// Most tickets one bulk request touches.
pub const BULK_MAX: u64 = 10_000;

/// Resends the certificate SMS for every ticket matching `filter` (supervisors), e.g.
/// all tickets tagged `sms_failed` of one day. Each ticket records a `resend_sms`
/// action that follows its SMS; one person with several tickets gets one SMS.
pub async fn bulk_resend(
    cx: &Context,
    actor: &StaffActor,
    mut filter: store::tickets::TicketFilter,
) -> ServiceResult<BulkReport> {
    if !actor.role.at_least(crate::domain::Role::Supervisor) {
        return Err(ServiceError::forbidden("only supervisors run bulk actions"));
    }
    filter.limit = BULK_MAX;
    let tickets = store::tickets::list(cx.store.read(), &filter).await?;
    let mut report = BulkReport { bulk_id: Uuid::now_v7(), ..Default::default() };
    let origin = format!("bulk:{}", report.bulk_id);
    let who = Actor::Staff(actor.clone());
    for t in tickets {
        report.tickets += 1;
        let Some(person) = t.person else {
            report.no_person += 1;
            continue;
        };
        let txn = cx.store.write().begin().await?;
        let outcomes = match resend(cx, &txn, person, Some(t.id), &origin).await {
            Ok(o) => o,
            Err(JobError::Permanent(_)) => {
                report.no_certificate += 1;
                continue;
            }
            Err(JobError::Temporary(e)) => return Err(ServiceError::Unavailable(e)),
        };
        for o in &outcomes {
            match o {
                SmsOutcome::Queued(_) => report.sms_queued += 1,
                SmsOutcome::PhoneMissing(_) => report.phone_missing += 1,
                SmsOutcome::Duplicate(_) => report.duplicates += 1,
            }
        }
        let now = cx.now();
        let row = TicketAction {
            id: Uuid::now_v7(),
            ticket: t.id,
            kind: "resend_sms".into(),
            params: json!({}),
            status: ActionStatus::Pending,
            outcome: None,
            sms: None,
            created_by: Some(actor.id),
            created_at: now,
            updated_at: now,
        };
        store::actions::insert(&txn, &row).await?;
        if let Err(e) = report_sms(cx, &txn, &row, &outcomes, "bulk resend").await {
            let why = e.to_string();
            store::actions::set_outcome(&txn, row.id, ActionStatus::Failed, &why, None).await?;
        }
        txn.commit().await?;
    }
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&who, "tickets.bulk_resend_sms", "bulk", report.bulk_id).after(json!({
            "tickets": report.tickets,
            "sms_queued": report.sms_queued,
            "duplicates": report.duplicates,
            "phone_missing": report.phone_missing,
            "no_person": report.no_person,
            "no_certificate": report.no_certificate,
        })),
    )
    .await?;
    cx.jobs_wake.notify_waiters();
    Ok(report)
}
