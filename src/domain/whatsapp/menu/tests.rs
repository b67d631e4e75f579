use super::*;

fn t(s: &str) -> Content {
    Content::Text { body: s.into() }
}

fn vaccines() -> Vec<(String, String)> {
    vec![("coronavac".into(), "CoronaVac (Sinovac)".into()), ("astrazeneca".into(), "AstraZeneca".into())]
}

#[test]
fn commands_are_words_or_numbers_while_the_menu_shows() {
    assert_eq!(command(&t(" MENU "), false), Some(Command::Menu));
    assert_eq!(command(&t("Batal."), true), Some(Command::Cancel));
    assert_eq!(command(&t("2"), true), Some(Command::Pick(Action::Download)));
    assert_eq!(command(&t("2"), false), None, "a number outside the menu is an answer");
    assert_eq!(command(&t("sertifikat saya belum ada"), true), None);
    assert_eq!(command(&t("English"), false), Some(Command::Speak(Language::En)));
    let choice = Content::Choice { id: "menu.resend".into(), title: "Kirim ulang".into() };
    assert_eq!(command(&choice, false), Some(Command::Pick(Action::Resend)));
}

#[test]
fn a_download_asks_the_five_facts_then_the_code() {
    let mut f = Flow::new(Action::Download);
    assert_eq!(f.take("3275 0112 0590 0001", &vaccines()), Ok(()));
    assert_eq!(f.take("Rizki 2", &vaccines()), Err(Retry::Name));
    f.take("Muhamad Rizki", &vaccines()).unwrap();
    assert_eq!(f.take("1990/13/45", &vaccines()), Err(Retry::Date));
    f.take("12-05-1990", &vaccines()).unwrap();
    f.take("12/07/2021", &vaccines()).unwrap();
    assert_eq!(f.take("9", &vaccines()), Err(Retry::Vaccine));
    f.take("sinovac", &vaccines()).unwrap();
    assert_eq!(f.vaccine.as_deref(), Some("coronavac"));
    assert!(f.facts_complete());
    assert_eq!(f.birth_date, NaiveDate::from_ymd_opt(1990, 5, 12));
}

#[test]
fn a_phone_change_asks_the_facts_the_new_number_and_evidence_before_the_code() {
    let mut f = Flow::new(Action::Phone);
    for answer in ["3275011205900001", "Muhamad Rizki", "12-05-1990", "12-07-2021", "1"] {
        f.take(answer, &vaccines()).unwrap();
    }
    assert_eq!(f.step, Step::NewPhone);
    assert_eq!(f.take("12345", &vaccines()), Err(Retry::Phone));
    f.take("0813 1111 2222", &vaccines()).unwrap();
    assert_eq!(f.new_phone.as_deref(), Some("+6281311112222"));
    assert_eq!(f.take("selesai", &vaccines()), Err(Retry::Evidence), "not before one file");
    assert!(f.add_evidence(2));
    assert_eq!(f.take("foto ktp saya", &vaccines()), Err(Retry::Evidence));
    assert!(f.add_evidence(2));
    assert!(!f.add_evidence(2), "no more than the portal takes");
    assert_eq!(f.evidence, 2);
    f.take("Selesai.", &vaccines()).unwrap();
    assert!(f.facts_complete());
    assert_eq!(command(&t("5"), true), Some(Command::Pick(Action::Phone)));
}

#[test]
fn a_status_check_needs_only_nik_and_name() {
    let mut f = Flow::new(Action::Status);
    assert_eq!(f.take("1234", &vaccines()), Err(Retry::Nik));
    f.take("3275011205900001", &vaccines()).unwrap();
    f.take("Muhamad Rizki", &vaccines()).unwrap();
    assert_eq!(f.step, Step::Code);
}
