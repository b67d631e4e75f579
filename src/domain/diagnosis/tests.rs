use super::*;
use crate::domain::claims;

const PHONE: &str = "+6281234567890";
const OTHER: &str = "+6285712345678";

fn dose(n: u8) -> DoseState {
    DoseState { dose: n, pending: None }
}

/// A complete record: two doses, two certificates, phone, SMS delivered.
fn fine() -> Facts {
    Facts {
        doses: vec![dose(1), dose(2)],
        certificates: 2,
        phone_on_record: Some(PHONE.into()),
        last_sms: LastSms::Delivered,
        last_receipt: Some("DELIVRD".into()),
        contact_phones: vec![PHONE.into()],
        ..Facts::default()
    }
}

fn dose2_pending() -> Facts {
    Facts {
        doses: vec![dose(1), DoseState { dose: 2, pending: Some("vaccination date missing".into()) }],
        certificates: 1,
        ..fine()
    }
}

fn claim(field: &'static str, confirmed: bool) -> DataClaim {
    DataClaim { field, dose: None, on_record: None, claimed: None, confirmed, quote: "nama salah".into() }
}

#[test]
fn each_rule_fires_on_its_facts() {
    let cases: Vec<(&str, Facts, Cause, Option<&str>)> = vec![
        ("delivered", fine(), Cause::SmsDelivered, Some("resend_sms")),
        ("no dose yet", Facts { doses: vec![], certificates: 0, ..fine() }, Cause::RecordPending, None),
        (
            "every dose pending",
            Facts {
                doses: vec![DoseState { dose: 1, pending: Some("date missing".into()) }],
                certificates: 0,
                ..fine()
            },
            Cause::RecordPending,
            None,
        ),
        ("dose 2 pending, nothing named", dose2_pending(), Cause::RecordPending, None),
        (
            "dose 2 pending and named",
            Facts { named_doses: vec![2], ..dose2_pending() },
            Cause::RecordPending,
            None,
        ),
        (
            "dose 1 named and complete, dose 2 pending",
            Facts { named_doses: vec![1], ..dose2_pending() },
            Cause::SmsDelivered,
            Some("resend_sms"),
        ),
        (
            "a booster named, not on record",
            Facts { named_doses: vec![3], ..fine() },
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
            "calls the number on record old",
            Facts { old_phones: vec![PHONE.into()], contact_phones: vec![PHONE.into()], ..fine() },
            Cause::PhoneMismatch,
            None,
        ),
        (
            "gives a new number",
            Facts { new_phones: vec![OTHER.into()], ..fine() },
            Cause::PhoneMismatch,
            None,
        ),
        ("says the phone was lost", Facts { phone_changed: true, ..fine() }, Cause::PhoneMismatch, None),
        (
            "for a relative, from the writer's own number",
            Facts { on_behalf: true, contact_phones: vec![OTHER.into()], ..fine() },
            Cause::SmsDelivered,
            Some("resend_sms"),
        ),
        (
            "mentions the record's number too",
            Facts { contact_phones: vec![OTHER.into(), PHONE.into()], ..fine() },
            Cause::SmsDelivered,
            Some("resend_sms"),
        ),
        (
            "writes the number on record and another",
            Facts { stated_phones: vec![PHONE.into(), OTHER.into()], ..fine() },
            Cause::PhoneMismatch,
            None,
        ),
        (
            "writes the number on record and another, for a relative",
            Facts { on_behalf: true, stated_phones: vec![PHONE.into(), OTHER.into()], ..fine() },
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
            Facts { data_claims: vec![claim("full_name", false)], ..fine() },
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
            Facts { same_name_and_birth: 1, doses: vec![], certificates: 0, ..fine() },
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
            Facts { doses: vec![], certificates: 0, phone_on_record: None, ..fine() },
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
fn the_dose_and_how_sure() {
    let d = diagnose(&Facts { named_doses: vec![2], ..dose2_pending() });
    assert_eq!((d.dose, d.confidence), (Some(2), Confidence::High));
    assert!(d.evidence[0].contains("dose 2") && d.evidence[0].contains("date missing"), "{:?}", d.evidence);
    let d = diagnose(&dose2_pending());
    assert_eq!((d.dose, d.confidence), (Some(2), Confidence::Medium), "no dose named: likely, not sure");
    let d = diagnose(&Facts { contact_phones: vec![OTHER.into()], ..fine() });
    assert_eq!(d.confidence, Confidence::Low, "a number seen in the mail says little");
    let d = diagnose(&Facts { named_doses: vec![2], ..fine() });
    assert_eq!(d.suggestion, Some(Suggestion::Resend { dose: Some(2) }));
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

fn record() -> RecordView {
    RecordView {
        nik: Some("3275014505850001".into()),
        full_name: "Siti Aminah".into(),
        birth_date: chrono::NaiveDate::from_ymd_opt(1985, 5, 5),
        sex: "F".into(),
        doses: vec![
            (1, "coronavac".into(), chrono::NaiveDate::from_ymd_opt(2021, 7, 12)),
            (2, "coronavac".into(), chrono::NaiveDate::from_ymd_opt(2021, 8, 9)),
        ],
    }
}

fn checked(text: &str) -> Vec<DataClaim> {
    against_record(&claims::read(text, ""), &record())
}

#[test]
fn claims_are_held_against_the_record() {
    let c = checked(r#"Nama saya tertulis "Siti Aminah", seharusnya "Siti Aminah Lubis"."#);
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].confirmed && c[0].claimed.as_deref() == Some("Siti Aminah Lubis"), "{c:?}");
    let c = checked("Jenis vaksin dosis 2 tertulis Sinovac padahal AstraZeneca");
    assert_eq!((c[0].field, c[0].dose, c[0].claimed.as_deref()), ("vaccine", Some(2), Some("astrazeneca")));
    assert_eq!(c[0].on_record.as_deref(), Some("coronavac"));
    let c = checked("Tanggal vaksin salah: tertulis 09-08-2021, seharusnya 10 Agustus 2021");
    assert_eq!((c[0].dose, c[0].claimed.as_deref()), (Some(2), Some("2021-08-10")), "the dose by its date");
    // "Should be X" where the record has X already: it was corrected, nothing wrong.
    assert!(checked(r#"Nama saya seharusnya "Siti Aminah""#).is_empty());
    let d = diagnose(&Facts {
        data_claims: checked("Jenis vaksin tertulis Sinovac padahal AstraZeneca"),
        ..fine()
    });
    assert_eq!(d.cause, Cause::DataError);
    assert_eq!(d.field.as_deref(), Some("vaccine"));
    assert_eq!(d.confidence, Confidence::High);
    assert!(
        matches!(&d.suggestion, Some(Suggestion::Correction { field, value: Some(v), .. }) if field == "vaccine" && v == "astrazeneca"),
        "{:?}",
        d.suggestion
    );
}

#[test]
fn a_value_only_stated_counts_where_the_record_says_otherwise() {
    // The record's own values, stated to identify: nothing wrong.
    assert!(checked("Saya lahir 05-05-1985, vaksin dosis 2 tanggal 9 Agustus 2021, sertifikat belum ada.")
        .is_empty());
    // A birth date the record does not hold: a claim, never more than medium.
    let c = checked("Tanggal lahir saya 15-05-1985, sertifikat belum ada.");
    assert_eq!(
        (c[0].field, c[0].claimed.as_deref(), c[0].confirmed),
        ("birth_date", Some("1985-05-15"), false),
        "{c:?}"
    );
    let d = diagnose(&Facts { data_claims: c, ..fine() });
    assert_eq!((d.cause, d.confidence), (Cause::DataError, Confidence::Medium));
    // A brand given for a dose, not the record's.
    let c = checked("Dosis 2 saya jenis vaksin Pfizer, tapi belum ada SMS.");
    assert_eq!(
        (c[0].field, c[0].dose, c[0].claimed.as_deref()),
        ("vaccine", Some(2), Some("comirnaty")),
        "{c:?}"
    );
    // A date that cannot be the field's (a birth in 2021) is no claim.
    assert!(checked("Lahir 12-07-2021? Tidak, saya vaksin tanggal itu.")
        .iter()
        .all(|c| c.field != "birth_date"));
}

#[test]
fn a_date_beside_a_dose_said_recorded_is_the_pending_doses() {
    let date = |text: &str| super::mismatch::date(&claims::read(text, ""), &record());
    assert!(date("Saya disuntik di Balai Desa pada 15.10.21, sedangkan vaksinasi yang pertama sudah tercatat sejak lama.")
        .is_none());
    // The named dose dated in its own clause, or said wrong: a claim still.
    assert!(date("Vaksin dosis 1 saya tercatat 12 Juli 2021 padahal saya divaksin 19 Juli 2021").is_some());
    assert!(date("Dosis 1 sudah tercatat, tapi tanggalnya salah: saya divaksin 19 Juli 2021").is_some());
}
