//! `Application`: builds everything from a `Config`, binds the port, serves until told
//! to stop. `main` and the integration tests go through exactly this code.

use std::future::Future;
use std::net::SocketAddr;

use anyhow::Context as _;
use poem::listener::{Acceptor, Listener, TcpAcceptor, TcpListener};
use poem::Server;

use crate::config::Config;
use crate::http::{self, metrics::Metrics};
use crate::service::Context;

pub struct Application {
    acceptor: TcpAcceptor,
    addr: SocketAddr,
    /// The private `/metrics` listener (`server.metrics_listen`), when configured.
    metrics: Option<(TcpAcceptor, SocketAddr)>,
    cx: Context,
    /// Renewals of the leases this process holds for its whole life.
    held: Vec<tokio::task::JoinHandle<()>>,
}

impl Application {
    /// Connects the database (migrating when configured) and binds the listener.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let migrate = config.database.migrate_on_start;
        let cx = Context::open(config, migrate).await?;
        crate::service::records::ensure_reference_data(&cx).await?;
        crate::service::second_factor::seal_stored_secrets(&cx).await?;
        // Anything left due by a crash or an import through another process gets issued.
        crate::service::certificates::resume_issuing(&cx).await?;
        let held = crate::service::leases::single_node_parts(&cx).await?;
        let config = &cx.config;
        let listen = config.server.listen;
        let acceptor = TcpListener::bind(listen)
            .into_acceptor()
            .await
            .with_context(|| format!("binding server.listen = {listen}"))?;
        let addr = bound(&acceptor, listen);
        let metrics = match config.server.metrics_listen {
            Some(at) => {
                let acceptor = TcpListener::bind(at)
                    .into_acceptor()
                    .await
                    .with_context(|| format!("binding server.metrics_listen = {at}"))?;
                let addr = bound(&acceptor, at);
                Some((acceptor, addr))
            }
            None => None,
        };
        Ok(Self { acceptor, addr, metrics, cx, held })
    }

    /// The address `/metrics` is served on, when it has a listener of its own.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().map(|(_, a)| *a)
    }

    /// The address actually bound (port 0 resolves here).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn context(&self) -> &Context {
        &self.cx
    }

    /// Serves until `shutdown` completes, then lets in-flight requests finish
    /// (up to `server.shutdown_grace`) and closes the database.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send) -> anyhow::Result<()> {
        let grace = self.cx.config.server.shutdown_grace;
        let cx = self.cx.clone();
        let mut workers = crate::jobs::spawn_workers(self.cx.clone());
        // The indexer is background work like the job workers: off when they are.
        let indexer = if self.cx.config.jobs.workers > 0 {
            crate::service::search::spawn_indexer(self.cx.clone())
        } else {
            // No indexer here (another process runs it), but searches need the indexes
            // and their settings: apply them once, without holding up the start.
            let cx = self.cx.clone();
            tokio::spawn(async move {
                if let Err(e) = cx.search.prepare().await {
                    tracing::warn!(error = %e, backend = cx.search.name(), "could not prepare the search indexes");
                }
            })
        };
        let pollers = crate::mail::imap::spawn_pollers(&self.cx);
        let janitor = crate::service::portal::spawn_janitor(self.cx.clone());
        // SLA sweeps and the round-robin are background work too: with no workers here,
        // another process (or a test) runs them.
        let supervision = if self.cx.config.jobs.workers > 0 {
            vec![
                crate::service::sla::spawn_sweeper(self.cx.clone()),
                crate::service::assign::spawn_round_robin(self.cx.clone()),
            ]
        } else {
            Vec::new()
        };
        let metrics = Metrics::new();
        let metrics_server = self.metrics.map(|(acceptor, _)| {
            let routes = http::metrics_routes(self.cx.clone(), metrics.clone());
            tokio::spawn(async move {
                if let Err(e) = Server::new_with_acceptor(acceptor).run(routes).await {
                    tracing::error!(error = %e, "metrics listener stopped");
                }
            })
        });
        let routes = http::routes(self.cx, metrics);
        // Readiness goes false first, and requests are still served for the drain delay,
        // so a load balancer moves traffic away before the listener closes.
        let drain = cx.config.server.drain_delay;
        let draining = cx.draining.clone();
        let shutdown = async move {
            shutdown.await;
            draining.store(true, std::sync::atomic::Ordering::Relaxed);
            if !drain.is_zero() {
                tracing::info!(?drain, "draining: /readyz answers 503 before the listener closes");
                tokio::time::sleep(drain).await;
            }
        };
        Server::new_with_acceptor(self.acceptor)
            .run_with_graceful_shutdown(routes, shutdown, Some(grace))
            .await
            .context("http server")?;
        if let Some(task) = metrics_server {
            task.abort();
        }
        // Workers finish the job in hand (a send is never cut off by a deploy) and hand
        // back the rest; one still busy after the grace is cut off, and its job is taken
        // up again when its lease lapses.
        cx.jobs_wake.stop();
        let stopping = futures::future::join_all(workers.iter_mut());
        if tokio::time::timeout(grace, stopping).await.is_err() {
            tracing::warn!("job workers still busy after the shutdown grace; cutting them off");
        }
        // The workers were joined above (awaiting them again would panic): cut off the
        // rest; the tasks that renew leases are awaited, so no renewal in flight lands
        // after the leases are given up below.
        for task in &workers {
            task.abort();
        }
        let renewing: Vec<_> =
            pollers.into_iter().chain(supervision).chain([indexer, janitor]).chain(self.held).collect();
        for task in &renewing {
            task.abort();
        }
        for task in renewing {
            let _ = task.await;
        }
        crate::mail::imap::release_leases(&cx).await;
        crate::service::leases::release_all(&cx).await;
        cx.close().await;
        Ok(())
    }
}

/// The address an acceptor really bound (port 0 resolved), else the configured one.
fn bound(acceptor: &TcpAcceptor, configured: SocketAddr) -> SocketAddr {
    acceptor.local_addr().first().and_then(|a| a.as_socket_addr().copied()).unwrap_or(configured)
}

/// Completes on SIGTERM or Ctrl-C. The handlers are installed when this is called,
/// not when the future is first polled, so a SIGTERM during start-up (jobs and pollers
/// already running) is a clean stop too, not the default kill.
pub fn shutdown_signal() -> impl Future<Output = ()> + Send {
    #[cfg(unix)]
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    let ctrl_c = tokio::signal::ctrl_c();
    async move {
        #[cfg(unix)]
        let term = async {
            match term.as_mut() {
                Some(s) => {
                    s.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let term = std::future::pending::<()>();
        tokio::select! {
            _ = ctrl_c => {},
            _ = term => {},
        }
        tracing::info!("shutdown requested; finishing in-flight requests");
    }
}
