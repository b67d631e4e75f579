//! `/api/v1/mail`: the mail channel for supervisors.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use super::ApiTags;
use crate::http::auth::StaffAuth;
use crate::http::dto::Bounded;
use crate::http::error::ApiResult;
use crate::service::ingest::Outcome;
use crate::service::{mailboxes, Context};

pub struct MailApi;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct MailboxOut {
    pub name: String,
    pub host: String,
    pub folder: String,
    pub processed_folder: String,
    pub quarantine_folder: String,
    pub last_poll_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    /// Messages waiting in the folder at the last poll.
    pub backlog: u32,
    /// The process holding the poll lease, if any.
    pub poller: Option<String>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct QuarantinedOut {
    pub id: Uuid,
    pub message_id: Option<String>,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub size: u64,
    /// imap | pipe | dir
    pub source: String,
    pub mailbox: Option<String>,
    pub reason: String,
    pub received_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct RetryOut {
    /// created | appended | duplicate | quarantined | discarded
    pub outcome: String,
    pub ticket: Option<String>,
    pub reason: Option<String>,
}

impl From<Outcome> for RetryOut {
    fn from(o: Outcome) -> Self {
        let (outcome, ticket, reason) = match o {
            Outcome::Created(n) => ("created", Some(n.to_string()), None),
            Outcome::Appended(n) => ("appended", Some(n.to_string()), None),
            Outcome::Duplicate => ("duplicate", None, None),
            Outcome::Quarantined(r) => ("quarantined", None, Some(r)),
            Outcome::Discarded(r) => ("discarded", None, Some(r)),
        };
        Self { outcome: outcome.into(), ticket, reason }
    }
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Mail")]
impl MailApi {
    /// Configured mailboxes with their last poll, backlog, error and poller (supervisors).
    #[oai(path = "/mail/mailboxes", method = "get")]
    async fn mailboxes(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<Vec<MailboxOut>>> {
        let list = mailboxes::mailboxes(&cx, &auth.actor()).await?;
        Ok(Json(
            list.into_iter()
                .map(|m| MailboxOut {
                    name: m.name,
                    host: m.host,
                    folder: m.folder,
                    processed_folder: m.processed_folder,
                    quarantine_folder: m.quarantine_folder,
                    last_poll_at: m.last_poll_at,
                    last_error: m.last_error,
                    backlog: m.backlog,
                    poller: m.poller,
                })
                .collect(),
        ))
    }

    /// Mail that could not be processed, newest first, with the reason (supervisors).
    #[oai(path = "/mail/quarantine", method = "get")]
    async fn quarantine(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// 1-500 (default 100)
        limit: Query<Option<Bounded<1, 500>>>,
    ) -> ApiResult<Json<Vec<QuarantinedOut>>> {
        let list = mailboxes::quarantine(&cx, &auth.actor(), Bounded::or(limit.0, 100)).await?;
        Ok(Json(
            list.into_iter()
                .map(|q| QuarantinedOut {
                    id: q.id,
                    message_id: q.message_id,
                    from: q.from,
                    subject: q.subject,
                    size: q.size,
                    source: q.source,
                    mailbox: q.mailbox,
                    reason: q.reason,
                    received_at: q.received_at,
                })
                .collect(),
        ))
    }

    /// Process a quarantined message again (supervisors).
    #[oai(path = "/mail/quarantine/:id/retry", method = "post")]
    async fn retry(&self, cx: Data<&Context>, auth: StaffAuth, id: Path<Uuid>) -> ApiResult<Json<RetryOut>> {
        Ok(Json(mailboxes::retry(&cx, &auth.actor(), id.0).await?.into()))
    }
}
