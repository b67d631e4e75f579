//! Whether a mail left anything a person could read: random bytes, a base64 body that
//! could not be decoded, or a body lost to a broken MIME structure are quarantined with
//! the reason, never ticketed and acknowledged.

/// Why the text of a mail is not readable, if it is not. `raw_body`: the raw message
/// after its headers (words there and none in the text: the body was lost to a broken
/// MIME structure); `attachments`: real ones, not an unparsed multipart body.
pub fn unreadable(text: &str, subject: &str, raw_body: &str, attachments: usize) -> Option<&'static str> {
    let text = text.trim();
    if text.is_empty() {
        if attachments > 0 {
            return None;
        }
        if words(raw_body) >= 3 {
            return Some("the message body could not be read (a broken MIME structure?)");
        }
        return (words(subject) == 0).then_some("the message is empty");
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

/// Words: tokens of two or more letters and nothing else, once trimmed of punctuation
/// (so base64 fragments, numbers and symbols are not words).
fn words(s: &str) -> usize {
    s.split_whitespace()
        .map(|t| t.trim_matches(|c: char| c.is_ascii_punctuation()))
        .filter(|t| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic))
        .count()
}

#[cfg(test)]
mod tests {
    use super::unreadable;

    #[test]
    fn complaints_short_or_subject_only_are_readable() {
        assert_eq!(unreadable("Sertifikat saya belum ada", "", "Sertifikat saya belum ada", 0), None);
        assert_eq!(unreadable("", "NIK 3275011205900001 sertifikat belum muncul", "", 0), None);
        assert_eq!(
            unreadable("", "", "--b\r\nContent-Type: image/jpeg\r\n\r\n/9j/4AAQ", 1),
            None,
            "a photo of the KTP alone"
        );
        assert_eq!(unreadable("3275011205900001", "Sertifikat", "3275011205900001", 0), None);
    }

    #[test]
    fn garbage_lost_and_encoded_bodies_are_not() {
        assert!(unreadable("", "", "", 0).is_some());
        let lost = "--wrong\r\nContent-Type: text/plain\r\n\r\nSaya belum dapat sertifikat\r\n";
        assert!(unreadable("", "Sertifikat", lost, 0).is_some(), "the body came out empty");
        let binary: String = (0..300).map(|i| if i % 3 == 0 { '\u{FFFD}' } else { 'x' }).collect();
        assert!(unreadable(&binary, "Sertifikat", &binary, 0).is_some());
        let b64 = "U2VydGlmaWthdCBzYXlhIGJlbHVtIGFkYSwgTklLIDMyNzUwMTEyMDU5MDAwMDEgbW9ob24gZGliYW50dQ\nU2VydGlmaWthdCBzYXlhIGJlbHVtIGFkYSwgTklLIDMyNzUwMTEyMDU5";
        assert!(unreadable(b64, "Sertifikat", b64, 0).is_some());
        let cut = "QXNzYWxhbXVhbGFpa3VtLApEaSBQZWR1bGlMaW5kdW5naSBzZXJ0aWZpa2F0IGRvc2lzIDEgdGlk\r\nZHVuZ2kgc2VydGlmaWthdCBkb3N";
        assert!(unreadable(cut, "Sertifikat", cut, 0).is_some(), "a short last line of base64 is no word");
        assert!(unreadable("!!! ??? ...", "", "!!! ??? ...", 0).is_some());
    }
}
