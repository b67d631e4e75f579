//! The email channel against real servers: ingestion, threading, robots, quarantine,
//! acknowledgements and replies through an SMTP sink, and polling Dovecot.

use serde_json::{json, Value};

use certdesk::service::ingest::Outcome;

use crate::helpers::TestApp;

/// A complaint mail with a fresh Message-ID; `extra` headers go first.
pub fn mail(from: &str, subject: &str, body: &str, extra: &str) -> (String, String) {
    let id = format!("{}@mail.example.id", uuid::Uuid::new_v4().simple());
    let raw = format!(
        "{extra}From: {from}\r\nTo: sertifikat@certdesk.test\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\nDate: Mon, 12 Jul 2021 10:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    );
    (raw, id)
}

fn number(o: &Outcome) -> String {
    match o {
        Outcome::Created(n) | Outcome::Appended(n) => n.to_string(),
        other => panic!("expected a ticket, got {other:?}"),
    }
}

async fn thread(app: &TestApp, number: &str) -> Value {
    app.get(&format!("/api/v1/tickets/{number}"), &app.admin).await.expect(200).clone()
}

fn header<'a>(mail: &'a str, name: &str) -> Option<&'a str> {
    let head = mail.split("\r\n\r\n").next().unwrap_or(mail);
    head.lines().find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

pub async fn a_new_mail_opens_a_ticket_and_is_acknowledged(app: TestApp) {
    let (raw, id) = mail(
        "Siti Aminah <siti@mail.example.id>",
        "Sertifikat vaksin belum diterima",
        "Selamat pagi, saya sudah vaksin dosis 2 tapi belum menerima SMS sertifikat. Mohon bantuannya.",
        "",
    );
    let n = number(&app.ingest(&raw).await);
    app.run_jobs().await;
    let sent = app.sink().wait_for(1).await;
    let ack = &sent[0];
    assert_eq!(header(ack, "X-RcptTo"), Some("siti@mail.example.id"));
    assert!(header(ack, "Subject").unwrap().contains(&format!("[{n}]")), "{ack}");
    assert_eq!(header(ack, "Auto-Submitted"), Some("auto-replied"));
    assert_eq!(header(ack, "In-Reply-To"), Some(format!("<{id}>").as_str()));
    assert!(header(ack, "References").unwrap().contains(&id));
    assert!(header(ack, "Message-ID").unwrap().ends_with("@certdesk.test>"));
    assert!(ack.contains("multipart/alternative") && ack.contains("text/html"), "text and HTML parts");
    assert!(ack.contains("/portal"), "links to the portal");
    assert!(ack.contains("NIK"), "asks for the NIK when the mail had none");

    let t = thread(&app, &n).await;
    assert_eq!(t["ticket"]["channel"], "email");
    assert_eq!(t["ticket"]["language"], "id");
    assert_eq!(t["ticket"]["requester"]["email"], "siti@mail.example.id");
    assert_eq!(t["ticket"]["requester"]["name"], "Siti Aminah");
    let msgs = t["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 2);
    assert_eq!(msgs[0]["message_id"], id.as_str());
    assert_eq!(msgs[1]["kind"], "outbound");
    assert_eq!(msgs[1]["auto"], true);
    assert_eq!(msgs[1]["delivery_status"], "sent");

    // English in, English out.
    let (raw, _) = mail(
        "john@mail.example.id",
        "Certificate",
        "Hello, I have not received my certificate. Please help, thank you.",
        "",
    );
    let n = number(&app.ingest(&raw).await);
    app.run_jobs().await;
    let sent = app.sink().wait_for(2).await;
    assert!(sent[1].contains("Thank you, we have received your message"), "{}", sent[1]);
    assert_eq!(thread(&app, &n).await["ticket"]["language"], "en");
}

pub async fn the_same_message_twice_is_one_message(app: TestApp) {
    let (raw, _) = mail("budi@mail.example.id", "Tolong", "NIK saya 3275011205900001", "");
    let first = app.ingest(&raw).await;
    assert!(matches!(first, Outcome::Created(_)));
    assert_eq!(app.ingest(&raw).await, Outcome::Duplicate);
    // Through another edge, with different transport headers, still the same message.
    let via_imap = format!("Received: from mx2 by mx1; Mon, 12 Jul 2021 10:00:01 +0700\r\n{raw}");
    let again = certdesk::service::ingest::ingest(
        &app.cx,
        via_imap.as_bytes(),
        certdesk::service::ingest::Source::Imap { mailbox: "sertifikat".into() },
    )
    .await
    .unwrap();
    assert_eq!(again, Outcome::Duplicate);
    // Without a Message-ID the content decides.
    let no_id = "From: budi@mail.example.id\r\nSubject: tanpa id\r\n\r\nisi\r\n";
    assert!(matches!(app.ingest(no_id).await, Outcome::Created(_)));
    assert_eq!(app.ingest(no_id).await, Outcome::Duplicate);
    let list = app.get("/api/v1/tickets", &app.admin).await;
    assert_eq!(list.expect(200)["items"].as_array().unwrap().len(), 2);
    let t = thread(&app, &number(&first)).await;
    assert_eq!(t["messages"].as_array().unwrap().iter().filter(|m| m["kind"] == "inbound").count(), 1);
}

pub async fn mime_shapes_charsets_and_attachments_are_read(app: TestApp) {
    let alternative = "From: a@mail.example.id\r\nSubject: =?ISO-8859-1?Q?Sertifikat_=E9?=\r\nMessage-ID: <alt-1@x>\r\nContent-Type: multipart/alternative; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nTeks caf=E9 biasa\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML version</p>\r\n--b1--\r\n";
    let n = number(&app.ingest(alternative).await);
    let t = thread(&app, &n).await;
    assert_eq!(t["ticket"]["subject"], "Sertifikat é");
    assert!(t["messages"][0]["body"].as_str().unwrap().contains("Teks café biasa"), "text part preferred");

    let html_only = "From: b@mail.example.id\r\nSubject: html\r\nMessage-ID: <html-1@x>\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nPHA+TklLIHNheWEgPGI+MzI3NTAxMTIwNTkwMDAwMTwvYj48L3A+PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\r\n";
    let n = number(&app.ingest(html_only).await);
    let t = thread(&app, &n).await;
    let body = t["messages"][0]["body"].as_str().unwrap();
    assert!(body.contains("NIK saya 3275011205900001"), "{body}");
    assert!(!body.contains("<script") && !body.contains("alert"), "{body}");
    assert_eq!(t["ticket"]["nik"], "3275011205900001", "extracted from the HTML text");

    let with_attachment = "From: c@mail.example.id\r\nSubject: KTP\r\nMessage-ID: <att-1@x>\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n--m\r\nContent-Type: text/plain\r\n\r\nterlampir\r\n--m\r\nContent-Type: image/png; name=\"../ktp.png\"\r\nContent-Disposition: attachment; filename=\"../ktp.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--m--\r\n";
    let n = number(&app.ingest(with_attachment).await);
    let t = thread(&app, &n).await;
    let att = &t["attachments"][0];
    assert_eq!(att["content_type"], "image/png");
    assert_eq!(att["size"], 8);
    assert_eq!(att["sha256"].as_str().unwrap().len(), 64);
    assert!(!att["filename"].as_str().unwrap().contains('/'), "{att}");
    assert_eq!(att["message_id"], t["messages"][0]["id"]);

    // Broken boundaries, NULs and a megabyte-long line: stored, never a crash.
    let broken = format!(
        "From: d@mail.example.id\r\nSubject: rusak\r\nMessage-ID: <broken-1@x>\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nada \0 NUL {}\r\n",
        "x".repeat(900_000)
    );
    let o = app.ingest(&broken).await;
    assert!(matches!(o, Outcome::Created(_) | Outcome::Quarantined(_)), "{o:?}");
    let garbage = "\u{1}\u{2}garbage without headers \u{0}\u{0}";
    let o = app.ingest(garbage).await;
    assert!(matches!(o, Outcome::Quarantined(_)), "{o:?}");
}

pub async fn threading_by_tag_headers_and_subject(app: TestApp) {
    let (raw, first_id) = mail("rina@mail.example.id", "Data vaksin salah", "Nama saya salah ketik.", "");
    let n = number(&app.ingest(&raw).await);

    // By the subject tag, from another address entirely.
    let (raw, _) =
        mail("kakak@mail.example.id", &format!("Re: [{n}] Data vaksin salah"), "Ini kakaknya.", "");
    assert_eq!(app.ingest(&raw).await, Outcome::Appended(n.parse().unwrap()));

    // By In-Reply-To, no tag.
    let (raw, _) = mail(
        "rina@mail.example.id",
        "Pertanyaan lain",
        "Tambahan.",
        &format!("In-Reply-To: <{first_id}>\r\n"),
    );
    assert_eq!(app.ingest(&raw).await, Outcome::Appended(n.parse().unwrap()));

    // By References only.
    let (raw, _) =
        mail("x@mail.example.id", "Fwd: sesuatu", "ok", &format!("References: <other@x> <{first_id}>\r\n"));
    assert_eq!(app.ingest(&raw).await, Outcome::Appended(n.parse().unwrap()));

    // A reply from another client that kept only "Re: subject", same sender.
    let (raw, _) = mail("rina@mail.example.id", "RE: Data vaksin salah", "Balasan.", "");
    assert_eq!(app.ingest(&raw).await, Outcome::Appended(n.parse().unwrap()));

    // Same subject from someone else is a new ticket; so is the same subject without "Re:".
    let (raw, _) = mail("lain@mail.example.id", "Re: Data vaksin salah", "Saya juga.", "");
    assert!(matches!(app.ingest(&raw).await, Outcome::Created(_)));

    // A resolved ticket reopens on a new message.
    let p = format!("/api/v1/tickets/{n}");
    for s in ["open", "resolved"] {
        app.patch(&p, &app.admin, json!({"status": s})).await.expect(200);
    }
    let (raw, _) = mail("rina@mail.example.id", &format!("[{n}] masih belum"), "Masih belum beres.", "");
    app.ingest(&raw).await;
    let t = thread(&app, &n).await;
    assert_eq!(t["ticket"]["status"], "open");
    assert!(t["ticket"]["resolved_at"].is_null());
    assert_eq!(t["messages"].as_array().unwrap().iter().filter(|m| m["kind"] == "inbound").count(), 6);

    // Mail to a merged ticket lands on the survivor.
    let (raw, _) = mail("z@mail.example.id", "Tiket kedua", "duplikat", "");
    let dup = number(&app.ingest(&raw).await);
    app.post(&format!("/api/v1/tickets/{dup}/merge"), &app.admin, json!({"into": n})).await.expect(200);
    let (raw, _) = mail("z@mail.example.id", &format!("Re: [{dup}] Tiket kedua"), "lanjut", "");
    assert_eq!(app.ingest(&raw).await, Outcome::Appended(n.parse().unwrap()));
}

pub async fn robots_get_no_acknowledgement(app: TestApp) {
    let robots = [
        "Auto-Submitted: auto-replied\r\n",
        "Auto-Submitted: auto-generated\r\n",
        "Precedence: bulk\r\n",
        "Precedence: junk\r\n",
        "Precedence: list\r\n",
        "List-Id: <news.example.id>\r\n",
        "List-Unsubscribe: <mailto:unsub@example.id>\r\n",
        "X-Autoreply: yes\r\n",
        "X-Autorespond: yes\r\n",
        "X-Loop: sertifikat@certdesk.test\r\n",
        "Return-Path: <>\r\n",
    ];
    for extra in robots {
        let (raw, _) = mail("robot@mail.example.id", "Pemberitahuan", "otomatis", extra);
        let o = app.ingest(&raw).await;
        assert!(matches!(o, Outcome::Discarded(_)), "{extra:?}: {o:?}");
    }
    for from in ["MAILER-DAEMON@mx.example.id", "postmaster@example.id", "sertifikat@certdesk.test"] {
        let (raw, _) = mail(from, "x", "y", "");
        assert!(matches!(app.ingest(&raw).await, Outcome::Discarded(_)), "{from}");
    }
    let list = app.get("/api/v1/tickets", &app.admin).await;
    assert_eq!(list.expect(200)["items"].as_array().unwrap().len(), 0, "robots open no tickets");
    let discards = app.get("/api/v1/audit?action=mail.discard&limit=100", &app.admin).await;
    assert_eq!(discards.expect(200).as_array().unwrap().len(), robots.len() + 3, "each discard is audited");

    // An out-of-office on an existing thread joins it, without reopening or an answer.
    let (raw, id) = mail("ani@mail.example.id", "Sertifikat", "tolong", "");
    let n = number(&app.ingest(&raw).await);
    let before = thread(&app, &n).await["messages"].as_array().unwrap().len();
    let (ooo, _) = mail(
        "ani@mail.example.id",
        "Out of office",
        "Saya sedang cuti.",
        &format!("Auto-Submitted: auto-replied\r\nIn-Reply-To: <{id}>\r\n"),
    );
    assert_eq!(app.ingest(&ooo).await, Outcome::Appended(n.parse().unwrap()));
    let t = thread(&app, &n).await;
    let msgs = t["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), before + 1);
    assert_eq!(msgs.last().unwrap()["auto"], true);
    assert_eq!(
        msgs.iter().filter(|m| m["kind"] == "outbound").count(),
        1,
        "only the first mail's acknowledgement"
    );
}

pub async fn acknowledgements_are_rate_limited_per_sender(app: TestApp) {
    for i in 0..5 {
        let (raw, _) = mail("sering@mail.example.id", &format!("Keluhan {i}"), "tolong", "");
        app.ingest(&raw).await;
    }
    let (raw, _) = mail("lain@mail.example.id", "Keluhan", "tolong", "");
    app.ingest(&raw).await;
    app.run_jobs().await;
    let sent = app.sink().wait_for(4).await;
    let to_frequent = sent.iter().filter(|m| header(m, "X-RcptTo") == Some("sering@mail.example.id")).count();
    assert_eq!(to_frequent, 3, "at most 3 per sender per hour");
    assert_eq!(sent.len(), 4);
    let limited = app.get("/api/v1/audit?action=mail.ack_rate_limited", &app.admin).await;
    assert_eq!(limited.expect(200).as_array().unwrap().len(), 2);
}

pub async fn agent_replies_go_out_by_mail_and_answers_thread_back(app: TestApp) {
    let (raw, citizen_id) = mail("dewi@mail.example.id", "Sertifikat", "Belum dapat SMS", "");
    let n = number(&app.ingest(&raw).await);
    app.run_jobs().await;
    app.sink().wait_for(1).await;
    let r = app
        .post(
            &format!("/api/v1/tickets/{n}/messages"),
            &app.admin,
            json!({"kind": "reply", "body": "Mohon kirim NIK Anda <b>ya</b>."}),
        )
        .await;
    let reply = r.expect(201).clone();
    assert_eq!(reply["recipient"], "dewi@mail.example.id");
    app.run_jobs().await;
    let sent = app.sink().wait_for(2).await;
    let m = &sent[1];
    assert_eq!(header(m, "X-RcptTo"), Some("dewi@mail.example.id"));
    assert!(header(m, "Subject").unwrap().contains(&format!("[{n}]")));
    assert!(header(m, "Auto-Submitted").is_none(), "a person wrote this reply");
    let reply_id = reply["message_id"].as_str().unwrap();
    assert_eq!(header(m, "Message-ID"), Some(format!("<{reply_id}>").as_str()));
    assert!(header(m, "References").unwrap().contains(&citizen_id));
    assert!(m.contains("Mohon kirim NIK Anda"));
    assert!(m.contains("&lt;b&gt;ya"), "the HTML part escapes what the agent typed");
    let t = thread(&app, &n).await;
    let out = t["messages"].as_array().unwrap().iter().find(|x| x["id"] == reply["id"]).unwrap().clone();
    assert_eq!(out["delivery_status"], "sent");

    // Running the queue again never sends it twice.
    app.run_jobs().await;
    assert_eq!(app.sink().messages().len(), 2);

    // The citizen answers the reply from a client that dropped the tag: it threads by header.
    let (answer, _) = mail(
        "dewi@mail.example.id",
        "Balasan",
        "NIK saya 3275011205900001",
        &format!("In-Reply-To: <{reply_id}>\r\n"),
    );
    assert_eq!(app.ingest(&answer).await, Outcome::Appended(n.parse().unwrap()));
    assert_eq!(
        thread(&app, &n).await["ticket"]["nik"],
        "3275011205900001",
        "the NIK in the answer links the ticket"
    );
}

pub async fn a_bounce_marks_the_reply_and_flags_the_ticket(app: TestApp) {
    let (raw, _) = mail("salah@mail.example.id", "Sertifikat", "tolong", "");
    let n = number(&app.ingest(&raw).await);
    let reply = app
        .post(&format!("/api/v1/tickets/{n}/messages"), &app.admin, json!({"kind": "reply", "body": "Halo"}))
        .await;
    let reply_id = reply.expect(201)["message_id"].as_str().unwrap().to_string();
    app.run_jobs().await;
    let dsn = format!(
        "From: MAILER-DAEMON@mx.example.id\r\nTo: sertifikat@certdesk.test\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn-{reply_id}>\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=r\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\n<salah@mail.example.id>: mailbox unavailable\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; salah@mail.example.id\r\nAction: failed\r\nStatus: 5.1.1\r\n--r\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <{reply_id}>\r\nSubject: Re: x\r\n--r--\r\n"
    );
    let o = app.ingest(&dsn).await;
    assert!(matches!(o, Outcome::Discarded(ref r) if r.contains("our outbound")), "{o:?}");
    let t = thread(&app, &n).await;
    let out = t["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["message_id"] == reply_id.as_str())
        .unwrap()
        .clone();
    assert_eq!(out["delivery_status"], "bounced");
    assert!(t["flags"].as_array().unwrap().iter().any(|f| f["kind"] == "bounce"), "{}", t["flags"]);
    let sent_to_daemon = app.sink().messages().iter().filter(|m| m.contains("MAILER-DAEMON")).count();
    assert_eq!(sent_to_daemon, 0, "nobody answers the bounce");
}

pub async fn smtp_outage_keeps_the_reply_queued_for_retry(app: TestApp) {
    // Point the mailer at a closed port by stopping the sink before sending.
    let (raw, _) = mail("hana@mail.example.id", "Sertifikat", "tolong", "");
    let n = number(&app.ingest(&raw).await);
    let mut app = app;
    drop(app.smtp.take());
    let reply = app
        .post(&format!("/api/v1/tickets/{n}/messages"), &app.admin, json!({"kind": "reply", "body": "Halo"}))
        .await;
    let id = reply.expect(201)["id"].as_str().unwrap().to_string();
    app.run_jobs().await;
    let t = thread(&app, &n).await;
    let out = t["messages"].as_array().unwrap().iter().find(|m| m["id"] == id.as_str()).unwrap().clone();
    assert_eq!(out["delivery_status"], "pending", "still queued, not failed");
    use sea_orm::{ConnectionTrait, Statement};
    let db = app.cx.database().read();
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT status, attempts, last_error FROM job",
        ))
        .await
        .unwrap();
    let retried = rows.iter().any(|r| {
        r.try_get::<String>("", "status").unwrap() == "pending"
            && r.try_get::<i32>("", "attempts").unwrap() >= 1
            && r.try_get::<Option<String>>("", "last_error").unwrap().is_some()
    });
    assert!(retried, "the send job waits for a retry with its error recorded");
}

pub async fn oversized_mail_is_quarantined_and_the_sender_told(app: TestApp) {
    let (raw, _) = mail("besar@mail.example.id", "Foto KTP", &"A".repeat(1_200_000), "");
    let o = app.ingest(&raw).await;
    assert!(matches!(o, Outcome::Quarantined(ref r) if r.contains("limit")), "{o:?}");
    app.run_jobs().await;
    let sent = app.sink().wait_for(1).await;
    assert_eq!(header(&sent[0], "X-RcptTo"), Some("besar@mail.example.id"));
    assert_eq!(header(&sent[0], "Auto-Submitted"), Some("auto-replied"));
    assert!(sent[0].contains("MB"), "{}", sent[0]);
}

pub async fn bad_mail_is_quarantined_listed_and_retried(app: TestApp) {
    let no_from = "Subject: tanpa pengirim\r\nMessage-ID: <nofrom-1@x>\r\n\r\nisi\r\n";
    let o = app.ingest(no_from).await;
    assert!(matches!(o, Outcome::Quarantined(ref r) if r.contains("From")), "{o:?}");
    let q = app.get("/api/v1/mail/quarantine", &app.admin).await;
    let list = q.expect(200).as_array().unwrap().clone();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["message_id"], "nofrom-1@x");
    assert_eq!(list[0]["subject"], "tanpa pengirim");
    assert!(list[0]["reason"].as_str().unwrap().contains("From"));
    let id = list[0]["id"].as_str().unwrap();
    let r = app.post(&format!("/api/v1/mail/quarantine/{id}/retry"), &app.admin, json!({})).await;
    assert_eq!(r.expect(200)["outcome"], "quarantined", "still bad, still kept");
    let again = app.post(&format!("/api/v1/mail/quarantine/{id}/retry"), &app.admin, json!({})).await;
    again.expect(200);
    // The same message again is a duplicate, not a second quarantine entry.
    assert_eq!(app.ingest(no_from).await, Outcome::Duplicate);
    assert_eq!(app.get("/api/v1/mail/quarantine", &app.admin).await.expect(200).as_array().unwrap().len(), 1);
    let (_, agent) = app.staff("agen.mail", "agent", &["general"]).await;
    app.get("/api/v1/mail/quarantine", &agent).await.expect(403);
    app.post(&format!("/api/v1/mail/quarantine/{id}/retry"), &agent, json!({})).await.expect(403);
}

pub async fn extraction_finds_nik_and_mobile_but_not_kk_or_landlines(app: TestApp) {
    let body = "Selamat siang,\nNama saya Muhamad Rizki, No KK 3275011205900002, NIK 3275.0112.0590.0001.\nHP saya 0812-3456-7890.\n\n-- \nKantor: 021-8765432\n\nPada 1 Juli 2021 Layanan menulis:\n> NIK contoh 3174014505850002\n";
    let (raw, _) = mail("rizki@mail.example.id", "Sertifikat", body, "");
    let n = number(&app.ingest(&raw).await);
    let t = thread(&app, &n).await;
    assert_eq!(t["ticket"]["nik"], "3275011205900001");
    assert_eq!(t["ticket"]["requester"]["phone"], "+6281234567890");
    assert_eq!(t["ticket"]["requester"]["name"], "Muhamad Rizki", "from the body when the From has no name");
    assert!(t["flags"].as_array().unwrap().is_empty(), "{}", t["flags"]);

    let (raw, _) = mail("x@mail.example.id", "Sertifikat", "NIK saya 3275013505900001 mohon dicek", "");
    let n = number(&app.ingest(&raw).await);
    let t = thread(&app, &n).await;
    assert!(t["ticket"]["nik"].is_null());
    let flags = t["flags"].as_array().unwrap();
    assert_eq!(flags[0]["kind"], "invalid_nik");
    assert!(flags[0]["detail"].as_str().unwrap().contains("day"), "{}", flags[0]);
}

pub async fn imap_mail_becomes_tickets_and_is_moved(app: TestApp) {
    let dv = app.dovecot();
    let mut batch: Vec<Vec<u8>> = (0..5)
        .map(|i| {
            mail(&format!("warga{i}@mail.example.id"), &format!("Keluhan {i}"), "tolong", "").0.into_bytes()
        })
        .collect();
    batch.push(b"Subject: tanpa pengirim\r\nMessage-ID: <imap-nofrom@x>\r\n\r\nisi\r\n".to_vec());
    dv.append("INBOX", &batch).await;
    dv.wait_count("Processed", 5).await;
    dv.wait_count("Quarantine", 1).await;
    dv.wait_count("INBOX", 0).await;
    let list = app.get("/api/v1/tickets", &app.admin).await;
    assert_eq!(list.expect(200)["items"].as_array().unwrap().len(), 5);
    let mb = app.get("/api/v1/mail/mailboxes", &app.admin).await;
    let mb = mb.expect(200)[0].clone();
    assert_eq!(mb["name"], "sertifikat");
    assert!(mb["last_poll_at"].is_string());
    assert!(mb["last_error"].is_null(), "{mb}");
    assert!(mb["poller"].is_string());
    let q = app.get("/api/v1/mail/quarantine", &app.admin).await;
    assert_eq!(q.expect(200)[0]["source"], "imap");
    // New mail while idling arrives within seconds.
    let (raw, _) = mail("baru@mail.example.id", "Baru", "tolong", "");
    dv.append("INBOX", &[raw.into_bytes()]).await;
    dv.wait_count("Processed", 6).await;
    app.sink().wait_for(6).await;
}

/// The crash window: the ticket was committed but the process died before moving the
/// message. The next poll finds it, recognises it, and only moves it.
pub async fn a_message_committed_but_not_moved_is_only_moved(app: TestApp) {
    let dv = app.dovecot();
    let (raw, _) = mail("ulang@mail.example.id", "Sertifikat", "tolong", "");
    // Committed through the same service the poller uses, as if the poller had done it and died.
    let first = certdesk::service::ingest::ingest(
        &app.cx,
        raw.as_bytes(),
        certdesk::service::ingest::Source::Imap { mailbox: "sertifikat".into() },
    )
    .await
    .unwrap();
    let n = number(&first);
    dv.append("INBOX", &[raw.into_bytes()]).await;
    dv.wait_count("Processed", 1).await;
    dv.wait_count("INBOX", 0).await;
    let list = app.get("/api/v1/tickets", &app.admin).await;
    assert_eq!(list.expect(200)["items"].as_array().unwrap().len(), 1);
    let t = thread(&app, &n).await;
    assert_eq!(t["messages"].as_array().unwrap().iter().filter(|m| m["kind"] == "inbound").count(), 1);
}

pub async fn exactly_one_process_holds_a_mailbox_lease(app: TestApp) {
    use certdesk::store::mailboxes::try_lease;
    let db = app.cx.database().write();
    let now = chrono::Utc::now();
    let secs = chrono::Duration::seconds;
    assert!(try_lease(db, "sertifikat", "host-a:1", now, now + secs(30)).await.unwrap());
    assert!(!try_lease(db, "sertifikat", "host-b:2", now, now + secs(30)).await.unwrap(), "held by a");
    assert!(
        try_lease(db, "sertifikat", "host-a:1", now + secs(10), now + secs(40)).await.unwrap(),
        "a renews"
    );
    // a dies and stops renewing: once the lease lapses, b takes over and a is out.
    let later = now + secs(41);
    assert!(try_lease(db, "sertifikat", "host-b:2", later, later + secs(30)).await.unwrap());
    assert!(!try_lease(db, "sertifikat", "host-a:1", later, later + secs(30)).await.unwrap());
    // Another mailbox is independent.
    assert!(try_lease(db, "lain", "host-a:1", later, later + secs(30)).await.unwrap());
}

/// A person record written straight to the store (no import, no search log needed).
async fn insert_person(
    app: &TestApp,
    nik: &str,
    name: &str,
    (y, m, d): (i32, u32, u32),
    sex: &str,
    email: Option<&str>,
) -> uuid::Uuid {
    use certdesk::store::entity::person;
    use sea_orm::{ActiveValue::Set, EntityTrait};
    let (id, now) = (uuid::Uuid::now_v7(), chrono::Utc::now());
    person::Entity::insert(person::ActiveModel {
        id: Set(id),
        nik: Set(nik.into()),
        full_name: Set(name.into()),
        birth_date: Set(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()),
        sex: Set(sex.into()),
        phone: Set(None),
        email: Set(email.map(Into::into)),
        lookup_locked: Set(false),
        merged_into: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(app.cx.database().write())
    .await
    .unwrap();
    id
}

pub async fn a_nik_matching_one_person_links_the_ticket(app: TestApp) {
    let id = insert_person(&app, "3275011205900001", "Muhamad Rizki", (1990, 5, 12), "M", None).await;
    let (raw, _) = mail("rizki@mail.example.id", "Sertifikat", "NIK 3275 0112 0590 0001", "");
    let n = number(&app.ingest(&raw).await);
    assert_eq!(thread(&app, &n).await["ticket"]["person_id"], id.to_string().as_str());
    // Two NIKs in one mail: the writer's, when the words say theirs is missing; the
    // other named in a flag.
    let (raw, _) = mail(
        "dua@mail.example.id",
        "Sertifikat",
        "NIK saya 3275011205900001, NIK istri 3174014505850002. Sertifikat saya belum keluar.",
        "",
    );
    let t = thread(&app, &number(&app.ingest(&raw).await)).await;
    assert_eq!(t["ticket"]["nik"], "3275011205900001", "{}", t["ticket"]);
    assert_eq!(t["flags"][0]["kind"], "several_niks");
    assert!(t["flags"][0]["detail"].as_str().unwrap().contains("3174********0002"), "{}", t["flags"]);
    // The writer's and another's, and nothing says whose certificate is missing: the
    // agent chooses (tagged), and the sender's address does not choose the record it
    // belongs to instead.
    insert_person(&app, "3201015507850004", "Dewi Dua", (1985, 7, 15), "F", Some("dua@mail.example.id"))
        .await;
    let (raw, first) = mail(
        "dua@mail.example.id",
        "Sertifikat",
        "NIK saya 3275011205900001, NIK istri 3174014505850002",
        "",
    );
    let unsure = number(&app.ingest(&raw).await);
    let t = thread(&app, &unsure).await;
    assert!(t["ticket"]["nik"].is_null() && t["ticket"]["person_id"].is_null(), "{}", t["ticket"]);
    assert!(t["ticket"]["tags"].to_string().contains("person_unsure"), "{}", t["ticket"]);
    assert_eq!(t["flags"][0]["kind"], "several_niks");
    // The writer answers which one: linked, and no longer tagged unsure (as stored).
    let (raw, _) = mail(
        "dua@mail.example.id",
        "Re: Sertifikat",
        "Yang saya tanyakan hanya NIK 3275011205900001.",
        &format!("In-Reply-To: <{first}>\r\n"),
    );
    assert_eq!(number(&app.ingest(&raw).await), unsure);
    let t = thread(&app, &unsure).await;
    assert_eq!(t["ticket"]["person_id"], id.to_string().as_str(), "{}", t["ticket"]);
    assert!(!t["ticket"]["tags"].to_string().contains("person_unsure"), "{}", t["ticket"]);
    // No words to tell them apart: the only one on record.
    let (raw, _) = mail("dua@mail.example.id", "Sertifikat", "3174014505850002 / 3275011205900001", "");
    let t = thread(&app, &number(&app.ingest(&raw).await)).await;
    assert_eq!(t["ticket"]["person_id"], id.to_string().as_str(), "{}", t["ticket"]);
    // Neither on record and nothing said: no guess.
    let (raw, _) = mail("dua@mail.example.id", "Sertifikat", "3174014505850002 / 3578010101800003", "");
    let t = thread(&app, &number(&app.ingest(&raw).await)).await;
    assert!(t["ticket"]["nik"].is_null() && t["ticket"]["person_id"].is_null(), "{}", t["ticket"]);
}

pub async fn imap_over_tls_with_a_private_ca(app: TestApp) {
    let dv = app.dovecot();
    assert!(dv.tls.is_some());
    let (raw, _) = mail("tls@mail.example.id", "Lewat TLS", "tolong", "");
    dv.append("INBOX", &[raw.into_bytes()]).await;
    dv.wait_count("Processed", 1).await;
    let list = app.get("/api/v1/tickets", &app.admin).await;
    assert_eq!(list.expect(200)["items"].as_array().unwrap().len(), 1);
    let mb = app.get("/api/v1/mail/mailboxes", &app.admin).await;
    assert_eq!(mb.expect(200)[0]["host"], format!("localhost:{}", dv.tls.as_ref().unwrap().0).as_str());
}

pub async fn without_a_processed_folder_mail_is_flagged_seen_and_left(app: TestApp) {
    let dv = app.dovecot();
    let (raw, _) = mail("seen@mail.example.id", "Tanpa folder", "tolong", "");
    dv.append("INBOX", &[raw.into_bytes()]).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let list = app.get("/api/v1/tickets", &app.admin).await;
        if list.expect(200)["items"].as_array().unwrap().len() == 1 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "no ticket from the mailbox");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // Several more polls: the message stays, flagged \Seen, and is not ingested again.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert_eq!(dv.count("INBOX").await, 1);
    assert_eq!(dv.count("Processed").await, 0);
    let list = app.get("/api/v1/tickets", &app.admin).await;
    assert_eq!(list.expect(200)["items"].as_array().unwrap().len(), 1);
    let t = app.get("/api/v1/audit?action=ticket.create", &app.admin).await;
    assert_eq!(t.expect(200).as_array().unwrap().len(), 1);
}
