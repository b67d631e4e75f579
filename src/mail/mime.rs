//! Raw MIME → `InboundMail`, with mail-parser. Any charset and RFC 2047 word, text
//! preferred over HTML, HTML sanitised, attachments kept with their type. Never panics
//! on garbage: what cannot be read at all is an error the caller quarantines.

use chrono::{DateTime, Utc};
use mail_parser::{HeaderValue, MessageParser, MimeHeaders};

use crate::domain::truncate_chars;

/// A sender or recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    pub name: Option<String>,
    pub address: String,
}

#[derive(Debug, Clone)]
pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Headers that tell a robot from a person (see `robots`).
#[derive(Debug, Clone, Default)]
pub struct RobotSigns {
    pub auto_submitted: Option<String>,
    pub precedence: Option<String>,
    pub list_id: bool,
    pub list_unsubscribe: bool,
    pub x_autoreply: bool,
    pub x_loop: Vec<String>,
    /// `Some("")` for `Return-Path: <>` (bounces); `None` when the header is absent.
    pub return_path: Option<String>,
    /// multipart/report; report-type=delivery-status
    pub delivery_report: bool,
}

#[derive(Debug, Clone)]
pub struct InboundMail {
    /// Without angle brackets.
    pub message_id: Option<String>,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    pub from: Option<Mailbox>,
    pub to: Vec<String>,
    pub subject: String,
    /// The client's `Content-Language` (e.g. `en-US`), lower case: its interface's
    /// language more often than the text's, so only a tie-breaker.
    pub content_language: Option<String>,
    pub date: Option<DateTime<Utc>>,
    /// The readable text: the text part, or the HTML part turned into text.
    pub text: String,
    /// The HTML part, sanitised (no scripts, styles, remote loads or handlers).
    pub html: Option<String>,
    pub attachments: Vec<Attachment>,
    pub robot: RobotSigns,
    /// For a delivery report: the Message-ID of the mail that bounced.
    pub bounced_message_id: Option<String>,
    /// Every `Authentication-Results` header (the receiving server's SPF/DKIM/DMARC
    /// verdicts, and any a sender forged: `domain::sender_auth` tells them apart).
    pub authentication_results: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MimeError {
    #[error("the message could not be parsed as MIME")]
    Unparseable,
}

/// Longest text kept from one message; the raw mail keeps the rest.
const TEXT_MAX: usize = 100_000;

/// The header block of a raw message, through the blank line that ends it (at most
/// 64 KiB when there is none), for reading a few headers without parsing the body.
pub fn header_block(raw: &[u8]) -> &[u8] {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| raw.windows(2).position(|w| w == b"\n\n").map(|i| i + 2));
    &raw[..end.unwrap_or(raw.len().min(64 * 1024))]
}

pub fn parse(raw: &[u8]) -> Result<InboundMail, MimeError> {
    let msg = MessageParser::default().parse(raw).ok_or(MimeError::Unparseable)?;
    let from = msg.from().and_then(|a| a.first()).and_then(|a| {
        a.address().map(|addr| Mailbox {
            name: a.name().map(clean_line).filter(|n| !n.is_empty()),
            address: addr.trim().to_string(),
        })
    });
    let to = msg
        .to()
        .map(|a| a.iter().filter_map(|x| x.address().map(str::to_string)).collect())
        .unwrap_or_default();
    let text = msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default();
    let html = msg.body_html(0).map(|h| ammonia::clean(&h));
    let attachments = msg
        .attachments()
        .filter(|p| !p.is_message() || p.attachment_name().is_some())
        .map(|p| Attachment {
            filename: p.attachment_name().map(sanitize_filename).unwrap_or_else(|| "attachment".into()),
            content_type: p
                .content_type()
                .map(|c| match c.subtype() {
                    Some(sub) => format!("{}/{}", c.ctype(), sub),
                    None => c.ctype().to_string(),
                })
                .unwrap_or_else(|| "application/octet-stream".into())
                .to_ascii_lowercase(),
            bytes: p.contents().to_vec(),
        })
        .collect();
    let header_text = |name: &str| msg.header(name).and_then(HeaderValue::as_text).map(str::to_string);
    let has = |name: &str| msg.header(name).is_some();
    let return_path = msg.header("Return-Path").map(|v| {
        v.as_text()
            .map(str::to_string)
            .or_else(|| v.as_address().and_then(|a| a.first()).and_then(|a| a.address()).map(str::to_string))
            .unwrap_or_default()
            .trim_matches(|c| c == '<' || c == '>' || c == ' ')
            .to_string()
    });
    let ctype = msg.root_part().content_type();
    let delivery_report = ctype.is_some_and(|c| {
        c.ctype().eq_ignore_ascii_case("multipart")
            && c.subtype().is_some_and(|s| s.eq_ignore_ascii_case("report"))
            && c.attribute("report-type").is_some_and(|r| r.eq_ignore_ascii_case("delivery-status"))
    });
    let bounced_message_id = if delivery_report { bounced_id(&msg) } else { None };
    let x_loop = msg
        .header_values("X-Loop")
        .filter_map(HeaderValue::as_text)
        .map(|s| s.trim().to_ascii_lowercase())
        .collect();
    let authentication_results = msg
        .header_values("Authentication-Results")
        .filter_map(HeaderValue::as_text)
        .map(str::to_string)
        .collect();
    Ok(InboundMail {
        authentication_results,
        message_id: msg.message_id().map(|m| strip_brackets(m).to_string()).filter(|m| !m.is_empty()),
        in_reply_to: id_list(msg.in_reply_to()),
        references: id_list(msg.references()),
        from,
        to,
        subject: msg.subject().map(clean_line).unwrap_or_default(),
        content_language: header_text("Content-Language").map(|s| s.trim().to_ascii_lowercase()),
        date: msg
            .date()
            .and_then(|d| DateTime::parse_from_rfc3339(&d.to_rfc3339()).ok())
            .map(|d| d.with_timezone(&Utc)),
        text: truncate_chars(text.replace('\0', ""), TEXT_MAX),
        html,
        attachments,
        robot: RobotSigns {
            auto_submitted: header_text("Auto-Submitted").map(|s| s.trim().to_ascii_lowercase()),
            precedence: header_text("Precedence").map(|s| s.trim().to_ascii_lowercase()),
            list_id: has("List-Id"),
            list_unsubscribe: has("List-Unsubscribe"),
            x_autoreply: has("X-Autoreply") || has("X-Autorespond") || has("X-Autoresponse"),
            x_loop,
            return_path,
            delivery_report,
        },
        bounced_message_id,
    })
}

/// The Message-ID inside a delivery report's returned headers or message.
fn bounced_id(msg: &mail_parser::Message<'_>) -> Option<String> {
    for part in msg.parts.iter() {
        if let Some(inner) = part.message() {
            if let Some(id) = inner.message_id() {
                return Some(strip_brackets(id).to_string());
            }
        }
        let is_headers = part.content_type().is_some_and(|c| {
            c.subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("rfc822-headers") || s.eq_ignore_ascii_case("rfc822"))
        });
        if is_headers {
            let text = String::from_utf8_lossy(part.contents());
            for line in text.lines() {
                if let Some((name, value)) = line.split_once(':') {
                    if name.trim().eq_ignore_ascii_case("message-id") {
                        return Some(strip_brackets(value.trim()).to_string());
                    }
                }
            }
        }
    }
    None
}

fn id_list(v: &HeaderValue<'_>) -> Vec<String> {
    match v {
        HeaderValue::Text(t) => vec![strip_brackets(t).to_string()],
        HeaderValue::TextList(l) => l.iter().map(|t| strip_brackets(t).to_string()).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect()
}

fn strip_brackets(s: &str) -> &str {
    s.trim().trim_start_matches('<').trim_end_matches('>').trim()
}

/// One line, no control characters, bounded.
fn clean_line(s: &str) -> String {
    let t: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    truncate_chars(t.split_whitespace().collect::<Vec<_>>().join(" "), 300)
}

fn sanitize_filename(s: &str) -> String {
    let name: String = s
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let name = name.trim().trim_start_matches('.').to_string();
    if name.is_empty() {
        "attachment".into()
    } else {
        truncate_chars(name, 200)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_mail_parses() {
        let raw = b"From: Siti <siti@mail.id>\r\nTo: sertifikat@x.id\r\nSubject: =?UTF-8?B?U2VydGlmaWthdCBiZWx1bSBkaXRlcmltYQ==?=\r\nMessage-ID: <abc@mail.id>\r\n\r\nHalo\r\n";
        let m = parse(raw).unwrap();
        assert_eq!(m.subject, "Sertifikat belum diterima");
        assert_eq!(m.message_id.as_deref(), Some("abc@mail.id"));
        assert_eq!(m.from.unwrap().address, "siti@mail.id");
        assert!(m.text.contains("Halo"));
    }

    #[test]
    fn html_only_mail_becomes_text_and_is_sanitised() {
        let raw = b"From: a@b.id\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>NIK saya</p><script>alert(1)</script><img src=x onerror=alert(2)>";
        let m = parse(raw).unwrap();
        assert!(m.text.contains("NIK saya"));
        let html = m.html.unwrap();
        assert!(!html.contains("script") && !html.contains("onerror"), "{html}");
    }

    #[test]
    fn garbage_never_panics() {
        for raw in [
            &b""[..],
            b"\0\0\0",
            b"From:\r\n\r\n",
            &[0xff; 300],
            b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
        ] {
            let _ = parse(raw);
        }
    }

    #[test]
    fn filenames_cannot_escape() {
        assert_eq!(sanitize_filename("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(sanitize_filename("..."), "attachment");
    }
}
