//! Intake as a careful agent would read it: a table of hand-written mails from Gmail,
//! Outlook, Apple Mail, Yahoo and phone clients, in Bahasa Indonesia and English, each
//! with what the ticket must hold afterwards (NIK, number, language) or what must
//! happen instead (quarantine, threading, a suggestion flag).

use certdesk::domain::TicketNumber;
use certdesk::domain::TicketRef;
use certdesk::service::ingest::Outcome;

use crate::helpers::TestApp;

struct Case {
    what: &'static str,
    raw: String,
    nik: Option<&'static str>,
    phone: Option<&'static str>,
    lang: &'static str,
}

fn mail(i: usize, from: &str, subject: &str, headers: &str, body: &str) -> String {
    format!(
        "From: {from}\r\nTo: sertifikat@certdesk.test\r\nSubject: {subject}\r\nMessage-ID: <intake-it-{i}@mail.example.id>\r\n\
         Date: Mon, 12 Jul 2021 10:00:00 +0700\r\nMIME-Version: 1.0\r\n{headers}\r\n{}",
        body.replace('\n', "\r\n")
    )
}

fn cases() -> Vec<Case> {
    let plain = "Content-Type: text/plain; charset=utf-8\r\n";
    vec![
        Case {
            what: "Gmail forward for a parent in Sorong (Papua Barat, 92), number in brackets",
            raw: mail(1, "Anak <anak@mail.example.id>", "Fwd: Sertifikat", plain,
                "Tolong dibantu untuk bapak saya.\n\n---------- Forwarded message ---------\nFrom: Bapak <bapak@mail.example.id>\nDate: Sun, 11 Jul 2021\nSubject: Sertifikat\nTo: sertifikat@certdesk.test\n\nNIK saya 9271011205900001, HP (+62) 812 3456 7001.\nSertifikat dosis 2 belum ada.\n"),
            nik: Some("9271011205900001"), phone: Some("+6281234567001"), lang: "id",
        },
        Case {
            what: "Apple Mail forward, short English, Papua Selatan NIK",
            raw: mail(2, "Son <son@mail.example.id>", "Fwd: certificate", plain,
                "Please help my mother.\n\nBegin forwarded message:\n\nFrom: Mother <mother@mail.example.id>\nSubject: certificate\n\nWhere is my certificate? NIK 9301 0145 0785 0002\nMobile +62 (857) 1234-7002\n"),
            nik: Some("9301014507850002"), phone: Some("+6285712347002"), lang: "en",
        },
        Case {
            what: "Outlook reply: the original below is not the writer's",
            raw: mail(3, "Budi <budi@mail.example.id>", "RE: Sertifikat vaksin", plain,
                "Sudah saya kirim kemarin, mohon dicek.\n\n-----Original Message-----\nFrom: Layanan\nSent: Monday\nSubject: Sertifikat\n\nContoh NIK 3174014505850002, HP 081200000000\n"),
            nik: None, phone: None, lang: "id",
        },
        Case {
            what: "Yahoo on Android, Latin-1, dashed international number",
            raw: mail(4, "Rina <rina@mail.example.id>", "Sertifikat dosis 2",
                "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                "Sertifikat belum muncul, NIK 3578-0112-0590-0004, nomor +62-857-1234-7004.\nTerima kasih\n\nDikirim dari Yahoo Mail di Android\n"),
            nik: Some("3578011205900004"), phone: Some("+6285712347004"), lang: "id",
        },
        Case {
            what: "iPhone, the number only in a signature the text points to",
            raw: mail(5, "Dewi <dewi@mail.example.id>", "Certificate not received", plain,
                "Hi, I got my second dose but no certificate. NIK 3275015505900005.\nPlease contact me on the number below.\n-- \nDewi\n+62 812 3456 7005\n\nSent from my iPhone\n"),
            nik: Some("3275015505900005"), phone: Some("+6281234567005"), lang: "en",
        },
        Case {
            what: "a bank account and a family card next to the real numbers",
            raw: mail(6, "Agus <agus@mail.example.id>", "Tolong sertifikat", plain,
                "KK 3275010101010001, NIK 3275011205900006. Rekening 0815295423 bukan HP.\nHP saya 0813 4567 7006\n"),
            nik: Some("3275011205900006"), phone: Some("+6281345677006"), lang: "id",
        },
    ]
}

async fn ticket(app: &TestApp, n: TicketNumber) -> certdesk::domain::Ticket {
    certdesk::store::tickets::find(app.cx.database().read(), TicketRef::Number(n))
        .await
        .unwrap()
        .expect("the ticket")
}

pub async fn every_kind_of_complaint_mail_is_read_like_an_agent_would(app: TestApp) {
    for c in cases() {
        let n = match app.ingest(&c.raw).await {
            Outcome::Created(n) => n,
            other => panic!("{}: {other:?}", c.what),
        };
        let t = ticket(&app, n).await;
        assert_eq!(t.nik.as_ref().map(|n| n.expose()), c.nik, "{}", c.what);
        assert_eq!(t.requester.phone.as_ref().map(|p| p.expose()), c.phone, "{}", c.what);
        assert_eq!(t.language.map(|l| l.as_str()), Some(c.lang), "{}", c.what);
    }
}

pub async fn replies_bring_details_threads_hold_and_robots_and_garbage_stay_out(app: TestApp) {
    let plain = "Content-Type: text/plain; charset=utf-8\r\n";
    let first = mail(
        20,
        "Wayan <wayan@mail.example.id>",
        "Sertifikat belum ada",
        plain,
        "Sertifikat dosis 1 saya belum keluar. HP 0812 3456 7020\n",
    );
    let Outcome::Created(n) = app.ingest(&first).await else { panic!("a ticket") };
    // Bottom-posted on a phone: the NIK is below the quote.
    let answer = mail(21, "Wayan <wayan@mail.example.id>", "Re: Sertifikat belum ada",
        "In-Reply-To: <intake-it-20@mail.example.id>\r\nContent-Type: text/plain; charset=utf-8\r\n",
        "Pada Sen, 12 Jul 2021 Layanan Sertifikat <sertifikat@certdesk.test> menulis:\n> Mohon kirim NIK Anda.\n\nNIK saya 5171011205900021\n");
    assert_eq!(app.ingest(&answer).await, Outcome::Appended(n));
    let t = ticket(&app, n).await;
    assert_eq!(t.nik.as_ref().map(|x| x.expose()), Some("5171011205900021"), "the answer links the ticket");
    // A different number later is only suggested.
    let other = mail(
        22,
        "Wayan <wayan@mail.example.id>",
        "Re: Sertifikat belum ada",
        "In-Reply-To: <intake-it-21@mail.example.id>\r\nContent-Type: text/plain; charset=utf-8\r\n",
        "Maaf, nomor saya yang benar 0857 1234 7022\n",
    );
    assert_eq!(app.ingest(&other).await, Outcome::Appended(n));
    let d = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert_eq!(
        ticket(&app, n).await.requester.phone.map(|p| p.expose().to_string()).as_deref(),
        Some("+6281234567020")
    );
    let flags = d["flags"].as_array().unwrap();
    let suggested =
        flags.iter().find(|f| f["kind"] == "phone_suggested").expect("a suggestion for the agent");
    let detail = suggested["detail"].as_str().unwrap();
    assert!(detail.contains("+62 857-****-022") && !detail.contains("7022"), "masked: {detail}");
    // An out-of-office known only by its subject joins as automatic, not as the citizen.
    let ooo = mail(
        23,
        "Wayan <wayan@mail.example.id>",
        "Balasan otomatis: Re: Sertifikat belum ada",
        "In-Reply-To: <intake-it-22@mail.example.id>\r\nContent-Type: text/plain; charset=utf-8\r\n",
        "Saya sedang cuti sampai 20 Juli.\n",
    );
    app.ingest(&ooo).await;
    let d = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    let last =
        d["messages"].as_array().unwrap().iter().rev().find(|m| m["kind"] == "inbound").unwrap().clone();
    assert_eq!(last["auto"], true, "{last}");
    // "Re:" to a mail that had no subject, without threading headers.
    let bare = mail(
        24,
        "Ketut <ketut@mail.example.id>",
        "",
        plain,
        "Sertifikat saya belum ada, NIK 5171011205900024\n",
    );
    let Outcome::Created(bare_n) = app.ingest(&bare).await else { panic!("a ticket") };
    let re = mail(25, "Ketut <ketut@mail.example.id>", "Re:", plain, "Masih belum ada kabar.\n");
    assert_eq!(app.ingest(&re).await, Outcome::Appended(bare_n));
    // Nothing readable: quarantined, never acknowledged.
    let garbage: String = (0..400).map(|i| if i % 2 == 0 { '\u{FFFD}' } else { '\u{7}' }).collect();
    let unreadable = [
        mail(26, "x <x@mail.example.id>", "Sertifikat", plain, &garbage),
        mail(27, "y <y@mail.example.id>", "Sertifikat", "Content-Type: multipart/mixed; boundary=\"right\"\r\n",
            "--wrong\nContent-Type: text/plain\n\nSaya belum dapat sertifikat, NIK 3275011205900027\n--wrong--\n"),
        mail(28, "z <z@mail.example.id>", "Sertifikat", plain,
            "U2VydGlmaWthdCBzYXlhIGJlbHVtIGFkYSwgTklLIDMyNzUwMTEyMDU5MDAwMDEgbW9ob24gZGliYW50dQ\nU2VydGlmaWthdCBzYXlh\n"),
        mail(29, "w <w@mail.example.id>", "", plain, "\n"),
    ];
    for raw in &unreadable {
        assert!(matches!(app.ingest(raw).await, Outcome::Quarantined(_)), "{raw}");
    }
    // A NIK whose regency Kemendagri never issued is kept, with a flag to check it.
    let odd = mail(
        31,
        "u <u@mail.example.id>",
        "Sertifikat",
        plain,
        "NIK saya 3299011205900031, sertifikat belum ada\n",
    );
    let Outcome::Created(odd_n) = app.ingest(&odd).await else { panic!("a ticket") };
    let d = app.get(&format!("/api/v1/tickets/{odd_n}"), &app.admin).await.expect(200).clone();
    assert!(d["flags"].as_array().unwrap().iter().any(|f| f["kind"] == "nik_regency_unknown"), "{d}");
    // A complaint in the subject alone is readable.
    let subject_only =
        mail(30, "v <v@mail.example.id>", "Sertifikat NIK 3275011205900030 belum ada", plain, "");
    assert!(matches!(app.ingest(&subject_only).await, Outcome::Created(_)));
}
