//! Inbound mail, exactly once. The raw bytes are stored first (a content-addressed,
//! synced file), then one transaction acts on the message (opens or appends the ticket,
//! queues the acknowledgement) and records it in `inbound_mail` under its dedupe key
//! (Message-ID, or the content hash). That key is unique: a replay, the same mail
//! through a second channel, or a second process loses the insert, rolls back, and
//! reports a duplicate. A crash before the commit leaves the message with its source
//! (mailbox, MTA queue, folder), which delivers it again.

use chrono::Datelike;
use sea_orm::{DatabaseTransaction, TransactionTrait};
use uuid::Uuid;

use super::{mail_out, Context};
use crate::domain::extract::{extract_mail, own_words, own_words_of};
use crate::domain::truncate_chars;
use crate::domain::TicketRef;
use crate::domain::{
    Actor, AuditEntry, Category, Channel, EmailAddress, JobKind, Language, Message, MessageKind, NewTicket,
    Nik, Priority, QueueName, Requester, Text, Ticket, TicketNumber, TicketStatus, BODY_MAX, SUBJECT_MAX,
};
use crate::error::{ServiceError, ServiceResult};
use crate::mail::mime::{self, InboundMail};
use crate::mail::robots::{self, Robot};
use crate::service::job_queue::{new_job, JobError};
use crate::store::inbound::{InboundStatus, NewInbound};
use crate::store::{self, objects};

mod files;
mod open;
mod rejected;
mod reply;
mod sender;
mod thread;

use files::{save_attachments, store_files, Files};
use open::{create, message_from};
pub(crate) use open::{flag_extraction, flag_unknown_regency};
use rejected::{bounce, discard, quarantine};
pub use rejected::{quarantine_unprocessable, retry, send_rejection_notice};
use reply::append;
pub(crate) use reply::later_details;
use sender::{flag_unverified, sender_verified, Sender};
use thread::find_thread;
pub use thread::{base_subject, tag_in};

/// Where a raw message came from.
#[derive(Debug, Clone)]
pub enum Source {
    Imap { mailbox: String },
    Pipe,
    Dir,
}

impl Source {
    fn as_str(&self) -> &'static str {
        match self {
            Source::Imap { .. } => "imap",
            Source::Pipe => "pipe",
            Source::Dir => "dir",
        }
    }
}

/// What happened to one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Created(TicketNumber),
    Appended(TicketNumber),
    /// Seen before; nothing was done again.
    Duplicate,
    /// Kept aside for a person to look at, with the reason.
    Quarantined(String),
    /// Not for a ticket (a robot, a bounce); recorded in the audit log.
    Discarded(String),
}

/// A raw message as received, with the key it is recorded under.
#[derive(Debug, Clone)]
pub struct Incoming {
    id: Uuid,
    key: String,
    message_id: Option<String>,
    sha256: String,
    source: &'static str,
    mailbox: Option<String>,
    raw: Vec<u8>,
    /// Its attachments, once stored ahead of its transaction.
    files: Files,
}

impl Incoming {
    pub fn new(raw: Vec<u8>, source: &Source) -> Self {
        let sha256 = objects::sha256_hex(&raw);
        let message_id = header_message_id(&raw);
        let key = match &message_id {
            Some(id) => format!("mid:{id}"),
            None => format!("sha:{sha256}"),
        };
        let mailbox = match source {
            Source::Imap { mailbox } => Some(mailbox.clone()),
            _ => None,
        };
        Self {
            id: Uuid::now_v7(),
            key,
            message_id,
            sha256,
            source: source.as_str(),
            mailbox,
            raw,
            files: Files::new(),
        }
    }

    pub fn raw(&self) -> &[u8] {
        &self.raw
    }
}

/// Where a processed message's outcome is recorded.
enum Record {
    /// First time: insert the row with the raw bytes (losing the insert means a duplicate).
    New(Incoming),
    /// A quarantined message processed again: update its row.
    Retry { id: Uuid, raw: Vec<u8>, files: Files },
}

impl Record {
    fn id(&self) -> Uuid {
        match self {
            Record::New(s) => s.id,
            Record::Retry { id, .. } => *id,
        }
    }

    fn raw(&self) -> &[u8] {
        match self {
            Record::New(s) => &s.raw,
            Record::Retry { raw, .. } => raw,
        }
    }

    fn files(&self) -> &Files {
        match self {
            Record::New(s) => &s.files,
            Record::Retry { files, .. } => files,
        }
    }

    /// Writes the outcome; an `Err(Conflict)` means someone else recorded it first.
    async fn write<C: sea_orm::ConnectionTrait>(
        &self,
        db: &C,
        status: InboundStatus,
        reason: Option<&str>,
        ticket: Option<(Uuid, Uuid)>,
    ) -> ServiceResult<()> {
        let won = match self {
            Record::New(s) => {
                store::inbound::insert(
                    db,
                    NewInbound {
                        id: s.id,
                        dedupe_key: &s.key,
                        message_id: s.message_id.as_deref(),
                        sha256: &s.sha256,
                        size: s.raw.len() as u64,
                        source: s.source,
                        mailbox: s.mailbox.as_deref(),
                        raw: &s.raw,
                        status,
                        reason,
                        ticket,
                    },
                )
                .await?
            }
            Record::Retry { id, .. } => {
                store::inbound::update_outcome(db, *id, status, reason, ticket).await?
            }
        };
        if won {
            Ok(())
        } else {
            Err(ServiceError::Conflict(ALREADY.into()))
        }
    }
}

const ALREADY: &str = "the message was recorded concurrently";

/// Processes one raw message.
pub async fn ingest(cx: &Context, raw: &[u8], source: Source) -> ServiceResult<Outcome> {
    ingest_one(cx, Incoming::new(raw.to_vec(), &source)).await
}

/// Processes one message in its own transaction.
pub async fn ingest_one(cx: &Context, mut incoming: Incoming) -> ServiceResult<Outcome> {
    if store::inbound::key_exists(cx.store.read(), &incoming.key).await? {
        return Ok(Outcome::Duplicate);
    }
    if incoming.files.is_empty() {
        incoming.files = store_files(cx, &incoming.raw).await?;
    }
    match process(cx, Record::New(incoming)).await {
        Err(ServiceError::Conflict(m)) if m == ALREADY => Ok(Outcome::Duplicate),
        other => other,
    }
}

/// The Message-ID from the header block, without parsing the whole message.
fn header_message_id(raw: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(mime::header_block(raw));
    let mut lines = head.lines().peekable();
    while let Some(line) = lines.next() {
        let Some((name, value)) = line.split_once(':') else { continue };
        if !name.trim().eq_ignore_ascii_case("message-id") {
            continue;
        }
        let mut value = value.trim().to_string();
        while lines.peek().is_some_and(|l| l.starts_with([' ', '\t'])) {
            value.push_str(lines.next().unwrap_or_default().trim());
        }
        let id = value.trim().trim_start_matches('<').trim_end_matches('>').trim();
        let ok =
            !id.is_empty() && id.len() <= 500 && !id.chars().any(|c| c.is_whitespace() || c.is_control());
        return ok.then(|| id.to_string());
    }
    None
}

/// Processes one message in its own transaction.
async fn process(cx: &Context, rec: Record) -> ServiceResult<Outcome> {
    let txn = cx.store.write().begin().await?;
    let outcome = process_in(&txn, cx, &rec).await?;
    if let Record::Retry { .. } = rec {
        if let Outcome::Quarantined(_) = outcome {
            // Still bad after a retry: nothing changed, nothing to commit.
            return Ok(outcome);
        }
    }
    txn.commit().await?;
    after_commit(cx, &outcome);
    Ok(outcome)
}

fn after_commit(cx: &Context, outcome: &Outcome) {
    if let Outcome::Quarantined(reason) = outcome {
        tracing::warn!(%reason, "mail quarantined");
    }
    cx.jobs_wake.notify_waiters();
}

/// Everything one message causes, inside `txn`: the ticket work, the outcome record.
async fn process_in(txn: &DatabaseTransaction, cx: &Context, rec: &Record) -> ServiceResult<Outcome> {
    let raw = rec.raw();
    let limit = cx.config.mail.max_message_bytes;
    if raw.len() > limit {
        let reason = format!("message is {:.1} MB, over the {:.0} MB limit", mb(raw.len()), mb(limit));
        let notify = mime::parse(&raw[..raw.len().min(256 * 1024)])
            .ok()
            .filter(|m| robots::classify(m, cx.mailer.address()).is_none() && m.from.is_some());
        return quarantine(txn, cx, rec, &reason, notify.is_some()).await;
    }
    let mail = match mime::parse(raw) {
        Ok(m) => m,
        Err(e) => return quarantine(txn, cx, rec, &e.to_string(), false).await,
    };
    let most = cx.config.mail.max_attachments;
    if mail.attachments.len() > most {
        let reason =
            format!("message has {} attachments, more than the {most} accepted", mail.attachments.len());
        let notify = mail.from.is_some() && robots::classify(&mail, cx.mailer.address()).is_none();
        return quarantine(txn, cx, rec, &reason, notify).await;
    }
    let Some(from) = mail.from.clone() else {
        return quarantine(txn, cx, rec, "the message has no From address", false).await;
    };
    let Ok(from_addr) = EmailAddress::parse(&from.address) else {
        return quarantine(txn, cx, rec, "the From address is not a valid e-mail address", false).await;
    };
    let robot = robots::classify(&mail, cx.mailer.address());
    if robot == Some(Robot::DeliveryReport) {
        return bounce(txn, rec, &mail).await;
    }
    // A person's mail with nothing readable left is quarantined, not acknowledged
    // (robots are discarded below whatever they hold).
    let body = body_start(raw).map_or(&raw[..0], |at| &raw[at..raw.len().min(at + 64 * 1024)]);
    // An unparsed multipart body comes back as a "multipart/…" attachment: not a file.
    let files = mail.attachments.iter().filter(|a| !a.content_type.starts_with("multipart/")).count();
    let unreadable =
        crate::domain::readable::unreadable(&mail.text, &mail.subject, &String::from_utf8_lossy(body), files);
    if let (None, Some(why)) = (robot, unreadable) {
        return quarantine(txn, cx, rec, why, false).await;
    }
    let thread = find_thread(txn, cx, &mail, &from_addr).await?;
    let verified = sender_verified(cx, &mail, &from_addr);
    Ok(match (thread, robot) {
        (Some(ticket), None | Some(Robot::AutoReply)) if ticket.status != TicketStatus::Closed => {
            let sender = Sender { address: &from_addr, verified };
            append(txn, cx, rec, ticket, &mail, sender, robot.is_some()).await?
        }
        (_, Some(kind)) => {
            let reason = format!("from a robot ({})", kind.as_str());
            discard(txn, rec, &reason).await?;
            Outcome::Discarded(reason)
        }
        (_, None) => create(txn, cx, rec, &mail, &from_addr, verified).await?,
    })
}

/// Stores and processes messages in arrival order, committing them together: under
/// load one commit serves many messages. If the batch fails as a whole (say another
/// process recorded one of them meanwhile), each message is processed on its own.
pub async fn ingest_many(cx: &Context, mut items: Vec<Incoming>) -> Vec<ServiceResult<Outcome>> {
    let keys: Vec<String> = items.iter().map(|s| s.key.clone()).collect();
    let known = match store::inbound::existing_keys(cx.store.read(), &keys).await {
        Ok(k) => k,
        Err(e) => return items.iter().map(|_| Err(ServiceError::Unavailable(format!("{e}")))).collect(),
    };
    let mut seen = std::collections::HashSet::new();
    // Duplicates (known, or repeated within the batch) are answered without a write.
    let fresh: Vec<bool> = keys.iter().map(|k| !known.contains(k) && seen.insert(k.clone())).collect();
    let mut stored = Ok(());
    for (incoming, fresh) in items.iter_mut().zip(&fresh) {
        if *fresh && stored.is_ok() {
            stored = store_files(cx, &incoming.raw).await.map(|f| incoming.files = f);
        }
    }
    let batch = async {
        // The store is away: each message on its own, so those without files still go.
        stored?;
        let txn = cx.store.write().begin().await?;
        let mut outcomes = Vec::with_capacity(items.len());
        for (incoming, fresh) in items.iter().zip(&fresh) {
            outcomes.push(if *fresh {
                process_in(&txn, cx, &Record::New(incoming.clone())).await?
            } else {
                Outcome::Duplicate
            });
        }
        txn.commit().await?;
        Ok::<_, ServiceError>(outcomes)
    };
    match batch.await {
        Ok(outcomes) => {
            for o in &outcomes {
                after_commit(cx, o);
            }
            outcomes.into_iter().map(Ok).collect()
        }
        Err(_) => {
            let mut out = Vec::with_capacity(items.len());
            for incoming in items {
                out.push(ingest_one(cx, incoming).await);
            }
            out
        }
    }
}

/// The subject a ticket gets from a mail that had none.
const NO_SUBJECT: &str = "(tanpa subjek)";

/// Where the body of a raw message starts (after the blank line that ends the headers).
fn body_start(raw: &[u8]) -> Option<usize> {
    let crlf = raw.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4);
    let lf = raw.windows(2).position(|w| w == b"\n\n").map(|i| i + 2);
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

#[cfg(test)]
mod tests;
