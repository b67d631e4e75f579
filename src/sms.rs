//! The SMS edge: the `SmsGateway` port and its adapters (a Jasmin-compatible HTTP
//! gateway, and a log file for the zero-setup run), plus the gateway's rate shared by
//! lane (`pace`).

mod jasmin;
mod log;
pub mod pace;

use std::sync::Arc;

use futures::future::BoxFuture;

pub use jasmin::JasminGateway;
pub use log::LogGateway;
pub use pace::{Pacer, Shares};

use crate::config::{SmsConfig, SmsGatewayKind};
use crate::domain::PhoneNumber;

pub struct OutgoingSms<'a> {
    pub to: &'a PhoneNumber,
    pub from: &'a str,
    pub content: &'a str,
    /// Where the gateway posts delivery receipts for this message, if it does.
    pub dlr_url: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SmsError {
    /// Worth retrying: timeouts, 5xx, throttling, connection errors.
    #[error("temporary: {0}")]
    Temporary(String),
    /// Retrying will not help: the gateway refused this message.
    #[error("refused: {0}")]
    Permanent(String),
}

/// The gateway took the message. `delivered` is true only for sinks that deliver on
/// the spot (the log); an HTTP 200 from a real gateway means *queued*.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    pub message_id: String,
    pub delivered: bool,
}

pub trait SmsGateway: Send + Sync {
    fn name(&self) -> &'static str;
    fn send<'a>(&'a self, sms: OutgoingSms<'a>) -> BoxFuture<'a, Result<Accepted, SmsError>>;
}

/// Builds the configured gateway.
pub fn from_config(c: &SmsConfig) -> anyhow::Result<Arc<dyn SmsGateway>> {
    Ok(match c.gateway {
        SmsGatewayKind::Log => Arc::new(LogGateway::new(c.log_path.clone())),
        SmsGatewayKind::Http => Arc::new(JasminGateway::new(c)?),
    })
}
