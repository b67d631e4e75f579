//! The WhatsApp channel's rows: conversations, inbound messages (deduplicated on
//! Meta's message id), the outbound queue and the delivery statuses Meta posts.

mod conversations;
mod inbound;
mod outbound;

pub use conversations::*;
pub use inbound::*;
pub use outbound::*;

use super::locks::xact_locks;
