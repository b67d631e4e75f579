//! `certdesk reindex` and `certdesk search-check`: rebuilding the search indexes and
//! comparing them with the database.

use crate::config::Config;
use crate::service::{self, Context};

pub(super) async fn reindex(config: Config, index: Option<String>) -> anyhow::Result<()> {
    let indexes = match index.as_deref() {
        None => crate::search::IndexName::ALL.to_vec(),
        Some(i) => vec![crate::search::IndexName::parse(i)
            .ok_or_else(|| anyhow::anyhow!("unknown index {i}: people or tickets"))?],
    };
    let cx = Context::open(config, true).await?;
    cx.search.prepare().await?;
    for index in indexes {
        let bar = progress_bar();
        let started = std::time::Instant::now();
        let n = service::search::reindex(&cx, index, &|done, total| {
            bar.set_length(total);
            bar.set_position(done);
        })
        .await?;
        bar.finish_and_clear();
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{}: {n} documents in {secs:.1} s ({:.0}/s) into {}",
            index.as_str(),
            n as f64 / secs.max(0.001),
            cx.search.name()
        );
    }
    cx.close().await;
    Ok(())
}

pub(super) async fn check(config: Config, sample: usize, catch_up: bool) -> anyhow::Result<()> {
    let cx = Context::open(config, true).await?;
    cx.search.prepare().await?;
    if catch_up {
        service::search::catch_up(&cx).await?;
    }
    let report = service::search::check(&cx, sample).await?;
    let mut ok = true;
    for r in &report {
        ok &= r.ok();
        println!(
            "{}: database {} indexed {} owed {} sampled {} drifted {}{}",
            r.index,
            r.database,
            r.indexed,
            r.owed,
            r.sampled,
            r.drifted.len(),
            if r.ok() { "" } else { "  DRIFT" }
        );
        for id in r.drifted.iter().take(20) {
            println!("  drifted: {id}");
        }
    }
    cx.close().await;
    if !ok {
        std::process::exit(1);
    }
    Ok(())
}

/// A progress bar on a terminal, nothing otherwise.
fn progress_bar() -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let b = indicatif::ProgressBar::new(0);
    b.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    b
}
