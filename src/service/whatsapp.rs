//! The WhatsApp channel (Meta's Cloud API). The webhook is verified and recorded in
//! one short transaction: each message under its id (a retry or replay changes
//! nothing) with the job that acts on it, each status applied forward-only. The jobs
//! turn messages into tickets (`intake`) and send what agents write (`send`).

use secrecy::ExposeSecret;

use super::Context;
use crate::config::WhatsAppConfig;
use crate::domain::whatsapp::{self as wa};
use crate::error::{ServiceError, ServiceResult};

mod batch;
mod intake;
mod menu;
mod send;
mod state;
mod writer;

pub use batch::{receive_many, Queued};
pub use intake::receive;
pub use send::{deliver, queue_reply};
pub use state::{channel_state, retry_inbound, ticket_channel, ChannelState, TicketChannel};
pub use writer::WebhookWriter;

/// What one webhook delivery did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Accepted {
    pub messages: usize,
    pub duplicates: usize,
    pub statuses: usize,
    pub unreadable: usize,
}

fn config(cx: &Context) -> ServiceResult<&WhatsAppConfig> {
    let c = &cx.config.whatsapp;
    if c.enabled {
        Ok(c)
    } else {
        Err(ServiceError::NotFound { what: "WhatsApp channel" })
    }
}

/// Meta's subscription handshake: the challenge back when the mode and token are
/// right (compared in constant time), else refused.
pub fn verify_subscription(cx: &Context, mode: &str, token: &str, challenge: &str) -> ServiceResult<String> {
    let c = config(cx)?;
    let same = crate::domain::secret_eq(token.as_bytes(), c.verify_token.expose_secret().as_bytes());
    if mode != "subscribe" || !same {
        return Err(ServiceError::forbidden("verify token or mode is wrong"));
    }
    if challenge.is_empty() || challenge.len() > 200 {
        return Err(ServiceError::invalid("hub.challenge", "missing or too long"));
    }
    Ok(challenge.to_string())
}

/// One webhook POST: the signature over the raw bytes is checked before anything reads
/// them; then every message is recorded with its job and every status applied, in one
/// transaction (shared with other deliveries under load: `writer`), so Meta's retry
/// after a crash finds exactly what committed.
pub async fn accept(cx: &Context, raw: &[u8], signature: Option<&str>) -> ServiceResult<Accepted> {
    let c = config(cx)?;
    if !wa::verify_signature(c.app_secret.expose_secret().as_bytes(), raw, signature) {
        return Err(ServiceError::forbidden("X-Hub-Signature-256 does not match the body"));
    }
    // Meta's order is kept: the writer takes every lock a batch needs at once, in one
    // order, so two batches never wait on each other in a circle.
    let delivery = wa::parse(raw).map_err(|e| ServiceError::invalid("body", e))?;
    let done = cx.whatsapp_writer.write(delivery).await?;
    // Only the lane the work is in: waking every lane's workers for each delivery
    // costs SQLite a write (an empty claim) per idle worker.
    if done.messages > 0 {
        cx.jobs_wake.lane(crate::domain::Lane::Interactive);
    }
    if done.unreadable > 0 {
        tracing::warn!(unreadable = done.unreadable, "WhatsApp webhook items without an id were skipped");
    }
    Ok(done)
}
