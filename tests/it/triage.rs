//! Diagnosis: each linked ticket gets its cause, with evidence, from the record, its
//! certificates and SMS and the complaint itself; the mail without a NIK is diagnosed
//! when the answer brings it.

use serde_json::{json, Value};

use crate::certificates::{record, BUDI, RIZKI, SITI};
use crate::helpers::TestApp;

const ANI: &str = "3275014101900004";
const DEWI: &str = "3275015202910005";
const DEWI2: &str = "3171015202910006";

async fn diagnosis(app: &TestApp, number: &str) -> Value {
    app.get(&format!("/api/v1/tickets/{number}/diagnosis"), &app.admin).await.expect(200).clone()
}

async fn phone_ticket(app: &TestApp, nik: &str, phone: &str, body: &str) -> String {
    let t = app
        .ticket(&app.admin, json!({"channel": "phone", "nik": nik, "body": body, "requester": {"name": "Penelepon", "phone": phone}}))
        .await;
    t["number"].as_str().unwrap().to_string()
}

pub async fn each_linked_ticket_gets_its_cause_with_evidence(app: TestApp) {
    let mut dewi2 = record(DEWI2, "Dewi Lestari", Some("081377778888"), None, &[(2, Some("2021-08-09"))]);
    dewi2["birth_date"] = json!("1991-02-12");
    dewi2["sex"] = json!("F");
    let mut dewi = record(DEWI, "Dewi Lestari", Some("081377778888"), None, &[(1, Some("2021-07-12"))]);
    dewi["birth_date"] = json!("1991-02-12");
    dewi["sex"] = json!("F");
    let mut ani = record(ANI, "Ani Wijaya", Some("081355556666"), None, &[(1, Some("2021-07-12"))]);
    ani["birth_date"] = json!("1990-01-01");
    ani["sex"] = json!("F");
    app.import(json!([
        record(
            RIZKI,
            "Muhamad Rizki",
            Some("0812-3456-7890"),
            None,
            &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))]
        ),
        record(SITI, "Siti Aminah", None, None, &[(1, Some("2021-07-01"))]),
        record(BUDI, "Budi Santoso", Some("081311112222"), None, &[(1, None)]),
        ani,
        dewi,
        dewi2,
    ]))
    .await;
    app.run_jobs().await;

    // Delivered, and the caller uses the number on record: resend or download.
    let n = phone_ticket(&app, RIZKI, "081234567890", "Belum terima sertifikat").await;
    let d = diagnosis(&app, &n).await;
    assert_eq!(d["cause"], "sms_delivered", "{d}");
    assert_eq!(d["suggested_action"], "resend_sms");
    assert!(d["evidence"][0].as_str().unwrap().contains("+62 812-****-890"), "{d}");
    assert!(
        !d.to_string().contains("081234567890") && !d.to_string().contains("+6281234567890"),
        "phones masked"
    );

    // The caller's number differs from the record's.
    let n = phone_ticket(&app, RIZKI, "085712345678", "Belum terima SMS").await;
    assert_eq!(diagnosis(&app, &n).await["cause"], "phone_mismatch");
    // No phone on record.
    let n = phone_ticket(&app, SITI, "081399990000", "Tidak ada SMS").await;
    assert_eq!(diagnosis(&app, &n).await["cause"], "phone_missing");
    // Still queued for input: the reason is in the evidence.
    let n = phone_ticket(&app, BUDI, "081311112222", "Belum ada sertifikat").await;
    let d = diagnosis(&app, &n).await;
    assert_eq!(d["cause"], "record_pending");
    assert!(d["evidence"][0].as_str().unwrap().contains("pending"), "{d}");
    // The NIK says a woman born on the 1st of January 1990, the record agrees; the
    // citizen says the name is wrong.
    let n = phone_ticket(&app, ANI, "081355556666", "Nama salah di sertifikat saya").await;
    let d = diagnosis(&app, &n).await;
    assert_eq!(d["cause"], "data_error", "{d}");
    assert_eq!(d["category"], "data_correction");
    // Two records with the same name and birth date (dose 2 under another NIK).
    let n = phone_ticket(&app, DEWI, "081377778888", "Dosis 2 tidak muncul").await;
    assert_eq!(diagnosis(&app, &n).await["cause"], "duplicate_record");

    // The SMS was reported undelivered (as a receipt would set it): resend.
    {
        use sea_orm::ConnectionTrait;
        app.cx
            .database()
            .write()
            .execute_unprepared(&format!(
                "UPDATE sms_message SET status = 'failed', receipt_status = 'UNDELIV' WHERE person_id = \
                 (SELECT id FROM person WHERE nik = '{RIZKI}')"
            ))
            .await
            .unwrap();
    }
    let n = phone_ticket(&app, RIZKI, "081234567890", "SMS tidak sampai").await;
    let d = diagnosis(&app, &n).await;
    assert_eq!(d["cause"], "sms_failed");
    assert!(d["evidence"][0].as_str().unwrap().contains("UNDELIV"), "{d}");

    // Applying sets the category and raises the priority, audited.
    let applied =
        app.post(&format!("/api/v1/tickets/{n}/diagnosis"), &app.admin, json!({})).await.expect(200).clone();
    assert_eq!(applied["ticket"]["category"], "sms_not_received");
    assert_eq!(applied["ticket"]["priority"], "high");
    let audit = app.get("/api/v1/audit?action=ticket.diagnose", &app.admin).await.expect(200).clone();
    assert_eq!(audit[0]["evidence"]["cause"], "sms_failed");

    // Not linked to a record: no cause yet.
    let t = app.ticket(&app.admin, json!({"channel": "phone"})).await;
    let d = diagnosis(&app, t["number"].as_str().unwrap()).await;
    assert!(d["cause"].is_null() && d["person_id"].is_null(), "{d}");

    // Every ticket linked at creation was diagnosed without being asked.
    use sea_orm::ConnectionTrait;
    let row = app
        .cx
        .database()
        .read()
        .query_one_raw(sea_orm::Statement::from_string(
            app.cx.database().backend(),
            "SELECT COUNT(*) AS n FROM ticket_diagnosis",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 7);
}

pub async fn a_mail_without_a_nik_is_diagnosed_when_the_answer_brings_it(app: TestApp) {
    app.import(json!([record(SITI, "Siti Aminah", None, None, &[(1, Some("2021-07-01"))])])).await;
    app.run_jobs().await;
    let id = format!("{}@mail.example.id", uuid::Uuid::new_v4().simple());
    let raw = format!(
        "From: siti@mail.example.id\r\nTo: sertifikat@certdesk.test\r\nSubject: Sertifikat belum ada\r\nMessage-ID: <{id}>\r\n\
         Date: Mon, 12 Jul 2021 10:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSaya belum terima sertifikat.\r\n"
    );
    let number = match app.ingest(&raw).await {
        certdesk::service::ingest::Outcome::Created(n) => n.to_string(),
        other => panic!("{other:?}"),
    };
    assert!(diagnosis(&app, &number).await["cause"].is_null());
    let reply = format!(
        "From: siti@mail.example.id\r\nTo: sertifikat@certdesk.test\r\nSubject: Re: [{number}] Sertifikat belum ada\r\n\
         Message-ID: <r{id}>\r\nIn-Reply-To: <{id}>\r\nDate: Mon, 12 Jul 2021 11:00:00 +0700\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\nNIK saya 3174 0145 0585 0002\r\n"
    );
    app.ingest(&reply).await;
    let d = diagnosis(&app, &number).await;
    assert_eq!(d["cause"], "phone_missing", "linked and diagnosed: {d}");
}

pub async fn macros_fill_the_reply_for_the_diagnosed_cause_in_either_language(app: TestApp) {
    app.import(json!([record(SITI, "Siti Aminah", None, None, &[(1, Some("2021-07-01"))])])).await;
    app.run_jobs().await;
    let n = phone_ticket(&app, SITI, "081399990000", "Tidak ada SMS").await;
    let list = app.get(&format!("/api/v1/tickets/{n}/macros"), &app.admin).await.expect(200).clone();
    let suggested: Vec<_> = list.as_array().unwrap().iter().filter(|m| m["suggested"] == true).collect();
    assert_eq!(suggested.len(), 1);
    assert_eq!(suggested[0]["name"], "phone_missing");
    assert_eq!(list.as_array().unwrap().len(), 9, "a macro per cause and ask_nik");
    let id =
        app.get(&format!("/api/v1/tickets/{n}/macros/phone_missing"), &app.admin).await.expect(200).clone();
    let text = id["text"].as_str().unwrap();
    assert_eq!(id["language"], "id");
    assert!(
        text.starts_with("Yth. Penelepon") && text.contains(&n) && text.contains("/portal/phone"),
        "{text}"
    );
    let en = app
        .get(&format!("/api/v1/tickets/{n}/macros/phone_missing?language=en"), &app.admin)
        .await
        .expect(200)
        .clone();
    assert!(en["text"].as_str().unwrap().starts_with("Dear Penelepon"));
    let r = app.get(&format!("/api/v1/tickets/{n}/macros/bogus"), &app.admin).await;
    assert_eq!(r.expect(422)["code"], "validation_failed");
    // Unlinked: ask for the NIK.
    let t = app.ticket(&app.admin, json!({"channel": "phone"})).await;
    let list = app
        .get(&format!("/api/v1/tickets/{}/macros", t["number"].as_str().unwrap()), &app.admin)
        .await
        .expect(200)
        .clone();
    assert!(list.as_array().unwrap().iter().any(|m| m["name"] == "ask_nik" && m["suggested"] == true));
}

pub async fn a_citizen_writing_again_joins_the_open_story(app: TestApp) {
    app.import(json!([record(SITI, "Siti Aminah", None, None, &[(1, Some("2021-07-01"))])])).await;
    let first = phone_ticket(&app, SITI, "081399990000", "Tidak ada SMS").await;
    // The same citizen through the portal's complaint form, by NIK: linked, both flagged.
    let second = app
        .ticket(&app.admin, json!({"channel": "web", "nik": SITI, "requester": {"name": "Siti", "email": "siti@mail.example.id"}}))
        .await;
    let second = second["number"].as_str().unwrap().to_string();
    let t2 = app.get(&format!("/api/v1/tickets/{second}"), &app.admin).await.expect(200).clone();
    assert!(
        t2["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "related_open" && f["detail"].as_str().unwrap().contains(&first)),
        "{t2}"
    );
    let t1 = app.get(&format!("/api/v1/tickets/{first}"), &app.admin).await.expect(200).clone();
    assert!(t1["flags"].as_array().unwrap().iter().any(|f| f["kind"] == "related_new"));
    // One view of the citizen: from either ticket, the other shows.
    let rel = app.get(&format!("/api/v1/tickets/{first}/related"), &app.admin).await.expect(200).clone();
    assert_eq!(rel.as_array().unwrap().len(), 1);
    assert_eq!(rel[0]["number"], second.as_str());
    // By phone alone, without a NIK, too.
    let third = phone_ticket_without_nik(&app, "081399990000").await;
    let rel = app.get(&format!("/api/v1/tickets/{third}/related"), &app.admin).await.expect(200).clone();
    assert!(rel.as_array().unwrap().iter().any(|t| t["number"] == first.as_str()));
}

async fn phone_ticket_without_nik(app: &TestApp, phone: &str) -> String {
    let t = app
        .ticket(&app.admin, json!({"channel": "phone", "requester": {"name": "Penelepon", "phone": phone}}))
        .await;
    t["number"].as_str().unwrap().to_string()
}

pub async fn with_merging_on_a_second_ticket_goes_into_the_open_one(app: TestApp) {
    app.import(json!([record(SITI, "Siti Aminah", None, None, &[(1, Some("2021-07-01"))])])).await;
    let first = phone_ticket(&app, SITI, "081399990000", "Tidak ada SMS").await;
    let id = format!("{}@mail.example.id", uuid::Uuid::new_v4().simple());
    let raw = format!(
        "From: siti@mail.example.id\r\nTo: sertifikat@certdesk.test\r\nSubject: Tolong sertifikat saya\r\nMessage-ID: <{id}>\r\n\
         Date: Mon, 12 Jul 2021 10:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nNIK 3174014505850002, belum ada SMS.\r\n"
    );
    let n = match app.ingest(&raw).await {
        certdesk::service::ingest::Outcome::Created(n) => n.to_string(),
        other => panic!("{other:?}"),
    };
    assert_eq!(n, first, "the mail lives in the open ticket");
    let t = app.get(&format!("/api/v1/tickets/{first}"), &app.admin).await.expect(200).clone();
    assert!(
        t["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["body"].as_str().unwrap().contains("belum ada SMS")),
        "{t}"
    );
    assert!(t["flags"].as_array().unwrap().iter().any(|f| f["kind"] == "merged_on_arrival"));
    // A person only the records chose (two NIKs, words undecided) is a guess: the new
    // ticket stays apart, flagged beside the open one, never merged into it.
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812-3456-7890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    let body = format!("NIK sy {SITI}, NIK si mbarep {RIZKI}. Bukti vaksinasinya kok blm ada.");
    let (raw, _) = crate::mail::mail("tanya@mail.example.id", "Sertifikat", &body, "");
    let n = match app.ingest(&raw).await {
        certdesk::service::ingest::Outcome::Created(n) => n.to_string(),
        other => panic!("{other:?}"),
    };
    assert_ne!(n, first, "a guessed person is not merged");
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert!(t["ticket"]["tags"].to_string().contains("person_by_records"), "{t}");
    assert!(t["flags"].as_array().unwrap().iter().any(|f| f["kind"] == "related_open"), "{t}");
}

pub async fn supervisors_see_the_queue_the_causes_and_the_workload(app: TestApp) {
    app.import(json!([
        record(RIZKI, "Muhamad Rizki", Some("0812-3456-7890"), None, &[(1, Some("2021-07-12"))]),
        record(SITI, "Siti Aminah", None, None, &[(1, Some("2021-07-01"))]),
    ]))
    .await;
    app.run_jobs().await;
    let (agent_id, agent) = app.staff("ani", "agent", &["general"]).await;
    let a = phone_ticket(&app, SITI, "081399990000", "Tidak ada SMS").await;
    let _b = phone_ticket(&app, SITI, "081399990001", "Masih belum").await;
    let c = phone_ticket(&app, RIZKI, "081234567890", "Belum terima").await;
    let _unlinked = app.ticket(&app.admin, json!({"channel": "phone"})).await;
    // The agent takes one and resolves another.
    app.put(&format!("/api/v1/tickets/{a}/assignee"), &agent, json!({"staff_id": agent_id}))
        .await
        .expect(200);
    app.put(&format!("/api/v1/tickets/{c}/assignee"), &agent, json!({"staff_id": agent_id}))
        .await
        .expect(200);
    app.patch(&format!("/api/v1/tickets/{c}"), &agent, json!({"status": "open"})).await.expect(200);
    app.patch(&format!("/api/v1/tickets/{c}"), &agent, json!({"status": "resolved"})).await.expect(200);

    let q = app.get("/api/v1/stats/queues", &app.admin).await.expect(200).clone();
    assert_eq!(q["open"], 3, "{q}");
    let count = |cause: &str| -> i64 {
        q["groups"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["cause"] == cause)
            .map(|g| g["count"].as_i64().unwrap())
            .sum()
    };
    assert_eq!(count("phone_missing"), 2);
    assert_eq!(count("undiagnosed"), 1);
    assert_eq!(count("sms_delivered"), 0, "resolved tickets leave the open queue");
    assert!(q["groups"].as_array().unwrap().iter().all(|g| g["age"] == "<1d"));

    let trends = app.get("/api/v1/stats/causes", &app.admin).await.expect(200).clone();
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).format("%Y-%m-%d").to_string();
    let n = |cause: &str| {
        trends
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["cause"] == cause && r["day"] == today.as_str())
            .map(|r| r["tickets"].clone())
    };
    assert_eq!(n("phone_missing"), Some(json!(2)), "{trends}");
    assert_eq!(n("sms_delivered"), Some(json!(1)));

    let w = app.get("/api/v1/stats/workload", &app.admin).await.expect(200).clone();
    let ani = w.as_array().unwrap().iter().find(|r| r["name"] == "ani").unwrap().clone();
    assert_eq!(
        (ani["open"].as_i64(), ani["resolved"].as_i64(), ani["max_open"].as_i64()),
        (Some(1), Some(1), Some(25))
    );

    for path in ["/api/v1/stats/queues", "/api/v1/stats/causes", "/api/v1/stats/workload"] {
        assert_eq!(app.get(path, &agent).await.expect(403)["code"], "forbidden", "{path}");
    }
}

pub async fn a_ticket_without_a_nik_is_linked_by_the_phone_or_email_on_record(app: TestApp) {
    // Both doses on record: the complaint ("dosis 2") is about one that has its certificate.
    app.import(json!([
        record(
            RIZKI,
            "Muhamad Rizki",
            Some("0812-3456-7890"),
            Some("rizki@mail.example.id"),
            &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))]
        ),
        record(SITI, "Siti Aminah", Some("081311112222"), None, &[(1, Some("2021-07-01"))]),
        record(BUDI, "Budi Santoso", Some("081311112222"), None, &[(1, Some("2021-07-01"))]),
    ]))
    .await;
    app.run_jobs().await;
    let rizki = app.person(RIZKI).await["id"].clone();
    // By the phone a call came from.
    let n = phone_ticket_without_nik(&app, "+62 812 3456 7890").await;
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert_eq!(t["ticket"]["person_id"], rizki, "{t}");
    assert_eq!(diagnosis(&app, &n).await["cause"], "sms_delivered");
    // By the address a mail came from, in another case.
    let id = format!("{}@mail.example.id", uuid::Uuid::new_v4().simple());
    let raw = format!(
        "From: Rizki@Mail.Example.id\r\nTo: sertifikat@certdesk.test\r\nSubject: Sertifikat\r\nMessage-ID: <{id}>\r\n\
         Date: Mon, 12 Jul 2021 10:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSertifikat saya belum ada.\r\n"
    );
    let n = match app.ingest(&raw).await {
        certdesk::service::ingest::Outcome::Created(n) => n.to_string(),
        other => panic!("{other:?}"),
    };
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert_eq!(t["ticket"]["person_id"], rizki, "{t}");
    // Two records share a number: no guess.
    let n = phone_ticket_without_nik(&app, "081311112222").await;
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert!(t["ticket"]["person_id"].is_null(), "{t}");
}

pub async fn with_auto_resolution_a_delivered_complaint_from_the_number_on_record_is_answered(app: TestApp) {
    app.import(json!([
        record(
            RIZKI,
            "Muhamad Rizki",
            Some("0812-3456-7890"),
            Some("rizki@mail.example.id"),
            &[(1, Some("2021-07-12"))]
        ),
        record(SITI, "Siti Aminah", None, Some("siti@mail.example.id"), &[(1, Some("2021-07-01"))]),
    ]))
    .await;
    // The certificate SMS must have gone out before the complaint arrives (under a full
    // suite the issuing job can still be queuing it after one pass).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        app.run_jobs().await;
        let sms = app.person(RIZKI).await["sms"].clone();
        if sms.as_array().is_some_and(|s| s.iter().any(|m| m["status"] == "delivered")) {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the certificate SMS was delivered: {sms}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let mail = |from: &str, body: &str| {
        let id = format!("{}@mail.example.id", uuid::Uuid::new_v4().simple());
        format!(
            "From: {from}\r\nTo: sertifikat@certdesk.test\r\nSubject: Sertifikat\r\nMessage-ID: <{id}>\r\n\
             Date: Mon, 12 Jul 2021 10:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        )
    };
    let number = |o: certdesk::service::ingest::Outcome| match o {
        certdesk::service::ingest::Outcome::Created(n) => n.to_string(),
        other => panic!("{other:?}"),
    };
    let before = app.sms_log().len();
    // From the address on record, SMS delivered: the link again, a reply, resolved.
    let n = number(
        app.ingest(&mail("rizki@mail.example.id", "Sertifikat belum ada. NIK 3275011205900001")).await,
    );
    app.run_jobs().await;
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert_eq!(t["ticket"]["status"], "resolved", "{t}");
    assert!(t["ticket"]["tags"].as_array().unwrap().iter().any(|g| g == "auto_resolved"));
    assert!(t["messages"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["kind"] == "outbound" && m["body"].as_str().unwrap().contains("1199")));
    assert!(
        app.sms_log()[before..].iter().any(|l| l["content"].as_str().unwrap().contains("/c/")),
        "the link went out again"
    );
    // The citizen answers: reopened for an agent.
    let reply = format!(
        "From: rizki@mail.example.id\r\nTo: sertifikat@certdesk.test\r\nSubject: Re: [{n}] Sertifikat\r\nMessage-ID: <r{}@mail.example.id>\r\n\
         Date: Mon, 12 Jul 2021 11:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMasih belum bisa dibuka.\r\n",
        uuid::Uuid::new_v4().simple()
    );
    app.ingest(&reply).await;
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert_eq!(t["ticket"]["status"], "open");
    // Another cause (no phone on record) is left to an agent.
    let n = number(app.ingest(&mail("siti@mail.example.id", "NIK 3174014505850002, tidak ada SMS")).await);
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert_eq!(t["ticket"]["status"], "new");
    // From an address that is not on record: left to an agent too.
    let n = number(
        app.ingest(&mail("orang.lain@mail.example.id", "NIK 3275011205900001 belum ada sertifikat")).await,
    );
    let t = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert_ne!(t["ticket"]["status"], "resolved");
}

pub async fn the_csv_export_streams_every_ticket_of_a_filter(app: TestApp) {
    // Over one export page (1,000), created concurrently through the API.
    let mut tasks = Vec::new();
    for i in 0..1_150 {
        let (client, addr, token) = (app.client.clone(), app.addr.clone(), app.admin.clone());
        tasks.push(tokio::spawn(async move {
            let channel = if i % 2 == 0 { "phone" } else { "email" };
            let body = json!({"subject": format!("Keluhan, nomor {i}"), "body": "Belum ada sertifikat", "channel": channel,
                              "nik": "3275011205900001", "requester": {"name": "Warga"}});
            let r = client.post(format!("{addr}/api/v1/tickets")).bearer_auth(token).json(&body).send().await.unwrap();
            assert_eq!(r.status(), 201);
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let r = app
        .client
        .get(format!("{}/api/v1/export/tickets?channel=phone", app.addr))
        .bearer_auth(&app.admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(r.headers()["content-disposition"].to_str().unwrap().contains("tickets.csv"));
    let text = r.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 575, "every phone ticket, across pages");
    assert!(rows.iter().all(|r| &r[4] == "phone"));
    let numbers: std::collections::HashSet<_> = rows.iter().map(|r| r[0].to_string()).collect();
    assert_eq!(numbers.len(), 575, "no ticket twice");
    assert_eq!(&rows[0][8], "3275********0001", "NIKs masked");
    assert!(rows.iter().any(|r| r[9].contains("Keluhan, nomor")), "a comma in a field is quoted");
    assert!(!text.contains("3275011205900001"));
    // Supervisors only.
    let (_, agent) = app.staff("ani", "agent", &["general"]).await;
    let r = app
        .client
        .get(format!("{}/api/v1/export/tickets", app.addr))
        .bearer_auth(&agent)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}
