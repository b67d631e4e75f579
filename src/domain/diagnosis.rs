//! Why the certificate did not arrive: a small, ordered set of rules over what the
//! record (dose by dose), its certificates and SMS, and the complaint's claims say.
//! Each rule that fires names its evidence, quoted from the mail and the record, and
//! how sure it is, so the agent sees why, not just what. Pure: the service gathers the
//! facts, this decides.

mod against;
mod mismatch;
mod spelling;

pub use against::{against_record, DataClaim, RecordView};

use super::ticket::named_enum;
use super::{Category, Priority};

named_enum!(
    /// The causes of DOMAIN.md, plus "nothing wrong".
    Cause {
        RecordPending = "record_pending",
        PhoneMissing = "phone_missing",
        PhoneMismatch = "phone_mismatch",
        SmsFailed = "sms_failed",
        SmsDelivered = "sms_delivered",
        DataError = "data_error",
        DuplicateRecord = "duplicate_record",
        CertificateAvailable = "certificate_available",
    }
);

named_enum!(
    /// How firmly the facts point at the cause: `low` means "unsure, check".
    Confidence {
        High = "high",
        Medium = "medium",
        Low = "low",
    }
);

/// The latest certificate SMS, as far as diagnosis cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LastSms {
    #[default]
    None,
    /// Queued or at the operator, no final receipt yet.
    InFlight,
    Delivered,
    /// Undelivered, expired, rejected, or the gateway refused it for good.
    Failed,
}

/// One dose on the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoseState {
    pub dose: u8,
    /// Still pending input, and why.
    pub pending: Option<String>,
}

/// Everything the rules look at. Phones are E.164 strings.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub doses: Vec<DoseState>,
    /// Doses the complaint names (3 for a booster).
    pub named_doses: Vec<u8>,
    /// Valid certificates.
    pub certificates: usize,
    pub phone_on_record: Option<String>,
    pub last_sms: LastSms,
    /// The receipt status of that SMS (UNDELIV, EXPIRED, …).
    pub last_receipt: Option<String>,
    /// The number the writer wrote or called from, and numbers they give without
    /// saying what they are.
    pub contact_phones: Vec<String>,
    /// Numbers the writer gives in their own words without saying what they are.
    pub stated_phones: Vec<String>,
    /// Numbers the writer calls old, lost or no longer in use.
    pub old_phones: Vec<String>,
    /// Numbers the writer says to use now.
    pub new_phones: Vec<String>,
    /// The writer says their phone or number changed (with or without numbers).
    pub phone_changed: bool,
    /// Written for a relative: the writer's own number says nothing of the record.
    pub on_behalf: bool,
    /// The NIK's birth date or sex disagrees with the record.
    pub nik_disagrees: bool,
    /// Fields the complaint says are wrong, checked against the record.
    pub data_claims: Vec<DataClaim>,
    /// Other records with the same name and birth date.
    pub same_name_and_birth: usize,
}

/// What the diagnosis suggests doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Suggestion {
    /// Send the certificate link again (for a dose, when one is named).
    Resend { dose: Option<u8> },
    /// A correction request for this field, pre-filled with the value the citizen gave.
    Correction { field: String, dose: Option<u8>, value: Option<String> },
    /// Start a phone change (to the number given, if any, masked).
    PhoneChange { to: Option<String> },
}

/// What the agent is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    pub cause: Cause,
    /// Why, in the order the facts were weighed.
    pub evidence: Vec<String>,
    pub confidence: Confidence,
    /// The dose it is about, when one is.
    pub dose: Option<u8>,
    /// The field said wrong, for a data error.
    pub field: Option<String>,
    pub category: Category,
    pub priority: Priority,
    /// A resolution action to offer (`resend_sms`), if one fixes it.
    pub action: Option<&'static str>,
    pub suggestion: Option<Suggestion>,
    /// The canned reply to prepare (a macro name).
    pub reply: &'static str,
}

fn masked(phone: &str) -> String {
    super::PhoneNumber::parse(phone).map(|p| p.masked()).unwrap_or_else(|_| "(invalid)".into())
}

fn found(cause: Cause, evidence: Vec<String>, confidence: Confidence) -> Diagnosis {
    let (category, priority, action, suggestion) = match cause {
        Cause::DuplicateRecord => (Category::DuplicateRecord, Priority::High, None, None),
        Cause::DataError => (Category::DataCorrection, Priority::Normal, None, None),
        Cause::RecordPending => (Category::CertificateMissing, Priority::Normal, None, None),
        Cause::PhoneMissing => {
            (Category::PhoneMissing, Priority::High, None, Some(Suggestion::PhoneChange { to: None }))
        }
        Cause::PhoneMismatch => {
            (Category::PhoneMismatch, Priority::High, None, Some(Suggestion::PhoneChange { to: None }))
        }
        Cause::SmsFailed => (Category::SmsNotReceived, Priority::High, Some("resend_sms"), None),
        Cause::SmsDelivered => (Category::SmsNotReceived, Priority::Low, Some("resend_sms"), None),
        Cause::CertificateAvailable => {
            (Category::CertificateMissing, Priority::Low, Some("resend_sms"), None)
        }
    };
    Diagnosis {
        cause,
        evidence,
        confidence,
        dose: None,
        field: None,
        category,
        priority,
        action,
        suggestion: suggestion.or_else(|| action.map(|_| Suggestion::Resend { dose: None })),
        reply: cause.as_str(),
    }
}

/// The rules, in order: the first that fires is the cause. Order matters: a duplicate
/// or wrong data must be fixed before a resend helps; a missing record before a phone.
pub fn diagnose(f: &Facts) -> Diagnosis {
    let mut evidence = Vec::new();
    if f.same_name_and_birth > 0 {
        evidence.push(format!(
            "{} other record(s) with the same name and birth date (a dose booked under another number?)",
            f.same_name_and_birth
        ));
        return found(Cause::DuplicateRecord, evidence, Confidence::High);
    }
    if let Some(d) = data_error(f) {
        return d;
    }
    if let Some(d) = pending(f) {
        return d;
    }
    let Some(phone) = &f.phone_on_record else {
        evidence.push(format!("{} certificate(s) issued, but no phone number on record", f.certificates));
        return found(Cause::PhoneMissing, evidence, Confidence::High);
    };
    if let Some(d) = phone_mismatch(f, phone) {
        return d;
    }
    let dose = f.named_doses.last().copied();
    let mut d = match f.last_sms {
        LastSms::Failed => {
            evidence.push(format!(
                "the certificate SMS to {} was not delivered ({})",
                masked(phone),
                f.last_receipt.as_deref().unwrap_or("failed")
            ));
            found(Cause::SmsFailed, evidence, Confidence::High)
        }
        LastSms::Delivered => {
            evidence.push(format!("the certificate SMS was delivered to {}", masked(phone)));
            found(Cause::SmsDelivered, evidence, Confidence::Medium)
        }
        LastSms::InFlight | LastSms::None => {
            evidence.push(format!(
                "{} valid certificate(s); the link can be sent to {}",
                f.certificates,
                masked(phone)
            ));
            found(Cause::CertificateAvailable, evidence, Confidence::Medium)
        }
    };
    d.dose = dose;
    if d.action.is_some() {
        d.suggestion = Some(Suggestion::Resend { dose });
    }
    d
}

/// The NIK disagreeing with the record, or a field the complaint says is wrong.
fn data_error(f: &Facts) -> Option<Diagnosis> {
    let mut evidence = Vec::new();
    if f.nik_disagrees {
        evidence.push("the NIK's birth date or sex disagrees with the record".into());
    }
    for c in &f.data_claims {
        evidence.push(c.evidence());
    }
    if evidence.is_empty() {
        return None;
    }
    let first = f.data_claims.iter().find(|c| c.confirmed).or(f.data_claims.first());
    let confidence = if f.nik_disagrees || f.data_claims.iter().any(|c| c.confirmed) {
        Confidence::High
    } else {
        Confidence::Medium
    };
    let mut d = found(Cause::DataError, evidence, confidence);
    if let Some(c) = first {
        d.field = Some(c.field.to_string());
        d.dose = c.dose;
        d.suggestion = Some(Suggestion::Correction {
            field: c.field.to_string(),
            dose: c.dose,
            value: c.claimed.clone(),
        });
    } else {
        d.field = Some("birth_date".into());
    }
    Some(d)
}

/// A dose still waiting for input in the central system: the one the complaint names,
/// or any when it names none; a named dose not on the record at all is waiting too.
fn pending(f: &Facts) -> Option<Diagnosis> {
    let mut evidence = Vec::new();
    if f.doses.is_empty() {
        evidence.push("no dose on the record yet: still queued for input in the central system".to_string());
        return Some(found(Cause::RecordPending, evidence, Confidence::High));
    }
    let waiting = |n: u8| f.doses.iter().find(|d| d.dose == n).map(|d| d.pending.is_some()).unwrap_or(true);
    let named_waiting = f.named_doses.iter().copied().find(|n| waiting(*n));
    let first_pending = f.doses.iter().find(|d| d.pending.is_some());
    let (dose, confidence) = match (named_waiting, first_pending) {
        (Some(n), _) => (n, Confidence::High),
        // Named doses all complete: the complaint is about those, not a pending one.
        (None, Some(_)) if !f.named_doses.is_empty() && f.certificates > 0 => return None,
        (None, Some(p)) => (p.dose, if f.certificates == 0 { Confidence::High } else { Confidence::Medium }),
        (None, None) if f.certificates == 0 => (f.doses[0].dose, Confidence::High),
        (None, None) => return None,
    };
    match f.doses.iter().find(|d| d.dose == dose) {
        Some(DoseState { pending: Some(why), .. }) => {
            evidence.push(format!("dose {dose} is still pending input in the central system: {why}"))
        }
        Some(_) => evidence.push(format!("dose {dose} has no valid certificate yet")),
        None => evidence.push(format!("dose {dose} is not on the record yet: still queued for input")),
    }
    if f.certificates > 0 {
        evidence.push(format!("{} certificate(s) of other doses issued", f.certificates));
    }
    let mut d = found(Cause::RecordPending, evidence, confidence);
    d.dose = Some(dose);
    Some(d)
}

/// The number on record is not the citizen's any more, or they use another one.
fn phone_mismatch(f: &Facts, phone: &str) -> Option<Diagnosis> {
    let mut evidence = Vec::new();
    // For a relative, a number to use ("hubungi saya di …") is the writer's own.
    let new = f.new_phones.iter().find(|p| *p != phone).filter(|_| !f.on_behalf);
    let confidence = if f.old_phones.iter().any(|p| p == phone) {
        evidence
            .push(format!("the citizen says the number on record, {}, is no longer theirs", masked(phone)));
        Confidence::High
    } else if let Some(n) = new {
        evidence.push(format!("the record has {}, the citizen says to use {}", masked(phone), masked(n)));
        Confidence::High
    } else if f.phone_changed && !f.new_phones.iter().any(|p| p == phone) {
        evidence.push(format!(
            "the citizen says their number changed or was lost; the record has {}",
            masked(phone)
        ));
        Confidence::Medium
    } else if let Some(other) = f
        .stated_phones
        .iter()
        .find(|p| *p != phone)
        .filter(|_| !f.on_behalf && f.stated_phones.iter().any(|p| p == phone))
    {
        // The number on record and another, however worded ("yang dulu didaftarkan …,
        // mohon diganti …"): which one the citizen has now is the question.
        evidence.push(format!(
            "the citizen gives the number on record, {}, and another, {}",
            masked(phone),
            masked(other)
        ));
        Confidence::Medium
    } else if !f.on_behalf && !f.contact_phones.is_empty() && !f.contact_phones.iter().any(|p| p == phone) {
        evidence.push(format!(
            "the record has {}, the citizen uses {}",
            masked(phone),
            f.contact_phones.iter().map(|p| masked(p)).collect::<Vec<_>>().join(", ")
        ));
        Confidence::Low
    } else {
        return None;
    };
    if let Some(n) = new {
        if !evidence[0].contains("says to use") {
            evidence.push(format!("the number to use now: {}", masked(n)));
        }
    }
    let mut d = found(Cause::PhoneMismatch, evidence, confidence);
    d.suggestion = Some(Suggestion::PhoneChange { to: new.map(|n| masked(n)) });
    Some(d)
}

#[cfg(test)]
mod tests;
