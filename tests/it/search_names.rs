//! How names are said and how they were written diverge in a few known ways; each class
//! is searched on every engine (the held-out run found Meilisearch missing the first
//! one entirely). Every case has a neighbour in the register that a looser or stricter
//! engine would put first.

use serde_json::{json, Value};

use crate::helpers::TestApp;
use crate::search::{people, person, q};

const REGISTER: [(&str, &str); 14] = [
    ("3275010101900001", "Fajar Bagus Setiawan"),
    ("3275010101900002", "Muhammad Fajar"),
    ("3275010101900003", "Muhammad Bagus Saputra"),
    ("3275010101900004", "Muhammad Rizal Hakim"),
    ("3275010101900005", "Rizal Hakimi"),
    ("3275010101900006", "Siti Aisyah Rahmawati"),
    ("3275010101900007", "Siti Aisyah"),
    ("3275010101900008", "Abdul Rahman Hakim"),
    ("3275010101900009", "Nurhayati Susanti"),
    ("3275010101900010", "Soeharto Djojonegoro"),
    ("3275010101900011", "Suhartono Negoro"),
    ("3275010101900012", "Kurniawati Wulandari Prasetyaningsih"),
    ("3275010101900013", "Wulandari Setianingsih"),
    ("3275010101900014", "Hj. Nur Aini Lestari"),
];

async fn seed(app: &TestApp) {
    let records: Vec<Value> =
        REGISTER.iter().map(|(nik, name)| person(nik, name, "1990-01-01", "M", None)).collect();
    app.import(json!(records)).await;
    app.index_search().await;
}

/// The full name of the top hit for `query`.
async fn first(app: &TestApp, query: &str) -> Option<String> {
    people(app, &q(query)).await["hits"][0]["full_name"].as_str().map(String::from)
}

async fn expect_first(app: &TestApp, cases: &[(&str, &str)]) {
    let mut wrong = Vec::new();
    for (query, want) in cases {
        let got = first(app, query).await;
        if got.as_deref() != Some(*want) {
            wrong.push(format!("{query:?}: wanted {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} of {} cases:\n{}", wrong.len(), cases.len(), wrong.join("\n"));
}

pub async fn a_name_said_with_or_without_a_leading_muhammad_finds_the_person(app: TestApp) {
    seed(&app).await;
    expect_first(
        &app,
        &[
            // Said with a first word the record does not carry …
            ("M. Fajar Bagus", "Fajar Bagus Setiawan"),
            ("Muhammad Fajar Bagus Setiawan", "Fajar Bagus Setiawan"),
            ("Moh Fajar Bagus", "Fajar Bagus Setiawan"),
            ("Hj. Nur Aini Lestari", "Hj. Nur Aini Lestari"),
            // … or without one it does.
            ("Rizal Hakim", "Muhammad Rizal Hakim"),
            ("Nur Aini Lestari", "Hj. Nur Aini Lestari"),
            ("Aini Lestari", "Hj. Nur Aini Lestari"),
        ],
    )
    .await;
}

pub async fn dropped_middle_names_joined_words_and_old_spellings_find_the_person(app: TestApp) {
    seed(&app).await;
    expect_first(
        &app,
        &[
            ("Siti Rahmawati", "Siti Aisyah Rahmawati"),
            ("Fajar Setiawan", "Fajar Bagus Setiawan"),
            ("Abdulrahman Hakim", "Abdul Rahman Hakim"),
            ("Nur Hayati Susanti", "Nurhayati Susanti"),
            ("Suharto Joyonegoro", "Soeharto Djojonegoro"),
            ("Soeharto Djojonegoro", "Soeharto Djojonegoro"),
        ],
    )
    .await;
}

pub async fn two_typos_in_a_long_name_find_the_person(app: TestApp) {
    seed(&app).await;
    expect_first(
        &app,
        &[
            ("Wulandari Prasetianingsi", "Kurniawati Wulandari Prasetyaningsih"),
            ("Kurniawaty Wulandary Prasetyaningsih", "Kurniawati Wulandari Prasetyaningsih"),
            ("Wulandari Setianingsih", "Wulandari Setianingsih"),
        ],
    )
    .await;
}
