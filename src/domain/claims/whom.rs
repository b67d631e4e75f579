//! Whom a complaint is for: a relative named with a possessive ("ibu saya", "my
//! mother") in a clause that does not call their certificate fine, unless the writer
//! says their own is the one missing.

use std::sync::OnceLock;

use regex::Regex;

use super::fields::one_typo;
use super::lexicon;
use super::roles::{has_any, has_word, sentence, sentences, status_of};
use super::NikStatus;

/// A relative named as the subject in `s`: "ibu saya", "adik perempuan saya", "my
/// younger sister", "untuk ayah".
pub(super) fn relative_in(s: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let rel = lexicon::RELATIVES.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        let after = lexicon::POSSESSIVE_AFTER.join("|");
        let before =
            lexicon::POSSESSIVE_BEFORE.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        let between = lexicon::RELATIVE_AFTER_WORDS.join("|");
        let ahead = lexicon::RELATIVE_BEFORE_WORDS.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        Regex::new(&format!(
            r"\b(?:({rel})(?:\s+(?:{between}))?\s*(?:{after})\b|(?:{before})\s+(?:(?:{ahead})\s+|step-)?({rel})\b)"
        ))
            .expect("relative regex")
    });
    let kin = re
        .captures_iter(s)
        .filter_map(|c| c.get(1).or_else(|| c.get(2)))
        .find(|m| !addresses_the_desk(&s[m.end()..]))
        .map(|m| m.as_str().to_string());
    kin.or_else(|| in_our_care(s))
}

/// "warga lansia kami", "pasien kami", "one of our elderly patients": written for by
/// whoever cares for them.
fn in_our_care(s: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let who = lexicon::IN_OUR_CARE.join("|");
        Regex::new(&format!(r"\b({who})(?:\s+[a-z]+)?\s+kami\b|\bour\s+(?:[a-z]+\s+)?({who})\b"))
            .expect("in-our-care regex")
    });
    re.captures(s).and_then(|c| c.get(1).or_else(|| c.get(2))).map(|m| m.as_str().to_string())
}

/// "untuk Bapak/Ibu sekalian", "kepada Bapak Ibu": the officers addressed, not a relative
/// ("untuk mama bu" is for mama, the officer addressed after her).
fn addresses_the_desk(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?:\s*(?:[/&]|-|dan\s)\s*(?:ibu|bapak|bu|pak)|\s+(?:ibu|bapak))\b").expect("desk regex")
    });
    re.is_match(after)
}

/// Whether a sentence calls someone's certificate fine (typos forgiven), by a phrase or
/// by "no" and a word for trouble ("tidak ada kendala", "has no issue").
pub(super) fn settled(sentence: &str) -> bool {
    no_trouble(sentence)
        || lexicon::SETTLED.iter().any(|w| has_word(sentence, w) || has_phrase_typo(sentence, w))
}

/// "No" and a word for trouble: "tidak ada kendala", "has no issue".
pub(super) fn no_trouble(s: &str) -> bool {
    static NO_TROUBLE: OnceLock<Regex> = OnceLock::new();
    let re = NO_TROUBLE.get_or_init(|| {
        let no = lexicon::NO.join("|");
        let trouble = lexicon::TROUBLE.join("|");
        Regex::new(&format!(r"\b(?:{no})\s+(?:(?:ada|any|an)\s+)?(?:{trouble})\b")).expect("no-trouble regex")
    });
    re.is_match(s)
}

/// `phrase` in `s` as whole words, each word of five letters or more allowed one typo
/// (four was too loose: "amak", a mother, read as "aman", fine).
fn has_phrase_typo(s: &str, phrase: &str) -> bool {
    let want: Vec<&str> = phrase.split_whitespace().collect();
    let words: Vec<&str> =
        s.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    words
        .windows(want.len())
        .any(|win| win.iter().zip(&want).all(|(w, t)| w == t || (t.len() >= 5 && one_typo(w, t))))
}

/// Whom the complaint is written for, when not the writer: a relative named in a
/// sentence that does not call their certificate fine.
pub fn on_behalf(lower: &str) -> Option<String> {
    for s in sentences(lower) {
        // Clause by clause: "saya sudah dapat, tapi punya ibu saya belum" is for her.
        let parts: Vec<&str> = clauses(s).collect();
        for (i, text) in parts.iter().enumerate() {
            if let Some(who) = relative_in(text) {
                // What is said of them may follow in the next clause of words ("NIK …
                // punya emak saya, sudah tidak ada masalah"; "my son's, NIK …, arrived").
                // Only when the clause itself says nothing, and the next is not the
                // writer's own ("…, punya saya sudah keluar").
                let next = parts[i + 1..].iter().find(|c| has_words(c));
                let said_next = status_of(text).is_none()
                    && next.is_some_and(|c| {
                        (fine(c) || bare_fine(c)) && relative_in(c).is_none() && !first_person(c)
                    });
                if !settled(text) && !fine(text) && !said_next {
                    return Some(who);
                }
            }
        }
    }
    None
}

/// Whether the writer says the mail is about themselves: a sentence in the first person
/// ("saya", "my", "I") that says a certificate is missing and names no relative and no
/// third person ("beliau", "his"), words that point at the writer among several listed
/// ("atas nama saya", "except me"), or the other one said to be fine. "My vaccine
/// certificate is still empty on my side" before two NIKs says whose the mail is about.
pub fn own_trouble(lower: &str) -> bool {
    sentences(lower).any(|s| {
        // Clause by clause: "My cousin's certificate exists; mine, NIK …, is missing".
        let own_missing = has_any(s, lexicon::CERTIFICATE)
            && clauses(s).any(|c| {
                let missing = match status_of(c) {
                    Some(st) => st == NikStatus::Missing,
                    None => has_any(c, lexicon::OWN_MISSING_MORE),
                };
                first_person(c) && missing && relative_in(c).is_none() && !has_any(c, lexicon::THIRD_PERSON)
            });
        let parts: Vec<&str> = clauses(s).collect();
        // "Mohon yang dicek atas nama saya", "all got theirs except me"; "only mine is
        // missing", not "only mine came through".
        let writer_meant = parts
            .iter()
            .any(|c| has_any(c, lexicon::WRITER_MEANT) || has_any(c, lexicon::WRITER_ONLY) && !fine(c));
        // "The other one (NIK …) is fine": in its clause or the next one of words.
        let others_fine = parts.iter().enumerate().any(|(i, c)| {
            let ok = |c: &str| settled(c) || fine(c);
            has_any(c, lexicon::THE_OTHER)
                && (ok(c)
                    || status_of(c).is_none()
                        && parts[i + 1..].iter().find(|n| has_words(n)).is_some_and(|n| ok(n)))
        });
        // "No problem with my certificate" places none.
        own_missing || writer_meant || others_fine || (trouble_is_mine(s) && !no_trouble(s))
    })
}

/// "The trouble is with my own NIK", "the problem is with me", "masalahnya di NIK saya",
/// "punya saya yang bermasalah": the writer places the problem on their own record.
fn trouble_is_mine(s: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let trouble = lexicon::TROUBLE.join("|");
        let me = lexicon::POSSESSIVE_AFTER.join("|");
        let thing = r"(?:nik|sertifikat|sertif|data|punya|milik|certificate|record)";
        Regex::new(&format!(
            r"\b(?:{trouble})(?:nya)?\s+(?:is\s+|ada\s+|justru\s+)?(?:with|di|pada|dengan)\s+(?:my(?:\s+own)?\s+{thing}|mine|me|{thing}\s+(?:{me})(?:\s+sendiri)?|(?:{me})(?:\s+sendiri)?)\b|\b{thing}\s+(?:{me})(?:\s+sendiri)?\s+(?:yang|yg)\s+(?:ber)?(?:{trouble})\b"
        ))
        .expect("trouble-is-mine regex")
    });
    re.is_match(s)
}

/// Whether a clause calls a certificate fine, unless it also says something is missing
/// ("received" but not "not received").
fn fine(clause: &str) -> bool {
    status_of(clause) == Some(NikStatus::Fine)
}

/// A clause of one word that calls it fine: "NIK … is my son's, fine." ("fine" alone is
/// no word for a certificate anywhere else: "doing fine after her jab").
fn bare_fine(clause: &str) -> bool {
    matches!(clause.trim().trim_end_matches(['.', '!']), "fine" | "ok" | "okay" | "aman" | "beres")
}

/// Whether a clause speaks of the writer ("punya saya", "mine", "I got").
fn first_person(clause: &str) -> bool {
    has_any(clause, lexicon::FIRST_PERSON)
}

/// Whether a clause holds words beyond a NIK and its label ("nik 3275…" holds none).
fn has_words(clause: &str) -> bool {
    clause.split(|c: char| !c.is_ascii_alphabetic()).any(|w| !w.is_empty() && w != "nik" && w != "no")
}

/// What cuts a sentence into clauses: commas, semicolons and the words that set one part
/// against another.
pub(super) fn clause_breaks() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let words = [lexicon::CONTRAST_WORDS, lexicon::CLAUSE_WORDS].concat().join("|");
        Regex::new(&format!(r"[,;]|\b(?:{words})\b")).expect("clause regex")
    })
}

fn clauses(sentence: &str) -> impl Iterator<Item = &str> {
    clause_breaks().split(sentence)
}

/// The clause of the sentence around byte `at`; a NIK in brackets belongs to the clause
/// it stands in ("kakak saya (NIK …) sudah dapat").
pub(super) fn clause_around(lower: &str, at: usize) -> &str {
    let (s0, s1) = sentence(lower, at);
    let text = &lower[s0..s1];
    let rel = at - s0;
    let start = clause_breaks().find_iter(&text[..rel]).last().map_or(0, |m| m.end());
    let end = clause_breaks().find(&text[rel..]).map_or(text.len(), |m| rel + m.start());
    &text[start..end]
}

/// Whether the writer says their own certificate is missing ("punya saya yang belum
/// keluar", "mine is still missing"): then a relative named beside it is context.
pub fn own_missing(lower: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let me = lexicon::POSSESSIVE_AFTER.join("|");
        let owned = lexicon::OWN_THING.join("|");
        let missing = lexicon::NOT_YET.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        // Bahasa within a clause; English may set the NIK off with commas ("mine, NIK …, is").
        Regex::new(&format!(
            r"\b(?:(?:{owned})\s+(?:{me})\b[^.;,\n]{{0,60}}|(?:mine|my\s+(?:digital\s+|vaccine\s+|vaccination\s+)?(?:certificate|cert|card|one))\b[^.;\n]{{0,60}})\b(?:{missing})\b"
        ))
        .expect("own-missing regex")
    });
    re.is_match(lower)
}
