//! A local HTTP server that behaves like a Jasmin SMS gateway: `/send` accepts
//! (`Success "<id>"`), refuses with 4xx/5xx, or hangs past the client's timeout, as
//! the test scripts it; receipts are posted back to the callback URL it was given,
//! in any order and as often as the test likes, like Jasmin's retries.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use poem::http::StatusCode;
use poem::listener::{Acceptor, Listener, TcpListener};
use poem::web::{Data, Form};
use poem::{handler, post, EndpointExt, Response, Route};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// Answer with this status and a Jasmin error body.
    Refuse(u16),
    /// Answer only after 3 s (the tests' client timeout is 1 s).
    Hang,
    /// Post a DELIVRD receipt to the callback first, then answer: the receipt arrives
    /// before certdesk knows the message id.
    ReceiptFirst,
}

#[derive(Debug, Clone)]
pub struct Received {
    pub id: String,
    pub to: String,
    pub from: String,
    pub content: String,
    pub dlr_url: String,
}

#[derive(Default)]
struct State {
    script: VecDeque<Mode>,
    default: Option<Mode>,
    accepted: Vec<Received>,
    calls: usize,
    app: String,
}

#[derive(Clone)]
pub struct FakeGateway {
    pub url: String,
    state: Arc<Mutex<State>>,
    client: reqwest::Client,
}

#[handler]
async fn send(state: Data<&Arc<Mutex<State>>>, Form(f): Form<HashMap<String, String>>) -> Response {
    let (mode, app) = {
        let mut s = state.lock().unwrap();
        s.calls += 1;
        let m = s.script.pop_front().or(s.default).unwrap_or(Mode::Accept);
        (m, s.app.clone())
    };
    let auth_ok = f.get("username").map(String::as_str) == Some("certdesk")
        && f.get("password").map(String::as_str) == Some("s3cret");
    if !auth_ok {
        return Response::builder().status(StatusCode::FORBIDDEN).body("Error \"Authentication failure\"");
    }
    let id = uuid::Uuid::new_v4().to_string();
    let rec = Received {
        id: id.clone(),
        to: f.get("to").cloned().unwrap_or_default(),
        from: f.get("from").cloned().unwrap_or_default(),
        content: f.get("content").cloned().unwrap_or_default(),
        dlr_url: f.get("dlr-url").cloned().unwrap_or_default(),
    };
    match mode {
        Mode::Refuse(code) => {
            return Response::builder()
                .status(StatusCode::from_u16(code).unwrap())
                .body(format!("Error \"scripted {code}\""))
        }
        Mode::Hang => tokio::time::sleep(Duration::from_secs(3)).await,
        Mode::ReceiptFirst => {
            let r = post_receipt(&reqwest::Client::new(), &app, &rec, "DELIVRD", 2).await;
            assert_eq!(r.0, 200, "early receipt acknowledged");
        }
        Mode::Accept => {}
    }
    state.lock().unwrap().accepted.push(rec);
    Response::builder().body(format!("Success \"{id}\""))
}

/// Posts a receipt the way Jasmin does: form fields to the callback URL (whose host is
/// rewritten to the app's real address, since tests bind port 0).
async fn post_receipt(
    client: &reqwest::Client,
    app: &str,
    r: &Received,
    status: &str,
    level: u8,
) -> (u16, String) {
    let url = url::Url::parse(&r.dlr_url).expect("dlr-url is a URL");
    let target = format!("{app}{}?{}", url.path(), url.query().unwrap_or(""));
    let form = [
        ("id", r.id.as_str()),
        ("message_status", status),
        ("level", &level.to_string()),
        ("connector", "smsc-telkomsel"),
        ("err", if status == "DELIVRD" { "000" } else { "001" }),
    ]
    .iter()
    .map(|(k, v)| format!("{k}={}", url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()))
    .collect::<Vec<_>>()
    .join("&");
    let res = client
        .post(target)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form)
        .send()
        .await
        .expect("receipt posted");
    (res.status().as_u16(), res.text().await.unwrap_or_default())
}

impl FakeGateway {
    pub async fn start() -> Self {
        let state = Arc::new(Mutex::new(State::default()));
        let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.expect("bind gateway");
        let addr = acceptor.local_addr()[0].as_socket_addr().copied().expect("tcp address");
        let app = Route::new().at("/send", post(send)).data(state.clone());
        tokio::spawn(poem::Server::new_with_acceptor(acceptor).run(app));
        Self { url: format!("http://{addr}/"), state, client: reqwest::Client::new() }
    }

    /// Where receipts really go (the app's bound address).
    pub fn set_app(&self, addr: &str) {
        self.state.lock().unwrap().app = addr.to_string();
    }

    /// The next answers, in order; then `default`.
    pub fn script(&self, modes: &[Mode]) {
        self.state.lock().unwrap().script.extend(modes.iter().copied());
    }

    pub fn set_default(&self, mode: Mode) {
        self.state.lock().unwrap().default = Some(mode);
    }

    pub fn accepted(&self) -> Vec<Received> {
        self.state.lock().unwrap().accepted.clone()
    }

    pub fn calls(&self) -> usize {
        self.state.lock().unwrap().calls
    }

    pub async fn receipt(&self, r: &Received, status: &str, level: u8) -> (u16, String) {
        let app = self.state.lock().unwrap().app.clone();
        post_receipt(&self.client, &app, r, status, level).await
    }
}
