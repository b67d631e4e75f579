//! Inbound mail, exactly once. The raw bytes are stored first (a content-addressed,
//! synced file), then one transaction acts on the message (opens or appends the ticket,
//! queues the acknowledgement) and records it in `inbound_mail` under its dedupe key
//! (Message-ID, or the content hash). That key is unique: a replay, the same mail
//! through a second channel, or a second process loses the insert, rolls back, and
//! reports a duplicate. A crash before the commit leaves the message with its source
//! (mailbox, MTA queue, folder), which delivers it again.

use std::path::PathBuf;

use chrono::{Datelike, Utc};
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
use crate::service::queue::{new_job, JobError};
use crate::store::inbound::{InboundStatus, NewInbound};
use crate::store::{self, attachments::AttachmentRow, files};

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
}

impl Incoming {
    pub fn new(raw: Vec<u8>, source: &Source) -> Self {
        let sha256 = files::sha256_hex(&raw);
        let message_id = header_message_id(&raw);
        let key = match &message_id {
            Some(id) => format!("mid:{id}"),
            None => format!("sha:{sha256}"),
        };
        let mailbox = match source {
            Source::Imap { mailbox } => Some(mailbox.clone()),
            _ => None,
        };
        Self { id: Uuid::now_v7(), key, message_id, sha256, source: source.as_str(), mailbox, raw }
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
    Retry { id: Uuid, raw: Vec<u8> },
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
pub async fn ingest_one(cx: &Context, incoming: Incoming) -> ServiceResult<Outcome> {
    if store::inbound::key_exists(cx.store.read(), &incoming.key).await? {
        return Ok(Outcome::Duplicate);
    }
    match process(cx, Record::New(incoming)).await {
        Err(ServiceError::Conflict(m)) if m == ALREADY => Ok(Outcome::Duplicate),
        other => other,
    }
}

fn data_dir(cx: &Context) -> PathBuf {
    cx.config.storage.data_dir.clone()
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

/// A mail's From address, and whether the receiving server vouched for it.
struct Sender<'a> {
    address: &'a EmailAddress,
    verified: bool,
}

/// Whether the From address is the sender's: always, unless `mail.authserv_id` names
/// the receiving server whose SPF/DKIM/DMARC verdicts are read.
fn sender_verified(cx: &Context, mail: &InboundMail, from: &EmailAddress) -> bool {
    use crate::domain::sender_auth::{judge, SenderAuth};
    let id = cx.config.mail.authserv_id.trim();
    let domain = from.as_str().rsplit('@').next().unwrap_or_default();
    id.is_empty() || judge(&mail.authentication_results, id, domain) == SenderAuth::Authenticated
}

/// A mail whose From the receiving server did not authenticate.
async fn flag_unverified(
    txn: &DatabaseTransaction,
    ticket: &Ticket,
    from: &EmailAddress,
) -> ServiceResult<()> {
    let detail = format!(
        "The mail server did not authenticate the sender {} (SPF/DKIM/DMARC): it may be forged; \
         it changed none of the ticket's contact data",
        from.as_str()
    );
    store::tickets::add_flag(txn, ticket.id, "sender_unverified", &detail).await
}

/// Stores and processes messages in arrival order, committing them together: under
/// load one commit serves many messages. If the batch fails as a whole (say another
/// process recorded one of them meanwhile), each message is processed on its own.
pub async fn ingest_many(cx: &Context, items: Vec<Incoming>) -> Vec<ServiceResult<Outcome>> {
    let keys: Vec<String> = items.iter().map(|s| s.key.clone()).collect();
    let known = match store::inbound::existing_keys(cx.store.read(), &keys).await {
        Ok(k) => k,
        Err(e) => return items.iter().map(|_| Err(ServiceError::Unavailable(format!("{e}")))).collect(),
    };
    let mut seen = std::collections::HashSet::new();
    // Duplicates (known, or repeated within the batch) are answered without a write.
    let fresh: Vec<bool> = keys.iter().map(|k| !known.contains(k) && seen.insert(k.clone())).collect();
    let batch = async {
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

/// The ticket a message belongs to: by the tag in its subject, by its thread headers,
/// or (a reply that lost both) by the sender's recent ticket with the same subject.
async fn find_thread(
    txn: &DatabaseTransaction,
    cx: &Context,
    mail: &InboundMail,
    from: &EmailAddress,
) -> ServiceResult<Option<Ticket>> {
    if let Some(number) = tag_in(&mail.subject) {
        if let Some(t) = store::tickets::find_for_update(txn, TicketRef::Number(number)).await? {
            return Ok(Some(follow_merge(txn, t).await?));
        }
    }
    let mut ids = mail.in_reply_to.clone();
    ids.extend(mail.references.iter().rev().cloned());
    if let Some(id) = store::tickets::find_by_message_ids(txn, &ids).await? {
        if let Some(t) = store::tickets::find_for_update(txn, TicketRef::Id(id)).await? {
            return Ok(Some(follow_merge(txn, t).await?));
        }
    }
    let base = base_subject(&mail.subject);
    if base.len() < mail.subject.trim().len() {
        // "Re:" to a complaint that had no subject: it was stored under the placeholder.
        let base = if base.is_empty() { NO_SUBJECT.to_string() } else { base };
        let since = Utc::now() - chrono::Duration::days(i64::from(cx.config.mail.thread_window_days));
        if let Some(id) = store::tickets::find_by_subject_from(txn, from.as_str(), &base, since).await? {
            if let Some(t) = store::tickets::find_for_update(txn, TicketRef::Id(id)).await? {
                return Ok(Some(follow_merge(txn, t).await?));
            }
        }
    }
    Ok(None)
}

/// A merged ticket's mail goes to the survivor.
async fn follow_merge(txn: &DatabaseTransaction, mut t: Ticket) -> ServiceResult<Ticket> {
    for _ in 0..5 {
        let Some(next) = t.merged_into else { break };
        match store::tickets::find_for_update(txn, TicketRef::Id(next)).await? {
            Some(n) => t = n,
            None => break,
        }
    }
    Ok(t)
}

/// `[SRT-2021-000123]` anywhere in a subject.
pub fn tag_in(subject: &str) -> Option<TicketNumber> {
    let upper = subject.to_ascii_uppercase();
    upper.match_indices("[SRT-").find_map(|(i, _)| {
        let end = upper[i..].find(']')? + i;
        TicketNumber::parse(&upper[i..=end]).ok()
    })
}

/// The subject without reply and forward prefixes.
pub fn base_subject(s: &str) -> String {
    let mut s = s.trim();
    loop {
        let lower = s.to_lowercase();
        match ["re:", "fw:", "fwd:", "aw:", "bls:", "balas:", "tr:"].iter().find(|p| lower.starts_with(**p)) {
            Some(p) => s = s[p.len()..].trim_start(),
            None => return s.to_string(),
        }
    }
}

fn message_from(ticket: &Ticket, mail: &InboundMail, from: &EmailAddress, auto: bool) -> Message {
    let body = if mail.text.trim().is_empty() {
        "(pesan kosong / empty message)".to_string()
    } else {
        mail.text.clone()
    };
    let mut m = Message::new(ticket.id, MessageKind::Inbound, truncate_chars(body, BODY_MAX), Utc::now());
    m.author_name = mail.from.as_ref().and_then(|f| f.name.clone());
    m.author_email = Some(from.as_str().to_string());
    m.message_id = mail.message_id.clone();
    m.in_reply_to = mail.in_reply_to.first().cloned();
    m.references = mail.references.clone();
    m.auto = auto;
    m
}

async fn create(
    txn: &DatabaseTransaction,
    cx: &Context,
    rec: &Record,
    mail: &InboundMail,
    from: &EmailAddress,
    verified: bool,
) -> ServiceResult<Outcome> {
    let found = extract_mail(&mail.text, &mail.subject);
    let subject = if mail.subject.trim().is_empty() { NO_SUBJECT } else { mail.subject.as_str() };
    let claims = crate::domain::claims::read(&mail.text, &mail.subject);
    let from_name = mail.from.as_ref().and_then(|f| f.name.as_deref());
    let nik = super::subject::choose(txn, &found.niks, &claims, Some(from), from_name).await?;
    let new = NewTicket {
        subject: Text::parse(subject, SUBJECT_MAX)
            .or_else(|_| Text::parse(&subject.chars().take(SUBJECT_MAX).collect::<String>(), SUBJECT_MAX))
            .map_err(|e| ServiceError::invalid("subject", e))?,
        body: Text::parse("-", 1).map_err(|e| ServiceError::invalid("body", e))?,
        channel: Channel::Email,
        category: Category::Other,
        priority: Priority::Normal,
        queue: QueueName::general(),
        requester: Requester {
            name: mail.from.as_ref().and_then(|f| f.name.clone()).or(found.name.clone()),
            email: Some(from.clone()),
            // The number to reach the writer at: not one they call old or lost.
            phone: claims
                .phones
                .iter()
                .find(|(_, role)| *role != crate::domain::claims::PhoneRole::Old)
                .map(|(p, _)| p.clone())
                .or_else(|| found.phones.first().cloned()),
        },
        nik: nik.clone(),
        // Written for a relative: the sender's own address and number are not the
        // record's (no link by contact, and the agent sees it at once).
        tags: claims
            .on_behalf
            .as_ref()
            .and_then(|_| crate::domain::Tag::parse("on_behalf").ok())
            .into_iter()
            .collect(),
    };
    let number = cx.store.next_ticket_number_in(txn, cx.now().year() as u16).await?;
    let (mut ticket, _) = Ticket::open(number, new, cx.now());
    // The subject counts too: a short English mail often says most in it.
    let words = format!("{}\n{}", base_subject(&mail.subject), own_words_of(&mail.text, &mail.subject));
    let declared = mail.content_language.as_deref().and_then(|l| match l.get(..2) {
        Some("en") => Some(Language::En),
        Some("id") | Some("in") => Some(Language::Id),
        _ => None,
    });
    ticket.language = Some(Language::detect_with_hint(&words, declared));
    if let Some(nik) = &nik {
        ticket.person = store::people::id_by_nik(txn, nik).await?;
    }
    super::tickets::intake(cx, &mut ticket).await?;
    let mut first = message_from(&ticket, mail, from, false);
    first.source_mail = Some(rec.id());
    let ack = acknowledgement(txn, cx, &ticket, &first, from, ticket.nik.is_none()).await?;
    let messages: Vec<&Message> = std::iter::once(&first).chain(&ack).collect();
    store::tickets::insert_new(txn, &[&ticket], &messages).await?;
    if let Some(ack) = &ack {
        store::jobs::enqueue(txn, mail_out::send_job(cx, ack)).await?;
    }
    save_attachments(txn, cx, first.id, mail).await?;
    flag_extraction(txn, &ticket, &found.invalid_niks, &found.niks).await?;
    flag_unknown_regency(txn, &ticket).await?;
    store::audit::append(
        txn,
        AuditEntry::new(&Actor::System, "ticket.create", "ticket", ticket.id).after(serde_json::json!({
            "channel": "email", "inbound_mail": rec.id().to_string(), "status": "new",
        })),
    )
    .await?;
    // A forged From must not join (or be merged into) the citizen's own story.
    let ticket = if verified {
        super::story::join_open(cx, txn, ticket).await?
    } else {
        flag_unverified(txn, &ticket, from).await?;
        ticket
    };
    // Linked: why the certificate did not arrive, before an agent reads a word.
    let d = super::diagnose::run(txn, &ticket).await?;
    let ticket = super::routing::after_diagnosis(cx, txn, ticket, d.cause()).await?;
    let ticket = super::diagnose::auto_resolve(cx, txn, ticket, &d).await?;
    rec.write(txn, InboundStatus::Processed, None, Some((ticket.id.0, first.id.0))).await?;
    Ok(Outcome::Created(ticket.number))
}

async fn append(
    txn: &DatabaseTransaction,
    cx: &Context,
    rec: &Record,
    mut ticket: Ticket,
    mail: &InboundMail,
    sender: Sender<'_>,
    auto: bool,
) -> ServiceResult<Outcome> {
    let (from, verified) = (sender.address, sender.verified);
    let mut message = message_from(&ticket, mail, from, auto);
    message.source_mail = Some(rec.id());
    // Knowing a ticket number (or a Message-ID) proves nothing: mail from anyone but
    // the requester or a participant (whose address the mail server authenticated)
    // joins visibly apart and changes no contact data.
    let address_matches =
        ticket.requester.email.as_ref().is_some_and(|e| e.as_str().eq_ignore_ascii_case(from.as_str()))
            || store::tickets::is_participant(txn, ticket.id, from.as_str()).await?;
    let own = verified && address_matches;
    message.other_sender = !own;
    store::tickets::insert_message(txn, &message).await?;
    save_attachments(txn, cx, message.id, mail).await?;
    let before = ticket.status;
    if address_matches && !verified && !auto {
        flag_unverified(txn, &ticket, from).await?;
    } else if !own && !auto {
        store::tickets::add_flag(
            txn,
            ticket.id,
            "other_sender",
            &format!(
                "Mail from another sender ({}) joined this ticket; it changed none of its contact data",
                from.as_str()
            ),
        )
        .await?;
    }
    if !auto {
        ticket.status = ticket.status.on_inbound_message()?;
        if ticket.status == TicketStatus::Open {
            ticket.resolved_at = None;
        }
        if own {
            later_details(txn, &mut ticket, &mail.text, &mail.subject).await?;
        }
    }
    ticket.updated_at = cx.now();
    super::tickets::save(cx, txn, &mut ticket).await?;
    if !auto {
        // The citizen wrote again (maybe with the NIK asked for): diagnose afresh.
        let d = super::diagnose::run(txn, &ticket).await?;
        ticket = super::routing::after_diagnosis(cx, txn, ticket, d.cause()).await?;
    }
    store::audit::append(
        txn,
        AuditEntry::new(
            &Actor::System,
            if auto { "ticket.auto_reply" } else { "ticket.inbound" },
            "ticket",
            ticket.id,
        )
        .change(
            serde_json::json!({"status": before.as_str()}),
            serde_json::json!({"status": ticket.status.as_str()}),
        )
        .with_evidence(serde_json::json!({"inbound_mail": rec.id().to_string()})),
    )
    .await?;
    rec.write(txn, InboundStatus::Processed, None, Some((ticket.id.0, message.id.0))).await?;
    Ok(Outcome::Appended(ticket.number))
}

/// What the requester's later mail adds: the answer to "please send your NIK" links
/// the ticket, a first phone number becomes its contact; a NIK or number different
/// from the ticket's is only suggested (a flag the agent confirms), never applied.
async fn later_details(
    txn: &DatabaseTransaction,
    ticket: &mut Ticket,
    text: &str,
    subject: &str,
) -> ServiceResult<()> {
    let found = extract_mail(text, subject);
    let claims = crate::domain::claims::read(text, subject);
    let chosen = super::subject::choose(
        txn,
        &found.niks,
        &claims,
        ticket.requester.email.as_ref(),
        ticket.requester.name.as_deref(),
    )
    .await?;
    match (&ticket.nik, chosen) {
        (None, Some(nik)) => {
            ticket.person = store::people::id_by_nik(txn, &nik).await?;
            ticket.nik = Some(nik);
            flag_unknown_regency(txn, ticket).await?;
        }
        (Some(have), Some(nik)) if *have != nik => {
            let why = format!(
                "a later mail gives NIK {}; the ticket has {} (confirm before changing it)",
                nik.masked(),
                have.masked()
            );
            store::tickets::add_flag(txn, ticket.id, "nik_suggested", &why).await?;
        }
        _ => {}
    }
    flag_extraction(txn, ticket, &found.invalid_niks, &found.niks).await?;
    match (&ticket.requester.phone, found.phones.first()) {
        (None, Some(phone)) => ticket.requester.phone = Some(phone.clone()),
        (Some(have), Some(phone)) if have != phone => {
            let why = format!(
                "a later mail gives the number {}; the ticket has {} (confirm before changing it)",
                phone.masked(),
                have.masked()
            );
            store::tickets::add_flag(txn, ticket.id, "phone_suggested", &why).await?;
        }
        _ => {}
    }
    Ok(())
}

/// A NIK that parses but carries a regency code Kemendagri never issued is likely
/// mistyped: the agent is told, the NIK is kept.
async fn flag_unknown_regency(txn: &DatabaseTransaction, ticket: &Ticket) -> ServiceResult<()> {
    if let Some(nik) = ticket.nik.as_ref().filter(|n| n.regency_name().is_none()) {
        let why = format!(
            "NIK {} has regency code {} that Kemendagri never issued: check it",
            nik.masked(),
            nik.regency_code()
        );
        store::tickets::add_flag(txn, ticket.id, "nik_regency_unknown", &why).await?;
    }
    Ok(())
}

async fn flag_extraction(
    txn: &DatabaseTransaction,
    ticket: &Ticket,
    invalid: &[crate::domain::NikError],
    valid: &[Nik],
) -> ServiceResult<()> {
    for e in invalid {
        store::tickets::add_flag(
            txn,
            ticket.id,
            "invalid_nik",
            &format!("NIK in the mail is not valid: {e}"),
        )
        .await?;
    }
    if valid.len() > 1 {
        // The others stay in sight as related records (masked: the agent opens them).
        let others: Vec<String> =
            valid.iter().filter(|n| ticket.nik.as_ref() != Some(*n)).map(Nik::masked).collect();
        let detail = match &ticket.nik {
            Some(n) => format!(
                "the mail names {} NIKs; linked {}, also named: {}",
                valid.len(),
                n.masked(),
                others.join(", ")
            ),
            None => format!(
                "the mail names {} NIKs and does not say which it is about: {}",
                valid.len(),
                others.join(", ")
            ),
        };
        store::tickets::add_flag(txn, ticket.id, "several_niks", &detail).await?;
    }
    Ok(())
}

async fn save_attachments(
    txn: &DatabaseTransaction,
    cx: &Context,
    message: crate::domain::MessageId,
    mail: &InboundMail,
) -> ServiceResult<()> {
    let mut rows = Vec::new();
    for a in &mail.attachments {
        let dir = data_dir(cx);
        let (sha, rel) = files::put(&dir, "attachments", "", &a.bytes)
            .map_err(|e| ServiceError::Unavailable(format!("storing attachment: {e:#}")))?;
        rows.push(AttachmentRow {
            id: Uuid::now_v7(),
            message,
            filename: a.filename.clone(),
            content_type: a.content_type.clone(),
            size: a.bytes.len() as u64,
            sha256: sha,
            storage_path: rel,
        });
    }
    store::attachments::insert(txn, &rows).await
}

/// The acknowledgement to send, unless disabled or the sender already got enough.
async fn acknowledgement(
    txn: &DatabaseTransaction,
    cx: &Context,
    ticket: &Ticket,
    first: &Message,
    to: &EmailAddress,
    ask_nik: bool,
) -> ServiceResult<Option<Message>> {
    let cfg = &cx.config.mail;
    if !cfg.acknowledge {
        return Ok(None);
    }
    let sent = store::tickets::auto_mails_to(txn, to.as_str(), mail_out::ack_window_start()).await?;
    if sent >= u64::from(cfg.ack_per_sender_per_hour) {
        store::audit::append(
            txn,
            AuditEntry::new(&Actor::System, "mail.ack_rate_limited", "ticket", ticket.id)
                .with_evidence(serde_json::json!({"sent_last_hour": sent})),
        )
        .await?;
        return Ok(None);
    }
    let mut ack =
        Message::new(ticket.id, MessageKind::Outbound, mail_out::ack_text(cx, ticket, ask_nik)?, Utc::now());
    ack.auto = true;
    Ok(Some(mail_out::prepare(cx, ack, to.as_str(), Some(first))))
}

async fn discard(txn: &DatabaseTransaction, rec: &Record, reason: &str) -> ServiceResult<()> {
    store::audit::append(
        txn,
        AuditEntry::new(&Actor::System, "mail.discard", "inbound_mail", rec.id())
            .with_evidence(serde_json::json!({"reason": reason})),
    )
    .await?;
    rec.write(txn, InboundStatus::Discarded, Some(reason), None).await
}

/// A delivery report: marks our bounced message and flags its ticket.
async fn bounce(txn: &DatabaseTransaction, rec: &Record, mail: &InboundMail) -> ServiceResult<Outcome> {
    let original = match &mail.bounced_message_id {
        Some(id) => store::tickets::message_by_rfc_id(txn, id).await?,
        None => None,
    };
    let reason = match original.filter(|m| m.kind == MessageKind::Outbound) {
        Some(m) => {
            let detail = own_words(&mail.text).lines().take(8).collect::<Vec<_>>().join(" ");
            store::tickets::set_delivery(txn, m.id, crate::domain::DeliveryStatus::Bounced, Some(&detail))
                .await?;
            let what = format!("mail to {} bounced", m.recipient.unwrap_or_default());
            store::tickets::add_flag(txn, m.ticket, "bounce", &what).await?;
            "delivery report for our outbound mail".to_string()
        }
        None => "delivery report for a message we did not send".to_string(),
    };
    discard(txn, rec, &reason).await?;
    Ok(Outcome::Discarded(reason))
}

async fn quarantine(
    txn: &DatabaseTransaction,
    cx: &Context,
    rec: &Record,
    reason: &str,
    notify_sender: bool,
) -> ServiceResult<Outcome> {
    if let Record::Retry { .. } = rec {
        // Still bad after a retry: it stays as it is (the caller does not commit).
        return Ok(Outcome::Quarantined(reason.to_string()));
    }
    store::audit::append(
        txn,
        AuditEntry::new(&Actor::System, "mail.quarantine", "inbound_mail", rec.id())
            .with_evidence(serde_json::json!({"reason": reason})),
    )
    .await?;
    rec.write(txn, InboundStatus::Quarantined, Some(reason), None).await?;
    if notify_sender {
        let job = JobKind::SendRejectionNotice { inbound: rec.id() };
        store::jobs::enqueue(txn, new_job(&job, cx.config.jobs.max_attempts)).await?;
    }
    Ok(Outcome::Quarantined(reason.to_string()))
}

/// Records a message that could not be processed at all (the processor failed) as
/// quarantined, so it is listed for staff and its source can let go of it.
pub async fn quarantine_unprocessable(
    cx: &Context,
    raw: &[u8],
    source: &Source,
    reason: &str,
) -> ServiceResult<Outcome> {
    let txn = cx.store.write().begin().await?;
    let rec = Record::New(Incoming::new(raw.to_vec(), source));
    let outcome = match quarantine(&txn, cx, &rec, reason, false).await {
        Err(ServiceError::Conflict(m)) if m == ALREADY => return Ok(Outcome::Duplicate),
        other => other?,
    };
    txn.commit().await?;
    Ok(outcome)
}

/// Processes a quarantined message again (after a fix or a limit change).
pub async fn retry(cx: &Context, id: Uuid) -> ServiceResult<Outcome> {
    let row = store::inbound::get(cx.store.read(), id)
        .await?
        .ok_or(ServiceError::NotFound { what: "inbound mail" })?;
    if row.status != InboundStatus::Quarantined {
        return Err(ServiceError::conflict("only a quarantined message can be retried"));
    }
    let raw = store::inbound::raw(cx.store.read(), id)
        .await?
        .ok_or(ServiceError::NotFound { what: "inbound mail" })?;
    match process(cx, Record::Retry { id, raw }).await {
        Err(ServiceError::Conflict(m)) if m == ALREADY => Ok(Outcome::Duplicate),
        other => other,
    }
}

/// The job telling a sender why their mail was not processed (too large).
pub async fn send_rejection_notice(cx: &Context, inbound: Uuid) -> Result<(), JobError> {
    let row = store::inbound::get(cx.store.read(), inbound)
        .await?
        .ok_or_else(|| JobError::Permanent("inbound mail row is gone".into()))?;
    let raw = store::inbound::raw(cx.store.read(), inbound)
        .await?
        .ok_or_else(|| JobError::Permanent("inbound mail row is gone".into()))?;
    let mail =
        mime::parse(&raw[..raw.len().min(256 * 1024)]).map_err(|e| JobError::Permanent(e.to_string()))?;
    let to = mail
        .from
        .as_ref()
        .map(|f| f.address.clone())
        .ok_or_else(|| JobError::Permanent("no sender".into()))?;
    let since = mail_out::ack_window_start();
    if store::tickets::auto_mails_to(cx.store.read(), &to, since).await?
        >= u64::from(cx.config.mail.ack_per_sender_per_hour)
    {
        return Ok(());
    }
    let lang = Language::detect(&mail.subject);
    let mut vars = tera::Context::new();
    vars.insert("subject", &mail.subject);
    vars.insert("size_mb", &format!("{:.1}", mb(row.size as usize)));
    vars.insert("limit_mb", &format!("{:.0}", mb(cx.config.mail.max_message_bytes)));
    let text = cx
        .templates
        .render(&format!("mail/too_large.{}.txt", lang.as_str()), &vars)
        .map_err(|e| JobError::Permanent(format!("{e:?}")))?;
    let out = crate::mail::outbound::Outgoing {
        to,
        to_name: None,
        subject: format!("Re: {}", mail.subject),
        text,
        html: None,
        message_id: cx.mailer.message_id_for(&format!("rejection:{inbound}")),
        in_reply_to: mail.message_id.clone(),
        references: mail.message_id.into_iter().collect(),
        auto_replied: true,
    };
    cx.mailer.send(&out).await.map_err(|e| match e {
        crate::mail::outbound::SendError::Temporary(e) => JobError::Temporary(e),
        crate::mail::outbound::SendError::Permanent(e) => JobError::Permanent(e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_base_subjects() {
        assert_eq!(
            tag_in("Re: [SRT-2021-000123] Sertifikat").map(|t| t.to_string()).as_deref(),
            Some("SRT-2021-000123")
        );
        assert_eq!(tag_in("re: [srt-2021-000123]"), TicketNumber::parse("SRT-2021-000123").ok());
        assert_eq!(tag_in("no tag [SRT-21-1]"), None);
        assert_eq!(base_subject("Re: RE: Fwd: Sertifikat belum ada"), "Sertifikat belum ada");
        assert_eq!(base_subject("Sertifikat"), "Sertifikat");
    }

    #[test]
    fn message_ids_are_read_from_headers_only() {
        assert_eq!(
            header_message_id(b"Subject: x\r\nMessage-ID: <a@b>\r\n\r\nMessage-ID: <c@d>").as_deref(),
            Some("a@b")
        );
        assert_eq!(header_message_id(b"Message-Id:\r\n <folded@b>\r\n\r\n").as_deref(), Some("folded@b"));
        assert_eq!(header_message_id(b"Subject: x\r\n\r\nMessage-ID: <c@d>"), None);
        assert_eq!(header_message_id(b"Message-ID: <has space@b>\r\n\r\n"), None);
    }
}
