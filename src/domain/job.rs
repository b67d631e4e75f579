//! The kinds of durable job and their payloads. Services enqueue them in the same
//! transaction as the change that needs them; the `jobs` worker runs them.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::ticket::named_enum;

named_enum!(
    /// A job's lane: each has its own workers, claim query and share of the SMS
    /// gateway, so one lane's backlog never delays another's.
    Lane {
        /// Someone is waiting on the other end: a one-time code, a resend or reply an
        /// agent or citizen just asked for. Goes first at the SMS gateway.
        Interactive = "interactive",
        /// Certificates issued as complete records arrive.
        Issuance = "issuance",
        /// What follows issuance and intake: certificate SMS, acknowledgements, staff
        /// notices.
        Notify = "notify",
        /// Supervisor bulk resends: never more than their share of the gateway.
        Bulk = "bulk",
    }
);

impl Lane {
    /// Index into per-lane arrays (`Lane::ALL` order).
    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum JobKind {
    /// Send an outbound ticket message (acknowledgement or agent reply) by mail.
    SendMail { message: Uuid },
    /// Tell the sender of a quarantined mail why it was not processed.
    SendRejectionNotice { inbound: Uuid },
    /// Issue every certificate that is due (coalesced: one pending at a time).
    IssueCertificates,
    /// Hand one outbox SMS to the gateway.
    SendSms { sms: Uuid },
    /// An SMS was reported undeliverable: open or reopen a ticket, try email.
    SmsFailed { sms: Uuid },
    /// Run one action of a ticket resolution.
    TicketAction { action: Uuid },
    /// Send (or not) the code of a one-time-code challenge: queued for every challenge
    /// and resend, match or miss, so the request does the same work either way; the job
    /// finds where the code goes and whether the budgets allow it. `requester` is the
    /// client address (or `staff:<id>`) that spends the per-client budget.
    SendCode { challenge: Uuid, send: u32, requester: String },
    /// Mail a member of staff about a ticket's SLA: `event` is `sla_warning` or
    /// `sla_breach`; `due` (RFC 3339) tells one target's event from the next. What
    /// the escalation did travels along, as the ticket may move again before sending.
    NotifyStaff {
        ticket: Uuid,
        staff: Uuid,
        event: String,
        due: String,
        #[serde(default)]
        escalated_to: Option<String>,
        #[serde(default)]
        raised_to: Option<String>,
    },
    /// Turn one recorded WhatsApp message into a ticket message (or a new ticket).
    /// `round` tells a supervisor's retry of a failed message from its first run.
    WhatsAppInbound {
        inbound: Uuid,
        #[serde(default)]
        round: u32,
    },
    /// Meta reported on a notice sent by WhatsApp template (an outbox SMS row): apply
    /// what it said. One job per status (`sent`, `delivered`, `read`, `failed`), and
    /// one `overdue`, due when a notice not yet delivered goes by SMS.
    WhatsAppNoticeStatus { sms: Uuid, status: String },
    /// Send one queued WhatsApp message. `round` tells a reply held for a closed
    /// window, queued again when the citizen writes, from its first try.
    SendWhatsApp {
        outbound: Uuid,
        #[serde(default)]
        round: u32,
    },
}

impl JobKind {
    /// The lane a job of this kind runs in unless its service knows better (an SMS or
    /// mail someone is waiting for goes `interactive`; a bulk resend's SMS go `bulk`).
    pub fn default_lane(&self) -> Lane {
        match self {
            JobKind::IssueCertificates => Lane::Issuance,
            // An agent just resolved the ticket: the resend or reissue is awaited.
            // Someone is waiting for the code.
            JobKind::TicketAction { .. } | JobKind::SendCode { .. } => Lane::Interactive,
            // A citizen is in the chat: their message and our answer never queue behind
            // certificate notices.
            JobKind::WhatsAppInbound { .. } | JobKind::SendWhatsApp { .. } => Lane::Interactive,
            JobKind::SendMail { .. }
            | JobKind::SendRejectionNotice { .. }
            | JobKind::SendSms { .. }
            | JobKind::SmsFailed { .. }
            | JobKind::WhatsAppNoticeStatus { .. }
            | JobKind::NotifyStaff { .. } => Lane::Notify,
        }
    }

    /// The name of `WhatsAppInbound` jobs (a worker claims more of them to convert together).
    pub const WHATSAPP_INBOUND: &'static str = "whatsapp_inbound";

    pub fn name(&self) -> &'static str {
        match self {
            JobKind::SendMail { .. } => "send_mail",
            JobKind::SendRejectionNotice { .. } => "send_rejection_notice",
            JobKind::IssueCertificates => "issue_certificates",
            JobKind::SendSms { .. } => "send_sms",
            JobKind::SmsFailed { .. } => "sms_failed",
            JobKind::TicketAction { .. } => "ticket_action",
            JobKind::SendCode { .. } => "send_code",
            JobKind::NotifyStaff { .. } => "notify_staff",
            JobKind::WhatsAppInbound { .. } => Self::WHATSAPP_INBOUND,
            JobKind::SendWhatsApp { .. } => "send_whatsapp",
            JobKind::WhatsAppNoticeStatus { .. } => "whatsapp_notice_status",
        }
    }

    /// The key that makes enqueueing this job idempotent (one job per message, SMS,
    /// action). `None`: the job may run many times (it is coalesced instead).
    pub fn idempotency_key(&self) -> Option<String> {
        match self {
            JobKind::SendMail { message } => Some(format!("send_mail:{message}")),
            JobKind::SendRejectionNotice { inbound } => Some(format!("send_rejection_notice:{inbound}")),
            JobKind::IssueCertificates => None,
            JobKind::SendSms { sms } => Some(format!("send_sms:{sms}")),
            JobKind::SmsFailed { sms } => Some(format!("sms_failed:{sms}")),
            JobKind::TicketAction { action } => Some(format!("ticket_action:{action}")),
            JobKind::SendCode { challenge, send, .. } => Some(format!("send_code:{challenge}:{send}")),
            JobKind::NotifyStaff { ticket, staff, event, due, .. } => {
                Some(format!("notify_staff:{ticket}:{staff}:{event}:{due}"))
            }
            JobKind::WhatsAppInbound { inbound, round } => {
                Some(format!("whatsapp_inbound:{inbound}:{round}"))
            }
            JobKind::SendWhatsApp { outbound, round } => Some(format!("send_whatsapp:{outbound}:{round}")),
            JobKind::WhatsAppNoticeStatus { sms, status } => {
                Some(format!("whatsapp_notice_status:{sms}:{status}"))
            }
        }
    }
}

/// A job to insert: its kind's name, lane and payload, when it may run.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: &'static str,
    pub lane: Lane,
    pub payload: serde_json::Value,
    /// The same key twice is one job: enqueueing is idempotent.
    pub idempotency_key: Option<String>,
    pub run_at: chrono::DateTime<chrono::Utc>,
    pub max_attempts: u32,
}

impl NewJob {
    /// A job of `kind` in its usual lane, due at `now`.
    pub fn of(kind: &JobKind, max_attempts: u32, now: chrono::DateTime<chrono::Utc>) -> Self {
        NewJob {
            kind: kind.name(),
            lane: kind.default_lane(),
            payload: serde_json::to_value(kind).unwrap_or_default(),
            idempotency_key: kind.idempotency_key(),
            run_at: now,
            max_attempts,
        }
    }

    /// The same job in another lane than its kind's usual one.
    pub fn in_lane(mut self, lane: Lane) -> Self {
        self.lane = lane;
        self
    }
}

/// A job a worker claimed: this attempt is counted in `attempts`.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: Uuid,
    pub kind: String,
    pub lane: Lane,
    pub payload: serde_json::Value,
    pub attempts: u32,
    pub max_attempts: u32,
}
