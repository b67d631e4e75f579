//! Attaching actions to a resolution: checking them (a merge is checked against both
//! records), storing them and queuing their jobs in the resolving transaction.

use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::domain::{Actor, AuditEntry, JobKind, PersonId, ResolutionAction, StaffActor, Ticket};
use crate::error::{ServiceError, ServiceResult};
use crate::service::job_queue::new_job;
use crate::service::Context;
use crate::store::{self, actions::TicketAction};

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
        let row = TicketAction::pending(ticket.id, a, actor.id, now);
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
pub(super) async fn merge_pair<C: ConnectionTrait>(
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
