//! The ticket core, over HTTP.

use std::collections::HashSet;

use sea_orm::ConnectionTrait;
use serde_json::{json, Value};

use crate::helpers::TestApp;

fn path(t: &Value) -> String {
    format!("/api/v1/tickets/{}", t["id"].as_str().unwrap())
}

pub async fn creating_a_ticket_returns_it_new_with_a_number_and_normalised_fields(app: TestApp) {
    let r = app
        .post(
            "/api/v1/tickets",
            &app.admin,
            json!({
                "subject": "  Sertifikat belum diterima  ",
                "body": "Sudah vaksin 12 Juli, SMS 1199 tidak datang.",
                "channel": "phone",
                "category": "sms_not_received",
                "priority": "high",
                "nik": "3275.0112.0590.0001",
                "requester": {"name": "Muhamad Rizki", "phone": "0812 3456 7890", "email": "Rizki@Mail.CO.ID"},
                "tags": ["VIP", "vip", "bekasi"],
            }),
        )
        .await;
    let b = r.expect(201);
    let t = &b["ticket"];
    let number = t["number"].as_str().unwrap();
    assert!(regex_like_number(number), "{number}");
    assert_eq!(t["status"], "new");
    assert_eq!(t["channel"], "phone");
    assert_eq!(t["category"], "sms_not_received");
    assert_eq!(t["priority"], "high");
    assert_eq!(t["queue"], "general");
    assert_eq!(t["subject"], "Sertifikat belum diterima");
    assert_eq!(t["nik"], "3275011205900001");
    assert_eq!(t["requester"]["phone"], "+6281234567890");
    assert_eq!(t["requester"]["email"], "Rizki@mail.co.id");
    assert_eq!(t["tags"], json!(["bekasi", "vip"]));
    assert!(t["first_response_at"].is_null());
    let msgs = b["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0]["kind"], "inbound");
    assert_eq!(msgs[0]["body"], "Sudah vaksin 12 Juli, SMS 1199 tidak datang.");

    // Defaults: category other, priority normal.
    let t2 = app.ticket(&app.admin, json!({})).await;
    assert_eq!(t2["category"], "other");
    assert_eq!(t2["priority"], "normal");
    assert_ne!(t2["number"], t["number"]);
}

fn regex_like_number(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 3
        && parts[0] == "SRT"
        && parts[1].len() == 4
        && parts[2].len() == 6
        && parts[1..].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

pub async fn ticket_numbers_stay_unique_under_concurrent_creation(app: TestApp) {
    let futures = (0..20).map(|_| app.ticket(&app.admin, json!({})));
    let tickets = futures::future::join_all(futures).await;
    let numbers: HashSet<String> =
        tickets.iter().map(|t| t["number"].as_str().unwrap().to_string()).collect();
    assert_eq!(numbers.len(), 20, "{numbers:?}");
}

pub async fn a_ticket_is_found_by_id_and_by_number(app: TestApp) {
    let t = app.ticket(&app.admin, json!({})).await;
    let by_id = app.get(&path(&t), &app.admin).await;
    let by_number = app
        .get(&format!("/api/v1/tickets/{}", t["number"].as_str().unwrap().to_lowercase()), &app.admin)
        .await;
    assert_eq!(by_id.expect(200)["ticket"]["id"], t["id"]);
    assert_eq!(by_number.expect(200)["ticket"]["id"], t["id"]);
    let missing = app.get("/api/v1/tickets/SRT-2020-999999", &app.admin).await;
    missing.expect(404);
    assert_eq!(missing.error_code(), "not_found");
}

const STATUSES: [&str; 6] = ["new", "open", "pending_citizen", "pending_internal", "resolved", "closed"];

/// The documented table (see `TicketStatus::can_become`), restated independently.
fn allowed(from: &str, to: &str) -> bool {
    matches!(
        (from, to),
        ("new", "open")
            | ("open", "pending_citizen" | "pending_internal" | "resolved")
            | ("pending_citizen", "open" | "pending_internal" | "resolved")
            | ("pending_internal", "open" | "pending_citizen" | "resolved")
            | ("resolved", "open" | "closed")
    )
}

/// A route through allowed moves from `new` to `status`.
fn route_to(status: &str) -> &'static [&'static str] {
    match status {
        "new" => &[],
        "open" => &["open"],
        "pending_citizen" => &["open", "pending_citizen"],
        "pending_internal" => &["open", "pending_internal"],
        "resolved" => &["open", "resolved"],
        _ => &["open", "resolved", "closed"],
    }
}

pub async fn every_allowed_transition_succeeds_and_every_other_is_refused(app: TestApp) {
    for from in STATUSES {
        for to in STATUSES.iter().filter(|t| **t != from) {
            let t = app.ticket(&app.admin, json!({})).await;
            for step in route_to(from) {
                app.patch(&path(&t), &app.admin, json!({"status": step})).await.expect(200);
            }
            let r = app.patch(&path(&t), &app.admin, json!({"status": to})).await;
            if allowed(from, to) {
                let b = r.expect(200);
                assert_eq!(b["status"], *to, "{from} -> {to}");
                match *to {
                    "resolved" => assert!(b["resolved_at"].is_string()),
                    "closed" => assert!(b["closed_at"].is_string()),
                    "open" => assert!(b["resolved_at"].is_null()),
                    _ => {}
                }
            } else {
                r.expect(409);
                assert_eq!(r.error_code(), "invalid_transition", "{from} -> {to}");
                let now = app.get(&path(&t), &app.admin).await;
                assert_eq!(now.expect(200)["ticket"]["status"], from, "refused move changed nothing");
            }
        }
    }
}

pub async fn a_reply_opens_a_new_ticket_and_records_the_first_response(app: TestApp) {
    let t = app.ticket(&app.admin, json!({})).await;
    let note = app
        .post(
            &format!("{}/messages", path(&t)),
            &app.admin,
            json!({"kind": "note", "body": "cek data di PCare"}),
        )
        .await;
    assert_eq!(note.expect(201)["kind"], "note");
    let after_note = app.get(&path(&t), &app.admin).await;
    assert_eq!(after_note.expect(200)["ticket"]["status"], "new", "a note is not a response");
    assert!(after_note.body["ticket"]["first_response_at"].is_null());

    let reply = app
        .post(
            &format!("{}/messages", path(&t)),
            &app.admin,
            json!({"kind": "reply", "body": "Mohon kirim NIK Anda."}),
        )
        .await;
    assert_eq!(reply.expect(201)["kind"], "outbound");
    let after = app.get(&path(&t), &app.admin).await;
    let b = after.expect(200);
    assert_eq!(b["ticket"]["status"], "open");
    let first = b["ticket"]["first_response_at"].as_str().unwrap().to_string();
    let kinds: Vec<&str> =
        b["messages"].as_array().unwrap().iter().map(|m| m["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["inbound", "note", "outbound"]);

    // A second reply keeps the first-response time.
    app.post(
        &format!("{}/messages", path(&t)),
        &app.admin,
        json!({"kind": "reply", "body": "Terima kasih."}),
    )
    .await
    .expect(201);
    let again = app.get(&path(&t), &app.admin).await;
    assert_eq!(again.expect(200)["ticket"]["first_response_at"], first.as_str());
}

pub async fn a_reply_to_a_closed_ticket_is_refused_but_a_note_is_kept(app: TestApp) {
    let t = app.ticket(&app.admin, json!({})).await;
    for s in ["open", "resolved", "closed"] {
        app.patch(&path(&t), &app.admin, json!({"status": s})).await.expect(200);
    }
    let reply = app
        .post(&format!("{}/messages", path(&t)), &app.admin, json!({"kind": "reply", "body": "halo"}))
        .await;
    reply.expect(409);
    assert_eq!(reply.error_code(), "conflict");
    app.post(&format!("{}/messages", path(&t)), &app.admin, json!({"kind": "note", "body": "arsip"}))
        .await
        .expect(201);
}

fn numbers(r: &Value) -> Vec<String> {
    r["items"].as_array().unwrap().iter().map(|t| t["number"].as_str().unwrap().to_string()).collect()
}

pub async fn listing_filters_by_every_field(app: TestApp) {
    let (agent_id, _) = app.staff("siti", "agent", &["general"]).await;
    let a = app
        .ticket(&app.admin, json!({"subject": "SMS tidak masuk", "category": "sms_not_received", "channel": "phone", "tags": ["urgent-case"]}))
        .await;
    let b = app
        .ticket(&app.admin, json!({"subject": "Nomor HP salah", "category": "phone_mismatch", "queue": "jabar", "requester": {"name": "Dewi Lestari"}}))
        .await;
    let c = app
        .ticket(
            &app.admin,
            json!({"subject": "Data nama salah", "category": "data_correction", "channel": "web"}),
        )
        .await;
    app.patch(&path(&c), &app.admin, json!({"status": "open"})).await.expect(200);
    app.put(&format!("{}/assignee", path(&b)), &app.admin, json!({"staff_id": agent_id})).await.expect(200);

    let list = |q: &str| {
        let q = q.to_string();
        let app = &app;
        async move { numbers(app.get(&format!("/api/v1/tickets?{q}"), &app.admin).await.expect(200)) }
    };
    let n = |t: &Value| t["number"].as_str().unwrap().to_string();
    assert_eq!(list("").await, [n(&c), n(&b), n(&a)]);
    assert_eq!(list("status=open").await, [n(&c)]);
    assert_eq!(list("status=new&status=open").await.len(), 3);
    assert_eq!(list("category=phone_mismatch").await, [n(&b)]);
    assert_eq!(list("channel=phone").await, [n(&a)]);
    assert_eq!(list("channel=web").await, [n(&c)]);
    assert_eq!(list("queue=jabar").await, [n(&b)]);
    assert_eq!(list(&format!("assignee={agent_id}")).await, [n(&b)]);
    assert_eq!(list("assignee=none").await, [n(&c), n(&a)]);
    assert_eq!(list("tag=urgent-case").await, [n(&a)]);
    assert_eq!(list("q=nomor%20hp").await, [n(&b)]);
    assert_eq!(list("q=dewi").await, [n(&b)]);
    assert_eq!(list(&format!("q={}", n(&a))).await, [n(&a)]);
    assert_eq!(list("q=100%25").await, Vec::<String>::new(), "LIKE wildcards are literal");
    let created = c["created_at"].as_str().unwrap();
    let enc = created.replace('+', "%2B");
    assert_eq!(list(&format!("created_from={enc}")).await, [n(&c)]);
    assert_eq!(list(&format!("created_to={enc}")).await, [n(&b), n(&a)]);
    let bad = app.get("/api/v1/tickets?status=lost", &app.admin).await;
    bad.expect(400);
    let bad = app.get("/api/v1/tickets?assignee=someone", &app.admin).await;
    bad.expect(422);
    assert!(bad.body["message"].as_str().unwrap().starts_with("assignee"));
}

pub async fn cursor_pagination_returns_every_ticket_once_newest_first(app: TestApp) {
    let mut created = Vec::new();
    for _ in 0..7 {
        created.push(app.ticket(&app.admin, json!({})).await["number"].as_str().unwrap().to_string());
    }
    created.reverse();
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let q = match &cursor {
            Some(c) => format!("/api/v1/tickets?limit=3&cursor={c}"),
            None => "/api/v1/tickets?limit=3".to_string(),
        };
        let r = app.get(&q, &app.admin).await;
        let b = r.expect(200).clone();
        seen.extend(numbers(&b));
        pages += 1;
        match b["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
        assert!(pages < 10, "pagination does not end");
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, created);
    let r = app.get("/api/v1/tickets?cursor=garbage", &app.admin).await;
    r.expect(422);
    let r = app.get("/api/v1/tickets?limit=1000", &app.admin).await;
    assert_eq!(r.expect(200)["items"].as_array().unwrap().len(), 7, "limit is clamped, not refused");
}

pub async fn merging_moves_messages_and_tags_and_points_to_the_survivor(app: TestApp) {
    let survivor = app.ticket(&app.admin, json!({"tags": ["a"]})).await;
    let dup = app.ticket(&app.admin, json!({"tags": ["b"], "body": "balasan kedua"})).await;
    app.post(&format!("{}/messages", path(&dup)), &app.admin, json!({"kind": "note", "body": "duplikat"}))
        .await
        .expect(201);
    let r = app.post(&format!("{}/merge", path(&dup)), &app.admin, json!({"into": survivor["number"]})).await;
    let b = r.expect(200);
    assert_eq!(b["ticket"]["id"], survivor["id"]);
    assert_eq!(b["ticket"]["tags"], json!(["a", "b"]));
    let bodies: Vec<&str> =
        b["messages"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap()).collect();
    assert_eq!(bodies.len(), 3);
    assert!(bodies.contains(&"balasan kedua") && bodies.contains(&"duplikat"));

    let merged = app.get(&path(&dup), &app.admin).await;
    let m = merged.expect(200);
    assert_eq!(m["ticket"]["merged_into_id"], survivor["id"]);
    assert_eq!(m["ticket"]["status"], "closed");
    assert_eq!(m["messages"].as_array().unwrap().len(), 0);

    let change = app.patch(&path(&dup), &app.admin, json!({"priority": "high"})).await;
    change.expect(409);
    assert!(change.body["message"].as_str().unwrap().contains("merged"));
}

pub async fn merge_refuses_self_closed_targets_and_merged_sources(app: TestApp) {
    let a = app.ticket(&app.admin, json!({})).await;
    let b = app.ticket(&app.admin, json!({})).await;
    let closed = app.ticket(&app.admin, json!({})).await;
    for s in ["open", "resolved", "closed"] {
        app.patch(&path(&closed), &app.admin, json!({"status": s})).await.expect(200);
    }
    let me = app.post(&format!("{}/merge", path(&a)), &app.admin, json!({"into": a["id"]})).await;
    me.expect(422);
    let into_closed =
        app.post(&format!("{}/merge", path(&a)), &app.admin, json!({"into": closed["id"]})).await;
    into_closed.expect(409);
    app.post(&format!("{}/merge", path(&a)), &app.admin, json!({"into": b["id"]})).await.expect(200);
    let twice = app.post(&format!("{}/merge", path(&a)), &app.admin, json!({"into": b["id"]})).await;
    twice.expect(409);
    let bad = app.post(&format!("{}/merge", path(&a)), &app.admin, json!({"into": "nonsense"})).await;
    bad.expect(422);
    assert!(bad.body["message"].as_str().unwrap().starts_with("into"));
}

pub async fn tags_are_added_removed_and_validated(app: TestApp) {
    let t = app.ticket(&app.admin, json!({})).await;
    let r = app.post(&format!("{}/tags", path(&t)), &app.admin, json!({"tag": "Follow-Up"})).await;
    assert_eq!(r.expect(200)["tags"], json!(["follow-up"]));
    let r = app.post(&format!("{}/tags", path(&t)), &app.admin, json!({"tag": "follow-up"})).await;
    assert_eq!(r.expect(200)["tags"], json!(["follow-up"]), "adding twice is a no-op");
    let r = app.post(&format!("{}/tags", path(&t)), &app.admin, json!({"tag": "no spaces allowed"})).await;
    r.expect(422);
    assert!(r.body["message"].as_str().unwrap().starts_with("tag"));
    let r = app.delete(&format!("{}/tags/follow-up", path(&t)), &app.admin).await;
    assert_eq!(r.expect(200)["tags"], json!([]));
}

pub async fn every_change_writes_an_audit_event_with_before_and_after(app: TestApp) {
    let (agent_id, _) = app.staff("budi", "agent", &["general"]).await;
    let t = app.ticket(&app.admin, json!({})).await;
    let other = app.ticket(&app.admin, json!({})).await;
    app.patch(&path(&t), &app.admin, json!({"status": "open", "priority": "urgent"})).await.expect(200);
    app.post(&format!("{}/messages", path(&t)), &app.admin, json!({"kind": "reply", "body": "ok"}))
        .await
        .expect(201);
    app.put(&format!("{}/assignee", path(&t)), &app.admin, json!({"staff_id": agent_id})).await.expect(200);
    app.post(&format!("{}/tags", path(&t)), &app.admin, json!({"tag": "x"})).await.expect(200);
    app.post(&format!("{}/merge", path(&other)), &app.admin, json!({"into": t["id"]})).await.expect(200);

    let r = app.get(&format!("{}/audit", path(&t)), &app.admin).await;
    let events = r.expect(200).as_array().unwrap().clone();
    let actions: Vec<&str> = events.iter().rev().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions,
        ["ticket.create", "ticket.update", "ticket.reply", "ticket.assign", "ticket.tag", "ticket.merged_in"]
    );
    let update = events.iter().find(|e| e["action"] == "ticket.update").unwrap();
    assert_eq!(update["before"]["status"], "new");
    assert_eq!(update["after"]["status"], "open");
    assert_eq!(update["before"]["priority"], "normal");
    assert_eq!(update["after"]["priority"], "urgent");
    assert_eq!(update["actor_kind"], "staff");
    assert_eq!(update["via"], "api");
    assert!(update["actor_id"].is_string());
    let assign = events.iter().find(|e| e["action"] == "ticket.assign").unwrap();
    assert_eq!(assign["after"]["assignee"], agent_id.as_str());

    let all =
        app.get(&format!("/api/v1/audit?entity_id={}", other["id"].as_str().unwrap()), &app.admin).await;
    let other_actions: Vec<String> = all
        .expect(200)
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(other_actions, ["ticket.merged_away", "ticket.create"]);
    let staff_events = app.get("/api/v1/audit?entity_type=staff&action=staff.create", &app.admin).await;
    assert_eq!(staff_events.expect(200).as_array().unwrap().len(), 2, "root and budi");
}

pub async fn the_audit_log_refuses_updates_and_deletes(app: TestApp) {
    app.ticket(&app.admin, json!({})).await;
    let db = app.cx.database().write();
    let update = db.execute_unprepared("UPDATE audit_event SET action = 'forged'").await;
    assert!(update.is_err(), "UPDATE must fail");
    let delete = db.execute_unprepared("DELETE FROM audit_event").await;
    assert!(delete.is_err(), "DELETE must fail");
    let r = app.get("/api/v1/audit?action=forged", &app.admin).await;
    assert_eq!(r.expect(200).as_array().unwrap().len(), 0);
}

/// Tickets written together share a transaction; one that cannot be stored must not
/// take the others down with it.
pub async fn one_bad_ticket_in_a_batch_does_not_fail_the_others(app: TestApp) {
    use certdesk::domain::*;
    use certdesk::service::ticket_writer::NewTicketRows;

    let existing = app.ticket(&app.admin, json!({})).await;
    let taken = TicketNumber::parse(existing["number"].as_str().unwrap()).unwrap();
    let rows = |number: TicketNumber| {
        let now = chrono::Utc::now();
        let new = NewTicket {
            subject: Text::parse("batch", 10).unwrap(),
            body: Text::parse("b", 10).unwrap(),
            channel: Channel::Web,
            category: Category::Other,
            priority: Priority::Normal,
            queue: QueueName::general(),
            requester: Requester::default(),
            nik: None,
            tags: vec![Tag::parse("batch").unwrap()],
        };
        let (ticket, body) = Ticket::open(number, new, now);
        let first = Message::new(ticket.id, MessageKind::Inbound, body, now);
        let audit = AuditEntry::new(&Actor::System, "ticket.create", "ticket", ticket.id);
        NewTicketRows { ticket, first, audit }
    };
    let mut batch: Vec<_> = (1..=6).map(|n| rows(TicketNumber::new(2099, n).unwrap())).collect();
    batch.insert(3, rows(taken));
    let results = futures::future::join_all(batch.into_iter().map(|r| app.cx.ticket_writer.write(r))).await;
    let ok = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(ok, 6, "{results:?}", results = results.iter().map(|r| r.is_ok()).collect::<Vec<_>>());
    assert!(matches!(results[3], Err(certdesk::error::ServiceError::Conflict(_))));
    let listed = app.get("/api/v1/tickets?tag=batch", &app.admin).await;
    assert_eq!(listed.expect(200)["items"].as_array().unwrap().len(), 6);
    let audits = app.get("/api/v1/audit?action=ticket.create&limit=500", &app.admin).await;
    assert_eq!(audits.expect(200).as_array().unwrap().len(), 7, "no audit row for the refused ticket");
}

/// API tickets take numbers from a cached block; mail ingestion takes them inside its
/// transaction. Interleaved, and with a rolled-back transaction in between, no number repeats.
pub async fn ticket_numbers_stay_unique_across_channels_and_rollbacks(app: TestApp) {
    use sea_orm::TransactionTrait;
    let mut numbers = HashSet::new();
    for i in 0..40 {
        let t = app.ticket(&app.admin, json!({})).await;
        assert!(numbers.insert(t["number"].as_str().unwrap().to_string()));
        if i % 10 == 0 {
            // A transaction that takes a number and rolls back.
            let txn = app.cx.database().write().begin().await.unwrap();
            let year = chrono::Datelike::year(&chrono::Utc::now()) as u16;
            app.cx.database().next_ticket_number_in(&txn, year).await.unwrap();
            txn.rollback().await.unwrap();
        }
        let raw = format!(
            "From: n{i}@mail.example.id\r\nSubject: Sertifikat {i}\r\nMessage-ID: <num-{i}@x>\r\n\r\nbelum ada\r\n"
        );
        match app.ingest(&raw).await {
            certdesk::service::ingest::Outcome::Created(n) => {
                assert!(numbers.insert(n.to_string()), "{n} repeated")
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(numbers.len(), 80);
}
