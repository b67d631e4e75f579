//! Point 3: knowing a ticket number does not make a stranger the requester.

use certdesk::service::ingest::Outcome;

use crate::certificates::{record, RIZKI};
use crate::citizen::Citizen;
use crate::helpers::TestApp;

/// A plain complaint mail (the mail suite's builder, without extra headers).
fn mail(from: &str, subject: &str, body: &str) -> String {
    crate::mail::mail(from, subject, body, "").0
}

pub async fn a_stranger_writing_to_a_ticket_changes_none_of_its_contact_data(app: TestApp) {
    app.import(serde_json::json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("081234567890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    let stranger_phone = "+6281399990000";
    // A citizen without a NIK in the mail, and one with.
    let ani = match app.ingest(&mail("ani@mail.example.id", "Sertifikat belum ada", "Tolong dibantu.")).await
    {
        Outcome::Created(n) => n.to_string(),
        o => panic!("{o:?}"),
    };
    let rizki = match app
        .ingest(&mail(
            "rizki@mail.example.id",
            "Sertifikat belum ada",
            &format!("NIK saya {RIZKI}, belum ada SMS."),
        ))
        .await
    {
        Outcome::Created(n) => n.to_string(),
        o => panic!("{o:?}"),
    };
    // The stranger knows both numbers (seen over a shoulder, guessed: they are sequential).
    for n in [&ani, &rizki] {
        let body = format!("Ini saya, nomor HP baru saya 0813 9999 0000. NIK {RIZKI}");
        let o = app
            .ingest(&mail("evil@attacker.example", &format!("Re: [{n}] Sertifikat belum ada"), &body))
            .await;
        assert_eq!(o, Outcome::Appended(n.parse().unwrap()), "joins the thread, visibly");
    }
    for n in [&ani, &rizki] {
        let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
        assert!(t["ticket"]["requester"]["phone"].is_null(), "{n}: {}", t["ticket"]["requester"]);
        let last =
            t["messages"].as_array().unwrap().iter().rev().find(|m| m["kind"] == "inbound").unwrap().clone();
        assert_eq!(last["author_email"], "evil@attacker.example");
        assert_eq!(last["other_sender"], true);
        let first =
            t["messages"].as_array().unwrap().iter().find(|m| m["kind"] == "inbound").unwrap().clone();
        assert_eq!(first["other_sender"], false);
    }
    let t = app.get(&format!("/api/v1/tickets/{ani}"), &app.admin).await.expect(200).clone();
    assert!(
        t["ticket"]["nik"].is_null() && t["ticket"]["person_id"].is_null(),
        "the stranger's NIK links nothing"
    );
    // The requester's own answer still links it.
    app.ingest(&mail(
        "ani@mail.example.id",
        &format!("Re: [{ani}] Sertifikat belum ada"),
        &format!("NIK saya {RIZKI}"),
    ))
    .await;
    let t = app.get(&format!("/api/v1/tickets/{ani}"), &app.admin).await.expect(200).clone();
    assert!(t["ticket"]["person_id"].is_string(), "{}", t["ticket"]);

    // Following the ticket sends the code to the mailbox that opened it, never to a
    // number a stranger wrote.
    let mut f = Citizen::new(&app);
    f.get("/portal/follow").await;
    f.post("/portal/follow", &[("number", &rizki)]).await;
    app.run_jobs().await;
    assert!(app.sms_log().iter().all(|l| l["to"] != stranger_phone), "no code to the stranger");
    // Mailed straight to the mail server (not through the job queue): wait for the file.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let code_re = regex::Regex::new(r"(\d{6}) adalah kode").unwrap();
    let code = loop {
        let found = app.outbox().into_iter().find_map(|m| {
            let m = m.replace("=\r\n", "");
            let c = code_re.captures(&m)?[1].to_string();
            m.contains("rizki@mail.example.id").then_some(c)
        });
        if let Some(c) = found {
            break c;
        }
        assert!(std::time::Instant::now() < deadline, "the follow code went to the requester's mailbox");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    f.post("/portal/follow/code", &[("code", &code)]).await;
    assert_eq!(f.status, 200, "{}", f.html);
    assert!(f.html.contains("belum ada SMS"), "the citizen's own words");
    assert!(!f.html.contains("nomor HP baru saya"), "the stranger's mail is not shown to the citizen");
}

/// A mail with `n` tiny attachments (well under the size limit).
fn many_attachments(n: usize) -> String {
    let id = format!("{}@mail.example.id", uuid::Uuid::new_v4().simple());
    let mut raw = format!(
        "From: banyak@mail.example.id\r\nTo: sertifikat@certdesk.test\r\nSubject: Lampiran\r\nMessage-ID: <{id}>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSertifikat belum ada, lampiran terlampir.\r\n"
    );
    for i in 0..n {
        raw.push_str(&format!(
            "--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename={i}\r\n\r\n{i}\r\n"
        ));
    }
    raw.push_str("--b--\r\n");
    raw
}

pub async fn ten_thousand_attachments_are_quarantined_and_the_next_mail_flows(app: TestApp) {
    match app.ingest(&many_attachments(10_000)).await {
        Outcome::Quarantined(reason) => assert!(reason.contains("10000 attachments"), "{reason}"),
        o => panic!("expected quarantine, got {o:?}"),
    }
    let next = app.ingest(&mail("lain@mail.example.id", "Belum ada SMS", "Mohon bantuannya.")).await;
    assert!(matches!(next, Outcome::Created(_)), "{next:?}");
    let q = app.get("/api/v1/mail/quarantine", &app.admin).await.expect(200).clone();
    assert!(q.to_string().contains("10000 attachments"), "{q}");
}

pub async fn ten_thousand_attachments_within_the_limit_are_stored_in_chunks(app: TestApp) {
    let o = app.ingest(&many_attachments(10_000)).await;
    let n = match o {
        Outcome::Created(n) => n.to_string(),
        o => panic!("expected a ticket, got {o:?}"),
    };
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    let count = t["attachments"].as_array().map(Vec::len).unwrap_or_default();
    assert_eq!(count, 10_000, "every attachment stored");
}

/// With `mail.authserv_id` set, only mail whose From our receiving server authenticated
/// (SPF/DKIM/DMARC in its Authentication-Results) counts as the requester's: a forged
/// From joins apart and flagged, and a forged new mail joins no open story.
pub async fn a_forged_from_address_is_not_the_requester(app: TestApp) {
    // authserv_id = mx.kemkes.test here.
    let pass = "Authentication-Results: mx.kemkes.test;\r\n\tdkim=pass header.d=mail.example.id header.s=s1;\r\n\tdmarc=pass header.from=mail.example.id\r\n";
    let forged = "Authentication-Results: mx.evil.example; dmarc=pass header.from=mail.example.id\r\n\
                  Authentication-Results: mx.kemkes.test; spf=fail smtp.mailfrom=mail.example.id; dmarc=fail\r\n";
    let first = crate::mail::mail("ani@mail.example.id", "Sertifikat belum ada", "Tolong dibantu.", pass).0;
    let n = match app.ingest(&first).await {
        Outcome::Created(n) => n.to_string(),
        o => panic!("{o:?}"),
    };
    let flags = |t: &serde_json::Value| -> Vec<String> {
        t["flags"].as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap().to_string()).collect()
    };
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert!(!flags(&t).contains(&"sender_unverified".to_string()), "{}", t["flags"]);

    // The same address, forged: it joins apart and says why.
    let body = "Ini saya, nomor HP baru saya 0813 9999 0000.";
    let reply =
        crate::mail::mail("ani@mail.example.id", &format!("Re: [{n}] Sertifikat belum ada"), body, forged).0;
    assert_eq!(app.ingest(&reply).await, Outcome::Appended(n.parse().unwrap()));
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    let last =
        t["messages"].as_array().unwrap().iter().rev().find(|m| m["kind"] == "inbound").unwrap().clone();
    assert_eq!(last["other_sender"], true, "{last}");
    assert!(flags(&t).contains(&"sender_unverified".to_string()), "{}", t["flags"]);
    assert!(t["ticket"]["requester"]["phone"].is_null(), "{}", t["ticket"]["requester"]);
    // The genuine answer still counts as the citizen's.
    let genuine = crate::mail::mail(
        "ani@mail.example.id",
        &format!("Re: [{n}] Sertifikat belum ada"),
        "Terima kasih.",
        pass,
    )
    .0;
    app.ingest(&genuine).await;
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    let last =
        t["messages"].as_array().unwrap().iter().rev().find(|m| m["kind"] == "inbound").unwrap().clone();
    assert_eq!(last["other_sender"], false, "{last}");

    // A forged new mail opens its own ticket, flagged, beside no open story of hers.
    let new = crate::mail::mail("ani@mail.example.id", "Ganti nomor", body, forged).0;
    let m = match app.ingest(&new).await {
        Outcome::Created(m) => m.to_string(),
        o => panic!("{o:?}"),
    };
    let t = app.get(&format!("/api/v1/tickets/{m}"), &app.admin).await.expect(200).clone();
    let f = flags(&t);
    assert!(
        f.contains(&"sender_unverified".to_string()) && !f.contains(&"related_open".to_string()),
        "{f:?}"
    );
}
