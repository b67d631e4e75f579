//! `certdesk keys …`: list, rotate and revoke the issuer's signing keys.

use clap::Subcommand;
use secrecy::ExposeSecret;

use crate::config::Config;
use crate::domain::Actor;
use crate::service;

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

/// Works on the store and the key files directly, not through a `Context`: a context
/// refuses a revoked key, and replacing one is what these commands are for.
pub(super) async fn run(config: Config, cmd: KeysCommand) -> anyhow::Result<()> {
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
