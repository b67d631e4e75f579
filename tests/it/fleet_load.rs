//! Three `certdesk serve` nodes on one PostgreSQL database behind a load balancer,
//! under load: a rolling restart fails no request.

use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use libtest_mimic::Failed;

use crate::balancer::Balancer;
use crate::fleet::{certdesk, free_port, serve_at, wait_for, FreshDb};
use crate::helpers::{scalar, TestApp};
use crate::nodes::Nodes;

/// What the client saw.
#[derive(Default)]
struct Tally {
    created: AtomicUsize,
    checked: AtomicUsize,
    failures: Mutex<Vec<String>>,
}

impl Tally {
    fn fail(&self, what: String) {
        self.failures.lock().unwrap().push(what);
    }
}

/// A node's drain (1 s) and grace (10 s), with room for a loaded machine.
const STOP_WITHIN: Duration = Duration::from_secs(30);

/// Clients running side by side, so a request is always in flight when a node stops.
const CLIENTS: usize = 6;

/// A caller-facing client: creates a ticket, reads it back, again and again, one new
/// connection per request (each one placed by the balancer), until `stop`.
async fn client(base: String, token: String, tally: Arc<Tally>, stop: Arc<AtomicBool>) {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(15))
        .build()
        .unwrap();
    let mut i = 0;
    while !stop.load(Ordering::SeqCst) {
        i += 1;
        let body = serde_json::json!({
            "subject": format!("Telepon {i}: sertifikat belum terbit"),
            "body": "Penelepon menanyakan sertifikat dosis kedua.",
            "channel": "phone",
        });
        let made = http.post(format!("{base}/api/v1/tickets")).bearer_auth(&token).json(&body).send().await;
        let id = match made {
            Ok(r) if r.status().as_u16() == 201 => {
                tally.created.fetch_add(1, Ordering::SeqCst);
                let v = r.json::<serde_json::Value>().await.unwrap_or_default();
                let id = v["ticket"]["id"].as_str().map(str::to_string);
                if id.is_none() {
                    tally.fail(format!("create {i}: no ticket id in {v}"));
                }
                id
            }
            Ok(r) => {
                tally.fail(format!("create {i}: {}", r.status()));
                None
            }
            Err(e) => {
                tally.fail(format!("create {i}: {e}"));
                None
            }
        };
        let Some(id) = id else { continue };
        match http.get(format!("{base}/api/v1/tickets/{id}")).bearer_auth(&token).send().await {
            Ok(r) if r.status().is_success() => {
                tally.checked.fetch_add(1, Ordering::SeqCst);
            }
            Ok(r) => tally.fail(format!("status {i}: {}", r.status())),
            Err(e) => tally.fail(format!("status {i}: {e}")),
        }
    }
}

/// Blocks until `probe` holds, or fails after `within` (the fleet tests' `wait_for`).
fn until(what: &str, within: Duration, probe: impl Fn() -> bool) -> Result<(), Failed> {
    wait_for(what, within, || Ok(probe().then_some(())))
}

pub fn a_rolling_restart_under_load_fails_no_request() -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let db = FreshDb::create(&rt, "rolling")?;
    let key = certdesk::issuer::key_pem(&certdesk::issuer::generate_key())?;
    let dirs: Vec<_> = (0..3).map(|_| tempfile::tempdir()).collect::<Result<_, _>>()?;
    let node = |i: usize| -> Command {
        let mut c = certdesk(&db.url, dirs[i].path());
        c.env("CERTDESK_CERTIFICATES__SIGNING_KEY", &key)
            .env("CERTDESK_SERVER__DRAIN_DELAY", "1s")
            .env("CERTDESK_SERVER__SHUTDOWN_GRACE", "10s")
            .env("CERTDESK_SEARCH__BACKEND", "meilisearch")
            // Nothing listens there: indexing waits; this test is about requests.
            .env("CERTDESK_SEARCH__MEILISEARCH_URL", format!("http://127.0.0.1:{}", free_port()));
        c
    };
    let made = node(0).args(["staff", "create", "--name", "rolling.admin", "--role", "admin"]).output()?;
    let token = String::from_utf8(made.stdout)?.trim().to_string();
    if !token.starts_with("cdk_") {
        return Err(format!("staff create: {}", String::from_utf8_lossy(&made.stderr)).into());
    }
    let ports: Vec<u16> = (0..3).map(|_| free_port()).collect();
    let mut nodes = Nodes::default();
    for (i, port) in ports.iter().enumerate() {
        nodes.push(
            serve_at(node(i), *port)?
                .map_err(|o| format!("node {i}: {}", String::from_utf8_lossy(&o.stderr)))?,
        );
    }
    let lb = rt.block_on(Balancer::start(ports.clone()));
    until("every node ready behind the balancer", Duration::from_secs(20), || lb.ready().iter().all(|r| *r))?;
    let tally = Arc::new(Tally::default());
    let stop = Arc::new(AtomicBool::new(false));
    let load: Vec<_> = (0..CLIENTS)
        .map(|_| rt.spawn(client(lb.url.clone(), token.clone(), tally.clone(), stop.clone())))
        .collect();
    let served = |n: usize| {
        let t = tally.clone();
        move || t.checked.load(Ordering::SeqCst) >= n
    };
    let restart = (|| -> Result<(), Failed> {
        until("load flowing", Duration::from_secs(30), served(20))?;
        // One node after the other: SIGTERM, wait for it to exit, start it again, wait
        // until the balancer sends it traffic, and let some requests through.
        for (i, port) in ports.iter().enumerate() {
            let status = nodes.terminate(i, STOP_WITHIN)?;
            if !status.success() {
                return Err(format!("node {i} exited with {status} on SIGTERM").into());
            }
            nodes.replace(
                i,
                serve_at(node(i), *port)?
                    .map_err(|o| format!("node {i} again: {}", String::from_utf8_lossy(&o.stderr)))?,
            );
            until("the restarted node ready", Duration::from_secs(20), || lb.ready()[i])?;
            let now = tally.checked.load(Ordering::SeqCst);
            until("load flowing after a restart", Duration::from_secs(30), served(now + 20))?;
        }
        Ok(())
    })();
    stop.store(true, Ordering::SeqCst);
    for l in load {
        rt.block_on(l)?;
    }
    nodes.stop_all(STOP_WITHIN)?;
    let failures = tally.failures.lock().unwrap().clone();
    restart.map_err(|e| format!("{e:?}; failures so far: {:?}", &failures[..failures.len().min(5)]))?;
    let created = tally.created.load(Ordering::SeqCst);
    let rows = db.count(&rt, "SELECT COUNT(*) FROM ticket")?;
    eprintln!(
        "rolling restart of 3 nodes, {CLIENTS} clients: {created} tickets created and {} read back, {} failed",
        tally.checked.load(Ordering::SeqCst),
        failures.len()
    );
    if !failures.is_empty() {
        return Err(
            format!("{} requests failed during the rolling restart: {failures:?}", failures.len()).into()
        );
    }
    if rows != created as i64 {
        return Err(format!("{created} tickets acknowledged, {rows} in the database").into());
    }
    Ok(())
}

/// Three nodes sharing one database, one object store, one mailbox, one SMS gateway
/// and one SMTP server: how much of each, and how the kill is placed.
const PEOPLE: usize = 5_000;
const MAILS: usize = 2_000;
/// Every tenth mail carries a file of its own (into the shared bucket).
const WITH_FILE: usize = 10;
const CAP: usize = 30;

/// A node of the fleet, started in the background (`serve_at` waits for the port).
fn fleet_node(app: &TestApp, imap: &std::path::Path, dir: &std::path::Path) -> Command {
    let c = &app.cx.config;
    let mut cmd = certdesk(secrecy::ExposeSecret::expose_secret(&c.database.url), dir);
    // The installation's key material, as a secret store would mount it on each node.
    let key = c.certificates.key_path(&c.storage.data_dir);
    let secret = c.certificates.secret_path(&c.storage.data_dir);
    if secret.exists() {
        cmd.env("CERTDESK_CERTIFICATES__SECRET_FILE", secret);
    }
    cmd.arg("--config")
        .arg(imap)
        .env("CERTDESK_CERTIFICATES__SIGNING_KEY_FILE", key)
        .env("CERTDESK_MAIL__ADDRESS", &c.mail.address)
        .env("CERTDESK_MAIL__OUTBOUND", "smtp")
        .env("CERTDESK_MAIL__SMTP_URL", format!("smtp://127.0.0.1:{}", app.sink().port))
        .env("CERTDESK_MAIL__OUTBOX_DIR", dir.join("outbox"))
        .env("CERTDESK_SMS__GATEWAY", "http")
        .env("CERTDESK_SMS__HTTP_URL", app.gateway().url.as_str())
        .env("CERTDESK_SMS__HTTP_USERNAME", "certdesk")
        .env("CERTDESK_SMS__HTTP_PASSWORD", "s3cret")
        .env("CERTDESK_SMS__RATE_PER_SECOND", "1000")
        // Long enough that a live node's lease never lapses on a loaded 2-core runner.
        .env("CERTDESK_JOBS__LEASE", "10s")
        .env("CERTDESK_JOBS__LANES__NOTIFY__WORKERS", "2")
        .env("CERTDESK_JOBS__LANES__INTERACTIVE__WORKERS", "1")
        .env("CERTDESK_JOBS__LANES__BULK__WORKERS", "1")
        .env("CERTDESK_SLA__SWEEP_INTERVAL", "1s")
        .env("CERTDESK_ASSIGNMENT__INTERVAL", "1s")
        .env("CERTDESK_SEARCH__BACKEND", "meilisearch")
        .env("CERTDESK_SEARCH__MEILISEARCH_URL", format!("http://127.0.0.1:{}", free_port()))
        .env("CERTDESK_LOG__LEVEL", "error");
    for (k, v) in app.s3.as_ref().expect("the fleet shares a bucket").config() {
        cmd.env(format!("CERTDESK_{}", k.to_uppercase().replace('.', "__")), v);
    }
    cmd
}

/// A phone number's last ten digits (the gateway and the database write it differently).
fn last_ten(phone: &str) -> String {
    let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(10)..].iter().collect()
}

/// The address in a header value (`Name <a@b>` or `a@b`), lower-case.
fn address(s: &str) -> String {
    let s = s.trim();
    let inner = s.rsplit_once('<').and_then(|(_, r)| r.split_once('>')).map_or(s, |(a, _)| a);
    inner.trim().to_ascii_lowercase()
}

async fn texts(app: &TestApp, sql: &str) -> Vec<String> {
    use sea_orm::ConnectionTrait;
    let stmt = sea_orm::Statement::from_string(app.cx.database().backend(), sql.to_string());
    let rows = app.cx.database().read().query_all_raw(stmt).await.expect("query");
    rows.iter().filter_map(|r| r.try_get_by_index::<Option<String>>(0).ok().flatten()).collect()
}

async fn text(app: &TestApp, sql: &str) -> Option<String> {
    use sea_orm::ConnectionTrait;
    let stmt = sea_orm::Statement::from_string(app.cx.database().backend(), sql.to_string());
    let row = app.cx.database().read().query_one_raw(stmt).await.expect("query")?;
    row.try_get_by_index::<Option<String>>(0).expect("a text")
}

pub async fn three_nodes_share_the_work_and_a_kill_loses_nothing(app: TestApp) {
    use std::collections::HashMap;
    let people: Vec<serde_json::Value> = (0..PEOPLE)
        .map(|i| {
            crate::certificates::record(
                &format!("3276{:02}120590{:04}", 1 + i / 9_999, 1 + i % 9_999),
                &format!("Warga Armada {i}"),
                Some(&format!("0813{:08}", 30_000_000 + i)),
                None,
                &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))],
            )
        })
        .collect();
    for chunk in people.chunks(1_000) {
        app.import(serde_json::Value::Array(chunk.to_vec())).await;
    }
    for name in ["armada.ana", "armada.budi", "armada.citra"] {
        let body = serde_json::json!({"name": name, "role": "agent", "queues": ["general"], "max_open_tickets": CAP});
        let made = app.post("/api/v1/staff", &app.admin, body).await.expect(201).clone();
        let token = made["token"].as_str().unwrap();
        app.put("/api/v1/me/availability", token, serde_json::json!({"available": true})).await.expect(200);
    }
    let dv = crate::servers::Dovecot::start();
    let topics = [
        "sertifikat belum ada",
        "SMS 1199 tidak masuk",
        "nomor HP salah di data vaksin",
        "dosis 2 belum tercatat",
    ];
    let mails: Vec<Vec<u8>> = (0..MAILS)
        .map(|i| {
            let body =
                format!("Selamat siang, {} (warga {i}). Mohon dibantu.", topics[(i * 7) % topics.len()]);
            let subject = topics[i % topics.len()];
            match i % WITH_FILE {
                0 => crate::objects::mail_with(
                    &format!("armada-{i}"),
                    &format!("w{i}@mail.example.id"),
                    &[("kartu.bin", &format!("kartu vaksin warga {i}").into_bytes())],
                ),
                _ => format!(
                    "From: w{i}@mail.example.id\r\nTo: sertifikat@certdesk.test\r\nSubject: {subject}\r\n\
                     Message-ID: <armada-{i}@mail.example.id>\r\n\r\n{body}\r\n"
                ),
            }
            .into_bytes()
        })
        .collect();
    for chunk in mails.chunks(250) {
        dv.append("INBOX", chunk).await;
    }
    let imap = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(imap.path(), dv.config_toml("1s")).unwrap();
    let dirs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let mut nodes = Nodes::default();
    for d in &dirs {
        let cmd = fleet_node(&app, imap.path(), d.path());
        let child = serve_at(cmd, free_port()).unwrap();
        nodes.push(child.unwrap_or_else(|o| panic!("{}", String::from_utf8_lossy(&o.stderr))));
    }
    let started = Instant::now();
    // kill -9 the node polling the mailbox once a third of the mail is in.
    let tickets = || scalar(&app, "SELECT COUNT(*) FROM ticket");
    while (tickets().await as usize) < MAILS / 3 {
        // A liveness bound, not a speed target: alone this takes ~20 s, in the full suite far longer.
        assert!(started.elapsed() < Duration::from_secs(480), "a third of the mail within eight minutes");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let owner = || text(&app, "SELECT lease_owner FROM mailbox_state WHERE name = 'sertifikat'");
    let pid_of = |o: Option<String>| -> u32 {
        o.as_deref().and_then(|o| o.split(':').nth(1)).and_then(|p| p.parse().ok()).unwrap_or(0)
    };
    let dead = nodes.find(pid_of(owner().await)).expect("one of the nodes polls the mailbox");
    // Frozen first, so what was in flight (recorded as being sent, result unknown, in
    // any node) can be read before the kill: only those may arrive twice.
    nodes.freeze(dead);
    let sending: std::collections::HashSet<String> = texts(
        &app,
        "SELECT phone FROM sms_message WHERE status = 'sending' \
         UNION ALL SELECT recipient FROM ticket_message WHERE delivery_status = 'sending'",
    )
    .await
    .iter()
    .map(|r| if r.contains('@') { address(r) } else { last_ten(r) })
    .collect();
    let at_kill = (
        tickets().await as usize,
        scalar(&app, "SELECT COUNT(*) FROM sms_message WHERE status = 'pending'").await,
    );
    nodes.kill(dead);
    assert!(at_kill.0 < MAILS && at_kill.1 > 0, "killed mid-run: {at_kill:?} tickets and SMS waiting");
    // The other two finish everything: mail, acknowledgements, certificates and SMS.
    let deadline = Instant::now() + Duration::from_secs(600);
    let jobs_left = || scalar(&app, "SELECT COUNT(*) FROM job WHERE status IN ('pending', 'running')");
    let (sms, acks) = loop {
        // SMS by number (a repeat carries a fresh link, so its text differs).
        let mut sms: HashMap<String, usize> = HashMap::new();
        for m in app.gateway().accepted() {
            *sms.entry(last_ten(&m.to)).or_default() += 1;
        }
        let mut acks: HashMap<String, usize> = HashMap::new();
        for m in app.sink().messages() {
            let id = address(m.lines().find_map(|l| l.strip_prefix("To: ")).unwrap_or("none"));
            *acks.entry(id).or_default() += 1;
        }
        let done = sms.len() >= PEOPLE
            && acks.len() >= MAILS
            && dv.count("Processed").await as usize >= MAILS
            && jobs_left().await == 0;
        if done {
            break (sms, acks);
        }
        assert!(
            Instant::now() < deadline,
            "after the kill: {} of {PEOPLE} people texted, {} of {MAILS} acknowledgements, {} mails processed",
            sms.len(),
            acks.len(),
            dv.count("Processed").await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let took = started.elapsed();
    let poller = pid_of(owner().await);
    nodes.stop_all(STOP_WITHIN).unwrap();
    assert!(
        poller != 0 && nodes.find(poller).is_some_and(|i| i != dead),
        "a live node took the mailbox over"
    );
    assert_eq!(dv.count("INBOX").await, 0);
    // Every mail one ticket, every file in the shared bucket once.
    assert_eq!(tickets().await as usize, MAILS);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM inbound_mail").await as usize, MAILS);
    let files = MAILS.div_ceil(WITH_FILE);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM attachment").await as usize, files);
    assert_eq!(app.s3.as_ref().unwrap().keys().await.len(), files);
    // Every SMS and acknowledgement arrived; the only repeats are what was in flight at the kill.
    // Two doses, two certificates, two SMS per person: no more were made.
    let sms_rows = scalar(&app, "SELECT COUNT(*) FROM sms_message").await as usize;
    let certificates = scalar(&app, "SELECT COUNT(*) FROM certificate").await as usize;
    assert_eq!((certificates, sms_rows), (2 * PEOPLE, 2 * PEOPLE));
    let mut owed: HashMap<String, usize> = HashMap::new();
    for phone in texts(&app, "SELECT phone FROM sms_message").await {
        *owed.entry(last_ten(&phone)).or_default() += 1;
    }
    assert!(owed.len() == PEOPLE && owed.values().all(|n| *n == 2), "two SMS owed to each of {PEOPLE}");
    let missing: usize = owed.iter().map(|(p, n)| n.saturating_sub(sms.get(p).copied().unwrap_or(0))).sum();
    assert_eq!((missing, sms.len(), acks.len()), (0, PEOPLE, MAILS), "every SMS and acknowledgement arrived");
    let unsent =
        scalar(&app, "SELECT COUNT(*) FROM sms_message WHERE status IN ('pending', 'sending')").await;
    assert_eq!(unsent, 0, "no SMS left unsent");
    let repeated: Vec<&String> = sms
        .iter()
        .filter(|(p, n)| **n > owed.get(*p).copied().unwrap_or(0))
        .chain(acks.iter().filter(|(_, n)| **n > 1))
        .map(|(k, _)| k)
        .collect();
    let (repeats, in_flight) = (repeated.len(), sending.len());
    assert!(
        repeated.iter().all(|k| sending.contains(*k)),
        "repeated {repeated:?}, but only {sending:?} were in flight at the kill"
    );
    // The round-robin, run by whichever node holds it, filled every agent to the cap and no further.
    let load = scalar(
        &app,
        &format!(
            "SELECT COUNT(*) FROM (SELECT assignee_id FROM ticket WHERE assignee_id IS NOT NULL \
             AND status NOT IN ('resolved', 'closed') GROUP BY assignee_id HAVING COUNT(*) <> {CAP}) t"
        ),
    )
    .await;
    let assigned = scalar(&app, "SELECT COUNT(*) FROM ticket WHERE assignee_id IS NOT NULL").await as usize;
    assert_eq!((load, assigned), (0, 3 * CAP), "every agent at exactly the cap of {CAP}");
    eprintln!(
        "three nodes: {MAILS} mails, {PEOPLE} people's {sms_rows} certificate SMS in {took:.1?}; node {dead} \
         (the poller) killed at a third; {in_flight} in flight then, {repeats} repeated"
    );
}
