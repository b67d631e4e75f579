//! A complaint's claims about wrong data, held against the record: which value the
//! record has, which the citizen says is right, and whether the mail's own words bear
//! the claim out (the record holds the value they call wrong, or they give another).

use chrono::NaiveDate;

use crate::domain::claims::{Claims, FieldName};
use crate::domain::identity::same_name;

/// What the record says, as far as claims go.
#[derive(Debug, Clone, Default)]
pub struct RecordView {
    pub nik: Option<String>,
    pub full_name: String,
    pub birth_date: Option<NaiveDate>,
    /// M or F.
    pub sex: String,
    /// (dose, vaccine code, vaccination date).
    pub doses: Vec<(u8, String, Option<NaiveDate>)>,
}

/// A field the citizen says is wrong, with both values where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataClaim {
    pub field: &'static str,
    pub dose: Option<u8>,
    pub on_record: Option<String>,
    /// The value the citizen says is right.
    pub claimed: Option<String>,
    /// The mail's values bear the claim out.
    pub confirmed: bool,
    /// The citizen's words.
    pub quote: String,
}

impl DataClaim {
    pub fn evidence(&self) -> String {
        let dose = self.dose.map(|d| format!(" (dose {d})")).unwrap_or_default();
        let mut s = format!(
            "the citizen says the {}{dose} is wrong: \u{201c}{}\u{201d}",
            self.field,
            masked_numbers(&self.quote)
        );
        match (&self.on_record, &self.claimed) {
            (Some(r), Some(c)) => s.push_str(&format!("; record: {r}, should be: {c}")),
            (Some(r), None) => s.push_str(&format!("; record: {r}")),
            _ => {}
        }
        s
    }
}

/// `s` with every long number (a NIK, a phone number: ten digits or more, however
/// grouped) masked but for its first and last four digits: evidence is kept and shown,
/// personal numbers are not.
pub fn masked_numbers(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = chars.clone();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // A run of digits, single separators allowed between them.
        let mut digits = vec![i];
        let mut j = i + 1;
        while j < chars.len() {
            if chars[j].is_ascii_digit() {
                digits.push(j);
                j += 1;
            } else if matches!(chars[j], ' ' | '.' | '-')
                && chars.get(j + 1).is_some_and(char::is_ascii_digit)
            {
                j += 1;
            } else {
                break;
            }
        }
        if digits.len() >= 10 {
            for &k in &digits[4..digits.len() - 4] {
                out[k] = '*';
            }
        }
        i = j;
    }
    out.into_iter().collect()
}

/// Each field claim of `claims` checked against `record`. A claim whose only value is
/// what the record already says right ("should be X" and the record has X) is dropped:
/// the record was corrected already.
pub fn against_record(claims: &Claims, record: &RecordView) -> Vec<DataClaim> {
    let mut out = Vec::new();
    for c in &claims.fields {
        let dose = dose_of(claims, c.field, record, &c.dates);
        let (on_record, values): (Option<String>, Vec<String>) = match c.field {
            FieldName::FullName => (
                Some(record.full_name.clone()),
                c.names.iter().filter(|n| looks_like_a_name(n)).cloned().collect(),
            ),
            FieldName::BirthDate => {
                (record.birth_date.map(|d| d.to_string()), c.dates.iter().map(|d| d.to_string()).collect())
            }
            FieldName::VaccinatedOn => (
                dose.and_then(|n| record.doses.iter().find(|d| d.0 == n))
                    .and_then(|d| d.2)
                    .map(|d| d.to_string()),
                c.dates.iter().map(|d| d.to_string()).collect(),
            ),
            FieldName::Vaccine => (
                dose.and_then(|n| record.doses.iter().find(|d| d.0 == n)).map(|d| d.1.clone()),
                c.vaccines.clone(),
            ),
            FieldName::Sex => (Some(record.sex.clone()), sex_in(&c.quote)),
            FieldName::Nik => (None, Vec::new()),
        };
        let same = |v: &str| match (c.field, &on_record) {
            (FieldName::FullName, Some(r)) => same_name(v, r),
            (_, Some(r)) => v == r,
            _ => false,
        };
        let record_named = values.iter().any(|v| same(v));
        let claimed = values.iter().find(|v| !same(v)).cloned();
        // A value only stated is a claim where the record says otherwise, nowhere else.
        // A date stated beside several doses may be any of them.
        let which_dose_unclear = c.field == FieldName::VaccinatedOn && claims.doses.len() > 1;
        if c.stated && (on_record.is_none() || claimed.is_none() || which_dose_unclear) {
            continue;
        }
        // "should be X" where the record has X already, and nothing else: nothing wrong.
        if c.field != FieldName::Nik && record_named && claimed.is_none() && says_should_be(&c.quote) {
            continue;
        }
        out.push(DataClaim {
            field: c.field.as_str(),
            dose: if matches!(c.field, FieldName::VaccinatedOn | FieldName::Vaccine) { dose } else { None },
            on_record,
            // A stated value may be the writer's slip: medium, never high.
            confirmed: !c.stated && (record_named || claimed.is_some()),
            claimed,
            quote: c.quote.clone(),
        });
    }
    // Values the record contradicts, however the citizen put them.
    for (field, found) in [
        ("vaccine", super::mismatch::brand as fn(&Claims, &RecordView) -> Option<DataClaim>),
        ("vaccinated_on", super::mismatch::date),
        ("nik", super::mismatch::nik),
    ] {
        if !out.iter().any(|c| c.field == field) {
            out.extend(found(claims, record));
        }
    }
    // The record's name spelt otherwise, however the citizen put it.
    if !out.iter().any(|c| c.field == "full_name") {
        if let Some(v) = super::spelling::name_variant(&claims.own, &record.full_name) {
            out.push(DataClaim {
                field: "full_name",
                dose: None,
                on_record: Some(record.full_name.clone()),
                claimed: Some(v.written),
                // Two spellings alone are likely; words setting them apart make it sure.
                confirmed: v.set_against,
                quote: v.quote,
            });
        }
    }
    out
}

/// The dose a per-dose claim is about: the one named, else the one whose date the
/// mail gives, else the only dose.
fn dose_of(claims: &Claims, field: FieldName, record: &RecordView, dates: &[NaiveDate]) -> Option<u8> {
    if !matches!(field, FieldName::VaccinatedOn | FieldName::Vaccine) {
        return None;
    }
    if let Some(n) = claims.doses.iter().find(|n| record.doses.iter().any(|d| d.0 == **n)) {
        return Some(*n);
    }
    if let Some(d) = record.doses.iter().find(|d| d.2.is_some_and(|v| dates.contains(&v))) {
        return Some(d.0);
    }
    record
        .doses
        .first()
        .map(|d| d.0)
        .filter(|_| record.doses.len() == 1)
        .or(record.doses.first().map(|d| d.0))
}

/// Capitalised words that are a sentence's start or a place, not a person's name.
const NOT_NAMES: &[&str] = &[
    "nama",
    "saya",
    "sy",
    "sertifikat",
    "mohon",
    "tolong",
    "terima",
    "kasih",
    "bapak",
    "ibu",
    "yth",
    "selamat",
    "pagi",
    "siang",
    "sore",
    "malam",
    "my",
    "name",
    "the",
    "please",
    "dear",
    "hello",
    "hi",
    "certificate",
    "thank",
    "thanks",
    "kementerian",
    "kesehatan",
    "puskesmas",
    "rumah",
    "sakit",
    "satusehat",
    "pedulilindungi",
    "nik",
    "seharusnya",
    "harusnya",
    "tertulis",
    "di",
    "dan",
    "yang",
    "it",
    "should",
    "be",
    "is",
    "but",
];

fn looks_like_a_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && !words.iter().any(|w| {
            NOT_NAMES.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str())
        })
}

fn says_should_be(quote: &str) -> bool {
    let q = quote.to_lowercase();
    ["seharusnya", "harusnya", "should be", "yang benar", "mestinya"].iter().any(|w| q.contains(w))
        && !["tertulis", "tercantum", "written", "says", "shows"].iter().any(|w| q.contains(w))
}

fn sex_in(quote: &str) -> Vec<String> {
    let q = quote.to_lowercase();
    let mut out = Vec::new();
    for (words, sex) in [
        (&["laki-laki", "laki laki", "pria", "male", "man"][..], "M"),
        (&["perempuan", "wanita", "female", "woman"][..], "F"),
    ] {
        if words.iter().any(|w| crate::domain::claims::has_word(&q, w)) {
            out.push(sex.to_string());
        }
    }
    out
}
