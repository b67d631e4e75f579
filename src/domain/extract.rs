//! Pulling a NIK, mobile numbers and the writer's name out of free text (a complaint
//! mail or form). Only the writer's own words count: quoted replies and signatures are
//! cut first. Everything found is validated with the domain types.

use std::sync::OnceLock;

use regex::Regex;

pub use super::own_words::{own_words, own_words_of};
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
/// Words that, just before a number that looks like a mobile, say it is something else.
const NOT_PHONE: &[&str] =
    // Not "kartu" alone: "kartu 0812…" is a SIM card, that is, a phone number.
    &[
        "rekening", "rek", "norek", "account", "acc", "bank", "va", "virtual", "kk", "npwp", "bpjs",
        "kredit", "debit", "atm",
    ];
/// Words that say it is one.
const IS_NIK: &[&str] = &["nik", "ktp", "nomor induk", "no induk", "id number", "identity"];

use super::static_regex as re;

pub fn extract(text: &str) -> Extracted {
    extract_mail(text, "")
}

/// [`extract`] for a mail with its subject (a forward's subject says its quoted
/// header block is the complaint being passed on).
pub fn extract_mail(text: &str, subject: &str) -> Extracted {
    extract_own(&own_words_of(text, subject))
}

/// [`extract`] of the writer's own words, already separated (`own_words_of`).
pub fn extract_own(own: &str) -> Extracted {
    let mut out = Extracted::default();

    static NIK_RE: OnceLock<Regex> = OnceLock::new();
    // Sixteen digits are never a phone number, however they are grouped: "3301 0826
    // 0891 4910" holds "0826 0891 4910", which reads like a mobile number.
    let mut sixteen: Vec<(usize, usize)> = Vec::new();
    for m in re(&NIK_RE, r"(?:\d[ .\-]?){15}\d").find_iter(own) {
        if !bounded(own, m.start(), m.end()) {
            continue;
        }
        let context = lead_in(own, m.start(), 24);
        let label_pos = |words: &[&str]| words.iter().filter_map(|w| last_word_at(&context, w)).max();
        let (is, not) = (label_pos(IS_NIK), label_pos(NOT_NIK));
        let parsed = Nik::parse(m.as_str());
        // A NIK (or a number called one) is never also read as a phone; sixteen digits
        // that are no NIK may be two phone numbers in a row.
        if parsed.is_ok() || is.is_some() || not.is_some() {
            sixteen.push((m.start(), m.end()));
        }
        // The nearer label wins: "KK 3275… NIK 3275…" reads each number with its own label.
        if not.is_some() && not > is {
            continue;
        }
        match parsed {
            Ok(nik) if !out.niks.contains(&nik) => out.niks.push(nik),
            Ok(_) => {}
            Err(e) if is.is_some() => out.invalid_niks.push(e),
            Err(_) => {}
        }
    }

    static PHONE_RE: OnceLock<Regex> = OnceLock::new();
    // 0812…, 62 812…, +62-812…, (+62) 812…, +62 (812) …, (0812) …, groups split by a
    // space, dot, dash, no-break space or en dash, or a dash between spaces before a group
    // of three digits or more ("0896 - 3152"; not "… 789 - 12/05/1990"); a slash only after
    // the operator's prefix ("0853/7547057").
    let phone_re = re(
        &PHONE_RE,
        r"\(?(?:\+62|62|0)\)?[ .\-\x{A0}\x{2013}]{0,2}\(?8\d{1,3}\)?/?(?:(?: [\-\x{2013}] \d\d|[ .\-\x{A0}\x{2013}])?\d){6,10}",
    );
    let mut at = 0;
    while let Some(m) = phone_re.find_at(own, at) {
        at = m.end();
        // The start must be a number's start; the end may run into the next number.
        if !starts_a_number(own, m.start()) || sixteen.iter().any(|(a, b)| m.start() < *b && *a < m.end()) {
            continue;
        }
        // A bank account, virtual account or card number is not the writer's phone.
        let context = lead_in(own, m.start(), 20);
        if NOT_PHONE.iter().any(|w| last_word_at(&context, w).is_some()) {
            continue;
        }
        // Two numbers in a row ("0812 3456 7890 0813 …") read as one too long: the
        // longest front part that is a number is the first, and the scan goes on after it.
        let digit_follows = own[m.end()..].starts_with(|c: char| c.is_ascii_digit());
        if let Some((p, end)) = longest_phone(&own[m.start()..m.end()], digit_follows) {
            at = m.start() + end;
            if !out.phones.contains(&p) {
                out.phones.push(p);
            }
        }
    }

    out.name = name(own);
    out
}

/// The phone number `s` is, or the longest one it starts with that ends before a
/// separator, with where it ends.
fn longest_phone(s: &str, digit_follows: bool) -> Option<(PhoneNumber, usize)> {
    // The prefix's slash ("0853/7547057") as a space, which the parser takes; same length.
    let spaced = s.replace('/', " ");
    let s = spaced.as_str();
    if !digit_follows {
        if let Ok(p) = PhoneNumber::parse(s) {
            return Some((p, s.len()));
        }
    }
    let cuts = s
        .char_indices()
        .filter(|(i, c)| !c.is_ascii_digit() && s[..*i].ends_with(|d: char| d.is_ascii_digit()));
    let mut cuts: Vec<usize> = cuts.map(|(i, _)| i).collect();
    cuts.reverse();
    cuts.into_iter().find_map(|end| PhoneNumber::parse(&s[..end]).ok().map(|p| (p, end)))
}

/// The last `n` characters before `at`, lower case: where a label ("NIK", "rekening")
/// that names the number at `at` would be.
fn lead_in(s: &str, at: usize, n: usize) -> String {
    let before = s[..at].to_lowercase();
    let skip = before.chars().count().saturating_sub(n);
    before.chars().skip(skip).collect()
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
    let after = s[end..].chars().next();
    starts_a_number(s, start) && !after.is_some_and(|c| c.is_ascii_digit())
}

/// Nothing of a number comes just before `start`.
fn starts_a_number(s: &str, start: usize) -> bool {
    !s[..start].chars().next_back().is_some_and(|c| c.is_ascii_digit() || c == '+')
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
    use proptest::prelude::*;

    #[test]
    fn a_labelled_nik_with_separators_is_found() {
        let e = extract("Selamat siang, NIK saya 3275 0112 0590 0001 dan HP 0812-3456-7890.");
        assert_eq!(e.niks.iter().map(|n| n.expose()).collect::<Vec<_>>(), ["3275011205900001"]);
        assert_eq!(e.phones.iter().map(|p| p.expose()).collect::<Vec<_>>(), ["+6281234567890"]);
    }

    #[test]
    fn a_phone_split_by_a_dash_between_spaces_is_one_number() {
        for (text, want) in [
            ("HP: 0896 - 3152 891", "+628963152891"),
            ("Hubungi saya saja di nomor 0858 - 4981 4912.", "+6285849814912"),
            ("HP/WA: 088122439718", "+6288122439718"),
            ("No HP terbaru sy 0853/7547057.", "+628537547057"),
            ("Budi Santoso - 0812 3456 789 - 12/05/1990", "+628123456789"),
        ] {
            assert_eq!(extract(text).phones.iter().map(|p| p.expose()).collect::<Vec<_>>(), [want], "{text}");
        }
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

    /// The ways people write one mobile number, each group split its own way.
    fn written(n: &str, style: usize, sep: &str) -> String {
        let (a, b, c) = (&n[..3], &n[3..7], &n[7..]);
        match style {
            0 => format!("0{a}{sep}{b}{sep}{c}"),
            1 => format!("+62 {a}{sep}{b}{sep}{c}"),
            2 => format!("+62-{a}-{b}-{c}"),
            3 => format!("62 {a}{sep}{b}{sep}{c}"),
            4 => format!("(+62) {a}{sep}{b}{sep}{c}"),
            5 => format!("+62 ({a}) {b}{sep}{c}"),
            6 => format!("(0{a}) {b}{sep}{c}"),
            7 => format!("0{a}{b}{c}"),
            8 => format!("+62{a}{b}{c}"),
            9 => format!("62{a}{b}{c}"),
            10 => format!("(62){a}{sep}{b}{sep}{c}"),
            _ => format!("0{a}\u{a0}{b}\u{a0}{c}"),
        }
    }

    const AROUND: [(&str, &str); 6] = [
        ("No HP saya ", ", terima kasih."),
        ("Mohon hubungi saya di nomor: ", "\nSalam"),
        ("my mobile is ", " (WhatsApp too)"),
        ("Nomor WA ", ""),
        ("", " adalah nomor saya yang aktif"),
        ("HP/WA: ", ". NIK menyusul."),
    ];

    proptest! {
        #[test]
        fn every_common_way_of_writing_a_mobile_is_read(
            prefix in prop::sample::select(vec!["812", "813", "821", "822", "852", "853", "857", "878", "895", "896"]),
            rest in "[0-9]{7,8}",
            style in 0usize..12,
            sep in prop::sample::select(vec![" ", "-", ".", ""]),
            around in 0usize..6,
        ) {
            let national = format!("{prefix}{rest}");
            let (before, after) = AROUND[around];
            let text = format!("{before}{}{after}", written(&national, style, sep));
            let e = extract(&text);
            prop_assert_eq!(
                e.phones.iter().map(|p| p.expose().to_string()).collect::<Vec<_>>(),
                vec![format!("+62{national}")],
                "{}", text
            );
        }
    }

    const NIK: &str = "3275011205900001";

    #[test]
    fn a_forwarded_complaint_keeps_its_body() {
        let forwards = [
            // Gmail, English and Indonesian interface.
            format!("Tolong dibantu untuk ibu saya.\n\n---------- Forwarded message ---------\nFrom: Ibu <ibu@mail.example.id>\nDate: Mon, 12 Jul 2021 08:00\nSubject: Sertifikat\nTo: <sertifikat@kemkes.go.id>\n\nNIK saya {NIK}, belum dapat SMS.\n"),
            format!("---------- Pesan yang diteruskan ---------\nDari: Bapak <b@mail.example.id>\nTanggal: Sen, 12 Jul 2021\nSubjek: Sertifikat\nKepada: sertifikat@kemkes.go.id\n\nSaya sudah vaksin, NIK {NIK}.\n"),
            // Apple Mail.
            format!("Lihat di bawah.\n\nBegin forwarded message:\n\nFrom: Siti <siti@mail.example.id>\nSubject: Sertifikat belum ada\nDate: 12 July 2021\nTo: sertifikat@kemkes.go.id\n\nNIK: {NIK}\n"),
        ];
        for text in &forwards {
            assert_eq!(extract_mail(text, "Fwd: Sertifikat").niks.len(), 1, "{text}");
            assert_eq!(extract(text).niks.len(), 1, "the marker alone says it is a forward: {text}");
        }
        // Outlook forwards look like its replies; the FW: subject tells them apart.
        let outlook = format!("FYI\n\n-----Original Message-----\nFrom: Budi\nSent: Monday, July 12, 2021\nTo: Layanan\nSubject: Sertifikat\n\nNIK {NIK} mohon dicek\n");
        assert_eq!(extract_mail(&outlook, "FW: Sertifikat").niks.len(), 1);
        assert!(
            extract_mail(&outlook, "RE: Sertifikat").niks.is_empty(),
            "a reply's original is not the writer's"
        );
    }

    #[test]
    fn a_reply_written_below_the_quote_keeps_its_new_text() {
        let replies = [
            format!("Pada Sen, 12 Jul 2021 pukul 10.00 Layanan <sertifikat@kemkes.go.id> menulis:\n> Mohon kirim NIK Anda.\n> Terima kasih\n\nIni NIK saya {NIK}\n"),
            format!("On Mon, Jul 12, 2021 at 10:00 AM Layanan <sertifikat@kemkes.go.id> wrote:\n\n> Please send your NIK.\n\nHere it is: {NIK}\nThanks"),
            format!("Layanan Sertifikat menulis:\n>Kirim NIK\nNIK {NIK} ya"),
        ];
        for text in &replies {
            assert_eq!(extract(text).niks.len(), 1, "{text}");
        }
        // Top-posting: the new text is above; the quote's NIK is not the writer's.
        let top =
            "Sudah saya kirim kemarin.\n\nPada 12 Jul 2021 Layanan menulis:\n> NIK contoh 3174014505850002\n";
        assert!(extract(top).niks.is_empty());
    }

    #[test]
    fn a_signature_number_counts_when_the_text_points_to_it() {
        let below = [
            "Mohon hubungi saya di nomor di bawah.\n-- \nBudi Santoso\nHP 0812-9876-5432\n",
            "Please contact me on the number below.\n--\nBudi\n+62 812 9876 5432\n",
            "Silakan WA ke no hp yang tertera.\n-- \nBudi | 081298765432\n",
        ];
        for text in below {
            assert_eq!(extract(text).phones.len(), 1, "{text}");
        }
        assert!(extract("Terima kasih.\n-- \nBudi\nHP 081298765432\n").phones.is_empty());
    }

    #[test]
    fn two_numbers_in_a_row_are_both_read() {
        let e = extract("HP 0812 3456 7890 0813 1111 2222 ya");
        let got: Vec<&str> = e.phones.iter().map(|p| p.expose()).collect();
        assert_eq!(got, ["+6281234567890", "+6281311112222"]);
        let e = extract("0812-3456-7890/0857-1234-5678");
        assert_eq!(e.phones.len(), 2, "{e:?}");
    }

    #[test]
    fn repeats_are_kept_once() {
        let e = extract("NIK 3275011205900001, sekali lagi NIK 3275-0112-0590-0001");
        assert_eq!(e.niks.len(), 1);
    }
}
