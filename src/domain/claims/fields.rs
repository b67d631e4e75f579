//! Fields a complaint says are wrong on the record ("nama saya tertulis X, seharusnya
//! Y"), with the values it gives, and values it only states, to hold against the record.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use super::lexicon::{self, FIELD_WORDS};
use super::roles::{has_word, phrases, sentence};
use super::values::{dates, quoted, vaccines};
use super::{FieldClaim, FieldName};

/// Words for the phone itself: a claim next to them is about the phone, not a field.
const PHONE_WORDS: &[&str] =
    &["hp", "handphone", "ponsel", "nomor telepon", "no telp", "telepon", "phone", "wa", "whatsapp", "sms"];
/// Words of a vaccination: with two dates set against each other, or a brand, a claim.
const VACCINATION: &[&str] =
    &["vaksin", "divaksin", "suntik", "vaccin", "shot", "jab", "dosis", "dose", "needle", "faksin"];
/// Contrasts that, with two brands or two dates in a sentence, make a claim.
pub const CONTRAST: &[&str] = &[
    "tapi",
    "tetapi",
    "tp",
    "tpi",
    "namun",
    "sedangkan",
    "whereas",
    "vs",
    "versus",
    "padahal",
    "bukan",
    "but",
    "instead",
    "not",
    "seharusnya",
    "should",
    "yang benar",
    "benar",
    "correct",
    "->",
    "menjadi",
    "from",
    "aslinya",
    "sebenarnya",
    // Javanese "sanes" (not); not "kok" or "in fact", which also open a plain complaint
    // ("Dosis 1 tanggal …, dosis 2 tanggal …, kok sertifikatnya belum keluar?").
    "sanes",
    "ought",
    "real date",
    "actual date",
];

/// What the record says, then the right value ("tertulis PEINEM, yang benar Painem"):
/// both words as cues, though neither alone is one. None for "terdaftar dengan NIK yang
/// benar" (nothing between) or the right value first.
fn written_then_right(text: &str) -> Vec<(usize, usize, ())> {
    let written: Vec<(&str, ())> = lexicon::WRITTEN.iter().map(|w| (*w, ())).collect();
    let right: Vec<(&str, ())> = lexicon::CORRECTS.iter().map(|w| (*w, ())).collect();
    let written = phrases(text, &written);
    let right = phrases(text, &right);
    let Some(&(_, w_end, _)) = written.first() else { return Vec::new() };
    let set_against = right.iter().any(|(r0, _, _)| {
        // A value between them: a letter or digit that is not a filler word.
        *r0 > w_end
            && text[w_end..*r0].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count() >= 1
            && !text[w_end..*r0].trim_start().starts_with("dengan")
    });
    if set_against {
        written.into_iter().chain(right).collect()
    } else {
        Vec::new()
    }
}

/// A line that begins with a label for the right value: "CORRECT: 2021-Aug-23", "Yg
/// benar : Sinovac", "Correct vaccine: IndoVac" (not "Mohon diperbaiki, …": a plea).
fn right_label(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^[\s.]*(?:correct|yang benar|yg benar|yang betul|yg betul|seharusnya|should be)\b")
            .expect("static regex")
    });
    re.is_match(line)
}

/// The fields the writer says are wrong, one claim per field, with the values written
/// in its sentence and the next.
pub fn field_claims(own: &str, lower: &str) -> Vec<FieldClaim> {
    let wrong: Vec<(&str, ())> = lexicon::WRONG.iter().map(|w| (*w, ())).collect();
    let mut out: Vec<FieldClaim> = Vec::new();
    // Fields named in the sentence before without a word of wrongness, and where it began:
    // "Nama saya di sertifikat Asen. Seharusnya Asep." claims across the full stop.
    let mut named_before: (Vec<FieldName>, usize) = (Vec::new(), 0);
    let mut at = 0;
    while at < lower.len() {
        let (s0, s1) = sentence(lower, at);
        let next_end = if s1 < lower.len() { sentence(lower, s1 + 1).1 } else { s1 };
        let text = &lower[s0..s1];
        at = s1 + 1;
        if text.trim().is_empty() {
            continue;
        }
        let mut cues = phrases(text, &wrong);
        cues.retain(|(a, _, _)| {
            let word_before = text[..*a].split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty());
            // "salah satu warga" is "one of"; "salah satu huruf" is one letter wrong.
            let one_of = lexicon::NOT_WRONG.iter().any(|w| {
                text[*a..].strip_prefix(w).is_some_and(|rest| {
                    !["huruf", "angka", "digit", "karakter", "nomor"]
                        .iter()
                        .any(|x| rest.trim_start().starts_with(x))
                })
            });
            !one_of && !word_before.is_some_and(|w| lexicon::NEGATES_WRONG.contains(&w))
        });
        let corrects = lexicon::CORRECTS.iter().any(|w| has_word(text, w));
        cues.extend(written_then_right(text));
        // A typo in the word of wrongness itself ("saalah", "padhaal") still says it.
        cues.extend(misspelt(text, lexicon::WRONG).into_iter().map(|(a, b)| (a, b, ())));
        let mut found: Vec<FieldName> = Vec::new();
        let named = phrases(text, FIELD_WORDS);
        let (before, before_start) = std::mem::take(&mut named_before);
        let mut claim_start = s0;
        if named.is_empty()
            && corrects
            && !before.is_empty()
            && !PHONE_WORDS.iter().any(|w| has_word(text, w))
        {
            found = before;
            claim_start = before_start;
        } else if cues.is_empty() {
            // Not a NIK: one is named in nearly every mail, and corrected within its sentence.
            let fields: Vec<FieldName> = named
                .iter()
                .map(|(_, _, f)| *f)
                .filter(|f| *f != FieldName::Nik && field_applies(*f, text))
                .collect();
            named_before = (fields, s0);
        }
        for (a, b, field) in named {
            // A NIK is said wrong by a word for wrongness, not by a contrast: "pakai NIK
            // abah, … padahal sudah vaksin" says nothing of the NIK.
            let near = cues
                .iter()
                .filter(|(c0, c1, _)| field != FieldName::Nik || !CONTRAST.contains(&&text[*c0..*c1]))
                .any(|(c0, c1, _)| {
                    let (lo, hi) = if *c0 >= b { (b, *c0) } else { (*c1, a) };
                    let gap = &text[lo.min(hi)..hi.max(lo)];
                    gap.len() <= 60 && !PHONE_WORDS.iter().any(|w| has_word(gap, w))
                });
            if near && field_applies(field, text) && !found.contains(&field) {
                found.push(field);
            }
        }
        // Two brands, two sexes, two NIKs on the record, or two dates of a vaccination,
        // set against each other.
        let contrast = CONTRAST.iter().any(|w| has_word(text, w)) || !cues.is_empty();
        if contrast && vaccines(text).len() >= 2 && !found.contains(&FieldName::Vaccine) {
            found.push(FieldName::Vaccine);
        }
        let male = ["laki-laki", "laki laki", "pria", "male", "man"].iter().any(|w| has_word(text, w));
        let female = ["perempuan", "wanita", "female", "woman"].iter().any(|w| has_word(text, w));
        if contrast && male && female && !found.contains(&FieldName::Sex) {
            found.push(FieldName::Sex);
        }
        if contrast && nearly_same_niks(text) && on_record(text) && !found.contains(&FieldName::Nik) {
            found.push(FieldName::Nik);
        }
        if contrast
            && dates(text).len() >= 2
            && VACCINATION.iter().any(|w| text.contains(w))
            && !found.iter().any(|f| matches!(f, FieldName::VaccinatedOn | FieldName::BirthDate))
        {
            found.push(FieldName::VaccinatedOn);
        }
        // A form's wrong line with its right value on the next: "DATE OF dose one IS WRONG:
        // 2021-Sep-23. CORRECT: 2021-Aug-23", "Vaccine (1st jab): Gamaleya (wrong) /
        // Correct vaccine: Sinovac".
        let next_text = lower.get(s1..next_end).unwrap_or("");
        let right_next = right_label(next_text);
        if !cues.is_empty()
            && right_next
            && VACCINATION.iter().any(|w| text.contains(w))
            && !PHONE_WORDS.iter().any(|w| has_word(text, w))
        {
            let whole = &lower[s0..next_end];
            if vaccines(text).len() == 1 && vaccines(whole).len() >= 2 && !found.contains(&FieldName::Vaccine)
            {
                found.push(FieldName::Vaccine);
            }
            if dates(text).len() == 1
                && dates(whole).len() >= 2
                && !found.iter().any(|f| matches!(f, FieldName::VaccinatedOn | FieldName::BirthDate))
            {
                found.push(FieldName::VaccinatedOn);
            }
        }
        let quote: String = own[claim_start..s1].trim().chars().take(200).collect();
        let window = &own[claim_start..next_end];
        for field in found {
            if out.iter().any(|c| c.field == field) {
                continue;
            }
            out.push(FieldClaim {
                field,
                quote: quote.clone(),
                dates: dates(window),
                vaccines: vaccines(window),
                names: names_in(window),
                stated: false,
            });
        }
        if cues.is_empty() {
            let quote: String = own[s0..s1].trim().chars().take(200).collect();
            for claim in stated_values(text) {
                if !out.iter().any(|c| c.field == claim.field) {
                    out.push(FieldClaim { quote: quote.clone(), ..claim });
                }
            }
        }
    }
    out
}

/// Dates and brands a sentence gives right after a field's name ("lahir 12-05-1990",
/// "vaksin dosis 2 tanggal 9 Agustus 2021", "jenis vaksin Pfizer"), each a claim to hold
/// against the record. Only dates that fit the field count (a birth before 2010, a
/// vaccination from December 2020).
fn stated_values(text: &str) -> Vec<FieldClaim> {
    let born_by = NaiveDate::from_ymd_opt(2010, 1, 1).expect("date");
    let campaign = NaiveDate::from_ymd_opt(2020, 12, 1).expect("date");
    let mut out: Vec<FieldClaim> = Vec::new();
    for (_, end, field) in phrases(text, FIELD_WORDS) {
        let mut stop = (end + 40).min(text.len());
        while !text.is_char_boundary(stop) {
            stop += 1;
        }
        let after = &text[end..stop];
        let (dates, vaccines) = match field {
            FieldName::BirthDate => (dates(after).into_iter().filter(|d| *d < born_by).collect(), Vec::new()),
            FieldName::VaccinatedOn => {
                (dates(after).into_iter().filter(|d| *d >= campaign).collect(), Vec::new())
            }
            FieldName::Vaccine => (Vec::new(), vaccines(after)),
            _ => continue,
        };
        if (dates.is_empty() && vaccines.is_empty()) || out.iter().any(|c| c.field == field) {
            continue;
        }
        out.push(FieldClaim {
            field,
            quote: String::new(),
            dates,
            vaccines,
            names: Vec::new(),
            stated: true,
        });
    }
    // "My jab number one shows up as Convidecia": a brand beside a dose is a value too.
    let brands = vaccines(text);
    if !brands.is_empty()
        && VACCINATION.iter().any(|w| has_word(text, w))
        && !out.iter().any(|c| c.field == FieldName::Vaccine)
    {
        out.push(FieldClaim {
            field: FieldName::Vaccine,
            quote: String::new(),
            dates: Vec::new(),
            vaccines: brands,
            names: Vec::new(),
            stated: true,
        });
    }
    out
}

/// Words of `s` (five letters or more) one typo away from a word of `list`: a letter
/// added, dropped, changed or two swapped.
fn misspelt(s: &str, list: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (c.is_ascii_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                let w = &s[a..i];
                // Real words one letter from a cue ("salam" is no "salah").
                let real = ["salam", "salim", "balas", "sudah"].contains(&w);
                if w.len() >= 5
                    && !real
                    && list.iter().any(|t| !t.contains(' ') && t.len() >= 5 && one_typo(w, t))
                {
                    out.push((a, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

pub(super) fn one_typo(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[p..], &b[p..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..] || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

/// Two sixteen-digit numbers in a sentence that differ in a digit or two: a NIK and
/// the NIK the record holds by mistake.
fn nearly_same_niks(s: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"\b(?:\d[ .\-]?){15}\d\b").expect("static regex"));
    let numbers: Vec<Vec<u8>> =
        re.find_iter(s).map(|m| m.as_str().bytes().filter(u8::is_ascii_digit).collect()).collect();
    numbers.iter().enumerate().any(|(i, a)| {
        numbers[i + 1..].iter().any(|b| {
            let differ = a.iter().zip(b).filter(|(x, y)| x != y).count();
            (1..=2).contains(&differ)
        })
    })
}

/// A NIK is said wrong on the record only with words that place it there, and not when
/// the writer owns the mistake ("I gave the wrong NIK earlier").
fn field_applies(field: FieldName, sentence: &str) -> bool {
    field != FieldName::Nik || !lexicon::MY_TYPO.iter().any(|w| has_word(sentence, w))
}

/// Whether a sentence places what it says on the record or certificate.
pub fn on_record(sentence: &str) -> bool {
    lexicon::ON_RECORD.iter().any(|w| has_word(sentence, w))
}

/// Names written in quotes, or as two to five capitalised words.
fn names_in(s: &str) -> Vec<String> {
    static CAPS: OnceLock<Regex> = OnceLock::new();
    let caps =
        CAPS.get_or_init(|| Regex::new(r"\b[A-Z][a-z'.]+(?:\s+[A-Z][a-z'.]*){1,4}\b").expect("static regex"));
    let mut out = quoted(s);
    out.extend(caps.find_iter(s).map(|m| m.as_str().trim_end_matches('.').to_string()));
    out.dedup();
    out
}
