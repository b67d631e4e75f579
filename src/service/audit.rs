//! Reading the audit log. Writing happens inside each use case's transaction.

use super::tickets::{ensure_visible, TicketRef};
use super::Context;
use crate::domain::{AuditEvent, Role, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::store;
pub use crate::store::audit::AuditFilter;

pub const MAX_PAGE: u64 = 500;

/// The whole log, filtered: supervisors and admins only.
pub async fn list(cx: &Context, actor: &StaffActor, mut f: AuditFilter) -> ServiceResult<Vec<AuditEvent>> {
    if !actor.role.at_least(Role::Supervisor) {
        return Err(ServiceError::forbidden("only supervisors can read the audit log"));
    }
    f.limit = f.limit.clamp(1, MAX_PAGE);
    store::audit::list(cx.store.read(), &f).await
}

/// What counts as looking someone up: opening their record, showing its NIK and phone.
pub const LOOKUPS: [&str; 2] = ["person.view", "person.reveal"];

/// Who looked at whose record (desk and API), newest first: supervisors and admins.
pub async fn lookups(
    cx: &Context,
    actor: &StaffActor,
    staff: Option<uuid::Uuid>,
    person: Option<uuid::Uuid>,
    before: Option<i64>,
    limit: u64,
) -> ServiceResult<Vec<AuditEvent>> {
    let f = AuditFilter {
        entity_type: Some("person".into()),
        entity_id: person.map(|p| p.to_string()),
        actor_id: staff,
        actions: LOOKUPS.iter().map(|a| a.to_string()).collect(),
        before,
        limit,
        ..Default::default()
    };
    list(cx, actor, f).await
}

/// The history of one ticket, for anyone who may see the ticket.
pub async fn for_ticket(cx: &Context, actor: &StaffActor, r: TicketRef) -> ServiceResult<Vec<AuditEvent>> {
    let db = cx.store.read();
    let ticket = store::tickets::find(db, r).await?.ok_or(ServiceError::NotFound { what: "ticket" })?;
    ensure_visible(actor, &ticket)?;
    let f = AuditFilter {
        entity_type: Some("ticket".into()),
        entity_id: Some(ticket.id.to_string()),
        limit: MAX_PAGE,
        ..Default::default()
    };
    store::audit::list(db, &f).await
}
