//! Dates and bounded counts, with the schema a client generator understands.

use std::borrow::Cow;

use chrono::NaiveDate;
use poem_openapi::registry::{MetaSchema, MetaSchemaRef};
use poem_openapi::types::{ParseError, ParseFromJSON, ParseFromParameter, ParseResult, ToJSON, Type};
use serde_json::Value;

/// A calendar date (YYYY-MM-DD) whose schema says `format: date`: poem's own
/// `naive-date` is no format a client generator knows, so it sent random strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date(pub NaiveDate);

impl Type for Date {
    const IS_REQUIRED: bool = true;
    type RawValueType = Self;
    type RawElementValueType = Self;

    fn name() -> Cow<'static, str> {
        "date".into()
    }

    fn schema_ref() -> MetaSchemaRef {
        MetaSchemaRef::Inline(Box::new(MetaSchema { format: Some("date"), ..MetaSchema::new("string") }))
    }

    fn as_raw_value(&self) -> Option<&Self> {
        Some(self)
    }

    fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
        Box::new(std::iter::once(self))
    }
}

impl ParseFromParameter for Date {
    fn parse_from_parameter(value: &str) -> ParseResult<Self> {
        NaiveDate::parse_from_parameter(value).map(Self).map_err(ParseError::propagate)
    }
}

impl ParseFromJSON for Date {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        NaiveDate::parse_from_json(value).map(Self).map_err(ParseError::propagate)
    }
}

impl ToJSON for Date {
    fn to_json(&self) -> Option<Value> {
        self.0.to_json()
    }
}

/// A whole number the spec bounds to `MIN..=MAX`. It parses as any `u64`: handlers
/// clamp page sizes or refuse (422, naming the field) as they did before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounded<const MIN: u64, const MAX: u64>(pub u64);

impl<const MIN: u64, const MAX: u64> Bounded<MIN, MAX> {
    /// The number given, or `default`.
    pub fn or(given: Option<Self>, default: u64) -> u64 {
        given.map_or(default, |n| n.0)
    }
}

impl<const MIN: u64, const MAX: u64> Type for Bounded<MIN, MAX> {
    const IS_REQUIRED: bool = true;
    type RawValueType = Self;
    type RawElementValueType = Self;

    fn name() -> Cow<'static, str> {
        format!("integer_{MIN}_{MAX}").into()
    }

    fn schema_ref() -> MetaSchemaRef {
        #[allow(clippy::cast_precision_loss)] // the bounds are small
        let (minimum, maximum) = (MIN as f64, MAX as f64);
        MetaSchemaRef::Inline(Box::new(MetaSchema {
            format: Some("uint64"),
            minimum: Some(minimum),
            maximum: Some(maximum),
            ..MetaSchema::new("integer")
        }))
    }

    fn as_raw_value(&self) -> Option<&Self> {
        Some(self)
    }

    fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
        Box::new(std::iter::once(self))
    }
}

impl<const MIN: u64, const MAX: u64> ParseFromParameter for Bounded<MIN, MAX> {
    fn parse_from_parameter(value: &str) -> ParseResult<Self> {
        u64::parse_from_parameter(value).map(Self).map_err(ParseError::propagate)
    }
}

impl<const MIN: u64, const MAX: u64> ParseFromJSON for Bounded<MIN, MAX> {
    fn parse_from_json(value: Option<Value>) -> ParseResult<Self> {
        u64::parse_from_json(value).map(Self).map_err(ParseError::propagate)
    }
}

impl<const MIN: u64, const MAX: u64> ToJSON for Bounded<MIN, MAX> {
    fn to_json(&self) -> Option<Value> {
        Some(Value::from(self.0))
    }
}
