//! One-time codes: six digits, what they are for, and the rules they live by.
//! The code itself is derived from the challenge id with a server key, so neither the
//! database nor the outbox ever holds it; the database keeps only a keyed hash.

use std::fmt;

use super::ticket::named_enum;

named_enum!(
    /// What a code proves.
    OtpPurpose {
        /// The citizen holds the phone on record (identity verification).
        Identity = "identity",
        /// The citizen holds the new phone they want on their record.
        NewPhone = "new_phone",
        /// The citizen holds the phone or mailbox given on a ticket.
        FollowTicket = "follow_ticket",
    }
);

/// Six decimal digits. `Debug` hides them: a code in a log line is a code leaked.
#[derive(Clone, PartialEq, Eq)]
pub struct OtpCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a code is 6 digits")]
pub struct OtpCodeError;

impl OtpCode {
    pub const LEN: usize = 6;

    /// What the citizen typed: spaces and dashes are ignored ("123 456").
    pub fn parse(s: &str) -> Result<Self, OtpCodeError> {
        let digits: String = s.chars().filter(|c| !matches!(c, ' ' | '-' | '.')).collect();
        if digits.len() == Self::LEN && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(digits))
        } else {
            Err(OtpCodeError)
        }
    }

    /// The code of a 32-byte keyed digest: the first 8 bytes, reduced mod 10^6. The bias
    /// of a 64-bit value mod 10^6 is below 10^-13.
    pub fn from_digest(d: &[u8; 32]) -> Self {
        let mut first = [0u8; 8];
        first.copy_from_slice(&d[..8]);
        Self(format!("{:06}", u64::from_be_bytes(first) % 1_000_000))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for OtpCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OtpCode(******)")
    }
}

/// How codes behave; from `portal.*` in the config.
#[derive(Debug, Clone, Copy)]
pub struct OtpRules {
    pub ttl: chrono::Duration,
    pub max_attempts: u32,
    pub resend_after: chrono::Duration,
    pub max_sends: u32,
}

/// Why a typed code was not accepted. The citizen sees one message for all but the
/// last two (a wrong code and an unknown challenge must look alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtpRefusal {
    Wrong { attempts_left: u32 },
    Expired,
    TooManyAttempts,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_whatever_the_separators() {
        assert_eq!(OtpCode::parse(" 123 456 ").unwrap().expose(), "123456");
        assert_eq!(OtpCode::parse("123-456").unwrap().expose(), "123456");
        for bad in ["", "12345", "1234567", "12a456", "١٢٣٤٥٦"] {
            assert!(OtpCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_digest_gives_a_zero_padded_code_and_debug_hides_it() {
        let c = OtpCode::from_digest(&[0u8; 32]);
        assert_eq!(c.expose(), "000000");
        let mut d = [0u8; 32];
        d[7] = 7;
        assert_eq!(OtpCode::from_digest(&d).expose(), "000007");
        assert_eq!(format!("{c:?}"), "OtpCode(******)");
    }
}
