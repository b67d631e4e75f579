//! Stored diagnoses, one per ticket (the latest), and the facts diagnosis needs that no
//! other store module answers.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use super::param;
use crate::domain::diagnosis::Diagnosis;
use crate::domain::{PersonId, TicketId};
use crate::error::ServiceResult;

pub async fn upsert<C: ConnectionTrait>(
    db: &C,
    ticket: TicketId,
    person: PersonId,
    d: &Diagnosis,
    at: DateTime<Utc>,
) -> ServiceResult<()> {
    let b = db.get_database_backend();
    let p = |i| param(b, i);
    let sql = format!(
        "INSERT INTO ticket_diagnosis (ticket_id, person_id, cause, evidence, action, reply, computed_at, \
           confidence, dose, field) \
         VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}) \
         ON CONFLICT (ticket_id) DO UPDATE SET person_id = excluded.person_id, cause = excluded.cause, \
         evidence = excluded.evidence, action = excluded.action, reply = excluded.reply, \
         computed_at = excluded.computed_at, confidence = excluded.confidence, dose = excluded.dose, \
         field = excluded.field",
        p(1),
        p(2),
        p(3),
        p(4),
        p(5),
        p(6),
        p(7),
        p(8),
        p(9),
        p(10)
    );
    let evidence = serde_json::to_value(&d.evidence).unwrap_or_default();
    let evidence: sea_orm::Value = match b {
        DbBackend::Postgres => evidence.into(),
        _ => evidence.to_string().into(),
    };
    db.execute_raw(Statement::from_sql_and_values(
        b,
        sql,
        [
            ticket.0.into(),
            person.0.into(),
            d.cause.as_str().into(),
            evidence,
            d.action.map(str::to_string).into(),
            d.reply.into(),
            at.into(),
            d.confidence.as_str().into(),
            d.dose.map(i16::from).into(),
            d.field.clone().into(),
        ],
    ))
    .await?;
    // The overview counts causes from the ticket row (no join with every diagnosis).
    db.execute_raw(Statement::from_sql_and_values(
        b,
        format!("UPDATE ticket SET cause = {} WHERE id = {}", p(1), p(2)),
        [d.cause.as_str().into(), ticket.0.into()],
    ))
    .await?;
    Ok(())
}

/// Other live records with the same name and birth date as `person`.
pub async fn same_name_and_birth<C: ConnectionTrait>(db: &C, person: PersonId) -> ServiceResult<usize> {
    let b = db.get_database_backend();
    let sql = format!(
        "SELECT COUNT(*) AS n FROM person o JOIN person p ON p.id = {} \
         WHERE o.birth_date = p.birth_date AND o.id <> p.id AND o.merged_into IS NULL \
         AND lower(o.full_name) = lower(p.full_name)",
        param(b, 1)
    );
    let row = db.query_one_raw(Statement::from_sql_and_values(b, sql, [person.0.into()])).await?;
    Ok(row.and_then(|r| r.try_get::<i64>("", "n").ok()).unwrap_or(0).max(0) as usize)
}
