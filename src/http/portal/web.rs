//! The portal's web plumbing: cookies, the language switch, CSRF tokens, the client
//! address behind trusted proxies, and rendering a page with its strings.

use std::collections::HashMap;
use std::sync::OnceLock;

use poem::http::{header, StatusCode};
use poem::{Request, Response};

use crate::domain::Via;
use crate::service::portal::Client;
use crate::service::Context;

pub const LANG: &str = "cd_lang";
pub const CSRF: &str = "cd_csrf";
pub const FLOW: &str = "cd_flow";
pub const SESSION: &str = "cd_session";

/// The two catalogs: Bahasa Indonesia first, English second.
fn catalog(lang: &str) -> &'static HashMap<String, String> {
    static ID: OnceLock<HashMap<String, String>> = OnceLock::new();
    static EN: OnceLock<HashMap<String, String>> = OnceLock::new();
    let load =
        |src: &str| toml::from_str::<HashMap<String, String>>(src).expect("embedded portal strings parse");
    if lang == "en" {
        EN.get_or_init(|| load(include_str!("../../../templates/portal/strings.en.toml")))
    } else {
        ID.get_or_init(|| load(include_str!("../../../templates/portal/strings.id.toml")))
    }
}

/// One string of the catalog, for messages built in code (field errors).
pub fn text(lang: &str, key: &str) -> String {
    catalog(lang).get(key).cloned().unwrap_or_else(|| key.to_string())
}

pub fn cookie<'a>(req: &'a Request, name: &str) -> Option<&'a str> {
    req.headers().get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|line| {
        line.split(';').map(str::trim).find_map(|kv| kv.strip_prefix(name).and_then(|r| r.strip_prefix('=')))
    })
}

/// A `Set-Cookie` value scoped to the portal. Session cookies are HttpOnly and Strict.
pub fn set_cookie(cx: &Context, name: &str, value: &str, max_age: Option<u64>) -> String {
    let secure = if cx.config.server.public_url.scheme() == "https" { "; Secure" } else { "" };
    let age = max_age.map(|s| format!("; Max-Age={s}")).unwrap_or_default();
    let js = if name == LANG { "" } else { "; HttpOnly" };
    format!("{name}={value}; Path=/; SameSite=Strict{js}{secure}{age}")
}

pub fn clear_cookie(cx: &Context, name: &str) -> String {
    set_cookie(cx, name, "", Some(0))
}

pub fn lang(req: &Request) -> &'static str {
    match cookie(req, LANG) {
        Some("en") => "en",
        _ => "id",
    }
}

/// The client as limits and the audit see it: its address behind trusted proxies, an
/// IPv6 client as its /64 (`http::client`).
pub fn client(cx: &Context, req: &Request) -> Client {
    let ip = crate::http::client::address(req, &cx.config.portal.trusted_proxies);
    Client { ip: ip.map_or_else(|| "unknown".into(), crate::http::client::bucket_label), via: Via::Web }
}

/// The CSRF token for a form, bound to the browser's CSRF cookie.
pub fn csrf_token(cx: &Context, cookie_value: &str) -> String {
    hex::encode(&cx.issuer.keyed("portal csrf", cookie_value.as_bytes())[..16])
}

/// True when the form's token belongs to this browser's cookie.
pub fn csrf_ok(cx: &Context, req: &Request, field: Option<&str>) -> bool {
    match (cookie(req, CSRF), field) {
        (Some(c), Some(f)) if !c.is_empty() => {
            let expected = csrf_token(cx, c);
            expected.len() == f.len()
                && expected.bytes().zip(f.bytes()).fold(0u8, |a, (x, y)| a | (x ^ y)) == 0
        }
        _ => false,
    }
}

/// The portal's pages run no scripts at all.
const PORTAL_CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub use crate::http::page::Page;

impl Page {
    /// A portal page: its strings in the citizen's language, the issuer's name, and a
    /// CSRF token (a browser without the cookie gets one).
    pub fn portal(cx: &Context, req: &Request, template: &'static str) -> Self {
        let lang = lang(req);
        let mut p = Page::new(
            template,
            PORTAL_CSP,
            "<!doctype html><title>Error</title><p>Terjadi kesalahan. An error occurred.</p>",
        )
        .with("lang", lang)
        .with("s", catalog(lang))
        .with("issuer", &cx.config.certificates.issuer)
        .with("path", req.original_uri().path());
        let csrf_cookie = match cookie(req, CSRF).filter(|c| c.len() >= 32) {
            Some(c) => c.to_string(),
            None => {
                let fresh = crate::service::otp::new_token();
                p = p.cookie(set_cookie(cx, CSRF, &fresh, None));
                fresh
            }
        };
        p.with("csrf", csrf_token(cx, &csrf_cookie))
    }

    pub fn cookie(self, c: String) -> Self {
        self.header(header::SET_COOKIE, c)
    }
}

/// Waits out the rest of the response floor since `started`: lookups that match and
/// lookups that miss leave at the same time. The floor is `portal.min_response`, raised
/// under load to the recent 99th percentile of lookup times (see `Floor`).
pub async fn pace(cx: &Context, started: std::time::Instant) {
    let p = &cx.config.portal;
    let floor = FLOOR.record(started.elapsed(), p.min_response, p.max_response_floor);
    tokio::time::sleep_until((started + floor).into()).await;
}

static FLOOR: Floor = Floor::new();

/// The recent lookup times of this process (a ring of the last `SAMPLES`), from which
/// the floor is read: their 99th percentile plus a quarter, between the configured
/// minimum and cap. A match's extra work shows in the tail only when it is slower than
/// 99 of 100 recent lookups of either kind.
struct Floor {
    ring: std::sync::Mutex<Ring>,
}

const SAMPLES: usize = 512;

struct Ring {
    micros: [u32; SAMPLES],
    next: usize,
    filled: usize,
}

impl Floor {
    const fn new() -> Self {
        Floor { ring: std::sync::Mutex::new(Ring { micros: [0; SAMPLES], next: 0, filled: 0 }) }
    }

    /// Adds one lookup's time and returns the floor to pace it to.
    fn record(
        &self,
        took: std::time::Duration,
        min: std::time::Duration,
        cap: std::time::Duration,
    ) -> std::time::Duration {
        let mut sorted = {
            let mut r = self.ring.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let at = r.next;
            r.micros[at] = u32::try_from(took.as_micros()).unwrap_or(u32::MAX);
            r.next = (at + 1) % SAMPLES;
            r.filled = (r.filled + 1).min(SAMPLES);
            r.micros[..r.filled].to_vec()
        };
        sorted.sort_unstable();
        let p99 = sorted[(sorted.len() * 99 / 100).min(sorted.len() - 1)];
        let floor = std::time::Duration::from_micros(u64::from(p99) * 5 / 4);
        floor.clamp(min, cap.max(min))
    }
}

/// A code confirmed: the session cookie replaces the flow's, and on to `location`.
pub fn into_session(cx: &Context, location: &str, token: &str) -> Response {
    see_other(
        location,
        vec![
            set_cookie(cx, SESSION, token, Some(cx.config.portal.session_ttl.as_secs())),
            clear_cookie(cx, FLOW),
        ],
    )
}

/// A redirect after a successful POST (so a reload does not post again).
pub fn see_other(location: &str, cookies: Vec<String>) -> Response {
    let mut b = Response::builder().status(StatusCode::SEE_OTHER).header(header::LOCATION, location);
    for c in cookies {
        b = b.header(header::SET_COOKIE, c);
    }
    b.header(header::CACHE_CONTROL, "no-store").finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_floor_follows_the_slow_tail_between_its_bounds() {
        use std::time::Duration as D;
        let f = Floor::new();
        let (min, cap) = (D::from_millis(5), D::from_millis(250));
        assert_eq!(f.record(D::from_millis(1), min, cap), min, "idle: the configured minimum");
        // Under load most lookups take 8 ms and one in fifty (the matches that send a
        // code) 40 ms: every answer is held to the slow ones' time.
        let mut last = D::ZERO;
        for i in 0..600 {
            last = f.record(D::from_millis(if i % 50 == 0 { 40 } else { 8 }), min, cap);
        }
        assert_eq!(last, D::from_millis(50));
        assert_eq!(f.record(D::from_secs(9), min, cap), D::from_millis(50), "one outlier is not the tail");
        for _ in 0..20 {
            last = f.record(D::from_secs(9), min, cap);
        }
        assert_eq!(last, cap, "never above the cap");
        let calm = Floor::new();
        for _ in 0..600 {
            last = calm.record(D::from_millis(2), min, cap);
        }
        assert_eq!(last, min);
    }

    #[test]
    fn both_languages_have_every_string() {
        let (id, en) = (catalog("id"), catalog("en"));
        let mut missing: Vec<_> = id.keys().filter(|k| !en.contains_key(*k)).collect();
        missing.extend(en.keys().filter(|k| !id.contains_key(*k)));
        assert!(missing.is_empty(), "{missing:?}");
        assert_eq!(text("en", "switch_lang"), "id");
        assert_eq!(text("id", "switch_lang"), "en");
    }
}
