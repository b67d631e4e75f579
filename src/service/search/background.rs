//! Driving the indexer: `catch_up` (the CLI and tests: everything owed, now) and the
//! background indexer in `serve` (one per fleet, the lease holder's).

use std::time::{Duration, Instant};

use super::indexer::{Indexer, TRICKLE_BATCH};
use crate::domain::Lane;
use crate::error::ServiceResult;
use crate::search::SearchError;
use crate::service::{leases, Context};
use crate::store;

/// The pause between index batches while certificates are being issued, for an engine
/// that indexes in this process (Meilisearch indexes on its own machine and keeps pace).
const ISSUING_TRICKLE: Duration = Duration::from_secs(2);

/// How often an idle indexer looks for changes.
const IDLE_POLL: Duration = Duration::from_millis(500);

/// How long `catch_up` waits for the engine to confirm anything before giving up.
const STALLED: Duration = Duration::from_secs(600);

/// Indexes everything owed until nothing is, waiting for the engine to confirm it (the
/// CLI and tests; it does not report as the fleet's indexer). Returns how many
/// documents it wrote; a refused write is an error (its changes stay owed).
pub async fn catch_up(cx: &Context) -> ServiceResult<usize> {
    let mut ix = Indexer::new(cx);
    let mut total = 0;
    let mut pause = Duration::from_millis(2);
    let mut moved = Instant::now();
    loop {
        let step = ix.step(cx, None).await?;
        total += step.applied;
        if step.refused > 0 {
            let why = ix.last_refusal().unwrap_or_default();
            return Err(SearchError::Failed(format!("the search engine refused a write: {why}")).into());
        }
        if step.sent == 0 && ix.in_flight() == 0 {
            return Ok(total);
        }
        if step.sent == 0 && step.applied == 0 {
            if moved.elapsed() > STALLED {
                let m = format!("the search engine confirmed nothing in {} s", STALLED.as_secs());
                return Err(SearchError::Unavailable(m).into());
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_millis(100));
        } else {
            moved = Instant::now();
            pause = Duration::from_millis(2);
        }
    }
}

/// Runs the indexer until nothing is owed or in flight.
async fn until_idle(cx: &Context, ix: &mut Indexer, pruned: &mut Instant) -> ServiceResult<()> {
    let mut pause = Duration::from_millis(2);
    loop {
        // Indexed changes are kept a day (rebuilds look back at them), then dropped;
        // checked here too, as an indexer under steady load is never idle.
        if pruned.elapsed() >= Duration::from_secs(3600) {
            *pruned = Instant::now();
            if let Err(e) = store::search::prune(cx.store.write(), 86_400.0).await {
                tracing::warn!(error = %e, "could not prune the search log");
            }
        }
        // An engine in this process yields to a certificate run: issuing touches every
        // person it issues for, and indexing each again would slow it down.
        let trickle = cx.search.indexes_in_process()
            && store::jobs::lane_busy(cx.store.read(), Lane::Issuance, crate::service::clock::wall()).await?;
        let step = ix.step(cx, trickle.then_some(TRICKLE_BATCH)).await?;
        ix.report(cx, false).await;
        if step.sent == 0 && ix.in_flight() == 0 {
            return Ok(());
        }
        if trickle && step.sent > 0 {
            tokio::time::sleep(ISSUING_TRICKLE).await;
        } else if step.sent == 0 && step.applied == 0 {
            // Waiting for the engine: poll gently.
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_millis(100));
        } else {
            pause = Duration::from_millis(2);
        }
    }
}

/// The background indexer; while the engine is down it backs off (up to a minute) and
/// the owed changes simply wait.
pub fn spawn_indexer(cx: Context) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut prepared = false;
        let mut backoff = Duration::from_millis(500);
        let mut pruned = Instant::now();
        let mut ix = Indexer::new(&cx);
        // One indexer feeds the index for the whole fleet: the lease holder's.
        let renew_every = cx.config.jobs.lease / 3;
        let mut renewed: Option<Instant> = None;
        loop {
            if renewed.is_none_or(|at| at.elapsed() >= renew_every) {
                if !leases::hold(&cx, leases::SEARCH_INDEXER).await {
                    renewed = None;
                    ix.restart();
                    tokio::time::sleep(renew_every).await;
                    continue;
                }
                renewed = Some(Instant::now());
            }
            let work = async {
                if !prepared {
                    cx.search.prepare().await?;
                    prepared = true;
                }
                until_idle(&cx, &mut ix, &mut pruned).await
            };
            // A catch-up can outlast a lease (an import's backlog): renewed meanwhile,
            // and abandoned if another process took the lease.
            let result = leases::while_held(&cx, leases::SEARCH_INDEXER, work).await;
            match result {
                // Another process holds the lease (and reports): not a word from this one.
                None => {
                    renewed = None;
                    ix.restart();
                    continue;
                }
                Some(Ok(())) => {
                    ix.report(&cx, true).await;
                    backoff = Duration::from_millis(500);
                }
                Some(Err(e)) => {
                    ix.report(&cx, true).await;
                    tracing::warn!(error = %e, backend = cx.search.name(), retry_in = ?backoff, "search indexing failed; will retry");
                    ix.restart();
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(60));
                    continue;
                }
            }
            tokio::time::sleep(IDLE_POLL).await;
        }
    })
}
