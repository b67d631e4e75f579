//! `/api/v1/routing`, `/api/v1/sla`, `/api/v1/queues`: routing rules, SLA policies and
//! the holiday calendar (data supervisors edit from the console), and assignment.

use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, OpenApi};

use super::ApiTags;
use crate::domain::routing::Facts;
use crate::domain::{Actor, Nik, QueueName};
use crate::http::auth::StaffAuth;
use crate::http::dto::Date;
use crate::http::dto::{
    Availability, HolidayIn, HolidayOut, PolicyDto, RouteOut, RoutePreview, RuleDto, SweepOut, TicketDetail,
};
use crate::http::error::{ApiError, ApiResult};
use crate::service::{assign, routing, sla, Context};

pub struct QueuesApi;

#[derive(ApiResponse)]
pub enum Next {
    /// The ticket now assigned to you.
    #[oai(status = 200)]
    Ticket(Json<Box<TicketDetail>>),
    /// Nothing waits in your queues.
    #[oai(status = 204)]
    Nothing,
}

fn actor(auth: &StaffAuth) -> Actor {
    Actor::Staff(auth.actor())
}

fn supervisor(auth: &StaffAuth) -> ApiResult<()> {
    if auth.actor().role.at_least(crate::domain::Role::Supervisor) {
        Ok(())
    } else {
        Err(crate::error::ServiceError::forbidden("only supervisors read the queue configuration").into())
    }
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Queues")]
impl QueuesApi {
    /// The routing rules, in the order they are tried (supervisors).
    #[oai(path = "/routing/rules", method = "get")]
    async fn rules(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<Vec<RuleDto>>> {
        supervisor(&auth)?;
        let rules = routing::rules(&cx).await?;
        Ok(Json(rules.iter().map(Into::into).collect()))
    }

    /// Replace the routing rules (supervisors). New tickets land in `general`; the first
    /// matching rule moves them on, at creation and again once the diagnosis knows the
    /// cause. A ticket moved out of `general` (by a rule or a person) is not routed again.
    ///
    /// Example: `[{"name": "Papua", "when": {"province": ["91", "94"]}, "queue": "papua"},
    /// {"name": "Data errors", "when": {"cause": ["data_error", "duplicate_record"]},
    /// "queue": "data", "priority": "high"}, {"name": "Phones", "when": {"category":
    /// ["phone_missing", "phone_mismatch"]}, "queue": "phone"}]`
    #[oai(path = "/routing/rules", method = "put")]
    async fn replace_rules(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<Vec<RuleDto>>,
    ) -> ApiResult<Json<Vec<RuleDto>>> {
        if body.0.len() > 500 {
            return Err(ApiError::invalid("rules", "at most 500 rules"));
        }
        let list =
            body.0.into_iter().enumerate().map(|(i, r)| r.into_rule(i)).collect::<ApiResult<Vec<_>>>()?;
        let saved = routing::replace(&cx, &actor(&auth), list).await?;
        Ok(Json(saved.iter().map(Into::into).collect()))
    }

    /// Where a ticket with these facts would be routed, without opening one (supervisors).
    #[oai(path = "/routing/preview", method = "post")]
    async fn preview(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<RoutePreview>,
    ) -> ApiResult<Json<RouteOut>> {
        supervisor(&auth)?;
        let b = body.0;
        let nik = b.nik.as_deref().map(Nik::parse).transpose().map_err(|e| ApiError::invalid("nik", e))?;
        let cause = b
            .cause
            .as_deref()
            .map(crate::domain::diagnosis::Cause::parse)
            .transpose()
            .map_err(|e| ApiError::invalid("cause", e))?;
        let priority: crate::domain::Priority =
            b.priority.map(Into::into).unwrap_or(crate::domain::Priority::Normal);
        let facts = Facts {
            category: b.category.into(),
            cause,
            channel: b.channel.into(),
            province: nik.as_ref().map(|n| n.province_code()),
            priority,
        };
        let rules = routing::rules(&cx).await?;
        let hit = crate::domain::routing::route(&rules, &facts);
        Ok(Json(RouteOut {
            rule: hit.map(|r| r.name.clone()),
            queue: hit.map_or_else(|| QueueName::general().as_str().to_string(), |r| r.queue.as_str().into()),
            priority: hit
                .and_then(|r| r.priority)
                .filter(|p| p.rank() > priority.rank())
                .unwrap_or(priority)
                .into(),
        }))
    }

    /// The SLA policies (supervisors).
    #[oai(path = "/sla/policies", method = "get")]
    async fn policies(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<Vec<PolicyDto>>> {
        supervisor(&auth)?;
        Ok(Json(sla::policies(&cx).await?.iter().map(Into::into).collect()))
    }

    /// Replace the SLA policies (supervisors). Targets count business minutes in the
    /// `[sla]` calendar (Asia/Jakarta, 08:00-17:00 Monday to Friday by default, public
    /// holidays and collective leave excluded); waiting on the citizen pauses the clock.
    /// Open tickets take the new targets at their next change or sweep.
    ///
    /// Example: `[{"priority": "urgent", "first_response_minutes": 60, "resolution_minutes":
    /// 240, "warn_minutes": 30}, {"queue": "data", "first_response_minutes": 540,
    /// "resolution_minutes": 2700, "warn_minutes": 120}]`
    #[oai(path = "/sla/policies", method = "put")]
    async fn replace_policies(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<Vec<PolicyDto>>,
    ) -> ApiResult<Json<Vec<PolicyDto>>> {
        let list =
            body.0.into_iter().enumerate().map(|(i, p)| p.into_policy(i)).collect::<ApiResult<Vec<_>>>()?;
        let saved = sla::replace_policies(&cx, &actor(&auth), list).await?;
        Ok(Json(saved.iter().map(Into::into).collect()))
    }

    /// Days the desk is closed: Indonesian public holidays and collective leave as
    /// shipped, plus what supervisors added (any member of staff may read them).
    #[oai(path = "/sla/holidays", method = "get")]
    async fn holidays(
        &self,
        cx: Data<&Context>,
        _auth: StaffAuth,
        /// Only this year.
        year: Query<Option<i32>>,
    ) -> ApiResult<Json<Vec<HolidayOut>>> {
        let list = sla::holidays(&cx, year.0).await?;
        Ok(Json(list.into_iter().map(|h| HolidayOut { day: h.day, kind: h.kind, name: h.name }).collect()))
    }

    /// Add (or rename) a closed day, e.g. next year's holidays once the decree is out,
    /// or a regional day (supervisors).
    #[oai(path = "/sla/holidays/:day", method = "put")]
    async fn put_holiday(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// YYYY-MM-DD
        day: Path<Date>,
        body: Json<HolidayIn>,
    ) -> ApiResult<Json<HolidayOut>> {
        let h = sla::Holiday { day: day.0 .0, kind: body.0.kind.0, name: body.0.name.trim().to_string() };
        let h = sla::put_holiday(&cx, &actor(&auth), h).await?;
        Ok(Json(HolidayOut { day: h.day, kind: h.kind, name: h.name }))
    }

    /// Remove a closed day (supervisors).
    #[oai(path = "/sla/holidays/:day", method = "delete")]
    async fn delete_holiday(&self, cx: Data<&Context>, auth: StaffAuth, day: Path<Date>) -> ApiResult<()> {
        sla::delete_holiday(&cx, &actor(&auth), day.0 .0).await?;
        Ok(())
    }

    /// Run the SLA sweep (warnings, escalations) and a round-robin pass now, instead of
    /// waiting for the next tick (supervisors).
    #[oai(path = "/sla/sweep", method = "post")]
    async fn sweep(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<SweepOut>> {
        supervisor(&auth)?;
        cx.sla_setup.invalidate();
        let now = cx.now();
        let r = sla::sweep(&cx, now).await?;
        let assigned = assign::round_robin(&cx, now).await?;
        Ok(Json(SweepOut {
            started: r.started as u64,
            warned: r.warned as u64,
            escalated: r.escalated as u64,
            assigned: assigned as u64,
        }))
    }

    /// Start or end your shift: while available you take tickets of your queues from the
    /// round-robin, up to your `max_open_tickets`.
    #[oai(path = "/me/availability", method = "put")]
    async fn availability(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<Availability>,
    ) -> ApiResult<Json<Availability>> {
        assign::set_available(&cx, &auth.actor(), body.available).await?;
        Ok(Json(body.0))
    }

    /// Take the next waiting ticket of your queues: urgent first, then the nearest SLA
    /// due, then the oldest. Refused (409) at your cap of open tickets.
    #[oai(path = "/queues/next", method = "post")]
    async fn next(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Next> {
        Ok(match assign::pull_next(&cx, &auth.actor()).await? {
            Some(thread) => Next::Ticket(Json(Box::new((&thread).into()))),
            None => Next::Nothing,
        })
    }
}
