//! The command line: `serve | migrate | openapi | staff …`. Each command parses its
//! arguments into domain types and calls one service (or `Application`).

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use secrecy::ExposeSecret;

mod storage;

use crate::app::{shutdown_signal, Application};
use crate::config::{Config, Sources};
use crate::domain::{Actor, QueueName, Role, StaffName};
use crate::service::{self, staff::NewStaff, Context};

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

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Create a staff account and print its API token (shown once).
    Create {
        #[arg(long)]
        name: String,
        /// agent | supervisor | admin
        #[arg(long)]
        role: String,
        /// Comma-separated queues this person works.
        #[arg(long, default_value = "general", value_delimiter = ',')]
        queues: Vec<String>,
    },
    /// List staff accounts.
    List,
    /// Set a staff member's desk password, read from the first line of stdin.
    Password {
        #[arg(long)]
        name: String,
    },
    /// Print a one-time code with which a staff member enrols a second factor (e.g. the
    /// first admin); hand it over in person.
    EnrolmentCode {
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Every key the issuer signed with, newest first.
    List,
    /// Make a new signing key and retire the current one (its QR codes keep
    /// verifying). Restart every certdesk process afterwards.
    Rotate {
        /// Revoke the old key instead (e.g. it leaked): its QR codes stop verifying and
        /// the issuer secret is replaced, so earlier SMS links and codes stop working.
        #[arg(long, value_name = "REASON")]
        revoke: Option<String>,
    },
    /// Revoke an earlier (retired) key: its QR codes stop verifying; the issuer
    /// secret is replaced.
    Revoke {
        kid: String,
        #[arg(long)]
        reason: String,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load(&Sources::from_process(cli.config))?;
    crate::telemetry::init(&config.log);
    match cli.command {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            service::open_store(&config, true).await?.close().await;
            println!("migrations applied");
            Ok(())
        }
        Command::Openapi { out } => write_spec(&out),
        Command::Staff(cmd) => staff(config, cmd).await,
        Command::Keys(cmd) => keys(config, cmd).await,
        Command::Storage(cmd) => storage::run(config, cmd).await,
        Command::IngestMail { dir } => {
            let code = crate::mail::pipe::run(config, dir).await?;
            std::process::exit(code);
        }
        Command::ImportRecords { file, rejects, batch, writers } => {
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
        Command::IssueCertificates => {
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
        Command::Reindex { index } => {
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
        Command::SearchCheck { sample, catch_up } => {
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

async fn serve(config: Config) -> anyhow::Result<()> {
    let stop = shutdown_signal();
    let bootstrap = config.security.bootstrap_admin;
    let app = Application::build(config).await?;
    let addr = app.addr();
    tracing::info!(%addr, "certdesk listening");
    println!("certdesk is running: console at http://{addr}/docs, API at http://{addr}/api/v1");
    if let Some(m) = app.metrics_addr() {
        println!("metrics (keep private) at http://{m}/metrics");
    }
    if bootstrap {
        if let Some(token) = service::staff::bootstrap_admin(app.context()).await? {
            println!("first start: created staff account 'admin'. Its API token (shown once; paste it");
            println!("into the console's Authorize dialog):\n{}", token.0);
        }
    }
    app.run_until(stop).await
}

fn write_spec(out: &PathBuf) -> anyhow::Result<()> {
    let yaml = spec_yaml();
    if out.as_os_str() == "-" {
        print!("{yaml}");
    } else {
        std::fs::write(out, yaml).with_context(|| format!("writing {}", out.display()))?;
        println!("wrote {}", out.display());
    }
    Ok(())
}

/// The spec exactly as `openapi/certdesk.yaml` holds it.
pub fn spec_yaml() -> String {
    crate::http::api::service("/").spec_yaml()
}

/// Works on the store and the key files directly, not through a `Context`: a context
/// refuses a revoked key, and replacing one is what these commands are for.
async fn keys(config: Config, cmd: KeysCommand) -> anyhow::Result<()> {
    let store = service::open_store(&config, true).await?;
    match cmd {
        KeysCommand::List => {
            let (keys, configured) = service::keys::list(&store, &config).await?;
            println!("{:<18} {:<8} {:<25} {:<25} revoked", "kid", "status", "created", "retired");
            for k in &keys {
                let at = |t: Option<chrono::DateTime<chrono::Utc>>| {
                    t.map_or("-".to_string(), |t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                };
                println!(
                    "{:<18} {:<8} {:<25} {:<25} {}{}",
                    k.kid,
                    k.status(),
                    at(Some(k.created_at)),
                    at(k.retired_at),
                    k.revoked
                        .as_ref()
                        .map_or("-".to_string(), |(t, why)| format!("{} ({why})", at(Some(*t)))),
                    if configured.as_deref() == Some(k.kid.as_str()) {
                        "  <- this installation signs with it"
                    } else {
                        ""
                    }
                );
            }
            match configured {
                None => println!("no signing key on disk yet: certdesk makes one when it first starts"),
                Some(kid) if !keys.iter().any(|k| k.kid == kid) => {
                    println!("{kid} (configured) is not registered yet: it is when certdesk next starts")
                }
                Some(_) => {}
            }
        }
        KeysCommand::Rotate { revoke } => {
            let r = service::keys::rotate(&store, &config, &Actor::Operator, revoke.as_deref()).await?;
            println!(
                "new signing key {}; {} {}",
                r.current,
                r.retired,
                if r.revoked {
                    "revoked, and the issuer secret replaced"
                } else {
                    "retired (still verifies)"
                }
            );
            match &r.hand_over {
                None => println!("restart every certdesk process so they sign with the new key"),
                Some(h) => {
                    // What the configuration holds has no file to replace: the operator does.
                    if let Some(key) = &h.signing_key {
                        println!("give every node this key (certificates.signing_key), then restart them:");
                        println!("{}", key.expose_secret().trim_end());
                    }
                    if let Some(secret) = &h.secret {
                        println!(
                            "give every node this issuer secret (certificates.secret): {}",
                            secret.expose_secret()
                        );
                    }
                }
            }
        }
        KeysCommand::Revoke { kid, reason } => {
            let secret = service::keys::revoke(&store, &config, &Actor::Operator, &kid, &reason).await?;
            println!("{kid} revoked; the issuer secret was replaced: restart every certdesk process");
            if let Some(secret) = secret {
                println!(
                    "give every node the new issuer secret (certificates.secret): {}",
                    secret.expose_secret()
                );
            }
        }
    }
    store.close().await;
    Ok(())
}

async fn staff(config: Config, cmd: StaffCommand) -> anyhow::Result<()> {
    let cx = Context::open(config, true).await?;
    match cmd {
        StaffCommand::Create { name, role, queues } => {
            let new = NewStaff {
                name: StaffName::parse(&name).context("--name")?,
                role: Role::parse(&role).context("--role")?,
                queues: queues
                    .iter()
                    .map(|q| QueueName::parse(q))
                    .collect::<Result<_, _>>()
                    .context("--queues")?,
                max_open_tickets: 25,
                email: None,
            };
            let (s, token) = service::staff::create(&cx, &Actor::Operator, new).await?;
            eprintln!("created {} ({}) {}", s.name.as_str(), s.role, s.id);
            eprintln!("API token (shown once; paste it into the console's Authorize dialog):");
            println!("{}", token.0);
        }
        StaffCommand::Password { name } => {
            let name = StaffName::parse(&name).context("--name")?;
            let s = service::staff::by_name(&cx, &name)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no staff member is called {}", name.as_str()))?;
            let mut line = String::new();
            std::io::stdin().read_line(&mut line).context("reading the password from stdin")?;
            let password = line.trim_end_matches(['\r', '\n']).to_string();
            crate::service::desk::set_password(&cx, &crate::domain::Actor::Operator, s.id, password, None)
                .await?;
            eprintln!("password set for {}; their desk sessions ended", name.as_str());
        }
        StaffCommand::EnrolmentCode { name } => {
            let name = StaffName::parse(&name).context("--name")?;
            let s = service::staff::by_name(&cx, &name)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no staff member is called {}", name.as_str()))?;
            let (code, expires) =
                crate::service::second_factor::issue_enrolment_code(&cx, &Actor::Operator, s.id).await?;
            eprintln!("enrolment code for {} (one use, until {expires}):", name.as_str());
            println!("{code}");
        }
        StaffCommand::List => {
            for s in service::staff::list(&cx, &Actor::Operator).await? {
                let queues: Vec<&str> = s.queues.iter().map(|q| q.as_str()).collect();
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    s.id,
                    s.name.as_str(),
                    s.role,
                    if s.active { "active" } else { "inactive" },
                    queues.join(",")
                );
            }
        }
    }
    cx.close().await;
    Ok(())
}
