//! A recorded WhatsApp message becomes part of a ticket: the conversation's ticket
//! while it is open or resolved within the thread window (reopened like mail), else a
//! new one with channel `whatsapp`, read by the same extraction, linking and diagnosis
//! as mail. The WhatsApp number is never taken as the citizen's record: a person is
//! linked only by the NIK the text gives.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::{DatabaseTransaction, TransactionTrait};
use uuid::Uuid;

use super::{send, Context};
use crate::domain::extract::extract_mail;
use crate::domain::whatsapp::{Content, Inbound, OutboundStatus};
use crate::domain::{
    truncate_chars, Actor, AuditEntry, Category, Channel, JobKind, Language, Message, MessageKind, NewTicket,
    Priority, QueueName, Requester, Text, Ticket, TicketStatus, BODY_MAX, SUBJECT_MAX,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::ingest::{flag_extraction, flag_unknown_regency, later_details};
use crate::service::job_queue::{new_job, JobError};
use crate::service::portal::requests::{store_chat_evidence, Stored, Upload};
use crate::store::whatsapp::{self as wstore, Conversation, InboundRow};
use crate::store::{self, attachments::AttachmentRow};

/// A media file fetched for a message, or why it could not be.
pub(super) enum Media {
    None,
    Stored(AttachmentRow),
    /// A file sent while the menu asked for phone-change evidence: checked as a portal
    /// upload is and written to the evidence store (never a ticket attachment).
    Evidence(Stored),
    Unavailable(String),
}

/// The `whatsapp_inbound` job. On its last attempt a message that still cannot be
/// acted on is recorded `failed` (visible, retryable), never left waiting for good.
pub async fn receive(cx: &Context, inbound: Uuid, last_attempt: bool) -> Result<(), JobError> {
    let db = cx.store.write();
    let row =
        wstore::inbound(db, inbound).await?.ok_or_else(|| JobError::Permanent("no such message".into()))?;
    if row.status != wstore::QUEUED {
        return Ok(());
    }
    sweep_lapsed_menus(cx, &[row.conversation]).await?;
    // The network first, outside any transaction.
    // Boxed, as `act` is: the job future stays small on the worker's stack.
    let media = match Box::pin(fetch_media(cx, &row)).await {
        Err(JobError::Temporary(why)) if last_attempt => Media::Unavailable(why),
        other => other?,
    };
    match Box::pin(act(cx, &row, media)).await {
        Ok(()) => Ok(()),
        Err(e @ (ServiceError::Unavailable(_) | ServiceError::Internal(_))) if !last_attempt => Err(e.into()),
        // Recorded and visible, never blocking the user's next message.
        Err(e) => {
            tracing::warn!(error = %e, inbound = %row.id, "a WhatsApp message could not become a ticket");
            wstore::finish(db, row.id, Err(&e.to_string()), cx.now()).await?;
            Ok(())
        }
    }
}

/// Lapsed menus (the facts typed into them) do not linger: swept at every message, in a
/// statement of its own before the intake transaction (inside it, it would lock other
/// users' conversations out of the order a batch takes them in), sparing the ones in
/// hand, whose next answer says the session ended.
pub(super) async fn sweep_lapsed_menus(cx: &Context, in_hand: &[Uuid]) -> Result<(), JobError> {
    wstore::clear_lapsed_menus(cx.store.write(), cx.now(), in_hand).await?;
    Ok(())
}

async fn fetch_media(cx: &Context, row: &InboundRow) -> Result<Media, JobError> {
    let Content::Media { kind, media_id, mime_type, filename, .. } = &row.message.content else {
        return Ok(Media::None);
    };
    let Some(graph) = &cx.whatsapp else {
        return Err(JobError::Temporary("WhatsApp is not configured".into()));
    };
    let file = match graph.media(media_id).await {
        Ok(f) => f,
        Err(e) if e.is_temporary() => return Err(JobError::Temporary(e.to_string())),
        Err(e) => return Ok(Media::Unavailable(e.to_string())),
    };
    // Read before the conversation is locked (no lock waits on the object store): a file
    // that races a step change is refused by the step that sees it, and evidence no
    // request claims is removed by the janitor.
    use super::menu::FileUse;
    let conv = wstore::conversation(cx.store.write(), row.conversation).await?;
    match conv.map_or(FileUse::Attachment, |c| super::menu::file_use(cx, &c, cx.now())) {
        FileUse::Attachment => {}
        FileUse::Refused => return Ok(Media::Unavailable("no file was asked for at this step".into())),
        FileUse::Evidence => {
            let upload = Upload { kind: crate::domain::correction::EvidenceKind::Other, bytes: file.bytes };
            return match Box::pin(store_chat_evidence(cx, upload)).await {
                Ok(stored) => Ok(Media::Evidence(stored)),
                Err(ServiceError::Invalid { reason, .. }) => Ok(Media::Unavailable(reason)),
                Err(e) => Err(JobError::Temporary(format!("storing WhatsApp evidence: {e}"))),
            };
        }
    }
    let size = file.bytes.len() as u64;
    let stored = cx
        .objects
        .put("attachments", "", file.bytes.into())
        .await
        .map_err(|e| JobError::Temporary(format!("storing WhatsApp media: {e}")))?;
    let content_type =
        file.mime_type.or_else(|| mime_type.clone()).unwrap_or_else(|| "application/octet-stream".into());
    Ok(Media::Stored(AttachmentRow {
        id: Uuid::now_v7(),
        message: crate::domain::MessageId(Uuid::nil()),
        filename: filename.clone().unwrap_or_else(|| format!("whatsapp-{}", kind.as_str())),
        content_type: content_type.chars().take(100).collect(),
        size,
        sha256: stored.sha256,
        storage_path: stored.key,
    }))
}

async fn act(cx: &Context, row: &InboundRow, media: Media) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    act_in(cx, &txn, row, media).await?;
    txn.commit().await?;
    cx.jobs_wake.lane(crate::domain::Lane::Interactive);
    Ok(())
}

/// Acts on one message inside `txn` (its own, or a batch's: see `batch`).
pub(super) async fn act_in(
    cx: &Context,
    txn: &DatabaseTransaction,
    row: &InboundRow,
    media: Media,
) -> ServiceResult<()> {
    let now = cx.now();
    // One user's messages one at a time: the second waits for the first's ticket.
    let conv = wstore::lock(txn, row.conversation, now)
        .await?
        .ok_or(ServiceError::NotFound { what: "conversation" })?;
    if wstore::inbound(txn, row.id).await?.is_none_or(|r| r.status != wstore::QUEUED) {
        return Ok(());
    }
    let m = &row.message;
    // The self-service menu first: what it takes (facts, codes) never joins a ticket.
    // Boxed: the menu's steps nest deep futures (the portal's checks, the SMS outbox).
    if let Some(answer) = Box::pin(super::menu::handle(cx, txn, &conv, m, &media)).await? {
        wstore::touched_by_menu(txn, &conv, m.sent_at.min(now)).await?;
        let redacted = Inbound { content: Content::Text { body: "[menu]".into() }, ..m.clone() };
        wstore::finish_menu(txn, row.id, &redacted, now).await?;
        send::queue_text(txn, cx, conv.id, None, None, "menu", format!("menu:{}", row.id), answer).await?;
        return release_held(cx, txn, &conv).await;
    }
    let (ticket, message) = match current_ticket(cx, txn, &conv).await? {
        Some(t) => append(cx, txn, t, m, &media).await?,
        None => open(cx, txn, &conv, m, &media).await?,
    };
    wstore::touched(txn, &conv, ticket.id, m.profile_name.as_deref(), m.sent_at.min(now)).await?;
    wstore::finish(txn, row.id, Ok((ticket.id.0, message.0)), now).await?;
    release_held(cx, txn, &conv).await
}

/// The citizen wrote: the window is open again for replies that waited for it.
async fn release_held(cx: &Context, txn: &DatabaseTransaction, conv: &Conversation) -> ServiceResult<()> {
    let now = cx.now();
    for held in wstore::awaiting_window(txn, conv.id).await? {
        if wstore::transition(txn, held.id, OutboundStatus::AwaitingWindow, OutboundStatus::Queued, None, now)
            .await?
        {
            let job = JobKind::SendWhatsApp { outbound: held.id, round: held.attempts + 1 };
            store::jobs::enqueue(txn, new_job(&job, cx.config.jobs.max_attempts)).await?;
        }
    }
    Ok(())
}

/// The ticket a new message joins: the conversation's last one unless merged away,
/// closed, or resolved and quiet for longer than the thread window.
async fn current_ticket(
    cx: &Context,
    txn: &DatabaseTransaction,
    conv: &Conversation,
) -> ServiceResult<Option<Ticket>> {
    let Some(id) = conv.ticket else { return Ok(None) };
    let Some(t) = store::tickets::find(txn, crate::domain::TicketRef::Id(id)).await? else { return Ok(None) };
    // Merged into another ticket (maybe someone else's story): a new one, never theirs.
    if t.merged_into.is_some() {
        return Ok(None);
    }
    let window = chrono::Duration::from_std(cx.config.whatsapp.thread_window).unwrap_or_default();
    let quiet = conv.last_inbound_at.is_none_or(|l| cx.now() - l > window);
    // An active ticket always takes the message; a resolved one only within the window.
    let usable = t.status != TicketStatus::Closed && (t.status.is_active() || !quiet);
    Ok(usable.then_some(t))
}

fn thread_message(ticket: &Ticket, m: &Inbound, media: &Media, now: DateTime<Utc>) -> Message {
    let mut body = m.content.as_text();
    match media {
        Media::Unavailable(why) => body.push_str(&format!("\n(the file could not be fetched: {why})")),
        // Sent for a phone change the citizen then left: evidence is not a ticket's file.
        Media::Evidence(_) => {
            body.push_str("\n(a file sent as phone-change evidence after that request ended)")
        }
        Media::None | Media::Stored(_) => {}
    }
    let mut msg =
        Message::new(ticket.id, MessageKind::Inbound, truncate_chars(body, BODY_MAX), m.sent_at.min(now));
    msg.author_name = m.profile_name.clone();
    msg
}

async fn attach(txn: &DatabaseTransaction, msg: &Message, media: &Media) -> ServiceResult<()> {
    if let Media::Stored(a) = media {
        let mut a = a.clone();
        a.message = msg.id;
        store::attachments::insert(txn, &[a]).await?;
    }
    Ok(())
}

async fn append(
    cx: &Context,
    txn: &DatabaseTransaction,
    mut ticket: Ticket,
    m: &Inbound,
    media: &Media,
) -> ServiceResult<(Ticket, crate::domain::MessageId)> {
    let msg = thread_message(&ticket, m, media, cx.now());
    store::tickets::insert_message(txn, &msg).await?;
    attach(txn, &msg, media).await?;
    let before = ticket.status;
    ticket.status = ticket.status.on_inbound_message()?;
    if ticket.status == TicketStatus::Open {
        ticket.resolved_at = None;
    }
    later_details(txn, &mut ticket, m.content.words(), "").await?;
    ticket.updated_at = cx.now();
    crate::service::tickets::save(cx, txn, &mut ticket).await?;
    let d = crate::service::diagnose::run(txn, &ticket, cx.now()).await?;
    let ticket = crate::service::routing::after_diagnosis(cx, txn, ticket, d.cause()).await?;
    store::audit::append(
        txn,
        AuditEntry::new(&Actor::System, "ticket.inbound", "ticket", ticket.id)
            .change(
                serde_json::json!({"status": before.as_str()}),
                serde_json::json!({"status": ticket.status.as_str()}),
            )
            .with_evidence(serde_json::json!({"channel": "whatsapp", "wamid": m.wamid})),
    )
    .await?;
    Ok((ticket, msg.id))
}

async fn open(
    cx: &Context,
    txn: &DatabaseTransaction,
    conv: &Conversation,
    m: &Inbound,
    media: &Media,
) -> ServiceResult<(Ticket, crate::domain::MessageId)> {
    let words = m.content.words();
    let found = extract_mail(words, "");
    let claims = crate::domain::claims::read(words, "");
    let name = m.profile_name.as_deref();
    let choice = crate::service::subject::choose(txn, &found.niks, &claims, None, name).await?;
    let nik = choice.nik.clone();
    let first_line = words.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let subject = match first_line {
        "" => format!("WhatsApp: {}", m.content.as_text().lines().next().unwrap_or("")),
        line => format!("WhatsApp: {line}"),
    };
    let new = NewTicket {
        subject: Text::parse(&subject.chars().take(SUBJECT_MAX).collect::<String>(), SUBJECT_MAX)
            .map_err(|e| ServiceError::invalid("subject", e))?,
        body: Text::parse("-", 1).map_err(|e| ServiceError::invalid("body", e))?,
        channel: Channel::Whatsapp,
        category: Category::Other,
        priority: Priority::Normal,
        queue: QueueName::general(),
        requester: Requester {
            name: m.profile_name.clone().or(found.name.clone()),
            email: None,
            phone: claims.contact_phone(&found.phones),
        },
        nik: nik.clone(),
        tags: crate::service::subject::tags(&claims, &found.niks, &choice),
    };
    let number = cx.store.next_ticket_number_in(txn, cx.now().year() as u16).await?;
    let (mut ticket, _) = Ticket::open(number, new, cx.now());
    ticket.language = Some(Language::detect(words));
    if let Some(nik) = &nik {
        ticket.person = store::people::id_by_nik(txn, nik).await?;
    }
    crate::service::tickets::intake(cx, &mut ticket).await?;
    let first = thread_message(&ticket, m, media, cx.now());
    store::tickets::insert_new(txn, &[&ticket], &[&first]).await?;
    attach(txn, &first, media).await?;
    flag_extraction(txn, &ticket, &found.invalid_niks, &found.niks).await?;
    flag_unknown_regency(txn, &ticket).await?;
    if matches!(m.content, Content::Unsupported { .. }) {
        let why = "the first WhatsApp message is of a type certdesk cannot read; ask the citizen to write";
        store::tickets::add_flag(txn, ticket.id, "whatsapp_unsupported", why).await?;
    }
    store::audit::append(
        txn,
        AuditEntry::new(&Actor::System, "ticket.create", "ticket", ticket.id).after(serde_json::json!({
            "channel": "whatsapp", "conversation": conv.id.to_string(), "status": "new",
        })),
    )
    .await?;
    let d = crate::service::diagnose::run(txn, &ticket, cx.now()).await?;
    // No auto-resolution: its "same phone" check would trust a number typed in the chat,
    // and its reply is written for mail.
    let ticket = crate::service::routing::after_diagnosis(cx, txn, ticket, d.cause()).await?;
    if cx.config.whatsapp.acknowledge {
        // Asks for a NIK only when the chat gave none, as mail does: whether one given
        // was linked must not show in the answer.
        let text = ack_text(cx, &ticket, found.niks.is_empty())?;
        send::queue_text(txn, cx, conv.id, Some(ticket.id), None, "ack", format!("ack:{}", ticket.id), text)
            .await?;
    }
    Ok((ticket, first.id))
}

fn ack_text(cx: &Context, t: &Ticket, ask_nik: bool) -> ServiceResult<String> {
    let lang = t.language.unwrap_or(Language::Id).as_str();
    let mut vars = tera::Context::new();
    vars.insert("number", &t.number.to_string());
    vars.insert("ask_nik", &ask_nik);
    vars.insert("name", &t.requester.name.clone().unwrap_or_default());
    cx.templates
        .render(&format!("whatsapp/ack.{lang}.txt"), &vars)
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("rendering WhatsApp acknowledgement: {e:?}")))
}
