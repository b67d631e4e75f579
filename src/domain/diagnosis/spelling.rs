//! A name written as the record's but spelt another way ("the certificate reads Dadang
//! Hafiz Hidayta, my name is Dadang Hafiz Hidayat"): however the citizen words it, two
//! spellings of one name in their own words say the record's is wrong. Typos in a
//! citizen's own name are rare; a letter or two apart in a name of the record's length
//! is what a misspelt record looks like.

use crate::domain::claims::{has_word, lexicon, sentence, CONTRAST};

/// Said just before the record's spelling, it is the right one ("yang benar Dadang
/// Hafiz Hidayat"): the other spelling is the writer's slip, not the record's.
const RIGHT_BEFORE: &[&str] = &[
    "benar",
    "betul",
    "harusnya",
    "seharusnya",
    "mestinya",
    "asli",
    "aslinya",
    "sesuai ktp",
    "should be",
    "correct",
    "actual",
    "actually",
    "my name is",
    "real",
    "real name",
];

/// A spelling found: as written, its sentence, and whether the words set it against the
/// record's (a contrast or a word placing one on the record).
pub struct Variant {
    pub written: String,
    pub quote: String,
    pub set_against: bool,
}

/// The record's name spelt otherwise in `own`, as written, with its sentence: every word
/// the record's or a letter or two from it (at least one of each, the same ones four
/// letters or more), in the same order. Not where the record's spelling is called the
/// right one, the other is denied ("bukan Andi Putri"), or a relative is named beside
/// it (siblings' names differ by a letter).
pub fn name_variant(own: &str, on_record: &str) -> Option<Variant> {
    let lower = own.to_lowercase();
    let record_said_right = lower.match_indices(&on_record.to_lowercase()).any(|(at, _)| {
        let from = lower[..at].char_indices().rev().nth(24).map_or(0, |(i, _)| i);
        RIGHT_BEFORE.iter().any(|w| has_word(&lower[from..at], w))
    });
    if record_said_right {
        return None;
    }
    let found = find(own, on_record)?;
    let (written, quote) = found;
    let q = quote.to_lowercase();
    let at = q.find(&written.to_lowercase()).unwrap_or(0);
    let before = &q[q[..at].char_indices().rev().nth(9).map_or(0, |(i, _)| i)..at];
    if ["bukan", "not", "no"].iter().any(|w| has_word(before, w))
        || lexicon::RELATIVES.iter().any(|w| has_word(&q, w))
    {
        return None;
    }
    let set_against = CONTRAST.iter().chain(lexicon::ON_RECORD).chain(RIGHT_BEFORE).any(|w| has_word(&q, w));
    Some(Variant { written, quote, set_against })
}

fn find(own: &str, on_record: &str) -> Option<(String, String)> {
    let want: Vec<String> = on_record.split_whitespace().map(fold).collect();
    if want.len() < 2 || want.iter().all(|w| w.chars().count() < 3) {
        return None;
    }
    let words = word_spans(own);
    for win in words.windows(want.len()) {
        let (mut exact, mut near, mut anchor) = (0, 0, 0);
        for ((a, b), w) in win.iter().zip(&want) {
            let got = fold(&own[*a..*b]);
            if got == *w {
                exact += 1;
                anchor += w.len();
            } else if close(&got, w) && starts_upper(&own[*a..*b]) {
                near += 1;
            } else {
                break;
            }
        }
        // Spelt alike over at least four letters: "Ai Sri" is not "Ai Sti" misspelt.
        if exact + near == want.len() && anchor >= 4 && near > 0 {
            let (start, end) = (win[0].0, win[want.len() - 1].1);
            let (s0, s1) = sentence(own, start);
            let quote = own[s0..s1].trim().chars().take(200).collect();
            return Some((own[start..end].to_string(), quote));
        }
    }
    None
}

/// Lower case, without the marks names carry ("Syafi'i", "Ma'ruf").
fn fold(w: &str) -> String {
    w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Words of letters (with apostrophes and hyphens inside), as byte spans.
fn word_spans(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let inside = c.is_alphabetic() || (start.is_some() && matches!(c, '\'' | '-'));
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push((a, i));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// A letter apart (four letters or more), or two (seven or more): added, dropped,
/// changed or swapped.
fn close(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let shorter = la.min(lb);
    if shorter < 3 || la.abs_diff(lb) > 2 {
        return false;
    }
    let d = distance(a, b);
    d == 1 || (d == 2 && shorter >= 6)
}

/// Edit distance with adjacent swaps (optimal string alignment).
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_spellings_of_the_records_name_are_found_however_worded() {
        for (own, record, want) in [
            (
                "The proof reads Dadang Hafiz Hidayta - my actual name is Dadang Hafiz Hidayat.",
                "Dadang Hafiz Hidayta",
                "Dadang Hafiz Hidayat",
            ),
            (
                "Namaku kok jadi Lelis Nurhasanah ya min? Harusnya Lilis Nurhasanah.",
                "Lelis Nurhasanah",
                "Lilis Nurhasanah",
            ),
            (
                "Certificate: AI STI KOMARIAH. My KTP: Ai Siti Komariah.",
                "Ai Sti Komariah",
                "Ai Siti Komariah",
            ),
            (
                "di kartu tertulis syafi'i rizqulah, KTP saya Syafi'i Rizqullah",
                "Syafi'i Rizqulah",
                "Syafi'i Rizqullah",
            ),
        ] {
            let got = name_variant(own, record);
            assert_eq!(got.as_ref().map(|v| v.written.as_str()), Some(want), "{own}");
        }
    }

    #[test]
    fn the_records_name_alone_or_another_name_is_no_variant() {
        for (own, record) in [
            ("Saya Siti Aminah, NIK 3275011205900001, sertifikat belum ada.", "Siti Aminah"),
            ("Sertifikat ibu saya Siti Aminah belum ada. Saya Budi Santoso.", "Siti Aminah"),
            // Another word entirely, or a name shortened: not a spelling.
            ("Saya Siti Rahma, anak dari Siti Aminah.", "Siti Aminah"),
            ("Salam, Budi S.", "Budi Santoso"),
            // Small words are too easily one letter apart.
            ("Ini Ai Sri, bukan Ai Sti.", "Ai Sti"),
            // The record's spelling called the right one: the other is the writer's slip.
            (
                "Saya cari pakai nama Dadang Hafiz Hidayta tidak ketemu, yang benar Dadang Hafiz Hidayat.",
                "Dadang Hafiz Hidayat",
            ),
            // Denied, or a sibling's name a letter apart.
            ("Nama saya Andi Putra, bukan Andi Putri.", "Andi Putri"),
            ("Sertifikat adik saya Andi Putri sudah ada, punya saya belum.", "Andi Putra"),
        ] {
            assert!(name_variant(own, record).is_none(), "{own}");
        }
    }

    #[test]
    fn distance_counts_swaps_as_one() {
        assert_eq!(distance("hidayta", "hidayat"), 1);
        assert_eq!(distance("handayaani", "handayani"), 1);
        assert_eq!(distance("sumampuow", "sumampouw"), 1);
        assert!(close("rizqulah", "rizqullah") && !close("rahma", "aminah") && !close("ai", "al"));
    }
}
