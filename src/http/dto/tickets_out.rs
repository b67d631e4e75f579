//! Tickets as the API shows them: the ticket, its SLA clocks, messages, attachments, flags, the thread and pages.

use super::*;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct TicketOut {
    pub id: Uuid,
    /// SRT-YYYY-NNNNNN
    pub number: String,
    pub subject: String,
    pub status: TicketStatus,
    pub priority: Priority,
    pub category: Category,
    pub channel: Channel,
    pub queue: String,
    pub assignee_id: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub requester: RequesterOut,
    pub nik: Option<String>,
    pub tags: Vec<String>,
    /// Set when this ticket was merged into another.
    pub merged_into_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// id or en: the language mail to the citizen is written in.
    pub language: Option<String>,
    /// Where the ticket stands against its service-level targets.
    pub sla: SlaOut,
}

/// A ticket's SLA clock, read at the time of the response.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct SlaOut {
    /// `running`, `warning` (within the warning lead), `breached`, `paused` (waiting
    /// on the citizen), `done` (resolved) or `none` (no policy applies).
    pub state: String,
    /// The target the clock runs for now: `first_response`, then `resolution`.
    pub target: Option<String>,
    /// When that target falls due.
    pub due_at: Option<DateTime<Utc>>,
    /// Wall-clock seconds until `due_at` (negative once breached), for countdowns.
    pub seconds_left: Option<i64>,
    pub first_response_due: Option<DateTime<Utc>>,
    pub resolution_due: Option<DateTime<Utc>>,
    /// Whether the first response came in time (absent while it can still be met).
    pub first_response_met: Option<bool>,
    /// Whether the ticket was resolved in time (absent while it can still be).
    pub resolution_met: Option<bool>,
    /// Waiting on the citizen since then: the clock does not run.
    pub paused_since: Option<DateTime<Utc>>,
    /// Business seconds spent waiting on the citizen so far (not counted).
    pub paused_seconds: i64,
    pub warned_at: Option<DateTime<Utc>>,
    pub breached_at: Option<DateTime<Utc>>,
}

impl SlaOut {
    pub fn of(t: &domain::Ticket, now: DateTime<Utc>) -> Self {
        use domain::sla::{met, Standing};
        let c = &t.sla;
        let standing = c.standing(now, t.first_response_at, t.resolved_at);
        let (state, target, due) = match standing {
            Standing::Clear if t.resolved_at.is_some() => ("done", None, None),
            Standing::Clear => ("none", None, None),
            Standing::Paused => ("paused", None, None),
            Standing::Running { target, due } => ("running", Some(target), Some(due)),
            Standing::Warning { target, due } => ("warning", Some(target), Some(due)),
            Standing::Breached { target, due } => ("breached", Some(target), Some(due)),
        };
        let paused = c.paused_at.is_some();
        Self {
            state: state.into(),
            target: target.map(|t| t.as_str().into()),
            due_at: due,
            seconds_left: due.map(|d| (d - now).num_seconds()),
            first_response_due: c.first_due,
            resolution_due: c.resolve_due,
            // While paused a target not yet done cannot be missed.
            first_response_met: met(c.first_due, t.first_response_at, now)
                .filter(|_| !paused || t.first_response_at.is_some()),
            resolution_met: met(c.resolve_due, t.resolved_at, now)
                .filter(|_| !paused || t.resolved_at.is_some()),
            paused_since: c.paused_at,
            paused_seconds: c.paused.num_seconds(),
            warned_at: c.warned_at,
            breached_at: c.breached_at,
        }
    }
}

impl From<&domain::Ticket> for TicketOut {
    fn from(t: &domain::Ticket) -> Self {
        Self {
            id: t.id.0,
            number: t.number.to_string(),
            subject: t.subject.clone(),
            status: t.status.into(),
            priority: t.priority.into(),
            category: t.category.into(),
            channel: t.channel.into(),
            queue: t.queue.as_str().into(),
            assignee_id: t.assignee.map(|a| a.0),
            person_id: t.person.map(|p| p.0),
            requester: (&t.requester).into(),
            nik: t.nik.as_ref().map(|n| n.expose().into()),
            tags: t.tags.iter().map(|t| t.as_str().into()).collect(),
            merged_into_id: t.merged_into.map(|m| m.0),
            created_at: t.created_at,
            updated_at: t.updated_at,
            first_response_at: t.first_response_at,
            resolved_at: t.resolved_at,
            closed_at: t.closed_at,
            language: t.language.map(|l| l.as_str().into()),
            sla: SlaOut::of(t, crate::service::clock::request_now()),
        }
    }
}

api_enum!(
    /// Outbound mail: pending (queued), sending (an attempt under way), sent (handed to
    /// the mail server), failed, bounced.
    DeliveryStatus => domain::DeliveryStatus { Pending, Sending, Sent, Failed, Bounced }
);

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct AttachmentOut {
    pub id: Uuid,
    pub message_id: Uuid,
    pub filename: String,
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct FlagOut {
    /// e.g. invalid_nik, several_niks, bounce, delivery_failed
    pub kind: String,
    pub detail: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct MessageOut {
    pub id: Uuid,
    pub kind: MessageKind,
    pub author_staff_id: Option<Uuid>,
    pub author_name: Option<String>,
    pub author_email: Option<String>,
    pub body: String,
    /// RFC 5322 Message-ID of a mail message.
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub created_at: DateTime<Utc>,
    /// Outbound mail: where it goes.
    pub recipient: Option<String>,
    /// Sent automatically (acknowledgement) or an auto-reply received.
    pub auto: bool,
    /// Inbound mail from someone who is neither the requester nor a participant: it
    /// joined the thread but changed none of the ticket's contact data.
    pub other_sender: bool,
    pub delivery_status: Option<DeliveryStatus>,
    pub delivery_error: Option<String>,
}

impl From<&domain::Message> for MessageOut {
    fn from(m: &domain::Message) -> Self {
        Self {
            id: m.id.0,
            kind: m.kind.into(),
            author_staff_id: m.author_staff.map(|s| s.0),
            author_name: m.author_name.clone(),
            author_email: m.author_email.clone(),
            body: m.body.clone(),
            message_id: m.message_id.clone(),
            in_reply_to: m.in_reply_to.clone(),
            references: m.references.clone(),
            created_at: m.created_at,
            recipient: m.recipient.clone(),
            auto: m.auto,
            other_sender: m.other_sender,
            delivery_status: m.delivery.map(Into::into),
            delivery_error: m.delivery_error.clone(),
        }
    }
}

/// A ticket with its whole thread, oldest message first.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct TicketDetail {
    pub ticket: TicketOut,
    pub messages: Vec<MessageOut>,
    /// What the agent should know (invalid NIK in the mail, bounced mail, …).
    pub flags: Vec<FlagOut>,
    pub attachments: Vec<AttachmentOut>,
    /// Resolution actions and their outcome.
    pub actions: Vec<ActionOut>,
}

impl From<&TicketThread> for TicketDetail {
    fn from(t: &TicketThread) -> Self {
        Self {
            ticket: (&t.ticket).into(),
            messages: t.messages.iter().map(Into::into).collect(),
            flags: t
                .flags
                .iter()
                .map(|f| FlagOut { kind: f.kind.clone(), detail: f.detail.clone() })
                .collect(),
            attachments: t
                .attachments
                .iter()
                .map(|a| AttachmentOut {
                    id: a.id,
                    message_id: a.message.0,
                    filename: a.filename.clone(),
                    content_type: a.content_type.clone(),
                    size: a.size,
                    sha256: a.sha256.clone(),
                })
                .collect(),
            actions: t.actions.iter().map(Into::into).collect(),
        }
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct TicketPage {
    pub items: Vec<TicketOut>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}
