//! Supervisors' administration of the SLA setup: the policy table and the holiday
//! calendar (each change audited, and the cached setup reloaded at once).

use sea_orm::TransactionTrait;
use serde_json::json;

use crate::domain::sla::Policy;
use crate::domain::{Actor, AuditEntry, Role};
use crate::error::{ServiceError, ServiceResult};
use crate::service::Context;
use crate::store;

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
