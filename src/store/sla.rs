//! SLA data: policies and the holiday calendar (tables supervisors edit), and the
//! tickets whose clock needs a warning or an escalation.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, IntoCondition};
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryOrder};

use super::entity::{holiday, sla_policy, ticket};
use crate::domain::sla::{Policy, Targets};
use crate::domain::{Priority, QueueName, Ticket, TicketStatus};
use crate::error::{ServiceError, ServiceResult};

fn corrupt(what: &str) -> ServiceError {
    ServiceError::Internal(anyhow::anyhow!("stored SLA {what} is invalid"))
}

fn minutes(m: i32) -> chrono::Duration {
    chrono::Duration::minutes(i64::from(m))
}

pub async fn policies<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<Policy>> {
    let rows = sla_policy::Entity::find().order_by_asc(sla_policy::Column::Id).all(db).await?;
    rows.into_iter()
        .map(|r| {
            Ok(Policy {
                queue: r.queue.as_deref().map(QueueName::parse).transpose().map_err(|_| corrupt("queue"))?,
                priority: r
                    .priority
                    .as_deref()
                    .map(Priority::parse)
                    .transpose()
                    .map_err(|_| corrupt("priority"))?,
                targets: Targets {
                    first_response: minutes(r.first_response_mins),
                    resolution: minutes(r.resolution_mins),
                    warn_before: minutes(r.warn_mins),
                },
            })
        })
        .collect()
}

/// Replaces every policy (the list is small and edited as a whole).
pub async fn replace_policies<C: ConnectionTrait>(db: &C, list: &[Policy]) -> ServiceResult<()> {
    sla_policy::Entity::delete_many().exec(db).await?;
    if list.is_empty() {
        return Ok(());
    }
    let mins = |d: chrono::Duration| i32::try_from(d.num_minutes()).unwrap_or(i32::MAX);
    let rows = list.iter().map(|p| sla_policy::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        queue: Set(p.queue.as_ref().map(|q| q.as_str().into())),
        priority: Set(p.priority.map(|p| p.as_str().into())),
        first_response_mins: Set(mins(p.targets.first_response)),
        resolution_mins: Set(mins(p.targets.resolution)),
        warn_mins: Set(mins(p.targets.warn_before)),
    });
    sla_policy::Entity::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub day: NaiveDate,
    /// `public`, `collective_leave` or `regional`.
    pub kind: String,
    pub name: String,
}

pub async fn holidays<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<Holiday>> {
    let rows = holiday::Entity::find().order_by_asc(holiday::Column::Day).all(db).await?;
    rows.into_iter()
        .map(|r| {
            Ok(Holiday {
                day: NaiveDate::parse_from_str(&r.day, "%Y-%m-%d").map_err(|_| corrupt("holiday"))?,
                kind: r.kind,
                name: r.name,
            })
        })
        .collect()
}

pub async fn put_holiday<C: ConnectionTrait>(db: &C, h: &Holiday) -> ServiceResult<()> {
    let day = h.day.format("%Y-%m-%d").to_string();
    holiday::Entity::delete_by_id(day.clone()).exec(db).await?;
    holiday::Entity::insert(holiday::ActiveModel {
        day: Set(day),
        kind: Set(h.kind.clone()),
        name: Set(h.name.clone()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Whether there was such a day.
pub async fn delete_holiday<C: ConnectionTrait>(db: &C, day: NaiveDate) -> ServiceResult<bool> {
    let r = holiday::Entity::delete_by_id(day.format("%Y-%m-%d").to_string()).exec(db).await?;
    Ok(r.rows_affected > 0)
}

fn active_statuses() -> Vec<&'static str> {
    TicketStatus::ALL.iter().filter(|s| s.is_active()).map(|s| s.as_str()).collect()
}

/// Running clocks due by `horizon` that have a warning or a breach not yet handled for
/// their current target (first response until answered, then resolution). A marker
/// set before the first response belongs to the first-response target.
pub async fn needing_attention<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    horizon: DateTime<Utc>,
    limit: u64,
) -> ServiceResult<Vec<Ticket>> {
    use ticket::Column as T;
    let before_answer = |c: T| Expr::col(c).lt(Expr::col(T::FirstResponseAt)).into_condition();
    let first = Condition::all()
        .add(T::FirstResponseAt.is_null())
        .add(T::SlaFirstDue.lte(horizon))
        .add(T::SlaBreachedAt.is_null())
        .add(Condition::any().add(T::SlaWarnedAt.is_null()).add(T::SlaFirstDue.lte(now)));
    let resolution = Condition::all()
        .add(T::FirstResponseAt.is_not_null())
        .add(T::SlaResolveDue.lte(horizon))
        .add(Condition::any().add(T::SlaBreachedAt.is_null()).add(before_answer(T::SlaBreachedAt)))
        .add(
            Condition::any()
                .add(T::SlaWarnedAt.is_null())
                .add(before_answer(T::SlaWarnedAt))
                .add(T::SlaResolveDue.lte(now)),
        );
    let cond = Condition::all()
        .add(T::Status.is_in(active_statuses()))
        .add(T::SlaPausedAt.is_null())
        .add(Condition::any().add(first).add(resolution));
    super::tickets::select(db, cond, &[(T::SlaResolveDue, Order::Asc)], limit).await
}

/// Active tickets with no SLA clock yet (opened before SLAs existed, or while no
/// policy matched): the sweep starts their clocks.
pub async fn without_clock<C: ConnectionTrait>(db: &C, limit: u64) -> ServiceResult<Vec<Ticket>> {
    use ticket::Column as T;
    let cond = Condition::all()
        .add(T::Status.is_in(active_statuses()))
        .add(T::SlaResolveDue.is_null())
        .add(T::MergedIntoId.is_null());
    super::tickets::select(db, cond, &[(T::CreatedAt, Order::Asc)], limit).await
}
