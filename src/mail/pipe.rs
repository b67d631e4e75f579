//! `certdesk ingest-mail`: raw MIME from an MTA on stdin, or a folder of `.eml` files.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context as _;
use futures::StreamExt;

use crate::config::Config;
use crate::error::ServiceError;
use crate::service::ingest::{self, Incoming, Outcome, Source};
use crate::service::Context;

/// sysexits.h: the message is bad and was kept aside.
pub const EX_DATAERR: i32 = 65;
/// sysexits.h: a temporary failure; the MTA keeps the message and retries.
pub const EX_TEMPFAIL: i32 = 75;

/// Runs the command and returns the process exit code.
pub async fn run(config: Config, dir: Option<PathBuf>) -> anyhow::Result<i32> {
    // Read stdin before touching the database: the MTA must not block on us.
    let raw = match &dir {
        None => {
            let limit = config.mail.max_message_bytes.saturating_mul(4) as u64;
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().take(limit).read_to_end(&mut buf) {
                eprintln!("certdesk: reading stdin: {e}");
                return Ok(EX_TEMPFAIL);
            }
            Some(buf)
        }
        Some(_) => None,
    };
    // Anything that keeps us from storing the mail now is temporary for the MTA: it
    // keeps the mail and tries again.
    let cx = match Context::open(config, true).await {
        Ok(cx) => cx,
        Err(e) => {
            eprintln!("certdesk: {e:#}");
            return Ok(EX_TEMPFAIL);
        }
    };
    let code = match (raw, dir) {
        (Some(raw), _) => one(&cx, &raw).await,
        (None, Some(dir)) => folder(&cx, &dir).await?,
        (None, None) => unreachable!("stdin was read when no folder is given"),
    };
    // Deliver what ingestion queued (acknowledgements) before exiting.
    let _ = crate::jobs::run_pending(&cx).await;
    cx.close().await;
    Ok(code)
}

async fn one(cx: &Context, raw: &[u8]) -> i32 {
    match ingest::ingest(cx, raw, Source::Pipe).await {
        Ok(Outcome::Quarantined(reason)) => {
            eprintln!("certdesk: quarantined: {reason}");
            EX_DATAERR
        }
        Ok(outcome) => {
            eprintln!("certdesk: {}", describe(&outcome));
            0
        }
        Err(e) => {
            let temporary = matches!(e, ServiceError::Unavailable(_) | ServiceError::Internal(_));
            eprintln!("certdesk: {e:#}");
            if temporary {
                EX_TEMPFAIL
            } else {
                EX_DATAERR
            }
        }
    }
}

fn describe(o: &Outcome) -> String {
    match o {
        Outcome::Created(n) => format!("created {n}"),
        Outcome::Appended(n) => format!("added to {n}"),
        Outcome::Duplicate => "already ingested".into(),
        Outcome::Quarantined(r) => format!("quarantined: {r}"),
        Outcome::Discarded(r) => format!("discarded: {r}"),
    }
}

async fn folder(cx: &Context, dir: &PathBuf) -> anyhow::Result<i32> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("eml")))
        .collect();
    files.sort();
    let bar = if std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new(files.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    } else {
        indicatif::ProgressBar::hidden()
    };
    let started = Instant::now();
    let (mut created, mut appended, mut duplicate, mut quarantined, mut discarded, mut failed) =
        (0, 0, 0, 0, 0, 0);
    // Reading and storing the raw files runs ahead (in order, a few at a time) while
    // the database work goes one message after another, so replies follow originals.
    // Reading the files runs ahead (in order, a few at a time) of the database work,
    // which goes one batch after another, so replies follow their originals.
    let stored = futures::stream::iter(files.iter().cloned())
        .map(|path| async move {
            let raw = tokio::fs::read(&path).await.map_err(|e| format!("{}: {e}", path.display()))?;
            Ok::<_, String>((path, Incoming::new(raw, &Source::Dir)))
        })
        .buffered(8);
    // Whatever is stored and waiting is committed together (at most 64 at a time).
    let mut ready = stored.ready_chunks(64);
    while let Some(chunk) = ready.next().await {
        let mut batch = Vec::with_capacity(chunk.len());
        let mut paths = Vec::with_capacity(chunk.len());
        for item in chunk {
            match item {
                Ok((path, incoming)) => {
                    paths.push(path);
                    batch.push(incoming);
                }
                Err(e) => {
                    failed += 1;
                    bar.println(e);
                    bar.inc(1);
                }
            }
        }
        for (path, result) in paths.iter().zip(ingest::ingest_many(cx, batch).await) {
            match result {
                Ok(Outcome::Created(_)) => created += 1,
                Ok(Outcome::Appended(_)) => appended += 1,
                Ok(Outcome::Duplicate) => duplicate += 1,
                Ok(Outcome::Quarantined(r)) => {
                    quarantined += 1;
                    bar.println(format!("{}: quarantined: {r}", path.display()));
                }
                Ok(Outcome::Discarded(_)) => discarded += 1,
                Err(e) => {
                    failed += 1;
                    bar.println(format!("{}: {e:#}", path.display()));
                }
            }
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{} messages in {secs:.2} s ({:.0}/s): {created} new tickets, {appended} added to tickets, {duplicate} duplicates, {discarded} discarded, {quarantined} quarantined, {failed} failed",
        files.len(),
        files.len() as f64 / secs.max(1e-9),
    );
    Ok(if failed > 0 { EX_TEMPFAIL } else { 0 })
}
