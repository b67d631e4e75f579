//! The binary itself: env overrides, `staff create`, `serve`, SIGTERM.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::Failed;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub fn staff_create_prints_a_working_token_and_serve_stops_on_sigterm() -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let bin = env!("CARGO_BIN_EXE_certdesk");
    let port = free_port();
    let envs = [
        ("CERTDESK_DATABASE__URL", format!("sqlite://{}/c.db?mode=rwc", dir.path().display())),
        ("CERTDESK_SERVER__LISTEN", format!("127.0.0.1:{port}")),
        ("CERTDESK_SERVER__METRICS_LISTEN", "127.0.0.1:0".to_string()),
        ("CERTDESK_LOG__LEVEL", "warn".to_string()),
    ];
    let out = Command::new(bin)
        .args(["staff", "create", "--name", "admin", "--role", "admin"])
        .envs(envs.clone())
        .output()?;
    if !out.status.success() {
        return Err(format!("staff create failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let token = String::from_utf8(out.stdout)?.trim().to_string();
    if !token.starts_with("cdk_") || token.len() != 68 {
        return Err(format!("unexpected token {token:?}").into());
    }
    let bad = Command::new(bin)
        .args(["staff", "create", "--name", "x y", "--role", "admin"])
        .envs(envs.clone())
        .output()?;
    if bad.status.success() || !String::from_utf8_lossy(&bad.stderr).contains("--name") {
        return Err("an invalid --name must fail naming the flag".into());
    }
    let bad_cfg = Command::new(bin).arg("migrate").env("CERTDESK_SERVER__LISTEN", "nowhere").output()?;
    if bad_cfg.status.success() || !String::from_utf8_lossy(&bad_cfg.stderr).contains("server.listen") {
        return Err(format!(
            "a bad env value must fail naming the key: {}",
            String::from_utf8_lossy(&bad_cfg.stderr)
        )
        .into());
    }

    let mut child =
        Command::new(bin).arg("serve").envs(envs).stdout(Stdio::piped()).stderr(Stdio::null()).spawn()?;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let result = rt.block_on(async {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(r) =
                client.get(format!("http://127.0.0.1:{port}/api/v1/me")).bearer_auth(&token).send().await
            {
                return Ok::<_, Failed>(r.status().as_u16());
            }
            if Instant::now() > deadline {
                return Err("serve did not come up".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    // SIGTERM: the server drains and exits 0.
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait()? {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err("serve did not stop on SIGTERM".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let me = result?;
    if me != 200 {
        return Err(format!("/api/v1/me answered {me}").into());
    }
    if !status.success() {
        return Err(format!("serve exited with {status}").into());
    }
    Ok(())
}

/// Starts `serve` on `db` and returns the child and the lines it printed before
/// `/healthz` answered.
fn start_serve(db: &str, port: u16) -> Result<(std::process::Child, Vec<String>), Failed> {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_certdesk"))
        .arg("serve")
        .env("CERTDESK_DATABASE__URL", db)
        .env("CERTDESK_SERVER__LISTEN", format!("127.0.0.1:{port}"))
        .env("CERTDESK_SERVER__METRICS_LISTEN", "127.0.0.1:0")
        .env("CERTDESK_LOG__LEVEL", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err("serve did not come up".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // The banner and token are printed right after binding; give the pipe a moment.
    let mut lines = Vec::new();
    while let Ok(l) = rx.recv_timeout(Duration::from_millis(500)) {
        lines.push(l);
    }
    Ok((child, lines))
}

fn stop(mut child: std::process::Child) -> Result<(), Failed> {
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let status = child.wait()?;
    if !status.success() {
        return Err(format!("serve exited with {status}").into());
    }
    Ok(())
}

pub fn serve_on_an_empty_database_bootstraps_an_admin_token_once() -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let db = format!("sqlite://{}/c.db?mode=rwc", dir.path().display());
    let port = free_port();
    let (child, lines) = start_serve(&db, port)?;
    let token = lines.iter().find(|l| l.starts_with("cdk_")).cloned();
    let banner = lines.iter().any(|l| l.contains(&format!("http://127.0.0.1:{port}/docs")));
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let me = match &token {
        Some(t) => rt.block_on(async {
            let r = reqwest::Client::new()
                .get(format!("http://127.0.0.1:{port}/api/v1/me"))
                .bearer_auth(t)
                .send()
                .await?;
            Ok::<_, reqwest::Error>((r.status().as_u16(), r.json::<serde_json::Value>().await?))
        })?,
        None => (0, serde_json::Value::Null),
    };
    stop(child)?;
    if !banner {
        return Err(format!("no console address in {lines:?}").into());
    }
    if me.0 != 200 || me.1["role"] != "admin" || me.1["name"] != "admin" {
        return Err(format!("bootstrap token does not work: {me:?} from {lines:?}").into());
    }
    let port = free_port();
    let (child, lines) = start_serve(&db, port)?;
    stop(child)?;
    if lines.iter().any(|l| l.starts_with("cdk_")) {
        return Err("a second start must not create another admin".into());
    }
    Ok(())
}

fn ingest_cmd(db: &str, data: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_certdesk"));
    c.arg("ingest-mail")
        .env("CERTDESK_DATABASE__URL", db)
        .env("CERTDESK_STORAGE__DATA_DIR", data)
        .env("CERTDESK_MAIL__OUTBOX_DIR", data.join("outbox"))
        .env("CERTDESK_LOG__LEVEL", "warn");
    c
}

fn pipe(mut cmd: Command, input: &[u8]) -> Result<(i32, String), Failed> {
    use std::io::Write;
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    child.stdin.take().ok_or("stdin")?.write_all(input)?;
    let out = child.wait_with_output()?;
    Ok((out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned()))
}

pub fn ingest_mail_exit_codes_tell_the_mta_what_happened() -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let db = format!("sqlite://{}/c.db?mode=rwc", dir.path().display());
    let good = b"From: a@mail.example.id\r\nSubject: Sertifikat\r\nMessage-ID: <pipe-1@x>\r\n\r\ntolong\r\n";
    let (code, err) = pipe(ingest_cmd(&db, dir.path()), good)?;
    if code != 0 || !err.contains("created SRT-") {
        return Err(format!("stored mail: exit {code}, {err}").into());
    }
    let (code, err) = pipe(ingest_cmd(&db, dir.path()), good)?;
    if code != 0 || !err.contains("already ingested") {
        return Err(format!("duplicate: exit {code}, {err}").into());
    }
    let (code, err) = pipe(ingest_cmd(&db, dir.path()), b"Subject: no sender\r\n\r\nx\r\n")?;
    if code != 65 || !err.contains("quarantined") {
        return Err(format!("bad mail must exit 65 (EX_DATAERR): exit {code}, {err}").into());
    }
    // A database that cannot be reached: the MTA must keep the mail and retry.
    let port = free_port();
    let mut down = ingest_cmd(&format!("postgres://postgres@127.0.0.1:{port}/none"), dir.path());
    down.env("CERTDESK_DATABASE__CONNECT_TIMEOUT", "2s");
    let (code, err) = pipe(down, good)?;
    if code != 75 {
        return Err(format!("unreachable database must exit 75 (EX_TEMPFAIL): exit {code}, {err}").into());
    }
    Ok(())
}

pub fn ingest_mail_dir_imports_a_folder_once() -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let mails = dir.path().join("export");
    std::fs::create_dir(&mails)?;
    for i in 0..20 {
        let raw = format!(
            "From: w{i}@mail.example.id\r\nSubject: Keluhan {i}\r\nMessage-ID: <dir-{i}@x>\r\n\r\ntolong\r\n"
        );
        std::fs::write(mails.join(format!("{i:03}.eml")), raw)?;
    }
    // The reply comes after its original by name, and threads onto it.
    std::fs::write(mails.join("100.eml"), "From: w1@mail.example.id\r\nSubject: Re: Keluhan 1\r\nIn-Reply-To: <dir-1@x>\r\nMessage-ID: <dir-r@x>\r\n\r\nmasih\r\n")?;
    std::fs::write(mails.join("101.eml"), "Subject: rusak\r\n\r\n")?;
    std::fs::write(mails.join("notes.txt"), "not a mail")?;
    let db = format!("sqlite://{}/c.db?mode=rwc", dir.path().display());
    let out = ingest_cmd(&db, dir.path()).arg("--dir").arg(&mails).output()?;
    let summary = String::from_utf8_lossy(&out.stdout);
    let want = "22 messages";
    if !out.status.success()
        || !summary.contains(want)
        || !summary.contains("20 new tickets, 1 added to tickets")
        || !summary.contains("1 quarantined")
    {
        return Err(format!("first import: {summary} {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let out = ingest_cmd(&db, dir.path()).arg("--dir").arg(&mails).output()?;
    let summary = String::from_utf8_lossy(&out.stdout);
    if !summary.contains("0 new tickets, 0 added to tickets, 22 duplicates") {
        return Err(format!("a second import must change nothing: {summary}").into());
    }
    Ok(())
}

/// Starts `certdesk serve` with the IMAP config `cfg` on a free port, quietly.
fn serve_polling(
    cfg: &std::path::Path,
    db: &str,
    dir: &std::path::Path,
) -> std::io::Result<std::process::Child> {
    Command::new(env!("CARGO_BIN_EXE_certdesk"))
        .arg("--config")
        .arg(cfg)
        .arg("serve")
        .env("CERTDESK_DATABASE__URL", db)
        .env("CERTDESK_SERVER__LISTEN", format!("127.0.0.1:{}", free_port()))
        .env("CERTDESK_SERVER__METRICS_LISTEN", "127.0.0.1:0")
        .env("CERTDESK_STORAGE__DATA_DIR", dir)
        .env("CERTDESK_MAIL__OUTBOX_DIR", dir.join("outbox"))
        .env("CERTDESK_LOG__LEVEL", "warn")
        .env("CERTDESK_SECURITY__BOOTSTRAP_ADMIN", "false")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
}

/// Kills `certdesk serve` with SIGKILL while it drains a Dovecot mailbox, restarts it,
/// and checks that every message became exactly one ticket and left the inbox.
pub fn a_killed_poller_loses_and_duplicates_nothing() -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async {
        let dv = crate::servers::Dovecot::start();
        let n = 300;
        let mails: Vec<Vec<u8>> = (0..n)
            .map(|i| format!("From: k{i}@mail.example.id\r\nSubject: Keluhan {i}\r\nMessage-ID: <kill-{i}@x>\r\n\r\ntolong\r\n").into_bytes())
            .collect();
        dv.append("INBOX", &mails).await;
        let dir = tempfile::tempdir()?;
        let cfg = dir.path().join("imap.toml");
        std::fs::write(&cfg, dv.config_toml("1s"))?;
        let db = format!("sqlite://{}/c.db?mode=rwc", dir.path().display());
        let start = || serve_polling(&cfg, &db, dir.path());
        let mut first = start()?;
        // Kill it mid-way: once some, but not all, messages have left the inbox.
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = dv.count("INBOX").await;
            if left < n - 20 && left > 0 {
                break;
            }
            if Instant::now() > deadline || left == 0 {
                let _ = first.kill();
                return Err(format!("could not catch the poller mid-way ({left} left)").into());
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        first.kill()?;
        first.wait()?;
        let mut second = start()?;
        // The dead process's lease must lapse (3 × poll interval) before the restart takes over.
        dv.wait_count("INBOX", 0).await;
        dv.wait_count("Processed", n).await;
        second.kill()?;
        second.wait()?;
        let conn = sea_orm::Database::connect(&db).await?;
        use sea_orm::{ConnectionTrait, Statement};
        let one = |sql: &str| Statement::from_string(conn.get_database_backend(), sql.to_string());
        let tickets = conn.query_one_raw(one("SELECT COUNT(*) AS n FROM ticket")).await?.ok_or("no row")?.try_get::<i64>("", "n")?;
        let inbound = conn
            .query_one_raw(one("SELECT COUNT(*) AS n FROM ticket_message WHERE kind = 'inbound'"))
            .await?
            .ok_or("no row")?
            .try_get::<i64>("", "n")?;
        if tickets != i64::from(n) || inbound != i64::from(n) {
            return Err(format!("{n} mails became {tickets} tickets with {inbound} inbound messages").into());
        }
        Ok(())
    })
}

pub fn import_records_reads_json_lines_and_csv_and_writes_rejects() -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let db = format!("sqlite://{}/c.db?mode=rwc", dir.path().display());
    let jsonl = dir.path().join("feed.jsonl");
    std::fs::write(
        &jsonl,
        concat!(
            r#"{"nik":"3275011205900001","full_name":"Muhamad Rizki","birth_date":"1990-05-12","sex":"M","phone":"081234567890","doses":[{"dose":1,"vaccine":"coronavac","date":"2021-07-12","facility":"Puskesmas"}]}"#,
            "\n",
            "not json\n",
            "\n",
            r#"{"nik":"3174014505850002","full_name":"Siti","birth_date":"1985-05-05","sex":"F","phone":null,"doses":[{"dose":1,"vaccine":"astrazeneca","date":null,"facility":"RS"}]}"#,
            "\n",
        ),
    )?;
    let run = |file: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_certdesk"))
            .arg("import-records")
            .arg(file)
            .env("CERTDESK_DATABASE__URL", &db)
            .env("CERTDESK_LOG__LEVEL", "warn")
            .output()
    };
    // The summary line must say all of `wants`.
    let check = |label: &str, out: std::process::Output, wants: &[&str]| -> Result<(), Failed> {
        let summary = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() || !wants.iter().all(|w| summary.contains(w)) {
            return Err(format!("{label}: {summary} {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        Ok(())
    };
    check("jsonl", run(&jsonl)?, &["2 records imported", "1 doses pending", "1 lines rejected"])?;
    let rejects = std::fs::read_to_string(dir.path().join("feed.jsonl.rejects.jsonl"))?;
    if !rejects.contains(r#""line":2"#) || !rejects.contains("not a record") {
        return Err(format!("rejects file: {rejects}").into());
    }
    let csv = dir.path().join("feed.csv");
    std::fs::write(
        &csv,
        "nik,full_name,birth_date,sex,phone,email,dose,vaccine,date,facility,batch\n\
         3275011205900001,Muhamad Rizki,1990-05-12,M,081234567890,,1,coronavac,2021-07-12,Puskesmas,A1\n\
         3275011205900001,Muhamad Rizki,1990-05-12,M,081234567890,,2,coronavac,2021-08-09,Puskesmas,A2\n\
         9999999999999999,Bad,1990-01-01,M,,,1,coronavac,2021-07-12,Puskesmas,\n",
    )?;
    check("csv", run(&csv)?, &["1 records imported", "0 doses pending", "1 lines rejected"])
}

/// A clean stop (SIGTERM) gives the mailbox lease up: the next process polls at once.
pub fn a_clean_stop_hands_the_mailbox_over_at_once() -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async {
        let dv = crate::servers::Dovecot::start();
        let dir = tempfile::tempdir()?;
        let cfg = dir.path().join("imap.toml");
        // A long poll interval: the lease would otherwise outlive the first process by 90 s.
        std::fs::write(&cfg, dv.config_toml("30s"))?;
        let db = format!("sqlite://{}/c.db?mode=rwc", dir.path().display());
        let start = || serve_polling(&cfg, &db, dir.path());
        let mail = |i: u32| {
            format!(
                "From: h{i}@mail.example.id\r\nSubject: Sertifikat {i}\r\nMessage-ID: <handover-{i}@x>\r\n\r\nbelum ada\r\n"
            )
            .into_bytes()
        };
        dv.append("INBOX", &[mail(1)]).await;
        let first = start()?;
        dv.wait_count("Processed", 1).await;
        let _ = Command::new("kill").args(["-TERM", &first.id().to_string()]).status();
        let status = {
            let mut first = first;
            first.wait()?
        };
        if !status.success() {
            return Err(format!("serve exited with {status}").into());
        }
        let mut second = start()?;
        dv.append("INBOX", &[mail(2)]).await;
        // Within the IDLE/poll of a fresh process, far below the 90 s lease.
        let deadline = Instant::now() + Duration::from_secs(10);
        while dv.count("Processed").await < 2 {
            if Instant::now() > deadline {
                let _ = second.kill();
                return Err("the second process did not take the mailbox over".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        second.kill()?;
        second.wait()?;
        Ok(())
    })
}

pub fn search_check_reports_drift_until_caught_up_and_reindex_rebuilds() -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let feed = dir.path().join("feed.jsonl");
    std::fs::write(
        &feed,
        concat!(
            r#"{"nik":"3275011205900001","full_name":"Muhamad Rizki","birth_date":"1990-05-12","sex":"M","phone":null,"doses":[]}"#,
            "\n",
            r#"{"nik":"3174014505850002","full_name":"Siti Aminah","birth_date":"1985-05-05","sex":"F","phone":null,"doses":[]}"#,
            "\n",
        ),
    )?;
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_certdesk"))
            .args(args)
            .env("CERTDESK_DATABASE__URL", format!("sqlite://{}/c.db?mode=rwc", dir.path().display()))
            .env("CERTDESK_STORAGE__DATA_DIR", dir.path().join("data"))
            .env("CERTDESK_LOG__LEVEL", "warn")
            .output()
    };
    let text = |o: &std::process::Output| String::from_utf8_lossy(&o.stdout).to_string();
    let import = run(&["import-records", feed.to_str().unwrap()])?;
    if !import.status.success() {
        return Err(format!("import: {}", String::from_utf8_lossy(&import.stderr)).into());
    }
    // Nothing indexed yet: drift, exit 1, and the owed changes are counted.
    let drift = run(&["search-check"])?;
    if drift.status.code() != Some(1) || !text(&drift).contains("people: database 2 indexed 0 owed 2") {
        return Err(format!("before catch-up: {:?} {}", drift.status, text(&drift)).into());
    }
    let caught = run(&["search-check", "--catch-up"])?;
    if !caught.status.success() || !text(&caught).contains("people: database 2 indexed 2 owed 0") {
        return Err(format!("after catch-up: {:?} {}", caught.status, text(&caught)).into());
    }
    let rebuilt = run(&["reindex", "people"])?;
    if !rebuilt.status.success() || !text(&rebuilt).contains("people: 2 documents") {
        return Err(
            format!("reindex: {} {}", text(&rebuilt), String::from_utf8_lossy(&rebuilt.stderr)).into()
        );
    }
    let ok = run(&["search-check"])?;
    if !ok.status.success() {
        return Err(format!("after reindex: {}", text(&ok)).into());
    }
    let bad = run(&["reindex", "everything"])?;
    if bad.status.success() || !String::from_utf8_lossy(&bad.stderr).contains("people or tickets") {
        return Err("an unknown index must be refused".into());
    }
    Ok(())
}

pub fn keys_are_listed_rotated_and_revoked_from_the_command_line() -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let bin = env!("CARGO_BIN_EXE_certdesk");
    let envs = [
        ("CERTDESK_DATABASE__URL", format!("sqlite://{}/c.db?mode=rwc", dir.path().display())),
        ("CERTDESK_STORAGE__DATA_DIR", dir.path().join("data").display().to_string()),
        ("CERTDESK_LOG__LEVEL", "warn".to_string()),
    ];
    let run = |args: &[&str]| -> Result<(bool, String), Failed> {
        let out = Command::new(bin).args(args).envs(envs.clone()).output()?;
        Ok((
            out.status.success(),
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
        ))
    };
    let (ok, text) = run(&["keys", "rotate"])?;
    if ok || !text.contains("no signing key") {
        return Err(format!("rotating before any key exists must fail and say so: {text}").into());
    }
    // Any command with a context creates and registers the first key.
    let (ok, text) = run(&["staff", "list"])?;
    if !ok {
        return Err(text.into());
    }
    let (_, text) = run(&["keys", "list"])?;
    let first = text
        .lines()
        .find(|l| l.contains("this installation"))
        .and_then(|l| l.split_whitespace().next())
        .ok_or(format!("no current key listed: {text}"))?
        .to_string();
    let (ok, text) = run(&["keys", "rotate"])?;
    if !ok || !text.contains("retired") {
        return Err(text.into());
    }
    let (_, text) = run(&["keys", "list"])?;
    let line = |kid: &str| text.lines().find(|l| l.starts_with(kid)).unwrap_or_default().to_string();
    if !line(&first).contains("retired")
        || line(&first).contains("this installation")
        || text.lines().count() != 3
    {
        return Err(format!("after a rotation the first key is retired: {text}").into());
    }
    let second = text
        .lines()
        .find(|l| l.contains("this installation"))
        .and_then(|l| l.split_whitespace().next())
        .ok_or("the new key is the current one")?
        .to_string();
    let (ok, text) = run(&["keys", "revoke", &second, "--reason", "test"])?;
    if ok || !text.contains("keys rotate --revoke") {
        return Err(format!("revoking the key on disk must point at rotate --revoke: {text}").into());
    }
    let (ok, text) = run(&["keys", "revoke", &first, "--reason", "left on a USB stick"])?;
    if !ok {
        return Err(text.into());
    }
    let (ok, text) = run(&["keys", "rotate", "--revoke", "suspected leak"])?;
    if !ok || !text.contains("revoked") {
        return Err(text.into());
    }
    let (_, text) = run(&["keys", "list"])?;
    let revoked = text.lines().filter(|l| l.contains(" revoked ")).count();
    if revoked != 2 || !text.contains("suspected leak") || text.lines().count() != 4 {
        return Err(format!("two revoked keys and a current one: {text}").into());
    }
    Ok(())
}
