//! Sent means sent once: `certdesk serve` is killed with SIGKILL at random moments
//! while it sends certificate SMS (to the test gateway) and acknowledgements (to the
//! real SMTP sink), and restarted. Each kill may repeat at most the messages its
//! workers had in flight; nothing is lost; the dead process's work resumes within
//! seconds.

use std::collections::{HashMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rand::Rng;
use serde_json::Value;

use crate::certificates::record;
use crate::helpers::{scalar, TestApp};
use crate::servers::{free_port, wait_for_port};

const PEOPLE: usize = 1_200;
const MAILS: usize = 400;
const ROUNDS: usize = 20;
/// Workers that send in the serve processes (`notify` 3, `interactive` 1, `bulk` 1).
const SENDERS: usize = 5;

fn serve(app: &TestApp, port: u16) -> Child {
    let c = &app.cx.config;
    let smtp = format!("smtp://127.0.0.1:{}", app.sink().port);
    Command::new(env!("CARGO_BIN_EXE_certdesk"))
        .arg("serve")
        .env("CERTDESK_DATABASE__URL", secrecy::ExposeSecret::expose_secret(&c.database.url))
        .env("CERTDESK_SERVER__LISTEN", format!("127.0.0.1:{port}"))
        .env("CERTDESK_SERVER__METRICS_LISTEN", "127.0.0.1:0")
        .env("CERTDESK_STORAGE__DATA_DIR", &c.storage.data_dir)
        .env("CERTDESK_MAIL__ADDRESS", &c.mail.address)
        .env("CERTDESK_MAIL__OUTBOUND", "smtp")
        .env("CERTDESK_MAIL__SMTP_URL", smtp)
        .env("CERTDESK_SMS__GATEWAY", "http")
        .env("CERTDESK_SMS__HTTP_URL", app.gateway().url.as_str())
        .env("CERTDESK_SMS__HTTP_USERNAME", "certdesk")
        .env("CERTDESK_SMS__HTTP_PASSWORD", "s3cret")
        .env("CERTDESK_SMS__RATE_PER_SECOND", "400")
        .env("CERTDESK_JOBS__LANES__NOTIFY__WORKERS", "3")
        .env("CERTDESK_JOBS__LANES__INTERACTIVE__WORKERS", "1")
        .env("CERTDESK_JOBS__LANES__BULK__WORKERS", "1")
        .env("CERTDESK_SLA__SWEEP_INTERVAL", "1h")
        .env("CERTDESK_ASSIGNMENT__INTERVAL", "1h")
        .env("CERTDESK_SECURITY__BOOTSTRAP_ADMIN", "false")
        .env("CERTDESK_LOG__LEVEL", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts")
}

/// Copies of each SMS (by number: one certificate per person) and of each mail (by
/// Message-ID) that arrived.
fn arrivals(app: &TestApp) -> (HashMap<String, usize>, HashMap<String, usize>) {
    let mut sms = HashMap::new();
    for m in app.gateway().accepted() {
        *sms.entry(m.to).or_insert(0) += 1;
    }
    let mut mail = HashMap::new();
    for m in app.sink().messages() {
        let id = m
            .lines()
            .find_map(|l| l.strip_prefix("Message-ID: ").or_else(|| l.strip_prefix("Message-Id: ")))
            .unwrap_or("none")
            .trim()
            .to_string();
        *mail.entry(id).or_insert(0) += 1;
    }
    (sms, mail)
}

fn repeats(copies: &HashMap<String, usize>) -> usize {
    copies.values().map(|n| n - 1).sum()
}

/// The sends recorded as begun and not finished: an SMS by id and attempt, a mail by
/// id and its job's attempt, so a send taken up again after a kill and cut off again
/// counts twice, and one merely left over from an earlier kill counts once.
async fn sending(app: &TestApp) -> HashSet<(uuid::Uuid, i64)> {
    use sea_orm::ConnectionTrait;
    let db = app.cx.database();
    let rows = |sql: &str| {
        let stmt = sea_orm::Statement::from_string(db.backend(), sql.to_string());
        async move { db.read().query_all_raw(stmt).await.expect("query") }
    };
    let mut out = HashSet::new();
    for r in rows("SELECT id, attempts FROM sms_message WHERE status = 'sending'").await {
        let attempts = r.try_get::<i32>("", "attempts").expect("attempts");
        out.insert((r.try_get::<uuid::Uuid>("", "id").expect("id"), i64::from(attempts)));
    }
    // A mail's attempts are its send job's claims (the payload names the message).
    let mut claims = HashMap::new();
    for r in rows("SELECT payload, attempts FROM job WHERE kind = 'send_mail'").await {
        let payload = r.try_get::<serde_json::Value>("", "payload").expect("payload").to_string();
        claims.insert(payload, r.try_get::<i32>("", "attempts").expect("attempts"));
    }
    for r in rows("SELECT id FROM ticket_message WHERE delivery_status = 'sending'").await {
        let id = r.try_get::<uuid::Uuid>("", "id").expect("id");
        let key = id.to_string();
        let attempts = claims.iter().find(|(p, _)| p.contains(&key)).map_or(0, |(_, n)| *n);
        out.insert((id, i64::from(attempts)));
    }
    out
}

pub async fn a_killed_server_repeats_at_most_its_in_flight_messages_and_loses_none(app: TestApp) {
    let people: Vec<Value> = (0..PEOPLE)
        .map(|i| {
            record(
                &format!("3276{:02}120590{:04}", 1 + i / 9_999, 1 + i % 9_999),
                &format!("Warga Nomor {i}"),
                Some(&format!("0813{:08}", 20_000_000 + i)),
                None,
                &[(1, Some("2021-07-12"))],
            )
        })
        .collect();
    for chunk in people.chunks(500) {
        app.import(Value::Array(chunk.to_vec())).await;
    }
    let topics =
        ["belum dapat SMS sertifikat", "sertifikat dosis 2 tidak muncul", "NIK salah di PeduliLindungi"];
    for i in 0..MAILS {
        let raw = format!(
            "From: warga{i}@mail.example.id\r\nTo: sertifikat@certdesk.test\r\nSubject: {}\r\n\
             Message-ID: <crash-{i}@mail.example.id>\r\n\r\nSelamat pagi, saya {} (nomor {i}).\r\n",
            topics[i % topics.len()],
            topics[(i + 1) % topics.len()],
        );
        app.ingest(&raw).await;
    }
    let mut in_flight = Vec::new();
    let mut before = HashSet::new();
    for round in 0..ROUNDS {
        let port = free_port();
        let mut child = serve(&app, port);
        wait_for_port(port, "certdesk serve");
        let run_for = Duration::from_millis(rand::thread_rng().gen_range(200..1_500));
        tokio::time::sleep(run_for).await;
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        // What the dead process had in flight: recorded as being sent, result unknown.
        // Only these can go twice, once each, whenever their lease lapses; those left
        // from an earlier kill (still leased to a dead worker) are not this kill's.
        let now = sending(&app).await;
        let new = now.difference(&before).count();
        in_flight.push(new);
        assert!(
            new <= SENDERS,
            "round {round}: {new} messages in flight after {run_for:?}, more than the {SENDERS} sending workers"
        );
        before = now;
    }
    // A last run to the end: everything arrives, and the dead processes' jobs resume
    // within seconds (their leases lapse, nothing waits for a minute).
    let port = free_port();
    let mut child = serve(&app, port);
    wait_for_port(port, "certdesk serve");
    let started = Instant::now();
    let deadline = started + Duration::from_secs(120);
    loop {
        let (sms, mail) = arrivals(&app);
        if sms.len() >= PEOPLE && mail.len() >= MAILS {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!(
                "after the kills, {} of {PEOPLE} SMS and {} of {MAILS} mails arrived",
                sms.len(),
                mail.len()
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let finished = started.elapsed();
    assert!(finished < Duration::from_secs(30), "the rest took {finished:?} after the last restart");
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    let (sms, mail) = arrivals(&app);
    assert_eq!(sms.len(), PEOPLE, "every person got their SMS");
    assert_eq!(mail.len(), MAILS, "every citizen got an acknowledgement");
    let total = repeats(&sms) + repeats(&mail);
    let possible: usize = in_flight.iter().sum();
    assert!(total <= possible, "{total} repeats, but only {possible} sends were in flight at the kills");
    let stuck =
        scalar(&app, "SELECT COUNT(*) AS n FROM sms_message WHERE status IN ('pending', 'sending')").await;
    assert_eq!(stuck, 0, "no SMS left unsent");
    eprintln!(
        "{ROUNDS} kills: in flight at each {in_flight:?} (at most {SENDERS}); {total} repeats in all; \
         the rest finished {finished:.1?} after the last restart"
    );
}
