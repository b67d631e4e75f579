//! A minimal Jasmin-compatible SMS gateway for benchmarks: answers every `/send` with
//! `Success "<id>"`, counts messages, and reports duplicates (the same text twice) at
//! `GET /stats`. Run: `cargo run --release --example sms_gateway -- 127.0.0.1:14010`.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use poem::listener::TcpListener;
use poem::web::{Data, Form};
use poem::{get, handler, post, EndpointExt, Route, Server};

#[derive(Default)]
struct Stats {
    received: u64,
    duplicates: u64,
    seen: HashSet<u64>,
}

#[handler]
fn send(state: Data<&Arc<Mutex<Stats>>>, Form(f): Form<std::collections::HashMap<String, String>>) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    f.get("to").hash(&mut h);
    f.get("content").hash(&mut h);
    let mut s = state.lock().unwrap();
    s.received += 1;
    if !s.seen.insert(h.finish()) {
        s.duplicates += 1;
    }
    format!("Success \"{}\"", uuid::Uuid::new_v4())
}

#[handler]
fn report(state: Data<&Arc<Mutex<Stats>>>) -> String {
    let s = state.lock().unwrap();
    format!("{{\"received\":{},\"duplicates\":{}}}", s.received, s.duplicates)
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:14010".into());
    let app = Route::new()
        .at("/send", post(send))
        .at("/stats", get(report))
        .data(Arc::new(Mutex::new(Stats::default())));
    Server::new(TcpListener::bind(addr)).run(app).await
}
