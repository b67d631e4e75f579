//! Headless Chromium driven over W3C WebDriver (Debian's chromium + chromium-driver),
//! with a phone-sized window. A small client on reqwest: the suite needs a handful of
//! commands, not a WebDriver crate. Screenshots go to `target/e2e-artifacts/`.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use base64::Engine as _;
use serde_json::{json, Value};

use crate::servers::{free_port, wait_for_port};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Whether the browser tests can run here (otherwise they are reported as ignored).
pub fn available() -> bool {
    std::path::Path::new("/usr/bin/chromedriver").exists()
        && std::path::Path::new("/usr/bin/chromium").exists()
}

pub struct Browser {
    http: reqwest::Client,
    base: String,
    session: String,
    driver: Child,
    /// Prefix of this test's screenshots.
    pub name: String,
}

pub fn artifacts_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

impl Browser {
    /// A fresh browser (its own profile, so its own cookies) at 390×844 CSS pixels.
    pub async fn start(name: &str) -> Self {
        Self::launch(name, true).await
    }

    /// The same at a modest office PC's 1280×800 (the agent desk).
    pub async fn start_desktop(name: &str) -> Self {
        Self::launch(name, false).await
    }

    async fn launch(name: &str, phone: bool) -> Self {
        let port = free_port();
        let driver = Command::new("/usr/bin/chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium-driver is installed (bash .ci/test installs it)");
        wait_for_port(port, "chromedriver");
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        let mut options = json!({
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=id-ID",
                     "--window-size=1280,800"],
        });
        if phone {
            // A cheap Android phone's viewport (a window cannot be narrower than 500 px).
            options["mobileEmulation"] = json!({"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.5, "mobile": true, "touch": true}});
        }
        let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}});
        let r: Value =
            http.post(format!("{base}/session")).json(&caps).send().await.unwrap().json().await.unwrap();
        let session = r["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no WebDriver session: {r}"))
            .to_string();
        Self { http, base, session, driver, name: name.to_string() }
    }

    async fn cmd(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let mut req = self.http.request(method, url);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let r: Value = req.send().await.unwrap().json().await.unwrap();
        if r["value"].get("error").is_some() {
            panic!("WebDriver {path}: {}", r["value"]);
        }
        r["value"].clone()
    }

    pub async fn goto(&self, url: &str) {
        self.cmd(reqwest::Method::POST, "/url", Some(json!({ "url": url }))).await;
    }

    pub async fn find(&self, css: &str) -> String {
        let v = self
            .cmd(reqwest::Method::POST, "/element", Some(json!({"using": "css selector", "value": css})))
            .await;
        v[ELEMENT].as_str().unwrap().to_string()
    }

    pub async fn count(&self, css: &str) -> usize {
        let v = self
            .cmd(reqwest::Method::POST, "/elements", Some(json!({"using": "css selector", "value": css})))
            .await;
        v.as_array().map_or(0, Vec::len)
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css).await;
        self.cmd(reqwest::Method::POST, &format!("/element/{e}/clear"), Some(json!({}))).await;
        self.cmd(reqwest::Method::POST, &format!("/element/{e}/value"), Some(json!({ "text": text }))).await;
    }

    pub async fn click(&self, css: &str) {
        let e = self.find(css).await;
        self.cmd(reqwest::Method::POST, &format!("/element/{e}/click"), Some(json!({}))).await;
    }

    pub async fn script(&self, js: &str) -> Value {
        self.cmd(reqwest::Method::POST, "/execute/sync", Some(json!({"script": js, "args": []}))).await
    }

    /// Clicks something that loads a new page (a submit button, a link) and waits until
    /// the new page has loaded: the old document is marked, the new one is not.
    pub async fn click_to_load(&self, css: &str) {
        self.script("window.__certdesk_old_page = true").await;
        self.click(css).await;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
        loop {
            let done = self
                .script("return window.__certdesk_old_page !== true && document.readyState === 'complete'")
                .await;
            if done == Value::Bool(true) {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "no new page after clicking {css}");
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
    }

    /// Waits (up to 10 s) until `css` matches something, e.g. results fetched as one types.
    pub async fn wait_for(&self, css: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while self.count(css).await == 0 {
            assert!(std::time::Instant::now() < deadline, "nothing matched {css}");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    pub async fn text(&self, css: &str) -> String {
        let e = self.find(css).await;
        self.cmd(reqwest::Method::GET, &format!("/element/{e}/text"), None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        let e = self.find(css).await;
        self.cmd(reqwest::Method::GET, &format!("/element/{e}/attribute/{name}"), None)
            .await
            .as_str()
            .map(String::from)
    }

    pub async fn source(&self) -> String {
        self.cmd(reqwest::Method::GET, "/source", None).await.as_str().unwrap_or_default().to_string()
    }

    pub async fn url(&self) -> String {
        self.cmd(reqwest::Method::GET, "/url", None).await.as_str().unwrap_or_default().to_string()
    }

    /// The page's width as laid out: no horizontal scrolling at phone size.
    pub async fn scroll_width(&self) -> u64 {
        self.script("return document.documentElement.scrollWidth").await.as_u64().unwrap_or(0)
    }

    /// Saves a screenshot as `target/e2e-artifacts/<test>-<step>.png`.
    pub async fn screenshot(&self, step: &str) {
        let v = self.cmd(reqwest::Method::GET, "/screenshot", None).await;
        let png = base64::engine::general_purpose::STANDARD.decode(v.as_str().unwrap()).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        std::fs::write(artifacts_dir().join(format!("{}-{step}.png", self.name)), png).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Best effort, and without async: end the session (closes Chromium), then the driver.
        use std::io::{Read, Write};
        let addr = self.base.trim_start_matches("http://").to_string();
        if let Ok(mut s) = std::net::TcpStream::connect(&addr) {
            let _ = s.set_read_timeout(Some(std::time::Duration::from_secs(10)));
            let _ = write!(
                s,
                "DELETE /session/{} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n",
                self.session
            );
            let _ = s.read_to_end(&mut Vec::new());
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
