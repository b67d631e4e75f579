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
