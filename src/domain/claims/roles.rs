//! Reading the words around each number and in each sentence: the roles of phone
//! numbers and NIKs, the dose named, whom the complaint is for, and fields said wrong.
//! Works on the writer's own text lower-cased with ASCII rules (byte offsets stay put).

use std::sync::OnceLock;

use regex::Regex;

use super::lexicon::{self, FIELD_WORDS, NIK_ROLES, PHONE_ROLES};
use super::values::{dates, quoted, vaccines};
use super::{FieldClaim, FieldName, NikRole, PhoneRole};
use crate::domain::{Nik, PhoneNumber};

/// Whether `phrase` occurs in `s` as whole words.
pub fn has_word(s: &str, phrase: &str) -> bool {
    s.match_indices(phrase).any(|(at, _)| whole(s, at, at + phrase.len()))
}

fn whole(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// Every phrase of `table` in `s` as whole words, longest phrases first and never
/// overlapping, ordered by position: (start, end, meaning).
pub fn phrases<T: Copy>(s: &str, table: &[(&str, T)]) -> Vec<(usize, usize, T)> {
    let mut order: Vec<&(&str, T)> = table.iter().collect();
    order.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    let mut taken: Vec<(usize, usize, T)> = Vec::new();
    for (p, meaning) in order {
        for (at, _) in s.match_indices(p) {
            let end = at + p.len();
            if whole(s, at, end) && !taken.iter().any(|(a, b, _)| at < *b && *a < end) {
                taken.push((at, end, *meaning));
            }
        }
    }
    taken.sort_by_key(|(a, _, _)| *a);
    taken
}

/// Where each found number stands in the text, by its digits.
pub struct Spans {
    niks: Vec<(String, usize, usize)>,
    phones: Vec<(String, usize, usize)>,
    /// Every number's span, to bound the words that belong to one number.
    all: Vec<(usize, usize)>,
}

impl Spans {
    pub fn locate(own: &str, niks: &[Nik], phones: &[PhoneNumber]) -> Spans {
        // The digits of the text, each with its byte offset.
        let digits: Vec<(usize, u8)> = own.bytes().enumerate().filter(|(_, b)| b.is_ascii_digit()).collect();
        let flat: String = digits.iter().map(|(_, b)| *b as char).collect();
        let span_of = |want: &str| -> Option<(usize, usize)> {
            let at = flat.find(want)?;
            Some((digits[at].0, digits[at + want.len() - 1].0 + 1))
        };
        let niks: Vec<_> = niks
            .iter()
            .filter_map(|n| span_of(n.expose()).map(|(a, b)| (n.expose().to_string(), a, b)))
            .collect();
        // The national number after the leading 0 / 62: the same digits however written.
        let phones: Vec<_> = phones
            .iter()
            .filter_map(|p| {
                let e164 = p.expose().to_string();
                span_of(e164.trim_start_matches("+62")).map(|(a, b)| (e164, a, b))
            })
            .collect();
        let mut all: Vec<(usize, usize)> =
            niks.iter().map(|(_, a, b)| (*a, *b)).chain(phones.iter().map(|(_, a, b)| (*a, *b))).collect();
        all.sort_unstable();
        Spans { niks, phones, all }
    }

    /// The text that speaks of the number at `start..end`: from the sentence start (or
    /// the previous number) to it, and from it to the sentence end (or the next number).
    fn around<'a>(&self, lower: &'a str, start: usize, end: usize) -> (&'a str, &'a str) {
        let before = self.lead(lower, start);
        // Words before a comma belong to what came before ("use 0813 from now, 0812 was …").
        let clause = before.rfind([',', ';']).map_or(before, |i| &before[i + 1..]);
        let (_, s1) = sentence(lower, start);
        let next = self.all.iter().filter(|(a, _)| *a >= end).map(|(a, _)| *a).min().unwrap_or(lower.len());
        (clause, &lower[end..s1.min(next).max(end)])
    }

    /// From the sentence start (or the previous number) to `start`.
    fn lead<'a>(&self, lower: &'a str, start: usize) -> &'a str {
        let (s0, _) = sentence(lower, start);
        let prev = self.all.iter().filter(|(_, b)| *b <= start).map(|(_, b)| *b).max().unwrap_or(0);
        &lower[s0.max(prev)..start]
    }

    pub fn phone_role(&self, lower: &str, p: &PhoneNumber) -> PhoneRole {
        let Some((_, a, b)) = self.phones.iter().find(|(e, _, _)| e == p.expose()) else {
            return PhoneRole::Unspecified;
        };
        let (before, after) = self.around(lower, *a, *b);
        nearest(before, after, PHONE_ROLES, PhoneRole::Unspecified)
    }

    pub fn nik_role(&self, lower: &str, n: &Nik) -> NikRole {
        let Some((_, a, b)) = self.niks.iter().find(|(e, _, _)| e == n.expose()) else {
            return NikRole::Unspecified;
        };
        let (before, after) = self.around(lower, *a, *b);
        // "NIK ibu saya 3275…", "the person concerned is my wife, NIK 3275…"; a relative
        // said to be fine is named, not complained for.
        let before_all = phrases(before, NIK_ROLES);
        // Saying a NIK is right or wrong outweighs whose it is ("I mistyped my NIK as …").
        if let Some((_, _, r)) =
            before_all.iter().rev().find(|(_, _, r)| matches!(r, NikRole::Correct | NikRole::Wrong))
        {
            return *r;
        }
        if relative_in(self.lead(lower, *a)).is_some() {
            let (s0, s1) = sentence(lower, *a);
            return if settled(&lower[s0..s1]) { NikRole::Settled } else { NikRole::Relative };
        }
        nearest(before, after, NIK_ROLES, NikRole::Unspecified)
    }
}

/// The meaning nearest before the number, else the first after it; a neutral word
/// before does not hide what follows ("terdaftar 0812… sudah tidak aktif").
fn nearest<T: Copy + PartialEq>(before: &str, after: &str, table: &[(&str, T)], neutral: T) -> T {
    let b = phrases(before, table).into_iter().map(|(_, _, t)| t).next_back();
    match b {
        Some(t) if t != neutral => t,
        _ => phrases(after, table).into_iter().map(|(_, _, t)| t).find(|t| *t != neutral).unwrap_or(neutral),
    }
}

/// The sentence around byte `at`: line breaks, `!`, `?` and a full stop followed by a
/// space end one (a dot between digits does not).
pub fn sentence(s: &str, at: usize) -> (usize, usize) {
    let is_end = |i: usize, c: char| match c {
        '\n' | '!' | '?' => true,
        '.' => s[i + 1..].starts_with(char::is_whitespace) || i + 1 == s.len(),
        _ => false,
    };
    let start = s[..at].char_indices().rev().find(|(i, c)| is_end(*i, *c)).map(|(i, c)| i + c.len_utf8());
    let end = s[at..].char_indices().find(|(i, c)| is_end(at + i, *c)).map(|(i, _)| at + i);
    (start.unwrap_or(0), end.unwrap_or(s.len()))
}

/// A relative named as the subject in `s`: "ibu saya", "my mother", "untuk ayah".
fn relative_in(s: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let rel = lexicon::RELATIVES.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        let after = lexicon::POSSESSIVE_AFTER.join("|");
        let before =
            lexicon::POSSESSIVE_BEFORE.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        Regex::new(&format!(r"\b(?:({rel})\s*(?:{after})\b|(?:{before})\s+({rel})\b)"))
            .expect("relative regex")
    });
    re.captures(s).and_then(|c| c.get(1).or_else(|| c.get(2))).map(|m| m.as_str().to_string())
}

/// Whether a sentence calls someone's certificate fine (typos forgiven).
fn settled(sentence: &str) -> bool {
    lexicon::SETTLED.iter().any(|w| has_word(sentence, w) || has_phrase_typo(sentence, w))
}

/// `phrase` in `s` as whole words, each word of four letters or more allowed one typo.
fn has_phrase_typo(s: &str, phrase: &str) -> bool {
    let want: Vec<&str> = phrase.split_whitespace().collect();
    let words: Vec<&str> =
        s.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    words
        .windows(want.len())
        .any(|win| win.iter().zip(&want).all(|(w, t)| w == t || (t.len() >= 4 && one_typo(w, t))))
}

/// Whom the complaint is written for, when not the writer: a relative named in a
/// sentence that does not call their certificate fine.
pub fn on_behalf(lower: &str) -> Option<String> {
    let mut at = 0;
    while at < lower.len() {
        let (s0, s1) = sentence(lower, at);
        at = s1 + 1;
        let text = &lower[s0..s1];
        if let Some(who) = relative_in(text) {
            if !settled(text) {
                return Some(who);
            }
        }
    }
    None
}

/// The doses the complaint names, in order of mention.
pub fn doses(lower: &str) -> Vec<u8> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let nouns = lexicon::DOSE_NOUNS.join("|");
        let ords = lexicon::DOSE_ORDINALS.iter().map(|(w, _)| *w).collect::<Vec<_>>().join("|");
        let booster = lexicon::BOOSTER.join("|");
        Regex::new(&format!(
            r"\b(?:(?:{nouns})\s*(?:ke\s*-?\s*|no\.?\s*|#\s*)?({ords})\b|({ords})\s+(?:{nouns})\b|({booster})\b)"
        ))
        .expect("dose regex")
    });
    let mut out = Vec::new();
    for c in re.captures_iter(lower) {
        let dose = match (c.get(1).or_else(|| c.get(2)), c.get(3)) {
            (Some(o), _) => lexicon::DOSE_ORDINALS.iter().find(|(w, _)| *w == o.as_str()).map(|(_, n)| *n),
            (None, Some(_)) => Some(3),
            _ => None,
        };
        if let Some(d) = dose.filter(|d| !out.contains(d)) {
            out.push(d);
        }
    }
    out
}

/// Words for the phone itself: a claim next to them is about the phone, not a field.
const PHONE_WORDS: &[&str] =
    &["hp", "handphone", "ponsel", "nomor telepon", "no telp", "telepon", "phone", "wa", "whatsapp", "sms"];
/// Contrasts that, with two brands or two dates in a sentence, make a claim.
const CONTRAST: &[&str] = &[
    "tapi",
    "tetapi",
    "namun",
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
];

/// The fields the writer says are wrong, one claim per field, with the values written
/// in its sentence and the next.
pub fn field_claims(own: &str, lower: &str) -> Vec<FieldClaim> {
    let wrong: Vec<(&str, ())> = lexicon::WRONG.iter().map(|w| (*w, ())).collect();
    let mut out: Vec<FieldClaim> = Vec::new();
    let mut at = 0;
    while at < lower.len() {
        let (s0, s1) = sentence(lower, at);
        let next_end = if s1 < lower.len() { sentence(lower, s1 + 1).1 } else { s1 };
        let text = &lower[s0..s1];
        let window = &own[s0..next_end];
        at = s1 + 1;
        if text.trim().is_empty() {
            continue;
        }
        let mut cues = phrases(text, &wrong);
        // A typo in the word of wrongness itself ("saalah", "padhaal") still says it.
        cues.extend(misspelt(text, lexicon::WRONG).into_iter().map(|(a, b)| (a, b, ())));
        let mut found: Vec<FieldName> = Vec::new();
        for (a, b, field) in phrases(text, FIELD_WORDS) {
            let near = cues.iter().any(|(c0, c1, _)| {
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
        let vaccination = ["vaksin", "divaksin", "suntik", "vaccinated", "shot", "jab", "dosis", "dose"];
        if contrast
            && dates(text).len() >= 2
            && vaccination.iter().any(|w| text.contains(w))
            && !found.iter().any(|f| matches!(f, FieldName::VaccinatedOn | FieldName::BirthDate))
        {
            found.push(FieldName::VaccinatedOn);
        }
        for field in found {
            if out.iter().any(|c| c.field == field) {
                continue;
            }
            out.push(FieldClaim {
                field,
                quote: own[s0..s1].trim().chars().take(200).collect(),
                dates: dates(window),
                vaccines: vaccines(window),
                names: names_in(window),
            });
        }
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
                if w.len() >= 5 && list.iter().any(|t| !t.contains(' ') && t.len() >= 5 && one_typo(w, t)) {
                    out.push((a, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn one_typo(a: &str, b: &str) -> bool {
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
