//! The WhatsApp channel against a local Graph API: the webhook handshake and
//! signature, dedupe across Meta's retries, every entry and change, conversations to
//! tickets (linked only by a NIK in the text), agent replies inside and outside the
//! 24-hour window, statuses out of order, media, and Graph API errors by kind.

use chrono::Utc;
use serde_json::{json, Value};

use crate::certificates::{record, RIZKI, SITI};
use crate::graph::{image, messages_change, text, webhook, User, APP_SECRET, VERIFY_TOKEN};
use crate::helpers::TestApp;

pub(crate) const ANI: User =
    User { wa_id: Some("6281311112222"), bsuid: Some("ID.1000000000000001"), name: "Ani" };
const BUDI: User = User { wa_id: None, bsuid: Some("ID.2000000000000002"), name: "Budi" };
pub(crate) const CICI: User = User { wa_id: Some("6285733334444"), bsuid: None, name: "Cici" };

pub(crate) fn ts() -> i64 {
    Utc::now().timestamp()
}

pub(crate) async fn tickets(app: &TestApp) -> Vec<Value> {
    let page = app.get("/api/v1/tickets?channel=whatsapp&limit=200", &app.admin).await;
    page.expect(200)["items"].as_array().unwrap().clone()
}

pub(crate) async fn detail(app: &TestApp, t: &Value) -> Value {
    app.get(&format!("/api/v1/tickets/{}", t["id"].as_str().unwrap()), &app.admin).await.expect(200).clone()
}

pub(crate) async fn conversation(app: &TestApp, t: &Value) -> Value {
    app.get(&format!("/api/v1/tickets/{}/whatsapp", t["id"].as_str().unwrap()), &app.admin)
        .await
        .expect(200)
        .clone()
}

pub(crate) async fn reply(app: &TestApp, t: &Value, body: &str) -> Value {
    let path = format!("/api/v1/tickets/{}/messages", t["id"].as_str().unwrap());
    app.post(&path, &app.admin, json!({"kind": "reply", "body": body})).await.expect(201).clone()
}

/// One `COUNT(*) AS n` from the app's database.
pub(crate) async fn count(app: &TestApp, sql: &str) -> i64 {
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
