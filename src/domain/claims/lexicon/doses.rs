//! Words that name a dose.

/// A named dose: "dosis 2", "vaksin kedua", "second dose", "booster".
pub const DOSE_ORDINALS: &[(&str, u8)] = &[
    ("1", 1),
    ("i", 1),
    ("pertama", 1),
    ("satu", 1),
    ("first", 1),
    ("1st", 1),
    ("2", 2),
    ("ii", 2),
    ("kedua", 2),
    ("dua", 2),
    ("second", 2),
    ("2nd", 2),
    ("3", 3),
    ("iii", 3),
    ("ketiga", 3),
    ("tiga", 3),
    ("third", 3),
    ("3rd", 3),
    ("4", 4),
    ("iv", 4),
    ("keempat", 4),
    ("fourth", 4),
    ("4th", 4),
    // "suntik perdana": the first ("awal" is also "early": "vaksinasi awal Juli").
    ("perdana", 1),
    // "dose one", "shot number two", "tahap satu": only beside a dose's noun.
    ("one", 1),
    ("two", 2),
    ("three", 3),
];

/// Between a dose's noun and its number: "suntikan nomor 2", "dosis ke-3", "shot #1",
/// "vaksinasi yang kedua".
pub const DOSE_NUMBER_WORDS: &[&str] =
    &["ke\\s*-?", "no\\.?", "nomor", "nomer", "nmr\\.?", "number", "#", "yang", "yg", "tahap"];

/// Between a dose's number and its noun: "2nd primary jab", "third booster shot".
pub const DOSE_KIND_WORDS: &[&str] = &["primary", "covid", "vaccine"];

/// Numbers that count rather than order: after "yang" they name no dose.
pub const DOSE_CARDINALS: &[&str] =
    &["1", "2", "3", "4", "i", "ii", "iii", "iv", "satu", "dua", "tiga", "one", "two", "three"];

/// After a dose's number, words that make it a count of time, not a dose: "vaccine two
/// weeks ago", "vaksin yang 2 minggu lalu", "after my vaccine one of the nurses".
pub const DOSE_TIME_WORDS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "of", "hari", "minggu", "bulan",
    "tahun", "kali", "x", "orang",
];

pub const DOSE_NOUNS: &[&str] = &[
    "dosis",
    "dose",
    "vaksin",
    "vaksinasi",
    "suntikan",
    "suntik",
    "vaksinnya",
    "shot",
    "jab",
    "vaccine",
    "vaccination",
];

/// A booster is the third dose on the record.
pub const BOOSTER: &[&str] = &["booster", "dosis penguat", "penguat", "lanjutan", "dosis lanjutan"];
