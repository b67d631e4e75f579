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
