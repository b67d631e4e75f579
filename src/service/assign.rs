//! Assignment: round-robin among the available agents of a queue (the one given a
//! ticket of that queue longest ago goes first), never past an agent's cap of open
//! tickets; and "pull next" for an agent who wants the next ticket now.

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseTransaction, TransactionTrait};
use serde_json::json;

use super::tickets::TicketThread;
use super::Context;
use crate::domain::{Actor, AuditEntry, QueueName, StaffActor, StaffId, Ticket, TicketId};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, assign::Seat, tickets::TicketRef};

/// Tickets one round-robin pass hands out at most.
const PASS: u64 = 200;

/// The seat the next ticket of `queue` goes to: an agent of that queue under their
/// cap, the one given a ticket of it longest ago (never first), then by id.
pub fn next_seat<'a>(seats: &'a [Seat], queue: &str) -> Option<&'a Seat> {
    seats
        .iter()
        .filter(|s| s.queue == queue && s.open < s.cap)
        .min_by_key(|s| (s.last_assigned_at, s.staff.0))
}

/// One round-robin pass as of `now`. Returns how many tickets were assigned.
pub async fn round_robin(cx: &Context, now: DateTime<Utc>) -> ServiceResult<usize> {
    let mut seats = store::assign::seats(cx.store.read()).await?;
    let mut queues: Vec<QueueName> = seats.iter().filter_map(|s| QueueName::parse(&s.queue).ok()).collect();
    queues.sort();
    queues.dedup();
    let waiting = store::assign::waiting(cx.store.read(), &queues, PASS, false).await?;
    let mut given = 0;
    for id in waiting {
        let Some(t) = store::tickets::find(cx.store.read(), TicketRef::Id(id)).await? else { continue };
        let Some(seat) = next_seat(&seats, t.queue.as_str()) else { continue };
        let staff = seat.staff;
        // Distinct instants keep the order within one pass (all "now" would tie).
        let at = now + chrono::Duration::microseconds(given as i64 + 1);
        match give(cx, id, staff, at).await? {
            Gave::Given => {
                given += 1;
                for s in seats.iter_mut().filter(|s| s.staff == staff) {
                    s.open += 1;
                    if s.queue == t.queue.as_str() {
                        s.last_assigned_at = Some(at);
                    }
                }
            }
            // Someone took it meanwhile.
            Gave::Gone => {}
            // Their count moved under us (another process, a manual assignment): take
            // them out of this pass; the next pass reads fresh counts.
            Gave::Full => seats.retain(|s| s.staff != staff),
        }
    }
    Ok(given)
}

enum Gave {
    Given,
    Gone,
    Full,
}

/// Assigns `id` to `staff` if the ticket is still waiting and they are under their cap.
async fn give(cx: &Context, id: TicketId, staff: StaffId, at: DateTime<Utc>) -> ServiceResult<Gave> {
    let txn = cx.store.write().begin().await?;
    let Some((open, cap)) = store::assign::lock_load(&txn, staff).await? else { return Ok(Gave::Full) };
    if open >= cap {
        return Ok(Gave::Full);
    }
    let Some(mut t) = store::tickets::find_for_update(&txn, TicketRef::Id(id)).await? else {
        return Ok(Gave::Gone);
    };
    if t.assignee.is_some() || t.merged_into.is_some() || !t.status.is_active() {
        return Ok(Gave::Gone);
    }
    take(cx, &txn, &mut t, staff, at, &Actor::System, "round_robin").await?;
    txn.commit().await?;
    Ok(Gave::Given)
}

async fn take(
    cx: &Context,
    txn: &DatabaseTransaction,
    t: &mut Ticket,
    staff: StaffId,
    at: DateTime<Utc>,
    actor: &Actor,
    how: &str,
) -> ServiceResult<()> {
    t.assignee = Some(staff);
    t.updated_at = at;
    super::tickets::save(cx, txn, t).await?;
    store::assign::touch(txn, staff, &t.queue, at).await?;
    store::audit::append(
        txn,
        AuditEntry::new(actor, "ticket.assign", "ticket", t.id)
            .change(json!({"assignee": null}), json!({"assignee": staff.0}))
            .with_evidence(json!({"by": how, "queue": t.queue.as_str()})),
    )
    .await
}

/// Gives the agent the next waiting ticket of their queues (urgent first, then the
/// nearest SLA due, then the oldest). Refused at their cap; `None` when nothing waits.
pub async fn pull_next(cx: &Context, actor: &StaffActor) -> ServiceResult<Option<TicketThread>> {
    let txn = cx.store.write().begin().await?;
    let (open, cap) = store::assign::lock_load(&txn, actor.id)
        .await?
        .ok_or(ServiceError::NotFound { what: "staff member" })?;
    if open >= cap {
        return Err(ServiceError::conflict(format!(
            "you have {open} open tickets, your cap is {cap}: resolve or hand one back first"
        )));
    }
    let Some(id) = store::assign::waiting(&txn, &actor.queues, 1, true).await?.into_iter().next() else {
        return Ok(None);
    };
    let mut t = store::tickets::find_for_update(&txn, TicketRef::Id(id))
        .await?
        .ok_or(ServiceError::NotFound { what: "ticket" })?;
    take(cx, &txn, &mut t, actor.id, cx.now(), &Actor::Staff(actor.clone()), "pull").await?;
    txn.commit().await?;
    Ok(Some(TicketThread::load(cx.store.read(), t).await?))
}

/// An agent starting or ending a shift: available agents take round-robin tickets.
pub async fn set_available(cx: &Context, actor: &StaffActor, available: bool) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    store::staff::set_available(&txn, actor.id, available).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(&Actor::Staff(actor.clone()), "staff.availability", "staff", actor.id)
            .after(json!({"available": available})),
    )
    .await?;
    txn.commit().await?;
    cx.auth.clear();
    Ok(())
}

/// Runs the round-robin every `assignment.interval` in `serve` (when enabled).
/// Assigns every `assignment.interval` in the one process of a fleet holding the lease.
pub fn spawn_round_robin(cx: Context) -> tokio::task::JoinHandle<()> {
    if !cx.config.assignment.round_robin {
        return tokio::spawn(async {});
    }
    let every = cx.config.assignment.interval.max(std::time::Duration::from_secs(1));
    super::leases::spawn_periodic(cx, super::leases::ROUND_ROBIN, every, |cx| async move {
        match round_robin(&cx, cx.now()).await {
            Ok(n) if n > 0 => tracing::info!(assigned = n, "round-robin"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "round-robin failed"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seat(n: u128, queue: &str, last: Option<i64>, open: i64, cap: i64) -> Seat {
        Seat {
            staff: StaffId(uuid::Uuid::from_u128(n)),
            queue: queue.into(),
            last_assigned_at: last.map(|s| DateTime::from_timestamp(s, 0).unwrap()),
            open,
            cap,
        }
    }

    #[test]
    fn the_next_seat_is_the_longest_idle_agent_under_their_cap() {
        let seats = vec![
            seat(1, "general", Some(300), 0, 5),
            seat(2, "general", Some(100), 5, 5), // at the cap
            seat(3, "general", Some(200), 1, 5),
            seat(4, "papua", None, 0, 5),
            seat(5, "general", None, 2, 5), // never given one: first
        ];
        let pick = |s: &[Seat], q| next_seat(s, q).map(|s| s.staff.0.as_u128());
        assert_eq!(pick(&seats, "general"), Some(5));
        assert_eq!(pick(&seats[..4], "general"), Some(3));
        assert_eq!(pick(&seats, "papua"), Some(4));
        assert_eq!(pick(&seats, "data"), None);
        assert_eq!(pick(&seats[1..2], "general"), None);
    }
}
