//! Bodies of the routing, SLA, holiday and assignment endpoints (`api/queues.rs`):
//! what supervisors edit from the console, parsed into domain rules and policies.

use chrono::NaiveDate;
use poem_openapi::Object;

use super::{Category, Channel, Priority};
use super::{
    CategoryText, CauseText, ChannelText, HolidayKindText, KnownProvinceText, NameText, NikText,
    PriorityText, TagText,
};
use crate::domain::routing::{ConditionNames, Conditions, Rule};
use crate::domain::sla::{Policy, Targets};
use crate::domain::QueueName;
use crate::http::error::{ApiError, ApiResult};

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
    pub fn into_rule(self, i: usize) -> ApiResult<Rule> {
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
    pub fn into_policy(self, i: usize) -> ApiResult<Policy> {
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
