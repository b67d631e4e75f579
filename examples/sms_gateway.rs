//! A minimal Jasmin-compatible SMS gateway for benchmarks: answers every `/send` with
//! `Success "<id>"`, counts messages, reports duplicates (the same text twice) at
//! `GET /stats`, and when a one-time code arrives notes the time: `GET /codes?to=628…`
//! answers the Unix time in milliseconds of the first code to that number (404: none).
//! Run: `cargo run --release --example sms_gateway -- 127.0.0.1:14010`.
//!
//! `SMS_GATEWAY_LOSE_EVERY=N` makes it a gateway that loses messages: every Nth is
//! answered `Success` like the rest but never counted nor noted (`.ci/bench-broken`
//! uses it to show that the SMS benchmarks notice work that did not arrive).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use poem::http::StatusCode;
use poem::listener::TcpListener;
use poem::web::{Data, Form, Query};
use poem::{get, handler, post, EndpointExt, IntoResponse, Response, Route, Server};

#[derive(Default)]
struct Stats {
    /// Lose every Nth message (0: none).
    lose_every: u64,
    answered: u64,
    received: u64,
    duplicates: u64,
    seen: HashSet<u64>,
    codes: HashMap<String, u128>,
}

#[handler]
fn send(state: Data<&Arc<Mutex<Stats>>>, Form(f): Form<HashMap<String, String>>) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    f.get("to").hash(&mut h);
    f.get("content").hash(&mut h);
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0);
    let mut s = state.lock().unwrap();
    s.answered += 1;
    if s.lose_every > 0 && s.answered % s.lose_every == 0 {
        return format!("Success \"{}\"", uuid::Uuid::new_v4());
    }
    s.received += 1;
    if !s.seen.insert(h.finish()) {
        s.duplicates += 1;
    }
    if f.get("content").is_some_and(|c| c.contains("kode verifikasi")) {
        if let Some(to) = f.get("to") {
            s.codes.entry(to.clone()).or_insert(now);
        }
    }
    format!("Success \"{}\"", uuid::Uuid::new_v4())
}

#[handler]
fn report(state: Data<&Arc<Mutex<Stats>>>) -> String {
    let s = state.lock().unwrap();
    format!("{{\"received\":{},\"duplicates\":{},\"codes\":{}}}", s.received, s.duplicates, s.codes.len())
}

#[handler]
fn code(state: Data<&Arc<Mutex<Stats>>>, Query(q): Query<HashMap<String, String>>) -> Response {
    let s = state.lock().unwrap();
    match q.get("to").and_then(|to| s.codes.get(to)) {
        Some(at) => at.to_string().into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:14010".into());
    let lose_every = match std::env::var("SMS_GATEWAY_LOSE_EVERY") {
        Ok(n) => n
            .parse()
            .map_err(|_| std::io::Error::other(format!("SMS_GATEWAY_LOSE_EVERY={n:?} is no count")))?,
        Err(_) => 0,
    };
    let app = Route::new()
        .at("/send", post(send))
        .at("/stats", get(report))
        .at("/codes", get(code))
        .data(Arc::new(Mutex::new(Stats { lose_every, ..Stats::default() })));
    Server::new(TcpListener::bind(addr)).run(app).await
}
