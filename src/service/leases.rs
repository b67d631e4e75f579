//! Background work that one process of a fleet does at a time (the SLA sweep, the
//! round-robin, the search indexer): whoever holds the named lease does it. The holder
//! renews it every third of `jobs.lease`; one that dies stops renewing, and another
//! process takes over within a lease. A clean stop gives every lease up at once.

use std::future::Future;
use std::time::Duration;

use chrono::Utc;
use tokio::task::JoinHandle;

use super::Context;
use crate::store;

/// The SLA sweep's lease.
pub const SLA_SWEEP: &str = "sla-sweep";
/// The round-robin assignment's lease.
pub const ROUND_ROBIN: &str = "round-robin";
/// The search indexer's lease (Meilisearch: one indexer feeds it for the fleet).
pub const SEARCH_INDEXER: &str = "search-indexer";
/// The embedded index's one writer: held for the life of the process.
pub const EMBEDDED_INDEX: &str = "embedded-index-writer";
/// SQLite serves one node: held by the process running its jobs.
pub const SQLITE_NODE: &str = "sqlite-node";

fn length(cx: &Context) -> Duration {
    cx.config.jobs.lease.max(Duration::from_secs(1))
}

/// Takes or renews `name` for this process for `jobs.lease`; false while another
/// process holds it (or the database does not answer: work that must happen once is
/// better late than twice).
pub async fn hold(cx: &Context, name: &str) -> bool {
    hold_for(cx, name, length(cx)).await
}

/// Runs `work` while renewing `name`; drops it (a transaction in hand rolls back) and
/// answers `None` when a renewal fails, so work that outlasts a lease never runs in
/// two processes at once.
pub async fn while_held<F: Future>(cx: &Context, name: &str, work: F) -> Option<F::Output> {
    let renew = async {
        loop {
            tokio::time::sleep(length(cx) / 3).await;
            if !hold(cx, name).await {
                return;
            }
        }
    };
    tokio::select! {
        out = work => Some(out),
        () = renew => {
            tracing::warn!(lease = name, "lost the lease during its work; stopped the work");
            None
        }
    }
}

/// Runs `work` every `every` in whichever process holds `name`. The first run comes
/// one interval after start: a process that just started has nothing to catch up
/// that the running ones did not.
pub fn spawn_periodic<F, Fut>(cx: Context, name: &'static str, every: Duration, work: F) -> JoinHandle<()>
where
    F: Fn(Context) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    tokio::spawn(async move {
        let every = every.max(Duration::from_millis(100));
        let mut tick = tokio::time::interval((length(&cx) / 3).min(every));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut due = tokio::time::Instant::now() + every;
        let mut held = false;
        loop {
            tick.tick().await;
            let now_held = hold(&cx, name).await;
            if now_held != held {
                tracing::info!(lease = name, held = now_held, "lease changed hands");
                held = now_held;
            }
            if held && tokio::time::Instant::now() >= due {
                while_held(&cx, name, work(cx.clone())).await;
                due = tokio::time::Instant::now() + every;
            }
        }
    })
}

/// How long a lease held for a process's life runs: short, so a crashed holder's
/// successor waits seconds; renewed every second.
const LIFE_LEASE: Duration = Duration::from_secs(4);

async fn hold_for(cx: &Context, name: &str, length: Duration) -> bool {
    let now = crate::service::clock::wall();
    let until = now + chrono::Duration::from_std(length).unwrap_or(chrono::Duration::seconds(10));
    match store::leases::try_take(cx.store.write(), name, &cx.node, now, until).await {
        Ok(held) => held,
        Err(e) => {
            tracing::warn!(lease = name, error = %e, "could not renew a lease; not doing its work meanwhile");
            false
        }
    }
}

/// Holds `name` for as long as this process runs, renewing it every second, without
/// holding up the start (a restart after a crash must not wait for the dead holder's
/// lease: the jobs it left would be claimed and cut off again). While another process
/// renews it, this one logs `conflict` (once a minute) and takes it over once it lapses.
pub fn hold_for_life(cx: &Context, name: &'static str, conflict: &'static str) -> JoinHandle<()> {
    let cx = cx.clone();
    tokio::spawn(async move {
        let mut seen: Option<(String, chrono::DateTime<Utc>)> = None;
        let mut warned: Option<std::time::Instant> = None;
        loop {
            if !hold_for(&cx, name, LIFE_LEASE).await {
                let now = store::leases::holder(cx.store.read(), name, crate::service::clock::wall())
                    .await
                    .ok()
                    .flatten();
                let renewed = matches!((&seen, &now), (Some((a, t0)), Some((b, t1))) if a == b && t1 > t0);
                if renewed && warned.is_none_or(|at| at.elapsed() >= Duration::from_secs(60)) {
                    let holder = now.as_ref().map(|(o, _)| o.as_str()).unwrap_or("another process");
                    tracing::error!(lease = name, %holder, "{conflict}");
                    warned = Some(std::time::Instant::now());
                }
                seen = now;
            }
            tokio::time::sleep(LIFE_LEASE / 4).await;
        }
    })
}

/// Takes `name` and keeps renewing it, warning first when another live process holds
/// it: for configurations that work but are not meant to run twice.
pub async fn hold_or_warn(cx: &Context, name: &'static str, warning: &str) -> anyhow::Result<JoinHandle<()>> {
    if let Some((owner, _)) =
        store::leases::holder(cx.store.read(), name, crate::service::clock::wall()).await?
    {
        if owner != *cx.node {
            tracing::warn!(holder = %owner, "{warning}");
        }
    }
    let cx = cx.clone();
    Ok(tokio::spawn(async move {
        loop {
            hold(&cx, name).await;
            tokio::time::sleep(length(&cx) / 3).await;
        }
    }))
}

/// The parts that serve one node only: the embedded index has one writer, and SQLite
/// is one node's database; a second process running jobs on them is told so (a fleet
/// uses Meilisearch and PostgreSQL).
pub async fn single_node_parts(cx: &Context) -> anyhow::Result<Vec<JoinHandle<()>>> {
    use crate::config::SearchBackendKind;
    let mut held = Vec::new();
    if cx.config.jobs.workers == 0 {
        return Ok(held);
    }
    if cx.config.search.backend == SearchBackendKind::Embedded {
        let conflict = "the embedded search index has one writer, and another process runs it on this \
                        database: several nodes share Meilisearch (search.backend = \"meilisearch\"), or \
                        run this one with jobs.workers = 0";
        held.push(hold_for_life(cx, EMBEDDED_INDEX, conflict));
    }
    if cx.store.backend() == sea_orm::DbBackend::Sqlite {
        let warning = "SQLite serves one node, and another process runs jobs on this database too: \
                       run several nodes on PostgreSQL";
        held.push(hold_or_warn(cx, SQLITE_NODE, warning).await?);
    }
    Ok(held)
}

/// Gives up every lease this process holds (a clean stop).
pub async fn release_all(cx: &Context) {
    if let Err(e) = store::leases::release_all(cx.store.write(), &cx.node).await {
        tracing::warn!(error = %e, "could not give up this process's leases; they lapse by themselves");
    }
}
