//! Pulling a NIK, mobile numbers and the writer's name out of free text (a complaint
//! mail or form). Only the writer's own words count: quoted replies and signatures are
//! cut first. Everything found is validated with the domain types.

use std::sync::OnceLock;

use regex::Regex;

use super::{Nik, NikError, PhoneNumber};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// Valid NIKs, first mention first, without repeats.
    pub niks: Vec<Nik>,
    /// A number introduced as a NIK that is not one, with the reason (for the agent).
    pub invalid_niks: Vec<NikError>,
    pub phones: Vec<PhoneNumber>,
    pub name: Option<String>,
}

/// Words that, just before a 16-digit number, say it is not a NIK.
const NOT_NIK: &[&str] =
    &["kk", "kartu keluarga", "rekening", "rek", "norek", "account", "acc", "bank", "va", "virtual"];
/// Words that say it is one.
const IS_NIK: &[&str] = &["nik", "ktp", "nomor induk", "no induk", "id number", "identity"];

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("static regex"))
}

pub fn extract(text: &str) -> Extracted {
    let own = own_words(text);
    let mut out = Extracted::default();

    static NIK_RE: OnceLock<Regex> = OnceLock::new();
    // Sixteen digits are never a phone number, however they are grouped: "3301 0826
    // 0891 4910" holds "0826 0891 4910", which reads like a mobile number.
    let mut sixteen: Vec<(usize, usize)> = Vec::new();
    for m in re(&NIK_RE, r"(?:\d[ .\-]?){15}\d").find_iter(&own) {
        if !bounded(&own, m.start(), m.end()) {
            continue;
        }
        sixteen.push((m.start(), m.end()));
        let before = own[..m.start()].to_lowercase();
        let context: String = before.chars().rev().take(24).collect::<Vec<_>>().into_iter().rev().collect();
        let label_pos = |words: &[&str]| words.iter().filter_map(|w| last_word_at(&context, w)).max();
        let (is, not) = (label_pos(IS_NIK), label_pos(NOT_NIK));
        // The nearer label wins: "KK 3275… NIK 3275…" reads each number with its own label.
        if not.is_some() && not > is {
            continue;
        }
        match Nik::parse(m.as_str()) {
            Ok(nik) if !out.niks.contains(&nik) => out.niks.push(nik),
            Ok(_) => {}
            Err(e) if is.is_some() => out.invalid_niks.push(e),
            Err(_) => {}
        }
    }

    static PHONE_RE: OnceLock<Regex> = OnceLock::new();
    for m in re(&PHONE_RE, r"(?:\+62|62|0)[ .\-]?\(?8\d{1,3}\)?(?:[ .\-]?\d){6,10}").find_iter(&own) {
        if !bounded(&own, m.start(), m.end()) || sixteen.iter().any(|(a, b)| m.start() < *b && *a < m.end()) {
            continue;
        }
        if let Ok(p) = PhoneNumber::parse(m.as_str()) {
            if !out.phones.contains(&p) {
                out.phones.push(p);
            }
        }
    }

    out.name = name(&own);
    out
}

/// Where `word` last occurs in `s` as a whole word, if it does.
fn last_word_at(s: &str, word: &str) -> Option<usize> {
    s.rmatch_indices(word).map(|(i, _)| i).find(|&i| {
        let before_ok = s[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = s[i + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before_ok && after_ok
    })
}

/// A match is a whole number, not the middle of a longer run of digits.
fn bounded(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    !before.is_some_and(|c| c.is_ascii_digit() || c == '+') && !after.is_some_and(|c| c.is_ascii_digit())
}

/// The writer's own text: no quoted lines, nothing after a reply header or signature.
pub fn own_words(text: &str) -> String {
    static REPLY_HEADER: OnceLock<Regex> = OnceLock::new();
    let reply_header = re(
        &REPLY_HEADER,
        r"(?i)^(on .{0,200}wrote:|pada .{0,200}menulis:|-+ ?original message ?-+|-+ ?pesan asli ?-+|from: .*|dari: .*)$",
    );
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let t = line.trim_end();
        if t == "--" || t == "-- " || reply_header.is_match(t.trim()) {
            break;
        }
        if t.trim_start().starts_with('>') {
            continue;
        }
        out.push_str(t);
        out.push('\n');
    }
    out
}

fn name(text: &str) -> Option<String> {
    static NAME_RE: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &NAME_RE,
        r"(?i)(?:nama saya|nama lengkap(?: saya)?|nama|my name is|name)\s*(?:adalah|is|:)?\s*([A-Za-z][A-Za-z'.]*(?:[ ][A-Za-z][A-Za-z'.]*){0,4})",
    );
    let caps = r.captures(text)?;
    let stop = [
        "dengan", "nik", "ktp", "no", "nomor", "lahir", "tanggal", "and", "with", "born", "ingin", "mau",
        "yang",
    ];
    let words: Vec<&str> = caps[1]
        .split_whitespace()
        .take_while(|w| !stop.contains(&w.to_lowercase().trim_end_matches('.')))
        .collect();
    let name = words.join(" ");
    (name.chars().count() >= 2).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_labelled_nik_with_separators_is_found() {
        let e = extract("Selamat siang, NIK saya 3275 0112 0590 0001 dan HP 0812-3456-7890.");
        assert_eq!(e.niks.iter().map(|n| n.expose()).collect::<Vec<_>>(), ["3275011205900001"]);
        assert_eq!(e.phones.iter().map(|p| p.expose()).collect::<Vec<_>>(), ["+6281234567890"]);
    }

    #[test]
    fn a_grouped_nik_is_never_read_as_a_phone_number() {
        // Found by the triage benchmark: "0826 0891 4910" inside the NIK looked like a mobile.
        for text in ["NIK saya 3301 0826 0891 4910.", "NIK 330106.081153.3951", "No. KK 3301082608919231"] {
            assert!(extract(text).phones.is_empty(), "{text}: {:?}", extract(text).phones);
        }
        let e = extract("NIK 3301 0826 0891 4910, HP 0857 1234 5678");
        assert_eq!(e.phones.iter().map(|p| p.expose()).collect::<Vec<_>>(), ["+6285712345678"]);
    }

    #[test]
    fn family_card_and_bank_numbers_are_not_niks() {
        let e = extract("No. KK 3275011205900002, rekening BCA 3275011205900003, NIK: 3174014505850002");
        assert_eq!(e.niks.iter().map(|n| n.expose()).collect::<Vec<_>>(), ["3174014505850002"]);
        let e = extract("Nomor KK saya 3275.0112.0590.0002");
        assert!(e.niks.is_empty());
    }

    #[test]
    fn an_invalid_labelled_nik_becomes_a_flag() {
        let e = extract("NIK saya 3275013505900001");
        assert!(e.niks.is_empty());
        assert_eq!(e.invalid_niks, [NikError::Day]);
    }

    #[test]
    fn landlines_are_not_mobiles_and_long_numbers_are_not_phones() {
        let e = extract(
            "Hubungi kantor 021-8765432 atau (0251) 8321234, HP +62 857 1234 5678, ref 0812345678901234567",
        );
        assert_eq!(e.phones.iter().map(|p| p.expose()).collect::<Vec<_>>(), ["+6285712345678"]);
    }

    #[test]
    fn quoted_text_and_signatures_are_ignored() {
        let text = "Ini NIK saya 3275011205900001\n\nPada 12 Juli 2021 Layanan menulis:\n> NIK contoh 3174014505850002\n";
        assert_eq!(extract(text).niks.len(), 1);
        let text = "Mohon dibantu.\n-- \nBudi\nHP 081298765432\nNIK 3174014505850002\n";
        let e = extract(text);
        assert!(e.niks.is_empty() && e.phones.is_empty(), "{e:?}");
        let text = "> NIK 3174014505850002\nterima kasih";
        assert!(extract(text).niks.is_empty());
    }

    #[test]
    fn the_writers_name_is_found() {
        assert_eq!(
            extract("Nama saya Muhamad Rizki dengan NIK 3275011205900001").name.as_deref(),
            Some("Muhamad Rizki")
        );
        assert_eq!(extract("Nama: Siti Aminah\nNIK: -").name.as_deref(), Some("Siti Aminah"));
        assert_eq!(extract("My name is John Doe and I need help").name.as_deref(), Some("John Doe"));
        assert_eq!(extract("tolong bantu").name, None);
    }

    #[test]
    fn repeats_are_kept_once() {
        let e = extract("NIK 3275011205900001, sekali lagi NIK 3275-0112-0590-0001");
        assert_eq!(e.niks.len(), 1);
    }
}
