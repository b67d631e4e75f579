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

fn patterns() -> &'static [(Regex, &'static str)] {
    static P: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    P.get_or_init(|| {
        vec![
            // NIK: 16 digits, possibly grouped by spaces or dots.
            (
                Regex::new(r"\b(\d{4})[ .]?\d{2}[ .]?\d{2}[ .]?\d{4}[ .]?(\d{4})\b").expect("static regex"),
                "${1}********${2}",
            ),
            // Indonesian mobile numbers in 08…, 628… and +62 8… forms.
            (
                Regex::new(r"(\+?62[ .-]?|\b0)(8\d{2})[ .-]?\d{3,4}[ .-]?(\d{2,5})\b").expect("static regex"),
                "${1}${2}****",
            ),
        ]
    })
}

/// Masks NIKs and phone numbers in a line of log output.
pub fn scrub(line: &str) -> String {
    patterns().iter().fold(line.to_string(), |acc, (re, with)| re.replace_all(&acc, *with).into_owned())
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
    fn ordinary_numbers_survive() {
        let line = "took 1234 ms, status=200, ticket SRT-2021-000123";
        assert_eq!(scrub(line), line);
    }
}
