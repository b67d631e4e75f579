//! What staff send to create and change tickets: requesters, new tickets, updates, resolution actions, messages, assignment, merge, tags.

use super::*;

/// Who the ticket is from.
#[derive(Debug, Clone, Default, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct Requester {
    /// Name as the citizen gave it.
    #[oai(validator(max_length = 200))]
    pub name: Option<String>,
    pub email: Option<EmailText>,
    /// Any Indonesian mobile form: 0812…, 62812…, +62 812-…
    pub phone: Option<PhoneText>,
}

impl TryFrom<Requester> for domain::Requester {
    type Error = ApiError;
    fn try_from(r: Requester) -> Result<Self, ApiError> {
        let none_if_blank = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Ok(Self {
            name: none_if_blank(r.name),
            email: none_if_blank(r.email.map(|e| e.0))
                .map(|e| domain::EmailAddress::parse(&e).map_err(|e| ApiError::invalid("requester.email", e)))
                .transpose()?,
            phone: none_if_blank(r.phone.map(|p| p.0))
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
    pub subject: SubjectText,
    /// The citizen's story.
    pub body: BodyText,
    pub channel: Channel,
    pub category: Option<Category>,
    pub priority: Option<Priority>,
    /// Routing queue; `general` when absent.
    pub queue: Option<TagText>,
    pub requester: Option<Requester>,
    /// The citizen's NIK if known, in any format (spaces and dots are fine).
    pub nik: Option<NikText>,
    pub tags: Option<Vec<TagText>>,
}

impl TryFrom<CreateTicket> for domain::NewTicket {
    type Error = ApiError;
    fn try_from(c: CreateTicket) -> Result<Self, ApiError> {
        // A WhatsApp ticket is a conversation Meta delivered; staff cannot start one.
        if c.channel == Channel::Whatsapp {
            return Err(ApiError::invalid("channel", "whatsapp tickets come from the WhatsApp webhook"));
        }
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
    pub queue: Option<TagText>,
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
    pub duplicate_nik: Option<NikText>,
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
        for (k, v) in [
            ("reason", a.reason),
            ("duplicate_nik", a.duplicate_nik.map(|n| n.0)),
            ("correction", a.correction),
        ] {
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
    pub body: BodyText,
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
    pub into: TicketRefText,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct AddTag {
    pub tag: TagText,
}

impl AddTag {
    pub fn parse(&self) -> Result<Tag, ApiError> {
        tag("tag", &self.tag)
    }
}
