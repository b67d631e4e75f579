//! Logging: tracing to stderr, pretty or JSON, with personal data scrubbed.
//!
//! Domain types already mask themselves; the scrubber is the second line of defence
//! for free text (a database error quoting a value, a header, a body fragment).

use std::io::{self, Write};
use std::sync::OnceLock;

use regex::Regex;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

use crate::config::{LogConfig, LogFormat};

pub fn init(cfg: &LogConfig) {
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(&cfg.level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(Scrubbed);
    let _ = match cfg.format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Pretty => builder.compact().try_init(),
    };
}

/// Indonesian mobile numbers in 08…, 628… and +62 8… forms.
fn phone_pattern() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| {
        Regex::new(r"(\+?62[ .-]?|\b0)(8\d{2})[ .-]?\d{3,4}[ .-]?(\d{2,5})\b").expect("static regex")
    })
}

/// Sixteen digits, each pair maybe split by up to two separators (spaces, dots,
/// dashes, plus signs, underscores, slashes, tabs, no-break spaces), not inside a longer
/// run.
fn nik_pattern() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| {
        Regex::new(r"(^|[^0-9])(\d(?:[ .+\-_/\t\u{A0}]{0,2}\d){15})([^0-9]|$)").expect("static regex")
    })
}

/// URL-encoded separators (`%20`, `%2B`, `%2D`, `%2E`) read as the separators they
/// stand for, so `3275%200112…` is seen as the NIK it is.
fn decode_separators(line: &str) -> String {
    static P: OnceLock<Regex> = OnceLock::new();
    let re = P.get_or_init(|| Regex::new(r"(?i)%2[0bde]").expect("static regex"));
    re.replace_all(line, " ").into_owned()
}

/// Masks NIKs and phone numbers in a line of log output.
pub fn scrub(line: &str) -> String {
    let mut text = if line.contains('%') { decode_separators(line) } else { line.to_string() };
    // Twice: a match takes the character after it, which may be the start of the next.
    for _ in 0..2 {
        text = nik_pattern()
            .replace_all(&text, |c: &regex::Captures<'_>| {
                let digits: String = c[2].chars().filter(char::is_ascii_digit).collect();
                format!("{}{}********{}{}", &c[1], &digits[..4], &digits[12..], &c[3])
            })
            .into_owned();
    }
    phone_pattern().replace_all(&text, "${1}${2}****").into_owned()
}

#[derive(Clone, Copy)]
struct Scrubbed;

impl<'a> MakeWriter<'a> for Scrubbed {
    type Writer = ScrubWriter;
    fn make_writer(&'a self) -> Self::Writer {
        ScrubWriter
    }
}

/// tracing-subscriber's fmt layer writes each event with one `write_all`, so each
/// call holds whole values and the patterns see them unsplit.
struct ScrubWriter;

impl Write for ScrubWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        io::stderr().write_all(scrub(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        io::stderr().flush()
    }
}

#[cfg(test)]
mod tests {
    use super::scrub;

    #[test]
    fn niks_and_phones_are_masked_in_free_text() {
        let line = "lookup nik=3275011205900001 phone=081234567890 alt=+62 812-3456-7890 x=6281234567890";
        let out = scrub(line);
        assert!(!out.contains("3275011205900001"), "{out}");
        assert!(out.contains("3275********0001"), "{out}");
        assert!(!out.contains("34567890"), "{out}");
        assert!(!out.contains("3456-7890"), "{out}");
    }

    #[test]
    fn niks_written_any_way_are_masked() {
        for line in [
            "path=/desk/search?q=3275-0112-0590-0001",
            "q=3275%200112%200590%200001",
            "q=3275+0112+0590+0001",
            "nik_3275011205900001_x",
            "32.75.01.120590.0001",
            "3275 \u{a0}0112 0590\t0001",
            "x3275011205900001",
        ] {
            let out = scrub(line);
            let digits: String = out.chars().filter(char::is_ascii_digit).collect();
            assert!(!digits.contains("01120590"), "{line} -> {out}");
            assert!(out.contains("********"), "{line} -> {out}");
        }
    }

    #[test]
    fn ordinary_numbers_survive() {
        let line = "took 1234 ms, status=200, ticket SRT-2021-000123";
        assert_eq!(scrub(line), line);
    }
}
