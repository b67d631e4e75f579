//! The command line: `serve | migrate | openapi | staff …`. Each command parses its
//! arguments into domain types and calls one service (or `Application`).
//!
//! Here: the command tree and its dispatch; each command's handler has a module of its
//! own.

mod keys;
mod openapi;
mod records;
mod search;
mod serve;
mod staff;
mod storage;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub use keys::KeysCommand;
pub use openapi::spec_yaml;
pub use staff::StaffCommand;

use crate::config::{Config, Sources};
use crate::service::{self, Context};

#[derive(Debug, Parser)]
#[command(
    name = "certdesk",
    version,
    about = "Helpdesk and self-service portal for missing vaccination certificates"
)]
pub struct Cli {
    /// TOML file layered over the embedded defaults.
    #[arg(long, global = true, env = "CERTDESK_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server (migrates first unless database.migrate_on_start = false).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Write the OpenAPI spec as YAML.
    Openapi {
        /// Output file; `-` for stdout.
        #[arg(long, default_value = "openapi/certdesk.yaml")]
        out: PathBuf,
    },
    /// Manage staff accounts.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// The issuer's signing keys: list, rotate, revoke.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Where attachments and evidence live.
    #[command(subcommand)]
    Storage(storage::StorageCommand),
    /// Ingest raw mail: one message on stdin (as an MTA delivers to a program), or every
    /// `.eml` file of a folder in name order. Exit codes for MTAs: 0 stored,
    /// 65 (EX_DATAERR) quarantined, 75 (EX_TEMPFAIL) try again later.
    IngestMail {
        /// Ingest every .eml file of this folder instead of stdin.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Run the queued jobs that are due (sending mail, SMS, issuing, …) and exit.
    RunJobs {
        /// Workers claiming and running jobs side by side.
        #[arg(long, default_value_t = 4)]
        workers: usize,
    },
    /// Issue every certificate that is due now (complete doses without a current
    /// certificate) and exit; `serve` does the same in the background.
    IssueCertificates,
    /// Import vaccination records from the facilities' feed: JSON lines (one person per
    /// line) or CSV (one row per dose). Rejected lines go to FILE.rejects.jsonl.
    ImportRecords {
        file: PathBuf,
        /// Where to write rejected lines and warnings.
        #[arg(long)]
        rejects: Option<PathBuf>,
        /// Lines per transaction; 0: 10,000 on SQLite, 2,000 on PostgreSQL.
        #[arg(long, default_value_t = 0)]
        batch: usize,
        /// Writers side by side on PostgreSQL; 0: one per core (at least two).
        #[arg(long, default_value_t = 0)]
        writers: usize,
    },
    /// Rebuild search indexes from the database beside the live ones, then swap
    /// (search keeps answering meanwhile).
    Reindex {
        /// people | tickets; both when omitted.
        index: Option<String>,
    },
    /// Compare the database with the search index: counts, changes not yet indexed, and
    /// a sample of documents. Exit code 1 when they drifted apart.
    SearchCheck {
        /// Documents sampled per index.
        #[arg(long, default_value_t = 200)]
        sample: usize,
        /// First write what is owed to the index (as the server's indexer would).
        #[arg(long)]
        catch_up: bool,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load(&Sources::from_process(cli.config))?;
    crate::telemetry::init(&config.log);
    match cli.command {
        Command::Serve => serve::serve(config).await,
        Command::Migrate => {
            service::open_store(&config, true).await?.close().await;
            println!("migrations applied");
            Ok(())
        }
        Command::Openapi { out } => openapi::write_spec(&out),
        Command::Staff(cmd) => staff::run(config, cmd).await,
        Command::Keys(cmd) => keys::run(config, cmd).await,
        Command::Storage(cmd) => storage::run(config, cmd).await,
        Command::IngestMail { dir } => {
            let code = crate::mail::pipe::run(config, dir).await?;
            std::process::exit(code);
        }
        Command::ImportRecords { file, rejects, batch, writers } => {
            records::import(config, file, rejects, batch, writers).await
        }
        Command::IssueCertificates => records::issue_certificates(config).await,
        Command::Reindex { index } => search::reindex(config, index).await,
        Command::SearchCheck { sample, catch_up } => search::check(config, sample, catch_up).await,
        Command::RunJobs { workers } => {
            let cx = Context::open(config, true).await?;
            let started = std::time::Instant::now();
            let n = crate::jobs::run_pending_with(&cx, workers.max(1)).await?;
            let secs = started.elapsed().as_secs_f64();
            println!("ran {n} jobs in {secs:.1} s ({:.0}/s)", n as f64 / secs.max(0.001));
            cx.close().await;
            Ok(())
        }
    }
}
