//! Several `certdesk` processes on one PostgreSQL database, as the nodes of a fleet:
//! they migrate one after the other, and refuse to start on key material that
//! disagrees with the rest of the installation.

use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::Failed;
use sea_orm::{ConnectionTrait, Database};

/// A database of its own on the test server, dropped when this goes.
pub struct FreshDb {
    admin: String,
    name: String,
    pub url: String,
}

impl FreshDb {
    pub fn create(rt: &tokio::runtime::Runtime, tag: &str) -> Result<Self, Failed> {
        let admin = std::env::var("CERTDESK_TEST_DATABASE_URL").map_err(|_| "CERTDESK_TEST_DATABASE_URL")?;
        let name = format!("certdesk_{tag}_{}", uuid::Uuid::new_v4().simple());
        let mut url = url::Url::parse(&admin)?;
        url.set_path(&format!("/{name}"));
        rt.block_on(async {
            let conn = Database::connect(&admin).await?;
            conn.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await?;
            conn.close().await
        })?;
        Ok(Self { admin, name, url: url.to_string() })
    }

    pub fn count(&self, rt: &tokio::runtime::Runtime, sql: &str) -> Result<i64, Failed> {
        rt.block_on(async {
            let conn = Database::connect(&self.url).await?;
            let row =
                conn.query_one_raw(sea_orm::Statement::from_string(conn.get_database_backend(), sql)).await?;
            let n: i64 = row.ok_or("no row")?.try_get_by_index(0)?;
            conn.close().await?;
            Ok::<_, Failed>(n)
        })
    }
}

impl Drop for FreshDb {
    fn drop(&mut self) {
        let (admin, name) = (self.admin.clone(), self.name.clone());
        // Its own thread: this may run inside a runtime.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            rt.block_on(async {
                let conn = Database::connect(&admin).await.ok()?;
                conn.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .await
                    .ok()
            })
        })
        .join();
    }
}

pub fn certdesk(db: &str, data_dir: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_certdesk"));
    c.env("CERTDESK_DATABASE__URL", db)
        .env("CERTDESK_STORAGE__DATA_DIR", data_dir)
        .env("CERTDESK_SERVER__METRICS_LISTEN", "127.0.0.1:0")
        .env("CERTDESK_LOG__LEVEL", "warn")
        .env("CERTDESK_SECURITY__BOOTSTRAP_ADMIN", "false");
    c
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub fn nodes_starting_together_migrate_one_after_the_other() -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let db = FreshDb::create(&rt, "migrate")?;
    let dir = tempfile::tempdir()?;
    // Four nodes of a rolling deploy start at the same moment on an empty database.
    let nodes: Vec<Child> = (0..4)
        .map(|_| {
            certdesk(&db.url, dir.path()).arg("migrate").stdout(Stdio::null()).stderr(Stdio::piped()).spawn()
        })
        .collect::<Result<_, _>>()?;
    for node in nodes {
        let out = node.wait_with_output()?;
        if !out.status.success() {
            return Err(
                format!("a concurrent migrate failed: {}", String::from_utf8_lossy(&out.stderr)).into()
            );
        }
    }
    let applied = db.count(&rt, "SELECT COUNT(*) FROM seaql_migrations")?;
    let migrations = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/src"))?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("m20"))
        .count() as i64;
    if applied != migrations {
        return Err(format!("{applied} migrations recorded, the build has {migrations}").into());
    }
    Ok(())
}

/// Starts `serve` and waits until it answers, or returns what it printed when it exits.
pub fn serve(cmd: Command) -> Result<Result<Child, Output>, Failed> {
    serve_at(cmd, free_port())
}

/// The same on `port`.
pub fn serve_at(mut cmd: Command, port: u16) -> Result<Result<Child, Output>, Failed> {
    let mut child = cmd
        .arg("serve")
        .env("CERTDESK_SERVER__LISTEN", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait()?.is_some() {
            return Ok(Err(child.wait_with_output()?));
        }
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(Ok(child));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err("serve neither came up nor exited".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub fn stop(mut child: Child) -> Result<(), Failed> {
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let status = child.wait()?;
    if !status.success() {
        return Err(format!("serve exited with {status}").into());
    }
    Ok(())
}

/// The node must start; it is stopped again.
fn starts(cmd: Command, what: &str) -> Result<(), Failed> {
    match serve(cmd)? {
        Ok(child) => stop(child),
        Err(out) => Err(format!("{what}: refused to start: {}", String::from_utf8_lossy(&out.stderr)).into()),
    }
}

/// The node must refuse to start, saying `why`.
fn refuses(cmd: Command, what: &str, why: &str) -> Result<(), Failed> {
    match serve(cmd)? {
        Ok(child) => {
            let _ = stop(child);
            Err(format!("{what}: started").into())
        }
        Err(out) => {
            let err = String::from_utf8_lossy(&out.stderr);
            if out.status.success() || !err.contains(why) {
                return Err(format!("{what}: expected a failure saying {why:?}: {err}").into());
            }
            Ok(())
        }
    }
}

pub fn a_node_with_another_key_or_secret_refuses_to_start() -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let db = FreshDb::create(&rt, "keys")?;
    let pem = |k: &ed25519_dalek::SigningKey| certdesk::issuer::key_pem(k).unwrap();
    let (a, b) = (certdesk::issuer::generate_key(), certdesk::issuer::generate_key());
    let secret = hex::encode(certdesk::issuer::random_secret());
    // Each node has a data directory of its own: they share no disk.
    let dirs: Vec<_> = (0..4).map(|_| tempfile::tempdir()).collect::<Result<_, _>>()?;
    let node = |dir: usize, key: &str, secret: &str| {
        let mut c = certdesk(&db.url, dirs[dir].path());
        c.env("CERTDESK_CERTIFICATES__SIGNING_KEY", key).env("CERTDESK_CERTIFICATES__SECRET", secret);
        c
    };
    starts(node(0, &pem(&a), &secret), "the first node")?;
    // The key as one line of base64 (PKCS#8 DER), as an environment variable often holds it.
    let der = {
        use base64::Engine as _;
        use ed25519_dalek::pkcs8::EncodePrivateKey;
        base64::engine::general_purpose::STANDARD.encode(a.to_pkcs8_der().unwrap().as_bytes())
    };
    starts(node(1, &der, &secret), "a second node with the same key and secret")?;
    for dir in &dirs[..2] {
        if std::fs::read_dir(dir.path())
            .map(|d| d.flatten().any(|e| e.file_name().to_string_lossy().starts_with("issuer")))
            .unwrap_or(false)
        {
            return Err("a node given its key by configuration wrote key material to disk".into());
        }
    }
    refuses(node(2, &pem(&b), &secret), "a node with another key", "is not the installation's current key")?;
    let other = hex::encode(certdesk::issuer::random_secret());
    refuses(node(2, &pem(&a), &other), "a node with another secret", "issuer secret is not the one")?;
    refuses(
        node(2, "-----BEGIN PRIVATE KEY-----\nnonsense\n-----END PRIVATE KEY-----", &secret),
        "a bad key",
        "certificates.signing_key",
    )?;
    // A node on the embedded default (a key file made in its data directory) is another key too.
    let mut plain = certdesk(&db.url, dirs[3].path());
    plain.env_remove("CERTDESK_CERTIFICATES__SIGNING_KEY");
    refuses(plain, "a node making its own key file", "is not the installation's current key")?;

    // A rotation with the key in the configuration hands the new key (and, here, keeps
    // the secret) to the operator; the old key no longer starts a node.
    let rotate = certdesk(&db.url, dirs[0].path())
        .args(["keys", "rotate"])
        .env("CERTDESK_CERTIFICATES__SIGNING_KEY", pem(&a))
        .env("CERTDESK_CERTIFICATES__SECRET", &secret)
        .output()?;
    let said = String::from_utf8_lossy(&rotate.stdout);
    if !rotate.status.success() || !said.contains("-----BEGIN PRIVATE KEY-----") {
        return Err(format!("keys rotate: {said} {}", String::from_utf8_lossy(&rotate.stderr)).into());
    }
    let start = said.find("-----BEGIN").unwrap();
    let end = said.find("-----END PRIVATE KEY-----").unwrap() + "-----END PRIVATE KEY-----".len();
    let new_pem = &said[start..end];
    refuses(node(1, &pem(&a), &secret), "a node with the retired key", "was retired")?;
    starts(node(1, new_pem, &secret), "a node with the rotated key")?;
    Ok(())
}

/// The live owner of each lease, by name.
fn lease_owners(db: &FreshDb, rt: &tokio::runtime::Runtime) -> Result<Vec<(String, String)>, Failed> {
    rt.block_on(async {
        let conn = Database::connect(&db.url).await?;
        let rows = conn
            .query_all_raw(sea_orm::Statement::from_string(
                conn.get_database_backend(),
                "SELECT name, owner FROM lease WHERE owner IS NOT NULL AND until > now() ORDER BY name",
            ))
            .await?;
        conn.close().await?;
        rows.iter()
            .map(|r| Ok((r.try_get_by_index(0)?, r.try_get_by_index(1)?)))
            .collect::<Result<Vec<_>, Failed>>()
    })
}

/// The process id in a lease owner (`host:pid:random`).
fn pid_of(owner: &str) -> u32 {
    owner.split(':').nth(1).and_then(|p| p.parse().ok()).unwrap_or(0)
}

pub fn wait_for<T>(
    what: &str,
    within: Duration,
    mut probe: impl FnMut() -> Result<Option<T>, Failed>,
) -> Result<T, Failed> {
    let deadline = Instant::now() + within;
    loop {
        if let Some(v) = probe()? {
            return Ok(v);
        }
        if Instant::now() > deadline {
            return Err(format!("{what}: not within {within:?}").into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

pub fn once_per_fleet_work_has_one_holder_and_moves_when_it_dies() -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let db = FreshDb::create(&rt, "leases")?;
    let key = certdesk::issuer::key_pem(&certdesk::issuer::generate_key())?;
    let dirs: Vec<_> = (0..4).map(|_| tempfile::tempdir()).collect::<Result<_, _>>()?;
    let node = |dir: usize, engine: &str| {
        let mut c = certdesk(&db.url, dirs[dir].path());
        c.env("CERTDESK_CERTIFICATES__SIGNING_KEY", &key)
            .env("CERTDESK_JOBS__LEASE", "3s")
            .env("CERTDESK_SLA__SWEEP_INTERVAL", "1s")
            .env("CERTDESK_ASSIGNMENT__INTERVAL", "1s")
            .env("CERTDESK_SEARCH__BACKEND", engine)
            // Nothing listens there: this test is about who indexes, not the index.
            .env("CERTDESK_SEARCH__MEILISEARCH_URL", format!("http://127.0.0.1:{}", free_port()));
        c
    };
    let mut nodes: Vec<Child> = Vec::new();
    for i in 0..3 {
        match serve(node(i, "meilisearch"))? {
            Ok(child) => nodes.push(child),
            Err(out) => return Err(format!("node {i}: {}", String::from_utf8_lossy(&out.stderr)).into()),
        }
    }
    let pids: Vec<u32> = nodes.iter().map(Child::id).collect();
    let names = ["round-robin", "search-indexer", "sla-sweep"];
    let held = |owners: &[(String, String)]| names.iter().all(|n| owners.iter().any(|(name, _)| name == n));
    let owners = wait_for("every lease held", Duration::from_secs(10), || {
        let o = lease_owners(&db, &rt)?;
        Ok(held(&o).then_some(o))
    })?;
    for (name, owner) in &owners {
        if !pids.contains(&pid_of(owner)) {
            return Err(format!("{name} is held by {owner}, not one of the nodes {pids:?}").into());
        }
    }
    // The holder keeps it: nobody else takes it while it renews.
    std::thread::sleep(Duration::from_secs(3));
    let later = lease_owners(&db, &rt)?;
    let sweeper = owners.iter().find(|(n, _)| n == "sla-sweep").map(|(_, o)| o.clone()).unwrap();
    if !later.contains(&("sla-sweep".into(), sweeper.clone())) {
        return Err(
            format!("the sweep changed hands while its holder lived: {owners:?} then {later:?}").into()
        );
    }
    // kill -9 the sweeper: another node takes the sweep over once its lease lapses.
    let dead = pids.iter().position(|p| *p == pid_of(&sweeper)).unwrap();
    nodes[dead].kill()?;
    nodes[dead].wait()?;
    let killed_at = Instant::now();
    let next = wait_for("the sweep taken over", Duration::from_secs(10), || {
        let o = lease_owners(&db, &rt)?;
        Ok(o.into_iter().find(|(n, owner)| n == "sla-sweep" && pid_of(owner) != pids[dead]).map(|(_, o)| o))
    })?;
    let takeover = killed_at.elapsed();
    if takeover > Duration::from_secs(6) {
        return Err(format!("takeover took {takeover:?}, more than two leases").into());
    }
    // A clean stop gives the leases up at once: the last node has them within a renewal.
    let stopping = pids.iter().position(|p| *p == pid_of(&next)).unwrap();
    let last = (0..3).find(|i| *i != dead && *i != stopping).unwrap();
    stop(nodes.remove(stopping))?;
    let stopped_at = Instant::now();
    // Given up by the stop itself, not left to lapse.
    let left = lease_owners(&db, &rt)?;
    if left.iter().any(|(_, owner)| pid_of(owner) == pids[stopping]) {
        return Err(format!("a stopped node still holds leases: {left:?}").into());
    }
    wait_for("the last node holding every lease", Duration::from_secs(10), || {
        let o = lease_owners(&db, &rt)?;
        Ok((held(&o) && o.iter().all(|(_, owner)| pid_of(owner) == pids[last])).then_some(()))
    })?;
    if stopped_at.elapsed() > Duration::from_secs(2) {
        return Err(format!("a clean stop's leases took {:?} to move", stopped_at.elapsed()).into());
    }
    eprintln!(
        "leases: taken over {takeover:?} after kill -9 (lease 3 s), moved {:?} after a clean stop",
        stopped_at.elapsed()
    );
    for mut n in nodes {
        if n.try_wait()?.is_none() {
            stop(n)?;
        }
    }
    // The embedded index has one writer: a second node indexing into it says so.
    let first = serve(node(3, "embedded"))?
        .map_err(|o| format!("embedded node: {}", String::from_utf8_lossy(&o.stderr)))?;
    let second = serve(node(2, "embedded"))?
        .map_err(|o| format!("second embedded node: {}", String::from_utf8_lossy(&o.stderr)))?;
    let first_pid = first.id();
    let owner = wait_for("the first embedded node holding the writer", Duration::from_secs(10), || {
        let o = lease_owners(&db, &rt)?;
        Ok(o.into_iter().find(|(n, _)| n == "embedded-index-writer").map(|(_, owner)| owner))
    })?;
    std::thread::sleep(Duration::from_secs(3));
    let _ = Command::new("kill").args(["-TERM", &second.id().to_string()]).status();
    let said = second.wait_with_output()?;
    stop(first)?;
    let err = String::from_utf8_lossy(&said.stderr);
    if pid_of(&owner) != first_pid {
        return Err(format!("the writer's lease went to {owner}, not the first node {first_pid}").into());
    }
    if !err.contains("one writer") {
        return Err(format!("the second embedded indexer did not say there is one writer: {err}").into());
    }
    Ok(())
}

/// With the key in a file and the secret in the configuration, a revocation's new
/// secret goes to the operator (nothing could store it), and only it starts a node.
pub fn a_revocation_hands_over_a_secret_the_configuration_holds() -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let db = format!("sqlite://{}/keys.db?mode=rwc", dir.path().display());
    let node = |secret: &str| {
        let mut c = certdesk(&db, dir.path());
        c.env("CERTDESK_CERTIFICATES__SECRET", secret);
        c
    };
    let run = |mut c: Command, args: &[&str]| -> Result<Output, Failed> { Ok(c.args(args).output()?) };
    let said =
        |o: &Output| format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    let first = hex::encode(certdesk::issuer::random_secret());
    let made = run(node(&first), &["staff", "create", "--name", "keys.admin", "--role", "admin"])?;
    if !made.status.success() {
        return Err(format!("the first start: {}", said(&made)).into());
    }
    // A rotation keeps the secret: nothing to hand over, the key file is replaced.
    let rotated = run(node(&first), &["keys", "rotate"])?;
    let text = said(&rotated);
    if !rotated.status.success() || text.contains("BEGIN") || text.contains("certificates.secret") {
        return Err(format!("keys rotate with a key file: {text}").into());
    }
    let old = text.split_whitespace().nth(4).ok_or("the retired key's id")?.trim_end_matches(';').to_string();
    let revoked = run(node(&first), &["keys", "revoke", &old, "--reason", "laptop lost"])?;
    let text = said(&revoked);
    let new = text
        .lines()
        .find_map(|l| l.strip_prefix("give every node the new issuer secret (certificates.secret): "))
        .ok_or_else(|| format!("keys revoke did not hand the new secret over: {text}"))?
        .trim()
        .to_string();
    if new == first || new.len() != 64 {
        return Err(format!("the handed-over secret {new:?} is not a new one").into());
    }
    let stale = run(node(&first), &["staff", "create", "--name", "keys.b", "--role", "agent"])?;
    if stale.status.success() || !said(&stale).contains("issuer secret is not the one") {
        return Err(format!("a node on the replaced secret started: {}", said(&stale)).into());
    }
    let fresh = run(node(&new), &["staff", "create", "--name", "keys.c", "--role", "agent"])?;
    if !fresh.status.success() {
        return Err(format!("a node on the handed-over secret was refused: {}", said(&fresh)).into());
    }
    Ok(())
}
