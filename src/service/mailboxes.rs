//! What supervisors see of the mail channel: mailboxes and their poll state, the
//! quarantine, and retrying a quarantined message.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::ingest::{self, Outcome};
use super::Context;
use crate::domain::{Actor, AuditEntry, Role, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, inbound::InboundStatus};

#[derive(Debug, Clone)]
pub struct MailboxView {
    pub name: String,
    pub host: String,
    pub folder: String,
    pub processed_folder: String,
    pub quarantine_folder: String,
    pub last_poll_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub backlog: u32,
    pub poller: Option<String>,
}

#[derive(Debug, Clone)]
pub struct QuarantinedMail {
    pub id: Uuid,
    pub message_id: Option<String>,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub size: u64,
    pub source: String,
    pub mailbox: Option<String>,
    pub reason: String,
    pub received_at: DateTime<Utc>,
}

fn supervisor(actor: &StaffActor) -> ServiceResult<()> {
    if actor.role.at_least(Role::Supervisor) {
        Ok(())
    } else {
        Err(ServiceError::forbidden("only supervisors manage the mail channel"))
    }
}

pub async fn mailboxes(cx: &Context, actor: &StaffActor) -> ServiceResult<Vec<MailboxView>> {
    supervisor(actor)?;
    let states = store::mailboxes::list(cx.store.read()).await?;
    Ok(cx
        .config
        .mail
        .imap
        .iter()
        .map(|mb| {
            let st = states.iter().find(|s| s.name == mb.name);
            MailboxView {
                name: mb.name.clone(),
                host: format!("{}:{}", mb.host, mb.port),
                folder: mb.folder.clone(),
                processed_folder: mb.processed_folder.clone(),
                quarantine_folder: mb.quarantine_folder.clone(),
                last_poll_at: st.and_then(|s| s.last_poll_at),
                last_error: st.and_then(|s| s.last_error.clone()),
                backlog: st.map_or(0, |s| s.backlog),
                poller: st
                    .filter(|s| s.lease_until.is_some_and(|u| u > crate::service::clock::wall()))
                    .and_then(|s| s.lease_owner.clone()),
            }
        })
        .collect())
}

pub async fn quarantine(cx: &Context, actor: &StaffActor, limit: u64) -> ServiceResult<Vec<QuarantinedMail>> {
    supervisor(actor)?;
    let rows = store::inbound::list(cx.store.read(), InboundStatus::Quarantined, limit.clamp(1, 500)).await?;
    Ok(rows
        .into_iter()
        .map(|(r, raw)| {
            // Headers only, for the list.
            let head = crate::mail::mime::parse(crate::mail::mime::header_block(&raw)).ok();
            QuarantinedMail {
                id: r.id,
                message_id: r.message_id,
                from: head.as_ref().and_then(|m| m.from.as_ref().map(|f| f.address.clone())),
                subject: head.map(|m| m.subject),
                size: r.size,
                source: r.source,
                mailbox: r.mailbox,
                reason: r.reason.unwrap_or_default(),
                received_at: r.received_at,
            }
        })
        .collect())
}

pub async fn retry(cx: &Context, actor: &StaffActor, id: Uuid) -> ServiceResult<Outcome> {
    supervisor(actor)?;
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Staff(actor.clone()), "mail.retry", "inbound_mail", id),
    )
    .await?;
    ingest::retry(cx, id).await
}

/// Takes or renews the poller's lease on `mailbox` until `until`; false when another
/// process holds it.
pub async fn hold_lease(
    cx: &Context,
    mailbox: &str,
    owner: &str,
    until: DateTime<Utc>,
) -> ServiceResult<bool> {
    store::mailboxes::try_lease(cx.store.write(), mailbox, owner, crate::service::clock::wall(), until).await
}

/// Gives the lease up (a clean shutdown), so another process takes over at once.
pub async fn release_lease(cx: &Context, mailbox: &str, owner: &str) -> ServiceResult<()> {
    store::mailboxes::release(cx.store.write(), mailbox, owner).await
}

/// Records a poll: what the mailbox still holds, or why the poll failed.
pub async fn record_poll(
    cx: &Context,
    mailbox: &str,
    backlog: Option<u32>,
    error: Option<&str>,
) -> ServiceResult<()> {
    store::mailboxes::record_poll(cx.store.write(), mailbox, backlog, error).await
}
