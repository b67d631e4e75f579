//! The durable job queue. Workers claim due jobs of their lane in batches under a
//! lease (`locked_until`) that they renew while they work; on PostgreSQL the claim uses
//! `FOR UPDATE SKIP LOCKED`, so several processes share the queue without waiting on
//! each other, and on SQLite the single writer connection serialises claims. A job
//! whose worker died is handed back when its lease lapses (`reap_expired`).
//!
//! Each part of a job's life has a module: enqueueing, claiming under a lease, recording
//! the outcome, and supervision.

mod claim;
mod enqueue;
mod outcomes;
mod supervise;

pub use claim::{any_due, claim, lane_busy, reap_expired, renew_leases};
pub use enqueue::{enqueue, enqueue_coalesced, enqueue_many};
pub use outcomes::{complete, complete_many, fail, release, retry_at};
pub use supervise::{counts, lane_stats, list, retry_failed, JobRow, LaneStats};
