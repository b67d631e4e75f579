//! Why the certificate did not arrive: a small, ordered set of rules over what the
//! record, its certificates and SMS, and the complaint itself say. Each rule that fires
//! names its evidence, so the agent sees why, not just what. Pure: the service gathers
//! the facts, this decides.

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

/// The latest certificate SMS, as far as diagnosis cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LastSms {
    None,
    /// Queued or at the operator, no final receipt yet.
    InFlight,
    Delivered,
    /// Undelivered, expired, rejected, or the gateway refused it for good.
    Failed,
}

/// Everything the rules look at. Phones are E.164 strings.
#[derive(Debug, Clone)]
pub struct Facts {
    /// Doses on the record, and how many of them are still pending input.
    pub doses: usize,
    pub pending_doses: usize,
    /// Why a pending dose is pending (the first), shown as evidence.
    pub pending_reason: Option<String>,
    /// Valid certificates.
    pub certificates: usize,
    pub phone_on_record: Option<String>,
    pub last_sms: LastSms,
    /// The receipt status of that SMS (UNDELIV, EXPIRED, …).
    pub last_receipt: Option<String>,
    /// The number the citizen wrote or called from, and numbers they mention.
    pub contact_phones: Vec<String>,
    /// The NIK's birth date or sex disagrees with the record.
    pub nik_disagrees: bool,
    /// Fields the citizen says are wrong ("nama salah", "tanggal lahir salah", …).
    pub named_wrong_fields: Vec<String>,
    /// Other records with the same name and birth date.
    pub same_name_and_birth: usize,
}

/// What the agent is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    pub cause: Cause,
    /// Why, in the order the facts were weighed.
    pub evidence: Vec<String>,
    pub category: Category,
    pub priority: Priority,
    /// A resolution action to offer (`resend_sms`), if one fixes it.
    pub action: Option<&'static str>,
    /// The canned reply to prepare (a macro name).
    pub reply: &'static str,
}

fn masked(phone: &str) -> String {
    super::PhoneNumber::parse(phone).map(|p| p.masked()).unwrap_or_else(|_| "(invalid)".into())
}

/// The rules, in order: the first that fires is the cause. Order matters: a duplicate
/// or wrong data must be fixed before a resend helps; a missing record before a phone.
pub fn diagnose(f: &Facts) -> Diagnosis {
    let mut evidence = Vec::new();
    let d = |cause, evidence, category, priority, action, reply| Diagnosis {
        cause,
        evidence,
        category,
        priority,
        action,
        reply,
    };
    if f.same_name_and_birth > 0 {
        evidence.push(format!(
            "{} other record(s) with the same name and birth date (a dose booked under another number?)",
            f.same_name_and_birth
        ));
        return d(
            Cause::DuplicateRecord,
            evidence,
            Category::DuplicateRecord,
            Priority::High,
            None,
            "duplicate_record",
        );
    }
    if f.nik_disagrees || !f.named_wrong_fields.is_empty() {
        if f.nik_disagrees {
            evidence.push("the NIK's birth date or sex disagrees with the record".into());
        }
        if !f.named_wrong_fields.is_empty() {
            evidence.push(format!("the citizen says these are wrong: {}", f.named_wrong_fields.join(", ")));
        }
        return d(Cause::DataError, evidence, Category::DataCorrection, Priority::Normal, None, "data_error");
    }
    if f.doses == 0 || f.certificates == 0 {
        evidence.push(if f.doses == 0 {
            "no dose on the record yet: still queued for input in the central system".into()
        } else {
            format!(
                "{} of {} dose(s) still pending input{}",
                f.pending_doses,
                f.doses,
                f.pending_reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default()
            )
        });
        return d(
            Cause::RecordPending,
            evidence,
            Category::CertificateMissing,
            Priority::Normal,
            None,
            "record_pending",
        );
    }
    if f.pending_doses > 0 {
        evidence.push(format!("{} later dose(s) still pending input", f.pending_doses));
    }
    let Some(phone) = &f.phone_on_record else {
        evidence.push(format!("{} certificate(s) issued, but no phone number on record", f.certificates));
        return d(
            Cause::PhoneMissing,
            evidence,
            Category::PhoneMissing,
            Priority::High,
            None,
            "phone_missing",
        );
    };
    if !f.contact_phones.is_empty() && !f.contact_phones.contains(phone) {
        evidence.push(format!(
            "the record has {}, the citizen uses {}",
            masked(phone),
            f.contact_phones.iter().map(|p| masked(p)).collect::<Vec<_>>().join(", ")
        ));
        return d(
            Cause::PhoneMismatch,
            evidence,
            Category::PhoneMismatch,
            Priority::High,
            None,
            "phone_mismatch",
        );
    }
    match f.last_sms {
        LastSms::Failed => {
            evidence.push(format!(
                "the certificate SMS to {} was not delivered ({})",
                masked(phone),
                f.last_receipt.as_deref().unwrap_or("failed")
            ));
            d(
                Cause::SmsFailed,
                evidence,
                Category::SmsNotReceived,
                Priority::High,
                Some("resend_sms"),
                "sms_failed",
            )
        }
        LastSms::Delivered => {
            evidence.push(format!("the certificate SMS was delivered to {}", masked(phone)));
            d(
                Cause::SmsDelivered,
                evidence,
                Category::SmsNotReceived,
                Priority::Low,
                Some("resend_sms"),
                "sms_delivered",
            )
        }
        LastSms::InFlight | LastSms::None => {
            evidence.push(format!(
                "{} valid certificate(s); the link can be sent to {}",
                f.certificates,
                masked(phone)
            ));
            d(
                Cause::CertificateAvailable,
                evidence,
                Category::CertificateMissing,
                Priority::Low,
                Some("resend_sms"),
                "certificate_available",
            )
        }
    }
}

/// Words with which a citizen says a field is wrong, Bahasa Indonesia and English.
const WRONG_FIELDS: &[(&str, &[&str])] = &[
    (
        "full_name",
        &[
            "nama salah",
            "salah nama",
            "nama keliru",
            "salah ketik nama",
            "name is wrong",
            "wrong name",
            "misspelled",
        ],
    ),
    (
        "birth_date",
        &[
            "tanggal lahir salah",
            "tgl lahir salah",
            "salah tanggal lahir",
            "wrong date of birth",
            "birth date is wrong",
        ],
    ),
    ("sex", &["jenis kelamin salah", "salah jenis kelamin", "wrong gender", "wrong sex"]),
    ("nik", &["nik salah", "salah nik", "nik keliru", "wrong nik"]),
    ("vaccine", &["jenis vaksin salah", "vaksin salah", "salah vaksin", "wrong vaccine"]),
    (
        "vaccinated_on",
        &[
            "tanggal vaksin salah",
            "tanggal vaksinasi salah",
            "salah tanggal vaksin",
            "wrong vaccination date",
        ],
    ),
];

/// The fields a complaint says are wrong.
pub fn named_wrong_fields(text: &str) -> Vec<String> {
    let t = text.to_lowercase();
    WRONG_FIELDS
        .iter()
        .filter(|(_, phrases)| phrases.iter().any(|p| t.contains(p)))
        .map(|(f, _)| f.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHONE: &str = "+6281234567890";
    const OTHER: &str = "+6285712345678";

    /// A complete record: two doses, two certificates, phone, SMS delivered.
    fn fine() -> Facts {
        Facts {
            doses: 2,
            pending_doses: 0,
            pending_reason: None,
            certificates: 2,
            phone_on_record: Some(PHONE.into()),
            last_sms: LastSms::Delivered,
            last_receipt: Some("DELIVRD".into()),
            contact_phones: vec![PHONE.into()],
            nik_disagrees: false,
            named_wrong_fields: vec![],
            same_name_and_birth: 0,
        }
    }

    #[test]
    fn each_rule_fires_on_its_facts() {
        let cases: Vec<(&str, Facts, Cause, Option<&str>)> = vec![
            ("delivered", fine(), Cause::SmsDelivered, Some("resend_sms")),
            ("no dose yet", Facts { doses: 0, certificates: 0, ..fine() }, Cause::RecordPending, None),
            (
                "every dose pending",
                Facts {
                    pending_doses: 2,
                    certificates: 0,
                    pending_reason: Some("date missing".into()),
                    ..fine()
                },
                Cause::RecordPending,
                None,
            ),
            ("no phone", Facts { phone_on_record: None, ..fine() }, Cause::PhoneMissing, None),
            (
                "writes from another number",
                Facts { contact_phones: vec![OTHER.into()], ..fine() },
                Cause::PhoneMismatch,
                None,
            ),
            (
                "mentions the record's number too",
                Facts { contact_phones: vec![OTHER.into(), PHONE.into()], ..fine() },
                Cause::SmsDelivered,
                Some("resend_sms"),
            ),
            (
                "undelivered",
                Facts { last_sms: LastSms::Failed, last_receipt: Some("UNDELIV".into()), ..fine() },
                Cause::SmsFailed,
                Some("resend_sms"),
            ),
            (
                "never sent",
                Facts { last_sms: LastSms::None, ..fine() },
                Cause::CertificateAvailable,
                Some("resend_sms"),
            ),
            (
                "in flight",
                Facts { last_sms: LastSms::InFlight, ..fine() },
                Cause::CertificateAvailable,
                Some("resend_sms"),
            ),
            (
                "unknown contact",
                Facts { contact_phones: vec![], ..fine() },
                Cause::SmsDelivered,
                Some("resend_sms"),
            ),
            ("NIK disagrees", Facts { nik_disagrees: true, ..fine() }, Cause::DataError, None),
            (
                "names a wrong field",
                Facts { named_wrong_fields: vec!["full_name".into()], ..fine() },
                Cause::DataError,
                None,
            ),
            (
                "same name and birth date",
                Facts { same_name_and_birth: 1, ..fine() },
                Cause::DuplicateRecord,
                None,
            ),
            (
                "a duplicate beats missing data",
                Facts { same_name_and_birth: 1, doses: 0, certificates: 0, ..fine() },
                Cause::DuplicateRecord,
                None,
            ),
            (
                "wrong data beats a missing phone",
                Facts { nik_disagrees: true, phone_on_record: None, ..fine() },
                Cause::DataError,
                None,
            ),
            (
                "a pending record beats a missing phone",
                Facts { doses: 0, certificates: 0, phone_on_record: None, ..fine() },
                Cause::RecordPending,
                None,
            ),
        ];
        for (why, facts, cause, action) in cases {
            let d = diagnose(&facts);
            assert_eq!(d.cause, cause, "{why}: {:?}", d.evidence);
            assert_eq!(d.action, action, "{why}");
            assert!(!d.evidence.is_empty(), "{why}: the rule names its evidence");
            assert_eq!(d.reply, cause.as_str(), "{why}: a prepared reply per cause");
        }
    }

    #[test]
    fn evidence_masks_phone_numbers() {
        let d = diagnose(&Facts { contact_phones: vec![OTHER.into()], ..fine() });
        let text = d.evidence.join(" ");
        assert!(text.contains("+62 812-****-890") && text.contains("+62 857-****-678"), "{text}");
        assert!(!text.contains(PHONE));
    }

    #[test]
    fn causes_set_category_and_priority() {
        assert_eq!(diagnose(&Facts { phone_on_record: None, ..fine() }).category, Category::PhoneMissing);
        assert_eq!(diagnose(&Facts { phone_on_record: None, ..fine() }).priority, Priority::High);
        assert_eq!(diagnose(&fine()).priority, Priority::Low);
        assert_eq!(diagnose(&Facts { nik_disagrees: true, ..fine() }).category, Category::DataCorrection);
    }

    #[test]
    fn complaints_name_the_wrong_fields() {
        assert_eq!(
            named_wrong_fields("Nama salah ketik di sertifikat, tgl lahir salah juga"),
            ["full_name", "birth_date"]
        );
        assert_eq!(named_wrong_fields("The vaccine on my certificate: wrong vaccine"), ["vaccine"]);
        assert!(named_wrong_fields("Sertifikat belum diterima").is_empty());
    }
}
