//! Upgrades keep data: a database an earlier release created and filled
//! (`tests/fixtures/upgrade/<release>/`, made by `make.sh` there with that release's
//! binary) is migrated by this one, every row of every table survives, and the
//! upgraded service starts on it with the release's key and serves what it held.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::Failed;
use sea_orm::{ConnectionTrait, Database, Statement};

use crate::fleet::FreshDb;

fn fixtures() -> Result<Vec<PathBuf>, Failed> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("RELEASE").exists())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        return Err(format!("no release fixture under {}", root.display()).into());
    }
    Ok(dirs)
}

/// `table count` lines.
fn counts(file: &Path) -> Result<Vec<(String, i64)>, Failed> {
    std::fs::read_to_string(file)?
        .lines()
        .map(|l| {
            let (t, n) = l.split_once(' ').ok_or("a counts line is `table count`")?;
            Ok((t.to_string(), n.parse()?))
        })
        .collect()
}

pub fn a_database_from_the_previous_release_migrates_forward_with_every_row() -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    for fixture in fixtures()? {
        let dir = tempfile::tempdir()?;
        let sqlite = format!("sqlite://{}/upgraded.db?mode=rwc", dir.path().display());
        upgrade(&rt, &fixture, "sqlite", &sqlite)?;
        if std::env::var("CERTDESK_TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty()) {
            let db = FreshDb::create(&rt, "upgrade")?;
            upgrade(&rt, &fixture, "postgres", &db.url)?;
        } else {
            eprintln!("note: the PostgreSQL half of the upgrade test is skipped: CERTDESK_TEST_DATABASE_URL is not set");
        }
    }
    Ok(())
}

fn upgrade(rt: &tokio::runtime::Runtime, fixture: &Path, backend: &str, url: &str) -> Result<(), Failed> {
    let release = std::fs::read_to_string(fixture.join("RELEASE"))?.trim().to_string();
    let what = format!("{backend} database of release {release}");
    let dump = std::fs::read_to_string(fixture.join(format!("{backend}.sql")))?;
    rt.block_on(async {
        let conn = Database::connect(url).await?;
        conn.execute_unprepared(&dump).await?;
        conn.close().await
    })?;
    let data = tempfile::tempdir()?;
    let certdesk = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_certdesk"));
        c.env("CERTDESK_DATABASE__URL", url)
            .env("CERTDESK_STORAGE__DATA_DIR", data.path())
            .env("CERTDESK_CERTIFICATES__SIGNING_KEY_FILE", fixture.join("issuer-ed25519.pem"))
            .env("CERTDESK_CERTIFICATES__SECRET_FILE", fixture.join("issuer-secret.key"))
            .env("CERTDESK_SERVER__METRICS_LISTEN", "127.0.0.1:0")
            .env("CERTDESK_SECURITY__BOOTSTRAP_ADMIN", "false")
            .env("CERTDESK_LOG__LEVEL", "warn");
        c
    };
    let out = certdesk().arg("migrate").output()?;
    if !out.status.success() {
        return Err(format!("{what}: migrate failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    // Every row of every table the release had is still there.
    let before = counts(&fixture.join(format!("{backend}.counts")))?;
    let after = rt.block_on(async {
        let conn = Database::connect(url).await?;
        let mut after = Vec::new();
        for (table, _) in &before {
            let q = Statement::from_string(
                conn.get_database_backend(),
                format!("SELECT COUNT(*) FROM \"{table}\""),
            );
            let n: i64 = conn.query_one_raw(q).await?.ok_or("no row")?.try_get_by_index(0)?;
            after.push((table.clone(), n));
        }
        conn.close().await?;
        Ok::<_, Failed>(after)
    })?;
    let lost: Vec<String> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b.1 != a.1 && b.0 != "seaql_migrations")
        .map(|(b, a)| format!("{}: {} -> {}", b.0, b.1, a.1))
        .collect();
    if !lost.is_empty() {
        return Err(format!("{what}: rows changed by the upgrade: {lost:?}").into());
    }
    let tickets = before.iter().find(|(t, _)| t == "ticket").map(|(_, n)| *n).ok_or("no ticket table")?;
    if tickets == 0 || before.iter().find(|(t, _)| t == "certificate").is_none_or(|(_, n)| *n == 0) {
        return Err(format!("{what}: the fixture holds no tickets or certificates").into());
    }

    // The upgraded service starts on it with the release's key and serves its tickets.
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let mut child = certdesk()
        .arg("serve")
        .env("CERTDESK_SERVER__LISTEN", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let token = std::fs::read_to_string(fixture.join(format!("{backend}.token")))?.trim().to_string();
    let served = rt.block_on(async {
        let client = reqwest::Client::new();
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(60);
        while client.get(format!("{base}/readyz")).send().await.map(|r| r.status().as_u16()).ok() != Some(200)
        {
            if Instant::now() > deadline {
                return Err::<(), Failed>("serve did not become ready".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let list: serde_json::Value = client
            .get(format!("{base}/api/v1/tickets?limit=50"))
            .bearer_auth(&token)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let seen = list["items"].as_array().map_or(0, Vec::len) as i64;
        if seen != tickets.min(50) {
            return Err(format!("the API lists {seen} tickets of {tickets}: {list}").into());
        }
        Ok(())
    });
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let status = child.wait()?;
    if let Err(e) = served {
        let mut err = String::new();
        if let Some(mut s) = child.stderr.take() {
            use std::io::Read;
            let _ = s.read_to_string(&mut err);
        }
        return Err(format!("{what}: {e:?}; serve said: {err}").into());
    }
    if !status.success() {
        return Err(format!("{what}: serve exited with {status}").into());
    }
    eprintln!("upgrade: {what} migrated with {} tables and {tickets} tickets intact", before.len());
    Ok(())
}
