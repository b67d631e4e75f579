//! Where the channel stands: statuses Meta reports for what we sent, the window of
//! one ticket's conversation (for the desk), and the channel's health (supervisors).

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use super::Context;
use crate::domain::whatsapp::{OutboundStatus, StatusUpdate, SERVICE_WINDOW};
use crate::domain::{DeliveryStatus, MessageId, Role, StaffActor, TicketRef};
use crate::error::{ServiceError, ServiceResult};
use crate::store;
use crate::store::whatsapp::{self as wstore, Outbound};

/// Applies one status (forward only); a failure is flagged on the ticket.
pub(super) async fn apply_status<C: ConnectionTrait>(
    db: &C,
    cx: &Context,
    s: &StatusUpdate,
) -> ServiceResult<()> {
    apply_status_at(db, s, cx.now(), cx.config.jobs.max_attempts).await
}

/// The same, at `now` (the webhook writer has no `Context`). A status for a notice sent
/// by template (an outbox SMS row) is recorded and handed to a job of its own.
pub(super) async fn apply_status_at<C: ConnectionTrait>(
    db: &C,
    s: &StatusUpdate,
    now: DateTime<Utc>,
    max_attempts: u32,
) -> ServiceResult<()> {
    let Some(o) = wstore::apply_status(db, s, now).await? else {
        // Not a chat message that moved: perhaps a certificate notice's.
        return crate::service::sms::whatsapp_status_recorded(db, s, max_attempts).await;
    };
    if o.status == OutboundStatus::Failed {
        let why = o.last_error.clone().unwrap_or_else(|| "failed".into());
        on_failure(db, &o, &why).await?;
    }
    Ok(())
}

/// A message that will not arrive: the agent sees why on the ticket.
pub(super) async fn on_failure<C: ConnectionTrait>(db: &C, o: &Outbound, why: &str) -> ServiceResult<()> {
    if let Some(m) = o.message {
        store::tickets::set_delivery(db, MessageId(m), DeliveryStatus::Failed, Some(why)).await?;
    }
    if let Some(t) = o.ticket {
        let detail = format!("a WhatsApp {} did not reach the citizen: {why}", o.purpose.replace('_', " "));
        store::tickets::add_flag(db, t, "whatsapp_failed", &detail).await?;
    }
    Ok(())
}

/// One WhatsApp ticket's conversation as the desk shows it.
#[derive(Debug, Clone)]
pub struct TicketChannel {
    /// The WhatsApp user, masked.
    pub user: String,
    pub last_inbound_at: Option<DateTime<Utc>>,
    /// Free text may be sent until then; after it, replies wait for the citizen.
    pub window_until: Option<DateTime<Utc>>,
    pub window_open: bool,
    pub sent: Vec<Outbound>,
}

/// The conversation behind a ticket the caller may see (`None`: not a WhatsApp ticket).
pub async fn ticket_channel(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
) -> ServiceResult<Option<TicketChannel>> {
    let db = cx.store.read();
    let t = store::tickets::find(db, r).await?.ok_or(ServiceError::NotFound { what: "ticket" })?;
    crate::service::tickets::ensure_visible(actor, &t)?;
    let ticket = t.id;
    let Some(conv) = wstore::of_ticket(db, ticket).await? else { return Ok(None) };
    let window_until = conv.last_inbound_at.map(|l| l + SERVICE_WINDOW);
    Ok(Some(TicketChannel {
        user: conv.user.masked(),
        last_inbound_at: conv.last_inbound_at,
        window_until,
        window_open: window_until.is_some_and(|u| u > cx.now()),
        sent: wstore::outbound_of_ticket(db, ticket).await?,
    }))
}

/// The channel's health for supervisors.
#[derive(Debug, Clone)]
pub struct ChannelState {
    pub enabled: bool,
    pub last_message_at: Option<DateTime<Utc>>,
    /// Messages received and not yet turned into ticket messages.
    pub backlog: u64,
    pub oldest_waiting_at: Option<DateTime<Utc>>,
    /// Outbound messages by state.
    pub queued: u64,
    pub awaiting_window: u64,
    pub failed: u64,
    /// The latest inbound messages that could not become tickets: (id, reason, when).
    pub recent_failures: Vec<(uuid::Uuid, String, DateTime<Utc>)>,
}

pub async fn channel_state(cx: &Context, actor: &StaffActor) -> ServiceResult<ChannelState> {
    if !actor.role.at_least(Role::Supervisor) {
        return Err(ServiceError::forbidden("supervisors and admins only"));
    }
    let db = cx.store.read();
    let (backlog, oldest_waiting_at) = wstore::backlog(db).await?;
    Ok(ChannelState {
        enabled: cx.config.whatsapp.enabled,
        last_message_at: wstore::last_received(db).await?,
        backlog,
        oldest_waiting_at,
        queued: wstore::count(db, OutboundStatus::Queued).await?,
        awaiting_window: wstore::count(db, OutboundStatus::AwaitingWindow).await?,
        failed: wstore::count(db, OutboundStatus::Failed).await?,
        recent_failures: wstore::failures(db, 20)
            .await?
            .into_iter()
            .map(|r| (r.id, r.reason.unwrap_or_default(), r.received_at))
            .collect(),
    })
}

/// A supervisor runs a failed message again (after fixing what made it fail); audited.
pub async fn retry_inbound(cx: &Context, actor: &StaffActor, id: uuid::Uuid) -> ServiceResult<()> {
    use sea_orm::TransactionTrait;
    if !actor.role.at_least(Role::Supervisor) {
        return Err(ServiceError::forbidden("supervisors and admins only"));
    }
    let txn = cx.store.write().begin().await?;
    if !wstore::requeue_failed(&txn, id).await? {
        return Err(ServiceError::conflict("only a failed WhatsApp message can be retried"));
    }
    // A round of its own: the first run's job is done.
    let round = u32::try_from(cx.now().timestamp()).unwrap_or(u32::MAX);
    let job = crate::domain::JobKind::WhatsAppInbound { inbound: id, round };
    store::jobs::enqueue(&txn, crate::service::job_queue::new_job(&job, cx.config.jobs.max_attempts)).await?;
    store::audit::append(
        &txn,
        crate::domain::AuditEntry::new(
            &crate::domain::Actor::Staff(actor.clone()),
            "whatsapp.retry",
            "whatsapp_inbound",
            id,
        ),
    )
    .await?;
    txn.commit().await?;
    cx.jobs_wake.lane(crate::domain::Lane::Interactive);
    Ok(())
}
