//! Staff roles and who is acting.

use super::ticket::named_enum;
use chrono::{DateTime, Utc};

use super::{QueueName, StaffId};

named_enum!(
    /// Roles nest: a supervisor can do all an agent can, an admin all a supervisor can.
    Role { Agent = "agent", Supervisor = "supervisor", Admin = "admin" }
);

impl Role {
    fn rank(self) -> u8 {
        match self {
            Role::Agent => 1,
            Role::Supervisor => 2,
            Role::Admin => 3,
        }
    }

    pub fn at_least(self, other: Role) -> bool {
        self.rank() >= other.rank()
    }
}

named_enum!(
    /// The way an action reached certdesk, recorded in the audit log.
    Via {
        Api = "api",
        Desk = "desk",
        Phone = "phone",
        Email = "email",
        Web = "web",
        SelfService = "self_service",
        Whatsapp = "whatsapp",
        Cli = "cli",
        System = "system",
    }
);

/// A staff login name: 2-64 chars of letters, digits, `.`, `_`, `-`, `@`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StaffName(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a staff name is 2-64 characters of letters, digits, '.', '_', '-' and '@'")]
pub struct StaffNameError;

impl StaffName {
    pub fn parse(s: &str) -> Result<Self, StaffNameError> {
        let s = s.trim();
        let ok = (2..=64).contains(&s.chars().count())
            && s.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
        if ok {
            Ok(Self(s.to_string()))
        } else {
            Err(StaffNameError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A member of staff as services see them. The token hash never leaves `store`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub id: StaffId,
    pub name: StaffName,
    pub role: Role,
    pub active: bool,
    pub queues: Vec<QueueName>,
    pub max_open_tickets: u32,
    /// Takes tickets from the round-robin now (an agent on shift sets it).
    pub available: bool,
    /// Where SLA warnings and escalations reach them.
    pub email: Option<super::EmailAddress>,
    pub created_at: DateTime<Utc>,
}

/// Who did something, for authorisation and the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Staff(StaffActor),
    Citizen {
        via: Via,
    },
    /// Someone at the server's shell (the `certdesk` CLI).
    Operator,
    System,
}

/// A signed-in member of staff and the queues they work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffActor {
    pub id: StaffId,
    pub role: Role,
    pub queues: Vec<QueueName>,
    pub via: Via,
}

impl StaffActor {
    pub fn from_staff(s: &Staff, via: Via) -> Self {
        Self { id: s.id, role: s.role, queues: s.queues.clone(), via }
    }

    /// Supervisors see every queue; agents their own queues and what is assigned to them.
    pub fn sees_all_queues(&self) -> bool {
        self.role.at_least(Role::Supervisor)
    }
}

impl Actor {
    pub fn staff_id(&self) -> Option<StaffId> {
        match self {
            Actor::Staff(s) => Some(s.id),
            _ => None,
        }
    }

    pub fn role(&self) -> Option<Role> {
        match self {
            Actor::Staff(s) => Some(s.role),
            _ => None,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Actor::Staff(_) => "staff",
            Actor::Citizen { .. } => "citizen",
            Actor::Operator => "operator",
            Actor::System => "system",
        }
    }

    pub fn via(&self) -> Via {
        match self {
            Actor::Staff(StaffActor { via, .. }) | Actor::Citizen { via } => *via,
            Actor::Operator => Via::Cli,
            Actor::System => Via::System,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_nest() {
        assert!(Role::Admin.at_least(Role::Supervisor));
        assert!(Role::Supervisor.at_least(Role::Agent));
        assert!(!Role::Agent.at_least(Role::Supervisor));
        assert!(!Role::Supervisor.at_least(Role::Admin));
    }

    #[test]
    fn staff_names_are_checked() {
        assert!(StaffName::parse("siti.rahma").is_ok());
        assert!(StaffName::parse("a").is_err());
        assert!(StaffName::parse("has space").is_err());
    }
}
