//! Free strings that take one of a fixed set of words: the spec lists the set.

use super::Rule;
use crate::domain::Nik;

format_string!(
    /// A province code.
    ProvinceText,
    "ProvinceCode",
    Rule::new("A province code, 2 digits (32 = Jawa Barat).", "32").pattern("^[0-9]{2}$").length(2, 2)
);

format_string!(
    /// A province code a NIK may start with.
    KnownProvinceText,
    "KnownProvince",
    Rule::new("A province code from the NIK's first two digits (91 = Papua).", "32").one_of(Nik::province_codes())
);

format_string!(
    /// A ticket category.
    CategoryText,
    "CategoryName",
    Rule::new("A ticket category.", "phone_missing")
        .one_of(crate::domain::Category::ALL.iter().map(|c| c.as_str()).collect())
);

format_string!(
    /// A channel tickets come from.
    ChannelText,
    "ChannelName",
    Rule::new("A channel tickets come from.", "email")
        .one_of(crate::domain::Channel::ALL.iter().map(|c| c.as_str()).collect())
);

format_string!(
    /// A regency or city code.
    RegencyText,
    "RegencyCode",
    Rule::new("A regency or city code, 4 digits (3275 = Kota Bekasi).", "3275").pattern("^[0-9]{4}$").length(4, 4)
);

format_string!(
    /// A person's sex as the register writes it.
    SexText,
    "Sex",
    Rule::new("M or F.", "F").one_of(vec!["M", "F"])
);

format_string!(
    /// A certificate state to search by.
    CertificateStateText,
    "CertificateState",
    Rule::new("issued, pending or none.", "issued").one_of(vec!["issued", "pending", "none"])
);

format_string!(
    /// A ticket priority to search by.
    PriorityText,
    "PriorityName",
    Rule::new("low, normal, high or urgent.", "high").one_of(vec!["low", "normal", "high", "urgent"])
);

format_string!(
    /// How ticket search results are ordered.
    TicketSortText,
    "TicketSort",
    Rule::new("relevance (default), or by creation or last change, newest (-) or oldest first.", "-created_at")
        .one_of(vec![
            "relevance",
            "-created_at",
            "created_desc",
            "created_at",
            "created_asc",
            "-updated_at",
            "updated_desc",
            "updated_at",
            "updated_asc",
        ])
);

format_string!(
    /// A correction request's state.
    CorrectionStateText,
    "CorrectionState",
    Rule::new("pending, approved or rejected.", "pending").one_of(vec!["pending", "approved", "rejected"])
);

format_string!(
    /// A canned reply's name.
    MacroNameText,
    "MacroName",
    Rule::new("A diagnosed cause's reply, or ask_nik.", "sms_failed").one_of(crate::service::canned_replies::names())
);

format_string!(
    /// A diagnosed cause.
    CauseText,
    "CauseName",
    Rule::new("A diagnosed cause.", "sms_failed")
        .one_of(crate::domain::diagnosis::Cause::ALL.iter().map(|c| c.as_str()).collect())
);

format_string!(
    /// The language of a reply.
    LanguageText,
    "LanguageCode",
    Rule::new("id (Bahasa Indonesia) or en.", "id").one_of(vec!["id", "en"])
);

format_string!(
    /// A kind of day off.
    HolidayKindText,
    "HolidayKind",
    Rule::new("public, collective_leave or regional.", "public").one_of(vec!["public", "collective_leave", "regional"])
);

format_string!(
    /// Why a certificate is reissued.
    ReissueReasonText,
    "ReissueReason",
    Rule::new("Why a new version replaces the old one.", "record_corrected").one_of(vec![
        "record_corrected",
        "reissue_requested",
        "duplicate_record",
    ])
);

format_string!(
    /// Why a certificate is revoked without a replacement.
    RevokeReasonText,
    "RevokeReason",
    Rule::new("Why a certificate is withdrawn without a replacement.", "issued_in_error")
        .one_of(vec!["issued_in_error", "fraud"])
);
