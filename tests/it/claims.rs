//! The diagnosis of real-looking complaint mail, class by class, several phrasings
//! each (formal and chat Indonesian, English, mixed, typos, replies written below the
//! quote): per dose, wrong data in the citizen's words, the role of each phone number,
//! two NIKs, a complaint for a relative.

use serde_json::{json, Value};

use crate::helpers::TestApp;

/// A record: (NIK, name, phone, email, doses as (number, date or pending)).
fn person(nik: &str, name: &str, phone: &str, email: Option<&str>, doses: &[(u8, Option<&str>)]) -> Value {
    let sex = if nik[6..8].parse::<u32>().unwrap() > 40 { "F" } else { "M" };
    let day = nik[6..8].parse::<u32>().unwrap() % 40;
    let birth = format!("19{}-{}-{:02}", &nik[10..12], &nik[8..10], day);
    json!({"nik": nik, "full_name": name, "birth_date": birth, "sex": sex, "phone": phone, "email": email,
        "doses": doses.iter().map(|(n, date)| json!({
            "dose": n, "vaccine": "coronavac", "date": date, "facility": "Puskesmas Cilandak", "batch": format!("B{n}")
        })).collect::<Vec<_>>()})
}

fn mail(from: &str, subject: &str, body: &str) -> String {
    crate::mail::mail(from, subject, body, "").0
}

struct Case {
    why: &'static str,
    from: &'static str,
    body: String,
    nik: &'static str,
    cause: &'static str,
    dose: Option<u8>,
    field: Option<&'static str>,
}

async fn check(app: &TestApp, cases: Vec<Case>) {
    let mut wrong = Vec::new();
    for c in cases {
        let n = match app.ingest(&mail(c.from, "Sertifikat vaksin", &c.body)).await {
            certdesk::service::ingest::Outcome::Created(n) => n.to_string(),
            o => panic!("{}: {o:?}", c.why),
        };
        let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
        let d = app.get(&format!("/api/v1/tickets/{n}/diagnosis"), &app.admin).await.expect(200).clone();
        let person = app.post("/api/v1/people/lookup", &app.admin, json!({"nik": c.nik})).await.expect(200)
            ["id"]
            .clone();
        let got = (d["cause"].as_str(), d["dose"].as_u64().map(|x| x as u8), d["field"].as_str());
        if t["ticket"]["person_id"] != person || got != (Some(c.cause), c.dose, c.field) {
            wrong.push(format!(
                "{}: linked {} (want {}), got {got:?}, want {:?}; evidence {}",
                c.why,
                t["ticket"]["person_id"],
                person,
                (c.cause, c.dose, c.field),
                d["evidence"]
            ));
        }
        assert!(!d["evidence"].as_array().unwrap().is_empty(), "{}: evidence", c.why);
        assert!(d["confidence"].is_string(), "{}: {d}", c.why);
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

const DOSE2_PENDING: &str = "3275014101900011";
const DATA: &str = "3175021506880012";
const PHONE: &str = "3273012202950013";
const MOTHER: &str = "3201014505600014";
const WRITER: &str = "3201011203900015";

/// The mother of the two-NIK cases: both doses, certificate delivered.
fn mother() -> Value {
    person(MOTHER, "Sri Wahyuni", "081211110014", None, &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))])
}

/// The writer of the two-NIK cases, by the address on record.
fn writer() -> Value {
    person(WRITER, "Budi Hartono", "081299990015", Some("budi.h@mail.example.id"), &[(1, Some("2021-07-12"))])
}

pub async fn complaints_are_diagnosed_by_what_they_claim(app: TestApp) {
    app.import(json!([
        person(DOSE2_PENDING, "Ani Lestari", "081211110011", None, &[(1, Some("2021-07-12")), (2, None)]),
        person(
            DATA,
            "Siti Aminah",
            "081211110012",
            None,
            &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))]
        ),
        person(
            PHONE,
            "Kurniawan Saputra",
            "081211110013",
            None,
            &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))]
        ),
        mother(),
        writer(),
    ]))
    .await;
    app.run_jobs().await;
    let c =
        |why, from, body: String, nik, cause, dose, field| Case { why, from, body, nik, cause, dose, field };
    let ani = "ani.l@mail.example.id";
    let siti = "siti.a@mail.example.id";
    let kur = "kurniawan@mail.example.id";
    let budi = "budi.h@mail.example.id";
    check(
        &app,
        vec![
            // 1. Per dose: dose 1 arrived, dose 2 still pending input.
            c("dose 2, formal", ani, format!("Yth. Admin, sertifikat dosis 2 saya belum keluar. NIK {DOSE2_PENDING}. Terima kasih."), DOSE2_PENDING, "record_pending", Some(2), None),
            c("second shot, chat", ani, format!("min vaksin kedua sy kok blm ada sertifnya ya, yg pertama udh. nik {DOSE2_PENDING}"), DOSE2_PENDING, "record_pending", Some(2), None),
            c("English", ani, format!("Hello, my second dose certificate never came. NIK: {DOSE2_PENDING}"), DOSE2_PENDING, "record_pending", Some(2), None),
            c("no dose named", ani, format!("Sertifikat vaksin saya belum lengkap. NIK {DOSE2_PENDING}"), DOSE2_PENDING, "record_pending", Some(2), None),
            c("booster not on record", siti, format!("Sertifikat booster saya belum muncul di aplikasi. NIK {DATA}"), DATA, "record_pending", Some(3), None),
            // 2. Wrong data in the citizen's words.
            c("name quoted", siti, format!("Nama saya tertulis \"Siti Aminah\", seharusnya \"Siti Aminah Lubis\". NIK {DATA}"), DATA, "data_error", None, Some("full_name")),
            c("vaccine brand", siti, format!("NIK {DATA}. Jenis vaksin dosis 2 tertulis Sinovac padahal AstraZeneca."), DATA, "data_error", Some(2), Some("vaccine")),
            c("vaccination date, English", siti, format!("The vaccination date on my certificate is wrong, it should be 10 August 2021 not 09-08-2021. ID number {DATA}"), DATA, "data_error", Some(2), Some("vaccinated_on")),
            c("NIK one digit off", siti, format!("NIK di sertifikat beda satu angka dengan KTP saya ({DATA})."), DATA, "data_error", None, Some("nik")),
            c("bottom-posted reply", siti, format!("> Mohon kirim NIK Anda.\n\nNIK {DATA}, tgl vaksinnya salah min, harusnya 13-07-2021"), DATA, "data_error", Some(1), Some("vaccinated_on")),
            // 3. The number on record called old; a new one given; a lost phone.
            c("old and new", kur, format!("NIK {PHONE}. Nomor lama 0812-1111-0013 sudah tidak aktif, sekarang 0813 7777 0013."), PHONE, "phone_mismatch", None, None),
            c("chat, old and new", kur, format!("nik {PHONE} no hp sy yg lama 081211110013 udh gak aktif, yg baru 081377770013"), PHONE, "phone_mismatch", None, None),
            c("lost phone, no number", kur, format!("HP saya hilang bulan lalu jadi SMS tidak bisa saya terima. NIK {PHONE}"), PHONE, "phone_mismatch", None, None),
            c("registered number quoted, fine", kur, format!("NIK {PHONE}, nomor terdaftar 081211110013, SMS sertifikat tidak saya temukan."), PHONE, "sms_delivered", None, None),
            // 4. Two NIKs: the writer's and a relative's; a wrong and the right one.
            c("writer and mother", budi, format!("NIK saya {WRITER}. Sertifikat ibu saya belum ada, NIK ibu saya {MOTHER}."), MOTHER, "sms_delivered", None, None),
            // Roles the words do not give ("our data: X and Y"): who writes decides.
            c("two listed, for the mother", budi, format!("Data kami: {WRITER} dan {MOTHER}. Sertifikat ibu saya belum keluar."), MOTHER, "sms_delivered", None, None),
            c("two listed, the writer's own", budi, format!("Kami sekeluarga: {MOTHER} dan {WRITER}. Sertifikat saya yang belum keluar."), WRITER, "sms_delivered", None, None),
            c("wrong then right", kur, format!("Maaf NIK {DATA} salah ketik, yang benar {PHONE}. Nomor lama saya sudah tidak aktif."), PHONE, "phone_mismatch", None, None),
            // 5. For a relative, from the writer's own number: no mismatch.
            c("for the mother", budi, format!("Saya menulis untuk ibu saya, NIK {MOTHER}. Sertifikatnya tidak ada. Hubungi saya di 0812 9999 0015."), MOTHER, "sms_delivered", None, None),
        ],
    )
    .await;
}

const DEWI: &str = "3201014703920016";

/// Of two records in one mail, the one whose certificate has not arrived beside one
/// whose has is the one an agent would look at: words that point at the other (a
/// misread, or a construction nobody listed) link nothing, and the agent picks; words
/// that agree link at once.
pub async fn of_two_records_the_words_must_not_point_away_from_the_one_in_trouble(app: TestApp) {
    app.import(json!([
        // Dose 1 still pending input: no certificate.
        person(DEWI, "Dewi Lestari", "081211110016", Some("dewi.l@mail.example.id"), &[(1, None)]),
        mother(),
        writer(),
        person(DOSE2_PENDING, "Ani Lestari", "081211110011", None, &[(1, Some("2021-07-12")), (2, None)]),
    ]))
    .await;
    app.run_jobs().await;
    let linked = |from: &'static str, body: String| {
        let app = &app;
        async move {
            let n = match app.ingest(&mail(from, "Sertifikat vaksin", &body)).await {
                certdesk::service::ingest::Outcome::Created(n) => n.to_string(),
                o => panic!("{body}: {o:?}"),
            };
            let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
            t["ticket"]["person_id"].clone()
        }
    };
    let id = |nik: &'static str| {
        let app = &app;
        async move {
            app.post("/api/v1/people/lookup", &app.admin, json!({"nik": nik})).await.expect(200)["id"].clone()
        }
    };
    // The words say "for my mother"; her certificate arrived, the writer's did not.
    for body in [
        format!("Mohon bantuan untuk ibu saya, NIK {MOTHER}. NIK saya {DEWI}."),
        format!("I am writing for my mother (NIK {MOTHER}); mine is {DEWI}."),
    ] {
        assert_eq!(linked("dewi.l@mail.example.id", body.clone()).await, Value::Null, "{body}");
    }
    // Words and records agree: the relative in trouble is linked, and so is the writer.
    assert_eq!(
        linked(
            "budi.h@mail.example.id",
            format!("Saya menulis untuk istri saya, NIK {DOSE2_PENDING}; NIK saya {WRITER}.")
        )
        .await,
        id(DOSE2_PENDING).await
    );
    assert_eq!(
        linked(
            "dewi.l@mail.example.id",
            format!("Punya ibu saya (NIK {MOTHER}) sudah beres, NIK saya {DEWI} belum.")
        )
        .await,
        id(DEWI).await
    );
}

/// Two records the words leave open (the writer's and kin in a word no list holds, or
/// two bare numbers): the one whose certificate did not arrive, beside one whose did, is
/// linked and tagged for the agent to confirm; never when both or neither are in
/// trouble, nor when the words could be about a delivered certificate (wrong data).
pub async fn two_records_the_words_leave_open_are_told_apart_by_their_certificates(app: TestApp) {
    app.import(json!(
        [person(DEWI, "Dewi Lestari", "081211110016", None, &[(1, None)]), mother(), writer(),]
    ))
    .await;
    app.run_jobs().await;
    let ticket = |body: String| {
        let app = &app;
        async move {
            let n = match app.ingest(&mail("tanya@mail.example.id", "Sertifikat vaksin", &body)).await {
                certdesk::service::ingest::Outcome::Created(n) => n.to_string(),
                o => panic!("{body}: {o:?}"),
            };
            app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200)["ticket"].clone()
        }
    };
    let dewi =
        app.post("/api/v1/people/lookup", &app.admin, json!({"nik": DEWI})).await.expect(200)["id"].clone();
    for body in [
        format!("NIK sy {DEWI}, NIK si mbarep {WRITER}. Bukti vaksinasinya kok blm ada."),
        format!("{WRITER} / {DEWI}"),
        format!("Sender (own NIK {WRITER}). Please help my old man: NIK {DEWI}. The cert doesn't show."),
    ] {
        let t = ticket(body.clone()).await;
        assert_eq!(t["person_id"], dewi, "{body}: {t}");
        let tags = t["tags"].to_string();
        assert!(tags.contains("person_by_records") && !tags.contains("person_unsure"), "{body}: {tags}");
        // A guess from the records is said to be one.
        let n = t["number"].as_str().unwrap();
        let d = app.get(&format!("/api/v1/tickets/{n}/diagnosis"), &app.admin).await.expect(200).clone();
        assert_eq!(d["confidence"], "low", "{body}: {d}");
        assert!(d["evidence"][0].as_str().unwrap().contains("confirm the person"), "{body}: {d}");
    }
    for body in [
        // Both certificates arrived.
        format!("NIK sy {MOTHER}, NIK si mbarep {WRITER}. Bukti vaksinasinya kok blm ada."),
        // Wrong data is complained about on a delivered certificate as often as not.
        format!("NIK sy {DEWI}, NIK si mbarep {WRITER}. Nama di sertifikat salah, seharusnya \"Budi Hartono Putra\"."),
    ] {
        let t = ticket(body.clone()).await;
        assert!(t["person_id"].is_null(), "{body}: {t}");
        assert!(t["tags"].to_string().contains("person_unsure"), "{body}: {t}");
    }
}
