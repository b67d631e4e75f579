//! The SLA sweep: starting clocks tickets lack, warning before a breach and escalating
//! on one (queue, priority, flags, audit), queuing the staff notices, and the periodic
//! task that runs it in one process of a fleet.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::{refresh, setup, Setup};
use crate::domain::sla::{policy_for, Standing, Target};
use crate::domain::{Actor, AuditEntry, JobKind, Priority, QueueName, Role, Staff, Ticket};
use crate::error::ServiceResult;
use crate::service::job_queue::new_job;
use crate::service::leases;
use crate::service::Context;
use crate::store::{self, tickets::TicketRef};

/// What the sweep did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SweepReport {
    /// Clocks started on tickets that had none.
    pub started: usize,
    pub warned: usize,
    pub escalated: usize,
}

/// Most tickets one sweep handles of each kind; the next sweep takes the rest.
const SWEEP_BATCH: u64 = 500;

/// Warns about tickets within their warning lead and escalates breached ones, as of
/// `now` (the caller's clock: the periodic task passes the real time, tests any).
pub async fn sweep(cx: &Context, now: DateTime<Utc>) -> ServiceResult<SweepReport> {
    let s = setup(cx).await?;
    let mut report = SweepReport::default();
    for t in store::sla::without_clock(cx.store.read(), SWEEP_BATCH).await? {
        if policy_for(&s.policies, &t.queue, t.priority).is_none() {
            continue;
        }
        let txn = cx.store.write().begin().await?;
        if let Some(mut t) = store::tickets::find_for_update(&txn, TicketRef::Id(t.id)).await? {
            refresh(&s, &mut t, now);
            store::tickets::update(&txn, &t).await?;
            report.started += 1;
        }
        txn.commit().await?;
    }
    let lead = s.policies.iter().map(|p| p.targets.warn_before).max().unwrap_or_else(chrono::Duration::zero);
    let due = store::sla::needing_attention(cx.store.read(), now, now + lead, SWEEP_BATCH).await?;
    for t in due {
        match attend(cx, &s, t.id, now).await {
            Ok(Some(Attended::Warned)) => report.warned += 1,
            Ok(Some(Attended::Escalated)) => report.escalated += 1,
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, ticket = %t.id, "SLA sweep could not handle a ticket"),
        }
    }
    Ok(report)
}

enum Attended {
    Warned,
    Escalated,
}

/// A marker (warned or breached at) counts for the current target: any marker while
/// the first response is awaited, one set after it for the resolution target.
fn handled(marker: Option<DateTime<Utc>>, target: Target, first_response_at: Option<DateTime<Utc>>) -> bool {
    match (marker, target, first_response_at) {
        (None, _, _) => false,
        (Some(_), Target::FirstResponse, _) => true,
        (Some(m), Target::Resolution, Some(answered)) => m >= answered,
        (Some(_), Target::Resolution, None) => true,
    }
}

async fn attend(
    cx: &Context,
    s: &Setup,
    id: crate::domain::TicketId,
    now: DateTime<Utc>,
) -> ServiceResult<Option<Attended>> {
    let txn = cx.store.write().begin().await?;
    // Re-read under the lock: another process may have handled it meanwhile.
    let Some(mut t) = store::tickets::find_for_update(&txn, TicketRef::Id(id)).await? else {
        return Ok(None);
    };
    let standing = t.sla.standing(now, t.first_response_at, t.resolved_at);
    let fr = t.first_response_at;
    let outcome = match standing {
        Standing::Breached { target, due } if !handled(t.sla.breached_at, target, fr) => {
            let before = json!({"queue": t.queue.as_str(), "priority": t.priority.as_str(),
                "assignee": t.assignee.map(|a| a.0)});
            let was_assigned = t.assignee;
            let c = &cx.config.sla;
            let mut escalated_to = None;
            if !c.escalation_queue.is_empty() {
                if let Ok(q) = QueueName::parse(&c.escalation_queue) {
                    if q != t.queue {
                        escalated_to = Some(q.as_str().to_string());
                        t.queue = q;
                        t.assignee = None;
                    }
                }
            }
            let old_priority = t.priority;
            if c.raise_priority_on_breach {
                t.priority = t.priority.raised();
            }
            t.sla.breached_at = Some(now);
            t.sla.warned_at = Some(t.sla.warned_at.filter(|w| handled(Some(*w), target, fr)).unwrap_or(now));
            t.updated_at = now;
            refresh(s, &mut t, now);
            store::tickets::update(&txn, &t).await?;
            let detail = format!("{} target due {} missed", target.as_str(), due.to_rfc3339());
            store::tickets::add_flag(&txn, t.id, "sla_breached", &detail).await?;
            store::audit::append(
                &txn,
                AuditEntry::new(&Actor::System, "ticket.sla_breach", "ticket", t.id)
                    .change(
                        before,
                        json!({"queue": t.queue.as_str(), "priority": t.priority.as_str(),
                            "assignee": t.assignee.map(|a| a.0)}),
                    )
                    .with_evidence(json!({"target": target.as_str(), "due": due})),
            )
            .await?;
            let mut to: Vec<Uuid> = supervisors(&txn).await?.into_iter().map(|s| s.id.0).collect();
            to.extend(was_assigned.map(|a| a.0));
            let raised_to = (t.priority != old_priority).then_some(t.priority);
            enqueue_notices(cx, &txn, &t, &to, "sla_breach", due, escalated_to, raised_to).await?;
            Some(Attended::Escalated)
        }
        Standing::Warning { target, due } if !handled(t.sla.warned_at, target, fr) => {
            t.sla.warned_at = Some(now);
            store::tickets::update(&txn, &t).await?;
            let detail = format!("{} target due {}", target.as_str(), due.to_rfc3339());
            store::tickets::add_flag(&txn, t.id, "sla_warning", &detail).await?;
            store::audit::append(
                &txn,
                AuditEntry::new(&Actor::System, "ticket.sla_warning", "ticket", t.id)
                    .with_evidence(json!({"target": target.as_str(), "due": due})),
            )
            .await?;
            // The assignee is told; an unassigned ticket's warning goes to supervisors.
            let to: Vec<Uuid> = match t.assignee {
                Some(a) => vec![a.0],
                None => supervisors(&txn).await?.into_iter().map(|s| s.id.0).collect(),
            };
            enqueue_notices(cx, &txn, &t, &to, "sla_warning", due, None, None).await?;
            Some(Attended::Warned)
        }
        _ => None,
    };
    txn.commit().await?;
    if outcome.is_some() {
        cx.jobs_wake.notify_waiters();
    }
    Ok(outcome)
}

async fn supervisors<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<Staff>> {
    Ok(store::staff::list(db)
        .await?
        .into_iter()
        .filter(|s| s.active && s.role.at_least(Role::Supervisor) && s.email.is_some())
        .collect())
}

#[allow(clippy::too_many_arguments)]
async fn enqueue_notices<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    t: &Ticket,
    staff: &[Uuid],
    event: &str,
    due: DateTime<Utc>,
    escalated_to: Option<String>,
    raised_to: Option<Priority>,
) -> ServiceResult<()> {
    let mut seen = std::collections::HashSet::new();
    let jobs: Vec<_> = staff
        .iter()
        .filter(|s| seen.insert(**s))
        .map(|s| {
            let kind = JobKind::NotifyStaff {
                ticket: t.id.0,
                staff: *s,
                event: event.into(),
                due: due.to_rfc3339(),
                escalated_to: escalated_to.clone(),
                raised_to: raised_to.map(|p| p.as_str().to_string()),
            };
            new_job(&kind, cx.config.jobs.max_attempts)
        })
        .collect();
    if !jobs.is_empty() {
        store::jobs::enqueue_many(db, jobs).await?;
    }
    Ok(())
}

/// Sweeps every `sla.sweep_interval` in the one process of a fleet holding the lease.
pub fn spawn_sweeper(cx: Context) -> tokio::task::JoinHandle<()> {
    let every = cx.config.sla.sweep_interval.max(std::time::Duration::from_secs(1));
    leases::spawn_periodic(cx, leases::SLA_SWEEP, every, |cx| async move {
        // Holidays or policies changed by another process show up within a sweep.
        cx.sla_setup.invalidate();
        match sweep(&cx, cx.now()).await {
            Ok(r) if r != SweepReport::default() => {
                tracing::info!(started = r.started, warned = r.warned, escalated = r.escalated, "SLA sweep")
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "SLA sweep failed"),
        }
    })
}
