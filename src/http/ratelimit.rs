//! A per-client-address limit for public endpoints (certificate links, verification,
//! the revocation list): a fixed window per address (behind trusted proxies; an IPv6
//! client by its /64), in memory. It stops one address from
//! scanning tokens; limits that must hold across processes (the portal's NIK and phone
//! lookups) live in the database.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use poem::http::StatusCode;
use poem::{Endpoint, IntoResponse, Request, Response};

#[derive(Clone)]
pub struct PerIp {
    limit: u32,
    window: Duration,
    seen: Arc<Mutex<HashMap<IpAddr, (Instant, u32)>>>,
}

impl PerIp {
    pub fn new(limit: u32, window: Duration) -> Self {
        Self { limit, window, seen: Arc::default() }
    }

    /// `Err(seconds)` to wait when `ip` is over its limit.
    pub fn check(&self, ip: IpAddr, now: Instant) -> Result<(), u64> {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() > 100_000 {
            seen.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        let entry = seen.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 > self.limit {
            let wait = self.window.saturating_sub(now.duration_since(entry.0));
            return Err(wait.as_secs().max(1));
        }
        Ok(())
    }
}

/// The client's address behind trusted proxies (`portal.trusted_proxies`).
pub fn client_ip(req: &Request) -> Option<IpAddr> {
    let trusted = req.data::<crate::service::Context>().map(|cx| cx.config.portal.trusted_proxies.as_slice());
    super::client::address(req, trusted.unwrap_or_default())
}

/// Middleware: 429 with Retry-After when the caller (an IPv6 client: its /64) is over
/// its limit.
pub async fn limit<E: Endpoint>(ep: Arc<E>, req: Request) -> poem::Result<Response> {
    let limiter = req.data::<PerIp>().cloned();
    if let (Some(l), Some(ip)) = (limiter, client_ip(&req).map(super::client::bucket)) {
        if let Err(wait) = l.check(ip, Instant::now()) {
            return Ok(Response::builder()
                .status(StatusCode::TOO_MANY_REQUESTS)
                .header("Retry-After", wait.to_string())
                .content_type("text/plain; charset=utf-8")
                .body("Terlalu banyak permintaan; coba lagi nanti. Too many requests; try again later."));
        }
    }
    Ok(ep.call(req).await?.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_over_its_limit_waits_for_the_next_window() {
        let l = PerIp::new(2, Duration::from_secs(60));
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        let t = Instant::now();
        assert!(l.check(a, t).is_ok());
        assert!(l.check(a, t).is_ok());
        assert_eq!(l.check(a, t + Duration::from_secs(10)), Err(50));
        assert!(l.check(b, t).is_ok(), "other addresses are not affected");
        assert!(l.check(a, t + Duration::from_secs(61)).is_ok());
    }
}
