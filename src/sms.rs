//! The SMS edge: the `SmsGateway` port and its adapters (a Jasmin-compatible HTTP
//! gateway, and a log file for the zero-setup run), plus the per-gateway rate limit.

mod jasmin;
mod log;

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use tokio::sync::Mutex;
use tokio::time::Instant;

pub use jasmin::JasminGateway;
pub use log::LogGateway;

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

/// Spaces sends `1/rate` apart, shared by every worker of the process, so a burst of
/// jobs never exceeds what the gateway contract allows.
pub struct RateLimiter {
    interval: Duration,
    next: Mutex<Instant>,
}

impl RateLimiter {
    pub fn per_second(rate: u32) -> Self {
        Self { interval: Duration::from_secs(1) / rate.max(1), next: Mutex::new(Instant::now()) }
    }

    pub async fn acquire(&self) {
        let slot = {
            let mut next = self.next.lock().await;
            let now = Instant::now();
            // Up to 1/10 s of unused capacity may be spent at once (a small burst).
            let earliest = now.checked_sub(Duration::from_millis(100)).unwrap_or(now);
            let slot = (*next).max(earliest);
            *next = slot + self.interval;
            slot
        };
        tokio::time::sleep_until(slot).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_rate_limit_spaces_sends() {
        let rl = RateLimiter::per_second(10);
        let start = Instant::now();
        for _ in 0..21 {
            rl.acquire().await;
        }
        // 21 sends at 10/s, with at most 0.1 s of burst: at least ~1.9 s.
        let took = start.elapsed();
        assert!(took >= Duration::from_millis(1_850), "{took:?}");
        assert!(took <= Duration::from_millis(2_100), "{took:?}");
    }
}
