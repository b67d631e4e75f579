//! Resolution actions: what resolving a ticket does to the citizen's record. They are
//! stored and queued in the resolving transaction, run as jobs, and report back on the
//! ticket ("SMS delivered 10:32"); a failed action reopens the ticket.
//!
//! Here: the shared pieces (a ticket's actions, the WIB clock format, reopening a
//! ticket); each use case has a module of its own.

mod attach;
mod bulk;
mod resend;
mod run;

use chrono::{DateTime, Duration, Utc};
use sea_orm::ConnectionTrait;
use serde_json::json;

pub use attach::attach;
pub use bulk::{bulk_resend, BulkReport, BULK_MAX};
pub use resend::{on_sms_status, resend};
pub use run::run;

use super::Context;
use crate::domain::{Actor, AuditEntry, Message, MessageKind, TicketId, TicketStatus};
use crate::error::ServiceResult;
use crate::store::{self, actions::TicketAction};

pub async fn of_ticket<C: ConnectionTrait>(db: &C, ticket: TicketId) -> ServiceResult<Vec<TicketAction>> {
    store::actions::of_ticket(db, ticket).await
}

/// Western Indonesian Time, as agents and citizens read the clock.
pub fn wib(at: DateTime<Utc>) -> String {
    (at + Duration::hours(7)).format("%d-%m-%Y %H:%M WIB").to_string()
}

/// A failed action means the citizen's problem is not solved: reopen a resolved ticket
/// and leave an internal note saying why.
async fn reopen<C: ConnectionTrait>(cx: &Context, db: &C, id: TicketId, why: &str) -> ServiceResult<()> {
    let Some(mut t) = store::tickets::find_for_update(db, crate::domain::TicketRef::Id(id)).await? else {
        return Ok(());
    };
    let now = cx.now();
    let note = Message::new(t.id, MessageKind::Note, format!("Action failed: {why}"), now);
    store::tickets::insert_message(db, &note).await?;
    if t.status == TicketStatus::Resolved {
        t.status = TicketStatus::Open;
        t.resolved_at = None;
        t.updated_at = now;
        super::tickets::save(cx, db, &mut t).await?;
        store::audit::append(
            db,
            AuditEntry::new(&Actor::System, "ticket.reopen", "ticket", t.id)
                .change(json!({"status": "resolved"}), json!({"status": "open"}))
                .with_evidence(json!({"reason": why})),
        )
        .await?;
    }
    Ok(())
}
