//! The action job: running a stored action (resend, reissue, apply a correction,
//! merge records) and, when it fails for good, marking it failed and reopening the
//! ticket.

use chrono::{DateTime, Utc};
use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::attach::merge_pair;
use super::reopen;
use super::resend::{report_sms, resend};
use crate::domain::{
    ActionStatus, Actor, AuditEntry, CertificateStatus, PersonId, ResolutionAction, RevocationReason,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::job_queue::JobError;
use crate::service::Context;
use crate::service::{certificates, corrections};
use crate::store::{self, actions::TicketAction};

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
            let outcome = match corrections::approve(cx, &actor, correction, None).await {
                Ok(corrections::Decision::Approved) => "correction applied; certificates reissue".to_string(),
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

async fn fail(cx: &Context, a: &TicketAction, why: &str) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    store::actions::set_outcome(&txn, a.id, ActionStatus::Failed, why, None).await?;
    reopen(cx, &txn, a.ticket, &format!("{}: {why}", a.kind)).await?;
    txn.commit().await?;
    Ok(())
}
