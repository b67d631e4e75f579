use super::*;
use crate::domain::extract::extract;

fn niks(text: &str) -> Vec<String> {
    extract(text).niks.iter().map(|n| n.expose().to_string()).collect()
}

const MINE: &str = "3275011205900001";
const THEIRS: &str = "3174014505850002";

#[test]
fn an_answer_below_an_outlook_original_is_the_writers() {
    let text = "-----Pesan Asli-----\nDari: Layanan Sertifikat <sertifikat@certdesk.local>\nTerkirim: 10 Jun 2022\n\n\
                Kami memerlukan NIK Bapak/Ibu.\n\nLayanan Sertifikat\n\nShalom,\n\nKTP saya 3604-2652-0562-3719\n";
    assert_eq!(extract(text).niks.len(), 1, "{}", own_words(text));
    // Written above it, the original below is still not the writer's.
    let above = format!("NIK saya {MINE}\n\n-----Original Message-----\nFrom: x\n\nNIK {THEIRS}\n");
    assert_eq!(niks(&above), [MINE]);
}

#[test]
fn outlook_desktop_rules_and_indonesian_headers_mark_the_original() {
    for rule in
        ["________________________________", "-------- Pesan asli --------", "----- Balasan Layanan -----"]
    {
        let above = format!(
            "NIK saya {MINE}, mohon dibantu.\n\n{rule}\nDari: Budi <budi@example.id>\nTerkirim: Senin, 12 Juli 2021 10.00\n\
             Kepada: sertifikat@certdesk.local\nSubjek: sertifikat\n\nNIK ibu {THEIRS}\n"
        );
        assert_eq!(niks(&above), [MINE], "{rule}: {}", own_words(&above));
        let below = format!(
            "{rule}\nDari: Layanan Sertifikat\nTerkirim: Senin, 12 Juli 2021 10.00\nSubjek: NIK\n\n\
             Mohon kirimkan NIK Anda.\n\nNIK saya {MINE}\n"
        );
        assert_eq!(niks(&below), [MINE], "{rule}: {}", own_words(&below));
        assert!(!own_words(&below).contains("Terkirim"), "{rule}: headers are not words");
    }
}

#[test]
fn a_wrapped_attribution_is_one_header() {
    let gmail = format!(
        "On Mon, Jul 12, 2021 at 10:00 AM Layanan Sertifikat <\nsertifikat@certdesk.local> wrote:\n\
         > Please send the NIK ({THEIRS} is not on record).\n\nMy NIK is {MINE}\n"
    );
    assert_eq!(niks(&gmail), [MINE], "{}", own_words(&gmail));
    assert!(!own_words(&gmail).contains("wrote"), "{}", own_words(&gmail));
    let yahoo = format!(
        "Pada Senin, 12 Juli 2021 10.00.00 WIB, Layanan Sertifikat\n<sertifikat@certdesk.local> menulis:\n\n\
         > Mohon kirimkan NIK.\n\nNIK saya {MINE}\n"
    );
    assert_eq!(niks(&yahoo), [MINE], "{}", own_words(&yahoo));
    // A sentence that starts like a date is not an attribution.
    let text = format!("Pada tanggal 12 Juli saya vaksin kedua,\nNIK {MINE}, tapi belum ada SMS.\n");
    assert_eq!(own_words(&text), text);
}

#[test]
fn an_attribution_over_an_unquoted_original_ends_the_writers_text() {
    let above = format!("NIK saya {MINE}\n\nOn 12 Jul 2021, Budi <budi@example.id> wrote:\nNIK {THEIRS}\n");
    assert_eq!(niks(&above), [MINE]);
    // The desk's own words below it are never read as the citizen's.
    let below = format!("Pada 12 Jul 2021, Layanan menulis:\nNIK {THEIRS} tidak terdaftar.\n");
    assert!(niks(&below).is_empty(), "{}", own_words(&below));
}

#[test]
fn the_writers_own_words_that_look_like_headers_are_kept() {
    // "I wrote:" without an address is the citizen quoting themselves.
    let text =
        format!("Dear team,\n\nIn my first email I wrote:\nMy NIK is {MINE}, my second dose never came.\n");
    assert_eq!(niks(&text), [MINE], "{}", own_words(&text));
    // A line that starts like a date, right above a real attribution, stays the writer's.
    let text = format!(
        "Pada 12 Juli saya vaksin dosis 2, NIK {MINE}\nPada tanggal Sen, 12 Jul 2021 pukul 10.00 Layanan <s@c.id> menulis:\n> Mohon kirim NIK\n"
    );
    assert_eq!(niks(&text), [MINE], "{}", own_words(&text));
    // "Original Message Follows" marks an original, not a forwarded body.
    let text = format!("NIK saya {MINE}\n\n----- Original Message Follows -----\nFrom: Layanan\nSubject: NIK\n\nNIK {THEIRS} tidak terdaftar\n");
    assert_eq!(niks(&text), [MINE], "{}", own_words(&text));
}

#[test]
fn rules_and_quotes_are_not_words_but_the_text_between_them_is() {
    let text = "Halo\n=====\n> dikutip\nNIK saya 3275011205900001\n";
    assert_eq!(own_words(text), "Halo\nNIK saya 3275011205900001\n");
}

#[test]
fn a_from_line_without_an_address_or_headers_is_the_writers() {
    // "Dari: name (NIK) // for whom" introduces the writer; no mail header follows.
    let text =
        format!("Siang min\nDari: Putu Arsana ({MINE}) // ybs: putra saya, nik {THEIRS}\nMohon dibantu.\n");
    assert_eq!(niks(&text), [MINE, THEIRS], "{}", own_words(&text));
    // Also in the body of a forwarded mail, below its header block.
    let fwd = format!(
        "Mohon ditanggapi.\n\nBegin forwarded message:\nFrom: Budi <budi@example.id>\nSubject: tolong\n\n{}",
        &text
    );
    let own = own_words_of(&fwd, "Fwd: tolong");
    assert!(own.contains(MINE) && own.contains(THEIRS) && !own.contains("budi@"), "{own}");
    // A real header block still ends the writer's words, with or without an address.
    for from in [
        "Dari: Layanan Sertifikat <sertifikat@certdesk.local>",
        "Dari: Layanan Sertifikat\nTanggal: 10-10-2021",
    ] {
        let text = format!("NIK saya {MINE}\n\n{from}\n\nNIK {THEIRS}\n");
        assert_eq!(niks(&text), [MINE], "{from}: {}", own_words(&text));
    }
}

#[test]
fn an_attribution_in_a_dashed_rule_ends_the_writers_text() {
    for rule in [
        "---- Pada 24.06.2022, Wiwik Lestari <wiwik@example.id> menulis ----",
        "---- Balasan dari Layanan Sertifikat, 29-4-21 ----",
        "---- Reply from Layanan Sertifikat, 26th Oct 2021 ----",
        "--- On 3 May 2022, Budi <budi@example.id> wrote: ---",
        "----- Dari: Layanan Sertifikat, 12/07/2021 -----",
    ] {
        let text = format!("Sertifikat saya belum ada, NIK {MINE}.\n\nSalam,\nBudi\n\n{rule}\n\nNIK {THEIRS} sudah kami teruskan.\n");
        assert_eq!(niks(&text), [MINE], "{rule}: {}", own_words(&text));
    }
    // The writer's own dashed headings are words, not history.
    for heading in ["---- Data saya ----", "---- Dari saya ----", "-- jawaban saya di bawah ini --"] {
        let text = format!("Mohon dibantu.\n{heading}\nNIK {MINE}\nibu saya NIK {THEIRS}\n");
        assert_eq!(niks(&text), [MINE, THEIRS], "{heading}: {}", own_words(&text));
    }
}
