//! One builder for the HTML pages of the desk and the portal: a template and its
//! context, the status, extra headers (cookies, `Retry-After`), and the headers every
//! page carries (no caching, no framing, no indexing, a content security policy). The
//! desk and the portal each add their constructor (`Page::desk`, `Page::portal`) that
//! fills in what their pages share.

use poem::http::{header, HeaderName, StatusCode};
use poem::Response;

use crate::service::Context;

pub struct Page {
    status: StatusCode,
    template: &'static str,
    t: tera::Context,
    headers: Vec<(HeaderName, String)>,
    csp: &'static str,
    /// What the citizen or agent sees if the template fails.
    fallback: &'static str,
}

impl Page {
    pub fn new(template: &'static str, csp: &'static str, fallback: &'static str) -> Self {
        Self { status: StatusCode::OK, template, t: tera::Context::new(), headers: Vec::new(), csp, fallback }
    }

    pub fn with(mut self, key: &str, value: impl serde::Serialize) -> Self {
        self.t.insert(key, &value);
        self
    }

    pub fn status(mut self, s: StatusCode) -> Self {
        self.status = s;
        self
    }

    pub fn header(mut self, name: HeaderName, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    pub fn render(self, cx: &Context) -> Response {
        let (status, body) = match cx.templates.render(self.template, &self.t) {
            Ok(b) => (self.status, b),
            Err(e) => {
                tracing::error!(template = self.template, error = ?e, "page template failed");
                (StatusCode::INTERNAL_SERVER_ERROR, self.fallback.to_string())
            }
        };
        let mut b = builder(status, self.csp);
        for (name, value) in self.headers {
            b = b.header(name, value);
        }
        b.body(body)
    }
}

/// The response headers every HTML page carries.
pub fn builder(status: StatusCode, csp: &'static str) -> poem::ResponseBuilder {
    Response::builder()
        .status(status)
        .content_type("text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .header("X-Robots-Tag", "noindex")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", csp)
}
