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

fn chrono_length(cx: &Context) -> chrono::Duration {
    chrono::Duration::from_std(length(cx)).unwrap_or(chrono::Duration::seconds(10))
}

/// Takes or renews `name` for this process; false while another process holds it (or
/// the database does not answer: work that must happen once is better late than twice).
pub async fn hold(cx: &Context, name: &str) -> bool {
    let now = Utc::now();
    match store::leases::try_take(cx.store.write(), name, &cx.node, now, now + chrono_length(cx)).await {
        Ok(held) => held,
        Err(e) => {
            tracing::warn!(lease = name, error = %e, "could not renew a lease; not doing its work meanwhile");
            false
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
                work(cx.clone()).await;
                due = tokio::time::Instant::now() + every;
            }
        }
    })
}

/// Holds `name` for as long as this process runs (renewing it in the background), or
/// says which process does. A holder that does not renew within a renewal period and a
/// second is dead (a crash, `kill -9`): its lease is taken over at once rather than
/// left to lapse, so a crashed single node restarts in seconds.
pub async fn hold_for_life(
    cx: &Context,
    name: &'static str,
) -> anyhow::Result<Result<JoinHandle<()>, String>> {
    for _ in 0..3 {
        if hold(cx, name).await {
            return Ok(Ok(spawn_renewal(cx.clone(), name)));
        }
        let Some((owner, until)) = store::leases::holder(cx.store.read(), name, Utc::now()).await? else {
            continue;
        };
        tokio::time::sleep(length(cx) / 3 + Duration::from_secs(1)).await;
        match store::leases::holder(cx.store.read(), name, Utc::now()).await? {
            Some((now_owner, now_until)) if now_owner == owner && now_until > until => return Ok(Err(owner)),
            Some((now_owner, _)) if now_owner == owner => {
                let now = Utc::now();
                let taken = store::leases::take_over(
                    cx.store.write(),
                    name,
                    &owner,
                    until,
                    &cx.node,
                    now + chrono_length(cx),
                )
                .await?;
                if taken {
                    tracing::warn!(lease = name, from = %owner, "took over a lease its holder stopped renewing");
                    return Ok(Ok(spawn_renewal(cx.clone(), name)));
                }
            }
            // Lapsed or changed hands meanwhile: try again.
            _ => {}
        }
    }
    let holder = store::leases::holder(cx.store.read(), name, Utc::now()).await?;
    Ok(Err(holder.map(|(owner, _)| owner).unwrap_or_else(|| "another process".into())))
}

fn spawn_renewal(cx: Context, name: &'static str) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(length(&cx) / 3).await;
            if !hold(&cx, name).await {
                tracing::error!(lease = name, "lost a lease this process must hold; another process took it");
            }
        }
    })
}

/// Takes `name` and keeps renewing it, warning first when another live process holds
/// it: for configurations that work but are not meant to run twice.
pub async fn hold_or_warn(cx: &Context, name: &'static str, warning: &str) -> anyhow::Result<JoinHandle<()>> {
    if let Some((owner, _)) = store::leases::holder(cx.store.read(), name, Utc::now()).await? {
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

/// The parts that serve one node only: the embedded index has one writer (a second
/// process indexing into it is refused: a fleet uses Meilisearch), and SQLite is one
/// node's database (a second process running its jobs is told so).
pub async fn single_node_parts(cx: &Context) -> anyhow::Result<Vec<tokio::task::JoinHandle<()>>> {
    use crate::config::SearchBackendKind;
    let mut held = Vec::new();
    if cx.config.jobs.workers == 0 {
        return Ok(held);
    }
    if cx.config.search.backend == SearchBackendKind::Embedded {
        match hold_for_life(cx, EMBEDDED_INDEX).await? {
            Ok(renewal) => held.push(renewal),
            Err(holder) => anyhow::bail!(
                "the embedded search index has one writer, and {holder} already runs it on this database: \
                 several nodes share Meilisearch (search.backend = \"meilisearch\"), or run this one with \
                 jobs.workers = 0"
            ),
        }
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
