//! `Nik`: the 16-digit Indonesian population number. Parsing only; no I/O.
//!
//! Layout: province (2) · regency (2) · district (2) · DDMMYY (women: DD + 40) · serial (4).
//! A NIK identifies, it never authenticates: it is semi-public.

use std::fmt;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use super::Sex;

/// Why a string is not a NIK. Messages are safe to show: they never echo the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NikError {
    #[error("NIK is empty")]
    Empty,
    #[error("NIK may contain only digits, spaces, dots and dashes")]
    InvalidCharacter,
    #[error("NIK must have exactly 16 digits, found {0}")]
    Length(usize),
    #[error("NIK starts with an unknown province code {0}")]
    UnknownProvince(String),
    #[error("NIK birth day must be 01-31 (men) or 41-71 (women)")]
    Day,
    #[error("NIK birth month must be 01-12")]
    Month,
    #[error("NIK birth date is not a real calendar date")]
    Date,
    #[error("NIK serial number cannot be 0000")]
    Serial,
}

/// A syntactically valid NIK. The raw digits are reachable only through [`Nik::expose`].
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nik(String);

impl Nik {
    pub fn parse(input: &str) -> Result<Self, NikError> {
        let mut digits = String::with_capacity(16);
        for c in input.trim().chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '.' | '-' | '\u{a0}' => {}
                _ => return Err(NikError::InvalidCharacter),
            }
        }
        if digits.is_empty() {
            return Err(NikError::Empty);
        }
        if digits.len() != 16 {
            return Err(NikError::Length(digits.len()));
        }
        let province = &digits[0..2];
        if province_name(province).is_none() {
            return Err(NikError::UnknownProvince(province.to_string()));
        }
        let day: u32 = digits[6..8].parse().map_err(|_| NikError::Day)?;
        let month: u32 = digits[8..10].parse().map_err(|_| NikError::Month)?;
        let yy: i32 = digits[10..12].parse().map_err(|_| NikError::Date)?;
        let real_day = match day {
            1..=31 => day,
            41..=71 => day - 40,
            _ => return Err(NikError::Day),
        };
        if !(1..=12).contains(&month) {
            return Err(NikError::Month);
        }
        // The year has no century: accept the date if it exists in either one (29 Feb "00").
        let exists =
            [1900 + yy, 2000 + yy].iter().any(|y| NaiveDate::from_ymd_opt(*y, month, real_day).is_some());
        if !exists {
            return Err(NikError::Date);
        }
        if &digits[12..16] == "0000" {
            return Err(NikError::Serial);
        }
        Ok(Self(digits))
    }

    /// The 16-digit form `parse` accepts, as a portable regular expression (see
    /// [`canonical_pattern`]).
    pub fn pattern() -> String {
        canonical_pattern()
    }

    /// The province codes a NIK may start with (`provinces.csv`).
    pub fn province_codes() -> Vec<&'static str> {
        provinces().iter().map(|(code, _)| *code).collect()
    }

    /// The 16 digits. Call only where the full number is needed (storage, the record owner).
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn province_code(&self) -> &str {
        &self.0[0..2]
    }

    /// Province + regency, e.g. `3275` (Kota Bekasi).
    pub fn regency_code(&self) -> &str {
        &self.0[0..4]
    }

    /// Province + regency + district.
    pub fn district_code(&self) -> &str {
        &self.0[0..6]
    }

    pub fn province_name(&self) -> Option<&'static str> {
        province_name(self.province_code())
    }

    /// The regency or city the NIK was issued in, e.g. `Kota Bekasi`; `None` for a code
    /// Kemendagri never issued (a flag for the agent: the NIK may be mistyped).
    pub fn regency_name(&self) -> Option<&'static str> {
        regency(self.regency_code()).map(|r| r.name)
    }

    pub fn sex(&self) -> Sex {
        if self.raw_day() > 40 {
            Sex::Female
        } else {
            Sex::Male
        }
    }

    /// The birth date the NIK encodes. The century is a guess: the latest year not after `today`.
    pub fn birth_date(&self, today: NaiveDate) -> NaiveDate {
        let yy: i32 = self.0[10..12].parse().unwrap_or_default();
        let day = self.raw_day() % 40;
        let month: u32 = self.0[8..10].parse().unwrap_or(1);
        let mut year = 2000 + yy;
        if year > today.year() || NaiveDate::from_ymd_opt(year, month, day).is_none() {
            year -= 100;
        }
        // parse() proved the date exists in at least one century.
        NaiveDate::from_ymd_opt(year, month, day)
            .or_else(|| NaiveDate::from_ymd_opt(year + 100, month, day))
            .unwrap_or(NaiveDate::MIN)
    }

    /// True when the NIK's date part disagrees with a recorded birth date or sex.
    /// A flag for the agent, never a reason to reject: the NIK never changes.
    pub fn disagrees_with(&self, birth_date: NaiveDate, sex: Sex) -> bool {
        let day = self.raw_day() % 40;
        let month: u32 = self.0[8..10].parse().unwrap_or(0);
        let yy: i32 = self.0[10..12].parse().unwrap_or(-1);
        birth_date.day() != day
            || birth_date.month() != month
            || birth_date.year().rem_euclid(100) != yy
            || sex != self.sex()
    }

    /// `3174********0001`: enough for a person to recognise their own number.
    pub fn masked(&self) -> String {
        format!("{}********{}", &self.0[0..4], &self.0[12..16])
    }

    fn raw_day(&self) -> u32 {
        self.0[6..8].parse().unwrap_or_default()
    }
}

impl fmt::Display for Nik {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for Nik {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Nik({})", self.masked())
    }
}

impl std::str::FromStr for Nik {
    type Err = NikError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// The embedded `provinces.csv`: (code, name).
fn provinces() -> &'static [(&'static str, &'static str)] {
    static TABLE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("provinces.csv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("code,"))
            .filter_map(|l| l.split_once(','))
            .collect()
    })
}

/// The province name for a two-digit code, from the embedded `provinces.csv`.
pub fn province_name(code: &str) -> Option<&'static str> {
    provinces().iter().find(|(c, _)| *c == code).map(|(_, name)| *name)
}

/// The 16-digit form [`Nik::parse`] accepts, as a regular expression for API clients
/// (the OpenAPI spec): a province from `provinces.csv`, a day (women +40) and month that
/// exist in some century, a serial other than 0000. The separators `parse` also takes
/// are left out. Portable (no `\d`, no lookaround) across ECMA, Python and Rust.
pub fn canonical_pattern() -> String {
    const DATE: &str = "(?:0[1-9]|1[0-9]|2[0-8]|4[1-9]|5[0-9]|6[0-8])(?:0[1-9]|1[0-2])[0-9]{2}\
                        |(?:29|30|69|70)(?:0[13-9]|1[0-2])[0-9]{2}\
                        |(?:31|71)(?:0[13578]|1[02])[0-9]{2}\
                        |(?:29|69)02(?:[02468][048]|[13579][26])";
    const SERIAL: &str = "000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3}";
    let codes: Vec<&str> = provinces().iter().map(|(code, _)| *code).collect();
    format!("^(?:{})[0-9]{{4}}(?:{DATE})(?:{SERIAL})$", codes.join("|"))
}

/// A Kemendagri regency/city code as a NIK carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regency {
    pub code: &'static str,
    pub name: &'static str,
    /// Still issued under this code (false: renumbered, e.g. moved to a new province;
    /// NIKs issued before keep it).
    pub current: bool,
}

/// The regency for a four-digit code, from the embedded `regencies.csv`.
pub fn regency(code: &str) -> Option<Regency> {
    static TABLE: OnceLock<Vec<Regency>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            include_str!("regencies.csv")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with("code,"))
                .filter_map(|l| {
                    let mut f = l.splitn(3, ',');
                    Some(Regency { code: f.next()?, name: f.next()?, current: f.next()? == "current" })
                })
                .collect()
        })
        .iter()
        .find(|r| r.code == code)
        .copied()
}

#[cfg(test)]
mod tests;
