//! The attacker's and the insider's checklist (docs/security.md): one test per point,
//! each on every backend. Split by the door it holds.

mod bodies;
mod enumeration;
mod evidence;
mod identity;
mod insider;
mod mail;
mod metrics;
mod pumping;
mod small;
mod staff;

pub use bodies::*;
pub use enumeration::*;
pub use evidence::*;
pub use identity::*;
pub use insider::*;
pub use mail::*;
pub use metrics::*;
pub use pumping::*;
pub use small::*;
pub use staff::*;
