//! Aggregates for supervisors: the open queue by queue, status, category, cause and age;
//! causes per day; workload per agent. Plain SQL over indexed columns, one statement each.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use super::param;
use crate::error::ServiceResult;

const OPEN: &str = "('new', 'open', 'pending_citizen', 'pending_internal')";
const AGES: [&str; 4] = ["<1d", "1-3d", "3-7d", ">7d"];

#[derive(Debug, Clone)]
pub struct QueueRow {
    pub queue: String,
    pub status: String,
    pub category: String,
    pub cause: String,
    /// `<1d`, `1-3d`, `3-7d`, `>7d`
    pub age: String,
    pub count: i64,
    pub oldest: DateTime<Utc>,
    /// Running clocks past their current target.
    pub breached: i64,
    /// Running clocks due within the horizon, not yet breached.
    pub due_soon: i64,
}

/// A running clock past `$p`: on its first-response target until answered, then on
/// resolution (a clock paused on the citizen is neither breached nor due).
fn past(p: &str) -> String {
    format!(
        "t.sla_paused_at IS NULL AND ((t.first_response_at IS NULL AND t.sla_first_due <= {p}) \
         OR (t.first_response_at IS NOT NULL AND t.sla_resolve_due <= {p}))"
    )
}

/// One statement over the partial index of open tickets (`ix_ticket_open_overview`):
/// the cause is on the ticket row, the age bucket a small integer, the SLA counts
/// `FILTER`ed aggregates.
pub async fn open_queue<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    soon: DateTime<Utc>,
) -> ServiceResult<Vec<QueueRow>> {
    let b = db.get_database_backend();
    let p = |i| param(b, i);
    let sql = format!(
        "SELECT t.queue, t.status, t.category, t.cause, \
           CASE WHEN t.created_at > {p1} THEN 0 WHEN t.created_at > {p2} THEN 1 \
                WHEN t.created_at > {p3} THEN 2 ELSE 3 END AS age, \
           COUNT(*) AS n, MIN(t.created_at) AS oldest, \
           COUNT(*) FILTER (WHERE {breached}) AS breached, \
           COUNT(*) FILTER (WHERE NOT ({breached}) AND {soon}) AS due_soon \
         FROM ticket t \
         WHERE t.status IN {OPEN} \
         GROUP BY t.queue, t.status, t.category, t.cause, \
           CASE WHEN t.created_at > {p1} THEN 0 WHEN t.created_at > {p2} THEN 1 \
                WHEN t.created_at > {p3} THEN 2 ELSE 3 END \
         ORDER BY n DESC",
        p1 = p(1),
        p2 = p(2),
        p3 = p(3),
        breached = past(&p(4)),
        soon = past(&p(5)),
    );
    let day = chrono::Duration::days(1);
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            b,
            sql,
            [(now - day).into(), (now - day * 3).into(), (now - day * 7).into(), now.into(), soon.into()],
        ))
        .await?;
    rows.into_iter()
        .map(|r| {
            Ok(QueueRow {
                queue: r.try_get("", "queue")?,
                status: r.try_get("", "status")?,
                category: r.try_get("", "category")?,
                cause: r.try_get::<Option<String>>("", "cause")?.unwrap_or_else(|| "undiagnosed".into()),
                age: AGES[usize::try_from(r.try_get::<i32>("", "age")?).unwrap_or(3).min(3)].into(),
                count: r.try_get("", "n")?,
                oldest: r.try_get("", "oldest")?,
                breached: r.try_get("", "breached")?,
                due_soon: r.try_get("", "due_soon")?,
            })
        })
        .collect()
}

/// (day in Asia/Jakarta, cause, tickets created that day with that cause).
pub async fn causes_per_day<C: ConnectionTrait>(
    db: &C,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> ServiceResult<Vec<(String, String, i64)>> {
    let b = db.get_database_backend();
    let day = match b {
        DbBackend::Postgres => "to_char(t.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')",
        _ => "date(t.created_at, '+7 hours')",
    };
    let sql = format!(
        "SELECT {day} AS day, d.cause AS cause, COUNT(*) AS n \
         FROM ticket t JOIN ticket_diagnosis d ON d.ticket_id = t.id \
         WHERE t.created_at >= {} AND t.created_at < {} AND t.merged_into_id IS NULL \
         GROUP BY {day}, d.cause ORDER BY day, cause",
        param(b, 1),
        param(b, 2)
    );
    let rows = db.query_all_raw(Statement::from_sql_and_values(b, sql, [from.into(), to.into()])).await?;
    rows.into_iter()
        .map(|r| Ok((r.try_get("", "day")?, r.try_get("", "cause")?, r.try_get("", "n")?)))
        .collect()
}

#[derive(Debug, Clone)]
pub struct Workload {
    pub staff_id: uuid::Uuid,
    pub name: String,
    pub role: String,
    pub max_open: i64,
    pub open: i64,
    /// Resolved in the period.
    pub resolved: i64,
}

pub async fn workload<C: ConnectionTrait>(
    db: &C,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> ServiceResult<Vec<Workload>> {
    let b = db.get_database_backend();
    let sql = format!(
        "SELECT s.id, s.name, s.role, s.max_open_tickets, \
           COALESCE(SUM(CASE WHEN t.status IN {OPEN} THEN 1 ELSE 0 END), 0) AS open, \
           COALESCE(SUM(CASE WHEN t.resolved_at >= {p1} AND t.resolved_at < {p2} THEN 1 ELSE 0 END), 0) AS resolved \
         FROM staff_user s LEFT JOIN ticket t ON t.assignee_id = s.id \
         WHERE s.active = {yes} \
         GROUP BY s.id, s.name, s.role, s.max_open_tickets ORDER BY open DESC, s.name",
        p1 = param(b, 1),
        p2 = param(b, 2),
        yes = if b == DbBackend::Postgres { "TRUE" } else { "1" },
    );
    let rows = db.query_all_raw(Statement::from_sql_and_values(b, sql, [from.into(), to.into()])).await?;
    rows.into_iter()
        .map(|r| {
            Ok(Workload {
                staff_id: r.try_get("", "id")?,
                name: r.try_get("", "name")?,
                role: r.try_get("", "role")?,
                max_open: i64::from(r.try_get::<i32>("", "max_open_tickets")?),
                open: r.try_get("", "open")?,
                resolved: r.try_get("", "resolved")?,
            })
        })
        .collect()
}

/// A SUM over no rows is NULL, and PostgreSQL sums integers to numeric.
fn sum(r: &sea_orm::QueryResult, col: &str) -> ServiceResult<i64> {
    if let Ok(v) = r.try_get::<Option<i64>>("", col) {
        return Ok(v.unwrap_or(0));
    }
    let d: Option<sea_orm::prelude::Decimal> = r.try_get("", col)?;
    Ok(d.and_then(|d| i64::try_from(d).ok()).unwrap_or(0))
}

/// SLA attainment of the tickets opened in a period, per queue (the one they are in
/// now) and priority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attainment {
    pub queue: String,
    pub priority: String,
    /// Tickets opened in the period with an SLA clock.
    pub tickets: i64,
    pub first_response_met: i64,
    pub first_response_missed: i64,
    pub resolution_met: i64,
    pub resolution_missed: i64,
}

pub async fn attainment<C: ConnectionTrait>(
    db: &C,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    now: DateTime<Utc>,
) -> ServiceResult<Vec<Attainment>> {
    let b = db.get_database_backend();
    let (p1, p2, p3) = (param(b, 1), param(b, 2), param(b, 3));
    let sql = format!(
        "SELECT t.queue, t.priority, COUNT(*) AS n, \
           SUM(CASE WHEN t.first_response_at IS NOT NULL AND t.first_response_at <= t.sla_first_due THEN 1 ELSE 0 END) AS fr_met, \
           SUM(CASE WHEN (t.first_response_at IS NOT NULL AND t.first_response_at > t.sla_first_due) \
                      OR (t.first_response_at IS NULL AND t.sla_paused_at IS NULL AND t.sla_first_due < {p3}) THEN 1 ELSE 0 END) AS fr_missed, \
           SUM(CASE WHEN t.resolved_at IS NOT NULL AND t.resolved_at <= t.sla_resolve_due THEN 1 ELSE 0 END) AS res_met, \
           SUM(CASE WHEN (t.resolved_at IS NOT NULL AND t.resolved_at > t.sla_resolve_due) \
                      OR (t.resolved_at IS NULL AND t.sla_paused_at IS NULL AND t.sla_resolve_due < {p3}) THEN 1 ELSE 0 END) AS res_missed \
         FROM ticket t \
         WHERE t.created_at >= {p1} AND t.created_at < {p2} AND t.merged_into_id IS NULL AND t.sla_resolve_due IS NOT NULL \
         GROUP BY t.queue, t.priority ORDER BY t.queue, t.priority"
    );
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(b, sql, [from.into(), to.into(), now.into()]))
        .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Attainment {
                queue: r.try_get("", "queue")?,
                priority: r.try_get("", "priority")?,
                tickets: r.try_get("", "n")?,
                first_response_met: sum(&r, "fr_met")?,
                first_response_missed: sum(&r, "fr_missed")?,
                resolution_met: sum(&r, "res_met")?,
                resolution_missed: sum(&r, "res_missed")?,
            })
        })
        .collect()
}
