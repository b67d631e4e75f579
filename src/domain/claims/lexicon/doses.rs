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
