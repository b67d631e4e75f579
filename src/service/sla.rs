//! SLA clocks: started on every new ticket, refreshed on every ticket write (pauses
//! while waiting on the citizen, new targets when the queue or priority changes), and
//! a sweep that warns before a breach and escalates on one.
//!
//! Here: the cached setup (calendar and policies) and bringing one ticket's clock up to
//! date; the sweep, the notices and the administration have modules of their own.

mod admin;
mod notify;
mod sweep;

use std::sync::Arc;

use chrono::{DateTime, Utc};

pub use admin::{delete_holiday, holidays, policies, put_holiday, replace_policies, Holiday};
pub use notify::{notify, Notice};
pub use sweep::{spawn_sweeper, sweep, SweepReport};

use super::Context;
use crate::domain::sla::{policy_for, Calendar, Policy};
use crate::domain::{QueueName, Ticket, TicketStatus};
use crate::error::{ServiceError, ServiceResult};
use crate::store;

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
