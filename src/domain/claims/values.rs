//! Values a citizen writes in a claim: dates in the ways Indonesians write them, vaccine
//! brands by any of their names, and quoted names.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("pebruari", 2),
    ("february", 2),
    ("feb", 2),
    ("peb", 2),
    ("maret", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("agustus", 8),
    ("august", 8),
    ("agu", 8),
    ("agt", 8),
    ("ags", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nopember", 11),
    ("nov", 11),
    ("desember", 12),
    ("december", 12),
    ("des", 12),
    ("dec", 12),
];

/// The month a name or abbreviation of it means, Indonesian or English (`Juli`, `Agt`,
/// `Aug.`), for claims and for the staff search's birth dates alike.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

fn year(y: &str) -> Option<i32> {
    // "'21" and "’21": a year cut to two digits behind an apostrophe.
    let y = y.trim_start_matches(['\'', '\u{2019}']);
    let n: i32 = y.parse().ok()?;
    Some(if y.len() == 2 { 2000 + n } else { n })
}

/// Every date in `s`, in order: 12-07-2021, 12 - 07 - 2021, 12/7/21, 12.07.2021,
/// 2021-07-12, 12 Juli 2021, 12th of July 2021, July 12, 2021, 07/Feb/2022, 16 Agustus '21.
pub fn dates(s: &str) -> Vec<NaiveDate> {
    static NUMERIC: OnceLock<Regex> = OnceLock::new();
    static WORDS: OnceLock<Regex> = OnceLock::new();
    static US: OnceLock<Regex> = OnceLock::new();
    static ISO_WORDS: OnceLock<Regex> = OnceLock::new();
    let numeric = NUMERIC.get_or_init(|| {
        // "13 - 10 - 2021": a space around a dash or slash, as typed on phones, only with a
        // four-digit year ("jam 08.10 - 21.00" is a time).
        Regex::new(
            r"\b(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})(?:[-/.]|\s[-/]\s)(\d{1,2})(?:[-/.](\d{4}|\d{2})|\s[-/]\s(\d{4})))\b",
        )
        .expect("static regex")
    });
    let words = WORDS.get_or_init(|| {
        // "12 Juli 2021", "07/Feb/2022", "16 Agustus '21": a month's word between
        // spaces, dashes, slashes or dots; a year of four digits or two behind an apostrophe.
        Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?(?:[ \-]+of)?[ \-/.]+([a-z]{3,9}\.?)[ \-,/.]+(\d{4}\b|['’]\d{2}\b)")
            .expect("static regex")
    });
    // "2022-Apr-23": year, month's word, day.
    let iso_words = ISO_WORDS.get_or_init(|| {
        Regex::new(r"(?i)\b(\d{4})([-/])([a-z]{3,9})([-/])(\d{1,2})\b").expect("static regex")
    });
    let us = US.get_or_init(|| {
        Regex::new(r"(?i)\b([a-z]{3,9}\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4}\b|['’]\d{2}\b)")
            .expect("static regex")
    });
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    for c in numeric.captures_iter(s) {
        let at = c.get(0).map_or(0, |m| m.start());
        let date = match (c.get(1), c.get(4)) {
            (Some(y), _) => NaiveDate::from_ymd_opt(y.as_str().parse().unwrap_or(0), num(&c, 2), num(&c, 3)),
            (_, Some(d)) => year(c.get(6).or_else(|| c.get(7)).map_or("", |m| m.as_str()))
                .and_then(|y| NaiveDate::from_ymd_opt(y, num(&c, 5), d.as_str().parse().unwrap_or(0))),
            _ => None,
        };
        if let Some(d) = date {
            found.push((at, d));
        }
    }
    for c in words.captures_iter(s) {
        let at = c.get(0).map_or(0, |m| m.start());
        // A slash or dot before the month's word only with the same after it ("07/Feb/2022",
        // not "Dosis 2/Agustus 2021").
        let (m0, m1) = (c.get(2).map_or(0, |m| m.start()), c.get(2).map_or(0, |m| m.end()));
        let before = s[..m0].chars().next_back();
        let after = s[m1..].trim_start_matches('.').chars().next();
        if matches!(before, Some('/' | '.')) && before != after {
            continue;
        }
        found.extend(with_month_word(&c[1], &c[2], &c[3]).map(|d| (at, d)));
    }
    for c in us.captures_iter(s) {
        let at = c.get(0).map_or(0, |m| m.start());
        found.extend(with_month_word(&c[2], &c[1], &c[3]).map(|d| (at, d)));
    }
    for c in iso_words.captures_iter(s) {
        let at = c.get(0).map_or(0, |m| m.start());
        if c[2] == c[4] {
            found.extend(with_month_word(&c[5], &c[3], &c[1]).map(|d| (at, d)));
        }
    }
    found.sort_by_key(|(at, _)| *at);
    let mut out: Vec<NaiveDate> = Vec::new();
    for (_, d) in found {
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

/// A date from a day, a month's word and a year as written, if they make one.
fn with_month_word(day: &str, month_word: &str, year_written: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year(year_written)?, month(month_word)?, day.parse().unwrap_or(0))
}

fn num(c: &regex::Captures<'_>, i: usize) -> u32 {
    c.get(i).and_then(|m| m.as_str().parse().ok()).unwrap_or(0)
}

/// Names citizens use for each brand (the codes of `vaccines.csv`).
const BRANDS: &[(&str, &str)] = &[
    ("sinovac", "coronavac"),
    ("coronavac", "coronavac"),
    ("corona vac", "coronavac"),
    ("bio farma", "biofarma"),
    ("biofarma", "biofarma"),
    ("astrazeneca", "astrazeneca"),
    ("astra zeneca", "astrazeneca"),
    ("astra", "astrazeneca"),
    ("az", "astrazeneca"),
    ("sinopharm", "sinopharm"),
    ("moderna", "moderna"),
    ("pfizer", "comirnaty"),
    ("comirnaty", "comirnaty"),
    ("biontech", "comirnaty"),
    ("sputnik", "sputnik-v"),
    ("janssen", "janssen"),
    ("johnson", "janssen"),
    ("j&j", "janssen"),
    ("cansino", "convidecia"),
    ("convidecia", "convidecia"),
    ("novavax", "novavax"),
    ("zifivax", "zifivax"),
    ("indovac", "indovac"),
    ("inavac", "inavac"),
    ("awcorna", "awcorna"),
    // Names on vials, in WHO lists and in the news.
    ("vaxzevria", "astrazeneca"),
    ("covishield", "astrazeneca"),
    ("chadox1", "astrazeneca"),
    ("oxford", "astrazeneca"),
    ("spikevax", "moderna"),
    ("bnt162b2", "comirnaty"),
    ("gam-covid-vac", "sputnik-v"),
    ("vero cell", "sinopharm"),
    ("bbibp-corv", "sinopharm"),
    ("cansinobio", "convidecia"),
    ("jcovden", "janssen"),
    ("nuvaxovid", "novavax"),
    ("covovax", "novavax"),
];

/// Brand names long enough that one letter off is still that brand ("Sinovak").
fn misspelt_brand(word: &str) -> Option<&'static str> {
    if word.len() < 7 {
        return None;
    }
    BRANDS
        .iter()
        .find(|(name, _)| {
            name.len() >= 7 && !name.contains([' ', '-']) && super::fields::one_typo(word, name)
        })
        .map(|(_, code)| *code)
}

/// The vaccine brands named in `s` (as codes), in order of mention, without repeats.
pub fn vaccines(s: &str) -> Vec<String> {
    let lower = s.to_lowercase();
    let mut found: Vec<(usize, &str)> = Vec::new();
    for (name, code) in BRANDS {
        for (at, _) in lower.match_indices(name) {
            let before = lower[..at].chars().next_back();
            let after = lower[at + name.len()..].chars().next();
            if before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric()) {
                found.push((at, code));
            }
        }
    }
    let mut start = None;
    for (i, c) in lower.char_indices().chain(std::iter::once((lower.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                if let Some(code) = misspelt_brand(&lower[a..i]) {
                    found.push((a, code));
                }
                start = None;
            }
            _ => {}
        }
    }
    found.sort_by_key(|(at, _)| *at);
    let mut out: Vec<String> = Vec::new();
    for (_, code) in found {
        if !out.iter().any(|c| c == code) {
            out.push(code.to_string());
        }
    }
    out
}

/// Text in quotes ("…", “…”, '…', «…»), trimmed, in order.
pub fn quoted(s: &str) -> Vec<String> {
    static Q: OnceLock<Regex> = OnceLock::new();
    let q = Q.get_or_init(|| {
        // A single quote opens a quote only after a space or a bracket and before a
        // letter: "'21" is a year and "Nur'aini" a name, neither a quote.
        Regex::new(
            r#""([^"\n]{2,60})"|“([^”\n]{2,60})”|(?:^|[\s(\[:])'([^'\d\s][^'\n]{1,59})'|«([^»\n]{2,60})»"#,
        )
        .expect("static regex")
    });
    q.captures_iter(s)
        .filter_map(|c| (1..=4).find_map(|i| c.get(i)).map(|m| m.as_str().trim().to_string()))
        .filter(|v| v.chars().any(char::is_alphabetic))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_are_read_as_people_write_them() {
        for (s, want) in [
            ("tanggal 12-07-2021", d(2021, 7, 12)),
            ("tgl 2/8/21 ya", d(2021, 8, 2)),
            ("pada 12.07.2021", d(2021, 7, 12)),
            ("on 2021-07-12", d(2021, 7, 12)),
            ("seharusnya 9 Agustus 2021", d(2021, 8, 9)),
            ("it was 9 Aug 2021", d(2021, 8, 9)),
            ("it was August 9, 2021", d(2021, 8, 9)),
            ("tgl 17 agt 2021", d(2021, 8, 17)),
            ("tercatat 07/Feb/2022", d(2022, 2, 7)),
            ("on 5-Sep-2021", d(2021, 9, 5)),
            ("tanggal 16 Agustus '21", d(2021, 8, 16)),
            ("tanggal 16 Agustus ’21", d(2021, 8, 16)),
            ("shows September 6th, '21", d(2021, 9, 6)),
            ("IS WRONG: 2021-Sep-23.", d(2021, 9, 23)),
            ("the 3rd of", d(2021, 8, 9)),
        ] {
            let got = dates(s);
            if s == "the 3rd of" {
                assert!(got.is_empty(), "{s}: {got:?}");
            } else {
                assert_eq!(got, [want], "{s}");
            }
        }
        assert_eq!(
            dates("tertulis 12 Juli 2021, seharusnya 19-07-2021").as_slice(),
            [d(2021, 7, 12), d(2021, 7, 19)]
        );
        assert!(dates("NIK 3275011205900001 HP 0812-3456-7890").is_empty());
        // A dose and a month, a count of times: no date.
        assert!(dates("Dosis 2/Agustus 2021 di Puskesmas").is_empty());
        assert!(dates("Sejak 2021 Mei 3 kali saya tanya").is_empty());
    }

    #[test]
    fn brands_by_any_name() {
        assert_eq!(vaccines("tertulis Sinovac padahal AstraZeneca"), ["coronavac", "astrazeneca"]);
        assert_eq!(vaccines("it says Pfizer but I had Moderna"), ["comirnaty", "moderna"]);
        assert_eq!(vaccines("vaksin AZ"), ["astrazeneca"]);
        assert!(vaccines("lazada amazon").is_empty());
    }

    #[test]
    fn a_year_behind_an_apostrophe_is_no_quote() {
        assert!(quoted("tercatat 16 Juli '21, seharusnya 18 Juli '21").is_empty());
        assert!(quoted("atas nama Rini Nur'aini dan Ma'ruf").is_empty());
        assert_eq!(quoted("tertulis 'Asen', seharusnya 'Asep'"), ["Asen", "Asep"]);
    }

    #[test]
    fn quoted_names() {
        assert_eq!(
            quoted(r#"tertulis "Siti Aminah", seharusnya “Siti Aminah Lubis”"#),
            ["Siti Aminah", "Siti Aminah Lubis"]
        );
        assert!(quoted(r#"nomor "0812""#).is_empty());
    }
}
