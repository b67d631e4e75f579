//! String types that state in the OpenAPI spec the rules the handlers apply (pattern,
//! length, examples), so a client generated from the spec sends what the API accepts.
//! They parse any string, as `String` does: the rule itself is applied once, by the
//! domain parser the handler calls, which answers 422 `validation_failed` naming the
//! field (a poem validator would answer 400 before it, without the field's path).

use std::borrow::Cow;

use poem_openapi::registry::{MetaSchema, MetaSchemaRef, Registry};
use poem_openapi::types::{ParseError, ParseFromJSON, ParseFromParameter, ParseResult, ToJSON, Type};
use chrono::NaiveDate;
use serde_json::Value;

use crate::domain::{Nik, PhoneNumber, Tag, TicketNumber};

/// What a format tells the spec.
struct Rule {
    description: &'static str,
    example: &'static str,
    pattern: Option<String>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    values: Vec<&'static str>,
}

impl Rule {
    fn new(description: &'static str, example: &'static str) -> Self {
        Self { description, example, pattern: None, min_length: None, max_length: None, values: Vec::new() }
    }

    fn pattern(self, pattern: impl Into<String>) -> Self {
        Self { pattern: Some(pattern.into()), ..self }
    }

    fn length(self, min: usize, max: usize) -> Self {
        Self { min_length: Some(min), max_length: Some(max), ..self }
    }

    /// One of these words, exactly.
    fn one_of(self, values: Vec<&'static str>) -> Self {
        Self { values, ..self }
    }

    fn schema(self) -> MetaSchema {
        MetaSchema {
            description: Some(self.description),
            pattern: self.pattern,
            min_length: self.min_length,
            max_length: self.max_length,
            enum_items: self.values.into_iter().map(Value::from).collect(),
            example: Some(Value::String(self.example.into())),
            ..MetaSchema::new("string")
        }
    }
}

/// A non-blank text of at most `max` characters (what `Text::parse` takes).
fn text(description: &'static str, max: usize, example: &'static str) -> Rule {
    // ECMA `\s` is Rust's White_Space less U+0085: one other character is enough.
    Rule::new(description, example).pattern(r"[^\s\x85]").length(1, max)
}

macro_rules! format_string {
    ($(#[$doc:meta])* $ty:ident, $name:literal, $rule:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        pub struct $ty(pub String);

        impl $ty {
            fn rule() -> Rule {
                $rule
            }
        }

        impl Type for $ty {
            const IS_REQUIRED: bool = true;
            type RawValueType = Self;
            type RawElementValueType = Self;

            fn name() -> Cow<'static, str> {
                $name.into()
            }

            fn schema_ref() -> MetaSchemaRef {
                MetaSchemaRef::Reference($name.into())
            }

            fn register(registry: &mut Registry) {
                registry.create_schema::<Self, _>($name.into(), |_| Self::rule().schema());
            }

            fn as_raw_value(&self) -> Option<&Self> {
                Some(self)
            }

            fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
                Box::new(std::iter::once(self))
            }
        }

        impl ParseFromJSON for $ty {
            fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
                String::parse_from_json(value).map(Self).map_err(ParseError::propagate)
            }
        }

        impl ParseFromParameter for $ty {
            fn parse_from_parameter(value: &str) -> ParseResult<Self> {
                Ok(Self(value.to_string()))
            }
        }

        impl ToJSON for $ty {
            fn to_json(&self) -> Option<Value> {
                Some(Value::String(self.0.clone()))
            }
        }

        impl std::ops::Deref for $ty {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }
    };
}

format_string!(
    /// A NIK: 16 digits (spaces, dots and dashes between them are also read).
    NikText,
    "Nik",
    Rule::new(
        "A 16-digit NIK: a known province, a birth date that exists (women +40 on the day), a serial \
         other than 0000. Spaces, dots and dashes between digits are also read.",
        "3275011205900001",
    )
    .pattern(Nik::pattern())
    .length(16, 16)
);

format_string!(
    /// An Indonesian mobile number.
    PhoneText,
    "Phone",
    Rule::new(
        "An Indonesian mobile number: 08…, 8…, 62…, 0062… or +62…; stored as E.164. Separators \
         (spaces, dots, dashes, brackets) are also read.",
        "081234567890",
    )
    .pattern(PhoneNumber::PATTERN)
    .length(9, 32)
);

format_string!(
    /// A ticket's id (UUID) or number.
    TicketRefText,
    "TicketRef",
    Rule::new("A ticket's id (UUID) or its number, e.g. SRT-2021-000123.", "SRT-2021-000123").pattern(
        format!(
            "^(?:[0-9a-fA-F]{{8}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{12}}|{})$",
            TicketNumber::PATTERN.trim_start_matches('^').trim_end_matches('$')
        )
    )
);

format_string!(
    /// A tag or queue name.
    TagText,
    "Tag",
    Rule::new("A tag or queue name: 1-40 characters of a-z, 0-9, '-' and '_' (uppercase is lowered).", "sms")
        .pattern(Tag::PATTERN)
        .length(1, 40)
);

format_string!(
    /// An e-mail address.
    EmailText,
    "Email",
    Rule::new("An e-mail address: one '@', a dotted domain, at most 254 bytes.", "warga@example.id")
        .pattern(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
        .length(3, 254)
);

format_string!(
    /// A subject line.
    SubjectText,
    "Subject",
    text("A non-blank subject of at most 300 characters.", 300, "Sertifikat vaksin belum diterima")
);

format_string!(
    /// A message or note body.
    BodyText,
    "Body",
    text("A non-blank text of at most 100,000 characters.", 100_000, "Selamat pagi, sertifikat saya belum ada.")
);

format_string!(
    /// A short name (rules, holidays, people).
    NameText,
    "Name",
    text("A non-blank name of at most 100 characters.", 100, "Jawa Barat ke tim SMS")
);

format_string!(
    /// A staff member's login name.
    StaffNameText,
    "StaffName",
    Rule::new("2-64 letters, digits, '.', '_', '-' or '@'.", "siti.rahma").pattern("^[A-Za-z0-9._@-]{2,64}$").length(2, 64)
);

format_string!(
    /// A password.
    PasswordText,
    "Password",
    Rule::new("12 to 128 characters.", "kuda-laut-berlari-77").length(12, 128)
);

format_string!(
    /// A one-time code.
    OtpCodeText,
    "OtpCode",
    Rule::new("The 6-digit code sent by SMS (spaces, dots and dashes are ignored).", "482913")
        .pattern("^[0-9]{6}$")
        .length(6, 6)
);

format_string!(
    /// A province code.
    ProvinceText,
    "ProvinceCode",
    Rule::new("A province code, 2 digits (32 = Jawa Barat).", "32").pattern("^[0-9]{2}$").length(2, 2)
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
    Rule::new("A diagnosed cause's reply, or ask_nik.", "sms_failed").one_of(crate::service::macros::names())
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


/// A calendar date (YYYY-MM-DD) whose schema says `format: date`: poem's own
/// `naive-date` is no format a client generator knows, so it sent random strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date(pub NaiveDate);

impl Type for Date {
    const IS_REQUIRED: bool = true;
    type RawValueType = Self;
    type RawElementValueType = Self;

    fn name() -> Cow<'static, str> {
        "date".into()
    }

    fn schema_ref() -> MetaSchemaRef {
        MetaSchemaRef::Inline(Box::new(MetaSchema { format: Some("date"), ..MetaSchema::new("string") }))
    }

    fn as_raw_value(&self) -> Option<&Self> {
        Some(self)
    }

    fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
        Box::new(std::iter::once(self))
    }
}

impl ParseFromParameter for Date {
    fn parse_from_parameter(value: &str) -> ParseResult<Self> {
        NaiveDate::parse_from_parameter(value).map(Self).map_err(ParseError::propagate)
    }
}

impl ParseFromJSON for Date {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        NaiveDate::parse_from_json(value).map(Self).map_err(ParseError::propagate)
    }
}

impl ToJSON for Date {
    fn to_json(&self) -> Option<Value> {
        self.0.to_json()
    }
}

/// A whole number the spec bounds to `MIN..=MAX`. It parses as any `u64`: handlers
/// clamp page sizes or refuse (422, naming the field) as they did before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count<const MIN: u64, const MAX: u64>(pub u64);

impl<const MIN: u64, const MAX: u64> Type for Count<MIN, MAX> {
    const IS_REQUIRED: bool = true;
    type RawValueType = Self;
    type RawElementValueType = Self;

    fn name() -> Cow<'static, str> {
        format!("integer_{MIN}_{MAX}").into()
    }

    fn schema_ref() -> MetaSchemaRef {
        #[allow(clippy::cast_precision_loss)] // the bounds are small
        let (minimum, maximum) = (MIN as f64, MAX as f64);
        MetaSchemaRef::Inline(Box::new(MetaSchema {
            format: Some("uint64"),
            minimum: Some(minimum),
            maximum: Some(maximum),
            ..MetaSchema::new("integer")
        }))
    }

    fn as_raw_value(&self) -> Option<&Self> {
        Some(self)
    }

    fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
        Box::new(std::iter::once(self))
    }
}

impl<const MIN: u64, const MAX: u64> ParseFromParameter for Count<MIN, MAX> {
    fn parse_from_parameter(value: &str) -> ParseResult<Self> {
        u64::parse_from_parameter(value).map(Self).map_err(ParseError::propagate)
    }
}

impl<const MIN: u64, const MAX: u64> ParseFromJSON for Count<MIN, MAX> {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        u64::parse_from_json(value).map(Self).map_err(ParseError::propagate)
    }
}

impl<const MIN: u64, const MAX: u64> ToJSON for Count<MIN, MAX> {
    fn to_json(&self) -> Option<Value> {
        Some(Value::from(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each format's example is one its handler accepts, and each pattern compiles in
    /// Rust's engine (the spec's ECMA readers take the same portable syntax).
    #[test]
    fn every_example_passes_its_own_rule() {
        let rules = [
            (NikText::rule(), Nik::parse(NikText::rule().example).is_ok()),
            (PhoneText::rule(), PhoneNumber::parse(PhoneText::rule().example).is_ok()),
            (TicketRefText::rule(), TicketNumber::parse(TicketRefText::rule().example).is_ok()),
            (TagText::rule(), Tag::parse(TagText::rule().example).is_ok()),
            (EmailText::rule(), crate::domain::EmailAddress::parse(EmailText::rule().example).is_ok()),
            (StaffNameText::rule(), crate::domain::StaffName::parse(StaffNameText::rule().example).is_ok()),
            (OtpCodeText::rule(), crate::domain::OtpCode::parse(OtpCodeText::rule().example).is_ok()),
            (SubjectText::rule(), crate::domain::Text::parse(SubjectText::rule().example, 300).is_ok()),
            (PasswordText::rule(), true),
        ];
        for (rule, parses) in rules {
            let example = rule.example;
            assert!(parses, "{example} is refused by its parser");
            if let Some(p) = &rule.pattern {
                let re = regex::Regex::new(p).expect("the pattern compiles");
                assert!(re.is_match(example), "{example} does not match {p}");
            }
            let len = example.chars().count();
            assert!(rule.max_length.is_none_or(|m| len <= m) && rule.min_length.is_none_or(|m| len >= m));
        }
    }
}
