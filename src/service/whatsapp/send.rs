//! What goes out by WhatsApp: queued in the transaction that wrote it (an agent's
//! reply, an acknowledgement), sent by a job. Inside the 24-hour window as free text;
//! outside it the citizen gets the approved "we replied" template and the reply waits
//! for their answer (`intake` queues it again).

use sea_orm::{ConnectionTrait, DatabaseTransaction, TransactionTrait};
use uuid::Uuid;

use super::Context;
use crate::domain::whatsapp::{window_open, OutboundStatus, TEXT_MAX};
use crate::domain::{Actor, AuditEntry, DeliveryStatus, JobKind, Lane, Message, MessageId, Ticket};
use crate::error::{ServiceError, ServiceResult};
use crate::service::job_queue::{new_job, JobError};
use crate::store::whatsapp::{self as wstore, NewOutbound, Outbound};
use crate::store::{self};
use crate::whatsapp::{GraphError, Outgoing};

/// Queues `message` (an agent's public reply on a WhatsApp ticket) in `txn`: it goes
/// out exactly when the reply commits.
pub async fn queue_reply(
    txn: &DatabaseTransaction,
    cx: &Context,
    ticket: &Ticket,
    mut message: Message,
) -> ServiceResult<Message> {
    if message.body.chars().count() > TEXT_MAX {
        return Err(ServiceError::invalid(
            "body",
            format!("a WhatsApp reply is at most {TEXT_MAX} characters"),
        ));
    }
    let conv = wstore::of_ticket(txn, ticket.id)
        .await?
        .ok_or_else(|| ServiceError::conflict("this ticket has no WhatsApp conversation to answer in"))?;
    message.delivery = Some(DeliveryStatus::Pending);
    message.recipient = Some(format!("whatsapp:{}", conv.user.masked()));
    store::tickets::insert_message(txn, &message).await?;
    let body = message.body.clone();
    let key = format!("reply:{}", message.id);
    queue_text(txn, cx, conv.id, Some(ticket.id), Some(message.id), "reply", key, body).await?;
    Ok(message)
}

/// Queues one text to a conversation with its send job (idempotent on `key`).
#[allow(clippy::too_many_arguments)]
pub(super) async fn queue_text<C: ConnectionTrait>(
    db: &C,
    cx: &Context,
    conversation: Uuid,
    ticket: Option<crate::domain::TicketId>,
    message: Option<MessageId>,
    purpose: &'static str,
    key: String,
    body: String,
) -> ServiceResult<()> {
    let id = Uuid::now_v7();
    let row = NewOutbound {
        id,
        conversation,
        ticket,
        message: message.map(|m| m.0),
        purpose,
        idempotency_key: key,
        body,
        template: None,
        status: OutboundStatus::Queued,
    };
    if wstore::insert_outbound(db, row, cx.now()).await? {
        let job = JobKind::SendWhatsApp { outbound: id, round: 0 };
        store::jobs::enqueue(db, new_job(&job, cx.config.jobs.max_attempts)).await?;
    }
    Ok(())
}

/// The `send_whatsapp` job. A template notice goes whatever the window; text only
/// inside it, else the reply waits (`hold`). Sent at least once: a crash between Meta's
/// answer and its record repeats one message (as mail and SMS do).
pub async fn deliver(cx: &Context, outbound: Uuid, last_attempt: bool) -> Result<(), JobError> {
    let db = cx.store.write();
    let Some(o) = wstore::outbound(db, outbound).await? else {
        return Err(JobError::Permanent("no such message".into()));
    };
    if o.status != OutboundStatus::Queued {
        return Ok(());
    }
    let graph =
        cx.whatsapp.as_ref().ok_or_else(|| JobError::Temporary("WhatsApp is not configured".into()))?;
    let conv = wstore::conversation(db, o.conversation)
        .await?
        .ok_or_else(|| JobError::Permanent("the conversation is gone".into()))?;
    let template = &cx.config.whatsapp.templates.reply_waiting;
    let text = with_links(cx, &o.body);
    let outgoing = match &o.template {
        Some(name) => {
            let number = match o.ticket {
                Some(id) => store::tickets::find(db, crate::domain::TicketRef::Id(id))
                    .await?
                    .map(|t| t.number.to_string()),
                None => None,
            };
            Outgoing::Template { name, language: &template.language, params: number.into_iter().collect() }
        }
        None if !window_open(conv.last_inbound_at, cx.now()) => {
            return hold(cx, &o).await.map_err(Into::into)
        }
        None => Outgoing::Text(&text),
    };
    cx.whatsapp_rate.acquire(Lane::Interactive).await;
    match graph.send(&conv.user, outgoing).await {
        Ok(wamid) => sent(cx, &o, &wamid).await.map_err(JobError::from),
        // Meta's clock decides: the window closed after all.
        Err(GraphError::WindowClosed) if o.template.is_none() => hold(cx, &o).await.map_err(Into::into),
        Err(e) if e.is_temporary() && !last_attempt => {
            wstore::attempted(db, o.id, Some(&e.to_string())).await?;
            Err(JobError::Temporary(e.to_string()))
        }
        Err(e) => failed(cx, &o, &e.to_string()).await.map_err(JobError::from),
    }
}

/// The text with each `{link:<certificate id>}` made a fresh certificate link: links
/// are made at send time, so none is ever stored (as for SMS).
fn with_links(cx: &Context, body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("{link:") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 6..];
        match after.find('}').and_then(|j| Some((j, after[..j].parse::<Uuid>().ok()?))) {
            Some((j, id)) => {
                out.push_str(&crate::service::certificates::link_url(cx, id, cx.now()).0);
                rest = &after[j + 1..];
            }
            None => {
                out.push_str("{link:");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Records a send Meta took, and any status that raced ahead of this answer (under the
/// message id's lock, so a status being recorded meanwhile is seen by one side or the
/// other).
async fn sent(cx: &Context, o: &Outbound, wamid: &str) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    wstore::lock_wamid(&txn, wamid).await?;
    wstore::attempted(&txn, o.id, None).await?;
    if wstore::mark_sent(&txn, o.id, wamid, cx.now()).await? {
        if let Some(m) = o.message {
            store::tickets::set_delivery(&txn, MessageId(m), DeliveryStatus::Sent, None).await?;
        }
        let mut early = wstore::early_statuses(&txn, wamid).await?;
        early.sort_by_key(|s| s.at);
        for s in early {
            super::state::apply_status(&txn, cx, &s).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Outside the window: the reply waits for the citizen's next message, and they are
/// told once, by the approved template, that an answer waits (a notice of its own,
/// sent by its own job). One transaction under the conversation's lock, so two replies
/// held at once send one notice.
async fn hold(cx: &Context, o: &Outbound) -> ServiceResult<()> {
    if o.purpose == "ack" || o.purpose == "menu" {
        // An acknowledgement outside the window has nothing left to say.
        return failed(cx, o, "the 24-hour window closed before the acknowledgement went").await;
    }
    let now = cx.now();
    let txn = cx.store.write().begin().await?;
    wstore::lock(&txn, o.conversation, now).await?;
    // Counted, so the release after the citizen's answer is a job of its own.
    wstore::attempted(&txn, o.id, None).await?;
    if !wstore::transition(&txn, o.id, OutboundStatus::Queued, OutboundStatus::AwaitingWindow, None, now)
        .await?
    {
        return Ok(());
    }
    let waiting = wstore::awaiting_window(&txn, o.conversation).await?;
    if waiting.len() == 1 {
        let t = &cx.config.whatsapp.templates.reply_waiting;
        let notice = NewOutbound {
            id: Uuid::now_v7(),
            conversation: o.conversation,
            ticket: o.ticket,
            message: None,
            purpose: "reply_waiting",
            idempotency_key: format!("reply_waiting:{}:{}", o.id, o.attempts + 1),
            body: format!("[template {}]", t.name),
            template: Some(t.name.clone()),
            status: OutboundStatus::Queued,
        };
        let id = notice.id;
        if wstore::insert_outbound(&txn, notice, now).await? {
            let job = JobKind::SendWhatsApp { outbound: id, round: 0 };
            store::jobs::enqueue(&txn, new_job(&job, cx.config.jobs.max_attempts)).await?;
        }
    }
    txn.commit().await?;
    cx.jobs_wake.lane(crate::domain::Lane::Interactive);
    Ok(())
}

/// A send that cannot succeed: recorded on the message and flagged on the ticket.
async fn failed(cx: &Context, o: &Outbound, why: &str) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    wstore::attempted(&txn, o.id, Some(why)).await?;
    if wstore::transition(&txn, o.id, OutboundStatus::Queued, OutboundStatus::Failed, Some(why), cx.now())
        .await?
    {
        super::state::on_failure(&txn, o, why).await?;
        if let Some(t) = o.ticket {
            store::audit::append(
                &txn,
                AuditEntry::new(&Actor::System, "whatsapp.send_failed", "ticket", t)
                    .with_evidence(serde_json::json!({"outbound": o.id, "purpose": o.purpose, "error": why})),
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
