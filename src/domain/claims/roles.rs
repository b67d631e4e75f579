//! Reading the words around each number and in each sentence: the roles of phone
//! numbers and NIKs, a change of phone said in words, and the dose named. Whom the
//! complaint is for is in `whom`, fields said wrong in `fields`. Works on the writer's
//! own text lower-cased with ASCII rules (byte offsets stay put).

use std::sync::OnceLock;

use regex::Regex;

use super::lexicon::{self, NIK_ROLES, PHONE_ROLES};
use super::whom::{clause_around, clause_breaks, no_trouble, relative_in, settled};
use super::{NikRole, NikStatus, PhoneRole};
use crate::domain::{Nik, PhoneNumber};

/// Whether `phrase` occurs in `s` as whole words.
pub fn has_word(s: &str, phrase: &str) -> bool {
    s.match_indices(phrase).any(|(at, _)| whole(s, at, at + phrase.len()))
}

/// Whether any phrase of `table` stands in `s` as whole words.
pub fn has_any(s: &str, table: &[&str]) -> bool {
    table.iter().any(|w| has_word(s, w))
}

/// Whole words, and not half of a doubled word: Indonesian doubles a word to make
/// another ("benar-benar" is "really", not "right").
fn whole(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    let phrase = &s[start..end];
    let last = phrase.rsplit(' ').next().unwrap_or(phrase);
    let first = phrase.split(' ').next().unwrap_or(phrase);
    let doubled = s[end..].strip_prefix('-').is_some_and(|t| t.starts_with(last))
        || s[..start].strip_suffix('-').is_some_and(|t| t.ends_with(first));
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric()) && !doubled
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
        let Some((a, b)) = self.nik_span(n) else {
            return NikRole::Unspecified;
        };
        let (before, after) = self.around(lower, a, b);
        // A number right after a comma takes the clause before it as its label ("NIK
        // saya, 3171…"): whose it is only, and not when that clause says how a
        // certificate fares ("data ibu saya sudah benar, 3174…" is not "correct").
        if before.trim().is_empty() {
            if let Some(role) = comma_label(self.lead(lower, a)) {
                return role;
            }
        }
        // A request to check, right before the number ("tolong cek NIK …").
        if asked_before(before) && !relative_named(before) {
            return NikRole::Asked;
        }
        // A bare "not" / "bukan" denies the number only right before it ("bukan 3174…",
        // "not NIK 3174…"); further off it denies something else ("it is not showing up
        // (NIK …)", "I (NIK …) did not").
        if denied_next_to(before) {
            return NikRole::Wrong;
        }
        // "NIK ibu saya 3275…", "the person concerned is my wife, NIK 3275…"; a relative
        // said to be fine is named, not complained for.
        let before_all = phrases(before, NIK_ROLES);
        // Saying a NIK is right or wrong outweighs whose it is ("I mistyped my NIK as …").
        if let Some((_, _, r)) =
            before_all.iter().rev().find(|(_, _, r)| matches!(r, NikRole::Correct | NikRole::Wrong))
        {
            return *r;
        }
        if relative_in(self.lead(lower, a)).is_some() || relative_named(before) {
            return if settled(clause_around(lower, a)) { NikRole::Settled } else { NikRole::Relative };
        }
        nearest(before, after, NIK_ROLES, NikRole::Unspecified)
    }
}

/// Someone else's, named or not: "ibu saya", "their NIK", "NIK beliau".
fn relative_named(s: &str) -> bool {
    relative_in(s).is_some() || lexicon::NIK_OF_ANOTHER.iter().any(|w| has_word(s, w))
}

/// Whose a number is, by the clause before the comma it follows: the writer's or
/// another's, never right, wrong or asked, and nothing when the clause says how a
/// certificate fares.
fn comma_label(lead: &str) -> Option<NikRole> {
    let lead = lead.trim_end().strip_suffix(',')?;
    let label = clause_breaks().split(lead).last().unwrap_or(lead);
    if status_of(label).is_some() {
        return None;
    }
    if relative_named(label) {
        return Some(if settled(label) { NikRole::Settled } else { NikRole::Relative });
    }
    phrases(label, NIK_ROLES).iter().any(|(_, _, r)| *r == NikRole::Own).then_some(NikRole::Own)
}

/// Whether the words before a number ask for it to be checked: a request word, then a
/// word for checking ("tolong cek", "mohon diperiksa NIK", "please check"), not one
/// already done ("sudah saya cek") or waved off ("gak usah dicek").
fn asked_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let ask = lexicon::ASK.join("|");
        let check = lexicon::CHECK.join("|");
        Regex::new(&format!(r"\b(?:{ask})\s+(?:(?:untuk|to|di|tolong|dong|ya)\s+)?(?:{check})\b"))
            .expect("asked regex")
    });
    re.is_match(before)
}

/// Whether the words before a number end in a bare negation ("… bukan", "not NIK:").
fn denied_next_to(before: &str) -> bool {
    let tail = before.trim_end_matches(|c: char| !c.is_alphanumeric());
    let tail = tail.strip_suffix("nik").map_or(tail, |t| t.trim_end_matches(|c: char| !c.is_alphanumeric()));
    lexicon::BARE_NEGATIONS.iter().any(|w| {
        tail.strip_suffix(w).is_some_and(|t| t.is_empty() || t.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

impl Spans {
    /// Whether the words just before a NIK call it the writer's ("… - mine, 3275…"),
    /// where the role reader stops at the comma.
    pub fn mine_before(&self, lower: &str, n: &Nik) -> bool {
        let Some((a, _)) = self.nik_span(n) else {
            return false;
        };
        let lead = self.lead(lower, a);
        ["mine", "punya saya", "punya sy", "milik saya", "punya gue", "punya aku"]
            .iter()
            .any(|w| has_word(lead, w))
    }

    /// Whether the words before a NIK ask for it to be checked ("mohon dicek NIK saya,
    /// 3275…"), also across the comma the role reader stops at; not when another NIK
    /// follows in the sentence ("Mohon dicek, NIK saya … dan NIK ibu …" asks for both).
    pub fn asked_of(&self, lower: &str, n: &Nik) -> bool {
        self.nik_span(n).is_some_and(|(a, b)| {
            let (_, s1) = sentence(lower, a);
            asked_before(self.lead(lower, a)) && !self.niks.iter().any(|(_, x, _)| *x >= b && *x < s1)
        })
    }

    /// What the words beside a NIK say of its certificate: the first clause after it
    /// ("(…) udh keluar", "…, is the problem"), else the words before it back to the
    /// sentence start or to the clause after the previous number ("…, yg blm punya sy,
    /// NIK …").
    pub fn nik_status(&self, lower: &str, n: &Nik) -> NikStatus {
        let Some((a, b)) = self.nik_span(n) else {
            return NikStatus::Unsaid;
        };
        let (_, after) = self.around(lower, a, b);
        // A semicolon right after the number ends what is said of it: "… untuk aji
        // tiang, NIK …; punya saya sendiri tidak ada masalah" is the writer's own.
        let after = after.trim_start_matches(|c: char| {
            matches!(c, '(' | ')' | '[' | ']' | ',' | ':' | '-' | '\u{2013}' | '\u{2014}')
                || c.is_whitespace()
        });
        let after = match after.strip_prefix(';') {
            // Only when the writer or kin is spoken of after it: "NIK saya …; belum
            // dapat sertifikat" still says what came of that NIK.
            Some(rest) if has_any(rest, lexicon::FIRST_PERSON) || relative_in(rest).is_some() => "",
            Some(rest) => rest.trim_start(),
            None => after,
        };
        let after = clause_breaks().split(after).next().unwrap_or("");
        if let Some(st) = status_of(after) {
            return st;
        }
        let lead = self.lead(lower, a);
        // After another number in the sentence, the first clause is still about that one.
        let (s0, _) = sentence(lower, a);
        let lead = if self.all.iter().any(|(_, y)| *y > s0 && *y <= a) {
            clause_breaks().find(lead).map_or("", |m| &lead[m.end()..])
        } else {
            lead
        };
        // What stands before a semicolon or a "but" speaks of someone else ("Sertifikat
        // saya sudah ada; yang saya tanyakan punya ibu saya, NIK …").
        let lead = contrast().find_iter(lead).last().map_or(lead, |m| &lead[m.end()..]);
        status_of(lead).unwrap_or(NikStatus::Unsaid)
    }

    /// Where NIK `n` stands in the text.
    fn nik_span(&self, n: &Nik) -> Option<(usize, usize)> {
        self.niks.iter().find(|(e, _, _)| e == n.expose()).map(|(_, a, b)| (*a, *b))
    }
}

/// A semicolon or a word that sets one part of a sentence against another.
fn contrast() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r";|\b(?:{})\b", lexicon::CONTRAST_WORDS.join("|"))).expect("contrast regex")
    })
}

/// Words of `SETTLED` that are also given names.
const NAMES_TOO: &[&str] = &["aman", "lancar", "beres"];

pub(super) fn status_of(s: &str) -> Option<NikStatus> {
    if no_trouble(s) {
        Some(NikStatus::Fine)
    } else if has_any(s, lexicon::NOT_YET) || has_any(s, lexicon::NIK_TROUBLE) {
        Some(NikStatus::Missing)
    } else if lexicon::SETTLED.iter().any(|w| !NAMES_TOO.contains(w) && has_word(s, w))
        || has_any(s, lexicon::NIK_FINE)
    {
        // Exact words only, and none that is also a given name: names stand next to
        // NIKs ("Blasius Bere" is not "beres", "a.n. Aman Hidayat" is not "aman").
        Some(NikStatus::Fine)
    } else {
        None
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

/// The sentences of `s`, in order (see [`sentence`]).
pub fn sentences(s: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        (at < s.len()).then(|| {
            let (s0, s1) = sentence(s, at);
            at = s1 + 1;
            &s[s0..s1]
        })
    })
}

/// The sentence around byte `at`: line breaks, `!`, `?` and a full stop followed by a
/// space end one (a dot between digits does not).
pub fn sentence(s: &str, at: usize) -> (usize, usize) {
    let is_end = |i: usize, c: char| match c {
        '\n' | '!' | '?' => true,
        '.' => (s[i + 1..].starts_with(char::is_whitespace) || i + 1 == s.len()) && !abbreviation(s, i),
        _ => false,
    };
    let start = s[..at].char_indices().rev().find(|(i, c)| is_end(*i, *c)).map(|(i, c)| i + c.len_utf8());
    let end = s[at..].char_indices().find(|(i, c)| is_end(at + i, *c)).map(|(i, _)| at + i);
    (start.unwrap_or(0), end.unwrap_or(s.len()))
}

/// Whether the full stop at `dot` ends an abbreviation, not a sentence: an initial
/// ("M. Maulana"), a title ("Moh. Ali", "Hj. Siti") or a month before its day or year
/// ("27 Sep. 2021", "Apr. 25, 2021").
fn abbreviation(s: &str, dot: usize) -> bool {
    const TITLES: &[&str] = &["moh", "muh", "mhd", "hj", "h", "dr", "drs", "ir", "st", "sdr", "sdri", "bpk"];
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "agu", "agt", "sep", "sept", "oct", "okt", "nov",
        "dec", "des",
    ];
    // Any case: the diagnosis splits the mail's own casing too ("Sep. 2021", "Hj.").
    let word = s[..dot].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    let digit_next = s[dot + 1..].trim_start_matches([' ', '\t']).starts_with(|c: char| c.is_ascii_digit());
    // Initials of names as the register writes them: "M. Maulana", "T. Yusuf", "H. Abdul";
    // any other single letter may end a sentence ("Nama saya Rina W. Sertifikat …").
    is(&["m", "t", "h"]) || is(TITLES) || (digit_next && is(MONTHS))
}

/// Whether the writer says the phone or number they had is gone, however they put it:
/// a phone word, perhaps "saya"/"my" and "sudah", then a word of loss ("nomor HP saya
/// sudah tidak aktif", "my phone got stolen"), or a change of number ("switched SIMs").
pub fn phone_change_said(lower: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let phone = r"(?:nomor|nomer|no\.?|hp|handphone|ponsel|telepon|kartu sim|sim\s?card|sim|simcard|number|phone|mobile|handset|cellphone)";
        let me = lexicon::POSSESSIVE_AFTER.join("|");
        let already = r"(?:sudah|sdh|udah|udh|dah|telah|sekarang|skrg)";
        let gone = r"(?:(?:tidak|tdk|tak|gak|ga|nggak|ngga|enggak)\s+(?:aktif|dipakai|digunakan|berlaku|bisa dipakai|bisa digunakan|bisa menerima sms)|mati|hangus|hilang|dicuri|kecurian|rusak|diblokir|terblokir|kena blokir|nonaktif|non-aktif|ganti|berganti|diganti)";
        let en_gone = r"(?:was|got|has been|is|went)\s+(?:lost|stolen|broken|blocked|deactivated|disconnected|cancelled|canceled|cut off|inactive|dead|changed|replaced)";
        let en_change = r"(?:changed|switched|replaced|swapped|lost)\s+(?:my|our|the)?\s*(?:phone|mobile|sim|handset|number|cellphone)";
        Regex::new(&format!(
            r"\b{phone}(?:\s+(?:hp|ponsel|handphone|phone|lama|saya|sy|sya|aku|gue|my))*(?:\s+(?:{me}))?\s+(?:(?:yang|yg)\s+(?:lama\s+)?)?(?:{already}\s+)?(?:{gone}|{en_gone})\b|\b{en_change}\b"
        ))
        .expect("phone-change regex")
    });
    re.is_match(lower)
}

/// The doses the complaint names, in order of mention.
pub fn doses(lower: &str) -> Vec<u8> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let nouns = lexicon::DOSE_NOUNS.join("|");
        let ords = lexicon::DOSE_ORDINALS.iter().map(|(w, _)| *w).collect::<Vec<_>>().join("|");
        let booster = lexicon::BOOSTER.join("|");
        let number = lexicon::DOSE_NUMBER_WORDS.join("|");
        let kind = lexicon::DOSE_KIND_WORDS.join("|");
        Regex::new(&format!(
            r"\b(?:(?:{nouns})\s*(?:(?:{number})\s*)?({ords})\b|({ords})\s+(?:(?:{kind})\s+)?(?:{nouns})\b|(dosis\s+lanjutan\s+(?:ke\s*-?\s*)?(?:{ords}))\b|({booster})\b)"
        ))
        .expect("dose regex")
    });
    let mut out = Vec::new();
    // Where the last numbered dose ended: "lanjutan" right after one ("dosis kedua
    // (lanjutan)") calls it the follow-up, not a booster.
    let mut numbered_end: Option<usize> = None;
    for c in re.captures_iter(lower) {
        let right_after = |at: usize| {
            numbered_end.is_some_and(|e| lower[e..at].chars().all(|ch| ch.is_whitespace() || ch == '('))
        };
        let whole = c.get(0).map_or("", |m| m.as_str());
        let end = c.get(0).map_or(0, |m| m.end());
        let next_word = lower[end..].split(|ch: char| !ch.is_alphanumeric()).find(|w| !w.is_empty());
        // "vaccine two weeks ago", "vaksin yang 2 minggu lalu": a count of time. After
        // "yang" only an ordinal names a dose ("vaksin yang satu lagi" is "the other one").
        let time = lower[end..].starts_with(char::is_whitespace)
            && next_word.is_some_and(|w| lexicon::DOSE_TIME_WORDS.contains(&w));
        let cardinal_after_yang = (whole.contains(" yang ") || whole.contains(" yg "))
            && c.get(1).is_some_and(|o| lexicon::DOSE_CARDINALS.contains(&o.as_str()));
        if time || cardinal_after_yang {
            continue;
        }
        let dose = match (c.get(1).or_else(|| c.get(2)), c.get(3), c.get(4)) {
            (Some(o), _, _) => {
                numbered_end = c.get(0).map(|m| m.end());
                lexicon::DOSE_ORDINALS.iter().find(|(w, _)| *w == o.as_str()).map(|(_, n)| *n)
            }
            // "Dosis lanjutan kedua" is the second booster to the ministry and the second
            // dose to many writers: no dose named rather than a wrong one.
            (None, Some(_), _) => None,
            (None, None, Some(b)) if b.as_str() == "lanjutan" && right_after(b.start()) => None,
            (None, None, Some(_)) => Some(3),
            _ => None,
        };
        if let Some(d) = dose.filter(|d| !out.contains(d)) {
            out.push(d);
        }
    }
    out
}
