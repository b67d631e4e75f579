//! Ticket vocabulary: number, status and its transitions, priority, category, channel.

use std::fmt;

use chrono::{DateTime, Utc};

use super::{PersonId, StaffId, TicketId};

/// A closed set of snake_case names, parsed and printed the same way everywhere
/// (API, database, templates), so an unknown string can never become a variant.
macro_rules! named_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(s: &str) -> Result<Self, $crate::domain::UnknownName> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::domain::UnknownName { kind: stringify!($name), allowed: &[$($text),+] }),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { f.write_str(self.as_str()) }
        }
    };
}
pub(crate) use named_enum;

named_enum!(
    /// Where a ticket came from.
    Channel {
        Email = "email",
        Web = "web",
        Phone = "phone",
        SelfService = "self_service",
        Whatsapp = "whatsapp",
        /// Opened by certdesk itself (e.g. an SMS reported undeliverable).
        System = "system",
    }
);

named_enum!(
    Priority { Low = "low", Normal = "normal", High = "high", Urgent = "urgent" }
);

impl Priority {
    /// Low 0 … urgent 3, for "only ever raise" comparisons.
    pub fn rank(self) -> u8 {
        match self {
            Priority::Low => 0,
            Priority::Normal => 1,
            Priority::High => 2,
            Priority::Urgent => 3,
        }
    }

    /// One step up (urgent stays urgent).
    pub fn raised(self) -> Priority {
        match self {
            Priority::Low => Priority::Normal,
            Priority::Normal => Priority::High,
            Priority::High | Priority::Urgent => Priority::Urgent,
        }
    }
}

named_enum!(
    /// Why the citizen wrote; the diagnosis (triage) may refine it.
    Category {
        CertificateMissing = "certificate_missing",
        SmsNotReceived = "sms_not_received",
        PhoneMissing = "phone_missing",
        PhoneMismatch = "phone_mismatch",
        DataCorrection = "data_correction",
        DownloadFailed = "download_failed",
        DuplicateRecord = "duplicate_record",
        Other = "other",
    }
);

named_enum!(
    /// new → open → pending_citizen / pending_internal → resolved → closed.
    TicketStatus {
        New = "new",
        Open = "open",
        PendingCitizen = "pending_citizen",
        PendingInternal = "pending_internal",
        Resolved = "resolved",
        Closed = "closed",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot change a ticket from {from} to {to}")]
pub struct TransitionError {
    pub from: TicketStatus,
    pub to: TicketStatus,
}

impl TicketStatus {
    /// The one table of allowed moves. Everything else is refused.
    pub fn can_become(self, to: TicketStatus) -> bool {
        use TicketStatus::*;
        matches!(
            (self, to),
            (New, Open)
                | (Open | PendingInternal, PendingCitizen)
                | (Open | PendingCitizen, PendingInternal)
                | (PendingCitizen | PendingInternal | Resolved, Open)
                | (Open | PendingCitizen | PendingInternal, Resolved)
                | (Resolved, Closed)
        )
    }

    pub fn transition(self, to: TicketStatus) -> Result<TicketStatus, TransitionError> {
        if self.can_become(to) {
            Ok(to)
        } else {
            Err(TransitionError { from: self, to })
        }
    }

    /// A staff reply answers the citizen: a new ticket becomes open.
    pub fn on_staff_reply(self) -> TicketStatus {
        match self {
            TicketStatus::New => TicketStatus::Open,
            other => other,
        }
    }

    /// A new message from the citizen reopens a ticket waiting on them or resolved.
    /// A closed ticket stays closed: the caller opens a new one that refers to it.
    pub fn on_inbound_message(self) -> Result<TicketStatus, TransitionError> {
        use TicketStatus::*;
        match self {
            PendingCitizen | Resolved => Ok(Open),
            Closed => Err(TransitionError { from: Closed, to: Open }),
            other => Ok(other),
        }
    }

    /// Tickets that still need work.
    pub fn is_active(self) -> bool {
        !matches!(self, TicketStatus::Resolved | TicketStatus::Closed)
    }
}

/// `SRT-2021-000123`: the number citizens quote in mail subjects and on the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TicketNumber {
    year: u16,
    seq: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ticket number must look like SRT-YYYY-NNNNNN")]
pub struct TicketNumberError;

impl TicketNumber {
    /// The form [`TicketNumber::parse`] accepts, uppercase and without brackets, as a
    /// portable regular expression for API clients: a year from 2000, a sequence of six
    /// to eight digits that is not all zeros.
    pub const PATTERN: &'static str = "^SRT-[2-9][0-9]{3}-(?:[1-9][0-9]{5,7}|0(?:[1-9][0-9]{4,6}\
        |0(?:[1-9][0-9]{3,5}|0(?:[1-9][0-9]{2,4}|0(?:[1-9][0-9]{1,3}|0(?:[1-9][0-9]{0,2}\
        |0(?:[1-9][0-9]?|0[1-9])))))))$";

    pub fn new(year: u16, seq: u32) -> Result<Self, TicketNumberError> {
        if !(2000..=9999).contains(&year) || seq == 0 || seq > 99_999_999 {
            return Err(TicketNumberError);
        }
        Ok(Self { year, seq })
    }

    pub fn parse(input: &str) -> Result<Self, TicketNumberError> {
        let s = input.trim().trim_start_matches('[').trim_end_matches(']');
        let mut parts = s.splitn(3, '-');
        let (Some(prefix), Some(year), Some(seq)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(TicketNumberError);
        };
        let digits = |p: &str, min: usize, max: usize| {
            (min..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        };
        if !prefix.eq_ignore_ascii_case("SRT") || !digits(year, 4, 4) || !digits(seq, 6, 8) {
            return Err(TicketNumberError);
        }
        Self::new(year.parse().map_err(|_| TicketNumberError)?, seq.parse().map_err(|_| TicketNumberError)?)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn seq(self) -> u32 {
        self.seq
    }
}

impl std::str::FromStr for TicketNumber {
    type Err = TicketNumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for TicketNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SRT-{:04}-{:06}", self.year, self.seq)
    }
}

/// A free-form label an agent puts on tickets: lowercase, 1-40 chars of `a-z0-9_-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a tag is 1-40 characters of a-z, 0-9, '-' and '_'")]
pub struct TagError;

impl Tag {
    /// The canonical form [`Tag::parse`] accepts (it lowercases and trims first).
    pub const PATTERN: &'static str = "^[a-z0-9_-]{1,40}$";

    pub fn parse(s: &str) -> Result<Self, TagError> {
        let t = s.trim().to_lowercase();
        let ok = (1..=40).contains(&t.len())
            && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if ok {
            Ok(Self(t))
        } else {
            Err(TagError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The tags intake puts on a ticket from its words; the contact link and the desk read
/// them by these names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeTag {
    /// Written for a relative: the sender's address and number are the writer's.
    OnBehalf,
    /// Several NIKs named and none chosen: the agent picks.
    PersonUnsure,
    /// Of two NIKs the words left open, the one whose record shows why its certificate
    /// did not arrive was linked: the agent confirms.
    PersonByRecords,
}

impl IntakeTag {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::OnBehalf => "on_behalf",
            Self::PersonUnsure => "person_unsure",
            Self::PersonByRecords => "person_by_records",
        }
    }

    pub fn is_on(self, tags: &[Tag]) -> bool {
        tags.iter().any(|t| t.as_str() == self.as_str())
    }

    /// Takes the tag off; whether it was on.
    pub fn remove_from(self, tags: &mut Vec<Tag>) -> bool {
        let before = tags.len();
        tags.retain(|t| t.as_str() != self.as_str());
        tags.len() != before
    }
}

impl From<IntakeTag> for Tag {
    fn from(t: IntakeTag) -> Self {
        Self(t.as_str().to_string())
    }
}

/// A routing queue name: lowercase, 1-40 chars of `a-z0-9_-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QueueName(String);

impl QueueName {
    pub fn parse(s: &str) -> Result<Self, TagError> {
        Tag::parse(s).map(|t| Self(t.0))
    }

    pub fn general() -> Self {
        Self("general".into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use TicketStatus::*;

    #[test]
    fn intake_tags_are_valid_tags_and_come_off_once() {
        for t in [IntakeTag::OnBehalf, IntakeTag::PersonUnsure, IntakeTag::PersonByRecords] {
            assert_eq!(Tag::parse(t.as_str()), Ok(Tag::from(t)));
            let mut tags = vec![Tag::from(t), Tag::parse("vip").unwrap()];
            assert!(t.is_on(&tags));
            assert!(t.remove_from(&mut tags));
            assert!(!t.remove_from(&mut tags) && !t.is_on(&tags) && tags.len() == 1);
        }
    }

    #[test]
    fn the_transition_table_is_exactly_the_documented_one() {
        let allowed = [
            (New, Open),
            (Open, PendingCitizen),
            (Open, PendingInternal),
            (Open, Resolved),
            (PendingCitizen, Open),
            (PendingCitizen, PendingInternal),
            (PendingCitizen, Resolved),
            (PendingInternal, Open),
            (PendingInternal, PendingCitizen),
            (PendingInternal, Resolved),
            (Resolved, Open),
            (Resolved, Closed),
        ];
        for &from in TicketStatus::ALL {
            for &to in TicketStatus::ALL {
                let want = allowed.contains(&(from, to));
                assert_eq!(from.can_become(to), want, "{from} -> {to}");
                assert_eq!(from.transition(to).is_ok(), want, "{from} -> {to}");
            }
        }
    }

    #[test]
    fn an_inbound_message_reopens_resolved_and_waiting_tickets() {
        assert_eq!(Resolved.on_inbound_message(), Ok(Open));
        assert_eq!(PendingCitizen.on_inbound_message(), Ok(Open));
        assert_eq!(PendingInternal.on_inbound_message(), Ok(PendingInternal));
        assert_eq!(New.on_inbound_message(), Ok(New));
        assert!(Closed.on_inbound_message().is_err());
    }

    #[test]
    fn ticket_numbers_print_and_parse() {
        let n = TicketNumber::new(2021, 123).unwrap();
        assert_eq!(n.to_string(), "SRT-2021-000123");
        assert_eq!(TicketNumber::parse("SRT-2021-000123"), Ok(n));
        assert_eq!(TicketNumber::parse("[srt-2021-000123]"), Ok(n));
        assert_eq!(TicketNumber::parse("SRT-2021-1234567").unwrap().to_string(), "SRT-2021-1234567");
        for bad in
            ["", "SRT-21-000123", "SRT-2021-123", "ABC-2021-000123", "SRT-2021-000000", "SRT-2021-00012a"]
        {
            assert!(TicketNumber::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_round_trip_and_unknown_ones_are_refused() {
        for &c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Ok(c));
        }
        let err = Category::parse("vaccine").unwrap_err();
        assert!(err.to_string().contains("certificate_missing"));
    }

    #[test]
    fn tags_are_lowercased_and_checked() {
        assert_eq!(Tag::parse(" VIP ").unwrap().as_str(), "vip");
        assert!(Tag::parse("").is_err());
        assert!(Tag::parse("has space").is_err());
        assert!(Tag::parse(&"x".repeat(41)).is_err());
    }

    /// The spec's pattern takes exactly the uppercase, unbracketed numbers `parse` takes.
    #[test]
    fn the_ticket_number_pattern_agrees_with_parse() {
        use rand::Rng;
        let pattern = regex::Regex::new(TicketNumber::PATTERN).expect("a valid regex");
        let mut rng = rand::thread_rng();
        let mut valid = 0;
        for i in 0..50_000 {
            let digits = rng.gen_range(4..10);
            let seq: String = (0..digits)
                .map(|_| if rng.gen_bool(0.5) { '0' } else { char::from(b'0' + rng.gen_range(0..10)) })
                .collect();
            let year = if i % 2 == 0 { rng.gen_range(1990..2100) } else { rng.gen_range(0..10_000) };
            let n = format!("SRT-{year:04}-{seq}");
            let parsed = TicketNumber::parse(&n).is_ok();
            assert_eq!(pattern.is_match(&n), parsed, "{n}: parse says {parsed}");
            valid += usize::from(parsed);
        }
        assert!(valid > 5_000, "only {valid} valid numbers were tried");
        let tag = regex::Regex::new(Tag::PATTERN).expect("a valid regex");
        for t in ["vip", "sms-gagal", "a_b", &"x".repeat(40)] {
            assert!(tag.is_match(t) && Tag::parse(t).is_ok(), "{t}");
        }
        for t in ["", "Ada Spasi", "é", &"x".repeat(41)] {
            assert!(!tag.is_match(t), "{t}");
        }
    }
}

/// How a caller names a ticket: by id or by its human number.
#[derive(Debug, Clone, Copy)]
pub enum TicketRef {
    Id(TicketId),
    Number(TicketNumber),
}

/// Filters for listing; `None` means "any".
#[derive(Debug, Clone, Default)]
pub struct TicketFilter {
    pub status: Vec<TicketStatus>,
    pub category: Option<Category>,
    pub queue: Option<QueueName>,
    pub assignee: Option<AssigneeFilter>,
    pub channel: Option<Channel>,
    pub tag: Option<Tag>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_to: Option<DateTime<Utc>>,
    pub text: Option<String>,
    /// Tickets linked to this person record.
    pub person: Option<PersonId>,
    /// Restrict to tickets this agent may see: in these queues or assigned to them.
    pub visible_to: Option<(StaffId, Vec<QueueName>)>,
    /// Return tickets created before this one (ids are time-ordered).
    pub before: Option<TicketId>,
    pub limit: u64,
}

#[derive(Debug, Clone, Copy)]
pub enum AssigneeFilter {
    Nobody,
    Staff(StaffId),
}
