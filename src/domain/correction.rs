//! Correction requests: which fields a citizen may ask to change, the value checks, the
//! approval policy per field (who must approve, how many different people), and the
//! evidence files that come with a request (checked by content, never by name).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::ticket::named_enum;
use super::{Nik, PersonId, PhoneNumber, Role, Sex, StaffId, TicketId};

named_enum!(
    /// A field of the record a correction may change. The last three belong to a dose.
    CorrectionField {
        Phone = "phone",
        FullName = "full_name",
        BirthDate = "birth_date",
        Sex = "sex",
        Nik = "nik",
        Vaccine = "vaccine",
        VaccinatedOn = "vaccinated_on",
        Batch = "batch",
    }
);

impl CorrectionField {
    pub fn per_dose(self) -> bool {
        matches!(self, Self::Vaccine | Self::VaccinatedOn | Self::Batch)
    }
}

named_enum!(
    CorrectionStatus { Pending = "pending", Approved = "approved", Rejected = "rejected" }
);

named_enum!(
    /// What a request changes: the phone (its own flow, with a code to the new number) or data.
    CorrectionKind { Phone = "phone", Data = "data" }
);

/// One requested change, its value already checked. `before` is what the record said
/// when the request was made, shown to the reviewer beside `after`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose: Option<u8>,
    pub before: Option<String>,
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {reason}")]
pub struct ChangeError {
    pub field: &'static str,
    pub reason: String,
}

impl FieldChange {
    /// Checks `after` for `field` and stores it in the record's own form (E.164 phone,
    /// ISO date, `M`/`F`, 16-digit NIK). The vaccine code is checked against the
    /// reference data by the service.
    pub fn new(
        field: CorrectionField,
        dose: Option<u8>,
        before: Option<String>,
        after: &str,
    ) -> Result<Self, ChangeError> {
        let bad = |reason: &str| ChangeError { field: field.as_str(), reason: reason.into() };
        let after = after.trim();
        let value = match field {
            CorrectionField::Phone => {
                PhoneNumber::parse(after).map_err(|e| bad(&e.to_string()))?.expose().to_string()
            }
            CorrectionField::FullName => {
                let n = after.split_whitespace().collect::<Vec<_>>().join(" ");
                if !(2..=100).contains(&n.chars().count()) || !n.chars().any(char::is_alphabetic) {
                    return Err(bad("a name is 2-100 characters"));
                }
                n
            }
            CorrectionField::BirthDate | CorrectionField::VaccinatedOn => {
                parse_date(after).ok_or_else(|| bad("a date is DD-MM-YYYY"))?.to_string()
            }
            CorrectionField::Sex => {
                Sex::parse(&after.to_ascii_uppercase()).map_err(|_| bad("M or F"))?.as_str().to_string()
            }
            CorrectionField::Nik => Nik::parse(after).map_err(|e| bad(&e.to_string()))?.expose().to_string(),
            CorrectionField::Vaccine => {
                if after.is_empty() || after.len() > 40 {
                    return Err(bad("choose a vaccine"));
                }
                after.to_string()
            }
            CorrectionField::Batch => {
                if after.is_empty()
                    || after.len() > 40
                    || !after.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    return Err(bad("a batch number is 1-40 letters, digits or dashes"));
                }
                after.to_ascii_uppercase()
            }
        };
        if field.per_dose() && dose.is_none_or(|d| !(1..=9).contains(&d)) {
            return Err(bad("which dose?"));
        }
        if before.as_deref() == Some(value.as_str()) {
            return Err(bad("the new value is the same as the current one"));
        }
        Ok(Self {
            field: field.as_str().into(),
            dose: if field.per_dose() { dose } else { None },
            before,
            after: value,
        })
    }

    pub fn field(&self) -> Option<CorrectionField> {
        CorrectionField::parse(&self.field).ok()
    }
}

/// Dates as citizens write them (DD-MM-YYYY, DD/MM/YYYY) or as a date input sends them.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d-%m-%Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

/// Who must approve a change of one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Approval {
    /// Different people who must approve (1 or 2).
    pub approvals: u8,
    /// The least role of the last approver.
    pub final_role: Role,
}

impl Approval {
    /// The stricter of two rules: more approvals, a higher role.
    pub fn max(self, other: Approval) -> Approval {
        Approval {
            approvals: self.approvals.max(other.approvals),
            final_role: if other.final_role.at_least(self.final_role) {
                other.final_role
            } else {
                self.final_role
            },
        }
    }
}

/// What a reviewer's approval does to a request, given who approved before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApprovalStep {
    /// The first of two approvals: recorded, still pending.
    First,
    /// The last approval: apply the change.
    Final,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApprovalError {
    #[error("the same person cannot give both approvals")]
    SamePerson,
    #[error("whoever filed a change cannot approve it: a second person must")]
    Filer,
    #[error("this change needs the approval of a {0}")]
    RoleTooLow(Role),
}

/// The two-person rule: a request needing two approvals takes two different people,
/// the last one must hold `final_role`, and a member of staff who filed a request
/// (for a caller, or through the API) never approves it: a staff change of someone's
/// data always takes two people, as a citizen's does (the citizen and a reviewer).
pub fn approval_step(
    rule: Approval,
    requested_by: Option<uuid::Uuid>,
    first_approver: Option<uuid::Uuid>,
    approver: uuid::Uuid,
    role: Role,
) -> Result<ApprovalStep, ApprovalError> {
    let is_last = rule.approvals <= 1 || first_approver.is_some();
    if requested_by == Some(approver) {
        return Err(ApprovalError::Filer);
    }
    if first_approver == Some(approver) {
        return Err(ApprovalError::SamePerson);
    }
    if is_last {
        if !role.at_least(rule.final_role) {
            return Err(ApprovalError::RoleTooLow(rule.final_role));
        }
        Ok(ApprovalStep::Final)
    } else {
        Ok(ApprovalStep::First)
    }
}

named_enum!(
    /// What an evidence file shows.
    EvidenceKind { Ktp = "ktp", Selfie = "selfie", VaccinationCard = "vaccination_card", Other = "other" }
);

/// The type of an uploaded file from its first bytes; `None` for anything that is not
/// a JPEG, PNG, WebP image or a PDF (whatever its name or declared type says).
pub fn sniff_evidence(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some("image/jpeg"),
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some("image/png"),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some("image/webp"),
        [b'%', b'P', b'D', b'F', b'-', ..] => Some("application/pdf"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn values_are_checked_and_stored_in_the_records_form() {
        let c = FieldChange::new(CorrectionField::Phone, None, None, "0812-3456-7890").unwrap();
        assert_eq!(c.after, "+6281234567890");
        let c = FieldChange::new(CorrectionField::BirthDate, None, Some("1990-05-12".into()), "13-05-1990")
            .unwrap();
        assert_eq!(c.after, "1990-05-13");
        let c = FieldChange::new(CorrectionField::Sex, None, Some("M".into()), "f").unwrap();
        assert_eq!(c.after, "F");
        let c = FieldChange::new(CorrectionField::Batch, Some(2), None, "ab-123").unwrap();
        assert_eq!((c.after.as_str(), c.dose), ("AB-123", Some(2)));
        let c = FieldChange::new(CorrectionField::FullName, None, None, "  Siti   Aminah ").unwrap();
        assert_eq!(c.after, "Siti Aminah");
    }

    #[test]
    fn bad_values_name_their_field() {
        type Case<'a> = (&'a str, CorrectionField, Option<u8>, Option<&'a str>, &'a str);
        let cases: &[Case] = &[
            ("landline", CorrectionField::Phone, None, None, "021-5550123"),
            ("impossible date", CorrectionField::BirthDate, None, None, "31-02-1990"),
            ("sex other than M/F", CorrectionField::Sex, None, None, "X"),
            ("NIK with 15 digits", CorrectionField::Nik, None, None, "327501120590000"),
            ("dose field without a dose", CorrectionField::VaccinatedOn, None, None, "12-07-2021"),
            ("same value", CorrectionField::FullName, None, Some("Siti Aminah"), "Siti Aminah"),
            ("batch with spaces", CorrectionField::Batch, Some(1), None, "AB 12"),
            ("one-letter name", CorrectionField::FullName, None, None, "S"),
        ];
        for (why, field, dose, before, after) in cases {
            let e = FieldChange::new(*field, *dose, before.map(String::from), after).unwrap_err();
            assert_eq!(e.field, field.as_str(), "{why}");
        }
    }

    #[test]
    fn two_approvals_take_two_people_and_the_last_holds_the_role() {
        let nik_rule = Approval { approvals: 2, final_role: Role::Supervisor };
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        assert_eq!(approval_step(nik_rule, None, None, a, Role::Agent), Ok(ApprovalStep::First));
        assert_eq!(
            approval_step(nik_rule, None, Some(a), a, Role::Supervisor),
            Err(ApprovalError::SamePerson)
        );
        assert_eq!(
            approval_step(nik_rule, None, Some(a), b, Role::Agent),
            Err(ApprovalError::RoleTooLow(Role::Supervisor))
        );
        assert_eq!(approval_step(nik_rule, None, Some(a), b, Role::Supervisor), Ok(ApprovalStep::Final));
        let name_rule = Approval { approvals: 1, final_role: Role::Agent };
        assert_eq!(approval_step(name_rule, None, None, a, Role::Agent), Ok(ApprovalStep::Final));
        // Filed by staff: the filer never approves, even where one approval is enough.
        assert_eq!(approval_step(name_rule, Some(a), None, a, Role::Admin), Err(ApprovalError::Filer));
        assert_eq!(approval_step(name_rule, Some(a), None, b, Role::Agent), Ok(ApprovalStep::Final));
        assert_eq!(approval_step(nik_rule, Some(a), Some(b), a, Role::Admin), Err(ApprovalError::Filer));
        assert_eq!(
            name_rule.max(nik_rule),
            Approval { approvals: 2, final_role: Role::Supervisor },
            "a request takes the strictest rule of its fields"
        );
    }

    #[test]
    fn evidence_is_recognised_by_content_not_name() {
        assert_eq!(sniff_evidence(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Some("image/jpeg"));
        assert_eq!(sniff_evidence(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff_evidence(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(sniff_evidence(b"%PDF-1.7\n"), Some("application/pdf"));
        for bad in [&b"<html><script>"[..], b"MZ\x90\0", b"GIF89a", b"", b"\xFF\xD8"] {
            assert_eq!(sniff_evidence(bad), None);
        }
    }
}

#[derive(Debug, Clone)]
pub struct Correction {
    pub id: Uuid,
    pub ticket: TicketId,
    pub person: Option<PersonId>,
    pub kind: CorrectionKind,
    pub changes: Vec<FieldChange>,
    pub status: CorrectionStatus,
    pub approvals_needed: u8,
    pub final_role: Role,
    pub first_approver: Option<StaffId>,
    pub first_approved_at: Option<DateTime<Utc>>,
    pub decided_by: Option<StaffId>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decision_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The member of staff who filed it (never its approver); none for a citizen.
    pub requested_by: Option<StaffId>,
    /// What proved the new value, as the reviewer sees it.
    pub proof: Option<serde_json::Value>,
}
