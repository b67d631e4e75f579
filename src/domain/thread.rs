//! A ticket and its thread as services hand them around.

use chrono::{DateTime, Utc};

use super::ticket::named_enum;
use super::{
    Category, Channel, Language, MessageId, Nik, PersonId, PhoneNumber, Priority, QueueName, StaffId, Tag,
    TicketId, TicketNumber, TicketStatus,
};
use std::fmt;

named_enum!(
    /// inbound: from the citizen; outbound: a public reply; note: staff-only.
    MessageKind { Inbound = "inbound", Outbound = "outbound", Note = "note" }
);

named_enum!(
    /// Where an outbound mail is: queued, handed to the SMTP server, refused, or bounced back.
    DeliveryStatus {
        Pending = "pending",
        /// Handed to the mail server: recorded before the SMTP transaction starts, so a
        /// crash leaves it visible and the retry sends it with the same Message-ID.
        Sending = "sending",
        Sent = "sent",
        Failed = "failed",
        Bounced = "bounced",
    }
);

/// A plausible mail address: one `@`, no spaces or angle brackets, at most 254 chars.
/// Full RFC 5322 parsing happens at the mail edge; this guards stored values.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid e-mail address")]
pub struct EmailError;

impl EmailAddress {
    pub fn parse(s: &str) -> Result<Self, EmailError> {
        let s = s.trim();
        let (local, domain) = s.split_once('@').ok_or(EmailError)?;
        let ok = s.len() <= 254
            && !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control() || "<>,;\"".contains(c));
        if ok {
            Ok(Self(format!("{local}@{}", domain.to_lowercase())))
        } else {
            Err(EmailError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Bounded free text: subjects and bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("must not be empty")]
    Empty,
    #[error("must be at most {0} characters")]
    TooLong(usize),
}

impl Text {
    pub fn parse(s: &str, max_chars: usize) -> Result<Self, TextError> {
        let t = s.trim();
        if t.is_empty() {
            return Err(TextError::Empty);
        }
        if t.chars().count() > max_chars {
            return Err(TextError::TooLong(max_chars));
        }
        // NULs break PostgreSQL text columns and mean nothing to a reader.
        Ok(Self(t.replace('\0', "")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// `s` cut to at most `max_chars` characters (never inside a character).
pub fn truncate_chars(mut s: String, max_chars: usize) -> String {
    if let Some((i, _)) = s.char_indices().nth(max_chars) {
        s.truncate(i);
    }
    s
}

pub const SUBJECT_MAX: usize = 300;
pub const BODY_MAX: usize = 100_000;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requester {
    pub name: Option<String>,
    pub email: Option<EmailAddress>,
    pub phone: Option<PhoneNumber>,
}

/// Everything needed to open a ticket, already validated.
#[derive(Debug, Clone)]
pub struct NewTicket {
    pub subject: Text,
    pub body: Text,
    pub channel: Channel,
    pub category: Category,
    pub priority: Priority,
    pub queue: QueueName,
    pub requester: Requester,
    pub nik: Option<Nik>,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone)]
pub struct Ticket {
    pub id: TicketId,
    pub number: TicketNumber,
    pub subject: String,
    pub status: TicketStatus,
    pub priority: Priority,
    pub category: Category,
    pub channel: Channel,
    pub queue: QueueName,
    pub assignee: Option<StaffId>,
    pub person: Option<PersonId>,
    pub requester: Requester,
    pub nik: Option<Nik>,
    pub tags: Vec<Tag>,
    pub merged_into: Option<TicketId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub language: Option<Language>,
    /// Service-level targets and where the ticket stands against them.
    pub sla: super::sla::Clock,
}

impl Ticket {
    /// A new ticket from validated input, and the body of its first message.
    pub fn open(number: TicketNumber, new: NewTicket, now: DateTime<Utc>) -> (Ticket, String) {
        let mut tags = new.tags;
        tags.sort();
        tags.dedup();
        let ticket = Ticket {
            id: TicketId::new(),
            number,
            subject: new.subject.into_inner(),
            status: TicketStatus::New,
            priority: new.priority,
            category: new.category,
            channel: new.channel,
            queue: new.queue,
            assignee: None,
            person: None,
            requester: new.requester,
            nik: new.nik,
            tags,
            merged_into: None,
            created_at: now,
            updated_at: now,
            first_response_at: None,
            resolved_at: None,
            closed_at: None,
            language: None,
            sla: Default::default(),
        };
        (ticket, new.body.into_inner())
    }
}

#[derive(Debug, Clone)]
pub struct Message {
    pub id: MessageId,
    pub ticket: TicketId,
    pub kind: MessageKind,
    pub author_staff: Option<StaffId>,
    pub author_name: Option<String>,
    pub author_email: Option<String>,
    pub body: String,
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub created_at: DateTime<Utc>,
    /// Outbound mail: the address it goes to.
    pub recipient: Option<String>,
    /// Sent by certdesk itself (an acknowledgement), or an auto-reply received.
    pub auto: bool,
    pub delivery: Option<DeliveryStatus>,
    pub delivery_error: Option<String>,
    /// The raw inbound mail this message was read from.
    pub source_mail: Option<uuid::Uuid>,
    /// Inbound from someone who is neither the requester nor a participant: shown
    /// apart, and it changed none of the ticket's contact data.
    pub other_sender: bool,
}

impl Message {
    /// A message with no mail headers or delivery state yet.
    pub fn new(ticket: TicketId, kind: MessageKind, body: String, at: DateTime<Utc>) -> Self {
        Self {
            id: MessageId::new(),
            ticket,
            kind,
            author_staff: None,
            author_name: None,
            author_email: None,
            body,
            message_id: None,
            in_reply_to: None,
            references: Vec::new(),
            created_at: at,
            recipient: None,
            auto: false,
            delivery: None,
            delivery_error: None,
            source_mail: None,
            other_sender: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_and_domains_lowercased() {
        assert_eq!(EmailAddress::parse(" Siti@Mail.CO.id ").unwrap().as_str(), "Siti@mail.co.id");
        for bad in ["", "no-at", "a@b", "a@.com", "a b@c.id", "<a@c.id>", "a@b@c.id"] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn text_is_trimmed_bounded_and_stripped_of_nuls() {
        assert_eq!(Text::parse("  hi\0 there ", 20).unwrap().as_str(), "hi there");
        assert_eq!(Text::parse("   ", 20), Err(TextError::Empty));
        assert_eq!(Text::parse("abcdef", 5), Err(TextError::TooLong(5)));
    }
}

/// Something the agent should see about a ticket ("NIK in the mail is not valid: …").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketFlag {
    pub kind: String,
    pub detail: String,
}

/// A file that came with a message; the bytes stay in the content-addressed store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentInfo {
    pub id: uuid::Uuid,
    pub message: MessageId,
    pub filename: String,
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
}
