//! The attacker's and the insider's checklist (docs/security.md): one test per point,
//! each on every backend. Split by the door it holds.

mod bodies;
mod metrics;

pub use bodies::*;
pub use metrics::*;
