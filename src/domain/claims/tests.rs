//! Table-driven: several phrasings per claim, formal and chat Indonesian, English,
//! mixed, with typos and bottom-posted replies.

use super::*;

/// The NIK the words say the complaint is about.
fn pick(text: &str) -> Option<String> {
    read(text, "").subject_nik().map(|n| n.expose().to_string())
}

const REC: &str = "081234567890";
const NEW: &str = "081398765432";

fn phone(s: &str) -> PhoneNumber {
    PhoneNumber::parse(s).unwrap()
}

fn role_of(c: &Claims, p: &str) -> PhoneRole {
    c.phones
        .iter()
        .find(|(q, _)| *q == phone(p))
        .map(|(_, r)| *r)
        .unwrap_or_else(|| panic!("{p} not found in {c:?}"))
}

#[test]
fn the_dose_a_complaint_is_about() {
    for (text, want) in [
        ("Sertifikat dosis 2 saya belum keluar", vec![2]),
        ("sertif vaksin kedua blm muncul min", vec![2]),
        ("Vaksin ke-2 sudah, tapi sertifikatnya belum ada", vec![2]),
        ("My second dose certificate is missing", vec![2]),
        ("2nd dose not showing in the app", vec![2]),
        ("sertifikat booster belum ada", vec![3]),
        ("Dosis penguat saya tidak terdata", vec![3]),
        ("dosis I sudah ada, dosis II belum", vec![1, 2]),
        ("Vaksin pertama aman, yang kedua gak ada", vec![1]),
        ("Sertifikat saya belum ada", vec![]),
        // "Lanjutan" alone is a booster, a follow-up right after a number; "dosis
        // lanjutan kedua" is read both ways by writers, so it names none.
        ("Sertifikat vaksin lanjutan belum ada", vec![3]),
        ("Ambo alah dapek dosis lanjutan ke-2, tapi sertif durung metu", vec![]),
        ("Sertifikat dosis lanjutan pertama belum ada", vec![]),
        ("dosis kedua (lanjutan) sudah, sertifikatnya kosong", vec![2]),
        ("Dosis 1 sudah, lanjutan belum", vec![1, 3]),
        ("suntikan nomor 3 sya kok raib dari sistem", vec![3]),
        ("suntikan nmr 2 ku kok gak kecatat? Suntik perdana (dosis 1) udah ada", vec![2, 1]),
        ("Missing: 2nd primary jab (given 10/Mar/2021). Present: dose 1.", vec![2, 1]),
        ("vaksinasi awal Juli, sertifikat belum ada", vec![]),
        ("My first booster shot is not on the app", vec![3]),
        ("I got my vaccine two weeks ago and nothing came", vec![]),
        ("Sertifikat vaksin yang 2 minggu lalu belum ada", vec![]),
        ("vaksin yang satu sudah keluar, yang satunya belum", vec![]),
        ("Kaule vaksin tahap dua di puskesmas", vec![2]),
    ] {
        assert_eq!(read(text, "").doses, want, "{text}");
    }
}

#[test]
fn the_role_of_each_phone_number() {
    let cases = [
        (
            format!("Nomor yg dulu sy daftarkan ({REC}) udah mati. Tolong diganti dgn {NEW}"),
            PhoneRole::Old,
            PhoneRole::New,
        ),
        (format!("SIM {REC} sudah dicabut operator, ganti jadi {NEW}."), PhoneRole::Old, PhoneRole::New),
        (format!("I can't use {REC} any more; my new number is {NEW}."), PhoneRole::Old, PhoneRole::New),
        (format!("Kartu {REC} hilang, skrg pakai {NEW}"), PhoneRole::Old, PhoneRole::New),
        (format!("Nomor lama {REC} sudah tidak aktif, sekarang {NEW}"), PhoneRole::Old, PhoneRole::New),
        (
            format!("no hp sy yg lama {REC} udh gak aktif, yg baru {NEW} ya min"),
            PhoneRole::Old,
            PhoneRole::New,
        ),
        (
            format!("My old number {REC} is no longer active. My new number is {NEW}."),
            PhoneRole::Old,
            PhoneRole::New,
        ),
        (
            format!(
                "SMS dikirim ke {REC}, tapi nomor itu tidak bisa menerima SMS lagi. Nomor baru saya {NEW}"
            ),
            PhoneRole::Old,
            PhoneRole::New,
        ),
        (format!("HP saya hilang ({REC}). Tolong ganti ke {NEW}"), PhoneRole::Old, PhoneRole::New),
        (format!("Please use {NEW} from now, {REC} was stolen"), PhoneRole::Old, PhoneRole::New),
    ];
    for (text, rec, new) in cases {
        let c = read(&text, "");
        assert_eq!((role_of(&c, REC), role_of(&c, NEW)), (rec, new), "{text}");
        assert!(c.phone_changed || text.contains("stolen") || text.contains("tidak bisa"), "{text}");
    }
    let c = read(&format!("Sertifikat saya belum ada. HP {REC}"), "");
    assert_eq!(role_of(&c, REC), PhoneRole::Unspecified);
    assert!(!c.phone_changed);
    assert!(read("Saya ganti nomor, hp lama hilang", "").phone_changed);
    assert!(read("I lost my phone last month", "").phone_changed);
    assert!(!read("Saya ganti HP (nomornya tetap sama) dan SMS lama tidak terbawa", "").phone_changed);
}

#[test]
fn who_the_complaint_is_for() {
    for (text, who) in [
        ("Sertifikat ibu saya belum keluar", Some("ibu")),
        ("Mohon bantuan untuk ayah sy, sertifikatnya tidak ada", Some("ayah")),
        ("Izin mewakili mertua saya", Some("mertua")),
        ("My mother's certificate never arrived", Some("mother")),
        ("anak saya sudah vaksin", Some("anak")),
        ("Saya mewakili bini saya", Some("bini")),
        ("Sertifikat adik perempuan saya belum keluar", Some("adik")),
        ("kakak ipar sy blm dpt sertif", Some("kakak")),
        ("My younger sister's certificate never arrived", Some("sister")),
        ("my stepdad is still waiting for his certificate", Some("stepdad")),
        ("Sertifikat saya belum keluar", None),
    ] {
        assert_eq!(read(text, "").on_behalf.as_deref(), who, "{text}");
    }
}

#[test]
fn which_of_two_niks_the_complaint_is_about() {
    let (a, b) = ("3275011205900001", "3174014505850002");
    assert_eq!(
        pick(&format!("NIK saya {a}. NIK ibu saya {b}, sertifikat ibu belum ada")),
        None.or(Some(b.into()))
    );
    assert_eq!(pick(&format!("Pengirim: NIK {a}. Untuk adik saya: NIK {b}.")), Some(b.into()));
    assert_eq!(pick(&format!("Maaf NIK {a} salah ketik, yang benar {b}")), Some(b.into()));
    assert_eq!(pick(&format!("Update: the correct NIK is {b}, not {a}.")), Some(b.into()));
    // The writer's and another's, and nothing says which certificate is missing: the
    // agent chooses (a writer for a relative often names kin in words no list holds).
    assert_eq!(pick(&format!("NIK saya {a}, KTP suami {b}")), None);
    assert_eq!(pick(&format!("Biar tidak tertukar: {a} itu NIK saya, sedangkan {b} NIK uwak.")), None);
    assert_eq!(pick(&format!("NIK saya {a}, KTP suami {b}. Sertifikat saya belum keluar.")), Some(a.into()));
    assert_eq!(pick(&format!("{a} {b}")), None, "nothing to go on");
}

#[test]
fn a_denial_away_from_a_nik_does_not_make_it_wrong() {
    let (a, b) = ("3275011205900001", "3174014505850002");
    for text in [
        format!("Sertifikat saya tidak muncul di aplikasi (NIK {a}). Anak saya, NIK {b}, sudah dapat."),
        format!("My wife (NIK {b}) got it the same week. I (NIK {a}) did not."),
        format!("it is not showing in the app, NIK {a}; my husband's {b} has arrived"),
    ] {
        let c = read(&text, "");
        assert!(!c.niks.iter().any(|(_, r)| *r == NikRole::Wrong), "{text}: {:?}", c.niks);
        assert_eq!(pick(&text), Some(a.into()), "{text}: {:?}", c.niks);
    }
    // Right before the number it still denies it.
    assert_eq!(pick(&format!("NIK saya {b}, bukan {a}")), Some(b.into()));
    assert_eq!(pick(&format!("Please use {b} and not NIK {a}")), Some(b.into()));
}

#[test]
fn a_doubled_word_is_another_word() {
    let (a, b) = ("3275011205900001", "3174014505850002");
    // "benar-benar" is "really", not "correct": the NIK after it is not called right.
    let c = read(&format!("Yang benar-benar belum keluar punya saya, {a}. Ibu saya {b} sudah beres."), "");
    assert!(!c.niks.iter().any(|(_, r)| *r == NikRole::Correct), "{:?}", c.niks);
    assert_eq!(c.subject_nik().map(|n| n.expose()), Some(a));
}

#[test]
fn whose_a_nik_is_read_across_a_comma_and_in_the_next_clause() {
    let (a, b) = ("3275011205900001", "3174014505850002");
    for text in [
        format!("Mohon dicek NIK saya, {a}. NIK {b} itu punya bapak saya, sudah aman tidak ada kendala."),
        format!("Tolong periksa {a} ya. {b} punya bojo saya, sdh beres."),
        format!("Please check {a}, which is mine. My son's, NIK {b}, arrived last month."),
    ] {
        let c = read(&text, "");
        assert_eq!(c.on_behalf, None, "{text}");
        assert_eq!(c.subject_nik().map(|n| n.expose()), Some(a), "{text}: {:?}", c.niks);
    }
}

#[test]
fn a_relative_named_by_a_pronoun_or_a_regional_word_is_whom_it_is_for() {
    let (a, b) = ("3275011205900001", "3174014505850002");
    for text in [
        format!("I ({a}) am writing about my partner's certificate; their NIK is {b}. It never came."),
        format!("Bojo saya NIK {b} belum dapat sertifikat. Saya yang kirim email, NIK {a}."),
    ] {
        let c = read(&text, "");
        assert!(c.on_behalf.is_some(), "{text}");
        assert_eq!(c.subject_nik().map(|n| n.expose()), Some(b), "{text}: {:?}", c.niks);
    }
    // Words of eastern Indonesia, Java and Chinese-Indonesian families; "amak" (a
    // mother) is no typo of "aman" (fine).
    for text in [
        "Berikut keluhan dari mace saya, saya yang bantu ketik.",
        "Writing for simbah kakung saya, who lives out of town.",
        "Mhn maaf, sy mau melaporkan masalah sertif vaksinasi amak saya.",
        "Please respond to anak gadis saya's email below.",
        "Izin bertanya soal sertifikat vaksin milik daeng saya.",
        "Re: Covid-19 vax certificate for koko saya",
        "This email is on behalf of teteh cikal saya.",
        "I'm the relative looking after this for my aged father.",
        "Writing for my firstborn daughter, who lives out of town.",
    ] {
        assert!(read(text, "").on_behalf.is_some(), "{text}");
    }
    // A relative's NIK said fine in a word of its own is not whom it is for.
    let c = read(
        "NIK 1271-0101-0495-8642 is my firstborn son's, fine. NIK 3506025111540165 is mine, no certificate.",
        "",
    );
    assert_eq!(c.on_behalf, None);
    assert_ne!(c.subject_nik().map(|n| n.expose()), Some("1271010104958642"), "{:?}", c.niks);
    // Found by review: "kita" is "our", names follow "a.n.", a resident's own permit, a
    // relative doing fine is still whom it is for.
    assert!(read("Mama saya sudah vaksin dua kali, sertifikat yang kita tunggu belum muncul juga.", "")
        .on_behalf
        .is_some());
    for text in [
        "Sertifikat vaksin a.n. Aji Saputra dosis 2 belum keluar.",
        "Mohon bantuan untuk warga yang sertifikatnya belum terbit seperti saya.",
        "My resident permit (KITAS) number is 123. The certificate has not arrived.",
    ] {
        assert_eq!(read(text, "").on_behalf, None, "{text}");
    }
    assert!(read(
        "My mother has been doing fine after her second jab, but her certificate has not arrived.",
        ""
    )
    .on_behalf
    .is_some());
    assert!(read("Saya menulis untuk salah satu warga lansia kami.", "").on_behalf.is_some());
    // The officers addressed are no relative.
    for text in [
        "Salam sejahtera untuk Bapak/Ibu sekalian, mohon ganti nomor HP saya.",
        "Terima kasih untuk bapak ibu petugas.",
    ] {
        assert_eq!(read(text, "").on_behalf, None, "{text}");
    }
    // The writer's helper is not whom it is for.
    let c = read("Anak saya sudah mencarikan kartu vaksinasi saya di aplikasi tapi tidak ketemu.", "");
    assert_eq!(c.on_behalf, None);
}

#[test]
fn words_read_beside_one_nik_do_not_move_the_choice_to_another() {
    let (a, b) = ("3275011205900001", "3174014505850002");
    // A check already done is no request to check.
    let text =
        format!("Sertifikat saya belum muncul, NIK saya {a}. NIK tetangga saya {b} sudah saya cek, aman.");
    assert_eq!(pick(&text), Some(a.into()), "{text}");
    // "Sudah benar" before a comma speaks of data, not of the NIK after it.
    let text = format!("Data ibu saya sudah benar, {b} sertifikatnya sudah keluar. Punya saya {a} belum.");
    let c = read(&text, "");
    assert!(!c.niks.iter().any(|(_, r)| *r == NikRole::Correct), "{text}: {:?}", c.niks);
    assert_eq!(pick(&text), Some(a.into()), "{text}");
    // The writer's own news in the next clause is not the relative's.
    let text = format!("NIK ibu saya {b} belum keluar sertifikatnya, punya saya sudah keluar. NIK saya {a}.");
    assert!(read(&text, "").on_behalf.is_some(), "{text}");
    assert_eq!(pick(&text), Some(b.into()), "{text}");
    // Negatives of the words for "came" stay missing, with either apostrophe.
    for text in [
        format!("Certificates for {a} haven't arrived. I also registered {b} for my colleague."),
        format!("Certificates for {a} hasn\u{2019}t arrived. I also registered {b} for my colleague."),
    ] {
        let c = read(&text, "");
        assert!(
            !c.niks.iter().any(|(n, r)| n.expose() == a && *r == NikRole::Settled),
            "{text}: {:?}",
            c.niks
        );
    }
    // Getting the SMS is not getting the certificate.
    let text = format!("Ibu saya (NIK {b}) dapat SMS tapi sertifikatnya belum ada. Saya anaknya, NIK {a}.");
    assert_eq!(read(&text, "").on_behalf.as_deref(), Some("ibu"), "{text}");
    // Got at once, in a contrast with the writer's own.
    let text = format!("Anehnya bapak saya (NIK {b}) langsung dapat, saya (NIK {a}) tidak.");
    assert_eq!(pick(&text), Some(a.into()), "{text}");
    let text = format!("Bapak saya (NIK {b}) tidak langsung dapat, sampai sekarang belum. NIK saya {a}.");
    assert_eq!(pick(&text), Some(b.into()), "{text}");
    // "Niknya" is "the NIK", often the writer's own: not someone else's.
    let text = format!(
        "Sertifikat saya tidak muncul. Niknya {a}. Kemarin saya coba NIK {b} (punya teman) dan muncul."
    );
    let c = read(&text, "");
    assert!(!c.niks.iter().any(|(n, r)| n.expose() == a && *r == NikRole::Relative), "{text}: {:?}", c.niks);
}

/// The fields said to be wrong (values only stated are checked against the record later).
fn fields(text: &str) -> Vec<&'static str> {
    read(text, "").fields.iter().filter(|f| !f.stated).map(|f| f.field.as_str()).collect()
}

#[test]
fn wrong_data_named_in_the_citizens_words() {
    for (text, want) in [
        (r#"Nama saya tertulis "Siti Aminah", seharusnya "Siti Aminah Lubis"."#, "full_name"),
        ("nama di sertifikat salah ketik, harusnya Budi Santoso", "full_name"),
        ("My name is misspelled on the certificate: it should be Agus Salim", "full_name"),
        ("namanya kebalik min, Rizki Muhamad harusnya Muhamad Rizki", "full_name"),
        ("Tanggal vaksin salah, seharusnya 12 Juli 2021", "vaccinated_on"),
        ("tgl vaksinnya beda, aslinya 09-08-2021", "vaccinated_on"),
        ("The vaccination date is wrong, I was vaccinated on 2021-08-09", "vaccinated_on"),
        ("Saya divaksin 12/07/2021 tapi di aplikasi tertulis 19/07/2021", "vaccinated_on"),
        ("Jenis vaksin tertulis Sinovac padahal AstraZeneca", "vaccine"),
        ("SatuSehat has me down as Comirnaty, but the shot was Sinovac.", "vaccine"),
        ("vaksinnya salah, sy dapet moderna bukan pfizer", "vaccine"),
        ("NIK di sertifikat beda satu angka dengan KTP saya", "nik"),
        ("Tanggal lahir saya di sertifikat salah, seharusnya 12-05-1990", "birth_date"),
        ("my date of birth is wrong on the certificate", "birth_date"),
        ("Jenis kelamin saya tertulis laki-laki, padahal saya perempuan", "sex"),
        ("Nama saya di sertifikat tertulis Asen Setiadi. Mestinya Asep Setiadi.", "full_name"),
        ("I need my name changed from Suminn to Sumini.", "full_name"),
        ("Mhn ganti keterangan vaksin dari Astra Zeneca ke Sinopharm.", "vaccine"),
        ("Waktu vaksin suntikan pertama beda dengan kartu vaksin saya.", "vaccinated_on"),
        ("Petugas keliru input NIK, jadi 3275011205900009. Yang benar 3275011205900001.", "nik"),
        ("Nama saya di sertifikat vaksin elektronik tertulis PEINEM, yang benar Painem.", "full_name"),
        ("On the cert my name reads Nabila Lestari; it ought to say Sumarni Nabila Lestari.", "full_name"),
        ("Suntikan nomor 1: tercatat 16 Agustus '21, seharusnya 16 Juli '21.", "vaccinated_on"),
        ("Dosis awal: tercatat 03/Apr/2021, seharusnya 27/Mar/2021.", "vaccinated_on"),
        (
            "Tanggal suntikan nomor 2 kulo 08/Nov/2021, sanes 08/Des/2021 kados ingkang kaserat.",
            "vaccinated_on",
        ),
        ("The cert lists 16 September '21 for shot #1; the real date was 16 Agustus '21.", "vaccinated_on"),
        ("Vaksin suntikan nomor 1 kulo CoronaVac, sanes Sputnik V.", "vaccine"),
        ("Jenis vaksin suntikan no 2 ku itu Bio Farma min, di data salah jd AstraZeneca?", "vaccine"),
        ("Nama saya di sertifikat salah satu huruf.", "full_name"),
        ("DATE OF dose one IS WRONG: 2021-Sep-23. CORRECT: 2021-Aug-23", "vaccinated_on"),
        ("Vaccine (1st jab): Gamaleya (Sputnik V) (wrong)\nCorrect vaccine: Sinovac", "vaccine"),
    ] {
        assert!(fields(text).contains(&want), "{text}: {:?}", fields(text));
    }
}

#[test]
fn no_wrong_data_where_none_is_claimed() {
    for text in [
        "Nama saya Budi, nomor HP saya salah",
        "Apologies, I gave the wrong NIK earlier (3275011205900009). It should be 3275011205900001.",
        "Maaf NIK yang saya tulis tadi salah",
        "Sertifikat dosis 1 Sinovac, dosis 2 AstraZeneca, keduanya belum ada",
        "Saya sudah vaksin tanggal 12 Juli 2021 dan 9 Agustus 2021, sertifikat belum ada",
        "Nama saya Siti Aminah. Sertifikat belum diterima.",
        "Nama saya tertulis benar di KTP, NIK 3275011205900001.",
        "Suntik 1 tanggal 16 Juli '21, suntik 2 tanggal 20 Agustus '21, sertifikat belum ada.",
        // Found by review: plain complaints with contrast-like words.
        "Dosis 1 tanggal 10 Juli 2021 dan dosis 2 tanggal 7 Agustus 2021, kok sertifikatnya belum keluar?",
        "Data saya sudah terdaftar dengan NIK yang benar, tapi sertifikat belum keluar.",
        "The app shows my name and date of birth but it is missing my second dose.",
        "My name is Budi Santoso. I got two doses but I am still waiting for the certificate.",
        "Saya vaksin dosis 2 tanggal 10 Agustus 2021 padahal sertifikat belum muncul. Mohon diperbaiki, dosis 1 tanggal 12 Juli 2021 sudah keluar.",
    ] {
        assert!(fields(text).is_empty(), "{text}: {:?}", fields(text));
    }
}

#[test]
fn the_values_of_a_claim_are_kept() {
    let c = read("Tanggal vaksin salah. Seharusnya 12 Juli 2021, bukan 19-07-2021", "");
    let f = &c.fields[0];
    assert_eq!(f.field, FieldName::VaccinatedOn);
    assert_eq!(f.dates.len(), 2, "{f:?}");
    let c = read(r#"Nama saya tertulis "Siti Aminah", seharusnya "Siti Aminah Lubis"."#, "");
    assert!(c.fields[0].names.contains(&"Siti Aminah Lubis".to_string()), "{:?}", c.fields);
    let c = read("Jenis vaksin tertulis Sinovac padahal AstraZeneca", "");
    assert_eq!(c.fields[0].vaccines, ["coronavac", "astrazeneca"]);
}

#[test]
fn quoted_history_and_signatures_claim_nothing() {
    let text = format!(
        "Terima kasih, sertifikat sudah saya terima.\n\nOn Mon, 12 Jul 2021 Budi wrote:\n> Nomor lama {REC} sudah tidak aktif\n> nama di sertifikat salah\n"
    );
    let c = read(&text, "Re: sertifikat");
    assert!(c.fields.is_empty() && !c.phone_changed && c.phones.is_empty(), "{c:?}");
}

#[test]
fn a_relative_said_to_be_fine_is_not_whom_it_is_for() {
    let (me, other) = ("3275011205900001", "3174014505850002");
    for text in [
        format!("Punya suami saya dg NIK {other} udh beres, tapi sertifikat vaksinasi sy (NIK {me}) belum juga terbit."),
        format!("My certificate has not appeared. My NIK is {me}; my father ({other}) has no problem."),
        format!("NIK saya {me}. Suami saya (NIK {other}) sdh dapat sertifikat, tinggal punya sy yang blm."),
        format!("NIK {other} (my husband) is sorted. The problem is my NIK {me}."),
        format!("Tolong cek NIK {me}; kakak saya NIK {other} tidak ada kendala."),
        format!("Please look up my record, NIK {me}; my grandmother (NIK {other}) has no issue."),
        format!("Cuma punya sya yang tak kunjung datang. NIK aku {me}, sedangkan putri saya {other} sudah."),
        format!("My brother's card was issued (NIK {other}); mine, NIK {me}, is still missing."),
        // What the words beside each NIK say of it, whoever is named.
        format!("NIK saya {me} (belum ada). Adik saya: {other} (sudah diterima)."),
        format!("Cuma sertifikat putra saya ({other}) yang terbit. NIK saya {me} belum."),
        format!("Kindly ignore my aunt's NIK {other}, hers is done - mine, {me}, is the problem."),
        format!("NIK adik perempuan sy {other} udh keluar; yg gagal punya sy, {me}."),
        format!("My NIK: {me} (not received). My stepdad: {other} (received)."),
        format!("Tolong cek NIK {me} (sy), bukan {other} punya bini saya yg sudah beres."),
    ] {
        let c = read(&text, "");
        assert_eq!(c.on_behalf, None, "{text}");
        assert_eq!(c.subject_nik().map(|n| n.expose()), Some(me), "{text}: {:?}", c.niks);
    }
}

#[test]
fn a_relative_named_before_a_comma_still_owns_the_nik() {
    let (me, wife) = ("1471221502940168", "1271096006933950");
    let c = read(
        &format!("Reporter: Samuel Pardede, NIK {me}. The person concerned is my wife, NIK {wife}."),
        "",
    );
    assert_eq!(c.subject_nik().map(|n| n.expose()), Some(wife), "{:?}", c.niks);
}

#[test]
fn the_nik_the_writer_corrects_or_calls_theirs() {
    let (a, b) = ("3172025512479198", "3172025512479138");
    assert_eq!(pick(&format!("Yesterday I mistyped my NIK as {a}; it is {b}.")), Some(b.into()));
    assert_eq!(pick(&format!("{a} is not mine, I slipped. Please use {b}.")), Some(b.into()));
    assert_eq!(pick(&format!("NIK {a} itu bukan punya saya, salah ketik. Ini {b}.")), Some(b.into()));
    assert_eq!(
        pick(&format!("Please only check my NIK {b}; my father's ({a}) came thorugh.")),
        Some(b.into())
    );
    assert_eq!(pick(&format!("My father's certificate ({a}) is there, mine ({b}) is not.")), Some(b.into()));
    assert_eq!(
        pick(&format!(
            "My husband's ({a}) is fne, but my vaccine certificate (NIK {b}) has not been issued."
        )),
        Some(b.into())
    );
}

#[test]
fn a_writer_giving_their_own_nik_for_a_relative_still_writes_for_them() {
    let (me, mother) = ("3275011205900001", "3174014505850002");
    for text in [
        format!("NIK saya {me}. Sertifikat ibu saya belum ada, NIK ibu saya {mother}."),
        format!("I am writing for my mother, NIK {mother}; my NIK is {me}. Her certificate is missing."),
        format!("Sent by Ana Lestari (NIK {me}); this concerns my hubby, NIK {mother}."),
        format!(
            "Saya sudah dapat sertifikat, tapi punya ibu saya (NIK {mother}) belum keluar. NIK saya {me}."
        ),
    ] {
        let c = read(&text, "");
        assert!(c.on_behalf.is_some(), "{text}");
        assert_eq!(c.subject_nik().map(|n| n.expose()), Some(mother), "{text}: {:?}", c.niks);
    }
}

#[test]
fn a_lost_or_changed_number_in_words_the_list_lacks() {
    for text in [
        "Nomor HP saya yang lama sudah tidak aktif lagi, NIK 3275011205900001.",
        "no hp sy udh gak dipakai, sertifikat blm masuk. nik 3275011205900001",
        "Kartu SIM saya diblokir bulan lalu. NIK 3275011205900001",
        "My phone got stolen in July, so the SMS never reached me. NIK 3275011205900001",
        "I switched SIM cards after the vaccination. NIK 3275011205900001",
    ] {
        assert!(read(text, "").phone_changed, "{text}");
    }
    for text in [
        "Nomor HP saya aktif dan terdaftar, tapi SMS tidak masuk. NIK 3275011205900001",
        "My phone number is the one on record. NIK 3275011205900001",
        "HP saya baru, nomornya tetap sama. NIK 3275011205900001",
    ] {
        assert!(!read(text, "").phone_changed, "{text}");
    }
}

#[test]
fn regional_and_informal_words_for_kin_and_for_a_certificate_that_came() {
    let (me, kin) = ("3275011205900001", "3174014505850002");
    for (text, who) in [
        ("Sertifikat engkong saya belum ada", Some("engkong")),
        ("tolong cek punya opung sy, blm muncul", Some("opung")),
        ("sertifikat simbok kula dereng wonten", None),
        ("Mohon bantuan untuk pasangan hidup saya yang sertifikatnya belum terbit", Some("pasangan")),
        ("my better half still has no certificate", Some("better half")),
    ] {
        assert_eq!(read(text, "").on_behalf.as_deref(), who, "{text}");
    }
    // The writer's own NIK labelled as the reporter's, the relative's as the one to check.
    for text in [
        format!("Reporter: Budi / {me}. Person concerned: my granny / {kin}. Still nothing."),
        format!("NIK saya {me} sebagai pelapor. NIK yang perlu dicek: {kin}, sertifikat belum ada."),
    ] {
        assert_eq!(pick(&text), Some(kin.into()), "{text}");
    }
    // A relative's certificate said to have come: the writer's own is the one missing.
    for text in [
        format!("NIK saya {me} belum ada sertifikatnya. Punya nyokap gue {kin} udh terbit."),
        format!("My NIK is {me}. My elder brother's ({kin}) has come out; only mine is missing."),
    ] {
        assert_eq!(pick(&text), Some(me.into()), "{text}");
    }
}
