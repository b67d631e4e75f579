//! `serve`'s job workers: each lane gets its own, so a lane's backlog never delays
//! another, and one task per process hands back the jobs of workers that died.

use std::time::Duration;

use super::run_batch;
use crate::domain::Lane;
use crate::service::job_queue::claims;
use crate::service::Context;

/// Starts every lane's workers (none when `jobs.workers` is 0) and the reaper.
pub fn spawn_workers(cx: Context) -> Vec<tokio::task::JoinHandle<()>> {
    if cx.config.jobs.workers == 0 {
        return Vec::new();
    }
    let node = &cx.node;
    let mut tasks = vec![tokio::spawn(reap(cx.clone()))];
    for &lane in Lane::ALL {
        let lc = *cx.config.jobs.lanes.get(lane);
        for i in 0..lc.workers {
            let name = format!("{node}/{lane}-{i}");
            tasks.push(tokio::spawn(work(cx.clone(), lane, name, lc.batch)));
        }
    }
    tasks
}

/// One worker: runs its lane's due jobs, then waits to be woken or for the poll interval.
async fn work(cx: Context, lane: Lane, name: String, batch: u32) {
    // A wake can come from inside the waker's transaction, before its job is visible:
    // after one that found nothing, look once more a moment later.
    let mut recheck = false;
    while !cx.jobs_wake.is_stopping() {
        // Listening before looking: a job queued while the batch runs still wakes us.
        let woken = cx.jobs_wake.notified(lane);
        tokio::pin!(woken);
        woken.as_mut().enable();
        match run_batch(&cx, Some(lane), &name, batch).await {
            Ok(0) => {}
            Ok(_) => continue,
            Err(e) => tracing::warn!(error = %e, %lane, "job queue unavailable"),
        }
        let wait = if recheck { RECHECK } else { cx.config.jobs.poll_interval };
        recheck = tokio::select! {
            _ = woken => true,
            _ = tokio::time::sleep(wait) => false,
        };
    }
}

const RECHECK: Duration = Duration::from_millis(50);

/// Hands back jobs whose worker's lease lapsed, four times a lease.
async fn reap(cx: Context) {
    let every = (cx.config.jobs.lease / 4).max(Duration::from_millis(500));
    while !cx.jobs_wake.is_stopping() {
        match claims::reap_expired(&cx).await {
            Ok(0) => {}
            Ok(n) => {
                tracing::warn!(jobs = n, "handed back jobs whose lease expired");
                cx.jobs_wake.notify_waiters();
            }
            Err(e) => tracing::warn!(error = %e, "could not reap expired jobs"),
        }
        // A stop wakes every lane's listeners, this one too.
        let _ = tokio::time::timeout(every, cx.jobs_wake.notified(Lane::Interactive)).await;
    }
}
