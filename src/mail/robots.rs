//! Who must never get an automatic answer. Pure rules over `InboundMail`.

use super::mime::InboundMail;

/// Why a message is from a robot (and gets no acknowledgement), or `None` for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Robot {
    /// An out-of-office or other auto-reply: may go onto its thread.
    AutoReply,
    /// Lists, bulk and junk mail.
    Bulk,
    /// A delivery report (bounce).
    DeliveryReport,
    /// Mail from the mail system itself (MAILER-DAEMON, postmaster, empty Return-Path).
    MailSystem,
    /// Our own address, or a loop marker with our address.
    Loop,
}

impl Robot {
    pub fn as_str(self) -> &'static str {
        match self {
            Robot::AutoReply => "auto_reply",
            Robot::Bulk => "bulk",
            Robot::DeliveryReport => "delivery_report",
            Robot::MailSystem => "mail_system",
            Robot::Loop => "loop",
        }
    }
}

pub fn classify(mail: &InboundMail, our_address: &str) -> Option<Robot> {
    let r = &mail.robot;
    let ours = our_address.to_ascii_lowercase();
    let from = mail.from.as_ref().map(|f| f.address.to_ascii_lowercase()).unwrap_or_default();
    if r.delivery_report {
        return Some(Robot::DeliveryReport);
    }
    if from == ours || r.x_loop.iter().any(|l| l.contains(&ours)) {
        return Some(Robot::Loop);
    }
    let local = from.split('@').next().unwrap_or_default();
    if matches!(local, "mailer-daemon" | "postmaster") || r.return_path.as_deref() == Some("") {
        return Some(Robot::MailSystem);
    }
    if r.precedence.as_deref().is_some_and(|p| matches!(p, "bulk" | "junk" | "list"))
        || r.list_id
        || r.list_unsubscribe
    {
        return Some(Robot::Bulk);
    }
    if r.auto_submitted.as_deref().is_some_and(|a| a != "no")
        || r.x_autoreply
        || auto_reply_subject(&mail.subject)
    {
        return Some(Robot::AutoReply);
    }
    None
}

/// An out-of-office whose client set no header, known by its subject ("Out of Office:
/// Re: …", "Balasan otomatis: …", "Sedang cuti").
fn auto_reply_subject(subject: &str) -> bool {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)^\s*(\[?(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|away from (the )?office|i am (currently )?(out|away)|on (annual )?leave|sedang cuti|balasan otomatis|jawaban otomatis|balas(an)? otomatis|di luar kantor|sedang di luar kantor|tidak di kantor)\]?)\b",
        )
        .expect("static regex")
    })
    .is_match(subject)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::mime::parse;

    fn classify_raw(headers: &str) -> Option<Robot> {
        let raw = format!("{headers}\r\nSubject: s\r\n\r\nbody\r\n");
        classify(&parse(raw.as_bytes()).unwrap(), "sertifikat@certdesk.local")
    }

    #[test]
    fn an_out_of_office_is_known_by_its_subject_alone() {
        let robot = |subject: &str| {
            let raw = format!("From: a@b.id\r\nSubject: {subject}\r\n\r\nSaya sedang tidak di kantor.\r\n");
            classify(&parse(raw.as_bytes()).unwrap(), "sertifikat@certdesk.local")
        };
        for s in [
            "Out of Office: Re: [SRT-2021-000123] Sertifikat",
            "Automatic reply: Sertifikat vaksin",
            "Auto-Reply: Sertifikat",
            "AutoReply",
            "Sedang cuti",
            "Balasan otomatis: Re: Sertifikat",
            "[Out of office] Re: certificate",
            "Di luar kantor: Sertifikat",
            "On leave until 20 July",
        ] {
            assert_eq!(robot(s), Some(Robot::AutoReply), "{s}");
        }
        for s in [
            "Sertifikat belum keluar",
            "Re: [SRT-2021-000123] office vaksin",
            "Cutinya kapan? sertifikat",
            "Outlook error",
        ] {
            assert_eq!(robot(s), None, "{s}");
        }
    }

    #[test]
    fn every_robot_kind_is_recognised() {
        let cases = [
            ("From: a@b.id\r\nAuto-Submitted: auto-replied", Some(Robot::AutoReply), "auto-replied"),
            ("From: a@b.id\r\nAuto-Submitted: auto-generated", Some(Robot::AutoReply), "auto-generated"),
            ("From: a@b.id\r\nAuto-Submitted: no", None, "Auto-Submitted: no is a person"),
            ("From: a@b.id\r\nPrecedence: bulk", Some(Robot::Bulk), "bulk"),
            ("From: a@b.id\r\nPrecedence: junk", Some(Robot::Bulk), "junk"),
            ("From: a@b.id\r\nPrecedence: list", Some(Robot::Bulk), "list"),
            ("From: a@b.id\r\nList-Id: <news.b.id>", Some(Robot::Bulk), "List-Id"),
            ("From: a@b.id\r\nList-Unsubscribe: <mailto:u@b.id>", Some(Robot::Bulk), "List-Unsubscribe"),
            ("From: a@b.id\r\nX-Autoreply: yes", Some(Robot::AutoReply), "X-Autoreply"),
            ("From: a@b.id\r\nX-Autorespond: yes", Some(Robot::AutoReply), "X-Autorespond"),
            (
                "From: a@b.id\r\nX-Loop: sertifikat@certdesk.local",
                Some(Robot::Loop),
                "X-Loop with our address",
            ),
            ("From: a@b.id\r\nX-Loop: other@x.id", None, "X-Loop of someone else"),
            ("From: MAILER-DAEMON@mx.b.id", Some(Robot::MailSystem), "mailer-daemon"),
            ("From: postmaster@b.id", Some(Robot::MailSystem), "postmaster"),
            ("Return-Path: <>\r\nFrom: a@b.id", Some(Robot::MailSystem), "empty Return-Path"),
            ("From: Sertifikat <SERTIFIKAT@certdesk.local>", Some(Robot::Loop), "our own address"),
            ("From: a@b.id", None, "a person"),
        ];
        for (headers, want, why) in cases {
            assert_eq!(classify_raw(headers), want, "{why}");
        }
    }

    #[test]
    fn a_delivery_report_is_recognised() {
        let raw = "From: MAILER-DAEMON@mx.id\r\nSubject: Undelivered\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <out-1@certdesk.local>\r\nSubject: x\r\n--b--\r\n";
        let m = parse(raw.as_bytes()).unwrap();
        assert_eq!(classify(&m, "sertifikat@certdesk.local"), Some(Robot::DeliveryReport));
        assert_eq!(m.bounced_message_id.as_deref(), Some("out-1@certdesk.local"));
    }
}
