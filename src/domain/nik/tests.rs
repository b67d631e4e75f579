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

/// The spec's pattern says exactly what `parse` accepts of 16 bare digits: checked on
/// NIK-shaped numbers with every part sometimes wrong (province, day, month, 29 Feb,
/// serial 0000).
#[test]
fn the_canonical_pattern_accepts_exactly_what_parse_accepts() {
    use rand::Rng;
    let pattern = regex::Regex::new(&canonical_pattern()).expect("a valid regex");
    let mut rng = rand::thread_rng();
    let (mut valid, mut invalid) = (0, 0);
    for _ in 0..200_000 {
        let province = rng.gen_range(0..100);
        let day = if rng.gen_bool(0.2) { 29 + 40 * rng.gen_range(0..2) } else { rng.gen_range(0..80) };
        let month = if rng.gen_bool(0.2) { 2 } else { rng.gen_range(0..14) };
        let serial = if rng.gen_bool(0.1) { 0 } else { rng.gen_range(0..10_000) };
        let nik = format!(
            "{province:02}{:04}{day:02}{month:02}{:02}{serial:04}",
            rng.gen_range(0..10_000),
            rng.gen_range(0..100)
        );
        let parsed = Nik::parse(&nik).is_ok();
        assert_eq!(pattern.is_match(&nik), parsed, "{nik}: parse says {parsed}");
        if parsed {
            valid += 1
        } else {
            invalid += 1
        }
    }
    assert!(valid > 10_000 && invalid > 10_000, "both kinds were tried: {valid} valid, {invalid} invalid");
}
