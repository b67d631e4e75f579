//! `certdesk staff …`: create and list staff accounts, set a desk password, print an
//! enrolment code for a second factor.

use anyhow::Context as _;
use clap::Subcommand;

use crate::config::Config;
use crate::domain::{Actor, QueueName, Role, StaffName};
use crate::service::{self, staff::NewStaff, Context};

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

pub(super) async fn run(config: Config, cmd: StaffCommand) -> anyhow::Result<()> {
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
