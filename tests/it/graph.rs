//! A local HTTP server that behaves like Meta's Graph API for WhatsApp: `/{v}/{phone
//! id}/messages` accepts (a `wamid`), or refuses with Meta's error shape as the test
//! scripts it; `/{v}/{media id}` describes a media file and `/media-files/{id}` serves
//! it, both only with the access token. It also signs and posts webhooks to the app
//! like Meta does (in any order, twice, with a wrong signature).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use hmac::{Hmac, Mac};
use poem::http::StatusCode;
use poem::listener::{Acceptor, Listener, TcpListener};
use poem::web::{Data, Json, Path};
use poem::{get, handler, post, EndpointExt, Request, Response, Route};
use serde_json::{json, Value};
use sha2::Sha256;

pub const APP_SECRET: &str = "test-app-secret-0123456789";
pub const VERIFY_TOKEN: &str = "test-verify-token-0123456789";
pub const ACCESS_TOKEN: &str = "test-access-token";
pub const PHONE_ID: &str = "1099123456789";

/// How the next `/messages` call is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept,
    /// Meta's error body with this HTTP status and error code.
    Error(u16, i64),
    /// A 200 without a message id (taken, but not trackable).
    NoId,
}

#[derive(Default)]
struct State {
    script: VecDeque<Answer>,
    sent: Vec<Value>,
    media: HashMap<String, (String, Vec<u8>)>,
    next_id: u64,
    base: String,
}

#[derive(Clone)]
pub struct FakeGraph {
    pub url: String,
    state: Arc<Mutex<State>>,
}

fn authorised(req: &Request) -> bool {
    req.headers().get("authorization").and_then(|v| v.to_str().ok())
        == Some(&format!("Bearer {ACCESS_TOKEN}"))
}

fn error(status: u16, code: i64, message: &str) -> Response {
    let body = json!({"error": {"message": message, "type": "OAuthException", "code": code,
        "error_data": {"messaging_product": "whatsapp", "details": message}, "fbtrace_id": "Azz"}});
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap())
        .content_type("application/json")
        .body(body.to_string())
}

#[handler]
fn send_message(req: &Request, state: Data<&Arc<Mutex<State>>>, Json(body): Json<Value>) -> Response {
    if !authorised(req) {
        return error(401, 190, "Invalid OAuth access token");
    }
    let mut s = state.lock().unwrap();
    match s.script.pop_front().unwrap_or(Answer::Accept) {
        Answer::Error(status, code) => error(status, code, &format!("scripted {code}")),
        Answer::NoId => {
            s.sent.push(body);
            Response::builder().content_type("application/json").body(r#"{"messaging_product":"whatsapp"}"#)
        }
        Answer::Accept => {
            s.next_id += 1;
            let id = format!("wamid.OUT{}", s.next_id);
            let to = body.get("to").or_else(|| body.get("recipient")).cloned().unwrap_or(Value::Null);
            s.sent.push(body);
            Response::builder().content_type("application/json").body(
                json!({"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": to}],
                       "messages": [{"id": id}]})
                .to_string(),
            )
        }
    }
}

#[handler]
fn media_info(
    req: &Request,
    state: Data<&Arc<Mutex<State>>>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    if !authorised(req) {
        return error(401, 190, "Invalid OAuth access token");
    }
    let s = state.lock().unwrap();
    match s.media.get(&id) {
        Some((mime, bytes)) => Response::builder().content_type("application/json").body(
            json!({"messaging_product": "whatsapp", "url": format!("{}media-files/{id}", s.base),
                   "mime_type": mime, "file_size": bytes.len(), "id": id})
            .to_string(),
        ),
        None => error(404, 100, "Unsupported get request. Object does not exist"),
    }
}

#[handler]
fn media_file(req: &Request, state: Data<&Arc<Mutex<State>>>, Path(id): Path<String>) -> Response {
    if !authorised(req) {
        return Response::builder().status(StatusCode::UNAUTHORIZED).finish();
    }
    match state.lock().unwrap().media.get(&id) {
        Some((mime, bytes)) => Response::builder().content_type(mime.as_str()).body(bytes.clone()),
        None => Response::builder().status(StatusCode::NOT_FOUND).finish(),
    }
}

impl FakeGraph {
    pub async fn start() -> Self {
        let state = Arc::new(Mutex::new(State::default()));
        let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.expect("bind graph");
        let addr = acceptor.local_addr()[0].as_socket_addr().copied().expect("tcp address");
        let url = format!("http://{addr}/");
        state.lock().unwrap().base = url.clone();
        let app = Route::new()
            .at("/:version/:phone/messages", post(send_message))
            .at("/:version/:id", get(media_info))
            .at("/media-files/:id", get(media_file))
            .data(state.clone());
        tokio::spawn(poem::Server::new_with_acceptor(acceptor).run(app));
        Self { url, state }
    }

    /// The next answers of `/messages`, in order; then acceptance.
    pub fn script(&self, answers: &[Answer]) {
        self.state.lock().unwrap().script.extend(answers.iter().copied());
    }

    /// Every message the Graph API accepted, in order.
    pub fn sent(&self) -> Vec<Value> {
        self.state.lock().unwrap().sent.clone()
    }

    pub fn add_media(&self, id: &str, mime: &str, bytes: &[u8]) {
        self.state.lock().unwrap().media.insert(id.into(), (mime.into(), bytes.to_vec()));
    }
}

/// `sha256=<hex>` of `body` under `secret`, as Meta signs.
pub fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Who writes: a WhatsApp number, a business-scoped id, or both.
#[derive(Debug, Clone, Copy)]
pub struct User<'a> {
    pub wa_id: Option<&'a str>,
    pub bsuid: Option<&'a str>,
    pub name: &'a str,
}

/// One `changes[].value` with messages from one user.
pub fn messages_change(user: User<'_>, messages: Vec<Value>) -> Value {
    let mut contact = json!({"profile": {"name": user.name}});
    let mut messages = messages;
    if let Some(w) = user.wa_id {
        contact["wa_id"] = json!(w);
    }
    if let Some(b) = user.bsuid {
        contact["user_id"] = json!(b);
    }
    for m in &mut messages {
        if let Some(w) = user.wa_id {
            m["from"] = json!(w);
        }
        if let Some(b) = user.bsuid {
            m["from_user_id"] = json!(b);
        }
    }
    json!({"field": "messages", "value": {"messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "621199", "phone_number_id": PHONE_ID},
        "contacts": [contact], "messages": messages}})
}

pub fn text(wamid: &str, ts: i64, body: &str) -> Value {
    json!({"id": wamid, "timestamp": ts.to_string(), "type": "text", "text": {"body": body}})
}

pub fn image(wamid: &str, ts: i64, media_id: &str, caption: &str) -> Value {
    json!({"id": wamid, "timestamp": ts.to_string(), "type": "image",
           "image": {"id": media_id, "mime_type": "image/jpeg", "caption": caption}})
}

pub fn status(wamid: &str, state: &str, ts: i64, error: Option<i64>) -> Value {
    let mut s = json!({"id": wamid, "status": state, "timestamp": ts.to_string(), "recipient_id": "6281"});
    if let Some(code) = error {
        s["errors"] = json!([{"code": code, "title": format!("error {code}")}]);
    }
    json!({"field": "messages", "value": {"messaging_product": "whatsapp",
        "metadata": {"phone_number_id": PHONE_ID}, "statuses": [s]}})
}

/// A whole webhook body: `entries` of `changes`.
pub fn webhook(entries: Vec<Vec<Value>>) -> Value {
    let entry: Vec<Value> = entries
        .into_iter()
        .enumerate()
        .map(|(i, changes)| json!({"id": format!("WABA{i}"), "changes": changes}))
        .collect();
    json!({"object": "whatsapp_business_account", "entry": entry})
}

/// The text of the last message the Graph API accepted: what the chat showed last.
pub fn last_text(app: &crate::helpers::TestApp) -> String {
    app.graph().sent().last().and_then(|s| s["text"]["body"].as_str().map(str::to_owned)).unwrap_or_default()
}

/// `user` writes one message (signed and posted like Meta does); the jobs run; what
/// the chat answered.
pub async fn chat(app: &crate::helpers::TestApp, user: User<'_>, message: Value) -> String {
    let body = webhook(vec![vec![messages_change(user, vec![message])]]);
    assert_eq!(app.webhook(&body, Some(APP_SECRET)).await, 200);
    app.run_jobs().await;
    last_text(app)
}
