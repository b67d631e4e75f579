//! The test harness: one `TestApp` per test, on a fresh database of the chosen
//! backend, started through the same `Application` as `main`.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;

use certdesk::app::Application;
use certdesk::config::{Config, Sources};
use certdesk::domain::{Actor, QueueName, Role, StaffName};
use certdesk::service::{self, staff::NewStaff, Context};
use futures::FutureExt;
use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, Database};
use serde_json::Value;
use std::sync::Arc;
use tokio::sync::Notify;

use crate::gateway::FakeGateway;
use crate::graph::FakeGraph;
use crate::servers::{Dovecot, SmtpSink};

pub type TestFuture = Pin<Box<dyn Future<Output = ()> + Send>>;
pub type TestFn = fn(TestApp) -> TestFuture;

/// Outside servers a test needs besides the database.
#[derive(Debug, Clone, Copy, Default)]
pub struct Needs {
    pub smtp: bool,
    pub imap: bool,
    /// IMAP over implicit TLS (with a private CA).
    pub imap_tls: bool,
    /// Extra TOML appended to the IMAP mailbox table (e.g. `processed_folder = ""`).
    pub imap_extra: &'static str,
    /// A local Jasmin-like SMS gateway; jobs then run only when the test runs them.
    pub sms: bool,
    /// Search through Meilisearch (`CERTDESK_TEST_MEILI_URL`) instead of the embedded engine.
    pub meili: bool,
    /// No background work (job workers, indexer): the test drives it.
    pub quiet: bool,
    /// A Meilisearch process of the test's own to kill and restart (`CERTDESK_TEST_MEILI_BIN`).
    pub meili_process: bool,
    /// Extra configuration, `(key, value)`.
    pub config: &'static [(&'static str, &'static str)],
    /// Headless Chromium (ignored where it is not installed).
    pub browser: bool,
    /// The WhatsApp channel against a local Graph API; jobs run only when the test runs them.
    pub whatsapp: bool,
    /// Attachments and evidence in a real S3-compatible server (moto) instead of the data dir.
    pub s3: bool,
    /// Several `serve` processes on the test's database: a fleet, so PostgreSQL only.
    pub fleet: bool,
}

/// The Meilisearch server the suite may use: (URL, key), when configured.
pub fn meili_server() -> Option<(String, String)> {
    let url = std::env::var("CERTDESK_TEST_MEILI_URL").ok().filter(|u| !u.is_empty())?;
    Some((url, std::env::var("CERTDESK_TEST_MEILI_KEY").unwrap_or_default()))
}

/// A database the suite runs against.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    /// Admin URL of a PostgreSQL server; each test creates its own database there.
    Postgres(String),
}

impl Backend {
    pub fn name(&self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    /// Every backend, with the reason when one cannot run here.
    pub fn all() -> Vec<(Backend, Option<String>)> {
        let pg = match std::env::var("CERTDESK_TEST_DATABASE_URL") {
            Ok(url) if !url.is_empty() => (Backend::Postgres(url), None),
            _ => {
                (Backend::Postgres(String::new()), Some("CERTDESK_TEST_DATABASE_URL is not set".to_string()))
            }
        };
        vec![(Backend::Sqlite, None), pg]
    }
}

pub struct TestApp {
    pub addr: String,
    /// The private metrics listener (`server.metrics_listen`).
    pub metrics_addr: String,
    pub client: reqwest::Client,
    pub cx: Context,
    /// An admin token, bootstrapped the way `certdesk staff create` does it.
    pub admin: String,
    pub smtp: Option<SmtpSink>,
    pub imap: Option<Dovecot>,
    pub gateway: Option<FakeGateway>,
    pub graph: Option<FakeGraph>,
    pub s3: Option<crate::s3::S3Server>,
    shutdown: Arc<Notify>,
}

/// What the harness keeps to tear the app down after the test.
struct Running {
    stop: Arc<Notify>,
    server: tokio::task::JoinHandle<anyhow::Result<()>>,
    cleanup: Cleanup,
    /// (url, key, index prefix) of this test's Meilisearch indexes, dropped at the end.
    meili: Option<(String, String, String)>,
    /// Removed after a passing test, kept (and named) after a failing one.
    data_dir: std::path::PathBuf,
}

enum Cleanup {
    Dir(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, db: String },
}

/// Runs one test on one backend, always tearing down, and re-raising a failure.
pub fn run(backend: &Backend, test: TestFn, needs: Needs) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    rt.block_on(async {
        let (app, running) = spawn_app(backend, needs).await;
        let outcome = AssertUnwindSafe(test(app)).catch_unwind().await;
        running.stop.notify_one();
        let _ = running.server.await;
        running.cleanup.run().await;
        if let Some((url, key, prefix)) = running.meili {
            let client = reqwest::Client::new();
            for index in ["people", "tickets", "people_rebuild", "tickets_rebuild"] {
                let mut req = client.delete(format!("{}/indexes/{prefix}{index}", url.trim_end_matches('/')));
                if !key.is_empty() {
                    req = req.bearer_auth(&key);
                }
                let _ = req.send().await;
            }
        }
        match outcome {
            Ok(()) => {
                let _ = std::fs::remove_dir_all(&running.data_dir);
            }
            Err(panic) => {
                eprintln!("test data kept in {}", running.data_dir.display());
                std::panic::resume_unwind(panic);
            }
        }
    });
}

impl Cleanup {
    async fn run(self) {
        if let Cleanup::Postgres { admin_url, db } = self {
            if let Ok(conn) = Database::connect(&admin_url).await {
                let _ =
                    conn.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)")).await;
            }
        }
    }
}

/// The config a test app runs with: the real loader, defaults, and these overrides.
pub fn test_sources(db_url: &str, data_dir: &std::path::Path, overrides: &[(&str, &str)]) -> Sources {
    let mut s = Sources::default()
        .set("server.listen", "127.0.0.1:0")
        .set("server.metrics_listen", "127.0.0.1:0")
        .set("database.url", db_url)
        .set("database.max_connections", "4")
        .set("storage.data_dir", data_dir.to_string_lossy())
        .set("mail.outbox_dir", data_dir.join("outbox").to_string_lossy())
        .set("sms.log_path", data_dir.join("sms.log").to_string_lossy())
        .set("server.shutdown_grace", "5s")
        // Small enough that the oversized-mail test needs no 25 MB message.
        .set("mail.max_message_bytes", "1048576");
    for (k, v) in overrides {
        s = s.set(k, *v);
    }
    s
}

async fn spawn_app(backend: &Backend, needs: Needs) -> (TestApp, Running) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (db_url, cleanup) = match backend {
        Backend::Sqlite => {
            (format!("sqlite://{}/certdesk.db?mode=rwc", dir.path().display()), Cleanup::Dir(dir))
        }
        Backend::Postgres(admin_url) => {
            let db = format!("certdesk_test_{}", uuid::Uuid::new_v4().simple());
            let conn = Database::connect(admin_url).await.expect("connect to PostgreSQL admin URL");
            conn.execute_unprepared(&format!("CREATE DATABASE \"{db}\""))
                .await
                .expect("create test database");
            let _ = conn.close().await;
            (with_database(admin_url, &db), Cleanup::Postgres { admin_url: admin_url.clone(), db })
        }
    };
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let smtp = needs.smtp.then(SmtpSink::start);
    let imap = needs.imap.then(|| Dovecot::start_with(needs.imap_tls));
    let smtp_url = smtp.as_ref().map(|s| format!("smtp://127.0.0.1:{}", s.port));
    let gateway = if needs.sms { Some(FakeGateway::start().await) } else { None };
    // SLA sweeps and the round-robin are driven by the tests (POST /api/v1/sla/sweep,
    // on a pinned clock), never by a timer racing them.
    let mut overrides: Vec<(&str, &str)> = vec![
        ("mail.address", "sertifikat@certdesk.test"),
        ("sla.sweep_interval", "1h"),
        ("assignment.interval", "1h"),
    ];
    if let Some(url) = &smtp_url {
        overrides.extend([("mail.outbound", "smtp"), ("mail.smtp_url", url.as_str())]);
    }
    if let Some(g) = &gateway {
        overrides.extend([
            ("sms.gateway", "http"),
            ("sms.http_url", g.url.as_str()),
            ("sms.http_username", "certdesk"),
            ("sms.http_password", "s3cret"),
            ("sms.timeout", "1s"),
            ("sms.rate_per_second", "1000"),
            // The test drives the queue, so it sees every step.
            ("jobs.workers", "0"),
        ]);
    }
    if needs.quiet {
        overrides.push(("jobs.workers", "0"));
    }
    let graph = if needs.whatsapp { Some(FakeGraph::start().await) } else { None };
    if let Some(g) = &graph {
        overrides.extend([
            ("whatsapp.enabled", "true"),
            ("whatsapp.app_secret", crate::graph::APP_SECRET),
            ("whatsapp.verify_token", crate::graph::VERIFY_TOKEN),
            ("whatsapp.access_token", crate::graph::ACCESS_TOKEN),
            ("whatsapp.phone_number_id", crate::graph::PHONE_ID),
            ("whatsapp.api_base_url", g.url.as_str()),
            ("whatsapp.timeout", "2s"),
            ("whatsapp.rate_per_second", "1000"),
            ("jobs.workers", "0"),
        ]);
    }
    let s3 = if needs.s3 { Some(crate::s3::S3Server::start().await) } else { None };
    let s3_config = s3.as_ref().map(|s| s.config()).unwrap_or_default();
    overrides.extend(s3_config.iter().map(|(k, v)| (*k, v.as_str())));
    overrides.extend(needs.config.iter().copied());
    // Every test gets its own Meilisearch indexes.
    let meili = needs.meili.then(meili_server).flatten();
    let prefix = format!("t{}_", uuid::Uuid::new_v4().simple());
    if let Some((url, key)) = &meili {
        overrides.extend([
            ("search.backend", "meilisearch"),
            ("search.meilisearch_url", url.as_str()),
            ("search.meilisearch_key", key.as_str()),
            ("search.index_prefix", prefix.as_str()),
        ]);
    }
    let mut sources = test_sources(&db_url, &data_dir, &overrides);
    if let Some(d) = &imap {
        let file = data_dir.join("imap.toml");
        std::fs::write(&file, d.config_toml("1s") + needs.imap_extra).expect("write imap config");
        sources.file = Some(file);
    }
    let config = Config::load(&sources).expect("test config loads");
    let app = Application::build(config).await.expect("application builds");
    let addr = format!("http://{}", app.addr());
    let metrics_addr = format!("http://{}", app.metrics_addr().expect("tests run a metrics listener"));
    let cx = app.context().clone();
    let (admin, _) = {
        let new = NewStaff {
            name: StaffName::parse("root").unwrap(),
            role: Role::Admin,
            queues: vec![QueueName::general()],
            max_open_tickets: 25,
            email: None,
        };
        let (s, t) = service::staff::create(&cx, &Actor::Operator, new).await.expect("bootstrap admin");
        (t.0, s)
    };
    let stop = Arc::new(Notify::new());
    let stopped = stop.clone();
    let server = tokio::spawn(app.run_until(async move { stopped.notified().await }));
    if let Some(g) = &gateway {
        g.set_app(&addr);
    }
    let test_app = TestApp {
        addr,
        metrics_addr,
        client: reqwest::Client::new(),
        cx,
        admin,
        smtp,
        imap,
        gateway,
        graph,
        s3,
        shutdown: stop.clone(),
    };
    let meili = meili.map(|(url, key)| (url, key, prefix));
    (test_app, Running { stop, server, cleanup, meili, data_dir })
}

/// The admin URL with its database name swapped for `db`.
fn with_database(url: &str, db: &str) -> String {
    let mut u = url::Url::parse(url).expect("CERTDESK_TEST_DATABASE_URL is a URL");
    u.set_path(&format!("/{db}"));
    u.to_string()
}

/// A response reduced to what tests assert on.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub body: Value,
    pub headers: reqwest::header::HeaderMap,
}

impl Reply {
    /// Asserts the `{code, message}` error shape and returns the code.
    pub fn error_code(&self) -> &str {
        let obj =
            self.body.as_object().unwrap_or_else(|| panic!("error body is not an object: {:?}", self.body));
        assert!(obj.len() == 2 && obj["message"].is_string(), "error shape: {:?}", self.body);
        obj["code"].as_str().expect("code is a string")
    }

    #[track_caller]
    pub fn expect(&self, status: u16) -> &Value {
        assert_eq!(self.status.as_u16(), status, "unexpected status; body: {}", self.body);
        &self.body
    }
}

impl TestApp {
    /// Runs every due job now (mail delivery, …), as the workers would.
    /// Also waits for jobs the app's own workers took meanwhile, so the test sees the outcome.
    pub async fn run_jobs(&self) -> usize {
        let mut n = 0;
        for _ in 0..500 {
            n += certdesk::jobs::run_pending(&self.cx).await.expect("jobs run");
            let busy = self
                .cx
                .database()
                .write()
                .query_one_raw(sea_orm::Statement::from_sql_and_values(
                    self.cx.database().backend(),
                    match self.cx.database().backend() {
                        sea_orm::DbBackend::Postgres => {
                            "SELECT COUNT(*) AS n FROM job WHERE status = 'running' \
                             OR (status = 'pending' AND run_at <= $1)"
                        }
                        _ => {
                            "SELECT COUNT(*) AS n FROM job WHERE status = 'running' \
                             OR (status = 'pending' AND run_at <= ?1)"
                        }
                    },
                    [chrono::Utc::now().into()],
                ))
                .await
                .expect("job count")
                .and_then(|r| r.try_get::<i64>("", "n").ok())
                .unwrap_or(0);
            if busy == 0 {
                return n;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        panic!("jobs still running after 10 s");
    }

    pub fn graph(&self) -> &FakeGraph {
        self.graph.as_ref().expect("this test was declared with WhatsApp")
    }

    /// Posts a webhook body to `/hooks/whatsapp`, signed with `secret` (`None`: unsigned).
    pub async fn webhook(&self, body: &Value, secret: Option<&str>) -> u16 {
        let raw = body.to_string();
        let mut req = self
            .client
            .post(format!("{}/hooks/whatsapp", self.addr))
            .header("content-type", "application/json");
        if let Some(s) = secret {
            req = req.header("x-hub-signature-256", crate::graph::sign(s, raw.as_bytes()));
        }
        req.body(raw).send().await.expect("webhook posted").status().as_u16()
    }

    pub fn gateway(&self) -> &FakeGateway {
        self.gateway.as_ref().expect("this test was declared with an SMS gateway")
    }

    /// Makes every waiting job due now, as if its backoff had passed.
    pub async fn make_jobs_due(&self) {
        self.cx
            .database()
            .write()
            .execute_unprepared("UPDATE job SET run_at = '2000-01-01T00:00:00Z' WHERE status = 'pending'")
            .await
            .expect("jobs made due");
    }

    /// Imports records through the facility API as a supervisor; returns the report.
    /// Writes everything the search index owes (what the background indexer does).
    pub async fn index_search(&self) -> usize {
        certdesk::service::search::catch_up(&self.cx).await.expect("search catches up")
    }

    pub async fn import(&self, records: Value) -> Value {
        self.post("/api/v1/records/batch", &self.admin, records).await.expect(200).clone()
    }

    /// The suite's usual citizen: Muhamad Rizki (`RIZKI`), one dose, a phone on record.
    pub async fn import_rizki(&self) -> Value {
        use crate::certificates::{record, RIZKI};
        let rizki = record(RIZKI, "Muhamad Rizki", Some("081234567890"), None, &[(1, Some("2021-07-12"))]);
        self.import(serde_json::json!([rizki])).await
    }

    /// Records through the operator's feed (as `certdesk import-records`): changes of
    /// an existing person's identity apply (audited), unlike a staff member's import.
    pub async fn import_feed(&self, records: Value) -> certdesk::service::records::ImportReport {
        let lines = records
            .as_array()
            .expect("an array of records")
            .iter()
            .enumerate()
            .map(|(i, r)| (i as u64 + 1, Ok(serde_json::from_value(r.clone()).expect("a record line"))))
            .collect();
        certdesk::service::records::import_batch(&self.cx, &certdesk::domain::Actor::Operator, lines)
            .await
            .expect("the feed imports")
    }

    /// A person's whole record (doses, certificates, SMS) through the staff API.
    pub async fn person(&self, nik: &str) -> Value {
        self.post("/api/v1/people/lookup", &self.admin, serde_json::json!({ "nik": nik }))
            .await
            .expect(200)
            .clone()
    }

    /// Every .eml certdesk wrote to its file outbox (`mail.outbound = "file"`), as text.
    pub fn outbox(&self) -> Vec<String> {
        std::fs::read_dir(&self.cx.config.mail.outbox_dir)
            .map(|d| d.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect())
            .unwrap_or_default()
    }

    /// The log gateway's file: one JSON object per SMS.
    pub fn sms_log(&self) -> Vec<Value> {
        let path = &self.cx.config.sms.log_path;
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("sms log line is JSON"))
            .collect()
    }

    pub fn sink(&self) -> &SmtpSink {
        self.smtp.as_ref().expect("this test was declared with an SMTP sink")
    }

    pub fn dovecot(&self) -> &Dovecot {
        self.imap.as_ref().expect("this test was declared with an IMAP server")
    }

    /// Feeds raw mail through the same service the pipe and IMAP edges use.
    pub async fn ingest(&self, raw: &str) -> certdesk::service::ingest::Outcome {
        certdesk::service::ingest::ingest(&self.cx, raw.as_bytes(), certdesk::service::ingest::Source::Pipe)
            .await
            .expect("ingest")
    }

    /// Notifying this starts the server's graceful shutdown, as SIGTERM does.
    pub fn shutdown_handle(&self) -> Arc<Notify> {
        self.shutdown.clone()
    }

    pub async fn call(&self, method: Method, path: &str, token: Option<&str>, body: Option<Value>) -> Reply {
        let mut req = self.client.request(method, format!("{}{path}", self.addr));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("request reaches the server");
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.expect("response body");
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        Reply { status, body, headers }
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.call(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::POST, path, Some(token), Some(body)).await
    }

    pub async fn patch(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::PATCH, path, Some(token), Some(body)).await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::PUT, path, Some(token), Some(body)).await
    }

    pub async fn delete(&self, path: &str, token: &str) -> Reply {
        self.call(Method::DELETE, path, Some(token), None).await
    }

    /// Creates a staff member through the API; returns (id, token).
    pub async fn staff(&self, name: &str, role: &str, queues: &[&str]) -> (String, String) {
        let r = self
            .post(
                "/api/v1/staff",
                &self.admin,
                serde_json::json!({"name": name, "role": role, "queues": queues}),
            )
            .await;
        let b = r.expect(201);
        (b["staff"]["id"].as_str().unwrap().to_string(), b["token"].as_str().unwrap().to_string())
    }

    /// Opens a ticket with sensible defaults merged with `extra`; returns the ticket object.
    pub async fn ticket(&self, token: &str, extra: Value) -> Value {
        let mut body = serde_json::json!({
            "subject": "Sertifikat vaksin belum diterima",
            "body": "Saya sudah vaksin dosis 2 tapi belum dapat SMS dari 1199.",
            "channel": "email",
        });
        if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
            for (k, v) in e {
                b.insert(k.clone(), v.clone());
            }
        }
        self.post("/api/v1/tickets", token, body).await.expect(201)["ticket"].clone()
    }
}

/// A second certdesk process on the same database and data dir (as behind a load
/// balancer), with no background work of its own.
pub struct SecondProcess {
    pub addr: String,
    stop: Arc<Notify>,
    server: tokio::task::JoinHandle<anyhow::Result<()>>,
}

pub async fn second_process(app: &TestApp) -> SecondProcess {
    let mut config = (*app.cx.config).clone();
    config.server.listen = "127.0.0.1:0".parse().unwrap();
    config.jobs.workers = 0;
    config.mail.imap.clear();
    let second = Application::build(config).await.expect("second process builds");
    let addr = format!("http://{}", second.addr());
    let stop = Arc::new(Notify::new());
    let stopped = stop.clone();
    let server = tokio::spawn(second.run_until(async move { stopped.notified().await }));
    SecondProcess { addr, stop, server }
}

impl SecondProcess {
    pub async fn stop(self) {
        self.stop.notify_one();
        let _ = self.server.await;
    }
}

/// The first column of the first row of `sql` as a number (a count), read from the
/// test's database directly.
pub async fn scalar(app: &TestApp, sql: &str) -> i64 {
    use sea_orm::ConnectionTrait;
    let stmt = sea_orm::Statement::from_string(app.cx.database().backend(), sql.to_string());
    let row = app.cx.database().read().query_one_raw(stmt).await.expect("query").expect("a row");
    row.try_get_by_index::<i64>(0).expect("a number")
}
