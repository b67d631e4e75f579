//! What an agent types, understood once for every backend: a NIK or phone in any
//! format, partial NIKs, and name words normalised the way the index stores them.

use chrono::NaiveDate;

use crate::domain::names;
use crate::domain::{Nik, PhoneNumber};

/// The most hits one page returns.
pub const MAX_LIMIT: usize = 100;

/// A people search, parsed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeopleQuery {
    /// Normalised name words.
    pub words: Vec<String>,
    pub nik: Option<String>,
    pub nik6: Option<String>,
    pub nik4: Option<String>,
    /// E.164 digits without `+`.
    pub phone: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub province: Option<String>,
    pub regency: Option<String>,
    pub sex: Option<String>,
    pub cert_status: Option<String>,
    pub pending: Option<bool>,
    pub offset: usize,
    pub limit: usize,
}

impl PeopleQuery {
    /// Splits free text into what it holds: a 16-digit run is a NIK, a run that reads as
    /// an Indonesian mobile is a phone, 6 digits the NIK's region, 4 digits its serial;
    /// the rest are name words.
    pub fn parse(text: &str) -> Self {
        let mut q = PeopleQuery { limit: 20, ..Default::default() };
        let (birth_date, text) = take_date(text);
        q.birth_date = birth_date;
        let mut rest = String::new();
        for run in digit_runs(&text) {
            match run {
                Run::Digits(d) => {
                    if d.len() == 16 && Nik::parse(&d).is_ok() {
                        q.nik = Some(d);
                    } else if let Ok(p) = PhoneNumber::parse(&d) {
                        q.phone = Some(p.expose().trim_start_matches('+').to_string());
                    } else if d.len() == 6 {
                        q.nik6 = Some(d);
                    } else if d.len() == 4 {
                        q.nik4 = Some(d);
                    } else if d.len() == 16 {
                        // Not a valid NIK, still exactly what the agent typed: match it.
                        q.nik = Some(d);
                    }
                }
                Run::Text(t) => {
                    rest.push(' ');
                    rest.push_str(&t);
                }
            }
        }
        q.words = names::normalise(&rest).into_iter().filter(|w| !LABELS.contains(&w.as_str())).collect();
        q
    }

    /// The exact-match filters set, as (field, value as indexed): both engines apply
    /// this one list, so they cannot disagree on what a filter means.
    pub fn exact_filters(&self) -> Vec<(&'static str, String)> {
        let mut out: Vec<(&'static str, String)> = [
            ("nik", &self.nik),
            ("nik6", &self.nik6),
            ("nik4", &self.nik4),
            ("phone", &self.phone),
            ("province", &self.province),
            ("regency", &self.regency),
            ("sex", &self.sex),
            ("cert_status", &self.cert_status),
        ]
        .into_iter()
        .filter_map(|(field, v)| v.clone().map(|v| (field, v)))
        .collect();
        out.extend(self.birth_date.map(|d| ("birth_date", super::date_key(d))));
        out.extend(self.pending.map(|p| ("pending", p.to_string())));
        out
    }

    /// Nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.nik.is_none()
            && self.nik6.is_none()
            && self.nik4.is_none()
            && self.phone.is_none()
            && self.birth_date.is_none()
            && self.province.is_none()
            && self.regency.is_none()
    }
}

/// Words agents type around a number or a name that are not part of a name.
const LABELS: &[&str] = &[
    "nik", "ktp", "no", "nomor", "nomer", "hp", "telp", "telepon", "tlp", "wa", "nama", "an", "lahir", "tgl",
    "tanggal", "born",
];

/// A birth date written in the text (`12 Mei 1990`, `12-05-1990`, `12/5/1990`,
/// `1990-05-12`), and the text without it.
fn take_date(text: &str) -> (Option<NaiveDate>, String) {
    static WORDS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})\b").expect("date regex")
    });
    static DMY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b").expect("date regex")
    });
    static YMD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b").expect("date regex")
    });
    let n = |s: &str| s.parse::<u32>().ok();
    if let Some(c) = WORDS.captures(text) {
        let month = crate::domain::claims::month(&c[2]);
        if let (Some(d), Some(m), Some(y)) = (n(&c[1]), month, n(&c[3])) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return (Some(date), WORDS.replace(text, " ").into_owned());
            }
        }
    }
    for (re, order) in [(&*DMY, [3, 2, 1]), (&*YMD, [1, 2, 3])] {
        if let Some(c) = re.captures(text) {
            if let (Some(y), Some(m), Some(d)) = (n(&c[order[0]]), n(&c[order[1]]), n(&c[order[2]])) {
                if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                    return (Some(date), re.replace(text, " ").into_owned());
                }
            }
        }
    }
    (None, text.to_string())
}

/// How many typos a word may carry: none under 4 letters, one up to 7, two from 8.
pub fn typos_allowed(word: &str) -> u8 {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TicketSort {
    /// Relevance when there is text, newest first otherwise.
    #[default]
    Relevance,
    CreatedDesc,
    CreatedAsc,
    UpdatedDesc,
    UpdatedAsc,
}

impl TicketSort {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "relevance" => Self::Relevance,
            "-created_at" | "created_desc" => Self::CreatedDesc,
            "created_at" | "created_asc" => Self::CreatedAsc,
            "-updated_at" | "updated_desc" => Self::UpdatedDesc,
            "updated_at" | "updated_asc" => Self::UpdatedAsc,
            _ => return None,
        })
    }
}

/// A ticket search, parsed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TicketQuery {
    /// Lower-case words of the text.
    pub words: Vec<String>,
    /// A ticket number typed in the text (`SRT-2026-000123`).
    pub number: Option<String>,
    pub nik: Option<String>,
    pub status: Vec<String>,
    pub category: Option<String>,
    pub queue: Option<String>,
    pub assignee: Option<String>,
    pub priority: Option<String>,
    pub channel: Option<String>,
    /// Unix seconds, inclusive.
    pub created_from: Option<i64>,
    pub created_to: Option<i64>,
    pub updated_from: Option<i64>,
    pub updated_to: Option<i64>,
    /// Agents: (their queues, their staff id): tickets in those queues or assigned to them.
    pub visible_to: Option<(Vec<String>, String)>,
    pub sort: TicketSort,
    pub offset: usize,
    pub limit: usize,
}

impl TicketQuery {
    /// The exact-match filters set, as (field, value as indexed), for both engines.
    pub fn exact_filters(&self) -> Vec<(&'static str, String)> {
        [
            ("number", &self.number),
            ("category", &self.category),
            ("queue", &self.queue),
            ("assignee", &self.assignee),
            ("priority", &self.priority),
            ("channel", &self.channel),
        ]
        .into_iter()
        .filter_map(|(field, v)| v.clone().map(|v| (field, v)))
        .collect()
    }

    pub fn parse(text: &str) -> Self {
        let mut q = TicketQuery { limit: 20, ..Default::default() };
        let mut rest = String::new();
        for word in text.split_whitespace() {
            if let Ok(n) = crate::domain::TicketNumber::parse(word) {
                q.number = Some(n.to_string());
                continue;
            }
            rest.push(' ');
            rest.push_str(word);
        }
        for run in digit_runs(&rest) {
            match run {
                Run::Digits(d) if d.len() == 16 => q.nik = Some(d),
                Run::Digits(d) => q.words.push(d),
                Run::Text(t) => q.words.extend(words(&t)),
            }
        }
        q
    }
}

/// Lower-case alphanumeric words, as both engines tokenise ticket text.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

enum Run {
    Digits(String),
    Text(String),
}

/// Splits text into digit runs (digits joined by spaces, dots, dashes, a leading `+`:
/// `3275 0112 0590 0001`, `0812-3456-7890`, `+62 812 3456 7890`) and the text between.
fn digit_runs(text: &str) -> Vec<Run> {
    let mut out = Vec::new();
    let mut text_buf = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()));
        if !starts {
            text_buf.push(chars[i]);
            i += 1;
            continue;
        }
        let mut digits = String::new();
        let mut j = i;
        let mut end = i;
        while j < chars.len() {
            let c = chars[j];
            let joins = (c == '+' && j == i)
                || (matches!(c, ' ' | '.' | '-' | '/')
                    && chars.get(j + 1).is_some_and(|n| n.is_ascii_digit()));
            if c.is_ascii_digit() {
                digits.push(c);
                end = j + 1;
            } else if !joins {
                break;
            }
            j += 1;
        }
        if !text_buf.trim().is_empty() {
            out.push(Run::Text(std::mem::take(&mut text_buf)));
        }
        text_buf.clear();
        out.push(Run::Digits(digits));
        i = end;
    }
    if !text_buf.trim().is_empty() {
        out.push(Run::Text(text_buf));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nik_in_any_format_is_a_nik() {
        for s in ["3275011205900001", "3275 0112 0590 0001", "3275.0112.0590.0001", "NIK: 3275-011205-900001"]
        {
            assert_eq!(PeopleQuery::parse(s).nik.as_deref(), Some("3275011205900001"), "{s}");
        }
    }

    #[test]
    fn a_phone_in_any_format_is_a_phone() {
        for s in
            ["081234567890", "0812-3456-7890", "+62 812 3456 7890", "62812.3456.7890", "hp 0812 3456 7890"]
        {
            let q = PeopleQuery::parse(s);
            assert_eq!(q.phone.as_deref(), Some("6281234567890"), "{s}");
            assert!(q.nik.is_none());
            assert!(q.words.is_empty(), "{s}: labels are not name words");
        }
    }

    #[test]
    fn partial_niks_and_names_split() {
        let q = PeopleQuery::parse("Moh. Rizki 327501");
        assert_eq!(q.words, ["muhamad", "rizki"]);
        assert_eq!(q.nik6.as_deref(), Some("327501"));
        let q = PeopleQuery::parse("rizki 0001");
        assert_eq!(q.nik4.as_deref(), Some("0001"));
        assert_eq!(q.words, ["rizki"]);
    }

    #[test]
    fn ticket_text_finds_numbers_and_niks() {
        let q = TicketQuery::parse("SRT-2026-000123 sms tidak masuk 3275011205900001");
        assert_eq!(q.number.as_deref(), Some("SRT-2026-000123"));
        assert_eq!(q.nik.as_deref(), Some("3275011205900001"));
        assert_eq!(q.words, ["sms", "tidak", "masuk"]);
    }

    #[test]
    fn a_birth_date_in_the_text_becomes_the_filter() {
        let want = NaiveDate::from_ymd_opt(1990, 5, 12);
        for s in [
            "Muhamad Rizki, lahir 12 Mei 1990, Bekasi",
            "muhamad rizki 12-05-1990",
            "muhamad rizki 12/5/1990",
            "muhamad rizki 1990-05-12",
            "Muhamad Rizki born 12 May 1990",
        ] {
            let q = PeopleQuery::parse(s);
            assert_eq!(q.birth_date, want, "{s}");
            assert_eq!(&q.words[..2], ["muhamad", "rizki"], "{s}");
            assert!(q.nik.is_none() && q.nik4.is_none() && q.phone.is_none(), "{s}");
        }
        // Not a date: left alone.
        assert_eq!(PeopleQuery::parse("rizki 31 Februari 1990").birth_date, None);
    }

    #[test]
    fn typo_budget_grows_with_length() {
        assert_eq!(typos_allowed("ani"), 0);
        assert_eq!(typos_allowed("rizki"), 1);
        assert_eq!(typos_allowed("kurniawan"), 2);
    }
}
