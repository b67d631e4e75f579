//! The kinds of durable job and their payloads. Services enqueue them in the same
//! transaction as the change that needs them; the `jobs` worker runs them.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum JobKind {
    /// Send an outbound ticket message (acknowledgement or agent reply) by mail.
    SendMail { message: Uuid },
    /// Tell the sender of a quarantined mail why it was not processed.
    SendRejectionNotice { inbound: Uuid },
}

impl JobKind {
    pub fn name(&self) -> &'static str {
        match self {
            JobKind::SendMail { .. } => "send_mail",
            JobKind::SendRejectionNotice { .. } => "send_rejection_notice",
        }
    }

    /// The key that makes enqueueing this job idempotent: one job per message.
    pub fn idempotency_key(&self) -> String {
        match self {
            JobKind::SendMail { message } => format!("send_mail:{message}"),
            JobKind::SendRejectionNotice { inbound } => format!("send_rejection_notice:{inbound}"),
        }
    }
}
