//! Whether a mail left anything a person could read: random bytes, a base64 body that
//! could not be decoded, or a body lost to a broken MIME structure are quarantined with
//! the reason, never ticketed and acknowledged.

/// Why the text of a mail is not readable, if it is not. `raw_body_bytes`: how much
/// body the raw message had (an empty text from a large body means it was lost).
pub fn unreadable(
    text: &str,
    subject: &str,
    raw_body_bytes: usize,
    attachments: usize,
) -> Option<&'static str> {
    let text = text.trim();
    if text.is_empty() {
        if raw_body_bytes > 200 && attachments == 0 {
            return Some("the message body could not be read (broken MIME structure?)");
        }
        return (words(subject) == 0 && attachments == 0).then_some("the message is empty");
    }
    let chars = text.chars().count();
    let bad = text.chars().filter(|c| *c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace())).count();
    if bad * 10 > chars {
        return Some("the message body is not readable text (binary or a wrong charset)");
    }
    // Base64 that was never decoded: long unbroken runs of its alphabet, few words.
    let is_encoded =
        |t: &&str| t.len() >= 40 && t.chars().all(|c| c.is_ascii_alphanumeric() || "+/=".contains(c));
    let encoded: usize = text.split_whitespace().filter(is_encoded).map(str::len).sum();
    let plain_words: usize = text.split_whitespace().filter(|t| !is_encoded(t)).map(words).sum();
    if encoded * 2 > chars && plain_words < 3 {
        return Some("the message body is still encoded (truncated base64?)");
    }
    (words(text) == 0 && words(subject) == 0 && attachments == 0).then_some("the message holds no words")
}

/// Words of two or more letters.
fn words(s: &str) -> usize {
    s.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 2).count()
}

#[cfg(test)]
mod tests {
    use super::unreadable;

    #[test]
    fn complaints_short_or_subject_only_are_readable() {
        assert_eq!(unreadable("Sertifikat saya belum ada", "", 30, 0), None);
        assert_eq!(unreadable("", "NIK 3275011205900001 sertifikat belum muncul", 0, 0), None);
        assert_eq!(unreadable("", "", 0, 1), None, "a photo of the KTP alone");
        assert_eq!(unreadable("3275011205900001", "Sertifikat", 20, 0), None);
    }

    #[test]
    fn garbage_lost_and_encoded_bodies_are_not() {
        assert!(unreadable("", "", 0, 0).is_some());
        assert!(unreadable("", "Sertifikat", 4_000, 0).is_some(), "a large body came out empty");
        let binary: String = (0..300).map(|i| if i % 3 == 0 { '\u{FFFD}' } else { 'x' }).collect();
        assert!(unreadable(&binary, "Sertifikat", 300, 0).is_some());
        let b64 = "U2VydGlmaWthdCBzYXlhIGJlbHVtIGFkYSwgTklLIDMyNzUwMTEyMDU5MDAwMDEgbW9ob24gZGliYW50dQ\nU2VydGlmaWthdCBzYXlhIGJlbHVtIGFkYSwgTklLIDMyNzUwMTEyMDU5";
        assert!(unreadable(b64, "Sertifikat", 200, 0).is_some());
        assert!(unreadable("!!! ??? ...", "", 11, 0).is_some());
    }
}
