//! `certdesk storage migrate --to s3|local`.

use clap::Subcommand;

use crate::config::{Config, ObjectsKind};
use crate::service::{self, Context};

#[derive(Debug, Subcommand)]
pub enum StorageCommand {
    /// Copy every attachment and evidence file into the other store (the S3 bucket of
    /// `storage.s3`, or the local data dir), read each back, and check every database
    /// row's file by its recorded hash. Run again until it reports nothing left; then
    /// set `storage.objects` and restart. Exit code 1 when something is missing.
    Migrate {
        /// The store to fill: s3 | local.
        #[arg(long, value_parser = parse_kind)]
        to: ObjectsKind,
    },
}

fn parse_kind(s: &str) -> Result<ObjectsKind, String> {
    match s {
        "s3" => Ok(ObjectsKind::S3),
        "local" => Ok(ObjectsKind::Local),
        _ => Err("s3 or local".into()),
    }
}

pub async fn run(config: Config, cmd: StorageCommand) -> anyhow::Result<()> {
    let StorageCommand::Migrate { to } = cmd;
    if config.storage.s3.bucket.trim().is_empty() {
        anyhow::bail!("storage.s3.bucket is not set: name the bucket to migrate to or from");
    }
    let cx = Context::open(config, true).await?;
    let started = std::time::Instant::now();
    let m = service::storage::migrate(&cx, to).await;
    cx.close().await;
    let m = m?;
    println!(
        "copied {} objects, {} already there; {} database rows checked in {:.1} s",
        m.copied,
        m.present,
        m.rows,
        started.elapsed().as_secs_f64()
    );
    if m.vanished > 0 {
        println!("{} objects were removed from the source while copying (swept evidence)", m.vanished);
    }
    for key in &m.corrupt {
        println!("corrupt in the source (bytes do not match the name), not copied: {key}");
    }
    for key in &m.missing {
        println!("missing from the target or with other bytes: {key}");
    }
    if !m.complete() {
        anyhow::bail!(
            "{} corrupt, {} missing: the migration is not complete",
            m.corrupt.len(),
            m.missing.len()
        );
    }
    println!(
        "complete: set storage.objects = \"{}\" and restart",
        if to == ObjectsKind::S3 { "s3" } else { "local" }
    );
    Ok(())
}
