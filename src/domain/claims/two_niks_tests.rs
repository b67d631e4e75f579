//! The writer's own NIK beside another's: whose the mail is about is said in words, or
//! the agent decides. Several phrasings per class, Indonesian, English and chat.

use super::*;

const MINE: &str = "3275011205900001";
const THEIRS: &str = "3174014505850002";

#[test]
fn the_writers_nik_beside_anothers_is_unsure_unless_the_mail_says_whose() {
    // Kin in words no list holds ("uwak", "si mbarep", "my old man"): linking the writer
    // because their NIK is labelled would be a guess, and usually the wrong one.
    for text in [
        format!("Biar tidak tertukar: {MINE} itu NIK saya, sedangkan {THEIRS} NIK uwak. Sertipikat uwak belum ada."),
        format!("NIK sy {MINE}, NIK si mbarep {THEIRS}. Bukti vaksinasinya kok blm ada."),
        format!("Sender (own NIK {MINE}). Please help my old man: NIK {THEIRS}. His cert doesn't show."),
        format!("Saya kirim ulang email ini karena belum ada tanggapan. NIK saya {MINE}, NIK engkoh {THEIRS}."),
    ] {
        let c = read(&text, "");
        assert!(c.another_unexplained(), "{text}: {c:?}");
        assert_eq!(c.subject_nik(), None, "{text}");
    }
}

#[test]
fn the_writer_says_their_own_is_meant() {
    for text in [
        format!("NIK saya {MINE}, KTP suami {THEIRS}. Sertifikat saya belum keluar."),
        format!("My vaccine certificate is still empty on my side. NIK {MINE}, NIK {THEIRS}."),
        format!(
            "Data kami berdua: {MINE} dan {THEIRS}. Mohon yang dicek atas nama saya, pengirim email ini."
        ),
        format!("Everyone in my household got theirs except me. {MINE} / {THEIRS}"),
        format!("{MINE} dan {THEIRS}. NIK satunya itu keluarga saya, sudah beres semua."),
        format!(
            "Mohon dicek NIK saya, {MINE}. NIK {THEIRS} itu punya bapak saya, sudah aman tidak ada kendala."
        ),
        format!("Tidak ada satu pun data vaksin sya. NIK {MINE}, NIK {THEIRS}."),
    ] {
        let c = read(&text, "");
        assert!(c.own_meant, "{text}: {c:?}");
        assert!(!c.another_unexplained(), "{text}: {c:?}");
    }
    // A reply that has not come is not a certificate.
    assert!(!read("Saya kirim ulang email ini karena belum ada tanggapan.", "").own_meant);
    // What the writer says of a relative is not said of themselves.
    assert!(!read("Sertifikat ibu saya belum keluar.", "").own_meant);
    assert!(!read("Saya sudah cek, sertifikat beliau belum ada.", "").own_meant);
}

#[test]
fn what_stands_before_a_semicolon_or_but_is_said_of_someone_else() {
    for text in [
        format!("Sertifikat saya sendiri sudah ada; yang saya tanyakan punya ibu saya, NIK {THEIRS}."),
        format!("Punya saya sudah keluar, tapi punya ibu saya, NIK {THEIRS}."),
        format!("Mine arrived but my mother's, NIK {THEIRS}."),
    ] {
        let c = read(&text, "");
        let role = c.niks.iter().find(|(n, _)| n.expose() == THEIRS).map(|(_, r)| *r);
        assert_eq!(role, Some(NikRole::Relative), "{text}: {c:?}");
        assert_eq!(c.subject_nik().map(|n| n.expose().to_string()).as_deref(), Some(THEIRS), "{text}");
    }
}

#[test]
fn the_writer_checking_a_relatives_certificate_still_writes_for_them() {
    // First person, "missing", no pronoun: still the relative's complaint, so the
    // sender's address must not link the writer.
    for text in [
        "Saya menulis untuk ibu saya. Sudah saya cek di PeduliLindungi dan sertifikat vaksinnya belum ada.",
        "I'm writing for my dad. I checked the app and the certificate is still not there.",
    ] {
        assert!(read(text, "").on_behalf.is_some(), "{text}");
    }
    // "empty" says the writer's own is missing, but moves no diagnosis that reads "still".
    assert!(read(&format!("My certificate page is empty. NIK {MINE}, NIK {THEIRS}."), "").own_meant);
}

#[test]
fn words_pointing_at_the_writer_count_only_where_they_do_not_call_it_fine() {
    // "Only mine" that came through points away from the writer.
    for text in [
        format!("Only mine came through; my wife's is still missing. {MINE} / {THEIRS}"),
        format!("Cuma punya saya yang sudah keluar, punya istri belum. {MINE}, {THEIRS}"),
    ] {
        assert!(!read(&text, "").own_meant, "{text}");
    }
    // Words that except the writer, or name them, count whatever else the clause says.
    for text in [
        format!("Semua sudah dapat kecuali saya. NIK saya {MINE}, NIK istri {THEIRS}."),
        format!("The certificate in my name was issued but I can't download it. My NIK {MINE}, my old man's {THEIRS}."),
        format!("Trouble is with my own NIK, {MINE}. The other number, {THEIRS}, belongs to cucu saya, whose certificate works."),
        format!("Masalahnya di NIK saya sendiri ({MINE}), kalau {THEIRS} itu aman."),
        format!("NIK {MINE} dan {THEIRS}; punya saya yang bermasalah."),
    ] {
        assert!(read(&text, "").own_meant, "{text}");
    }
    // A problem placed on something else of the writer's says nothing of whose record.
    let text = format!(
        "The problem is with my phone signal. NIK {MINE}, NIK uwak {THEIRS}. Sertipikat uwak belum ada."
    );
    assert!(!read(&text, "").own_meant, "{text}");
}

#[test]
fn a_request_to_check_both_niks_is_not_a_request_for_the_writers_alone() {
    for text in [
        format!("Mohon dicek, NIK saya {MINE} dan NIK uwak {THEIRS}."),
        format!("Please check my NIK {MINE} and also {THEIRS}."),
    ] {
        assert!(!read(&text, "").own_meant, "{text}");
    }
    let text = format!("Tolong dicek NIK saya, {MINE}. Yang lain {THEIRS} cuma buat info.");
    assert!(read(&text, "").own_meant, "{text}");
}

#[test]
fn chat_spelling_of_but_sets_one_part_against_another() {
    for text in [
        format!("Punya saya udh keluar tp punya ibu saya, NIK {THEIRS}."),
        format!("Punya saya sudah keluar tpi punya ibu saya, NIK {THEIRS}."),
    ] {
        let c = read(&text, "");
        let role = c.niks.iter().find(|(n, _)| n.expose() == THEIRS).map(|(_, r)| *r);
        // Not `Settled`: what was said before "tp" is the writer's.
        assert_eq!(role, Some(NikRole::Relative), "{text}: {c:?}");
    }
}

#[test]
fn kin_named_beside_the_writers_own_missing_decides_nothing_by_roles() {
    // A relative vaccinated alongside, the writer's own said missing: neither role picks.
    let text = format!("The problem is with me ({MINE}), not my gran ({THEIRS}).");
    let c = read(&text, "");
    assert!(c.own_meant && c.on_behalf.is_some(), "{text}: {c:?}");
    assert_eq!(c.subject_nik(), None, "{text}: {c:?}");
    // Said outright that only the writer's is missing: the writer's.
    let text = format!(
        "Saya ({MINE}) dan bapak kandung saya ({THEIRS}) vaksin di tempat sama, tapi cuma sertifikat saya yang belum keluar."
    );
    let c = read(&text, "");
    assert_eq!(c.subject_nik().map(|n| n.expose().to_string()).as_deref(), Some(MINE), "{text}: {c:?}");
    // No problem with the writer's own places none on it.
    let text = format!("No problem with my certificate. NIK {MINE}, NIK suami {THEIRS}.");
    assert!(!read(&text, "").own_meant, "{text}");
}

#[test]
fn regional_words_for_received_and_not_yet_are_read() {
    let text =
        format!("Kulo NIK {MINE}, sertifikat kulo masih kosong; bude saya NIK {THEIRS} sampun angsal.");
    let c = read(&text, "");
    let role = c.niks.iter().find(|(n, _)| n.expose() == THEIRS).map(|(_, r)| *r);
    assert_eq!(role, Some(NikRole::Settled), "{text}: {c:?}");
    assert!(c.on_behalf.is_none() && c.own_meant, "{text}: {c:?}");
    assert!(read(&format!("Sertifikat saya tidak pernah sampai. NIK {MINE}, NIK {THEIRS}."), "").own_meant);
    assert!(read(&format!("Kartu vaksin sy durung metu. NIK {MINE}, NIK {THEIRS}."), "").own_meant);
    // "mak" is kin: her NIK called the troubled one is not the writer's.
    let text = format!("NIK saya {MINE} (sebagai pelapor). NIK mak saya yang bermasalah: {THEIRS}.");
    let c = read(&text, "");
    assert!(!c.own_meant && c.on_behalf.is_some(), "{text}: {c:?}");
}

#[test]
fn the_sender_named_points_at_the_writer_and_a_relatives_trouble_does_not() {
    let text =
        format!("Two people: Ruth ({THEIRS}) and Dameria ({MINE}). Please check the one matching this email's sender.");
    assert!(read(&text, "").own_meant, "{text}");
    // A relative's missing certificate and the writer's missing SMS: not the writer's.
    let text = format!(
        "Sertifikat ibu saya belum keluar dan saya belum terima SMS apa pun. NIK ibu {THEIRS}, NIK saya {MINE}."
    );
    assert!(!read(&text, "").own_meant, "{text}");
}
