//! `/api/v1/routing`, `/api/v1/sla`, `/api/v1/queues`: routing rules, SLA policies and
//! the holiday calendar (data supervisors edit from the console), and assignment.

use chrono::NaiveDate;
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};

use super::ApiTags;
use crate::domain::routing::{ConditionNames, Conditions, Facts, Rule};
use crate::domain::sla::{Policy, Targets};
use crate::domain::{Actor, Nik, QueueName};
use crate::http::auth::StaffAuth;
use crate::http::dto::Date;
use crate::http::dto::{Category, Channel, Priority, TicketDetail};
use crate::http::dto::{
    CategoryText, CauseText, ChannelText, HolidayKindText, KnownProvinceText, NameText, NikText,
    PriorityText, TagText,
};
use crate::http::error::{ApiError, ApiResult};
use crate::service::{assign, routing, sla, Context};

pub struct QueuesApi;

/// What a rule looks at; an empty or absent list matches anything.
#[derive(Debug, Clone, Default, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct RuleWhen {
    /// Ticket categories, e.g. `["phone_missing", "phone_mismatch"]`.
    #[oai(default)]
    pub category: Vec<CategoryText>,
    /// Diagnosed causes, e.g. `["data_error"]` (matched once the ticket is diagnosed).
    #[oai(default)]
    pub cause: Vec<CauseText>,
    /// Channels: email, web, phone, self_service, system, whatsapp.
    #[oai(default)]
    pub channel: Vec<ChannelText>,
    /// Two-digit NIK province codes, e.g. `["91", "94"]` for Papua and Papua Barat.
    #[oai(default)]
    pub province: Vec<KnownProvinceText>,
    #[oai(default)]
    pub priority: Vec<PriorityText>,
}

/// One routing rule. Rules are tried in order; the first that matches moves the ticket.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct RuleDto {
    /// A name for people (shown in the audit log).
    pub name: NameText,
    #[oai(default)]
    pub when: RuleWhen,
    /// The queue a matching ticket goes to.
    pub queue: TagText,
    /// Raise the ticket to this priority on the way (never lowers it).
    pub priority: Option<Priority>,
}

impl RuleDto {
    fn into_rule(self, i: usize) -> ApiResult<Rule> {
        let name = self.name.trim().to_string();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(ApiError::invalid(&format!("[{i}].name"), "must be 1-100 characters"));
        }
        let names = ConditionNames {
            category: self.when.category.into_iter().map(Into::into).collect(),
            cause: self.when.cause.into_iter().map(Into::into).collect(),
            channel: self.when.channel.into_iter().map(Into::into).collect(),
            province: self.when.province.into_iter().map(Into::into).collect(),
            priority: self.when.priority.into_iter().map(Into::into).collect(),
        };
        Ok(Rule {
            name,
            when: Conditions::try_from(&names).map_err(|e| ApiError::invalid(&format!("[{i}].when"), e))?,
            queue: QueueName::parse(&self.queue)
                .map_err(|e| ApiError::invalid(&format!("[{i}].queue"), e))?,
            priority: self.priority.map(Into::into),
        })
    }
}

impl From<&Rule> for RuleDto {
    fn from(r: &Rule) -> Self {
        let n = ConditionNames::from(&r.when);
        Self {
            name: r.name.clone().into(),
            when: RuleWhen {
                category: n.category.into_iter().map(Into::into).collect(),
                cause: n.cause.into_iter().map(Into::into).collect(),
                channel: n.channel.into_iter().map(Into::into).collect(),
                province: n.province.into_iter().map(Into::into).collect(),
                priority: n.priority.into_iter().map(Into::into).collect(),
            },
            queue: r.queue.as_str().into(),
            priority: r.priority.map(Into::into),
        }
    }
}

/// A ticket as routing would see it.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct RoutePreview {
    pub category: Category,
    pub channel: Channel,
    pub priority: Option<Priority>,
    /// A NIK (its province counts); any format.
    pub nik: Option<NikText>,
    /// A diagnosed cause, e.g. `sms_failed`.
    pub cause: Option<CauseText>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct RouteOut {
    /// The rule that matched, if any.
    pub rule: Option<String>,
    /// Where the ticket would go (`general` when no rule matches).
    pub queue: String,
    pub priority: Priority,
}

/// SLA targets in business minutes (working hours of the calendar, holidays excluded).
/// An absent queue or priority matches any; the most specific policy wins.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct PolicyDto {
    pub queue: Option<TagText>,
    pub priority: Option<Priority>,
    #[oai(validator(minimum(value = "0"), maximum(value = "4294967295")))]
    pub first_response_minutes: u32,
    #[oai(validator(minimum(value = "0"), maximum(value = "4294967295")))]
    pub resolution_minutes: u32,
    /// How long before a breach the warning goes out.
    #[oai(validator(minimum(value = "0"), maximum(value = "4294967295")))]
    pub warn_minutes: u32,
}

impl PolicyDto {
    fn into_policy(self, i: usize) -> ApiResult<Policy> {
        let m = |n: u32| chrono::Duration::minutes(i64::from(n));
        Ok(Policy {
            queue: self
                .queue
                .as_deref()
                .map(QueueName::parse)
                .transpose()
                .map_err(|e| ApiError::invalid(&format!("[{i}].queue"), e))?,
            priority: self.priority.map(Into::into),
            targets: Targets {
                first_response: m(self.first_response_minutes),
                resolution: m(self.resolution_minutes),
                warn_before: m(self.warn_minutes),
            },
        })
    }
}

impl From<&Policy> for PolicyDto {
    fn from(p: &Policy) -> Self {
        let m = |d: chrono::Duration| u32::try_from(d.num_minutes()).unwrap_or(u32::MAX);
        Self {
            queue: p.queue.as_ref().map(|q| q.as_str().into()),
            priority: p.priority.map(Into::into),
            first_response_minutes: m(p.targets.first_response),
            resolution_minutes: m(p.targets.resolution),
            warn_minutes: m(p.targets.warn_before),
        }
    }
}

/// A day the desk is closed (the SLA clock does not run).
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct HolidayOut {
    pub day: NaiveDate,
    /// `public` (libur nasional), `collective_leave` (cuti bersama) or `regional`.
    pub kind: String,
    pub name: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct HolidayIn {
    /// `public`, `collective_leave` or `regional`.
    pub kind: HolidayKindText,
    pub name: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct Availability {
    /// true: take tickets from the round-robin now.
    pub available: bool,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct SweepOut {
    pub started: u64,
    pub warned: u64,
    pub escalated: u64,
    /// Tickets the round-robin handed out in the same run.
    pub assigned: u64,
}

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
