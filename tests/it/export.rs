//! The CSV export at scale: 100,000 tickets streamed from a real `certdesk serve`
//! process whose resident memory is sampled while the body arrives (a buffered export
//! would hold every row at once). Runs on SQLite and, when configured, PostgreSQL.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::Failed;
use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};

/// Growth of the server's resident memory allowed while streaming (measured: +25 MiB
/// at 100,000 rows and +27 MiB at 300,000 on SQLite, a fixed cost). The body is over
/// 30 MB; held in memory with its tickets it would be several times that.
const MAX_GROWTH_MIB: f64 = 40.0;

fn rss_mib(pid: u32) -> Result<f64, Failed> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or("no VmRSS")?;
    Ok(kb / 1024.0)
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn a_csv_export_of_100000_tickets_streams_in_flat_memory() -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let dir = tempfile::tempdir()?;
    run(&rt, &format!("sqlite://{}/export.db?mode=rwc", dir.path().display()), dir.path())?;
    if let Some(admin) = std::env::var("CERTDESK_TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) {
        let name = format!("certdesk_export_{}", uuid::Uuid::new_v4().simple());
        let url = format!("{}/{name}", admin.rsplit_once('/').map_or(admin.as_str(), |(base, _)| base));
        rt.block_on(async {
            let conn = Database::connect(&admin).await?;
            conn.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await?;
            Ok::<_, sea_orm::DbErr>(())
        })?;
        let pg_dir = tempfile::tempdir()?;
        let outcome = run(&rt, &url, pg_dir.path());
        rt.block_on(async {
            if let Ok(conn) = Database::connect(&admin).await {
                let _ = conn
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .await;
            }
        });
        outcome?;
    }
    Ok(())
}

fn run(rt: &tokio::runtime::Runtime, db_url: &str, data: &std::path::Path) -> Result<(), Failed> {
    // 100,000 as the issue asks; more to see that the growth does not follow the size.
    let tickets: usize =
        std::env::var("CERTDESK_TEST_EXPORT_TICKETS").ok().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let bin = env!("CARGO_BIN_EXE_certdesk");
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let envs = [
        ("CERTDESK_DATABASE__URL", db_url.to_string()),
        ("CERTDESK_SERVER__LISTEN", format!("127.0.0.1:{port}")),
        ("CERTDESK_SERVER__METRICS_LISTEN", "127.0.0.1:0".to_string()),
        ("CERTDESK_STORAGE__DATA_DIR", data.display().to_string()),
        ("CERTDESK_JOBS__WORKERS", "0".into()),
        ("CERTDESK_LOG__LEVEL", "warn".into()),
    ];
    let out = Command::new(bin)
        .args(["staff", "create", "--name", "sup", "--role", "supervisor"])
        .envs(envs.clone())
        .output()?;
    if !out.status.success() {
        return Err(format!("staff create: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let token = String::from_utf8(out.stdout)?.trim().to_string();
    let server = Server(
        Command::new(bin).arg("serve").envs(envs).stdout(Stdio::null()).stderr(Stdio::null()).spawn()?,
    );
    let pid = server.0.id();
    let base = format!("http://127.0.0.1:{port}");
    rt.block_on(async {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        while client.get(format!("{base}/healthz")).send().await.is_err() {
            if Instant::now() > deadline {
                return Err::<(), Failed>("serve did not come up".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // One ticket through the API, then copies of it written straight to the
        // database (the API would take minutes for 100,000).
        let subject = format!("Sertifikat vaksin dosis 2 belum diterima, mohon bantuan {}", "x".repeat(160));
        let seed = client
            .post(format!("{base}/api/v1/tickets"))
            .bearer_auth(&token)
            .json(&serde_json::json!({"subject": subject, "body": "Belum ada SMS", "channel": "phone",
                                      "nik": "3275011205900001", "requester": {"name": "Warga"}}))
            .send()
            .await?;
        if seed.status() != 201 {
            return Err(format!("seed ticket: {}", seed.status()).into());
        }
        let seed: serde_json::Value = seed.json().await?;
        let number = seed["ticket"]["number"].as_str().ok_or("no number")?.to_string();
        copy_ticket(db_url, &number, tickets - 1).await?;

        // Warm up on a small filter, then measure the whole export.
        client
            .get(format!("{base}/api/v1/export/tickets?channel=web"))
            .bearer_auth(&token)
            .send()
            .await?
            .bytes()
            .await?;
        let baseline = rss_mib(pid)?;
        let mut r = client.get(format!("{base}/api/v1/export/tickets")).bearer_auth(&token).send().await?;
        if r.status() != 200 {
            return Err(format!("export: {}", r.status()).into());
        }
        let (mut bytes, mut lines, mut peak, mut next_sample) = (0usize, 0usize, baseline, 0usize);
        let mut masked_seen = false;
        while let Some(chunk) = r.chunk().await? {
            bytes += chunk.len();
            lines += chunk.iter().filter(|b| **b == b'\n').count();
            if !masked_seen {
                let text = String::from_utf8_lossy(&chunk);
                if text.contains("3275011205900001") {
                    return Err("an unmasked NIK in the export".into());
                }
                masked_seen = text.contains("3275********0001");
            }
            if bytes >= next_sample {
                peak = peak.max(rss_mib(pid)?);
                next_sample = bytes + 512 * 1024;
            }
        }
        peak = peak.max(rss_mib(pid)?);
        let growth = peak - baseline;
        eprintln!(
            "export on {}: {} rows, {:.1} MB, server RSS {baseline:.0} -> peak {peak:.0} MiB (+{growth:.1})",
            db_url.split(':').next().unwrap_or("?"),
            lines - 1,
            bytes as f64 / 1e6
        );
        if lines != tickets + 1 {
            return Err(format!("expected {tickets} rows and a header, got {lines} lines").into());
        }
        if bytes < tickets * 300 {
            return Err(
                format!("the body is too small ({bytes} bytes) to tell streaming from buffering").into()
            );
        }
        if !masked_seen {
            return Err("the masked NIK was not seen".into());
        }
        if growth > MAX_GROWTH_MIB {
            return Err(format!("server memory grew by {growth:.1} MiB while streaming").into());
        }
        Ok(())
    })
}

/// Writes `n` copies of ticket `number` with fresh ids and numbers, in one statement.
async fn copy_ticket(db_url: &str, number: &str, n: usize) -> Result<(), Failed> {
    let db = Database::connect(db_url).await?;
    let b = db.get_database_backend();
    let cols = "subject, status, priority, category, channel, queue, assignee_id, person_id, requester_name, \
                requester_email, requester_phone, nik, merged_into_id, created_at, updated_at, first_response_at, \
                resolved_at, closed_at, language, sla_first_due, sla_resolve_due, sla_warn_secs, sla_paused_at, \
                sla_paused_secs, sla_warned_at, sla_breached_at";
    let sql = match b {
        DbBackend::Postgres => format!(
            "INSERT INTO ticket (id, number, {cols}) SELECT gen_random_uuid(), 'SRT-2020-' || lpad(i::text, 7, '0'), \
             {cols} FROM ticket, generate_series(1, {n}) AS i WHERE number = $1"
        ),
        _ => format!(
            "INSERT INTO ticket (id, number, {cols}) WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s \
             WHERE i < {n}) SELECT randomblob(16), 'SRT-2020-' || printf('%07d', i), {cols} FROM ticket, s \
             WHERE number = ?1"
        ),
    };
    db.execute_raw(Statement::from_sql_and_values(b, sql, [number.into()])).await?;
    db.close().await?;
    Ok(())
}
