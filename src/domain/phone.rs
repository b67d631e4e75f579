//! `PhoneNumber`: an Indonesian mobile number in E.164 (`+628…`). Parsing only; no I/O.
//!
//! Validation uses libphonenumber's metadata (the `phonenumber` crate), so operator
//! ranges are data maintained upstream, not a regex here. The crate's own parser is
//! general-purpose and looks every pattern up in a shared, locked cache; for the one
//! country certdesk knows, the patterns are compiled once here and classified the way
//! the crate does (a test holds the two answers equal).

use std::fmt;
use std::sync::LazyLock;

use phonenumber::metadata::{Descriptor, DATABASE};
use phonenumber::Type;

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
    /// A portable regular expression for numbers [`PhoneNumber::parse`] accepts:
    /// Indonesian mobiles with or without +62, 0062, 62 or 0 and no separators. A subset
    /// of what `parse` takes (it also reads separators and normalises more prefixes).
    pub const PATTERN: &'static str = "^(?:\\+62|0062|62|0)?8[1-35-9][0-9]{7,10}$";

    /// Accepts `0812…`, `62812…`, `+62 812-…`, `0062 812…`, with spaces, dots, dashes or brackets.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let (plus, digits) = digits_of(input)?;
        // The national significant number, as libphonenumber would parse it for ID.
        let national = if plus {
            digits.strip_prefix("62").ok_or(PhoneError::Invalid)?
        } else if let Some(rest) = digits.strip_prefix("0062") {
            rest
        } else if let Some(rest) = digits.strip_prefix("62") {
            rest
        } else if digits.starts_with("00") || digits.starts_with("010") {
            // Another international prefix (001, 007, 01017, …): the crate decides.
            ""
        } else if let Some(rest) = digits.strip_prefix('0') {
            rest
        } else if digits.starts_with('8') {
            // "812…" with the trunk 0 dropped, as people often type it.
            &digits
        } else {
            return Err(PhoneError::Invalid);
        };
        if national.is_empty() || national.starts_with('0') {
            // Odd shapes ("+62 0812…", "0081…"): rare, so left to the crate's parser.
            return through_the_crate(plus, &digits);
        }
        // The number type straight from libphonenumber's metadata for Indonesia:
        // the same answer as `phonenumber::parse` + `number_type`, without the
        // general-purpose parser (a third of an import's CPU went there).
        match INDONESIA.number_type(national) {
            Type::Mobile | Type::FixedLineOrMobile => Ok(Self(format!("+62{national}"))),
            Type::Unknown => Err(PhoneError::Invalid),
            _ => Err(PhoneError::NotMobile),
        }
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

/// One number type's pattern and lengths, as libphonenumber's `Descriptor` holds them.
struct Kind {
    lengths: Vec<u16>,
    pattern: regex::Regex,
    source: String,
}

impl Kind {
    fn of(d: &Descriptor) -> Self {
        let source = d.national_number().as_str().to_string();
        // Compiled as the crate compiles its metadata (the XML patterns carry layout).
        let pattern = regex::RegexBuilder::new(&source)
            .ignore_whitespace(true)
            .build()
            .expect("libphonenumber patterns compile");
        Self { lengths: d.possible_length().to_vec(), pattern, source }
    }

    /// As `Descriptor::is_match`: a possible length and a match at the start.
    fn is_match(&self, value: &str) -> bool {
        if !self.lengths.is_empty() && !self.lengths.contains(&(value.len() as u16)) {
            return false;
        }
        self.pattern.find(value).is_some_and(|m| m.start() == 0)
    }
}

/// Indonesia's number types, checked in libphonenumber's order.
struct Numbering {
    general: Kind,
    /// Premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail.
    special: Vec<(Type, Kind)>,
    fixed_line: Option<Kind>,
    mobile: Option<Kind>,
}

static INDONESIA: LazyLock<Numbering> = LazyLock::new(|| {
    let meta = DATABASE.by_id("ID").expect("libphonenumber has Indonesia");
    let d = meta.descriptors();
    let special = [
        (Type::PremiumRate, d.premium_rate()),
        (Type::TollFree, d.toll_free()),
        (Type::SharedCost, d.shared_cost()),
        (Type::Voip, d.voip()),
        (Type::PersonalNumber, d.personal_number()),
        (Type::Pager, d.pager()),
        (Type::Uan, d.uan()),
        (Type::Voicemail, d.voicemail()),
    ]
    .into_iter()
    .filter_map(|(t, k)| k.map(|k| (t, Kind::of(k))))
    .collect();
    Numbering {
        general: Kind::of(d.general()),
        special,
        fixed_line: d.fixed_line().map(Kind::of),
        mobile: d.mobile().map(Kind::of),
    }
});

impl Numbering {
    /// The type of a national significant number (libphonenumber's `number_type`).
    fn number_type(&self, value: &str) -> Type {
        if !self.general.is_match(value) {
            return Type::Unknown;
        }
        if let Some((t, _)) = self.special.iter().find(|(_, k)| k.is_match(value)) {
            return *t;
        }
        let mobile = self.mobile.as_ref().is_some_and(|k| k.is_match(value));
        if let Some(fixed) = self.fixed_line.as_ref().filter(|k| k.is_match(value)) {
            let same = self.mobile.as_ref().is_some_and(|m| m.source == fixed.source);
            return if same || mobile { Type::FixedLineOrMobile } else { Type::FixedLine };
        }
        if mobile {
            Type::Mobile
        } else {
            Type::Unknown
        }
    }
}

/// Whether the number was written with a leading `+`, and its digits.
fn digits_of(input: &str) -> Result<(bool, String), PhoneError> {
    let mut digits = String::with_capacity(16);
    let mut plus = false;
    for c in input.trim().chars() {
        match c {
            '0'..='9' => digits.push(c),
            // "(+62) 812…": the plus may follow a bracket, never a digit.
            '+' if digits.is_empty() && !plus => plus = true,
            ' ' | '.' | '-' | '(' | ')' | '\u{a0}' | '\u{2013}' => {}
            _ => return Err(PhoneError::InvalidCharacter),
        }
    }
    if digits.is_empty() {
        return Err(PhoneError::Empty);
    }
    Ok((plus, digits))
}

/// An unusual shape through the crate's general parser (as every number once went).
fn through_the_crate(plus: bool, digits: &str) -> Result<PhoneNumber, PhoneError> {
    use phonenumber::{country, Mode};
    let international = if plus {
        format!("+{digits}")
    } else if let Some(rest) = digits.strip_prefix("0062") {
        format!("+62{rest}")
    } else if digits.starts_with("62") {
        format!("+{digits}")
    } else if digits.starts_with('0') {
        digits.to_string()
    } else {
        format!("0{digits}")
    };
    let parsed =
        phonenumber::parse(Some(country::Id::ID), &international).map_err(|_| PhoneError::Invalid)?;
    if parsed.code().value() != 62 || !parsed.is_valid() {
        return Err(PhoneError::Invalid);
    }
    match parsed.number_type(&DATABASE) {
        Type::Mobile | Type::FixedLineOrMobile => {
            Ok(PhoneNumber(parsed.format().mode(Mode::E164).to_string()))
        }
        _ => Err(PhoneError::NotMobile),
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

    /// What `parse` answered when every number went through libphonenumber's own
    /// parser: the same prefixes accepted, then the crate decides.
    fn the_old_way(input: &str) -> Result<String, PhoneError> {
        let (plus, digits) = digits_of(input)?;
        if !(plus || digits.starts_with('0') || digits.starts_with("62") || digits.starts_with('8')) {
            return Err(PhoneError::Invalid);
        }
        through_the_crate(plus, &digits).map(|p| p.expose().to_string())
    }

    #[test]
    fn the_compiled_patterns_answer_as_the_crate_does_for_known_shapes() {
        for input in [
            "081234567890",
            "0811234567",
            "085712345678",
            "0218765432",
            "08001234567",
            "+62 0812 3456 7890",
            "620812345678",
            "00620812345678",
            "0812",
            "08123456789012345",
            "+14155552671",
            "12345",
            "0809123456",
            "0361234567",
            "+628",
            "0",
            "00",
            "62",
            "+62",
            "8",
            "0062",
        ] {
            assert_eq!(
                PhoneNumber::parse(input).map(|p| p.expose().to_string()),
                the_old_way(input),
                "{input}"
            );
        }
    }

    proptest! {
        #[test]
        fn the_compiled_patterns_answer_as_the_crate_does(
            prefix in "(|0|8|62|\\+62|0062|\\+62 0|620|1|\\+1)",
            rest in "[0-9]{0,14}",
        ) {
            let input = format!("{prefix}{rest}");
            prop_assert_eq!(PhoneNumber::parse(&input).map(|p| p.expose().to_string()), the_old_way(&input));
        }

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

    proptest! {
        /// Every number the spec's pattern admits is one `parse` accepts.
        #[test]
        fn what_the_pattern_admits_parses(
            prefix in prop::sample::select(vec!["+62", "0062", "62", "0", ""]),
            second in prop::sample::select(vec!['1', '2', '3', '5', '6', '7', '8', '9']),
            rest in "[0-9]{7,10}",
        ) {
            let n = format!("{prefix}8{second}{rest}");
            let pattern = regex::Regex::new(PhoneNumber::PATTERN).expect("a valid regex");
            prop_assert!(pattern.is_match(&n));
            prop_assert!(PhoneNumber::parse(&n).is_ok(), "{} is refused", n);
        }
    }
}
