//! Routing rules: data (kept in the database, edited by supervisors) that send a new
//! ticket from the intake queue to the queue that handles it, by category, diagnosed
//! cause, channel, province (from the NIK) or priority. The first matching rule wins.

use serde::{Deserialize, Serialize};

use super::diagnosis::Cause;
use super::{Category, Channel, Priority, QueueName, Ticket, UnknownName};

/// What a rule looks at; an empty list matches anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conditions {
    pub categories: Vec<Category>,
    pub causes: Vec<Cause>,
    pub channels: Vec<Channel>,
    /// Two-digit province codes (the first two digits of a NIK), e.g. `31` for DKI Jakarta.
    pub provinces: Vec<String>,
    pub priorities: Vec<Priority>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub name: String,
    pub when: Conditions,
    pub queue: QueueName,
    /// Raise (or set) the ticket's priority on the way.
    pub priority: Option<Priority>,
}

/// What routing knows of a ticket.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub category: Category,
    pub cause: Option<Cause>,
    pub channel: Channel,
    pub province: Option<&'a str>,
    pub priority: Priority,
}

impl<'a> Facts<'a> {
    pub fn of(t: &'a Ticket, cause: Option<Cause>) -> Self {
        Self {
            category: t.category,
            cause,
            channel: t.channel,
            province: t.nik.as_ref().map(|n| n.province_code()),
            priority: t.priority,
        }
    }
}

impl Conditions {
    pub fn matches(&self, f: &Facts<'_>) -> bool {
        fn any<T: PartialEq>(list: &[T], v: Option<&T>) -> bool {
            list.is_empty() || v.is_some_and(|v| list.contains(v))
        }
        any(&self.categories, Some(&f.category))
            && any(&self.causes, f.cause.as_ref())
            && any(&self.channels, Some(&f.channel))
            && (self.provinces.is_empty()
                || f.province.is_some_and(|p| self.provinces.iter().any(|q| q == p)))
            && any(&self.priorities, Some(&f.priority))
    }
}

/// The first rule that matches, if any.
pub fn route<'r>(rules: &'r [Rule], facts: &Facts<'_>) -> Option<&'r Rule> {
    rules.iter().find(|r| r.when.matches(facts))
}

/// The stored (and API) shape of conditions: lists of names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConditionNames {
    pub category: Vec<String>,
    pub cause: Vec<String>,
    pub channel: Vec<String>,
    pub province: Vec<String>,
    pub priority: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("{0}")]
    Name(#[from] UnknownName),
    #[error("province {0:?} must be a two-digit NIK province code such as 31")]
    Province(String),
}

impl TryFrom<&ConditionNames> for Conditions {
    type Error = RuleError;

    fn try_from(n: &ConditionNames) -> Result<Self, RuleError> {
        fn all<T>(v: &[String], parse: fn(&str) -> Result<T, UnknownName>) -> Result<Vec<T>, RuleError> {
            Ok(v.iter().map(|s| parse(s)).collect::<Result<_, _>>()?)
        }
        let provinces = n
            .province
            .iter()
            .map(|p| {
                let known = p.len() == 2 && super::province_name(p).is_some();
                if known {
                    Ok(p.clone())
                } else {
                    Err(RuleError::Province(p.clone()))
                }
            })
            .collect::<Result<_, _>>()?;
        Ok(Conditions {
            categories: all(&n.category, Category::parse)?,
            causes: all(&n.cause, Cause::parse)?,
            channels: all(&n.channel, Channel::parse)?,
            provinces,
            priorities: all(&n.priority, Priority::parse)?,
        })
    }
}

impl From<&Conditions> for ConditionNames {
    fn from(c: &Conditions) -> Self {
        fn names<T: Copy>(v: &[T], f: fn(T) -> &'static str) -> Vec<String> {
            v.iter().map(|x| f(*x).to_string()).collect()
        }
        Self {
            category: names(&c.categories, Category::as_str),
            cause: names(&c.causes, Cause::as_str),
            channel: names(&c.channels, Channel::as_str),
            province: c.provinces.clone(),
            priority: names(&c.priorities, Priority::as_str),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(name: &str, queue: &str, when: Conditions) -> Rule {
        Rule { name: name.into(), when, queue: QueueName::parse(queue).unwrap(), priority: None }
    }

    fn facts(category: Category, cause: Option<Cause>, province: Option<&str>) -> Facts<'_> {
        Facts { category, cause, channel: Channel::Email, province, priority: Priority::Normal }
    }

    #[test]
    fn the_first_matching_rule_wins_and_empty_conditions_match_all() {
        let rules = vec![
            rule("nik errors", "data", Conditions { causes: vec![Cause::DataError], ..Default::default() }),
            rule(
                "papua",
                "papua",
                Conditions { provinces: vec!["91".into(), "94".into()], ..Default::default() },
            ),
            rule(
                "phones",
                "phone",
                Conditions {
                    categories: vec![Category::PhoneMissing, Category::PhoneMismatch],
                    ..Default::default()
                },
            ),
            rule("rest", "general", Conditions::default()),
        ];
        let cases = [
            (facts(Category::PhoneMissing, Some(Cause::DataError), Some("91")), "nik errors"),
            (facts(Category::PhoneMissing, None, Some("94")), "papua"),
            (facts(Category::PhoneMismatch, Some(Cause::PhoneMismatch), Some("31")), "phones"),
            (facts(Category::Other, None, None), "rest"),
            // A province rule needs a NIK.
            (facts(Category::CertificateMissing, Some(Cause::SmsFailed), None), "rest"),
        ];
        for (f, want) in cases {
            assert_eq!(route(&rules, &f).map(|r| r.name.as_str()), Some(want), "{f:?}");
        }
        assert!(route(&rules[..1], &facts(Category::Other, None, None)).is_none());
    }

    #[test]
    fn a_cause_condition_waits_for_a_diagnosis() {
        let c = Conditions { causes: vec![Cause::PhoneMissing], ..Default::default() };
        assert!(!c.matches(&facts(Category::PhoneMissing, None, None)));
        assert!(c.matches(&facts(Category::Other, Some(Cause::PhoneMissing), None)));
    }

    #[test]
    fn names_round_trip_and_unknown_ones_are_refused() {
        let names = ConditionNames {
            category: vec!["phone_missing".into()],
            cause: vec!["sms_failed".into()],
            channel: vec!["web".into(), "email".into()],
            province: vec!["31".into()],
            priority: vec!["urgent".into()],
        };
        let c = Conditions::try_from(&names).unwrap();
        assert_eq!(ConditionNames::from(&c), names);
        let bad = ConditionNames { cause: vec!["bad_luck".into()], ..Default::default() };
        assert!(matches!(Conditions::try_from(&bad), Err(RuleError::Name(_))));
        for p in ["3", "00", "310", "x1"] {
            let bad = ConditionNames { province: vec![p.into()], ..Default::default() };
            assert_eq!(Conditions::try_from(&bad), Err(RuleError::Province(p.into())), "{p}");
        }
    }
}
