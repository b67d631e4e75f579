//! Routing rules, kept in order; the first that matches wins.

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, QueryOrder};

use super::entity::routing_rule;
use crate::domain::routing::{ConditionNames, Conditions, Rule};
use crate::domain::{Priority, QueueName};
use crate::error::{ServiceError, ServiceResult};

pub async fn rules<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<Rule>> {
    let rows = routing_rule::Entity::find().order_by_asc(routing_rule::Column::Position).all(db).await?;
    let bad = |what: &str| ServiceError::Internal(anyhow::anyhow!("stored routing rule {what} is invalid"));
    rows.into_iter()
        .map(|r| {
            let names: ConditionNames =
                serde_json::from_value(r.conditions).map_err(|_| bad("conditions"))?;
            Ok(Rule {
                name: r.name,
                when: Conditions::try_from(&names).map_err(|_| bad("conditions"))?,
                queue: QueueName::parse(&r.queue).map_err(|_| bad("queue"))?,
                priority: r
                    .set_priority
                    .as_deref()
                    .map(Priority::parse)
                    .transpose()
                    .map_err(|_| bad("priority"))?,
            })
        })
        .collect()
}

/// Replaces the whole ordered list.
pub async fn replace<C: ConnectionTrait>(db: &C, rules: &[Rule]) -> ServiceResult<()> {
    routing_rule::Entity::delete_many().exec(db).await?;
    if rules.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    let rows = rules.iter().enumerate().map(|(i, r)| routing_rule::ActiveModel {
        position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
        name: Set(r.name.clone()),
        conditions: Set(serde_json::to_value(ConditionNames::from(&r.when)).unwrap_or_default()),
        queue: Set(r.queue.as_str().into()),
        set_priority: Set(r.priority.map(|p| p.as_str().into())),
        updated_at: Set(now),
    });
    routing_rule::Entity::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}
