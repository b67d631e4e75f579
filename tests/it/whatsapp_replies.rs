//! Replies by WhatsApp against a local Graph API: text inside the 24-hour window, held
//! behind the template outside it (and held again), statuses out of order and before
//! the send, failures flagged, Graph API errors by kind, a supervisor's retry, the desk.

use chrono::{Duration, Utc};
use serde_json::{json, Value};

use crate::graph::{messages_change, status, text, webhook, Answer, APP_SECRET};
use crate::helpers::TestApp;
use crate::whatsapp::{conversation, detail, reply, tickets, ts, ANI, CICI};

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
