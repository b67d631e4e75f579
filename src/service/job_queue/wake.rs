//! Wakes a lane's idle workers when a job is queued, so they start at once instead of
//! at their next poll; and tells them to stop on shutdown.

use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;

use crate::domain::Lane;

#[derive(Default)]
pub struct Wake {
    lanes: [Notify; 4],
    /// Set on shutdown: workers finish the job in hand and hand back the rest.
    stopping: AtomicBool,
}

impl Wake {
    /// Asks every worker to stop after the job in hand (a clean shutdown is no crash:
    /// nothing in flight is cut off).
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        self.notify_waiters();
    }

    pub fn is_stopping(&self) -> bool {
        self.stopping.load(Ordering::SeqCst)
    }

    /// Wakes every lane (a change may have queued work in several).
    pub fn notify_waiters(&self) {
        self.lanes.iter().for_each(Notify::notify_waiters);
    }

    pub fn lane(&self, lane: Lane) {
        self.lanes[lane.index()].notify_waiters();
    }

    pub fn notified(&self, lane: Lane) -> tokio::sync::futures::Notified<'_> {
        self.lanes[lane.index()].notified()
    }
}
