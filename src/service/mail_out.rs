//! Outgoing mail for tickets: preparing a message (headers that thread, a delivery
//! state, a durable send job) inside the caller's transaction, and delivering it.

use chrono::Utc;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::Context;
use crate::domain::NewJob;
use crate::domain::{DeliveryStatus, JobKind, Lane, Language, Message, MessageId, Ticket};
use crate::error::{ServiceError, ServiceResult};
use crate::mail::outbound::{Outgoing, SendError};
use crate::service::job_queue::{new_job, JobError};
use crate::store;

/// The portal and this ticket's status page, for links in mail.
pub fn links(cx: &Context, t: &Ticket) -> (String, String) {
    let base = cx.config.server.public_url.as_str().trim_end_matches('/').to_string();
    (format!("{base}/portal"), format!("{base}/portal/tickets/{}", t.number))
}

/// `Re: [SRT-2021-000123] subject`: the tag threads replies even without headers.
pub fn subject(t: &Ticket) -> String {
    let tag = format!("[{}]", t.number);
    let mut s = t.subject.trim().to_string();
    loop {
        let lower = s.to_lowercase();
        if let Some(rest) =
            ["re:", "fw:", "fwd:", "aw:", "bls:"].iter().find_map(|p| lower.strip_prefix(p).map(|_| p.len()))
        {
            s = s[rest..].trim_start().to_string();
        } else {
            break;
        }
    }
    let s = s.replace(&tag, "").trim().to_string();
    format!("Re: {tag} {s}")
}

/// Makes `message` an outbound mail to `to` answering `parent`: a Message-ID of ours,
/// In-Reply-To and References that thread, delivery pending. Touches nothing else.
pub fn prepare(cx: &Context, mut message: Message, to: &str, parent: Option<&Message>) -> Message {
    message.recipient = Some(to.to_string());
    message.message_id = Some(cx.mailer.new_message_id());
    message.delivery = Some(DeliveryStatus::Pending);
    if let Some(p) = parent.filter(|p| p.message_id.is_some()) {
        message.in_reply_to = p.message_id.clone();
        let mut refs = p.references.clone();
        refs.extend(p.message_id.clone());
        // Long chains are cut from the front, keeping the first (RFC 5322 §3.6.4).
        if refs.len() > 10 {
            let first = refs[0].clone();
            refs.drain(..refs.len() - 9);
            refs.insert(0, first);
        }
        message.references = refs;
    }
    message
}

/// The job that sends a prepared message; insert it in the same transaction. An
/// acknowledgement waits in `notify`; a reply an agent just wrote goes `interactive`.
pub fn send_job(cx: &Context, message: &Message) -> NewJob {
    let lane = if message.auto { Lane::Notify } else { Lane::Interactive };
    new_job(&JobKind::SendMail { message: message.id.0 }, cx.config.jobs.max_attempts).in_lane(lane)
}

/// Prepares `message` as a reply in its ticket's thread, inserts it and queues the
/// send job, all in `db`'s transaction: the mail goes out exactly when the change commits.
pub async fn queue<C: ConnectionTrait>(
    db: &C,
    cx: &Context,
    ticket: &Ticket,
    message: Message,
    to: &str,
) -> ServiceResult<Message> {
    let thread = store::tickets::messages(db, ticket.id).await?;
    let parent = thread.iter().rev().find(|m| m.message_id.is_some());
    let message = prepare(cx, message, to, parent);
    store::tickets::insert_message(db, &message).await?;
    store::jobs::enqueue(db, send_job(cx, &message)).await?;
    Ok(message)
}

/// The send-mail job. Records the attempt (`sending`) before the SMTP transaction and
/// the result after; a sent, failed or bounced message is left alone, so a retried job
/// never mails twice after a recorded success. One found `sending` was cut off by a
/// crash: it goes again with the same Message-ID (the one repeat a worker can cause,
/// and one the recipient's client folds into the first).
pub async fn deliver(cx: &Context, message: Uuid, last_attempt: bool) -> Result<(), JobError> {
    let db = cx.store.write();
    let m = store::tickets::message(db, MessageId(message))
        .await?
        .ok_or_else(|| JobError::Permanent("the message no longer exists".into()))?;
    match m.delivery {
        Some(DeliveryStatus::Pending) => {}
        Some(DeliveryStatus::Sending) => {
            tracing::warn!(message = %m.id.0, "an interrupted mail is sent again")
        }
        _ => return Ok(()),
    }
    let ticket = store::tickets::find(db, crate::domain::TicketRef::Id(m.ticket))
        .await?
        .ok_or_else(|| JobError::Permanent("the ticket no longer exists".into()))?;
    let outgoing = render(cx, &ticket, &m).map_err(|e| JobError::Permanent(format!("{e:#}")))?;
    let w = cx.store.write();
    use DeliveryStatus::{Failed, Pending, Sending, Sent};
    let Some(seen) = m.delivery else { return Ok(()) };
    if !store::tickets::move_delivery(w, m.id, &[seen], Sending, None).await? {
        return Ok(()); // someone else moved it meanwhile
    }
    match cx.mailer.send(&outgoing).await {
        Ok(()) => {
            store::tickets::move_delivery(w, m.id, &[Sending], Sent, None).await?;
            Ok(())
        }
        Err(SendError::Temporary(e)) if !last_attempt => {
            store::tickets::move_delivery(w, m.id, &[Sending], Pending, Some(&e)).await?;
            Err(JobError::Temporary(e))
        }
        Err(SendError::Temporary(e)) | Err(SendError::Permanent(e)) => {
            store::tickets::move_delivery(w, m.id, &[Sending], Failed, Some(&e)).await?;
            store::tickets::add_flag(
                w,
                ticket.id,
                "delivery_failed",
                &format!("mail to the citizen failed: {e}"),
            )
            .await?;
            Err(JobError::Permanent(e))
        }
    }
}

fn render(cx: &Context, t: &Ticket, m: &Message) -> anyhow::Result<Outgoing> {
    let lang = t.language.unwrap_or(Language::Id).as_str();
    let (portal_url, ticket_url) = links(cx, t);
    let subject = subject(t);
    let mut vars = tera::Context::new();
    vars.insert("number", &t.number.to_string());
    vars.insert("portal_url", &portal_url);
    vars.insert("ticket_url", &ticket_url);
    vars.insert("subject", &subject);
    // Acknowledgements were rendered when queued; replies get the footer now.
    let text = if m.auto {
        m.body.clone()
    } else {
        vars.insert("text", &m.body);
        cx.templates.render(&format!("mail/reply.{lang}.txt"), &vars)?
    };
    vars.insert("text", &text);
    let html = cx.templates.render(&format!("mail/message.{lang}.html"), &vars)?;
    Ok(Outgoing {
        to: m.recipient.clone().ok_or_else(|| anyhow::anyhow!("outbound message without recipient"))?,
        to_name: t.requester.name.clone(),
        subject,
        text,
        html: Some(html),
        message_id: m
            .message_id
            .clone()
            .ok_or_else(|| anyhow::anyhow!("outbound message without Message-ID"))?,
        in_reply_to: m.in_reply_to.clone(),
        references: m.references.clone(),
        auto_replied: m.auto,
    })
}

/// Renders the acknowledgement text for a new mail ticket.
pub fn ack_text(cx: &Context, t: &Ticket, ask_nik: bool) -> ServiceResult<String> {
    let lang = t.language.unwrap_or(Language::Id).as_str();
    let (portal_url, ticket_url) = links(cx, t);
    let mut vars = tera::Context::new();
    vars.insert("number", &t.number.to_string());
    vars.insert("portal_url", &portal_url);
    vars.insert("ticket_url", &ticket_url);
    vars.insert("ask_nik", &ask_nik);
    if let Some(name) = &t.requester.name {
        vars.insert("name", name);
    }
    cx.templates
        .render(&format!("mail/ack.{lang}.txt"), &vars)
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("rendering acknowledgement: {e:?}")))
}

/// The time an acknowledgement rate window starts.
pub fn ack_window_start(cx: &Context) -> chrono::DateTime<Utc> {
    cx.now() - chrono::Duration::hours(1)
}

/// A short automatic mail sent straight to the mail server, not through the ticket
/// outbox (one-time codes, warnings to staff): nothing of it is stored, and a lost one is
/// logged and asked for again. `what` names it in the log.
pub fn send_notice(
    cx: &Context,
    to: &str,
    to_name: Option<&str>,
    subject: String,
    text: String,
    what: &'static str,
) {
    let mail = Outgoing {
        to: to.to_string(),
        to_name: to_name.map(str::to_string),
        subject,
        text,
        html: None,
        message_id: cx.mailer.new_message_id(),
        in_reply_to: None,
        references: Vec::new(),
        auto_replied: true,
    };
    let mailer = cx.mailer.clone();
    tokio::spawn(async move {
        if let Err(e) = mailer.send(&mail).await {
            tracing::warn!(error = %e, what, "could not send a notice by mail");
        }
    });
}
