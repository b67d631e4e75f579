//! Pure types and rules of certdesk. No I/O, no database, no HTTP.

mod action;
mod audit;
mod certificate;
pub mod claims;
pub mod correction;
pub mod diagnosis;
pub mod extract;
pub mod identity;
mod ids;
mod job;
mod language;
pub mod names;
mod nik;
mod otp;
pub mod own_words;
mod phone;
pub mod readable;
pub mod record;
pub mod routing;
pub mod sealed;
pub mod sender_auth;
pub mod sla;
pub mod sms;
mod staff;
mod thread;
mod ticket;
pub mod whatsapp;

pub use action::{ActionError, ActionStatus, ResolutionAction, TicketAction};
pub use audit::{AuditEntry, AuditEvent};
pub use certificate::{
    revocation_hash, Certificate, CertificatePayload, CertificateStatus, CertifiedFacts, RevocationReason,
};
pub use correction::Correction;
pub use ids::{MessageId, PersonId, StaffId, TicketId};
pub use job::{Job, JobKind, Lane, NewJob};
pub use language::Language;
pub use nik::{province_name, Nik, NikError};
pub use otp::{OtpCode, OtpCodeError, OtpPurpose, OtpRefusal, OtpRules};
pub use phone::{PhoneError, PhoneNumber};
pub use sms::{NoticeChannel, Sms, SmsPurpose, SmsStatus};
pub use staff::{Actor, Role, Staff, StaffActor, StaffName, StaffNameError, Via};
pub use thread::{
    truncate_chars, AttachmentInfo, DeliveryStatus, EmailAddress, EmailError, Message, MessageKind,
    NewTicket, Requester, Text, TextError, Ticket, TicketFlag, BODY_MAX, SUBJECT_MAX,
};
pub use ticket::{
    AssigneeFilter, Category, Channel, IntakeTag, Priority, QueueName, Tag, TagError, TicketFilter,
    TicketNumber, TicketNumberError, TicketRef, TicketStatus, TransitionError,
};

use std::fmt;

/// A string that is not one of a closed set of names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct UnknownName {
    pub kind: &'static str,
    pub allowed: &'static [&'static str],
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {}; expected one of: {}", self.kind, self.allowed.join(", "))
    }
}

ticket::named_enum!(
    Sex { Male = "M", Female = "F" }
);

/// One vaccine brand of the reference data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vaccine {
    pub code: String,
    pub name: String,
    pub manufacturer: String,
}

/// The brands shipped with certdesk (`src/domain/vaccines.csv`); the database copy,
/// which admins extend, is seeded from these.
pub fn default_vaccines() -> Vec<Vaccine> {
    include_str!("domain/vaccines.csv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("code,") && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.splitn(3, ',');
            Some(Vaccine { code: f.next()?.into(), name: f.next()?.into(), manufacturer: f.next()?.into() })
        })
        .collect()
}

/// A regex compiled once, on first use (patterns are constants: a bad one is a bug).
pub(crate) fn static_regex(
    cell: &'static std::sync::OnceLock<regex::Regex>,
    pattern: &str,
) -> &'static regex::Regex {
    cell.get_or_init(|| regex::Regex::new(pattern).expect("static regex"))
}

/// Compares two secrets in time that depends on their lengths only, not on where they
/// first differ (codes, tokens).
pub fn secret_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
