//! A citizen's browser for the portal tests, without a browser: a cookie jar, the CSRF
//! token and the challenge read from the last page, redirects followed and recorded.

use regex::Regex;
use reqwest::StatusCode;

use crate::helpers::TestApp;

pub struct Citizen {
    client: reqwest::Client,
    base: String,
    /// The last page's HTML.
    pub html: String,
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    /// Every `Location` followed, in order (personal data must never be in one).
    pub redirects: Vec<String>,
    /// Sent as `X-Forwarded-For` (the app trusts 127.0.0.1 as its proxy in such tests).
    pub forwarded_for: Option<String>,
}

const ID: [&str; 10] =
    ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const EN: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

fn capture(html: &str, pattern: &str) -> Option<String> {
    Regex::new(pattern).unwrap().captures(html).map(|c| c[1].to_string())
}

impl Citizen {
    pub fn new(app: &TestApp) -> Self {
        Self::at(&app.addr)
    }

    pub fn at(base: &str) -> Self {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self {
            client,
            base: base.to_string(),
            html: String::new(),
            status: StatusCode::OK,
            headers: Default::default(),
            redirects: Vec::new(),
            forwarded_for: None,
        }
    }

    /// The same cookie jar, another server (a second certdesk process).
    pub fn switch_to(&mut self, base: &str) {
        self.base = base.to_string();
    }

    fn req(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let r = self.client.request(method, format!("{}{path}", self.base));
        match &self.forwarded_for {
            Some(ip) => r.header("x-forwarded-for", ip),
            None => r,
        }
    }

    async fn settle(&mut self, mut resp: reqwest::Response) {
        for _ in 0..5 {
            if resp.status() != StatusCode::SEE_OTHER {
                break;
            }
            let loc = resp.headers()["location"].to_str().unwrap().to_string();
            self.redirects.push(loc.clone());
            resp = self.req(reqwest::Method::GET, &loc).send().await.unwrap();
        }
        self.status = resp.status();
        self.headers = resp.headers().clone();
        self.html = resp.text().await.unwrap();
    }

    pub async fn get(&mut self, path: &str) -> &str {
        let r = self.req(reqwest::Method::GET, path).send().await.unwrap();
        self.settle(r).await;
        &self.html
    }

    pub async fn get_bytes(&mut self, path: &str) -> (StatusCode, String, Vec<u8>) {
        let r = self.req(reqwest::Method::GET, path).send().await.unwrap();
        let status = r.status();
        let ct = r.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        (status, ct, r.bytes().await.unwrap().to_vec())
    }

    pub fn csrf(&self) -> String {
        capture(&self.html, r#"name="csrf" value="([0-9a-f]*)""#).unwrap_or_default()
    }

    /// The challenge of the last page, answered: (token, answer).
    pub fn solve(&self) -> Option<(String, String)> {
        let token = capture(&self.html, r#"name="challenge_token" value="([A-Za-z0-9_-]+)""#)?;
        let q = capture(&self.html, r"(?:Berapa|What is) (\w+ (?:ditambah|plus) \w+)")?;
        let words: Vec<&str> = q.split(' ').collect();
        let n =
            |w: &str| ID.iter().position(|x| *x == w).or_else(|| EN.iter().position(|x| *x == w)).unwrap();
        Some((token, (n(words[0]) + n(words[2])).to_string()))
    }

    /// Submits a form of the last page: the CSRF token and (unless given) the answered
    /// challenge are added.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> &str {
        let mut form: Vec<(String, String)> =
            fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        if !fields.iter().any(|(k, _)| *k == "csrf") {
            form.push(("csrf".into(), self.csrf()));
        }
        if !fields.iter().any(|(k, _)| *k == "challenge") {
            if let Some((token, answer)) = self.solve() {
                form.push(("challenge_token".into(), token));
                form.push(("challenge".into(), answer));
            }
        }
        let r = self.req(reqwest::Method::POST, path).form(&form).send().await.unwrap();
        self.settle(r).await;
        &self.html
    }

    /// Submits the same form `n` times at once, with this browser's cookies and the
    /// last page's CSRF token; the statuses, in no particular order.
    pub async fn post_parallel(&self, path: &str, fields: &[(&str, &str)], n: usize) -> Vec<StatusCode> {
        let mut form: Vec<(String, String)> =
            fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        form.push(("csrf".into(), self.csrf()));
        let sends = (0..n).map(|_| self.req(reqwest::Method::POST, path).form(&form).send());
        futures::future::join_all(sends).await.into_iter().map(|r| r.unwrap().status()).collect()
    }

    /// Submits a multipart form with files `(field, file name, bytes)`.
    pub async fn post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, Vec<u8>)],
    ) -> &str {
        let mut form = reqwest::multipart::Form::new().text("csrf", self.csrf());
        if let Some((token, answer)) = self.solve() {
            form = form.text("challenge_token", token).text("challenge", answer);
        }
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        for (k, name, bytes) in files {
            let part = reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.to_string());
            form = form.part(k.to_string(), part);
        }
        let r = self.req(reqwest::Method::POST, path).multipart(form).send().await.unwrap();
        self.settle(r).await;
        &self.html
    }

    /// The page's text without tags and without the per-browser tokens, to compare pages.
    pub fn comparable(&self) -> String {
        let no_tokens =
            Regex::new(r#"value="[A-Za-z0-9_-]{20,}""#).unwrap().replace_all(&self.html, "value=\"\"");
        let no_question =
            Regex::new(r"(?:Berapa|What is) \w+ (?:ditambah|plus) \w+").unwrap().replace_all(&no_tokens, "Q");
        no_question.into_owned()
    }
}

/// A small real PNG (1×1), a JPEG header and a PDF header: evidence by content.
pub fn png() -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89".to_vec();
    v.extend_from_slice(b"\0\0\0\rIDATx\x9cc\xf8\x0f\0\0\x01\x01\0\x05\x18\xd8N\0\0\0\0IEND\xaeB`\x82");
    v
}

pub fn jpeg() -> Vec<u8> {
    let mut v = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0];
    v.extend(std::iter::repeat_n(0u8, 200));
    v.extend_from_slice(&[0xFF, 0xD9]);
    v
}

/// The one-time code last sent to `phone` (E.164), from the SMS log gateway.
pub async fn code_sent_to(app: &TestApp, phone: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        app.run_jobs().await;
        let code = app
            .sms_log()
            .iter()
            .rev()
            .filter(|l| l["to"] == phone)
            .filter_map(|l| l["content"].as_str())
            .find(|c| c.contains("kode verifikasi"))
            .map(|c| c[..6].to_string());
        if let Some(c) = code {
            return c;
        }
        assert!(std::time::Instant::now() < deadline, "no code reached {phone}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// The code an authenticator app shows for `secret` (base32) at `at` (Unix seconds).
pub fn totp_code(secret: &str, at: u64) -> String {
    let bytes = totp_rs::Secret::Encoded(secret.to_string()).to_bytes().expect("a base32 secret");
    totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes, Some("certdesk".into()), "test".into())
        .expect("a TOTP")
        .generate(at)
}

/// The secret on a desk enrolment page, if that is the page.
pub fn enrolment_secret(html: &str) -> Option<String> {
    capture(html, r#"<code id="secret">([A-Z2-7=]+)</code>"#)
}
