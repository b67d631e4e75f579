//! `/api/v1/whatsapp`: the channel's state for supervisors, and a WhatsApp ticket's
//! conversation (its 24-hour window and what was sent) for whoever may see the ticket.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use super::tickets::ticket_ref;
use super::ApiTags;
use crate::error::ServiceError;
use crate::http::auth::StaffAuth;
use crate::http::dto::TicketRefText;
use crate::http::error::ApiResult;
use crate::service::{whatsapp, Context};

pub struct WhatsAppApi;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ChannelStateOut {
    pub enabled: bool,
    /// When the last message arrived by webhook.
    pub last_message_at: Option<DateTime<Utc>>,
    /// Messages received and not yet in a ticket.
    pub backlog: u64,
    pub oldest_waiting_at: Option<DateTime<Utc>>,
    /// Outbound messages waiting to be sent.
    pub queued: u64,
    /// Agent replies waiting for the citizen to write again (the window was closed).
    pub awaiting_window: u64,
    /// Outbound messages that failed for good.
    pub failed: u64,
    pub recent_failures: Vec<InboundFailureOut>,
}

#[derive(Debug, Clone, Object)]
pub struct Retried {
    pub id: Uuid,
    pub status: String,
}

#[derive(Debug, Clone, Object)]
pub struct InboundFailureOut {
    pub id: Uuid,
    pub reason: String,
    pub received_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ConversationOut {
    /// The WhatsApp user, masked.
    pub user: String,
    pub last_inbound_at: Option<DateTime<Utc>>,
    /// Free text may be sent until then; later replies wait for the citizen's next message.
    pub window_until: Option<DateTime<Utc>>,
    pub window_open: bool,
    pub sent: Vec<OutboundOut>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct OutboundOut {
    pub id: Uuid,
    /// reply | ack | reply_waiting
    pub purpose: String,
    /// queued | awaiting_window | sent | delivered | read | failed
    pub status: String,
    pub message_id: Option<Uuid>,
    pub template: Option<String>,
    pub attempts: u32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub read_at: Option<DateTime<Utc>>,
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::WhatsApp")]
impl WhatsAppApi {
    /// The WhatsApp channel: last webhook, backlog, failures (supervisors).
    #[oai(path = "/whatsapp/status", method = "get")]
    async fn status(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<ChannelStateOut>> {
        let s = whatsapp::channel_state(&cx, &auth.actor()).await?;
        Ok(Json(ChannelStateOut {
            enabled: s.enabled,
            last_message_at: s.last_message_at,
            backlog: s.backlog,
            oldest_waiting_at: s.oldest_waiting_at,
            queued: s.queued,
            awaiting_window: s.awaiting_window,
            failed: s.failed,
            recent_failures: s
                .recent_failures
                .into_iter()
                .map(|(id, reason, received_at)| InboundFailureOut { id, reason, received_at })
                .collect(),
        }))
    }

    /// Runs a WhatsApp message that could not become a ticket again (supervisors).
    #[oai(path = "/whatsapp/inbound/:id/retry", method = "post")]
    async fn retry(&self, cx: Data<&Context>, auth: StaffAuth, id: Path<Uuid>) -> ApiResult<Json<Retried>> {
        whatsapp::retry_inbound(&cx, &auth.actor(), id.0).await?;
        Ok(Json(Retried { id: id.0, status: "queued".into() }))
    }

    /// A WhatsApp ticket's conversation: the 24-hour window and every message sent.
    #[oai(path = "/tickets/:id/whatsapp", method = "get")]
    async fn conversation(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<TicketRefText>,
    ) -> ApiResult<Json<ConversationOut>> {
        let r = ticket_ref("id", &id)?;
        let c = whatsapp::ticket_channel(&cx, &auth.actor(), r)
            .await?
            .ok_or(ServiceError::NotFound { what: "WhatsApp conversation" })?;
        Ok(Json(ConversationOut {
            user: c.user,
            last_inbound_at: c.last_inbound_at,
            window_until: c.window_until,
            window_open: c.window_open,
            sent: c
                .sent
                .into_iter()
                .map(|o| OutboundOut {
                    id: o.id,
                    purpose: o.purpose,
                    status: o.status.to_string(),
                    message_id: o.message,
                    template: o.template,
                    attempts: o.attempts,
                    last_error: o.last_error,
                    created_at: o.created_at,
                    sent_at: o.sent_at,
                    delivered_at: o.delivered_at,
                    read_at: o.read_at,
                })
                .collect(),
        }))
    }
}
