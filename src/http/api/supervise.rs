//! `/api/v1/audit` and `/api/v1/stats`: what supervisors read.

use poem::web::Data;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use poem_openapi::OpenApi;
use uuid::Uuid;

use super::ApiTags;
use crate::http::auth::StaffAuth;
use crate::http::dto::{AuditEventOut, TicketStatsOut};
use crate::http::error::ApiResult;
use crate::service::audit::AuditFilter;
use crate::service::{audit, stats, Context};

pub struct SuperviseApi;

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Supervision")]
impl SuperviseApi {
    /// The audit log, newest first (supervisors).
    #[oai(path = "/audit", method = "get")]
    #[allow(clippy::too_many_arguments)]
    async fn audit(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// e.g. `ticket`, `staff`
        entity_type: Query<Option<String>>,
        entity_id: Query<Option<String>>,
        actor_id: Query<Option<Uuid>>,
        /// e.g. `ticket.update`
        action: Query<Option<String>>,
        /// Entries older than this id.
        before: Query<Option<i64>>,
        /// 1-500 (default 100).
        limit: Query<Option<u64>>,
    ) -> ApiResult<Json<Vec<AuditEventOut>>> {
        let f = AuditFilter {
            entity_type: entity_type.0,
            entity_id: entity_id.0,
            actor_id: actor_id.0,
            action: action.0,
            before: before.0,
            limit: limit.0.unwrap_or(100),
        };
        let events = audit::list(&cx, &auth.actor(), f).await?;
        Ok(Json(events.into_iter().map(Into::into).collect()))
    }

    /// Ticket counts by status, category, channel and queue (supervisors).
    #[oai(path = "/stats/tickets", method = "get")]
    async fn ticket_stats(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<TicketStatsOut>> {
        Ok(Json(stats::tickets(&cx, &auth.actor()).await?.into()))
    }
}
