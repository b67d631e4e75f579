//! `PhoneNumber`: an Indonesian mobile number in E.164 (`+628…`). Parsing only; no I/O.
//!
//! Validation uses libphonenumber's metadata (the `phonenumber` crate), so operator
//! ranges are data maintained upstream, not a regex here.

use std::fmt;

use phonenumber::{country, Mode, Type};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("phone number is empty")]
    Empty,
    #[error("phone number may contain only digits, a leading +, spaces, dots, dashes and brackets")]
    InvalidCharacter,
    #[error("phone number is not a valid Indonesian number")]
    Invalid,
    #[error("phone number must be an Indonesian mobile number (+62 8…)")]
    NotMobile,
}

/// A valid Indonesian mobile number, stored as E.164. Debug and Display mask the middle.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Accepts `0812…`, `62812…`, `+62 812-…`, `0062 812…`, with spaces, dots, dashes or brackets.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let mut digits = String::with_capacity(16);
        let mut plus = false;
        for (i, c) in input.trim().chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => plus = true,
                ' ' | '.' | '-' | '(' | ')' | '\u{a0}' => {}
                _ => return Err(PhoneError::InvalidCharacter),
            }
        }
        if digits.is_empty() {
            return Err(PhoneError::Empty);
        }
        let international = if plus {
            format!("+{digits}")
        } else if let Some(rest) = digits.strip_prefix("0062") {
            format!("+62{rest}")
        } else if digits.starts_with("62") {
            format!("+{digits}")
        } else if digits.starts_with('0') {
            digits
        } else if digits.starts_with('8') {
            // "812…" with the trunk 0 dropped, as people often type it.
            format!("0{digits}")
        } else {
            return Err(PhoneError::Invalid);
        };
        let parsed =
            phonenumber::parse(Some(country::Id::ID), &international).map_err(|_| PhoneError::Invalid)?;
        if parsed.code().value() != 62 || !parsed.is_valid() {
            return Err(PhoneError::Invalid);
        }
        match parsed.number_type(&phonenumber::metadata::DATABASE) {
            Type::Mobile | Type::FixedLineOrMobile => {}
            _ => return Err(PhoneError::NotMobile),
        }
        Ok(Self(parsed.format().mode(Mode::E164).to_string()))
    }

    /// E.164, e.g. `+6281234567890`.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `+62 812-****-890`: what a status page may show.
    pub fn masked(&self) -> String {
        let national = &self.0[3..];
        let head = &national[..3.min(national.len())];
        let tail = &national[national.len().saturating_sub(3)..];
        format!("+62 {head}-****-{tail}")
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber({})", self.masked())
    }
}

impl std::str::FromStr for PhoneNumber {
    type Err = PhoneError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_written_form_normalises_to_e164() {
        for input in [
            "081234567890",
            "0812-3456-7890",
            "0812 3456 7890",
            "0812.3456.7890",
            "6281234567890",
            "+6281234567890",
            "+62 812-3456-7890",
            "+62 (812) 3456 7890",
            "006281234567890",
            "81234567890",
        ] {
            assert_eq!(
                PhoneNumber::parse(input).map(|p| p.expose().to_string()),
                Ok("+6281234567890".to_string()),
                "{input}"
            );
        }
    }

    #[test]
    fn other_operator_ranges_are_mobile() {
        for input in ["085712345678", "087812345678", "089612345678", "0811234567"] {
            assert!(PhoneNumber::parse(input).is_ok(), "{input}");
        }
    }

    #[test]
    fn invalid_numbers_are_rejected_with_a_reason() {
        let cases = [
            ("", PhoneError::Empty, "empty"),
            ("08123abc890", PhoneError::InvalidCharacter, "letters"),
            ("0812+34567890", PhoneError::InvalidCharacter, "plus inside"),
            ("0812", PhoneError::Invalid, "too short"),
            ("08123456789012345", PhoneError::Invalid, "too long"),
            ("+14155552671", PhoneError::Invalid, "a US number"),
            ("0218765432", PhoneError::NotMobile, "a Jakarta landline"),
            ("08001234567", PhoneError::NotMobile, "0800 freephone"),
            ("12345", PhoneError::Invalid, "no prefix"),
        ];
        for (input, want, why) in cases {
            assert_eq!(PhoneNumber::parse(input), Err(want), "{why}");
        }
    }

    #[test]
    fn display_and_debug_mask_the_middle() {
        let p = PhoneNumber::parse("081234567890").unwrap();
        assert_eq!(p.to_string(), "+62 812-****-890");
        assert_eq!(format!("{p:?}"), "PhoneNumber(+62 812-****-890)");
    }

    proptest! {
        #[test]
        fn the_three_prefixes_agree(rest in "[1-3][0-9]{7,8}", sep in "[ .-]?") {
            let local = format!("08{}{sep}{}", &rest[..2], &rest[2..]);
            let a = PhoneNumber::parse(&local);
            let b = PhoneNumber::parse(&format!("628{rest}"));
            let c = PhoneNumber::parse(&format!("+62 8{rest}"));
            prop_assert_eq!(&a, &b);
            prop_assert_eq!(&b, &c);
            if let Ok(p) = a {
                prop_assert!(p.expose().starts_with("+628"));
                prop_assert_eq!(PhoneNumber::parse(p.expose()).unwrap(), p);
            }
        }

        #[test]
        fn arbitrary_strings_never_panic(s in "\\PC{0,30}") {
            let _ = PhoneNumber::parse(&s);
        }
    }
}
