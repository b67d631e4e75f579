//! Polling an IMAP mailbox. Each message is stored and processed first; only after
//! the commit is it moved to the processed (or quarantine) folder. A crash in between
//! leaves it in the inbox, where the next poll finds it, sees it was already ingested,
//! and just moves it. A lease in the database makes one process the poller.

use std::sync::Arc;

use anyhow::{anyhow, Context as _};
use async_imap::Session;
use chrono::Utc;
use std::panic::AssertUnwindSafe;

use futures::{FutureExt, TryStreamExt};
use rustls_pki_types::pem::PemObject;
use secrecy::ExposeSecret;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

use crate::config::ImapConfig;
use crate::service::ingest::{self, Incoming, Outcome, Source};
use crate::service::mailboxes;
use crate::service::Context;

/// Messages fetched per round trip.
const FETCH_BATCH: usize = 100;

pub fn spawn_pollers(cx: &Context) -> Vec<tokio::task::JoinHandle<()>> {
    cx.config
        .mail
        .imap
        .iter()
        .cloned()
        .map(|mb| {
            let cx = cx.clone();
            tokio::spawn(async move { run(cx, mb).await })
        })
        .collect()
}

/// Polls forever: takes the lease when it is free, reconnects with backoff on errors.
pub async fn run(cx: Context, mb: ImapConfig) {
    let owner = owner();
    let mut failures = 0u32;
    loop {
        match session(&cx, &mb, &owner).await {
            Ok(()) => failures = 0,
            Err(e) => {
                failures += 1;
                tracing::warn!(mailbox = %mb.name, error = %format!("{e:#}"), "IMAP poll failed");
                let _ = mailboxes::record_poll(&cx, &mb.name, None, Some(&format!("{e:#}"))).await;
            }
        }
        let wait = if failures == 0 {
            mb.poll_interval
        } else {
            crate::service::job_queue::backoff(failures).min(mb.poll_interval * 4)
        };
        tokio::time::sleep(wait).await;
    }
}

/// This process's name in mailbox leases.
fn owner() -> String {
    format!("{}:{}", crate::node::hostname(), std::process::id())
}

/// Gives up this process's mailbox leases (clean shutdown), so another process can
/// take over at once instead of waiting for them to lapse.
pub async fn release_leases(cx: &Context) {
    let owner = owner();
    for mb in &cx.config.mail.imap {
        if let Err(e) = mailboxes::release_lease(cx, &mb.name, &owner).await {
            tracing::warn!(mailbox = %mb.name, error = %e, "could not release the mailbox lease");
        }
    }
}

/// Renewed before every batch and every IDLE, so it lapses only when its holder is gone;
/// a restart after a crash waits at most this long to take over.
fn lease_length(mb: &ImapConfig) -> chrono::Duration {
    chrono::Duration::from_std(mb.poll_interval * 3)
        .unwrap_or_else(|_| chrono::Duration::seconds(90))
        .max(chrono::Duration::seconds(15))
}

async fn hold_lease(cx: &Context, mb: &ImapConfig, owner: &str) -> anyhow::Result<bool> {
    Ok(mailboxes::hold_lease(cx, &mb.name, owner, Utc::now() + lease_length(mb)).await?)
}

/// One connection's life: returns Ok when the lease is held by someone else.
async fn session(cx: &Context, mb: &ImapConfig, owner: &str) -> anyhow::Result<()> {
    if !hold_lease(cx, mb, owner).await? {
        return Ok(());
    }
    let tcp = TcpStream::connect((mb.host.as_str(), mb.port))
        .await
        .with_context(|| format!("connecting to {}:{}", mb.host, mb.port))?;
    if mb.tls {
        let tls = tls_connector(mb.tls_ca_file.as_deref())?;
        let name = rustls_pki_types::ServerName::try_from(mb.host.clone()).context("IMAP host name")?;
        let stream = tls.connect(name, tcp).await.context("TLS handshake")?;
        poll_loop(cx, mb, owner, stream).await
    } else {
        let loopback = tcp.peer_addr().map(|a| a.ip().is_loopback()).unwrap_or(false);
        if !loopback {
            return Err(anyhow!("refusing plain IMAP to a non-loopback host; set tls = true"));
        }
        poll_loop(cx, mb, owner, tcp).await
    }
}

fn tls_connector(ca_file: Option<&std::path::Path>) -> anyhow::Result<tokio_rustls::TlsConnector> {
    let mut roots = rustls::RootCertStore::empty();
    match ca_file {
        Some(path) => {
            let pem =
                std::fs::read(path).with_context(|| format!("reading tls_ca_file {}", path.display()))?;
            for cert in rustls_pki_types::CertificateDer::pem_slice_iter(&pem) {
                roots
                    .add(cert.context("tls_ca_file holds a bad certificate")?)
                    .context("adding the CA certificate")?;
            }
        }
        None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default TLS versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_rustls::TlsConnector::from(Arc::new(config)))
}

async fn poll_loop<T>(cx: &Context, mb: &ImapConfig, owner: &str, stream: T) -> anyhow::Result<()>
where
    T: AsyncRead + AsyncWrite + Unpin + std::fmt::Debug + Send,
{
    let mut client = async_imap::Client::new(stream);
    client
        .read_response()
        .await
        .context("reading the IMAP greeting")?
        .ok_or_else(|| anyhow!("no IMAP greeting"))?;
    let mut session = client
        .login(&mb.username, mb.password.expose_secret())
        .await
        .map_err(|(e, _)| anyhow!("IMAP login: {e}"))?;
    let caps = session.capabilities().await.context("CAPABILITY")?;
    let (can_move, can_idle) = (caps.has_str("MOVE"), caps.has_str("IDLE"));
    for folder in [&mb.processed_folder, &mb.quarantine_folder] {
        if !folder.is_empty() {
            // Already existing is fine; a real failure shows when moving.
            let _ = session.create(folder).await;
        }
    }
    session.select(&mb.folder).await.with_context(|| format!("SELECT {}", mb.folder))?;
    loop {
        if !hold_lease(cx, mb, owner).await? {
            let _ = session.logout().await;
            return Ok(());
        }
        drain(cx, mb, owner, &mut session, can_move).await?;
        if can_idle {
            let mut idle = session.idle();
            idle.init().await.context("IDLE")?;
            let (wait, _stop) = idle.wait_with_timeout(mb.poll_interval);
            let _ = wait.await;
            session = idle.done().await.context("IDLE DONE")?;
        } else {
            tokio::time::sleep(mb.poll_interval).await;
            session.noop().await.context("NOOP")?;
        }
    }
}

/// Ingests every message in the folder, oldest first, in batches, recording after each
/// batch how many messages the folder still holds (the backlog operators watch).
async fn drain<T>(
    cx: &Context,
    mb: &ImapConfig,
    owner: &str,
    session: &mut Session<T>,
    can_move: bool,
) -> anyhow::Result<()>
where
    T: AsyncRead + AsyncWrite + Unpin + std::fmt::Debug + Send,
{
    let mut uids: Vec<u32> =
        session.uid_search("UNDELETED").await.context("UID SEARCH")?.into_iter().collect();
    uids.sort_unstable();
    mailboxes::record_poll(cx, &mb.name, Some(uids.len() as u32), None).await?;
    for chunk in uids.chunks(FETCH_BATCH) {
        if !hold_lease(cx, mb, owner).await? {
            return Ok(());
        }
        let set = uid_set(chunk);
        let fetched: Vec<(u32, Vec<u8>)> = session
            .uid_fetch(&set, "(UID BODY.PEEK[])")
            .await
            .context("UID FETCH")?
            .try_filter_map(|f| async move { Ok(f.uid.zip(f.body().map(<[u8]>::to_vec))) })
            .try_collect()
            .await
            .context("UID FETCH")?;
        let (mut done, mut bad) = (Vec::new(), Vec::new());
        let source = Source::Imap { mailbox: mb.name.clone() };
        let batch_uids: Vec<u32> = fetched.iter().map(|(uid, _)| *uid).collect();
        let batch: Vec<Incoming> = fetched.into_iter().map(|(_, raw)| Incoming::new(raw, &source)).collect();
        // A message that makes the ingester panic must not block the mailbox forever.
        let results = match AssertUnwindSafe(ingest::ingest_many(cx, batch.clone())).catch_unwind().await {
            Ok(r) => r,
            Err(_) => {
                tracing::error!(mailbox = %mb.name, "ingesting a batch panicked; retrying one by one");
                let mut out = Vec::new();
                for incoming in batch {
                    let raw = incoming.raw().to_vec();
                    out.push(match AssertUnwindSafe(ingest::ingest_one(cx, incoming)).catch_unwind().await {
                        Ok(r) => r,
                        Err(_) => {
                            let why = "processing the message failed unexpectedly";
                            ingest::quarantine_unprocessable(cx, &raw, &source, why).await
                        }
                    });
                }
                out
            }
        };
        for (uid, result) in batch_uids.into_iter().zip(results) {
            match result {
                Ok(Outcome::Quarantined(_)) => bad.push(uid),
                Ok(_) => done.push(uid),
                // Leave it in the folder; the next poll tries again.
                Err(e) => {
                    move_to(session, &done, &mb.processed_folder, can_move).await?;
                    move_to(session, &bad, &mb.quarantine_folder, can_move).await?;
                    return Err(anyhow!("ingesting UID {uid}: {e:#}"));
                }
            }
        }
        move_to(session, &done, &mb.processed_folder, can_move).await?;
        move_to(session, &bad, &mb.quarantine_folder, can_move).await?;
        // The backlog is what the server still holds, mail that arrived meanwhile included.
        let left = session.uid_search("UNDELETED").await.context("UID SEARCH")?.len();
        mailboxes::record_poll(cx, &mb.name, Some(left as u32), None).await?;
    }
    Ok(())
}

/// MOVE where the server has it; otherwise COPY, flag \Deleted and expunge. With no
/// target folder configured the message is only flagged \Seen (and stays deduplicated).
async fn move_to<T>(
    session: &mut Session<T>,
    uids: &[u32],
    folder: &str,
    can_move: bool,
) -> anyhow::Result<()>
where
    T: AsyncRead + AsyncWrite + Unpin + std::fmt::Debug + Send,
{
    if uids.is_empty() {
        return Ok(());
    }
    let set = uid_set(uids);
    if folder.is_empty() {
        let _: Vec<_> = session.uid_store(&set, "+FLAGS (\\Seen)").await?.try_collect().await?;
        return Ok(());
    }
    if can_move {
        session.uid_mv(&set, folder).await.with_context(|| format!("UID MOVE to {folder}"))?;
    } else {
        session.uid_copy(&set, folder).await.with_context(|| format!("UID COPY to {folder}"))?;
        let _: Vec<_> = session.uid_store(&set, "+FLAGS (\\Deleted)").await?.try_collect().await?;
        let _: Vec<_> = session.expunge().await?.try_collect().await?;
    }
    Ok(())
}

fn uid_set(uids: &[u32]) -> String {
    uids.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
}
