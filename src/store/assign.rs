//! What assignment reads and writes: who is available in which queue with how many
//! open tickets, the waiting unassigned tickets in the order they should be taken,
//! and the round-robin position per (agent, queue).

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use uuid::Uuid;

use super::param;
use crate::domain::{QueueName, StaffId, TicketId};
use crate::error::ServiceResult;

const OPEN: &str = "('new', 'open', 'pending_citizen', 'pending_internal')";
/// Unassigned tickets someone can work now (a ticket waiting on the citizen can wait).
const WORKABLE: &str = "('new', 'open', 'pending_internal')";
/// Urgent first, then the nearest due, then the oldest.
const NEXT_ORDER: &str =
    "CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, \
     CASE WHEN t.first_response_at IS NULL THEN t.sla_first_due ELSE t.sla_resolve_due END, t.created_at";

#[derive(Debug, Clone)]
pub struct Seat {
    pub staff: StaffId,
    pub queue: String,
    pub last_assigned_at: Option<DateTime<Utc>>,
    pub open: i64,
    pub cap: i64,
}

/// Every (available, active member of staff, queue they work) with their open count.
pub async fn seats<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<Seat>> {
    let b = db.get_database_backend();
    let yes = if b == DbBackend::Postgres { "TRUE" } else { "1" };
    let sql = format!(
        "SELECT s.id, q.queue, q.last_assigned_at, s.max_open_tickets, \
           (SELECT COUNT(*) FROM ticket t WHERE t.assignee_id = s.id AND t.status IN {OPEN}) AS open \
         FROM staff_user s JOIN staff_queue q ON q.staff_id = s.id \
         WHERE s.active = {yes} AND s.available = {yes}"
    );
    let rows = db.query_all_raw(Statement::from_string(b, sql)).await?;
    rows.into_iter()
        .map(|r| {
            Ok(Seat {
                staff: StaffId(r.try_get("", "id")?),
                queue: r.try_get("", "queue")?,
                last_assigned_at: r.try_get("", "last_assigned_at")?,
                cap: i64::from(r.try_get::<i32>("", "max_open_tickets")?),
                open: r.try_get("", "open")?,
            })
        })
        .collect()
}

/// Unassigned workable tickets of these queues, next first. With `skip_locked` (on
/// PostgreSQL) rows another transaction is assigning are passed over and the returned
/// ones stay locked until the caller's transaction ends.
pub async fn waiting<C: ConnectionTrait>(
    db: &C,
    queues: &[QueueName],
    limit: u64,
    skip_locked: bool,
) -> ServiceResult<Vec<TicketId>> {
    if queues.is_empty() {
        return Ok(Vec::new());
    }
    let b = db.get_database_backend();
    let list: Vec<String> = (1..=queues.len()).map(|i| param(b, i)).collect();
    let lock = if skip_locked && b == DbBackend::Postgres { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = format!(
        "SELECT t.id FROM ticket t \
         WHERE t.assignee_id IS NULL AND t.merged_into_id IS NULL AND t.status IN {WORKABLE} \
           AND t.queue IN ({}) \
         ORDER BY {NEXT_ORDER} LIMIT {limit}{lock}",
        list.join(", ")
    );
    let values: Vec<sea_orm::Value> = queues.iter().map(|q| q.as_str().into()).collect();
    let rows = db.query_all_raw(Statement::from_sql_and_values(b, sql, values)).await?;
    rows.into_iter().map(|r| Ok(TicketId(r.try_get::<Uuid>("", "id")?))).collect()
}

/// On PostgreSQL, locks the staff row so cap checks of one agent queue up (SQLite
/// has one writer already). Returns the open count and the cap, taken under the lock.
pub async fn lock_load<C: ConnectionTrait>(db: &C, staff: StaffId) -> ServiceResult<Option<(i64, i64)>> {
    let b = db.get_database_backend();
    let lock = if b == DbBackend::Postgres { " FOR UPDATE" } else { "" };
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            b,
            format!("SELECT max_open_tickets FROM staff_user WHERE id = {}{lock}", param(b, 1)),
            [staff.0.into()],
        ))
        .await?;
    let Some(row) = row else { return Ok(None) };
    let cap = i64::from(row.try_get::<i32>("", "max_open_tickets")?);
    let open = db
        .query_one_raw(Statement::from_sql_and_values(
            b,
            format!(
                "SELECT COUNT(*) AS n FROM ticket WHERE assignee_id = {} AND status IN {OPEN}",
                param(b, 1)
            ),
            [staff.0.into()],
        ))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0);
    Ok(Some((open, cap)))
}

/// Records that the round-robin gave `staff` a ticket of `queue` at `at`.
pub async fn touch<C: ConnectionTrait>(
    db: &C,
    staff: StaffId,
    queue: &QueueName,
    at: DateTime<Utc>,
) -> ServiceResult<()> {
    let b = db.get_database_backend();
    db.execute_raw(Statement::from_sql_and_values(
        b,
        format!(
            "UPDATE staff_queue SET last_assigned_at = {} WHERE staff_id = {} AND queue = {}",
            param(b, 1),
            param(b, 2),
            param(b, 3)
        ),
        [at.into(), staff.0.into(), queue.as_str().into()],
    ))
    .await?;
    Ok(())
}
