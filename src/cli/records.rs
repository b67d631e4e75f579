//! `certdesk import-records` and `certdesk issue-certificates`: the facilities' feed
//! into the records, and every certificate that is due.

use std::path::PathBuf;

use crate::config::Config;
use crate::service::{self, Context};

pub(super) async fn import(
    config: Config,
    file: PathBuf,
    rejects: Option<PathBuf>,
    batch: usize,
    writers: usize,
) -> anyhow::Result<()> {
    let cx = Context::open(config, true).await?;
    service::records::ensure_reference_data(&cx).await?;
    crate::service::records_import::run(
        &cx,
        &file,
        rejects,
        crate::service::records_import::Tuning { batch, writers },
    )
    .await?;
    cx.close().await;
    Ok(())
}

pub(super) async fn issue_certificates(config: Config) -> anyhow::Result<()> {
    let cx = Context::open(config, true).await?;
    service::records::ensure_reference_data(&cx).await?;
    let started = std::time::Instant::now();
    let r = service::certificates::issue_all(&cx).await?;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "issued {} certificates, {} new versions in {secs:.1} s ({:.0}/s); {} SMS queued, {} without a phone (phone_missing)",
        r.issued,
        r.reissued,
        (r.issued + r.reissued) as f64 / secs.max(0.001),
        r.sms_queued,
        r.phone_missing
    );
    cx.close().await;
    Ok(())
}
