//! Bulk resend (supervisors): the certificate SMS again for every ticket matching a
//! filter, each ticket recording a `resend_sms` action, one report for the run.

use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::resend::{report_sms, resend};
use crate::domain::{ActionStatus, Actor, AuditEntry, ResolutionAction, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::service::job_queue::JobError;
use crate::service::sms::SmsOutcome;
use crate::service::Context;
use crate::store::{self, actions::TicketAction};

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
        let row = TicketAction::pending(t.id, &ResolutionAction::ResendSms, actor.id, now);
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
