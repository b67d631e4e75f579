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
