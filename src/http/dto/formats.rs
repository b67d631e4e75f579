//! String types that state in the OpenAPI spec the rules the handlers apply (pattern,
//! length, examples), so a client generated from the spec sends what the API accepts.
//! They parse any string, as `String` does: the rule itself is applied once, by the
//! domain parser the handler calls, which answers 422 `validation_failed` naming the
//! field (a poem validator would answer 400 before it, without the field's path).

use poem_openapi::registry::MetaSchema;
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

        impl ::poem_openapi::types::Type for $ty {
            const IS_REQUIRED: bool = true;
            type RawValueType = Self;
            type RawElementValueType = Self;

            fn name() -> ::std::borrow::Cow<'static, str> {
                $name.into()
            }

            fn schema_ref() -> ::poem_openapi::registry::MetaSchemaRef {
                ::poem_openapi::registry::MetaSchemaRef::Reference($name.into())
            }

            fn register(registry: &mut ::poem_openapi::registry::Registry) {
                registry.create_schema::<Self, _>($name.into(), |_| Self::rule().schema());
            }

            fn as_raw_value(&self) -> Option<&Self> {
                Some(self)
            }

            fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
                Box::new(std::iter::once(self))
            }
        }

        impl ::poem_openapi::types::ParseFromJSON for $ty {
            fn parse_from_json(value: Option<::serde_json::Value>) -> ::poem_openapi::types::ParseResult<Self> {
                <String as ::poem_openapi::types::ParseFromJSON>::parse_from_json(value)
                    .map(Self)
                    .map_err(::poem_openapi::types::ParseError::propagate)
            }
        }

        impl ::poem_openapi::types::ParseFromParameter for $ty {
            fn parse_from_parameter(value: &str) -> ::poem_openapi::types::ParseResult<Self> {
                Ok(Self(value.to_string()))
            }
        }

        impl ::poem_openapi::types::ToJSON for $ty {
            fn to_json(&self) -> Option<::serde_json::Value> {
                Some(::serde_json::Value::String(self.0.clone()))
            }
        }

        impl From<String> for $ty {
            fn from(s: String) -> Self {
                Self(s)
            }
        }

        impl From<&str> for $ty {
            fn from(s: &str) -> Self {
                Self(s.to_string())
            }
        }

        impl From<$ty> for String {
            fn from(s: $ty) -> Self {
                s.0
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

mod numbers;
mod values;

pub use numbers::*;
pub use values::*;

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
