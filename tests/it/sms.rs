//! The SMS outbox against a local Jasmin-like gateway: parameters, receipts in and
//! out of order, retries with backoff, dead letters, failures that reopen tickets.

use serde_json::{json, Value};

use crate::certificates::{record, RIZKI, SITI};
use crate::gateway::Mode;
use crate::helpers::TestApp;

async fn sms_of(app: &TestApp, nik: &str) -> Vec<Value> {
    app.person(nik).await["sms"].as_array().unwrap().clone()
}

async fn job_rows(app: &TestApp, status: &str) -> Vec<Value> {
    app.get(&format!("/api/v1/jobs?status={status}&kind=send_sms"), &app.admin)
        .await
        .expect(200)
        .as_array()
        .unwrap()
        .clone()
}

pub async fn the_gateway_gets_jasmin_parameters_and_receipts_only_move_forward(app: TestApp) {
    let gw = app.gateway();
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812 3456 7890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    let got = gw.accepted();
    assert_eq!(got.len(), 1);
    let m = &got[0];
    assert_eq!(m.to, "6281234567890");
    assert_eq!(m.from, "1199");
    assert!(m.content.contains("/c/") && !m.content.contains(RIZKI));
    assert!(m.dlr_url.contains("/hooks/sms/dlr?secret="), "{}", m.dlr_url);
    assert_eq!(sms_of(&app, RIZKI).await[0]["status"], "queued", "a 200 means queued, not delivered");

    assert_eq!(gw.receipt(m, "ENROUTE", 1).await, (200, "ACK/Jasmin".into()));
    assert_eq!(sms_of(&app, RIZKI).await[0]["status"], "sent");
    assert_eq!(gw.receipt(m, "DELIVRD", 2).await, (200, "ACK/Jasmin".into()));
    // Repeated and late receipts are acknowledged and change nothing.
    assert_eq!(gw.receipt(m, "DELIVRD", 2).await.0, 200);
    assert_eq!(gw.receipt(m, "ACCEPTD", 1).await.0, 200);
    assert_eq!(gw.receipt(m, "UNDELIV", 2).await.0, 200);
    let s = &sms_of(&app, RIZKI).await[0];
    assert_eq!(s["status"], "delivered");
    assert_eq!(s["receipt_status"], "DELIVRD");
    assert!(s["delivered_at"].is_string());
    assert_eq!(app.run_jobs().await, 0, "a stale failure receipt queues no follow-up");

    // A receipt without the secret, or for a message nobody knows.
    let r = app
        .client
        .post(format!("{}/hooks/sms/dlr?secret=wrong", app.addr))
        .form(&[("id", m.id.as_str()), ("message_status", "UNDELIV")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let mut stranger = m.clone();
    stranger.id = "not-ours".into();
    assert_eq!(gw.receipt(&stranger, "DELIVRD", 2).await.0, 200);
    let mut broken = m.clone();
    broken.id = String::new();
    assert_eq!(gw.receipt(&broken, "DELIVRD", 2).await.0, 400);

    // A receipt that beats the gateway's own answer is kept and applied.
    gw.script(&[Mode::ReceiptFirst]);
    app.import(json!([record(SITI, "Siti Aminah", Some("081398765432"), None, &[(1, Some("2021-07-01"))])]))
        .await;
    app.run_jobs().await;
    assert_eq!(sms_of(&app, SITI).await[0]["status"], "delivered");
}

pub async fn temporary_failures_retry_with_backoff_then_dead_letter_and_refusals_do_not_retry(app: TestApp) {
    let gw = app.gateway();
    gw.script(&[Mode::Refuse(500), Mode::Hang]);
    app.import_rizki().await;
    app.run_jobs().await;
    let s = &sms_of(&app, RIZKI).await[0];
    assert_eq!(s["status"], "pending");
    assert_eq!(s["attempts"], 1);
    assert!(s["last_error"].as_str().unwrap().contains("500"), "{s}");
    let waiting = job_rows(&app, "pending").await;
    assert_eq!(waiting.len(), 1);
    let wait = chrono::DateTime::parse_from_rfc3339(waiting[0]["run_at"].as_str().unwrap()).unwrap();
    let delay = (wait.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_milliseconds();
    assert!((3_000..=6_500).contains(&delay), "first retry after ~5 s with jitter, got {delay} ms");
    assert_eq!(app.run_jobs().await, 0, "nothing runs before the backoff passes");

    app.make_jobs_due().await;
    app.run_jobs().await;
    let s = &sms_of(&app, RIZKI).await[0];
    assert!(s["last_error"].as_str().unwrap().contains("timed out"), "{s}");
    app.make_jobs_due().await;
    app.run_jobs().await;
    assert_eq!(sms_of(&app, RIZKI).await[0]["status"], "queued");
    assert_eq!(gw.accepted().len(), 1, "sent exactly once");

    // A gateway that keeps failing: dead after max_attempts, listed as a dead letter.
    gw.set_default(Mode::Refuse(503));
    app.import(json!([record(SITI, "Siti Aminah", Some("081398765432"), None, &[(1, Some("2021-07-01"))])]))
        .await;
    let calls_before = gw.calls();
    for _ in 0..12 {
        app.make_jobs_due().await;
        app.run_jobs().await;
    }
    let max = app.cx.config.jobs.max_attempts as usize;
    assert_eq!(gw.calls() - calls_before, max);
    let s = &sms_of(&app, SITI).await[0];
    assert_eq!(s["status"], "dead");
    let dead = job_rows(&app, "failed").await;
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0]["attempts"], max);

    // A supervisor retries the dead letter once the gateway is back.
    gw.set_default(Mode::Accept);
    let (_, agent) = app.staff("agent.jobs", "agent", &["general"]).await;
    let retry = format!("/api/v1/jobs/{}/retry", dead[0]["id"].as_str().unwrap());
    assert_eq!(app.post(&retry, &agent, json!({})).await.status, 403);
    app.post(&retry, &app.admin, json!({})).await.expect(200);
    app.run_jobs().await;
    assert_eq!(sms_of(&app, SITI).await[0]["status"], "queued");
    let summary = app.get("/api/v1/jobs/summary", &app.admin).await.expect(200).clone();
    assert!(summary.as_array().unwrap().iter().any(|r| r["kind"] == "send_sms" && r["status"] == "done"));

    // A refusal (4xx) is not retried.
    gw.script(&[Mode::Refuse(400)]);
    let nik = "3275011205900002";
    app.import(json!([record(nik, "Ahmad", Some("081211112222"), None, &[(1, Some("2021-07-12"))])])).await;
    let calls_before = gw.calls();
    for _ in 0..3 {
        app.make_jobs_due().await;
        app.run_jobs().await;
    }
    assert_eq!(gw.calls() - calls_before, 1);
    assert_eq!(sms_of(&app, nik).await[0]["status"], "dead");
}

pub async fn an_undeliverable_sms_opens_a_ticket_and_mails_the_link(app: TestApp) {
    let gw = app.gateway();
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("081234567890"),
        Some("rizki@mail.example.id"),
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    let m = gw.accepted()[0].clone();
    assert_eq!(gw.receipt(&m, "UNDELIV", 2).await.0, 200);
    assert_eq!(gw.receipt(&m, "UNDELIV", 2).await.0, 200, "Jasmin retried");
    app.run_jobs().await;
    let list = app.get("/api/v1/tickets?tag=sms_failed", &app.admin).await.expect(200).clone();
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{list}");
    let t = &items[0];
    assert_eq!(t["channel"], "system");
    assert_eq!(t["category"], "sms_not_received");
    assert_eq!(t["status"], "open");
    assert!(t["person_id"].is_string());
    let detail = app
        .get(&format!("/api/v1/tickets/{}", t["id"].as_str().unwrap()), &app.admin)
        .await
        .expect(200)
        .clone();
    assert!(detail["flags"].as_array().unwrap().iter().any(|f| f["kind"] == "sms_failed"));
    let sent =
        detail["messages"].as_array().unwrap().iter().find(|m| m["kind"] == "outbound").unwrap().clone();
    assert_eq!(sent["recipient"], "rizki@mail.example.id");
    assert_eq!(sent["delivery_status"], "sent");
    let mails = app.sink().wait_for(1).await;
    assert!(mails[0].contains("rizki@mail.example.id") && mails[0].contains("/c/"), "{}", mails[0]);

    // Resolve it, then another failure reopens the same ticket instead of a new one.
    let path = format!("/api/v1/tickets/{}", t["id"].as_str().unwrap());
    app.patch(&path, &app.admin, json!({"status": "resolved"})).await.expect(200);
    let p = app.person(RIZKI).await;
    let cert = p["certificates"][0]["id"].as_str().unwrap().to_string();
    app.post(
        &format!("/api/v1/certificates/{cert}/reissue"),
        &app.admin,
        json!({"reason": "reissue_requested"}),
    )
    .await
    .expect(200);
    app.run_jobs().await;
    let m2 = gw.accepted()[1].clone();
    gw.receipt(&m2, "EXPIRED", 2).await;
    app.run_jobs().await;
    let list = app.get("/api/v1/tickets?tag=sms_failed", &app.admin).await.expect(200).clone();
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"][0]["status"], "open");
}

pub async fn resolving_with_resend_sends_once_and_reports_delivery(app: TestApp) {
    let gw = app.gateway();
    app.import(json!([
        record(RIZKI, "Muhamad Rizki", Some("081234567890"), None, &[(1, Some("2021-07-12"))]),
        record(SITI, "Siti Aminah", None, None, &[(1, Some("2021-07-01"))]),
    ]))
    .await;
    app.run_jobs().await;
    assert_eq!(gw.accepted().len(), 1);
    let t = app.ticket(&app.admin, json!({"nik": RIZKI})).await;
    let path = format!("/api/v1/tickets/{}", t["id"].as_str().unwrap());
    let resolve = json!({"status": "resolved", "actions": [{"kind": "resend_sms"}]});
    app.patch(&path, &app.admin, json!({"status": "open"})).await.expect(200);
    app.patch(&path, &app.admin, resolve.clone()).await.expect(200);
    app.run_jobs().await;
    assert_eq!(gw.accepted().len(), 2);
    let m = gw.accepted()[1].clone();
    let a = &app.get(&path, &app.admin).await.expect(200)["actions"][0].clone();
    assert_eq!(a["status"], "pending");
    assert!(a["outcome"].as_str().unwrap().contains("SMS sent to the gateway"), "{a}");
    gw.receipt(&m, "DELIVRD", 2).await;
    let a = &app.get(&path, &app.admin).await.expect(200)["actions"][0].clone();
    assert_eq!(a["status"], "done");
    assert!(a["outcome"].as_str().unwrap().contains("SMS delivered"), "{a}");

    // Reopened and resolved again with the same action: still one SMS.
    app.patch(&path, &app.admin, json!({"status": "open"})).await.expect(200);
    app.patch(&path, &app.admin, resolve.clone()).await.expect(200);
    app.run_jobs().await;
    assert_eq!(gw.accepted().len(), 2, "two resolves, one SMS");

    // No phone on record: the action fails with the cause and the ticket reopens.
    let t2 = app.ticket(&app.admin, json!({"nik": SITI})).await;
    let path2 = format!("/api/v1/tickets/{}", t2["id"].as_str().unwrap());
    app.patch(&path2, &app.admin, json!({"status": "open"})).await.expect(200);
    app.patch(&path2, &app.admin, resolve.clone()).await.expect(200);
    app.run_jobs().await;
    let d = app.get(&path2, &app.admin).await.expect(200).clone();
    assert_eq!(d["actions"][0]["status"], "failed");
    assert!(d["actions"][0]["outcome"].as_str().unwrap().contains("phone_missing"), "{}", d["actions"]);
    assert_eq!(d["ticket"]["status"], "open");
    assert!(d["messages"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["kind"] == "note" && m["body"].as_str().unwrap().contains("Action failed")));

    // Actions need a resolution and a person.
    let t3 = app.ticket(&app.admin, json!({})).await;
    let path3 = format!("/api/v1/tickets/{}", t3["id"].as_str().unwrap());
    app.patch(&path3, &app.admin, json!({"status": "open"})).await.expect(200);
    assert_eq!(app.patch(&path3, &app.admin, resolve).await.status, 409);
    assert_eq!(
        app.patch(&path, &app.admin, json!({"status": "open", "actions": [{"kind": "resend_sms"}]}))
            .await
            .status,
        422
    );
    assert_eq!(
        app.patch(
            &path,
            &app.admin,
            json!({"status": "resolved", "actions": [{"kind": "update_phone", "phone": "021-555"}]})
        )
        .await
        .status,
        400,
        "no such action: a phone changes only through a correction request"
    );
}

pub async fn phone_update_reissue_and_merge_actions_fix_the_record(app: TestApp) {
    let gw = app.gateway();
    // The same person under two NIKs: dose 2 booked elsewhere became a new "dose 1".
    let dup = "3275011205900009";
    app.import(json!([
        record(RIZKI, "Muhamad Rizki", Some("081234567890"), None, &[(1, Some("2021-07-12"))]),
        record(dup, "Muhamad Rizki", Some("085700001111"), None, &[(1, Some("2021-08-09"))]),
    ]))
    .await;
    app.run_jobs().await;
    let person = app.person(RIZKI).await["id"].as_str().unwrap().to_string();

    // A phone change is a correction request: a code to the new number, read out by the
    // caller, then another person approves (the filer cannot).
    let started = app
        .post(
            &format!("/api/v1/people/{person}/phone-change"),
            &app.admin,
            json!({"phone": "+62 813-9999-0000"}),
        )
        .await
        .expect(202)
        .clone();
    app.run_jobs().await;
    let code = gw
        .accepted()
        .into_iter()
        .rev()
        .find(|m| m.to == "6281399990000")
        .map(|m| m.content[..6].to_string())
        .expect("the code went to the new number");
    let filed = app
        .post(
            &format!("/api/v1/people/{person}/phone-change/confirm"),
            &app.admin,
            json!({"flow": started["flow"], "code": code}),
        )
        .await
        .expect(201)
        .clone();
    assert_eq!(app.person(RIZKI).await["phone"], "+62 812-****-890", "nothing changes before approval");
    let approve = format!("/api/v1/corrections/{}/approve", filed["correction"].as_str().unwrap());
    assert_eq!(app.post(&approve, &app.admin, json!({})).await.status, 403, "the filer cannot approve");
    let (_, first) = app.staff("agent.first", "agent", &["general"]).await;
    let d = app.post(&approve, &first, json!({})).await.expect(200).clone();
    assert_eq!(d["outcome"], "awaiting_second_approval", "a phone takes two reviewers");
    let (_, agent) = app.staff("agent.second", "agent", &["general"]).await;
    let d = app.post(&approve, &agent, json!({})).await.expect(200).clone();
    assert_eq!(d["outcome"], "approved");
    assert!(d["correction"]["requested_by"].is_string());
    assert!(d["correction"]["proof"]["new_number"].is_object());
    app.run_jobs().await;

    // The old number was told; the new one got the link.
    let to: Vec<String> = gw.accepted().iter().map(|m| m.to.clone()).collect();
    assert!(to.contains(&"6281234567890".to_string()), "{to:?}");
    let notice = gw.accepted().into_iter().find(|m| m.content.contains("diganti")).expect("old number told");
    assert_eq!(notice.to, "6281234567890");
    assert!(to.iter().filter(|t| *t == "6281399990000").count() >= 2, "the code, then the link");

    // The records agree (name, birth date): an agent may merge them by resolving.
    let t = app.ticket(&app.admin, json!({"nik": RIZKI})).await;
    let path = format!("/api/v1/tickets/{}", t["id"].as_str().unwrap());
    app.patch(&path, &agent, json!({"status": "open"})).await.expect(200);
    app.patch(
        &path,
        &agent,
        json!({"status": "resolved", "actions": [{"kind": "merge_records", "duplicate_nik": dup}]}),
    )
    .await
    .expect(200);
    app.run_jobs().await;
    app.run_jobs().await;
    let d = app.get(&path, &app.admin).await.expect(200).clone();
    assert!(d["actions"].as_array().unwrap().iter().all(|a| a["status"] != "failed"), "{}", d["actions"]);
    assert_eq!(d["actions"][0]["params"]["duplicate_nik"], "3275********0009", "masked in the API");

    // Merged: two doses in date order, each with a current certificate; the duplicate's
    // certificate is superseded for duplicate_record.
    let p = app.person(RIZKI).await;
    assert_eq!(p["phone"], "+62 813-****-000");
    let doses: Vec<(u64, &str)> = p["doses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["dose"].as_u64().unwrap(), d["date"].as_str().unwrap()))
        .collect();
    assert_eq!(doses, [(1, "2021-07-12"), (2, "2021-08-09")]);
    let active: Vec<&Value> =
        p["certificates"].as_array().unwrap().iter().filter(|c| c["status"] == "active").collect();
    assert_eq!(active.len(), 2);
    let dp = app.person(dup).await;
    assert!(dp["merged_into"].is_string());
    assert!(dp["doses"].as_array().unwrap().is_empty());

    // Reissue action: a new version of each valid certificate.
    app.patch(&path, &app.admin, json!({"status": "open"})).await.expect(200);
    app.patch(&path, &app.admin, json!({"status": "resolved", "actions": [{"kind": "reissue_certificate", "reason": "reissue_requested"}]})).await.expect(200);
    app.run_jobs().await;
    let p = app.person(RIZKI).await;
    let active: Vec<&Value> =
        p["certificates"].as_array().unwrap().iter().filter(|c| c["status"] == "active").collect();
    assert_eq!(active.len(), 2);
    assert!(active.iter().all(|c| c["version"].as_u64().unwrap() >= 2));
    let d = app.get(&path, &app.admin).await.expect(200).clone();
    let last = d["actions"].as_array().unwrap().last().unwrap().clone();
    assert!(last["outcome"].as_str().unwrap().starts_with("reissued"), "{last}");
}

pub async fn a_bulk_resend_covers_every_matching_ticket_once_per_person(app: TestApp) {
    let gw = app.gateway();
    app.import(json!([
        record(RIZKI, "Muhamad Rizki", Some("081234567890"), None, &[(1, Some("2021-07-12"))]),
        record(SITI, "Siti Aminah", Some("081398765432"), None, &[(1, Some("2021-07-01"))]),
    ]))
    .await;
    app.run_jobs().await;
    for nik in [RIZKI, RIZKI, SITI] {
        app.ticket(&app.admin, json!({"nik": nik, "tags": ["sms_failed"]})).await;
    }
    app.ticket(&app.admin, json!({"tags": ["sms_failed"]})).await;
    app.ticket(&app.admin, json!({"nik": SITI})).await;
    let (_, agent) = app.staff("agent.bulk", "agent", &["general"]).await;
    assert_eq!(
        app.post("/api/v1/tickets/bulk/resend-sms", &agent, json!({"tag": "sms_failed"})).await.status,
        403
    );
    let r = app
        .post("/api/v1/tickets/bulk/resend-sms", &app.admin, json!({"tag": "sms_failed"}))
        .await
        .expect(200)
        .clone();
    assert_eq!(r["tickets"], 4);
    assert_eq!(r["sms_queued"], 2);
    assert_eq!(r["duplicates"], 1);
    assert_eq!(r["no_person"], 1);
    let before = gw.accepted().len();
    app.run_jobs().await;
    assert_eq!(gw.accepted().len() - before, 2);
}
