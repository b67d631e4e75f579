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

/// The province name for a two-digit code, from the embedded `provinces.csv`.
pub fn province_name(code: &str) -> Option<&'static str> {
    static TABLE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            include_str!("provinces.csv")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with("code,"))
                .filter_map(|l| l.split_once(','))
                .collect()
        })
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, name)| *name)
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
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2021, 9, 1).unwrap()
    }

    #[test]
    fn parses_a_man_born_12_may_1990_in_bekasi() {
        let nik = Nik::parse("3275011205900001").unwrap();
        assert_eq!(nik.province_code(), "32");
        assert_eq!(nik.regency_code(), "3275");
        assert_eq!(nik.district_code(), "327501");
        assert_eq!(nik.province_name(), Some("Jawa Barat"));
        assert_eq!(nik.sex(), Sex::Male);
        assert_eq!(nik.birth_date(today()), NaiveDate::from_ymd_opt(1990, 5, 12).unwrap());
    }

    #[test]
    fn women_have_forty_added_to_the_day() {
        let nik = Nik::parse("3174014505850002").unwrap();
        assert_eq!(nik.sex(), Sex::Female);
        assert_eq!(nik.birth_date(today()), NaiveDate::from_ymd_opt(1985, 5, 5).unwrap());
    }

    #[test]
    fn spaces_dots_and_dashes_are_ignored() {
        let a = Nik::parse("3275 0112 0590 0001").unwrap();
        let b = Nik::parse("3275.0112.0590.0001").unwrap();
        let c = Nik::parse(" 3275-011205-900001 ").unwrap();
        assert_eq!(a, b);
        assert_eq!(b, c);
        assert_eq!(a.expose(), "3275011205900001");
    }

    #[test]
    fn a_recent_two_digit_year_is_this_century() {
        let nik = Nik::parse("3275010101150001").unwrap();
        assert_eq!(nik.birth_date(today()).year(), 2015);
    }

    #[test]
    fn invalid_niks_are_rejected_with_a_reason() {
        let cases = [
            ("", NikError::Empty, "empty"),
            ("   ", NikError::Empty, "blank"),
            ("3275O11205900001", NikError::InvalidCharacter, "letter O"),
            ("327501120590001", NikError::Length(15), "15 digits"),
            ("32750112059000011", NikError::Length(17), "17 digits"),
            ("9975011205900001", NikError::UnknownProvince("99".into()), "province 99"),
            ("1075011205900001", NikError::UnknownProvince("10".into()), "province 10"),
            ("3275013205900001", NikError::Day, "day 32"),
            ("3275010005900001", NikError::Day, "day 00"),
            ("3275017205900001", NikError::Day, "day 72"),
            ("3275011213900001", NikError::Month, "month 13"),
            ("3275011200900001", NikError::Month, "month 00"),
            ("3275013102900001", NikError::Date, "31 February"),
            ("3275017102900001", NikError::Date, "31 February, woman"),
            ("3275012902010001", NikError::Date, "29 Feb in a non-leap year"),
            ("3275011205900000", NikError::Serial, "serial 0000"),
        ];
        for (input, want, why) in cases {
            assert_eq!(Nik::parse(input), Err(want), "{why}");
        }
    }

    /// Every Kemendagri province code, Papua's six included (BPS numbers them otherwise).
    #[test]
    fn every_province_is_named_with_kemendagri_codes() {
        let provinces = [
            ("11", "Aceh"),
            ("12", "Sumatera Utara"),
            ("13", "Sumatera Barat"),
            ("14", "Riau"),
            ("15", "Jambi"),
            ("16", "Sumatera Selatan"),
            ("17", "Bengkulu"),
            ("18", "Lampung"),
            ("19", "Kepulauan Bangka Belitung"),
            ("21", "Kepulauan Riau"),
            ("31", "DKI Jakarta"),
            ("32", "Jawa Barat"),
            ("33", "Jawa Tengah"),
            ("34", "DI Yogyakarta"),
            ("35", "Jawa Timur"),
            ("36", "Banten"),
            ("51", "Bali"),
            ("52", "Nusa Tenggara Barat"),
            ("53", "Nusa Tenggara Timur"),
            ("61", "Kalimantan Barat"),
            ("62", "Kalimantan Tengah"),
            ("63", "Kalimantan Selatan"),
            ("64", "Kalimantan Timur"),
            ("65", "Kalimantan Utara"),
            ("71", "Sulawesi Utara"),
            ("72", "Sulawesi Tengah"),
            ("73", "Sulawesi Selatan"),
            ("74", "Sulawesi Tenggara"),
            ("75", "Gorontalo"),
            ("76", "Sulawesi Barat"),
            ("81", "Maluku"),
            ("82", "Maluku Utara"),
            ("91", "Papua"),
            ("92", "Papua Barat"),
            ("93", "Papua Selatan"),
            ("94", "Papua Tengah"),
            ("95", "Papua Pegunungan"),
            ("96", "Papua Barat Daya"),
        ];
        for (code, name) in provinces {
            let nik = Nik::parse(&format!("{code}01011205900001")).unwrap_or_else(|e| panic!("{code}: {e}"));
            assert_eq!(nik.province_name(), Some(name), "{code}");
        }
        for code in ["10", "20", "22", "37", "50", "54", "66", "77", "83", "90", "97", "99"] {
            assert!(Nik::parse(&format!("{code}01011205900001")).is_err(), "{code} is no province");
        }
    }

    #[test]
    fn regencies_are_named_and_impossible_ones_are_known() {
        let cases = [
            ("3275011205900001", Some("Kota Bekasi")),
            ("3171014505850002", Some("Kota Administrasi Jakarta Pusat")),
            ("1101011205900001", Some("Kabupaten Aceh Selatan")),
            ("5171011205900001", Some("Kota Denpasar")),
            // Sorong and Manokwari (Papua Barat, 92), rejected before as "not valid".
            ("9271011205900001", Some("Kota Sorong")),
            ("9202011205900001", Some("Kabupaten Manokwari")),
            // Merauke: 9101 as issued before 2022, 9301 after Papua Selatan was made.
            ("9101011205900001", Some("Kabupaten Merauke")),
            ("9301011205900001", Some("Kabupaten Merauke")),
            ("9471011205900001", None),
            ("3299011205900001", None),
            ("3100011205900001", None),
        ];
        for (nik, want) in cases {
            let n = Nik::parse(nik).unwrap_or_else(|e| panic!("{nik}: {e}"));
            assert_eq!(n.regency_name(), want, "{nik}");
        }
        assert!(!regency("9101").unwrap().current, "renumbered in 2022");
        assert!(regency("9301").unwrap().current);
    }

    #[test]
    fn leap_day_of_year_00_is_valid() {
        assert!(Nik::parse("3275012902000001").is_ok());
    }

    #[test]
    fn display_and_debug_mask_the_number() {
        let nik = Nik::parse("3174014505850002").unwrap();
        assert_eq!(nik.to_string(), "3174********0002");
        assert_eq!(format!("{nik:?}"), "Nik(3174********0002)");
        assert!(!format!("{nik:?}").contains("450585"));
    }

    #[test]
    fn a_mismatch_with_the_record_is_flagged_not_rejected() {
        let nik = Nik::parse("3275011205900001").unwrap();
        let born = NaiveDate::from_ymd_opt(1990, 5, 12).unwrap();
        assert!(!nik.disagrees_with(born, Sex::Male));
        assert!(nik.disagrees_with(born, Sex::Female));
        assert!(nik.disagrees_with(NaiveDate::from_ymd_opt(1990, 5, 13).unwrap(), Sex::Male));
    }

    fn valid_nik() -> impl Strategy<Value = (String, NaiveDate, Sex)> {
        (
            prop::sample::select(vec!["11", "31", "32", "35", "73", "94"]),
            0u32..100,
            0u32..100,
            (1950i32..2020).prop_flat_map(|y| (Just(y), 1u32..=12)),
            1u32..=28,
            any::<bool>(),
            1u32..=9999,
        )
            .prop_map(|(p, r, d, (y, m), day, female, serial)| {
                let sex = if female { Sex::Female } else { Sex::Male };
                let dd = if female { day + 40 } else { day };
                let s = format!("{p}{r:02}{d:02}{dd:02}{m:02}{:02}{serial:04}", y % 100);
                (s, NaiveDate::from_ymd_opt(y, m, day).unwrap(), sex)
            })
    }

    proptest! {
        #[test]
        fn every_well_formed_nik_round_trips((s, born, sex) in valid_nik()) {
            let nik = Nik::parse(&s).unwrap();
            prop_assert_eq!(nik.expose(), s.as_str());
            prop_assert_eq!(nik.sex(), sex);
            prop_assert_eq!(nik.birth_date(NaiveDate::from_ymd_opt(2021, 1, 1).unwrap()), born);
            prop_assert!(!nik.disagrees_with(born, sex));
        }

        #[test]
        fn separators_never_change_the_result((s, _, _) in valid_nik(), sep in "[ .-]{0,2}") {
            let spaced: String = s.chars().enumerate()
                .flat_map(|(i, c)| if i % 4 == 3 { format!("{c}{sep}") } else { c.to_string() }.chars().collect::<Vec<_>>())
                .collect();
            let nik = Nik::parse(&spaced).unwrap();
            prop_assert_eq!(nik.expose(), s.as_str());
        }

        #[test]
        fn the_masked_form_never_shows_the_date_part((s, _, _) in valid_nik()) {
            let nik = Nik::parse(&s).unwrap();
            prop_assert!(!nik.to_string().contains(&s[4..12]));
        }

        #[test]
        fn arbitrary_strings_never_panic(s in "\\PC{0,40}") {
            let _ = Nik::parse(&s);
        }
    }
}
