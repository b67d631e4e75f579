//! SLA clocks: started on every new ticket, refreshed on every ticket write (pauses
//! while waiting on the citizen, new targets when the queue or priority changes), and
//! a sweep that warns before a breach and escalates on one.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::Context;
use crate::domain::sla::{policy_for, Calendar, Policy, Standing, Target};
use crate::domain::{Actor, AuditEntry, JobKind, Priority, QueueName, Role, Staff, Ticket, TicketStatus};
use crate::error::{ServiceError, ServiceResult};
use crate::service::queue::{new_job, JobError};
use crate::store::{self, tickets::TicketRef};

/// The calendar and the policies, as one cached value.
pub struct Setup {
    pub calendar: Calendar,
    pub policies: Vec<Policy>,
}

pub async fn setup(cx: &Context) -> ServiceResult<Arc<Setup>> {
    cx.sla_setup.get(|| load(cx)).await
}

async fn load(cx: &Context) -> ServiceResult<Setup> {
    let db = cx.store.read();
    let closed = store::sla::holidays(db).await?.into_iter().map(|h| h.day);
    let c = &cx.config.sla;
    let calendar = Calendar::new(&c.timezone, &c.hours, &c.workdays, closed)
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("sla configuration: {e}")))?;
    Ok(Setup { calendar, policies: store::sla::policies(db).await? })
}

/// Checks the `[sla]` configuration at start-up, so a typo fails `serve` at once.
pub fn check_config(c: &crate::config::SlaConfig) -> anyhow::Result<()> {
    Calendar::new(&c.timezone, &c.hours, &c.workdays, [])?;
    if !c.escalation_queue.is_empty() {
        QueueName::parse(&c.escalation_queue).map_err(|e| anyhow::anyhow!("sla.escalation_queue: {e}"))?;
    }
    Ok(())
}

/// Brings a ticket's clock up to date before it is written: pause or resume with its
/// status, targets of its queue and priority.
pub fn refresh(s: &Setup, t: &mut Ticket, now: DateTime<Utc>) {
    let targets = policy_for(&s.policies, &t.queue, t.priority).map(|p| p.targets);
    let waiting = t.status == TicketStatus::PendingCitizen;
    t.sla.refresh(&s.calendar, t.created_at, targets, waiting, now);
}

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

/// One SLA notice to one member of staff (the `notify_staff` job's payload).
pub struct Notice {
    pub ticket: Uuid,
    pub staff: Uuid,
    pub event: String,
    pub due: String,
    pub escalated_to: Option<String>,
    pub raised_to: Option<String>,
}

/// Sends one SLA notice (the `notify_staff` job). Staff without an address are skipped.
pub async fn notify(cx: &Context, n: Notice) -> Result<(), JobError> {
    let (ticket, staff, event, due) = (n.ticket, n.staff, n.event.as_str(), n.due.as_str());
    let db = cx.store.read();
    let Some(member) = store::staff::find(db, crate::domain::StaffId(staff)).await? else { return Ok(()) };
    let Some(to) = member.email.as_ref() else { return Ok(()) };
    let Some(t) = store::tickets::find(db, TicketRef::Id(crate::domain::TicketId(ticket))).await? else {
        return Ok(());
    };
    let s = setup(cx).await?;
    let local = DateTime::parse_from_rfc3339(due)
        .map(|d| d.with_timezone(&s.calendar.timezone()).format("%Y-%m-%d %H:%M %Z").to_string())
        .unwrap_or_else(|_| due.to_string());
    let target_first =
        t.first_response_at.is_none_or(|fr| DateTime::parse_from_rfc3339(due).is_ok_and(|d| d <= fr));
    let mut vars = tera::Context::new();
    vars.insert("event", event);
    vars.insert("number", &t.number.to_string());
    vars.insert("subject", &t.subject);
    vars.insert("queue", t.queue.as_str());
    vars.insert("status", t.status.as_str());
    vars.insert("priority_now", t.priority.as_str());
    vars.insert("due", &local);
    vars.insert("target_id", if target_first { "respons pertama" } else { "penyelesaian" });
    vars.insert("target_en", if target_first { "first-response" } else { "resolution" });
    vars.insert("escalated_to", &n.escalated_to);
    vars.insert("priority", &n.raised_to);
    let base = cx.config.server.public_url.as_str().trim_end_matches('/');
    vars.insert("link", &format!("{base}/api/v1/tickets/{}", t.number));
    let text = cx
        .templates
        .render("mail/staff_sla.txt", &vars)
        .map_err(|e| JobError::Permanent(format!("{e:?}")))?;
    let subject = match event {
        "sla_breach" => format!("[SLA] {} melewati batas / breached", t.number),
        _ => format!("[SLA] {} hampir melewati batas / due soon", t.number),
    };
    let out = crate::mail::outbound::Outgoing {
        to: to.as_str().into(),
        to_name: Some(member.name.as_str().into()),
        subject,
        text,
        html: None,
        message_id: cx.mailer.message_id_for(&format!("sla:{ticket}:{staff}:{event}:{due}")),
        in_reply_to: None,
        references: Vec::new(),
        auto_replied: true,
    };
    cx.mailer.send(&out).await.map_err(|e| match e {
        crate::mail::outbound::SendError::Temporary(m) => JobError::Temporary(m),
        crate::mail::outbound::SendError::Permanent(m) => JobError::Permanent(m),
    })
}

/// Sweeps every `sla.sweep_interval` in the one process of a fleet holding the lease.
pub fn spawn_sweeper(cx: Context) -> tokio::task::JoinHandle<()> {
    let every = cx.config.sla.sweep_interval.max(std::time::Duration::from_secs(1));
    super::leases::spawn_periodic(cx, super::leases::SLA_SWEEP, every, |cx| async move {
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

fn require_supervisor(actor: &Actor, what: &str) -> ServiceResult<()> {
    if actor.role().is_some_and(|r| r.at_least(Role::Supervisor)) {
        Ok(())
    } else {
        Err(ServiceError::forbidden(format!("only supervisors change {what}")))
    }
}

pub async fn policies(cx: &Context) -> ServiceResult<Vec<Policy>> {
    store::sla::policies(cx.store.read()).await
}

/// Replaces the SLA policy table (supervisors). One row per (queue, priority) pair;
/// targets must be positive and the warning lead shorter than the first-response target.
pub async fn replace_policies(cx: &Context, actor: &Actor, list: Vec<Policy>) -> ServiceResult<Vec<Policy>> {
    require_supervisor(actor, "SLA policies")?;
    let mut seen = std::collections::HashSet::new();
    for (i, p) in list.iter().enumerate() {
        let t = &p.targets;
        if !seen.insert((p.queue.clone(), p.priority)) {
            return Err(ServiceError::invalid(
                format!("[{i}]"),
                "another policy has the same queue and priority",
            ));
        }
        if t.first_response <= chrono::Duration::zero() || t.resolution < t.first_response {
            return Err(ServiceError::invalid(
                format!("[{i}]"),
                "first_response_minutes must be positive and resolution_minutes at least as long",
            ));
        }
        if t.warn_before < chrono::Duration::zero() || t.warn_before >= t.first_response {
            return Err(ServiceError::invalid(
                format!("[{i}]"),
                "warn_minutes must be shorter than first_response_minutes",
            ));
        }
    }
    let txn = cx.store.write().begin().await?;
    let before = store::sla::policies(&txn).await?;
    store::sla::replace_policies(&txn, &list).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "sla.policies", "sla_policy", "all")
            .change(policies_json(&before), policies_json(&list)),
    )
    .await?;
    txn.commit().await?;
    cx.sla_setup.invalidate();
    Ok(list)
}

fn policies_json(list: &[Policy]) -> serde_json::Value {
    json!(list
        .iter()
        .map(|p| json!({
            "queue": p.queue.as_ref().map(|q| q.as_str()),
            "priority": p.priority.map(|p| p.as_str()),
            "first_response_minutes": p.targets.first_response.num_minutes(),
            "resolution_minutes": p.targets.resolution.num_minutes(),
            "warn_minutes": p.targets.warn_before.num_minutes(),
        }))
        .collect::<Vec<_>>())
}

pub use store::sla::Holiday;

/// The closed days, optionally of one year.
pub async fn holidays(cx: &Context, year: Option<i32>) -> ServiceResult<Vec<Holiday>> {
    use chrono::Datelike;
    let all = store::sla::holidays(cx.store.read()).await?;
    Ok(all.into_iter().filter(|h| year.is_none_or(|y| h.day.year() == y)).collect())
}

/// Adds or renames a closed day (supervisors). Open tickets' dues move on their next
/// change or sweep; the calendar is reloaded at once here.
pub async fn put_holiday(cx: &Context, actor: &Actor, h: Holiday) -> ServiceResult<Holiday> {
    require_supervisor(actor, "the holiday calendar")?;
    if !matches!(h.kind.as_str(), "public" | "collective_leave" | "regional") {
        return Err(ServiceError::invalid("kind", "must be public, collective_leave or regional"));
    }
    if h.name.trim().is_empty() || h.name.chars().count() > 200 {
        return Err(ServiceError::invalid("name", "must be 1-200 characters"));
    }
    let txn = cx.store.write().begin().await?;
    store::sla::put_holiday(&txn, &h).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "sla.holiday_put", "holiday", h.day)
            .after(json!({"kind": h.kind, "name": h.name})),
    )
    .await?;
    txn.commit().await?;
    cx.sla_setup.invalidate();
    Ok(h)
}

pub async fn delete_holiday(cx: &Context, actor: &Actor, day: chrono::NaiveDate) -> ServiceResult<()> {
    require_supervisor(actor, "the holiday calendar")?;
    let txn = cx.store.write().begin().await?;
    if !store::sla::delete_holiday(&txn, day).await? {
        return Err(ServiceError::NotFound { what: "holiday" });
    }
    store::audit::append(&txn, AuditEntry::new(actor, "sla.holiday_delete", "holiday", day)).await?;
    txn.commit().await?;
    cx.sla_setup.invalidate();
    Ok(())
}
