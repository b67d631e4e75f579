//! Request and response bodies of the JSON API. Requests parse into domain types
//! (`TryFrom`, naming the field on failure); responses render from them (`From`).

use chrono::{DateTime, Utc};
use poem_openapi::{Enum, Object};
use uuid::Uuid;

use super::error::ApiError;
use crate::domain::{self, Nik, PhoneNumber, QueueName, Tag, Text};
use crate::service::stats::TicketStats;
use crate::service::tickets::TicketThread;

/// Mirrors a domain enum in the API, with conversions both ways.
macro_rules! api_enum {
    ($(#[$m:meta])* $dto:ident => $domain:path { $($variant:ident),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
        #[oai(rename_all = "snake_case")]
        pub enum $dto { $($variant),+ }

        impl From<$dto> for $domain {
            fn from(v: $dto) -> Self { match v { $($dto::$variant => <$domain>::$variant),+ } }
        }

        impl From<$domain> for $dto {
            fn from(v: $domain) -> Self { match v { $(<$domain>::$variant => $dto::$variant),+ } }
        }
    };
}

api_enum!(
    /// Where a ticket came from.
    Channel => domain::Channel { Email, Web, Phone, SelfService, System }
);
api_enum!(Priority => domain::Priority { Low, Normal, High, Urgent });
api_enum!(
    /// Why the citizen wrote.
    Category => domain::Category {
        CertificateMissing, SmsNotReceived, PhoneMissing, PhoneMismatch,
        DataCorrection, DownloadFailed, DuplicateRecord, Other,
    }
);
api_enum!(
    /// new → open → pending_citizen / pending_internal → resolved → closed.
    TicketStatus => domain::TicketStatus { New, Open, PendingCitizen, PendingInternal, Resolved, Closed }
);
api_enum!(
    /// inbound: from the citizen; outbound: public reply; note: internal.
    MessageKind => domain::MessageKind { Inbound, Outbound, Note }
);
api_enum!(Role => domain::Role { Agent, Supervisor, Admin });

fn text(field: &str, s: &str, max: usize) -> Result<Text, ApiError> {
    Text::parse(s, max).map_err(|e| ApiError::invalid(field, e))
}

fn queue(field: &str, s: &str) -> Result<QueueName, ApiError> {
    QueueName::parse(s).map_err(|e| ApiError::invalid(field, e))
}

fn tag(field: &str, s: &str) -> Result<Tag, ApiError> {
    Tag::parse(s).map_err(|e| ApiError::invalid(field, e))
}

/// Who the ticket is from.
#[derive(Debug, Clone, Default, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct Requester {
    /// Name as the citizen gave it.
    #[oai(validator(max_length = 200))]
    pub name: Option<String>,
    pub email: Option<String>,
    /// Any Indonesian mobile form: 0812…, 62812…, +62 812-…
    pub phone: Option<String>,
}

impl TryFrom<Requester> for domain::Requester {
    type Error = ApiError;
    fn try_from(r: Requester) -> Result<Self, ApiError> {
        let none_if_blank = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Ok(Self {
            name: none_if_blank(r.name),
            email: none_if_blank(r.email)
                .map(|e| domain::EmailAddress::parse(&e).map_err(|e| ApiError::invalid("requester.email", e)))
                .transpose()?,
            phone: none_if_blank(r.phone)
                .map(|p| PhoneNumber::parse(&p).map_err(|e| ApiError::invalid("requester.phone", e)))
                .transpose()?,
        })
    }
}

impl From<&domain::Requester> for RequesterOut {
    fn from(r: &domain::Requester) -> Self {
        Self {
            name: r.name.clone(),
            email: r.email.as_ref().map(|e| e.as_str().into()),
            phone: r.phone.as_ref().map(|p| p.expose().into()),
        }
    }
}

/// Who the ticket is from, normalised (phone in E.164).
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct RequesterOut {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Open a ticket. A phone-channel ticket is what a 119 agent files during a call.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct CreateTicket {
    pub subject: String,
    /// The citizen's story.
    pub body: String,
    pub channel: Channel,
    pub category: Option<Category>,
    pub priority: Option<Priority>,
    /// Routing queue; `general` when absent.
    pub queue: Option<String>,
    pub requester: Option<Requester>,
    /// The citizen's NIK if known, in any format (spaces and dots are fine).
    pub nik: Option<String>,
    pub tags: Option<Vec<String>>,
}

impl TryFrom<CreateTicket> for domain::NewTicket {
    type Error = ApiError;
    fn try_from(c: CreateTicket) -> Result<Self, ApiError> {
        Ok(Self {
            subject: text("subject", &c.subject, domain::SUBJECT_MAX)?,
            body: text("body", &c.body, domain::BODY_MAX)?,
            channel: c.channel.into(),
            category: c.category.map_or(domain::Category::Other, Into::into),
            priority: c.priority.map_or(domain::Priority::Normal, Into::into),
            queue: c.queue.as_deref().map_or(Ok(QueueName::general()), |q| queue("queue", q))?,
            requester: c.requester.unwrap_or_default().try_into()?,
            nik: c
                .nik
                .as_deref()
                .filter(|n| !n.trim().is_empty())
                .map(|n| Nik::parse(n).map_err(|e| ApiError::invalid("nik", e)))
                .transpose()?,
            tags: c.tags.unwrap_or_default().iter().map(|t| tag("tags", t)).collect::<Result<_, _>>()?,
        })
    }
}

/// Change status, priority, category or queue; absent fields stay as they are.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct UpdateTicket {
    pub status: Option<TicketStatus>,
    pub priority: Option<Priority>,
    pub category: Option<Category>,
    pub queue: Option<String>,
    /// Actions run when the ticket is resolved (in the same request or already).
    pub actions: Option<Vec<ActionIn>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename_all = "snake_case")]
pub enum ActionKind {
    /// Send the certificate link again to the phone on record.
    ResendSms,
    /// New version of every valid certificate of the person (`reason` optional).
    ReissueCertificate,
    /// Fold the record with `duplicate_nik` into the ticket's person: when both agree
    /// (name and birth date), or by a supervisor with a `reason`. (A phone number
    /// changes only through a correction request: `POST /api/v1/people/{id}/phone-change`.)
    MergeRecords,
    /// Approve the ticket's correction request (`correction`) as the resolving agent;
    /// the per-field policy and the two-person rule still apply.
    ApplyCorrection,
}

/// One resolution action.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct ActionIn {
    pub kind: ActionKind,
    /// reissue_certificate: record_corrected | reissue_requested | duplicate_record.
    /// merge_records: why records that disagree are one person (supervisors only).
    pub reason: Option<String>,
    /// merge_records: the NIK of the duplicate record.
    pub duplicate_nik: Option<String>,
    /// apply_correction: the correction request's id (`GET /api/v1/corrections`).
    pub correction: Option<String>,
}

impl TryFrom<ActionIn> for domain::ResolutionAction {
    type Error = ApiError;
    fn try_from(a: ActionIn) -> Result<Self, ApiError> {
        let kind = match a.kind {
            ActionKind::ResendSms => "resend_sms",
            ActionKind::ReissueCertificate => "reissue_certificate",
            ActionKind::MergeRecords => "merge_records",
            ActionKind::ApplyCorrection => "apply_correction",
        };
        let mut params = serde_json::Map::new();
        for (k, v) in [("reason", a.reason), ("duplicate_nik", a.duplicate_nik), ("correction", a.correction)]
        {
            if let Some(v) = v {
                params.insert(k.into(), v.into());
            }
        }
        domain::ResolutionAction::parse(kind, &params.into()).map_err(|e| ApiError::invalid("actions", e))
    }
}

impl TryFrom<UpdateTicket> for crate::service::tickets::TicketChanges {
    type Error = ApiError;
    fn try_from(u: UpdateTicket) -> Result<Self, ApiError> {
        Ok(Self {
            status: u.status.map(Into::into),
            priority: u.priority.map(Into::into),
            category: u.category.map(Into::into),
            queue: u.queue.as_deref().map(|q| queue("queue", q)).transpose()?,
            actions: u
                .actions
                .unwrap_or_default()
                .into_iter()
                .map(TryInto::try_into)
                .collect::<Result<_, _>>()?,
        })
    }
}

/// A resolution action and how it went.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ActionOut {
    pub id: Uuid,
    pub kind: String,
    /// Parameters, personal data masked.
    pub params: serde_json::Value,
    /// pending | done | failed
    pub status: String,
    /// e.g. "resent; SMS delivered 12-08-2021 10:32 WIB"
    pub outcome: Option<String>,
    pub sms_id: Option<Uuid>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&crate::domain::TicketAction> for ActionOut {
    fn from(a: &crate::domain::TicketAction) -> Self {
        let params = domain::ResolutionAction::parse(&a.kind, &a.params)
            .map(|x| x.masked_params())
            .unwrap_or_else(|_| serde_json::json!({}));
        Self {
            id: a.id,
            kind: a.kind.clone(),
            params,
            status: a.status.as_str().into(),
            outcome: a.outcome.clone(),
            sms_id: a.sms,
            created_by: a.created_by.map(|s| s.0),
            created_at: a.created_at,
            updated_at: a.updated_at,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename_all = "snake_case")]
pub enum NewMessageKind {
    /// Public reply to the citizen.
    Reply,
    /// Internal note, staff only.
    Note,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct NewMessage {
    pub kind: NewMessageKind,
    pub body: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct Assign {
    /// The staff member to assign; `null` unassigns.
    pub staff_id: Option<Uuid>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct Merge {
    /// The surviving ticket: its id or number (SRT-YYYY-NNNNNN).
    pub into: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct AddTag {
    pub tag: String,
}

impl AddTag {
    pub fn parse(&self) -> Result<Tag, ApiError> {
        tag("tag", &self.tag)
    }
}

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

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct AuditEventOut {
    pub id: i64,
    pub at: DateTime<Utc>,
    /// staff | citizen | system
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    /// api | desk | phone | email | web | self_service | cli | system
    pub via: String,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub evidence: Option<serde_json::Value>,
}

impl From<domain::AuditEvent> for AuditEventOut {
    fn from(e: domain::AuditEvent) -> Self {
        Self {
            id: e.id,
            at: e.at,
            actor_kind: e.actor_kind,
            actor_id: e.actor_id,
            via: e.via,
            action: e.action,
            entity_type: e.entity_type,
            entity_id: e.entity_id,
            before: e.before,
            after: e.after,
            evidence: e.evidence,
        }
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct StaffOut {
    pub id: Uuid,
    pub name: String,
    pub role: Role,
    pub active: bool,
    pub queues: Vec<String>,
    pub max_open_tickets: u32,
    /// Taking tickets from the round-robin now.
    pub available: bool,
    /// Where SLA warnings and escalations reach them.
    pub email: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<&domain::Staff> for StaffOut {
    fn from(s: &domain::Staff) -> Self {
        Self {
            id: s.id.0,
            name: s.name.as_str().into(),
            role: s.role.into(),
            active: s.active,
            queues: s.queues.iter().map(|q| q.as_str().into()).collect(),
            max_open_tickets: s.max_open_tickets,
            available: s.available,
            email: s.email.as_ref().map(|e| e.as_str().into()),
            created_at: s.created_at,
        }
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct CreateStaff {
    pub name: String,
    pub role: Role,
    /// Queues this person works; `["general"]` when absent.
    pub queues: Option<Vec<String>>,
    /// Cap on open tickets assigned at once (default 25).
    pub max_open_tickets: Option<u32>,
    /// Where SLA warnings and escalations reach them.
    pub email: Option<String>,
}

impl TryFrom<CreateStaff> for crate::service::staff::NewStaff {
    type Error = ApiError;
    fn try_from(c: CreateStaff) -> Result<Self, ApiError> {
        Ok(Self {
            name: domain::StaffName::parse(&c.name).map_err(|e| ApiError::invalid("name", e))?,
            role: c.role.into(),
            queues: match c.queues {
                Some(qs) => qs.iter().map(|q| queue("queues", q)).collect::<Result<_, _>>()?,
                None => vec![QueueName::general()],
            },
            max_open_tickets: c.max_open_tickets.unwrap_or(25),
            email: c
                .email
                .as_deref()
                .map(domain::EmailAddress::parse)
                .transpose()
                .map_err(|e| ApiError::invalid("email", e))?,
        })
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct UpdateStaff {
    pub role: Option<Role>,
    pub active: Option<bool>,
    pub queues: Option<Vec<String>>,
    pub max_open_tickets: Option<u32>,
    /// An address, or an empty string to remove it.
    pub email: Option<String>,
}

impl TryFrom<UpdateStaff> for crate::service::staff::StaffChanges {
    type Error = ApiError;
    fn try_from(u: UpdateStaff) -> Result<Self, ApiError> {
        Ok(Self {
            role: u.role.map(Into::into),
            active: u.active,
            queues: u
                .queues
                .map(|qs| qs.iter().map(|q| queue("queues", q)).collect::<Result<_, _>>())
                .transpose()?,
            max_open_tickets: u.max_open_tickets,
            email: u
                .email
                .map(|e| match e.trim() {
                    "" => Ok(None),
                    e => domain::EmailAddress::parse(e)
                        .map(Some)
                        .map_err(|err| ApiError::invalid("email", err)),
                })
                .transpose()?,
        })
    }
}

/// A staff account with its API token. The token is shown this once.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct StaffWithToken {
    pub staff: StaffOut,
    pub token: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct TokenOut {
    /// The new API token, shown this once.
    pub token: String,
    /// When it stops working (`security.api_token_ttl`).
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct Count {
    pub key: String,
    pub count: i64,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct TicketStatsOut {
    pub total: i64,
    pub by_status: Vec<Count>,
    pub by_category: Vec<Count>,
    pub by_channel: Vec<Count>,
    pub by_queue: Vec<Count>,
}

impl From<TicketStats> for TicketStatsOut {
    fn from(s: TicketStats) -> Self {
        let counts = |m: std::collections::BTreeMap<String, i64>| {
            m.into_iter().map(|(key, count)| Count { key, count }).collect()
        };
        Self {
            total: s.total,
            by_status: counts(s.by_status),
            by_category: counts(s.by_category),
            by_channel: counts(s.by_channel),
            by_queue: counts(s.by_queue),
        }
    }
}
