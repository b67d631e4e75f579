//! Outages of what certdesk stands on: a PostgreSQL restart mid-load answers 503 at
//! once (never a 500, never a hang), and everything recovers without restarting
//! certdesk; nothing acknowledged is lost.

use std::time::{Duration, Instant};

use libtest_mimic::Failed;
use sea_orm::{ConnectionTrait, Database};

use crate::fleet::{certdesk, free_port, serve_at, stop};
use crate::pg_cluster::PgCluster;

async fn create_ticket(client: &reqwest::Client, base: &str, token: &str, i: usize) -> Result<u16, Failed> {
    let body = serde_json::json!({
        "subject": format!("Telepon {i}: sertifikat belum ada"),
        "body": "Penelepon menanyakan sertifikat yang belum terbit.",
        "channel": "phone",
    });
    let r = client.post(format!("{base}/api/v1/tickets")).bearer_auth(token).json(&body).send().await?;
    Ok(r.status().as_u16())
}

pub fn a_database_restart_answers_503_and_recovers_by_itself() -> Result<(), Failed> {
    let pg = PgCluster::start()?;
    let dir = tempfile::tempdir()?;
    let node = || {
        let mut c = certdesk(&pg.url(), dir.path());
        c.env("CERTDESK_DATABASE__ACQUIRE_TIMEOUT", "1s").env("CERTDESK_JOBS__LEASE", "3s");
        c
    };
    let made = node().args(["staff", "create", "--name", "outage.admin", "--role", "admin"]).output()?;
    let token = String::from_utf8(made.stdout)?.trim().to_string();
    if !token.starts_with("cdk_") {
        return Err(format!("staff create: {}", String::from_utf8_lossy(&made.stderr)).into());
    }
    let port = free_port();
    let child =
        serve_at(node(), port)?.map_err(|o| format!("serve: {}", String::from_utf8_lossy(&o.stderr)))?;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let outcome = rt.block_on(drive(&pg, &format!("http://127.0.0.1:{port}"), &token));
    let _ = stop(child);
    let created = outcome?;
    // Every ticket acknowledged with a 201 is in the database, and no other.
    let rows = rt.block_on(async {
        let conn = Database::connect(pg.url()).await?;
        let q = sea_orm::Statement::from_string(conn.get_database_backend(), "SELECT COUNT(*) FROM ticket");
        let n: i64 = conn.query_one_raw(q).await?.ok_or("no row")?.try_get_by_index(0)?;
        Ok::<_, Failed>(n)
    })?;
    if rows != created as i64 {
        return Err(format!("{created} tickets acknowledged, {rows} in the database").into());
    }
    Ok(())
}

async fn drive(pg: &PgCluster, base: &str, token: &str) -> Result<usize, Failed> {
    let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
    let mut created = 0;
    for i in 0..20 {
        match create_ticket(&client, base, token, i).await? {
            201 => created += 1,
            s => return Err(format!("before the restart a ticket got {s}").into()),
        }
    }
    pg.down()?;
    // While it is down: every answer a 503, and soon.
    let mut slowest = Duration::ZERO;
    let mut refused = 0;
    let until = Instant::now() + Duration::from_secs(5);
    let mut i = 100;
    while Instant::now() < until {
        let started = Instant::now();
        let status = create_ticket(&client, base, token, i).await?;
        let ready = client.get(format!("{base}/readyz")).send().await?.status().as_u16();
        slowest = slowest.max(started.elapsed());
        match (status, ready) {
            (503, 503) => refused += 1,
            other => {
                return Err(format!("with the database down: ticket {}, readyz {}", other.0, other.1).into())
            }
        }
        i += 1;
    }
    // A ticket and a readiness check, each waiting at most the 1 s acquire timeout.
    if slowest > Duration::from_millis(2500) || refused < 2 {
        return Err(format!("{refused} rounds with the database down, the slowest took {slowest:?}").into());
    }
    pg.up()?;
    // Back by itself: no restart of certdesk.
    let back = Instant::now();
    loop {
        match create_ticket(&client, base, token, i).await? {
            201 => {
                created += 1;
                break;
            }
            503 if back.elapsed() < Duration::from_secs(30) => {
                tokio::time::sleep(Duration::from_millis(100)).await
            }
            s => return Err(format!("after the database came back a ticket got {s}").into()),
        }
        i += 1;
    }
    let recovered = back.elapsed();
    for j in 0..20 {
        match create_ticket(&client, base, token, 1000 + j).await? {
            201 => created += 1,
            s => return Err(format!("after recovering a ticket got {s}").into()),
        }
    }
    eprintln!(
        "database restart: {refused} requests answered 503 (slowest {slowest:?}), recovered {recovered:?} after it came back"
    );
    Ok(created)
}

/// SIGTERM turns readiness off first and keeps serving for `server.drain_delay`, so a
/// load balancer moves traffic away before the listener closes (a rolling restart
/// loses no request).
pub fn a_stopping_node_turns_unready_first_and_serves_while_it_drains() -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let db = format!("sqlite://{}/drain.db?mode=rwc", dir.path().display());
    let port = free_port();
    let mut cmd = certdesk(&db, dir.path());
    cmd.env("CERTDESK_SERVER__DRAIN_DELAY", "2s");
    let mut child =
        serve_at(cmd, port)?.map_err(|o| format!("serve: {}", String::from_utf8_lossy(&o.stderr)))?;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build()?;
    let get = |path: &str| {
        let req = client.get(format!("http://127.0.0.1:{port}{path}"));
        async move { Ok::<u16, Failed>(req.send().await?.status().as_u16()) }
    };
    let (ready_before, termed, unready_at, served_while_draining) = rt.block_on(async {
        let ready_before = get("/readyz").await?;
        let _ = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
        let termed = Instant::now();
        // Readiness goes false at once; everything else is still answered meanwhile.
        let mut unready_at = None;
        let mut served = 0;
        while termed.elapsed() < Duration::from_millis(1500) {
            let ready = get("/readyz").await?;
            if ready == 503 && unready_at.is_none() {
                unready_at = Some(termed.elapsed());
            }
            if ready == 503 && get("/healthz").await? == 200 && get("/api/v1/me").await? == 401 {
                served += 1;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok::<_, Failed>((ready_before, termed, unready_at, served))
    })?;
    let status = child.wait()?;
    let exited = termed.elapsed();
    if ready_before != 200 {
        return Err(format!("/readyz answered {ready_before} before the stop").into());
    }
    let unready_at = unready_at.ok_or("/readyz never answered 503 after SIGTERM")?;
    if unready_at > Duration::from_millis(500) || served_while_draining < 5 {
        return Err(format!(
            "readiness off after {unready_at:?}, {served_while_draining} rounds served while draining"
        )
        .into());
    }
    if !status.success() || exited < Duration::from_secs(2) {
        return Err(format!("exited {status} after {exited:?}: before the 2 s drain ended").into());
    }
    Ok(())
}
