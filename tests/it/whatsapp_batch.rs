//! Many users in one webhook (the writer records a batch of them in a few statements):
//! who is who comes out as it would one message at a time, and a replay of the whole
//! batch changes nothing.

use sea_orm::{ConnectionTrait, Statement};

use crate::graph::{messages_change, text, webhook, User, APP_SECRET};
use crate::helpers::TestApp;
use crate::whatsapp::{tickets, ts};

async fn conversations(app: &TestApp) -> Vec<(Option<String>, Option<String>)> {
    let db = app.cx.database().write();
    let sql = "SELECT bsuid, wa_id FROM whatsapp_conversation";
    let rows = db.query_all_raw(Statement::from_string(db.get_database_backend(), sql)).await.unwrap();
    let mut out: Vec<_> =
        rows.iter().map(|r| (r.try_get("", "bsuid").unwrap(), r.try_get("", "wa_id").unwrap())).collect();
    out.sort();
    out
}

pub async fn users_in_one_webhook_are_told_apart_as_they_would_be_one_by_one(app: TestApp) {
    let (n, m) = (Some("6281311112222"), Some("6281399998888"));
    let a = User { wa_id: n, bsuid: Some("ID.1000000000000001"), name: "A" };
    let b = User { wa_id: n, bsuid: Some("ID.2000000000000002"), name: "B" };
    let c = User { wa_id: m, bsuid: None, name: "C" };
    let c_later = User { wa_id: m, bsuid: Some("ID.3000000000000003"), name: "C" };
    let d = User { wa_id: None, bsuid: Some("ID.4000000000000004"), name: "D" };
    // The number goes from A to B and back to A; C is known by number, then Meta sends
    // C's BSUID; D writes twice without a number.
    let body = webhook(vec![vec![
        messages_change(a, vec![text("wamid.B1", ts(), "sertifikat belum ada")]),
        messages_change(b, vec![text("wamid.B2", ts(), "halo")]),
        messages_change(a, vec![text("wamid.B3", ts(), "masih belum")]),
        messages_change(c, vec![text("wamid.B4", ts(), "tolong cek")]),
        messages_change(c_later, vec![text("wamid.B5", ts(), "ini saya lagi")]),
        messages_change(d, vec![text("wamid.B6", ts(), "pagi"), text("wamid.B7", ts(), "ada orang?")]),
    ]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    let want = vec![
        (Some("ID.1000000000000001".to_string()), Some("6281311112222".to_string())),
        (Some("ID.2000000000000002".to_string()), None),
        (Some("ID.3000000000000003".to_string()), Some("6281399998888".to_string())),
        (Some("ID.4000000000000004".to_string()), None),
    ];
    assert_eq!(conversations(&app).await, want);

    // Meta's retry of the whole webhook: nothing new.
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    assert_eq!(conversations(&app).await, want);
    app.run_jobs().await;
    let list = tickets(&app).await;
    assert_eq!(list.len(), 4, "one ticket per user");
    let inbound = |t: &serde_json::Value| t["requester"]["name"].as_str().unwrap_or_default().to_string();
    let mut names: Vec<String> = list.iter().map(inbound).collect();
    names.sort();
    assert_eq!(names, ["A", "B", "C", "D"]);
}

/// Makes the database refuse any thread message holding `word`: one message of a batch
/// that cannot be written, as a full disk or a bug would make it.
async fn refuse_messages_with(app: &TestApp, word: &str) {
    let db = app.cx.database().write();
    let backend = db.get_database_backend();
    let sql = match backend {
        sea_orm::DbBackend::Postgres => vec![
            format!(
                "CREATE FUNCTION refuse_word() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                 IF NEW.body LIKE '%{word}%' THEN RAISE EXCEPTION 'injected failure'; END IF; \
                 RETURN NEW; END $$"
            ),
            "CREATE TRIGGER refuse_word BEFORE INSERT ON ticket_message FOR EACH ROW \
             EXECUTE FUNCTION refuse_word()"
                .to_string(),
        ],
        _ => vec![format!(
            "CREATE TRIGGER refuse_word BEFORE INSERT ON ticket_message WHEN NEW.body LIKE '%{word}%' \
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
        )],
    };
    for s in sql {
        db.execute_raw(Statement::from_string(backend, s)).await.unwrap();
    }
}

async fn inbound_bodies(app: &TestApp, t: &serde_json::Value) -> Vec<String> {
    let d = crate::whatsapp::detail(app, t).await;
    let inbound = d["messages"].as_array().unwrap().iter().filter(|m| m["kind"] == "inbound");
    inbound.map(|m| m["body"].as_str().unwrap().to_string()).collect()
}

/// A backlog is converted by one worker in one go (it claims more than its lane's batch),
/// and each message comes out as it would alone: one user's messages in order in one
/// ticket, a file fetched and attached, and a message the database refuses kept queued
/// for its retry while the rest of the batch stands.
pub async fn a_backlog_is_converted_together_and_a_bad_message_stays_its_own(app: TestApp) {
    refuse_messages_with(&app, "gagal-uji").await;
    app.graph().add_media("7101", "image/jpeg", &[&[0xFF, 0xD8, 0xFF, 0xE0][..], &[9u8; 800][..]].concat());
    let bsuids = ["ID.5000000000000001", "ID.5000000000000002", "ID.5000000000000003", "ID.5000000000000004"];
    let names = ["Eka", "Fajar", "Gita", "Hadi"];
    let user = |i: usize| User { wa_id: None, bsuid: Some(bsuids[i]), name: names[i] };
    let t0 = ts();
    let body = webhook(vec![vec![
        messages_change(user(0), vec![text("wamid.C1", t0, "sertifikat dosis 2 belum muncul")]),
        messages_change(user(1), vec![text("wamid.C2", t0, "sms 1199 tidak pernah datang")]),
        messages_change(user(0), vec![text("wamid.C3", t0 + 1, "sudah seminggu menunggu")]),
        messages_change(user(2), vec![text("wamid.C4", t0, "pesan ini gagal-uji ditolak")]),
        messages_change(user(3), vec![crate::graph::image("wamid.C5", t0, "7101", "foto kartu vaksin")]),
        messages_change(user(1), vec![text("wamid.C6", t0 + 1, "mohon dibantu")]),
        messages_change(user(0), vec![text("wamid.C7", t0 + 2, "terima kasih")]),
        messages_change(user(3), vec![text("wamid.C8", t0 + 1, "itu kartu saya, sudah dua bulan")]),
    ]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);

    // One worker's claim of 2 takes the whole backlog of 8.
    let ran =
        certdesk::jobs::run_batch(&app.cx, Some(certdesk::domain::Lane::Interactive), "w1", 2).await.unwrap();
    assert_eq!(ran, 8, "the worker took every queued message of the backlog");
    let list = tickets(&app).await;
    let of = |name: &str| list.iter().find(|t| t["requester"]["name"] == name).cloned();
    assert_eq!(list.len(), 3, "Gita's message is refused, the others' tickets stand: {list:?}");
    let eka = of("Eka").expect("Eka's ticket");
    assert_eq!(
        inbound_bodies(&app, &eka).await,
        ["sertifikat dosis 2 belum muncul", "sudah seminggu menunggu", "terima kasih"],
        "one user's messages in order in one ticket"
    );
    assert_eq!(inbound_bodies(&app, &of("Fajar").unwrap()).await.len(), 2);
    let hadi = crate::whatsapp::detail(&app, &of("Hadi").unwrap()).await;
    assert_eq!(hadi["attachments"].as_array().unwrap().len(), 1, "the file fetched and attached");
    let hadi = inbound_bodies(&app, &of("Hadi").unwrap()).await;
    assert_eq!(hadi.len(), 2, "{hadi:?}");
    assert!(hadi[0].starts_with("[image]"), "the text behind a file comes after it: {hadi:?}");
    assert_eq!(hadi[1], "itu kartu saya, sudah dua bulan");
    let queued = "SELECT COUNT(*) AS n FROM whatsapp_inbound WHERE status = 'queued'";
    assert_eq!(crate::whatsapp::count(&app, queued).await, 1, "only the refused message waits");
    let retry = "SELECT COUNT(*) AS n FROM job WHERE kind = 'whatsapp_inbound' AND status = 'pending' \
                 AND attempts = 1 AND last_error LIKE '%injected failure%'";
    assert_eq!(crate::whatsapp::count(&app, retry).await, 1, "its job waits for a retry with the reason");

    // The fault cleared: the retry makes its ticket.
    let db = app.cx.database().write();
    let backend = db.get_database_backend();
    let drop = match backend {
        sea_orm::DbBackend::Postgres => "DROP TRIGGER refuse_word ON ticket_message",
        _ => "DROP TRIGGER refuse_word",
    };
    for sql in [drop, "UPDATE job SET run_at = created_at WHERE status = 'pending'"] {
        db.execute_raw(Statement::from_string(backend, sql.to_string())).await.unwrap();
    }
    app.run_jobs().await;
    assert_eq!(crate::whatsapp::count(&app, queued).await, 0);
    assert_eq!(inbound_bodies(&app, &of_ticket(&app, "Gita").await).await, ["pesan ini gagal-uji ditolak"]);
}

async fn of_ticket(app: &TestApp, name: &str) -> serde_json::Value {
    tickets(app).await.into_iter().find(|t| t["requester"]["name"] == name).expect("ticket")
}

/// Two workers converting one backlog at once, sharing users: no deadlock, no message
/// lost or doubled, one ticket per user.
pub async fn two_workers_converting_one_backlog_share_it_without_waiting_in_a_circle(app: TestApp) {
    let users: Vec<String> = (0..12).map(|i| format!("ID.60000000000000{i:02}")).collect();
    let t0 = ts();
    let mut changes = Vec::new();
    for round in 0..4 {
        // Each round in another order of users, so the workers' claims interleave.
        for i in 0..users.len() {
            let i = if round % 2 == 0 { i } else { users.len() - 1 - i };
            let u = User { wa_id: None, bsuid: Some(&users[i]), name: "Warga" };
            let wording =
                ["belum dapat sms", "cek sertifikat saya", "nomor hp sudah ganti", "tolong dibantu"];
            changes.push(messages_change(
                u,
                vec![text(&format!("wamid.D{round}-{i}"), t0 + round, wording[round as usize])],
            ));
        }
    }
    assert_eq!(app.webhook(&webhook(vec![changes]), Some(APP_SECRET)).await, 200);
    let lane = Some(certdesk::domain::Lane::Interactive);
    let (a, b) = tokio::join!(
        certdesk::jobs::run_batch(&app.cx, lane, "wa", 3),
        certdesk::jobs::run_batch(&app.cx, lane, "wb", 3),
    );
    assert!(a.unwrap() + b.unwrap() >= 48, "the two workers took the whole backlog between them");
    app.run_jobs().await;
    let once =
        "SELECT COUNT(*) AS n FROM job WHERE kind = 'whatsapp_inbound' AND status = 'done' AND attempts = 1";
    assert_eq!(crate::whatsapp::count(&app, once).await, 48, "every message's job ran once");
    let processed = "SELECT COUNT(*) AS n FROM whatsapp_inbound WHERE status = 'processed'";
    assert_eq!(crate::whatsapp::count(&app, processed).await, 48);
    let list = tickets(&app).await;
    assert_eq!(list.len(), 12, "one ticket per user");
    for t in &list {
        assert_eq!(inbound_bodies(&app, t).await.len(), 4, "each user's four messages in their ticket");
    }
}
