//! Three `certdesk serve` nodes on one PostgreSQL database behind a load balancer,
//! under load: a rolling restart fails no request.

use std::process::{Child, Command};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use libtest_mimic::Failed;

use crate::balancer::Balancer;
use crate::fleet::{certdesk, free_port, serve_at, FreshDb};

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

/// Blocks until `probe` holds, or fails after `within`.
fn until(what: &str, within: Duration, probe: impl Fn() -> bool) -> Result<(), Failed> {
    let deadline = Instant::now() + within;
    while !probe() {
        if Instant::now() > deadline {
            return Err(format!("{what}: not within {within:?}").into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(())
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
    let mut nodes: Vec<Child> = Vec::new();
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
        for i in 0..nodes.len() {
            let _ = Command::new("kill").args(["-TERM", &nodes[i].id().to_string()]).status();
            let status = nodes[i].wait()?;
            if !status.success() {
                return Err(format!("node {i} exited with {status} on SIGTERM").into());
            }
            nodes[i] = serve_at(node(i), ports[i])?
                .map_err(|o| format!("node {i} again: {}", String::from_utf8_lossy(&o.stderr)))?;
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
    for mut n in nodes {
        let _ = Command::new("kill").args(["-TERM", &n.id().to_string()]).status();
        let _ = n.wait();
    }
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
