//! Staff members as the API shows and takes them, and their tokens.

use super::*;

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
    pub name: StaffNameText,
    pub role: Role,
    /// Queues this person works; `["general"]` when absent.
    pub queues: Option<Vec<TagText>>,
    /// Cap on open tickets assigned at once (default 25).
    #[oai(validator(minimum(value = "0"), maximum(value = "4294967295")))]
    pub max_open_tickets: Option<u32>,
    /// Where SLA warnings and escalations reach them.
    pub email: Option<EmailText>,
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
    pub queues: Option<Vec<TagText>>,
    #[oai(validator(minimum(value = "0"), maximum(value = "4294967295")))]
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
