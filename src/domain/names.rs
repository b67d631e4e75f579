//! Indonesian-aware name matching. Agents hear names over the phone, and records were
//! typed from handwriting: old (Van Ophuijsen / Soewandi) and new (EYD) spellings,
//! abbreviated first names, titles and honorifics, compound names with or without a
//! space. [`normalise`] maps every such form of a name to the same tokens, so the search
//! index stores them beside the raw name and queries are normalised the same way.

use unicode_normalization::UnicodeNormalization;

/// Titles and honorifics that are not part of a name (compared after normalising, so
/// `S.Pd.`, `S Pd` and `spd` are one entry: dots become spaces, then `s pd` is
/// matched as a pair below).
const TITLES: &[&str] = &[
    "h", "hj", "haji", "hajah", "dr", "drs", "dra", "ir", "prof", "bapak", "bpk", "pak", "ibu", "bu", "sdr",
    "sdri", "tn", "ny", "nn", "alm", "almh", "kh", "ssi", "spd", "skom", "sh", "se", "mm", "mpd", "msi",
    "mkes", "skm", "skep", "ners", "amd", "amkeb", "spog", "mba", "mt", "mh", "phd", "ssos", "sag", "sip",
    "ak",
];

/// Two-letter academic degrees written with a dot (`S.Pd.` → `s pd`): the first part.
const DEGREE_HEADS: &[&str] = &["s", "a", "m", "d"];

/// Spelling variants of common first names, after the letter rules; all map to the first.
const NAME_VARIANTS: &[(&str, &[&str])] = &[
    ("muhamad", &["muhamad", "mohamad", "mohamed", "muhamed", "mohd", "muh", "moh", "mhd", "md", "m"]),
    ("nur", &["nur", "nor", "nurul"]),
    ("abdul", &["abdul", "abd", "abdoel"]),
    ("ahmad", &["ahmad", "ahmat", "achmad", "akhmad", "amad"]),
    ("yusuf", &["yusuf", "yusup", "yoesoef", "joesoef", "jusuf"]),
    ("siti", &["siti", "sity", "st"]),
];

/// The normalised tokens of a name, in order: lower case, no diacritics or punctuation,
/// titles stripped, old spellings and doubled letters folded, first-name variants unified.
pub fn normalise(name: &str) -> Vec<String> {
    let folded: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        // Apostrophes join (Ma'ruf = Maruf); invisible characters vanish.
        .filter(|c| !matches!(c, '\'' | '\u{2019}' | '`' | '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{FEFF}'))
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        // `S.Pd.`, `S.Kom` … arrive as two words.
        if DEGREE_HEADS.contains(&w)
            && words.get(i + 1).is_some_and(|n| TITLES.contains(&format!("{w}{n}").as_str()))
        {
            i += 2;
            continue;
        }
        i += 1;
        if TITLES.contains(&w) && words.len() > 1 && !(w == "m" || w == "md") {
            continue;
        }
        let s = spell(w);
        if s.is_empty() {
            continue;
        }
        out.push(variant(&s).to_string());
    }
    // A name that was only a title ("Ibu") keeps what it had rather than vanish.
    if out.is_empty() {
        out.extend(words.iter().map(|w| spell(w)).filter(|w| !w.is_empty()));
    }
    out
}

/// The letter rules: old spellings (`oe`→`u`, `dj`→`j`, `tj`→`c`, `nj`→`ny`, `sj`→`sy`,
/// `ch`→`kh`) and doubled letters folded. In the old spelling `j` was today's `y`; a
/// word that shows another old marker is old, so its remaining `j` becomes `y`
/// (Tjahjo → Cahyo) while a modern `Joko` stays.
fn spell(word: &str) -> String {
    let old = ["oe", "dj", "tj", "sj", "nj"].iter().any(|m| word.contains(m));
    let mut w = word.replace("oe", "u").replace("dj", "\u{1}").replace("tj", "c").replace("sj", "sy");
    w = w.replace("nj", "ny").replace("ch", "kh");
    if old {
        w = w.replace('j', "y");
    }
    let w = w.replace('\u{1}', "j");
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        if out.ends_with(c) && c.is_ascii_alphabetic() {
            continue;
        }
        out.push(c);
    }
    out
}

/// Words a name is said with or without (`Muhammad`, in every spelling and
/// abbreviation): a query that has one the record lacks, or lacks one the record has,
/// still means that person, so they weigh little in a match.
pub fn is_optional(token: &str) -> bool {
    token == "muhamad"
}

fn variant(word: &str) -> &str {
    NAME_VARIANTS.iter().find(|(_, all)| all.contains(&word)).map_or(word, |(canonical, _)| canonical)
}

/// What the index stores for a name: its tokens, plus each pair of neighbours written
/// together, so `Abdul Rahman` and `Abdulrahman` meet from either side.
pub fn index_form(name: &str) -> String {
    let t = normalise(name);
    let mut out = t.join(" ");
    for pair in t.windows(2) {
        out.push(' ');
        out.push_str(&pair[0]);
        out.push_str(&pair[1]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalise(s).join(" ")
    }

    #[test]
    fn old_and_new_spellings_meet() {
        let cases = [
            ("Soekarno", "Sukarno"),
            ("Djoko Widodo", "Joko Widodo"),
            ("Tjahjo Kumolo", "Cahyo Kumolo"),
            ("Soenjoto", "Sunyoto"),
            ("Sjahrir", "Syahrir"),
            ("Chairul Tanjung", "Khairul Tanjung"),
            ("Achmad Yani", "Ahmad Yani"),
            ("Hasanuddin", "Hasanudin"),
            ("Yoesoef", "Yusuf"),
        ];
        for (old, new) in cases {
            assert_eq!(n(old), n(new), "{old} vs {new}");
        }
    }

    #[test]
    fn first_name_variants_meet() {
        for v in [
            "Muhammad Rizki",
            "Muhamad Rizki",
            "Mohammad Rizki",
            "Mohamad Rizki",
            "Moh. Rizki",
            "M. Rizki",
            "Mhd Rizki",
        ] {
            assert_eq!(n(v), "muhamad rizki", "{v}");
        }
        assert_eq!(n("Noor Hidayah"), n("Nur Hidayah"));
    }

    #[test]
    fn titles_and_honorifics_are_stripped() {
        let cases = [
            ("H. Ahmad Dahlan", "ahmad dahlan"),
            ("Hj. Siti Aminah, S.Pd.", "siti aminah"),
            ("Dr. Ir. Budi Santoso, M.M.", "budi santoso"),
            ("Bapak Slamet", "slamet"),
            ("Ibu Wati S.Kom", "wati"),
            ("Prof. Dr. Hj. Nur Aini, SE", "nur aini"),
        ];
        for (raw, want) in cases {
            assert_eq!(n(raw), want, "{raw}");
        }
        // A name that is nothing but a title keeps its word.
        assert_eq!(n("Ibu"), "ibu");
    }

    #[test]
    fn case_diacritics_and_punctuation_do_not_matter() {
        assert_eq!(n("  SITI   AMINAH "), "siti aminah");
        assert_eq!(n("Dwi-Ayu O'Neil"), "dwi ayu oneil");
        assert_eq!(n("Ma\u{2019}ruf Amin"), "maruf amin");
        assert_eq!(n("R\u{e9}\u{ad}ne \u{c7}elik"), n("Rene Celik"));
    }

    #[test]
    fn compound_names_meet_with_or_without_a_space() {
        let spaced = index_form("Abdul Rahman Wahid");
        assert!(spaced.split(' ').any(|t| t == "abdulrahman"), "{spaced}");
        let joined = index_form("Abdulrahman Wahid");
        assert!(joined.split(' ').any(|t| t == "abdulrahman"), "{joined}");
    }
}
