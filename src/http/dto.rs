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

mod formats;
mod queues;
mod reports;
mod staff;
mod tickets_in;
mod tickets_out;

pub use formats::*;
pub use queues::*;
pub use reports::*;
pub use staff::*;
pub use tickets_in::*;
pub use tickets_out::*;

api_enum!(
    /// Where a ticket came from.
    Channel => domain::Channel { Email, Web, Phone, SelfService, System, Whatsapp }
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
