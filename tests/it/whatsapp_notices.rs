//! Certificate notices by WhatsApp template (`whatsapp.notices`), against the local
//! Graph API and SMS gateway: the template and its variables, Meta's statuses out of
//! order and twice, and the fall back to SMS when Meta refuses or fails a notice, with
//! the ticket actions that waited on it following the SMS.

use sea_orm::ConnectionTrait;
use serde_json::{json, Value};

use crate::certificates::{record, RIZKI, SITI};
use crate::citizen::Citizen;
use crate::graph::{status, webhook, Answer, APP_SECRET};
use crate::helpers::TestApp;

fn ts() -> i64 {
    chrono::Utc::now().timestamp()
}

async fn notices(app: &TestApp, nik: &str) -> Vec<Value> {
    let mut sms = app.person(nik).await["sms"].as_array().unwrap().clone();
    sms.reverse(); // oldest first
    sms
}

async fn meta_says(app: &TestApp, wamid: &str, state: &str, dt: i64, error: Option<i64>) {
    let body = webhook(vec![vec![status(wamid, state, ts() + dt, error)]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
}

fn params(sent: &Value) -> Vec<String> {
    sent["template"]["components"][0]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap().to_string())
        .collect()
}

async fn reissue(app: &TestApp, cert: &str) {
    let path = format!("/api/v1/certificates/{cert}/reissue");
    app.post(&path, &app.admin, json!({"reason": "reissue_requested"})).await.expect(200);
}

async fn sms_failed_tickets(app: &TestApp) -> usize {
    let list = app.get("/api/v1/tickets?tag=sms_failed", &app.admin).await.expect(200).clone();
    list["items"].as_array().unwrap().len()
}

pub async fn certificate_notices_go_by_whatsapp_template_and_fall_back_to_sms(app: TestApp) {
    let (graph, gw) = (app.graph(), app.gateway());
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812 3456 7890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;

    // The issuance notice is the approved template, to the number on record, its
    // variables in the configured order; nothing goes to the SMS gateway.
    let sent = graph.sent();
    assert_eq!(sent.len(), 1, "{sent:?}");
    let m = &sent[0];
    assert_eq!(m["to"], "6281234567890");
    assert_eq!(m["type"], "template");
    assert_eq!(m["template"]["name"], "certdesk_certificate_issued");
    assert_eq!(m["template"]["language"]["code"], "id");
    let p = params(m);
    assert_eq!(p.len(), 3, "{p:?}");
    assert_eq!(p[0], "1");
    assert!(p[1].contains("/c/"), "a fresh certificate link: {p:?}");
    assert!(chrono::NaiveDate::parse_from_str(&p[2], "%d-%m-%Y").is_ok(), "{p:?}");
    assert!(!m.to_string().contains(RIZKI), "no NIK goes to Meta");
    assert!(gw.accepted().is_empty());
    let n = notices(&app, RIZKI).await;
    assert_eq!((n[0]["channel"].as_str(), n[0]["status"].as_str()), (Some("whatsapp"), Some("queued")));

    // Statuses out of order and twice: `read` first counts as delivered; the late
    // `sent`, a repeat and a `failed` after delivery change nothing.
    meta_says(&app, "wamid.OUT1", "read", 5, None).await;
    meta_says(&app, "wamid.OUT1", "sent", 1, None).await;
    meta_says(&app, "wamid.OUT1", "read", 5, None).await;
    app.run_jobs().await;
    let n = notices(&app, RIZKI).await;
    assert_eq!(n[0]["status"], "delivered", "{n:?}");
    assert_eq!(n[0]["receipt_status"], "read");
    assert!(n[0]["delivered_at"].is_string());
    meta_says(&app, "wamid.OUT1", "failed", 9, Some(131026)).await;
    app.run_jobs().await;
    assert_eq!(notices(&app, RIZKI).await.len(), 1, "a delivered notice never falls back");
    assert!(gw.accepted().is_empty());

    // Meta refuses the number (not on WhatsApp): the same notice goes by SMS at once,
    // and nobody is told anything failed until the SMS does.
    graph.script(&[Answer::Error(400, 131026)]);
    app.import(json!([record(SITI, "Siti Aminah", Some("081398765432"), None, &[(1, Some("2021-07-01"))])]))
        .await;
    app.run_jobs().await;
    let n = notices(&app, SITI).await;
    assert_eq!(n.len(), 2, "{n:?}");
    assert_eq!((n[0]["channel"].as_str(), n[0]["status"].as_str()), (Some("whatsapp"), Some("dead")));
    assert!(n[0]["last_error"].as_str().unwrap().contains("131026"), "{n:?}");
    assert_eq!((n[1]["channel"].as_str(), n[1]["status"].as_str()), (Some("sms"), Some("queued")));
    let sms = gw.accepted();
    assert_eq!(sms.len(), 1);
    assert_eq!(sms[0].to, "6281398765432");
    assert!(sms[0].content.contains("/c/") && sms[0].content.contains("dosis 1"), "{}", sms[0].content);
    assert_eq!(sms_failed_tickets(&app).await, 0, "the citizen got the SMS: nothing failed yet");
    let trail = app.get("/api/v1/audit?action=notice.fallback_to_sms", &app.admin).await.expect(200).clone();
    assert_eq!(trail.as_array().map(Vec::len), Some(1), "{trail}");
    assert!(trail[0].to_string().contains("131026"), "the audit says why: {trail}");
    assert!(!trail[0].to_string().contains("81398765432"), "and no number: {trail}");
    // The SMS failing too is the citizen's problem, as for any SMS.
    gw.receipt(&sms[0], "UNDELIV", 2).await;
    app.run_jobs().await;
    assert_eq!(sms_failed_tickets(&app).await, 1);

    // A reissue: its own template with the version. A status that beats the API's
    // answer is applied when the send is recorded; `failed` (twice, as Meta retries)
    // sends exactly one SMS.
    let cert = app.person(RIZKI).await["certificates"][0]["id"].as_str().unwrap().to_string();
    meta_says(&app, "wamid.OUT2", "sent", 0, None).await;
    reissue(&app, &cert).await;
    app.run_jobs().await;
    let sent = graph.sent();
    assert_eq!(sent[1]["template"]["name"], "certdesk_certificate_reissued");
    assert_eq!(params(&sent[1])[..2], ["1".to_string(), "2".to_string()]);
    assert_eq!(notices(&app, RIZKI).await[1]["status"], "sent", "the early status was applied");
    meta_says(&app, "wamid.OUT2", "failed", 2, Some(131026)).await;
    meta_says(&app, "wamid.OUT2", "failed", 2, Some(131026)).await;
    app.run_jobs().await;
    let sms = gw.accepted();
    assert_eq!(sms.len(), 2, "one fallback SMS for a failure reported twice");
    assert_eq!(sms[1].to, "6281234567890");
    assert!(sms[1].content.contains("versi 2"), "{}", sms[1].content);
    let n = notices(&app, RIZKI).await;
    assert_eq!(n.len(), 3);
    assert_eq!((n[1]["status"].as_str(), n[1]["receipt_status"].as_str()), (Some("failed"), Some("failed")));
    assert!(n[1]["last_error"].as_str().unwrap().contains("131026"));
}

pub async fn a_resolution_waits_on_the_whatsapp_notice_then_on_its_sms(app: TestApp) {
    let (graph, gw) = (app.graph(), app.gateway());
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("081234567890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    assert_eq!(graph.sent().len(), 1);
    meta_says(&app, "wamid.OUT1", "delivered", 1, None).await;
    let t = app.ticket(&app.admin, json!({"nik": RIZKI})).await;
    let path = format!("/api/v1/tickets/{}", t["id"].as_str().unwrap());
    app.patch(&path, &app.admin, json!({"status": "open"})).await.expect(200);
    let resolve = json!({"status": "resolved", "actions": [{"kind": "resend_sms"}]});

    // Meta is busy first (rate limit): retried by the queue, not sent by SMS.
    graph.script(&[Answer::Error(429, 130429)]);
    app.patch(&path, &app.admin, resolve.clone()).await.expect(200);
    app.run_jobs().await;
    assert_eq!(graph.sent().len(), 1);
    assert!(gw.accepted().is_empty(), "a rate limit is no reason for SMS");
    app.make_jobs_due().await;
    app.run_jobs().await;
    let sent = graph.sent();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[1]["template"]["name"], "certdesk_certificate_link");
    let action = || async { app.get(&path, &app.admin).await.expect(200)["actions"][0].clone() };
    let a = action().await;
    assert_eq!(a["status"], "pending");
    assert!(a["outcome"].as_str().unwrap().contains("WhatsApp message accepted by Meta"), "{a}");

    // The number on record changes meanwhile; then Meta reports the notice failed: the
    // link goes by SMS to the number on record now, never to the one given up, and the
    // action waits on the SMS and is done when it is.
    app.cx
        .database()
        .write()
        .execute_unprepared("UPDATE person SET phone = '+6281311112222'")
        .await
        .expect("phone changed");
    meta_says(&app, "wamid.OUT2", "failed", 1, Some(131049)).await;
    app.run_jobs().await;
    let sms = gw.accepted();
    assert_eq!(sms.len(), 1);
    assert_eq!(sms[0].to, "6281311112222");
    let a = action().await;
    assert_eq!(a["status"], "pending", "{a}");
    assert!(a["outcome"].as_str().unwrap().contains("SMS sent to the gateway"), "{a}");
    gw.receipt(&sms[0], "DELIVRD", 2).await;
    let a = action().await;
    assert_eq!(a["status"], "done", "{a}");
    assert!(a["outcome"].as_str().unwrap().contains("SMS delivered"), "{a}");
    let d = app.get(&path, &app.admin).await.expect(200).clone();
    assert_eq!(d["ticket"]["status"], "resolved", "the failed WhatsApp message did not reopen it");

    // Resolved again with the same action: the request is met by the SMS it fell back
    // to (delivered), not by the failed WhatsApp message; nothing is sent, nothing reopens.
    app.patch(&path, &app.admin, json!({"status": "open"})).await.expect(200);
    app.patch(&path, &app.admin, resolve.clone()).await.expect(200);
    app.run_jobs().await;
    assert_eq!((graph.sent().len(), gw.accepted().len()), (2, 1));
    let d = app.get(&path, &app.admin).await.expect(200).clone();
    assert_eq!(d["ticket"]["status"], "resolved", "{}", d["actions"]);
    assert!(d["actions"].as_array().unwrap().iter().all(|a| a["status"] == "done"), "{}", d["actions"]);

    // A notice Meta took but never reports delivered (a phone that stays offline) goes
    // by SMS once its time is up.
    let cert = app.person(RIZKI).await["certificates"][0]["id"].as_str().unwrap().to_string();
    reissue(&app, &cert).await;
    app.run_jobs().await;
    assert_eq!((graph.sent().len(), gw.accepted().len()), (3, 1), "not yet");
    app.make_jobs_due().await;
    app.run_jobs().await;
    let sms = gw.accepted();
    assert_eq!(sms.len(), 2);
    assert!(sms[1].content.contains("versi 2") && sms[1].to == "6281311112222", "{:?}", sms[1]);
    let late = notices(&app, RIZKI).await.into_iter().find(|n| n["receipt_status"] == "overdue").unwrap();
    assert!(late["last_error"].as_str().unwrap().contains("not delivered by WhatsApp within 6h"), "{late}");

    // The code a citizen asks for is never a WhatsApp notice: it proves the phone.
    let before = graph.sent().len();
    let mut c = Citizen::new(&app);
    c.get("/portal/verify").await;
    let facts = [
        ("nik", RIZKI),
        ("full_name", "Muhamad Rizki"),
        ("birth_date", "12-05-1990"),
        ("vaccinated_on", "12-07-2021"),
        ("vaccine", "coronavac"),
    ];
    c.post("/portal/verify", &facts).await;
    assert_eq!(c.redirects.last().map(String::as_str), Some("/portal/verify/code"), "{}", c.html);
    app.run_jobs().await;
    let codes = gw.accepted().into_iter().filter(|m| m.content.contains("kode verifikasi")).count();
    assert_eq!(codes, 1, "the code goes by SMS");
    assert_eq!(graph.sent().len(), before, "and never by WhatsApp");
}

pub async fn a_correction_decision_goes_by_template_in_one_line(app: TestApp) {
    // Rizki's certificates are announced by WhatsApp; his code still comes by SMS.
    crate::portal::people(&app).await;
    let graph = app.graph();
    let issued = graph.sent().len();
    assert!(issued >= 2, "the certificates went by template: {issued}");
    let mut c = crate::portal::verified(&app).await;
    c.get("/portal/me/correction").await;
    c.post_files("/portal/me/correction", &[("sex", "F")], &[("ev_ktp", "ktp.png", crate::citizen::png())])
        .await;
    assert_eq!(c.status, 200, "{}", c.html);
    let (_, agent) = app.staff("ani", "agent", &["general"]).await;
    let list = app.get("/api/v1/corrections", &agent).await.expect(200).clone();
    let id = list[0]["id"].as_str().unwrap();
    let before = app.sms_log().len();
    let reason = "foto KTP\n tidak   terbaca";
    let d = app.post(&format!("/api/v1/corrections/{id}/reject"), &agent, json!({"reason": reason})).await;
    assert_eq!(d.expect(200)["outcome"], "rejected");
    app.run_jobs().await;
    let sent = graph.sent();
    let decision =
        sent.iter().find(|m| m["template"]["name"] == "certdesk_correction_decided").expect("a template");
    assert_eq!(decision["to"], "6281234567890");
    let p = params(decision);
    assert_eq!(p.len(), 1);
    assert!(p[0].contains("belum dapat disetujui") && p[0].contains("foto KTP"), "{p:?}");
    assert!(!p[0].contains('\n') && !p[0].contains("  "), "one line, single spaces: {p:?}");
    let told = &app.sms_log()[before..];
    assert!(told.is_empty(), "no SMS when the template went: {told:?}");
}
