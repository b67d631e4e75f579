use super::*;

#[test]
fn tags_and_base_subjects() {
    assert_eq!(
        tag_in("Re: [SRT-2021-000123] Sertifikat").map(|t| t.to_string()).as_deref(),
        Some("SRT-2021-000123")
    );
    assert_eq!(tag_in("re: [srt-2021-000123]"), TicketNumber::parse("SRT-2021-000123").ok());
    assert_eq!(tag_in("no tag [SRT-21-1]"), None);
    assert_eq!(base_subject("Re: RE: Fwd: Sertifikat belum ada"), "Sertifikat belum ada");
    assert_eq!(base_subject("Sertifikat"), "Sertifikat");
}

#[test]
fn message_ids_are_read_from_headers_only() {
    assert_eq!(
        header_message_id(b"Subject: x\r\nMessage-ID: <a@b>\r\n\r\nMessage-ID: <c@d>").as_deref(),
        Some("a@b")
    );
    assert_eq!(header_message_id(b"Message-Id:\r\n <folded@b>\r\n\r\n").as_deref(), Some("folded@b"));
    assert_eq!(header_message_id(b"Subject: x\r\n\r\nMessage-ID: <c@d>"), None);
    assert_eq!(header_message_id(b"Message-ID: <has space@b>\r\n\r\n"), None);
}
