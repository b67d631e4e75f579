//! The writer's own words in a mail: what they typed, without what mail clients add
//! around it (quoted history, the original of a reply, forwarding headers, signatures).
//! Every NIK, phone number and claim is read from this text only, so a number in the
//! desk's earlier answer or in someone else's quoted mail is never taken for theirs.

use std::sync::OnceLock;

use regex::Regex;

use super::static_regex as re;

/// The writer's own text of a mail whose subject is unknown.
pub fn own_words(text: &str) -> String {
    own_words_of(text, "")
}

/// The writer's own text: quoted lines (`> `) are left out, and so is what follows a
/// reply header whose original is not quoted (Outlook's "-----Original Message-----",
/// a `From:` block); a reply written below its quote keeps its new text; a forwarded
/// message keeps its body (a relative forwarding a parent's complaint), only its header
/// block is skipped; a signature is cut unless the text points to "the number below".
pub fn own_words_of(text: &str, subject: &str) -> String {
    static FORWARD_SUBJECT: OnceLock<Regex> = OnceLock::new();
    let forwarded = re(&FORWARD_SUBJECT, r"(?i)^\s*(fwd?|fw|tr|terusan)\s*:").is_match(subject);
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < lines.len() {
        let (line, t) = (lines[i], lines[i].trim());
        if forward_marker(t) || (forwarded && (original_marker(&lines, i) || header_block(&lines, i))) {
            // The forwarded mail's header block, then its body, which is read on.
            i = past_headers(&lines, i + 1);
            continue;
        }
        if let Some(after) = attribution(&lines, i) {
            match lines[after..].iter().position(|l| !l.trim().is_empty()).map(|k| after + k) {
                // Bottom-posting: the quote comes next and the new text after it.
                Some(k) if lines[k].trim_start().starts_with('>') => i = k,
                // An unquoted original follows: where it ends cannot be told, and the
                // desk's own words must not be read as the citizen's.
                _ => break,
            }
            continue;
        }
        // A reply's original below an unquoted header (Outlook): not the writer's. With
        // nothing written above it, the writer answered below the original: its header
        // lines go and the rest is read on (the original is ours, and says little).
        if original_marker(&lines, i) || from_header(&lines, i) || dashed_attribution(t) {
            if !out.trim().is_empty() {
                break;
            }
            i = past_headers(&lines, i + 1);
            continue;
        }
        if line == "--" || line == "-- " {
            if points_below(&out) {
                for l in lines[i + 1..].iter().take(6) {
                    out.push_str(l);
                    out.push('\n');
                }
            }
            break;
        }
        if !t.starts_with('>') && !rule(t) {
            out.push_str(line);
            out.push('\n');
        }
        i += 1;
    }
    out
}

/// "---------- Forwarded message ---------" and its translations.
fn forward_marker(t: &str) -> bool {
    static FORWARD: OnceLock<Regex> = OnceLock::new();
    re(
        &FORWARD,
        r"(?i)^-*\s*(forwarded message|pesan terusan|pesan yang diteruskan|begin forwarded message:?|mulai pesan yang diteruskan:?)\s*-*$",
    )
    .is_match(t)
}

/// A header line of a quoted or forwarded mail (English and Indonesian clients).
fn header(t: &str) -> bool {
    static HEADER: OnceLock<Regex> = OnceLock::new();
    re(
        &HEADER,
        r"(?i)^(from|dari|date|tanggal|sent|dikirim|terkirim|waktu|subject|subjek|perihal|to|kepada|untuk|cc|bcc|reply-to|balas ke)\s*:",
    )
    .is_match(t)
}

fn from_line(t: &str) -> bool {
    static FROM: OnceLock<Regex> = OnceLock::new();
    re(&FROM, r"(?i)^(from|dari)\s*:").is_match(t)
}

/// A header line that is part of a block (the next line is one too) or a `From:` line
/// that opens one: a single "Dari: …" in a forwarded body is the writer's.
fn header_block(lines: &[&str], i: usize) -> bool {
    // The line itself first: a look ahead from every line would be quadratic.
    if !header(lines[i].trim()) {
        return false;
    }
    let next_is_header = lines[i + 1..].iter().map(|l| l.trim()).find(|l| !l.is_empty()).is_some_and(header);
    next_is_header || from_header(lines, i)
}

/// A `From:` line that opens a mail's header block: it carries an address, or another
/// header line follows. "Dari: Budi (NIK …) // untuk ibu saya" is the writer's own line.
fn from_header(lines: &[&str], i: usize) -> bool {
    let t = lines[i].trim();
    from_line(t)
        && (t.contains('@')
            || lines[i + 1..].iter().map(|l| l.trim()).find(|l| !l.is_empty()).is_some_and(header))
}

/// A line of layout only ("________", "=====", "- - -"): no words of anyone's.
fn rule(t: &str) -> bool {
    t.chars().count() >= 5 && t.chars().all(|c| matches!(c, '_' | '-' | '=' | '*' | '~' | ' '))
}

/// "-----Original Message-----", "-------- Pesan asli --------", or any dashed title
/// or rule directly above a `From:` line (clients word it in many ways).
fn original_marker(lines: &[&str], i: usize) -> bool {
    static ORIGINAL: OnceLock<Regex> = OnceLock::new();
    static DASHED: OnceLock<Regex> = OnceLock::new();
    let t = lines[i].trim();
    if re(
        &ORIGINAL,
        r"(?i)^-{2,}\s*(original message( follows)?|pesan asli|pesan awal|pesan sebelumnya)\s*-{2,}$",
    )
    .is_match(t)
    {
        return true;
    }
    let titled = re(&DASHED, r"^-{2,}\s*[\p{L} ]{1,40}\s*-{2,}$").is_match(t);
    (titled || rule(t))
        && lines[i + 1..].iter().find(|l| !l.trim().is_empty()).is_some_and(|l| from_line(l.trim()))
}

/// An attribution set in a dashed rule, as some clients and helpdesks write it: "----
/// Pada 24.06.2022, Budi <budi@…> menulis ----", "---- Balasan dari Layanan, 29-4-21
/// ----", "---- Reply from Layanan Sertifikat, 26th Oct 2021 ----".
fn dashed_attribution(t: &str) -> bool {
    static DASHED: OnceLock<Regex> = OnceLock::new();
    re(
        &DASHED,
        r"(?i)^-{2,}\s*(?:(?:pada|on)\b.*\b(?:menulis|mengirim|wrote|writes)|(?:balasan|jawaban|tanggapan|reply|response|answer)\s+(?:dari|from)\b.*|(?:dari|from)\b.*(?:\d|@).*)\s*:?\s*-{2,}$",
    )
    .is_match(t)
}

/// A reply's attribution line ("On Mon, 12 Jul 2021 … wrote:", "Pada … menulis:"),
/// also when the client wrapped it over two or three lines: the index after it.
fn attribution(lines: &[&str], i: usize) -> Option<usize> {
    static WROTE: OnceLock<Regex> = OnceLock::new();
    static OPENS: OnceLock<Regex> = OnceLock::new();
    let wrote = re(
        &WROTE,
        // "… wrote:" alone is too common in a citizen's own text ("in my first mail I
        // wrote:"): without "On …" it needs the address clients put before it.
        r"(?i)^(on\b.{0,250}\b(wrote|writes)\s*:|pada\b.{0,250}\b(menulis|mengirim)\s*:|.{0,200} menulis\s*:|.{0,200}@\S+\s*(wrote|menulis)\s*:)$",
    );
    let t = lines[i].trim();
    if wrote.is_match(t) {
        return Some(i + 1);
    }
    // A wrapped attribution starts with its date ("On …", "Pada …"), never with text.
    if !re(&OPENS, r"(?i)^(on|pada)\s").is_match(t) {
        return None;
    }
    let mut joined = t.to_string();
    for (k, next) in lines.iter().enumerate().skip(i + 1).take(2) {
        let next = next.trim();
        // A blank line or an attribution of its own: `t` was the writer's text.
        if next.is_empty() || wrote.is_match(next) || re(&OPENS, r"(?i)^(on|pada)\s").is_match(next) {
            return None;
        }
        joined.push(' ');
        joined.push_str(next);
        if wrote.is_match(&joined) {
            return Some(k + 1);
        }
    }
    None
}

/// Past the header lines (and blank lines) starting at `i`.
fn past_headers(lines: &[&str], mut i: usize) -> usize {
    while i < lines.len() && (lines[i].trim().is_empty() || header(lines[i].trim())) {
        i += 1;
    }
    i
}

/// "Hubungi saya di nomor di bawah" / "contact me at the number below": the signature
/// holds the number the writer means.
fn points_below(text: &str) -> bool {
    static BELOW: OnceLock<Regex> = OnceLock::new();
    re(
        &BELOW,
        r"(?i)(nomor|no\.?\s*hp|no\.?\s*wa|hp|number|phone|contact)[^.\n]{0,40}(di ?bawah|tertera|below)",
    )
    .is_match(text)
}

#[cfg(test)]
mod tests;
