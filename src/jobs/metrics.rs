//! Jobs this process finished, per lane, for `/metrics` (a counter: its rate is the
//! lane's throughput).

use std::sync::atomic::{AtomicU64, Ordering};

use crate::domain::Lane;

static DONE: [AtomicU64; 4] = [const { AtomicU64::new(0) }; 4];

/// Counts one job of `lane` run (whatever its outcome).
pub fn done(lane: Lane) {
    DONE[lane.index()].fetch_add(1, Ordering::Relaxed);
}

/// Jobs run so far by this process, per lane.
pub fn done_so_far(lane: Lane) -> u64 {
    DONE[lane.index()].load(Ordering::Relaxed)
}
