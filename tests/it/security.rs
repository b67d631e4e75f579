//! The attacker's and the insider's checklist (docs/security.md): one test per point,
//! each on every backend. Split by the door it holds.

mod bodies;
mod identity;
mod mail;
mod metrics;
mod small;

pub use bodies::*;
pub use identity::*;
pub use mail::*;
pub use metrics::*;
pub use small::*;
