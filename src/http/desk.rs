//! The agent desk: server-rendered pages for the 119 ext. 9 agents, with a little
//! progressive JavaScript (results as you type, keyboard shortcuts) on top of forms that
//! work without it. Staff sign in with name and password; the session cookie is
//! HttpOnly, SameSite=Strict, scoped to /desk; every form carries the session's CSRF
//! token. Handlers call the same services as the API, as `Via::Desk` (or `Via::Phone`
//! for what an agent does for a caller).

mod auth;
mod lookup;
mod review;
mod second_factor;
mod work;

use std::collections::HashMap;
use std::sync::OnceLock;

use poem::http::{header, StatusCode};
use poem::{get, handler, post, Body, Endpoint, EndpointExt, IntoResponse, Request, Response, Route};

use crate::domain::{StaffActor, Via};
use crate::error::ServiceError;
use crate::service::desk::DeskSession;
use crate::service::{Context, Download};

pub const SESSION: &str = "cd_desk";
pub const LANG: &str = "cd_desk_lang";

/// The desk's routes under `/desk`.
pub fn routes() -> impl Endpoint {
    Route::new()
        .at("/", get(lookup::home))
        .at("/login", get(auth::login_form).post(auth::login))
        .at("/logout", post(auth::logout))
        .at("/second-factor", get(second_factor::page).post(second_factor::submit))
        .at("/lang", post(auth::set_lang))
        .at("/search", post(lookup::search))
        .at("/people/:id", get(lookup::person))
        .at("/people/:id/reveal", post(lookup::reveal))
        .at("/people/:id/tickets", post(work::phone_ticket))
        .at("/people/:id/resend", post(work::resend))
        .at("/people/:id/phone", post(work::phone_start))
        .at("/people/:id/correction", post(work::correction))
        .at("/people/:id/phone/confirm", post(work::phone_confirm))
        .at("/next", post(work::next))
        .at("/tickets/:number", get(work::ticket))
        .at("/tickets/:number/messages", post(work::message))
        .at("/tickets/:number/status", post(work::status))
        .at("/tickets/:number/take", post(work::take))
        .at("/tickets/:number/merge", post(work::merge))
        .at("/tickets/:number/split", post(work::split))
        .at("/tickets/:number/attachments/:id", get(work::attachment))
        .at("/corrections", get(review::queue))
        .at("/corrections/:id", get(review::detail))
        .at("/corrections/:id/evidence/:file", get(review::evidence))
        .at("/corrections/:id/:verdict", post(review::decide))
        .at("/static/desk.js", get(script))
        .around(errors_as_pages)
}

fn catalog(lang: &str) -> &'static HashMap<String, String> {
    static ID: OnceLock<HashMap<String, String>> = OnceLock::new();
    static EN: OnceLock<HashMap<String, String>> = OnceLock::new();
    let load =
        |src: &str| toml::from_str::<HashMap<String, String>>(src).expect("embedded desk strings parse");
    if lang == "en" {
        EN.get_or_init(|| load(include_str!("../../templates/desk/strings.en.toml")))
    } else {
        ID.get_or_init(|| load(include_str!("../../templates/desk/strings.id.toml")))
    }
}

pub fn lang(req: &Request) -> &'static str {
    match super::portal::web::cookie(req, LANG) {
        Some("en") => "en",
        _ => "id",
    }
}

/// A `Set-Cookie` for the desk: HttpOnly (but the language), Strict, under /desk.
pub fn set_cookie(cx: &Context, name: &str, value: &str, max_age: Option<u64>) -> String {
    let secure = if cx.config.server.public_url.scheme() == "https" { "; Secure" } else { "" };
    let age = max_age.map(|s| format!("; Max-Age={s}")).unwrap_or_default();
    let js = if name == LANG { "" } else { "; HttpOnly" };
    format!("{name}={value}; Path=/desk; SameSite=Strict{js}{secure}{age}")
}

/// The signed-in agent of a request, from its session cookie.
pub struct Agent {
    pub session: DeskSession,
    pub token: String,
}

impl Agent {
    /// The agent of a session that owes nothing: password and, where needed, the
    /// second factor given.
    pub async fn of(cx: &Context, req: &Request) -> Result<Self, DeskError> {
        let agent = Self::pending(cx, req).await?;
        if agent.session.stage != crate::service::second_factor::Stage::Done {
            return Err(DeskError::SecondFactor);
        }
        Ok(agent)
    }

    /// The agent of a session that may still owe its second factor (the pages that
    /// take it).
    pub async fn pending(cx: &Context, req: &Request) -> Result<Self, DeskError> {
        let token =
            super::portal::web::cookie(req, SESSION).filter(|t| !t.is_empty()).ok_or(DeskError::SignIn)?;
        let session = crate::service::desk::session(cx, token).await?.ok_or(DeskError::SignIn)?;
        Ok(Self { session, token: token.to_string() })
    }

    pub fn actor(&self, via: Via) -> StaffActor {
        StaffActor::from_staff(&self.session.staff, via)
    }

    /// A form's CSRF field matches the session's token.
    pub fn csrf_ok(&self, field: Option<&str>) -> bool {
        let expected = self.session.csrf.as_bytes();
        field.is_some_and(|f| {
            f.len() == expected.len() && f.bytes().zip(expected).fold(0u8, |a, (x, y)| a | (x ^ y)) == 0
        })
    }

    pub fn check(&self, f: &HashMap<String, String>) -> Result<(), DeskError> {
        if self.csrf_ok(f.get("csrf").map(String::as_str)) {
            Ok(())
        } else {
            Err(DeskError::Csrf)
        }
    }
}

/// What a desk handler can fail with; rendered as a page (or a redirect to sign in).
#[derive(Debug)]
pub enum DeskError {
    SignIn,
    /// Signed in with the password; the second factor is still owed.
    SecondFactor,
    Csrf,
    Service(ServiceError),
}

impl From<ServiceError> for DeskError {
    fn from(e: ServiceError) -> Self {
        DeskError::Service(e)
    }
}

pub type DeskResult<T = Response> = Result<T, DeskError>;

/// The desk's pages forbid everything but their own scripts.
const DESK_CSP: &str =
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; \
                        img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub use crate::http::page::Page;

impl Page {
    /// A desk page: its strings in the agent's language and, once signed in, the agent
    /// and their CSRF token.
    pub fn desk(req: &Request, agent: Option<&Agent>, template: &'static str) -> Self {
        let lang = lang(req);
        let mut p =
            Page::new(template, DESK_CSP, "<!doctype html><title>Error</title><p>Terjadi kesalahan.</p>")
                .with("lang", lang)
                .with("s", catalog(lang))
                .with("path", req.original_uri().path());
        if let Some(a) = agent {
            p = p
                .with("csrf", &a.session.csrf)
                .with("me", a.session.staff.name.as_str())
                .with("role", a.session.staff.role.as_str())
                .with("supervisor", a.session.staff.role.at_least(crate::domain::Role::Supervisor));
        }
        p
    }
}

pub fn html(status: StatusCode, body: String) -> Response {
    crate::http::page::builder(status, DESK_CSP).body(body)
}

/// A stored file for staff (evidence, a mail attachment): never cached, never sniffed,
/// sandboxed so it can never run as a page of the desk; streamed as the store reads it.
pub fn file(content_type: &str, disposition: &str, filename: &str, file: Download) -> Response {
    Response::builder()
        .content_type(content_type)
        .header(header::CONTENT_LENGTH, file.size)
        .header(header::CONTENT_DISPOSITION, format!("{disposition}; filename=\"{filename}\""))
        .header(header::CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(Body::from_bytes_stream(file.bytes))
}

pub fn see_other(location: &str) -> Response {
    Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, location)
        .header(header::CACHE_CONTROL, "no-store")
        .finish()
}

#[handler]
async fn script() -> Response {
    Response::builder()
        .content_type("text/javascript; charset=utf-8")
        .header(header::CACHE_CONTROL, "public, max-age=3600")
        .header("X-Content-Type-Options", "nosniff")
        .body(include_str!("../../templates/desk/desk.js"))
}

/// Handler errors become pages here, once: no session → the sign-in page; a stale form
/// → a notice; service errors → their status with the message.
async fn errors_as_pages<E: Endpoint>(ep: std::sync::Arc<E>, req: Request) -> poem::Result<Response> {
    let cx = req.data::<Context>().cloned();
    let path = req.original_uri().path().to_string();
    let lang = lang(&req);
    let resp = ep.call(req).await;
    let Some(cx) = cx else { return resp.map(IntoResponse::into_response) };
    let err = match resp {
        Ok(r) => return Ok(r.into_response()),
        Err(e) => e,
    };
    let de = match err.downcast::<DeskErrorBox>() {
        Ok(de) => de.0,
        Err(other) => return Ok(other.into_response()),
    };
    let s = catalog(lang);
    let (status, text) = match de {
        DeskError::SignIn => {
            let next = if path.starts_with("/desk") && !path.starts_with("/desk/login") {
                path.as_str()
            } else {
                "/desk"
            };
            return Ok(see_other(&format!("/desk/login?next={}", url_escape(next))));
        }
        DeskError::SecondFactor => return Ok(see_other("/desk/second-factor")),
        DeskError::Csrf => (StatusCode::FORBIDDEN, s["stale_form"].clone()),
        DeskError::Service(e) => service_status(e),
    };
    let mut t = tera::Context::new();
    t.insert("lang", lang);
    t.insert("s", s);
    t.insert("path", &path);
    t.insert("message", &text);
    t.insert("status", &status.as_u16());
    let body = cx.templates.render("desk/error.html", &t).unwrap_or_else(|_| text.clone());
    Ok(html(status, body))
}

/// The status and the message an agent sees for a service error (internal details
/// stay in the log, as in the API).
fn service_status(e: ServiceError) -> (StatusCode, String) {
    let msg = e.to_string();
    match e {
        ServiceError::NotFound { .. } => (StatusCode::NOT_FOUND, msg),
        ServiceError::Conflict(_) | ServiceError::InvalidTransition(_) => (StatusCode::CONFLICT, msg),
        ServiceError::Invalid { .. } => (StatusCode::UNPROCESSABLE_ENTITY, msg),
        ServiceError::Unauthorized => (StatusCode::UNAUTHORIZED, msg),
        ServiceError::Forbidden(_) => (StatusCode::FORBIDDEN, msg),
        ServiceError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, msg),
        ServiceError::Unavailable(_) => {
            tracing::warn!(error = %msg, "dependency unavailable");
            (StatusCode::SERVICE_UNAVAILABLE, "a dependency is unavailable; retry in a moment".into())
        }
        ServiceError::Internal(err) => {
            tracing::error!(error = ?err, "internal error");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal error; quote the x-request-id header when reporting it".into(),
            )
        }
    }
}

/// Carries a `DeskError` through poem's error type to `errors_as_pages`.
#[derive(Debug)]
pub struct DeskErrorBox(pub DeskError);

impl std::fmt::Display for DeskErrorBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl std::error::Error for DeskErrorBox {}

impl poem::error::ResponseError for DeskErrorBox {
    fn status(&self) -> StatusCode {
        StatusCode::INTERNAL_SERVER_ERROR
    }
}

/// Turns a handler's result into what poem expects.
pub fn respond(r: DeskResult) -> poem::Result<Response> {
    r.map_err(desk_error)
}

/// A desk error on its way out: rendered as a page by the desk's error handler.
fn desk_error(e: DeskError) -> poem::Error {
    poem::Error::new(DeskErrorBox(e), StatusCode::INTERNAL_SERVER_ERROR)
}

/// A form post from a signed-in agent (second factor given) whose CSRF field matches
/// their session: the agent and the form's fields. A refusal answers as a handler's own
/// errors do (`respond`).
pub struct SignedForm {
    pub agent: Agent,
    pub form: HashMap<String, String>,
}

impl<'a> poem::FromRequest<'a> for SignedForm {
    async fn from_request(req: &'a Request, body: &mut poem::RequestBody) -> poem::Result<Self> {
        let poem::web::Form(form) =
            poem::web::Form::<HashMap<String, String>>::from_request(req, body).await?;
        let cx = req
            .data::<Context>()
            .ok_or_else(|| poem::Error::from_status(StatusCode::INTERNAL_SERVER_ERROR))?;
        let agent = Agent::of(cx, req).await.map_err(desk_error)?;
        agent.check(&form).map_err(desk_error)?;
        Ok(Self { agent, form })
    }
}

pub fn url_escape(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The language switch for the desk.
pub(crate) fn lang_cookie(cx: &Context, lang: &str) -> String {
    set_cookie(cx, LANG, if lang == "en" { "en" } else { "id" }, Some(365 * 24 * 3600))
}
