//! Job lanes: a bulk issuance's SMS backlog delays neither issuing nor what someone is
//! waiting for (a one-time code, a resend, an agent's reply), and the mailbox backlog
//! is what the server still holds.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::certificates::record;
use crate::citizen::Citizen;
use crate::helpers::TestApp;
use crate::portal::{people, rizki_facts, RIZKI_PHONE};

const BULK: usize = 20_000;

/// `n` people with one complete dose each, names and numbers all different, all born
/// on 12 May 1990 (as `record` has it) in districts 01, 02, … of Depok (the portal
/// tests' people live in Bekasi).
fn bulk_people(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            record(
                &format!("3276{:02}120590{:04}", 1 + i / 9_999, 1 + i % 9_999),
                &format!("Warga Nomor {i}"),
                Some(&format!("0813{:08}", 10_000_000 + i)),
                None,
                &[(1, Some("2021-07-12"))],
            )
        })
        .collect()
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    use sea_orm::ConnectionTrait;
    let stmt = sea_orm::Statement::from_string(app.cx.database().backend(), sql.to_string());
    let row = app.cx.database().read().query_one_raw(stmt).await.expect("count").expect("a row");
    row.try_get::<i64>("", "n").expect("n")
}

async fn lane(app: &TestApp, name: &str) -> Value {
    let lanes = app.get("/api/v1/jobs/lanes", &app.admin).await.expect(200).clone();
    lanes.as_array().unwrap().iter().find(|l| l["lane"] == name).cloned().expect("the lane is listed")
}

/// Waits until `done` holds, at most `limit`; returns how long it took.
async fn within<F, Fut>(limit: Duration, what: &str, mut done: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    loop {
        if done().await {
            return start.elapsed();
        }
        assert!(start.elapsed() < limit, "{what}: not within {limit:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// 20,000 people imported at once, the gateway taking 100 SMS/s: issuing keeps going
/// while the SMS lane is saturated, and a one-time code, a desk resend and a desk reply
/// each reach the gateway or the mail server within 5 s.
pub async fn a_code_a_resend_and_a_reply_overtake_a_bulk_issuance(app: TestApp) {
    people(&app).await;
    let gw = app.gateway();
    let before = gw.accepted().len();
    for chunk in bulk_people(BULK).chunks(1_000) {
        app.import(Value::Array(chunk.to_vec())).await;
    }
    // Issuing is not held up by the SMS it queues.
    let issuing = within(Duration::from_secs(240), "issuing 20,000 certificates", || async {
        count(&app, "SELECT COUNT(*) AS n FROM certificate").await >= (BULK + 3) as i64
    })
    .await;
    let sent = gw.accepted().len() - before;
    assert!(
        sent < BULK / 2,
        "issuing took {issuing:?}: {sent} SMS went out meanwhile, so it did not wait for them"
    );
    let notify = lane(&app, "notify").await;
    assert!(notify["waiting"].as_i64().unwrap() > 5_000, "the SMS backlog is there: {notify}");
    assert!(notify["oldest_waiting_seconds"].as_f64().unwrap() > 1.0, "{notify}");

    // A citizen asks for a code.
    let mut c = Citizen::new(&app);
    c.get("/portal/verify").await;
    c.post("/portal/verify", &rizki_facts()).await;
    let to = RIZKI_PHONE.trim_start_matches('+');
    let code = within(Duration::from_secs(5), "the one-time code", || async {
        gw.accepted().iter().any(|m| m.to == to && m.content.contains("kode verifikasi"))
    })
    .await;

    // An agent resends the certificate SMS from a ticket.
    let t = app.ticket(&app.admin, json!({"nik": crate::certificates::RIZKI})).await;
    let path = format!("/api/v1/tickets/{}", t["id"].as_str().unwrap());
    let to_rizki = || gw.accepted().iter().filter(|m| m.to == to).count();
    let rizki_before = to_rizki();
    app.patch(&path, &app.admin, json!({"status": "open"})).await.expect(200);
    app.patch(&path, &app.admin, json!({"status": "resolved", "actions": [{"kind": "resend_sms"}]}))
        .await
        .expect(200);
    let resend = within(Duration::from_secs(5), "the desk resend", || async {
        to_rizki() >= rizki_before + 2 // both doses' certificates
    })
    .await;

    // An agent replies by mail.
    let t = app.ticket(&app.admin, json!({"requester": {"email": "dewi@mail.example.id"}})).await;
    let reply = app
        .post(
            &format!("/api/v1/tickets/{}/messages", t["number"].as_str().unwrap()),
            &app.admin,
            json!({"kind": "reply", "body": "Sertifikat Anda sudah kami kirim ulang."}),
        )
        .await;
    reply.expect(201);
    let mailed = within(Duration::from_secs(5), "the desk reply", || async {
        app.sink().messages().iter().any(|m| m.contains("sudah kami kirim ulang"))
    })
    .await;

    let backlog = lane(&app, "notify").await["waiting"].as_i64().unwrap();
    assert!(backlog > 1_000, "all this happened with the backlog still waiting ({backlog})");
    eprintln!(
        "issued {BULK} in {issuing:.1?} ({sent} SMS sent meanwhile); code {code:.2?}, resend {resend:.2?}, \
         reply {mailed:.2?} with {backlog} jobs waiting in notify"
    );
}

/// The mailbox figure is what the folder still holds while a drain runs, and zero at
/// its end, not the size of the first batch until the next poll.
pub async fn the_mailbox_backlog_is_what_the_server_still_holds(app: TestApp) {
    let dv = app.dovecot();
    let n = 250u32;
    let mails: Vec<Vec<u8>> = (0..n)
        .map(|i| {
            format!(
                "From: warga{i}@mail.example.id\r\nSubject: Sertifikat {i}\r\nMessage-ID: <backlog-{i}@x>\r\n\r\n\
                 Sertifikat dosis {} belum ada\r\n",
                i % 3 + 1
            )
            .into_bytes()
        })
        .collect();
    dv.append("INBOX", &mails).await;
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let boxes = app.get("/api/v1/mail/mailboxes", &app.admin).await.expect(200).clone();
        let backlog = boxes[0]["backlog"].as_u64().unwrap_or(u64::MAX);
        let left = dv.count("INBOX").await;
        seen.push((backlog, left));
        if left == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "the drain did not end: {seen:?}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // Emptied: the figure says so at once, not at the next poll (a second away).
    within(Duration::from_millis(300), "a zero backlog once the folder is empty", || async {
        app.get("/api/v1/mail/mailboxes", &app.admin).await.expect(200)[0]["backlog"] == 0
    })
    .await;
    // From the first sight of the whole folder on, the figure only falls.
    let top = seen.iter().map(|(b, _)| *b).max().unwrap_or(0);
    let peak = seen.iter().position(|(b, _)| *b == top).unwrap_or(0);
    let readings: Vec<u64> = seen[peak..].iter().map(|(b, _)| *b).collect();
    assert!(readings.iter().any(|b| *b > 0 && *b < u64::from(n)), "the drain was seen under way: {seen:?}");
    assert!(readings.windows(2).all(|w| w[1] <= w[0]), "the backlog only falls during a drain: {seen:?}");
}
