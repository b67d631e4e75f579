//! The WhatsApp channel against a local Graph API: the webhook handshake and
//! signature, dedupe across Meta's retries, every entry and change, conversations to
//! tickets (linked only by a NIK in the text), agent replies inside and outside the
//! 24-hour window, statuses out of order, media, and Graph API errors by kind.

use chrono::{Duration, Utc};
use serde_json::{json, Value};

use crate::certificates::{record, RIZKI, SITI};
use crate::graph::{image, messages_change, status, text, webhook, Answer, User, APP_SECRET, VERIFY_TOKEN};
use crate::helpers::TestApp;

const ANI: User = User { wa_id: Some("6281311112222"), bsuid: Some("ID.1000000000000001"), name: "Ani" };
const BUDI: User = User { wa_id: None, bsuid: Some("ID.2000000000000002"), name: "Budi" };
const CICI: User = User { wa_id: Some("6285733334444"), bsuid: None, name: "Cici" };

fn ts() -> i64 {
    Utc::now().timestamp()
}

async fn tickets(app: &TestApp) -> Vec<Value> {
    let page = app.get("/api/v1/tickets?channel=whatsapp&limit=200", &app.admin).await;
    page.expect(200)["items"].as_array().unwrap().clone()
}

async fn detail(app: &TestApp, t: &Value) -> Value {
    app.get(&format!("/api/v1/tickets/{}", t["id"].as_str().unwrap()), &app.admin).await.expect(200).clone()
}

async fn conversation(app: &TestApp, t: &Value) -> Value {
    app.get(&format!("/api/v1/tickets/{}/whatsapp", t["id"].as_str().unwrap()), &app.admin)
        .await
        .expect(200)
        .clone()
}

async fn reply(app: &TestApp, t: &Value, body: &str) -> Value {
    let path = format!("/api/v1/tickets/{}/messages", t["id"].as_str().unwrap());
    app.post(&path, &app.admin, json!({"kind": "reply", "body": body})).await.expect(201).clone()
}

/// One `COUNT(*) AS n` from the app's database.
async fn count(app: &TestApp, sql: &str) -> i64 {
    use sea_orm::ConnectionTrait;
    let db = app.cx.database().write();
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

async fn inbound_rows(app: &TestApp) -> i64 {
    count(app, "SELECT COUNT(*) AS n FROM whatsapp_inbound").await
}

pub async fn the_handshake_and_the_signature_guard_the_webhook(app: TestApp) {
    let hs = |token: &str, mode: &str| {
        format!("/hooks/whatsapp?hub.mode={mode}&hub.verify_token={token}&hub.challenge=1158201444")
    };
    let ok = app.client.get(format!("{}{}", app.addr, hs(VERIFY_TOKEN, "subscribe"))).send().await.unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.text().await.unwrap(), "1158201444");
    for (token, mode) in
        [("wrong-token-wrong-token-1", "subscribe"), (VERIFY_TOKEN, "unsubscribe"), ("", "subscribe")]
    {
        let r = app.client.get(format!("{}{}", app.addr, hs(token, mode))).send().await.unwrap();
        assert_eq!(r.status(), 403, "{token} {mode}");
    }

    let body = webhook(vec![vec![messages_change(ANI, vec![text("wamid.S1", ts(), "halo")])]]);
    // Refused before the body is read: unsigned, wrong secret, or garbage with a bad signature.
    assert_eq!(app.webhook(&body, None).await, 403);
    assert_eq!(app.webhook(&body, Some("another-secret-0123456789")).await, 403);
    let garbage = app
        .client
        .post(format!("{}/hooks/whatsapp", app.addr))
        .header("x-hub-signature-256", "sha256=00")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(garbage.status(), 403, "a bad signature is refused before parsing");
    // Signed but not a webhook: a clear 400.
    let signed_garbage = app
        .client
        .post(format!("{}/hooks/whatsapp", app.addr))
        .header("x-hub-signature-256", crate::graph::sign(APP_SECRET, b"{not json"))
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(signed_garbage.status(), 400);
    assert_eq!(inbound_rows(&app).await, 0, "nothing refused was recorded");

    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    assert_eq!(inbound_rows(&app).await, 1);
    // Larger than whatsapp.max_body_bytes (1 MiB by default); its own client, as the
    // server closes a connection whose body it refused.
    let huge = reqwest::Client::new()
        .post(format!("{}/hooks/whatsapp", app.addr))
        .header("x-hub-signature-256", "sha256=00")
        .body(vec![b'x'; 2 * 1024 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status(), 413);
}

pub async fn every_entry_and_change_is_read_and_replays_change_nothing(app: TestApp) {
    let t0 = ts();
    let body = webhook(vec![
        vec![
            messages_change(
                ANI,
                vec![
                    text("wamid.A1", t0, "Sertifikat vaksin saya belum ada"),
                    text("wamid.A2", t0 + 1, "mohon dibantu"),
                ],
            ),
            messages_change(BUDI, vec![text("wamid.B1", t0, "SMS 1199 tidak pernah masuk")]),
        ],
        vec![messages_change(CICI, vec![text("wamid.C1", t0, "my certificate never came")])],
    ]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    // Meta retries the same delivery, and replays one message on its own.
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    let replay = webhook(vec![vec![messages_change(ANI, vec![text("wamid.A2", t0 + 1, "mohon dibantu")])]]);
    assert_eq!(app.webhook(&replay, Some(APP_SECRET)).await, 200);
    assert_eq!(inbound_rows(&app).await, 4);
    app.run_jobs().await;

    let list = tickets(&app).await;
    assert_eq!(list.len(), 3, "one ticket per user: {list:?}");
    let ani = list.iter().find(|t| t["requester"]["name"] == "Ani").expect("Ani's ticket");
    let thread = detail(&app, ani).await;
    let inbound: Vec<&str> = thread["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "inbound")
        .map(|m| m["body"].as_str().unwrap())
        .collect();
    assert_eq!(inbound, ["Sertifikat vaksin saya belum ada", "mohon dibantu"]);
    assert_eq!(ani["channel"], "whatsapp");
    assert!(ani["person_id"].is_null(), "no NIK, no person");

    // One acknowledgement per ticket with its number; a BSUID-only user is reached by it.
    let sent = app.graph().sent();
    assert_eq!(sent.len(), 3, "{sent:?}");
    for t in &list {
        let n = t["number"].as_str().unwrap();
        assert!(sent.iter().any(|s| s["text"]["body"].as_str().unwrap().contains(n)), "ack for {n}");
    }
    assert!(sent.iter().any(|s| s["recipient"] == "ID.2000000000000002" && s.get("to").is_none()));
    let cici = sent.iter().find(|s| s["to"] == "6285733334444").expect("Cici's ack");
    assert!(cici["text"]["body"].as_str().unwrap().contains("Thank you"), "English in, English out");
}

pub async fn a_nik_in_the_chat_links_the_person_and_the_number_alone_never_does(app: TestApp) {
    app.import(json!([
        record(RIZKI, "Muhamad Rizki", Some("0813 1111 2222"), None, &[(1, None)]),
        record(SITI, "Siti Aminah", Some("081398765432"), None, &[(1, Some("2021-07-01"))]),
    ]))
    .await;
    app.run_jobs().await;
    // Ani writes from the number on Rizki's record but gives no NIK: not linked.
    let body =
        webhook(vec![vec![messages_change(ANI, vec![text("wamid.N1", ts(), "sertifikat belum keluar")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    // Cici gives Siti's NIK in her first message.
    let cici = format!("Selamat siang, sertifikat vaksin saya tidak muncul. NIK {SITI}");
    let body = webhook(vec![vec![messages_change(CICI, vec![text("wamid.N2", ts(), &cici)])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    let list = tickets(&app).await;
    let ani = list.iter().find(|t| t["requester"]["name"] == "Ani").unwrap().clone();
    let cici = list.iter().find(|t| t["requester"]["name"] == "Cici").unwrap().clone();
    assert!(ani["person_id"].is_null(), "a WhatsApp number is not proof of identity");
    assert!(!cici["person_id"].is_null(), "linked by the NIK in the text");
    let asks: Vec<bool> = app
        .graph()
        .sent()
        .iter()
        .map(|s| s["text"]["body"].as_str().unwrap().contains("mohon kirim NIK"))
        .collect();
    assert_eq!(asks.iter().filter(|a| **a).count(), 1, "only the ticket without a NIK asks for it");

    // Ani answers with the NIK: the same ticket, now linked.
    let body =
        webhook(vec![vec![messages_change(ANI, vec![text("wamid.N3", ts(), &format!("NIK saya {RIZKI}"))])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    let again = tickets(&app).await;
    assert_eq!(again.len(), 2);
    let ani = detail(&app, &ani).await;
    assert!(!ani["ticket"]["person_id"].is_null());
    assert_eq!(ani["ticket"]["nik"], RIZKI);
}

pub async fn replies_go_as_text_inside_the_window_and_wait_for_the_citizen_outside_it(app: TestApp) {
    let body =
        webhook(vec![vec![messages_change(ANI, vec![text("wamid.W1", ts(), "sertifikat belum ada")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    let t = tickets(&app).await.remove(0);
    reply(&app, &t, "Baik Bu Ani, mohon kirim NIK Anda.").await;
    app.run_jobs().await;
    let sent = app.graph().sent();
    assert_eq!(sent.len(), 2, "ack and reply");
    assert_eq!(sent[1]["type"], "text");
    assert_eq!(sent[1]["text"]["body"], "Baik Bu Ani, mohon kirim NIK Anda.");
    assert_eq!(sent[1]["recipient"], "ID.1000000000000001", "by BSUID where known");
    // The desk shows the window to the agent.
    crate::desk::agent_with_password(&app, "sari", &["general"]).await;
    let mut desk = crate::citizen::Citizen::new(&app);
    crate::desk::sign_in(&app, &mut desk, "sari", crate::desk::PASSWORD).await;
    let page = format!("/desk/tickets/{}", t["number"].as_str().unwrap());
    desk.get(&page).await;
    assert!(
        desk.html.contains(r#"id="whatsapp-window""#) && desk.html.contains("sebagai teks sampai"),
        "{}",
        desk.html
    );

    // A day and more later the window is closed: the template tells her once.
    app.cx.clock.set(Utc::now() + Duration::hours(25));
    reply(&app, &t, "Data Anda sudah kami perbaiki.").await;
    reply(&app, &t, "Silakan unduh ulang sertifikat.").await;
    app.run_jobs().await;
    let sent = app.graph().sent();
    assert_eq!(sent.len(), 3, "one template for both replies: {sent:?}");
    assert_eq!(sent[2]["type"], "template");
    assert_eq!(sent[2]["template"]["name"], "certdesk_reply_waiting");
    assert_eq!(sent[2]["template"]["components"][0]["parameters"][0]["text"], t["number"]);
    let conv = conversation(&app, &t).await;
    assert_eq!(conv["window_open"], false);
    // (A day on, the desk session has lapsed too: sign in again.)
    crate::desk::sign_in(&app, &mut desk, "sari", crate::desk::PASSWORD).await;
    desk.get(&page).await;
    assert!(desk.html.contains("jendela 24 jam tertutup"), "{}", desk.html);
    let waiting =
        conv["sent"].as_array().unwrap().iter().filter(|o| o["status"] == "awaiting_window").count();
    assert_eq!(waiting, 2);
    let status = app.get("/api/v1/whatsapp/status", &app.admin).await.expect(200).clone();
    assert_eq!(status["awaiting_window"], 2);

    // She writes back: both replies go, in order, as text.
    let later = (Utc::now() + Duration::hours(25)).timestamp();
    let body = webhook(vec![vec![messages_change(ANI, vec![text("wamid.W2", later, "iya pak?")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    let sent = app.graph().sent();
    let texts: Vec<&str> = sent[3..].iter().map(|s| s["text"]["body"].as_str().unwrap()).collect();
    assert_eq!(texts, ["Data Anda sudah kami perbaiki.", "Silakan unduh ulang sertifikat."]);
    let conv = conversation(&app, &t).await;
    assert_eq!(conv["window_open"], true);
    assert!(conv["sent"].as_array().unwrap().iter().all(|o| o["status"] != "awaiting_window"));

    // Meta's clock disagrees with ours (131047): the reply waits all the same.
    app.graph().script(&[Answer::Error(400, 131047)]);
    reply(&app, &t, "Satu hal lagi.").await;
    app.run_jobs().await;
    let sent = app.graph().sent();
    assert_eq!(sent.last().unwrap()["type"], "template");
    let conv = conversation(&app, &t).await;
    assert_eq!(
        conv["sent"].as_array().unwrap().iter().filter(|o| o["status"] == "awaiting_window").count(),
        1
    );
    app.cx.clock.release();
}

pub async fn statuses_only_move_forward_and_failures_reach_the_agent(app: TestApp) {
    let body = webhook(vec![vec![messages_change(ANI, vec![text("wamid.T1", ts(), "halo")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await; // the ack is wamid.OUT1
    let t = tickets(&app).await.remove(0);
    reply(&app, &t, "Balasan pertama").await;
    app.run_jobs().await; // wamid.OUT2
                          // Read arrives before delivered; a late "sent" and "delivered" change nothing.
    for (state, dt) in [("read", 5), ("delivered", 3), ("sent", 1), ("delivered", 3)] {
        assert_eq!(
            app.webhook(&webhook(vec![vec![status("wamid.OUT2", state, ts() + dt, None)]]), Some(APP_SECRET))
                .await,
            200
        );
    }
    let conv = conversation(&app, &t).await;
    let second = conv["sent"].as_array().unwrap().iter().find(|o| o["purpose"] == "reply").unwrap().clone();
    assert_eq!(second["status"], "read");
    assert!(second["read_at"].is_string());

    // A status that beats the API's answer is kept and applied once the send is recorded.
    assert_eq!(
        app.webhook(&webhook(vec![vec![status("wamid.OUT3", "delivered", ts(), None)]]), Some(APP_SECRET))
            .await,
        200
    );
    reply(&app, &t, "Balasan kedua").await;
    app.run_jobs().await;
    let conv = conversation(&app, &t).await;
    let third =
        conv["sent"].as_array().unwrap().iter().filter(|o| o["purpose"] == "reply").nth(1).unwrap().clone();
    assert_eq!(third["status"], "delivered");

    // A failure after sending: the message shows it and the ticket is flagged.
    reply(&app, &t, "Balasan ketiga").await;
    app.run_jobs().await; // wamid.OUT4
    assert_eq!(
        app.webhook(
            &webhook(vec![vec![status("wamid.OUT4", "failed", ts(), Some(131026))]]),
            Some(APP_SECRET)
        )
        .await,
        200
    );
    let d = detail(&app, &t).await;
    assert!(d["flags"].as_array().unwrap().iter().any(|f| f["kind"] == "whatsapp_failed"), "{}", d["flags"]);
    let last =
        d["messages"].as_array().unwrap().iter().rev().find(|m| m["kind"] == "outbound").unwrap().clone();
    assert_eq!(last["delivery_status"], "failed");
    assert!(last["delivery_error"].as_str().unwrap().contains("131026"));
}

pub async fn graph_errors_are_handled_by_kind(app: TestApp) {
    let body = webhook(vec![vec![messages_change(CICI, vec![text("wamid.G1", ts(), "halo")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    let t = tickets(&app).await.remove(0);
    let before = app.graph().sent().len();

    // Throttled, then an expired token: both retried; then accepted.
    app.graph().script(&[Answer::Error(400, 130429), Answer::Error(401, 190)]);
    reply(&app, &t, "Mohon tunggu").await;
    app.run_jobs().await;
    let conv = conversation(&app, &t).await;
    let r = conv["sent"].as_array().unwrap().iter().find(|o| o["purpose"] == "reply").unwrap().clone();
    assert_eq!(r["status"], "queued");
    assert!(r["last_error"].as_str().unwrap().contains("130429"), "{r}");
    app.make_jobs_due().await;
    app.run_jobs().await;
    app.make_jobs_due().await;
    app.run_jobs().await;
    let conv = conversation(&app, &t).await;
    let r = conv["sent"].as_array().unwrap().iter().find(|o| o["purpose"] == "reply").unwrap().clone();
    assert_eq!(r["status"], "sent", "{r}");
    assert_eq!(r["attempts"], 3);
    assert_eq!(app.graph().sent().len(), before + 1);

    // Not a WhatsApp user any more: failed at once, never retried, the agent told.
    app.graph().script(&[Answer::Error(400, 131026)]);
    reply(&app, &t, "Halo?").await;
    app.run_jobs().await;
    app.make_jobs_due().await;
    app.run_jobs().await;
    assert_eq!(app.graph().sent().len(), before + 1);
    let d = detail(&app, &t).await;
    assert!(d["flags"].as_array().unwrap().iter().any(|f| f["kind"] == "whatsapp_failed"));
    let conv = conversation(&app, &t).await;
    assert_eq!(conv["sent"].as_array().unwrap().iter().filter(|o| o["status"] == "failed").count(), 1);

    // A reply longer than WhatsApp carries is refused with a clear error, not cut.
    let path = format!("/api/v1/tickets/{}/messages", t["id"].as_str().unwrap());
    let long = app.post(&path, &app.admin, json!({"kind": "reply", "body": "x".repeat(4097)})).await;
    assert_eq!(long.status, 422, "{:?}", long.body);
    // Staff cannot start a WhatsApp ticket themselves.
    let made = app
        .post("/api/v1/tickets", &app.admin, json!({"subject": "x", "body": "y", "channel": "whatsapp"}))
        .await;
    assert_eq!(made.status, 422);
}

pub async fn media_is_fetched_and_odd_messages_are_kept_visible(app: TestApp) {
    app.import(json!([record(SITI, "Siti Aminah", Some("081398765432"), None, &[(1, Some("2021-07-01"))])]))
        .await;
    let jpeg: Vec<u8> = [&[0xFF, 0xD8, 0xFF, 0xE0][..], &[7u8; 5000][..]].concat();
    app.graph().add_media("7001", "image/jpeg", &jpeg);
    let t0 = ts();
    let body = webhook(vec![vec![messages_change(
        CICI,
        vec![
            image("wamid.M1", t0, "7001", &format!("ini KTP saya, NIK {SITI}")),
            image("wamid.M2", t0 + 1, "7404", "foto kedua"),
            json!({"id": "wamid.M3", "timestamp": (t0 + 2).to_string(), "type": "location",
                   "location": {"latitude": -6.2088, "longitude": 106.8456, "name": "Puskesmas Menteng"}}),
            json!({"id": "wamid.M4", "timestamp": (t0 + 3).to_string(), "type": "unsupported",
                   "errors": [{"code": 131051, "title": "Message type unknown"}]}),
        ],
    )]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    let t = tickets(&app).await.remove(0);
    assert!(!t["person_id"].is_null(), "the caption's NIK links the person");
    let d = detail(&app, &t).await;
    let atts = d["attachments"].as_array().unwrap();
    assert_eq!(atts.len(), 1, "{atts:?}");
    assert_eq!(atts[0]["size"], jpeg.len());
    assert_eq!(atts[0]["content_type"], "image/jpeg");
    let bodies: Vec<String> = d["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "inbound")
        .map(|m| m["body"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(bodies.len(), 4, "{bodies:?}");
    assert!(
        bodies.iter().any(|b| b.starts_with("[image]") && b.contains("could not be fetched")),
        "{bodies:?}"
    );
    assert!(bodies.iter().any(|b| b.contains("[location] -6.20880, 106.84560 · Puskesmas Menteng")));
    assert!(bodies.iter().any(|b| b.contains("[unsupported message: unsupported] Message type unknown")));
    let status = app.get("/api/v1/whatsapp/status", &app.admin).await.expect(200).clone();
    assert_eq!(status["backlog"], 0);
    assert!(status["last_message_at"].is_string());
}

/// Without `whatsapp.enabled` the hook does not exist, and only supervisors read the state.
pub async fn the_channel_is_off_unless_configured(app: TestApp) {
    let r = app.client.get(format!("{}/hooks/whatsapp?hub.mode=subscribe", app.addr)).send().await.unwrap();
    assert_eq!(r.status(), 404);
    let body = webhook(vec![vec![messages_change(ANI, vec![text("wamid.X1", ts(), "halo")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 404);
    let (_, agent) = app.staff("agent1", "agent", &["general"]).await;
    assert_eq!(app.get("/api/v1/whatsapp/status", &agent).await.status, 403);
    let s = app.get("/api/v1/whatsapp/status", &app.admin).await.expect(200).clone();
    assert_eq!(s["enabled"], false);
}

pub async fn a_number_that_changed_hands_and_merged_tickets_never_reach_another_citizen(app: TestApp) {
    let old = User { wa_id: Some("6281311112222"), bsuid: Some("ID.3000000000000003"), name: "Pemilik Lama" };
    let new = User { wa_id: Some("6281311112222"), bsuid: Some("ID.4000000000000004"), name: "Pemilik Baru" };
    let body =
        webhook(vec![vec![messages_change(old, vec![text("wamid.R1", ts(), "sertifikat saya belum ada")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    // The number is someone else's now (Meta gives them their own BSUID).
    let body =
        webhook(vec![vec![messages_change(new, vec![text("wamid.R2", ts(), "halo, mau tanya vaksin")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    let list = tickets(&app).await;
    assert_eq!(list.len(), 2, "the new owner of the number gets a ticket of their own");
    let old_ticket = list.iter().find(|t| t["requester"]["name"] == "Pemilik Lama").unwrap().clone();
    let new_ticket = list.iter().find(|t| t["requester"]["name"] == "Pemilik Baru").unwrap().clone();
    let thread = detail(&app, &old_ticket).await;
    assert_eq!(thread["messages"].as_array().unwrap().iter().filter(|m| m["kind"] == "inbound").count(), 1);
    // A reply to the old owner goes to their BSUID, not to the number they gave up.
    reply(&app, &old_ticket, "Untuk pemilik lama").await;
    app.run_jobs().await;
    let last = app.graph().sent().last().unwrap().clone();
    assert_eq!(last["recipient"], "ID.3000000000000003");
    assert!(last.get("to").is_none(), "{last}");

    // An agent merges the new owner's ticket into the old owner's: the new owner's next
    // message opens a ticket of their own, and a reply on the survivor reaches only its
    // own conversation.
    let merged = app
        .post(
            &format!("/api/v1/tickets/{}/merge", new_ticket["id"].as_str().unwrap()),
            &app.admin,
            json!({"into": old_ticket["number"]}),
        )
        .await;
    merged.expect(200);
    let body = webhook(vec![vec![messages_change(new, vec![text("wamid.R3", ts(), "ada kabar?")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    assert_eq!(tickets(&app).await.len(), 3);
    let survivor = detail(&app, &old_ticket).await;
    assert!(!survivor["messages"].as_array().unwrap().iter().any(|m| m["body"] == "ada kabar?"));
    reply(&app, &old_ticket, "Balasan di tiket gabungan").await;
    app.run_jobs().await;
    assert_eq!(app.graph().sent().last().unwrap()["recipient"], "ID.3000000000000003");
}

pub async fn a_reply_held_twice_is_released_twice_and_failed_messages_can_be_retried(app: TestApp) {
    let body = webhook(vec![vec![messages_change(ANI, vec![text("wamid.H1", ts(), "halo")])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    let t = tickets(&app).await.remove(0);
    let templates = |app: &TestApp| app.graph().sent().iter().filter(|s| s["type"] == "template").count();
    // Held by Meta's verdict, released by her answer, held again, released again.
    app.graph().script(&[Answer::Error(400, 131047)]);
    reply(&app, &t, "Jawaban petugas").await;
    app.run_jobs().await;
    assert_eq!(templates(&app), 1);
    let answer =
        |wamid: &'static str| webhook(vec![vec![messages_change(ANI, vec![text(wamid, ts(), "ya?")])]]);
    app.graph().script(&[Answer::Error(400, 131047)]);
    assert_eq!(app.webhook(&answer("wamid.H2"), Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    assert_eq!(templates(&app), 2, "told again after the second hold");
    assert_eq!(app.webhook(&answer("wamid.H3"), Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    let texts: Vec<Value> =
        app.graph().sent().into_iter().filter(|s| s["text"]["body"] == "Jawaban petugas").collect();
    assert_eq!(texts.len(), 1, "sent exactly once, after the second release");
    let conv = conversation(&app, &t).await;
    assert!(
        conv["sent"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["status"] != "awaiting_window" && o["status"] != "queued"),
        "{conv}"
    );

    // Taken without an id: recorded sent, never sent again.
    app.graph().script(&[Answer::NoId]);
    reply(&app, &t, "Tanpa id").await;
    app.run_jobs().await;
    app.make_jobs_due().await;
    app.run_jobs().await;
    assert_eq!(app.graph().sent().iter().filter(|s| s["text"]["body"] == "Tanpa id").count(), 1);

    // A message that could not become a ticket is listed, and a supervisor runs it again.
    use sea_orm::ConnectionTrait;
    let db = app.cx.database().write();
    db.execute_unprepared(
        "UPDATE whatsapp_inbound SET status = 'failed', reason = 'test' WHERE wamid = 'wamid.H3'",
    )
    .await
    .unwrap();
    let status = app.get("/api/v1/whatsapp/status", &app.admin).await.expect(200).clone();
    let failed = status["recent_failures"].as_array().unwrap().clone();
    assert_eq!(failed.len(), 1);
    let id = failed[0]["id"].as_str().unwrap();
    let (_, agent) = app.staff("agent2", "agent", &["general"]).await;
    let path = format!("/api/v1/whatsapp/inbound/{id}/retry");
    assert_eq!(app.post(&path, &agent, json!({})).await.status, 403);
    app.post(&path, &app.admin, json!({})).await.expect(200);
    assert_eq!(app.post(&path, &app.admin, json!({})).await.status, 409, "only a failed message");
    app.run_jobs().await;
    let status = app.get("/api/v1/whatsapp/status", &app.admin).await.expect(200).clone();
    assert_eq!(status["recent_failures"].as_array().unwrap().len(), 0);
    assert_eq!(status["backlog"], 0);
}

/// What the menu last answered (the bot's texts go through the Graph API like replies).
fn last_text(app: &TestApp) -> String {
    app.graph().sent().last().and_then(|s| s["text"]["body"].as_str().map(str::to_owned)).unwrap_or_default()
}

async fn say(app: &TestApp, user: User<'_>, n: &mut u32, text_: &str) -> String {
    *n += 1;
    let body = webhook(vec![vec![messages_change(user, vec![text(&format!("wamid.MENU{n}"), ts(), text_)])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    last_text(app)
}

pub async fn the_menu_answers_like_the_portal_behind_a_code_to_the_phone_on_record(app: TestApp) {
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812 3456 7890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    let mut n = 0;
    assert!(say(&app, ANI, &mut n, "MENU").await.contains("1. Cek status"));
    assert!(say(&app, ANI, &mut n, "1").await.contains("NIK"));
    assert!(say(&app, ANI, &mut n, "12345").await.contains("16 digit"), "a bad NIK is asked again");
    say(&app, ANI, &mut n, RIZKI).await;
    let status = say(&app, ANI, &mut n, "Muhamad Rizki").await;
    assert!(status.contains("SMS ke +62") && !status.contains("34567890"), "masked: {status}");

    // The certificate link: five facts, then the code sent by SMS to the phone on record.
    say(&app, ANI, &mut n, "menu").await;
    say(&app, ANI, &mut n, "2").await;
    for answer in [RIZKI, "Muhamad Rizki", "12-05-1990", "12-07-2021"] {
        say(&app, ANI, &mut n, answer).await;
    }
    let ask_code = say(&app, ANI, &mut n, "1").await;
    let code = crate::citizen::code_sent_to(&app, "+6281234567890").await;
    let wrong = say(&app, ANI, &mut n, if code == "000000" { "111111" } else { "000000" }).await;
    assert!(wrong.contains("Kode salah"), "{wrong}");
    let links = say(&app, ANI, &mut n, &code).await;
    assert!(links.contains("Dosis 1: http") && links.contains("/c/"), "{links}");

    // Someone who does not know the facts (no such record) sees the same words and no
    // code goes anywhere.
    let sms_before = app.sms_log().len();
    let mut m = 100;
    say(&app, CICI, &mut m, "menu").await;
    say(&app, CICI, &mut m, "2").await;
    for answer in [crate::certificates::BUDI, "Budi Santoso", "01-01-1980", "12-07-2021"] {
        say(&app, CICI, &mut m, answer).await;
    }
    assert_eq!(say(&app, CICI, &mut m, "1").await, ask_code, "match and no match read alike");
    assert_eq!(say(&app, CICI, &mut m, "123456").await, wrong, "a guess reads like a wrong code");
    assert_eq!(app.sms_log().len(), sms_before, "no code for facts that match nothing");

    // The facts never reached a ticket; the steps are audited as the portal's, via whatsapp.
    assert!(tickets(&app).await.is_empty(), "the menu opens no ticket");
    let audit = app.get("/api/v1/audit?action=portal.identity", &app.admin).await.expect(200).clone();
    let items = audit["items"].as_array().or(audit.as_array()).unwrap().clone();
    assert_eq!(items.len(), 2, "{audit}");
    assert!(items.iter().all(|e| e["via"] == "whatsapp"));

    // Nothing typed into the menu is kept: no NIK in the recorded messages or the outbox.
    let leaks = count(
        &app,
        "SELECT COUNT(*) AS n FROM whatsapp_inbound WHERE payload LIKE '%3275011205900001%' \
         OR payload LIKE '%12-05-1990%'",
    )
    .await;
    assert_eq!(leaks, 0, "the menu's facts are forgotten once taken");
    let live = count(&app, "SELECT COUNT(*) AS n FROM whatsapp_outbound WHERE body LIKE '%/c/%'").await;
    assert_eq!(live, 0, "no live link stored");

    // An answer long after the question is taken by the menu, never given to a ticket.
    say(&app, ANI, &mut n, "menu").await;
    say(&app, ANI, &mut n, "3").await;
    app.cx.clock.set(Utc::now() + Duration::minutes(11));
    let late = say(&app, ANI, &mut n, RIZKI).await;
    assert!(late.contains("berakhir"), "{late}");
    app.cx.clock.release();
    assert!(tickets(&app).await.is_empty());

    // "Talk to an agent": the next message is a complaint for a ticket.
    say(&app, ANI, &mut n, "menu").await;
    assert!(say(&app, ANI, &mut n, "4").await.contains("keluhan"));
    say(&app, ANI, &mut n, "Sertifikat dosis 2 saya belum ada").await;
    let list = tickets(&app).await;
    assert_eq!(list.len(), 1);
    let thread = detail(&app, &list[0]).await;
    let bodies: Vec<&str> =
        thread["messages"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap()).collect();
    assert!(!bodies.iter().any(|b| b.contains(RIZKI)), "no fact from the menu in the ticket");
}
