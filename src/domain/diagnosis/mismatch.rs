//! Values the citizen gives that the record contradicts, however the sentence is worded:
//! two brands for a dose where the record has one of them, a date for a dose the record
//! dates otherwise, two NIKs a digit or two apart of which the record holds one. A
//! sentence that says something is still missing ("belum", "not yet") speaks of a
//! pending dose, not of wrong data, and is passed over.

use chrono::NaiveDate;

use super::against::{DataClaim, RecordView};
use crate::domain::claims::{self, has_word, lexicon, sentence, Claims, NikRole};

/// Words of a vaccination: a date beside one is a vaccination date.
const VACCINATION: &[&str] = &[
    "vaksin",
    "vaksinasi",
    "divaksin",
    "suntik",
    "disuntik",
    "dosis",
    "vaccinated",
    "vaccination",
    "shot",
    "jab",
    "dose",
    "injection",
];

/// The writer's own words as (sentence, the sentence and the next): a claim may span
/// two short sentences ("Vaccine listed: X. Vaccine received: Y.").
fn passages(own: &str) -> Vec<(String, String)> {
    let mut spans = Vec::new();
    let mut at = 0;
    while at < own.len() {
        let (s0, s1) = sentence(own, at);
        if !own[s0..s1].trim().is_empty() {
            spans.push((s0, s1));
        }
        at = s1 + 1;
    }
    spans
        .iter()
        .enumerate()
        .map(|(i, (a, b))| {
            let end = spans.get(i + 1).map_or(*b, |(_, e)| *e);
            (own[*a..*b].to_string(), own[*a..end].to_string())
        })
        .collect()
}

fn pending(lower: &str) -> bool {
    lexicon::NOT_YET.iter().any(|w| has_word(lower, w))
}

/// Words that set one value against another or place one on the record: without them
/// two brands or dates may just be a list of doses.
fn set_against(lower: &str) -> bool {
    claims::CONTRAST.iter().chain(lexicon::ON_RECORD).any(|w| has_word(lower, w))
}

/// A dose named that the record does not have: the values are about a dose still to
/// come in, not wrong data.
fn names_missing_dose(lower: &str, record: &RecordView) -> bool {
    claims::doses(lower).iter().any(|n| !record.doses.iter().any(|d| d.0 == *n))
}

fn quote(s: &str) -> String {
    s.trim().chars().take(200).collect()
}

/// Two brands for a dose, one of them the record's and one on no dose of the record.
pub fn brand(claims: &Claims, record: &RecordView) -> Option<DataClaim> {
    let on_record = |b: &String| record.doses.iter().any(|d| &d.1 == b);
    for (one, two) in passages(&claims.own) {
        // The next sentence joins only a sentence that places its brand on the record
        // ("Vaccine listed: X. Vaccine received: Y.").
        let joins = lexicon::ON_RECORD.iter().any(|w| has_word(&one.to_lowercase(), w));
        let text = if claims::vaccines(&one).len() >= 2 || !joins { one } else { two };
        let lower = text.to_lowercase();
        let brands = claims::vaccines(&text);
        if brands.len() < 2 || pending(&lower) || !set_against(&lower) || names_missing_dose(&lower, record) {
            continue;
        }
        let (Some(recorded), Some(other)) =
            (brands.iter().find(|b| on_record(b)), brands.iter().find(|b| !on_record(b)))
        else {
            continue;
        };
        let named = claims::doses(&lower);
        let with_brand: Vec<u8> = record.doses.iter().filter(|d| &d.1 == recorded).map(|d| d.0).collect();
        let dose =
            named.iter().copied().find(|n| with_brand.contains(n)).or_else(|| with_brand.first().copied());
        return Some(DataClaim {
            field: "vaccine",
            dose,
            on_record: Some(recorded.clone()),
            claimed: Some(other.clone()),
            confirmed: true,
            quote: quote(&text),
        });
    }
    None
}

/// A date given for a dose the record dates otherwise: a named dose with another date
/// (beside the record's, or alone), or the record's date of a dose set beside another.
pub fn date(claims: &Claims, record: &RecordView) -> Option<DataClaim> {
    let campaign = NaiveDate::from_ymd_opt(2020, 12, 1)?;
    for (one, two) in passages(&claims.own) {
        // The sentence, else with the next when it places its date on the record
        // ("Date on file: …. Real date: …").
        let joins = lexicon::ON_RECORD.iter().any(|w| has_word(&one.to_lowercase(), w));
        for text in if joins { vec![&one, &two] } else { vec![&one] } {
            if let Some(c) = date_in(text, record, campaign) {
                return Some(c);
            }
        }
    }
    None
}

fn date_in(text: &str, record: &RecordView, campaign: NaiveDate) -> Option<DataClaim> {
    let recorded = |n: u8| record.doses.iter().find(|d| d.0 == n).and_then(|d| d.2);
    let lower = text.to_lowercase();
    let dates: Vec<NaiveDate> = claims::dates(text).into_iter().filter(|d| *d >= campaign).collect();
    if dates.is_empty()
        || pending(&lower)
        || !VACCINATION.iter().any(|w| has_word(&lower, w))
        || names_missing_dose(&lower, record)
    {
        return None;
    }
    let named = claims::doses(&lower);
    let claim = |dose: u8, on: NaiveDate, claimed: NaiveDate, confirmed: bool| DataClaim {
        field: "vaccinated_on",
        dose: Some(dose),
        on_record: Some(on.to_string()),
        claimed: Some(claimed.to_string()),
        confirmed,
        quote: quote(text),
    };
    // "vaksin 2 gue tuh 20-11-2021": the dose named, its record dated otherwise. Not when
    // the named dose is said recorded in a clause of its own and the date stands in
    // another ("Saya disuntik pada 15.10.21, sedangkan dosis nomer satu sudah tercatat"):
    // that date is the pending dose's.
    if let [n] = named[..] {
        if named_dose_said_recorded(&lower, n) {
            return None;
        }
        let on = recorded(n)?;
        return dates.iter().find(|d| **d != on).map(|d| claim(n, on, *d, dates.contains(&on)));
    }
    // No dose named: the record's date of one dose set against a date of none, in words
    // that set them against each other (not "on 12 July and 9 August").
    if !named.is_empty() || !set_against(&lower) {
        return None;
    }
    let hit = record.doses.iter().find_map(|d| d.2.filter(|on| dates.contains(on)).map(|on| (d.0, on)));
    let other = dates.iter().find(|d| !record.doses.iter().any(|r| r.2 == Some(**d)));
    match (hit, other) {
        (Some((n, on)), Some(d)) => Some(claim(n, on, *d, true)),
        _ => None,
    }
}

/// Whether the clause that names dose `n` holds no date and says it is on record.
fn named_dose_said_recorded(lower: &str, n: u8) -> bool {
    const RECORDED: &[&str] = &[
        "tercatat",
        "terekam",
        "sudah ada",
        "sdh ada",
        "udah ada",
        "aman",
        "sudah masuk",
        "muncul",
        "recorded",
        "shows",
        "is there",
        "appears",
        "is in",
    ];
    let said_wrong = ["salah", "keliru", "wrong", "incorrect", "seharusnya", "should be"]
        .iter()
        .any(|w| has_word(lower, w));
    !said_wrong
        && lower
            .split([',', ';'])
            .flat_map(|c| {
                c.split(" sedangkan ").flat_map(|c| c.split(" padahal ")).flat_map(|c| c.split(" but "))
            })
            .any(|c| {
                claims::doses(c).contains(&n)
                    && claims::dates(c).is_empty()
                    && RECORDED.iter().any(|w| has_word(c, w))
            })
}

/// Two NIKs a digit or two apart, one of them the record's: the record carries a
/// mistyped NIK, unless the writer corrects their own typing ("disregard …", "I typed it
/// wrong", the record's called right or the other wrong). Certain when the words place
/// one on the record ("ketulis", "on file") or call one right or wrong; else stated.
pub fn nik(claims: &Claims, record: &RecordView) -> Option<DataClaim> {
    let mine = record.nik.as_deref()?;
    let (_, mine_role) = claims.niks.iter().find(|(n, _)| n.expose() == mine)?;
    let apart = |a: &str, b: &str| a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count();
    let (_, other_role) = claims.niks.iter().find(|(n, _)| (1..=2).contains(&apart(n.expose(), mine)))?;
    let lower = claims.own.to_lowercase();
    if *mine_role == NikRole::Correct
        || *other_role == NikRole::Wrong
        || lexicon::MY_TYPO.iter().any(|w| has_word(&lower, w))
    {
        return None;
    }
    let said = quote(sentence_with(&claims.own, mine).unwrap_or_default());
    let placed = lexicon::ON_RECORD.iter().any(|w| has_word(&said.to_lowercase(), w));
    Some(DataClaim {
        field: "nik",
        dose: None,
        on_record: None,
        claimed: None,
        confirmed: placed || *other_role == NikRole::Correct || *mine_role == NikRole::Wrong,
        quote: said,
    })
}

/// The sentence of `text` in which the digits of `number` stand, however grouped.
fn sentence_with<'a>(text: &'a str, number: &str) -> Option<&'a str> {
    let mut at = 0;
    while at < text.len() {
        let (s0, s1) = sentence(text, at);
        let digits: String = text[s0..s1].chars().filter(char::is_ascii_digit).collect();
        if digits.contains(number) {
            return Some(&text[s0..s1]);
        }
        at = s1 + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const NIK: &str = "3275014505850001";

    fn record() -> RecordView {
        RecordView {
            nik: Some(NIK.into()),
            full_name: "Siti Aminah".into(),
            birth_date: NaiveDate::from_ymd_opt(1985, 5, 5),
            sex: "F".into(),
            doses: vec![
                (1, "coronavac".into(), NaiveDate::from_ymd_opt(2021, 7, 12)),
                (2, "astrazeneca".into(), NaiveDate::from_ymd_opt(2021, 8, 9)),
            ],
        }
    }

    fn read(text: &str) -> Claims {
        claims::read(text, "")
    }

    #[test]
    fn a_brand_the_record_does_not_have_beside_one_it_has() {
        for (text, dose, claimed) in [
            (
                "Jenis vaksin pada suntik pertama tercatat Sinovac, sedangkan yg saya terima Pfizer.",
                1,
                "comirnaty",
            ),
            ("Vaccine listed: AstraZeneca. Vaccine received: Moderna.", 2, "moderna"),
            ("Suntik kedua ketulis Astra, padahal sy dapet Spikevax", 2, "moderna"),
            ("I got BioNTech for my first jab but the app says Sinovak.", 1, "comirnaty"),
            ("Vaksin yg sy dapet Gam-COVID-Vac, bukan Vaxzevria!!", 2, "sputnik-v"),
        ] {
            let c = brand(&read(text), &record()).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((c.dose, c.claimed.as_deref()), (Some(dose), Some(claimed)), "{text}");
        }
    }

    #[test]
    fn brands_of_doses_listed_or_a_dose_still_missing_claim_nothing() {
        for text in [
            "Dosis 1 Sinovac, dosis 2 AstraZeneca, sertifikat dosis 3 ga muncul.",
            "Saya vaksin Sinovac. Suami saya Pfizer.",
            "Dosis 1 Sinovac, dosis 2 AstraZeneca, semuanya sudah.",
            "Booster Pfizer saya belum tercatat, dosis 1 Sinovac sudah.",
            "My booster (Moderna) is not yet in the app; dose 2 was AstraZeneca.",
        ] {
            assert_eq!(brand(&read(text), &record()), None, "{text}");
        }
    }

    #[test]
    fn a_date_the_record_has_otherwise() {
        for (text, dose, claimed, confirmed) in [
            ("Tgl vaksinnya meleset, vaksin 2 gue tuh 20 - 08 - 2021.", 2, "2021-08-20", false),
            ("My initial shot is dated 12th of July 2021 on the proof, but the injection was on 15th of July 2021.", 1, "2021-07-15", true),
            ("Initial shot date on file: 12 juli 2021. Real date: 30 juli 2021.", 1, "2021-07-30", true),
            ("Sy vaksinasi kedua tanggal 16-08-2021, bukan 09-08-2021 seperti di aplikasi.", 2, "2021-08-16", true),
            ("Menurut kartu vaksin saya, suntikan tgl 15/07/21; di aplikasi 12/07/21.", 1, "2021-07-15", true),
        ] {
            let c = date(&read(text), &record()).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((c.dose, c.claimed.as_deref(), c.confirmed), (Some(dose), Some(claimed), confirmed), "{text}");
        }
    }

    #[test]
    fn the_records_own_dates_or_a_pending_dose_claim_nothing() {
        for text in [
            "Saya vaksin dosis 2 tanggal 09-08-2021 di Puskesmas Tebet.",
            "Dosis 2 tanggal 20-08-2021 belum masuk sistem.",
            "I was vaccinated on 12 July 2021 and 9 August 2021.",
            "Lahir 12-05-1990, vaksin pertama 12-07-2021.",
            "I got my shots on 12 July 2021 and 20 August 2021 but only one certificate shows.",
            "Vaksin di Puskesmas jam 08.10 - 21.00, dosis 1 tanggal 12-07-2021.",
        ] {
            assert_eq!(date(&read(text), &record()), None, "{text}");
        }
    }

    #[test]
    fn evidence_masks_the_niks_it_quotes() {
        let near = "3275014505850007";
        let c =
            nik(&read(&format!("NIK on file {NIK} vs NIK on my e-KTP {near}.")), &record()).expect("claim");
        let shown = c.evidence();
        assert!(
            !shown.contains(NIK) && !shown.contains(near) && shown.contains("3275********0001"),
            "{shown}"
        );
        let grouped =
            super::super::against::masked_numbers("NIK 3275 0145 0585 0001, HP 0812-3456-7890, 2021");
        assert_eq!(grouped, "NIK 3275 **** **** 0001, HP 0812-****-7890, 2021");
    }

    #[test]
    fn a_nik_a_digit_off_on_the_record() {
        let near = "3275014505850007";
        for text in [
            format!("NIK di sertif ketulis {NIK}, NIK sy yg asli {near}."),
            format!("NIK on file {NIK} vs NIK on my e-KTP {near}."),
            format!("Somebody keyed my NIK in as {NIK} - on my KTP it's {near}."),
            format!("NIK SAYA BUKAN {NIK}!! yang benar {near}"),
        ] {
            assert_eq!(nik(&read(&text), &record()).map(|c| c.field), Some("nik"), "{text}");
        }
        // The writer corrects their own typing: the record is right.
        for text in [
            format!("My NIK is {NIK}. Disregard {near}."),
            format!("NIK saya {NIK}. Yang {near} tolong diabaikan."),
            format!("Maaf NIK yg td sy kirim salah ketik ({near}), yg bener {NIK}."),
            format!("Eh salah, NIK gue {NIK}, bukan {near}."),
            format!("I typed {near} earlier; my NIK is {NIK}."),
        ] {
            assert_eq!(nik(&read(&text), &record()), None, "{text}");
        }
    }
}
