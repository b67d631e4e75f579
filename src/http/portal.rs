//! The citizen portal: server-rendered tera pages in Bahasa Indonesia (English by a
//! switch that persists in a cookie), mobile-first, working without JavaScript, every
//! form with a CSRF token. Handlers parse forms into domain types and call one
//! `service::portal` function; errors become pages here, once.

mod account;
mod challenge;
mod code_step;
mod follow;
mod forms;
mod lookup;
mod requests;
pub mod web;

use std::collections::HashMap;

use poem::http::StatusCode;
use poem::web::{Data, Form};
use poem::{get, handler, post, Endpoint, EndpointExt, IntoResponse, Middleware, Request, Response, Route};

use crate::error::ServiceError;
use crate::service::Context;
use web::Page;

/// The portal's routes under `/portal`.
pub fn routes(cx: &Context) -> impl Endpoint {
    let max_body = max_body(&cx.config.portal);
    Route::new()
        .at("/", get(home))
        .at("/lang", post(set_lang))
        .at("/status", get(lookup::status_form).post(lookup::status_submit))
        .at("/verify", get(lookup::verify_form).post(lookup::verify_submit))
        .at("/verify/code", get(lookup::code_form).post(lookup::code_submit))
        .at("/verify/code/resend", post(lookup::code_resend))
        .at("/me", get(account::me))
        .at("/me/resend", post(account::resend))
        .at("/me/certificate/:id", get(account::certificate_page))
        .at("/me/certificate/:id/pdf", get(account::certificate_pdf))
        .at("/me/correction", get(requests::correction_form).post(requests::correction_submit))
        .at("/phone", get(requests::phone_form).post(requests::phone_submit))
        .at("/phone/code", get(requests::phone_code_form).post(requests::phone_code_submit))
        .at("/phone/code/resend", post(requests::phone_code_resend))
        .at("/complaint", get(follow::complaint_form).post(follow::complaint_submit))
        .at("/follow", get(follow::follow_form).post(follow::follow_submit))
        .at("/follow/code", get(follow::code_form).post(follow::code_submit))
        .at("/follow/code/resend", post(follow::code_resend))
        .at("/ticket", get(follow::ticket_view).post(follow::ticket_message))
        .at("/sign-out", post(sign_out))
        .around(move |ep, req| drain_over_limit(ep, req, max_body))
        .around(pages_for_errors)
}

/// The largest body a portal form may send: every file at its limit, plus the fields.
pub fn max_body(p: &crate::config::PortalConfig) -> usize {
    p.max_upload_bytes * p.max_uploads + 256 * 1024
}

/// A body over the limit is refused with a page. Up to twice the limit it is read and
/// dropped first, so a phone's browser sees the page instead of a reset connection;
/// beyond that the connection is cut at once (the plain body limit).
async fn drain_over_limit<E: Endpoint>(
    ep: std::sync::Arc<E>,
    mut req: Request,
    max: usize,
) -> poem::Result<Response> {
    let declared = crate::http::middleware::declared_length(&req);
    if declared.is_some_and(|n| n > max as u64 && n <= 2 * max as u64) {
        // Read and dropped chunk by chunk: refusing costs no memory.
        let mut body = req.take_body().into_bytes_stream();
        while let Some(Ok(_)) = futures::StreamExt::next(&mut body).await {}
        return Err(poem::Error::from_status(StatusCode::PAYLOAD_TOO_LARGE));
    }
    crate::http::middleware::BodyLimit::new(max).transform(ep).call(req).await
}

/// Errors raised before a handler runs (body too large, unparsable form) become pages.
async fn pages_for_errors<E: Endpoint>(ep: std::sync::Arc<E>, req: Request) -> poem::Result<Response> {
    let cx = req.data::<Context>().cloned();
    // What the error page needs of the request (language, CSRF cookie, path).
    let mut probe = Request::builder().uri(req.uri().clone());
    for v in req.headers().get_all(poem::http::header::COOKIE) {
        probe = probe.header(poem::http::header::COOKIE, v.clone());
    }
    let probe = probe.finish();
    match ep.call(req).await {
        Ok(r) => Ok(r.into_response()),
        Err(e) => {
            let Some(cx) = cx else { return Err(e) };
            let key = match e.status() {
                StatusCode::PAYLOAD_TOO_LARGE => "err_too_large",
                StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => "err_not_found",
                s if s.is_client_error() => "err_csrf",
                _ => "err_generic",
            };
            let lang = web::lang(&probe);
            Ok(Page::portal(&cx, &probe, "portal/message.html")
                .status(e.status())
                .with("title", web::text(lang, "err_title"))
                .with("text", web::text(lang, key))
                .with("tone", "bad")
                .render(&cx))
        }
    }
}

/// A service error as a page; the one mapping of `ServiceError` for citizens.
pub(super) fn error_page(cx: &Context, req: &Request, e: ServiceError) -> Response {
    let lang = web::lang(req);
    let (status, text, retry) = match &e {
        ServiceError::RateLimited { retry_after } => {
            let minutes = retry_after.as_secs().div_ceil(60).max(1);
            (
                StatusCode::TOO_MANY_REQUESTS,
                web::text(lang, "err_rate").replace("{n}", &minutes.to_string()),
                Some(retry_after.as_secs().max(1)),
            )
        }
        ServiceError::NotFound { .. } => (StatusCode::NOT_FOUND, web::text(lang, "err_not_found"), None),
        ServiceError::Unauthorized => (StatusCode::UNAUTHORIZED, web::text(lang, "session_over"), None),
        ServiceError::Invalid { reason, .. } | ServiceError::Conflict(reason) => {
            (StatusCode::UNPROCESSABLE_ENTITY, reason.clone(), None)
        }
        _ => {
            tracing::error!(error = %e, "portal request failed");
            (StatusCode::SERVICE_UNAVAILABLE, web::text(lang, "err_generic"), None)
        }
    };
    let mut p = Page::portal(cx, req, "portal/message.html")
        .status(status)
        .with("title", web::text(lang, "err_title"))
        .with("text", text)
        .with("tone", "bad");
    if let Some(seconds) = retry {
        p = p.header(poem::http::header::RETRY_AFTER, seconds.to_string());
    }
    p.render(cx)
}

pub(super) fn csrf_page(cx: &Context, req: &Request) -> Response {
    let lang = web::lang(req);
    Page::portal(cx, req, "portal/message.html")
        .status(StatusCode::FORBIDDEN)
        .with("title", web::text(lang, "err_title"))
        .with("text", web::text(lang, "err_csrf"))
        .with("tone", "bad")
        .with("back", req.uri().path())
        .render(cx)
}

#[handler]
async fn home(req: &Request, cx: Data<&Context>) -> Response {
    let notice = req
        .uri()
        .query()
        .filter(|q| q.contains("signed_out"))
        .map(|_| web::text(web::lang(req), "signed_out"));
    Page::portal(&cx, req, "portal/home.html").with("notice", notice).render(&cx)
}

/// The language switch: a form post (CSRF-checked), remembered for a year.
#[handler]
async fn set_lang(req: &Request, cx: Data<&Context>, Form(f): Form<HashMap<String, String>>) -> Response {
    if !web::csrf_ok(&cx, req, f.get("csrf").map(String::as_str)) {
        return csrf_page(&cx, req);
    }
    let lang = if f.get("lang").map(String::as_str) == Some("en") { "en" } else { "id" };
    // Back to the same portal page only (never an outside address).
    let back = f
        .get("back")
        .filter(|b| b.starts_with("/portal") && !b.contains("//"))
        .map_or("/portal", String::as_str);
    web::see_other(back, vec![web::set_cookie(&cx, web::LANG, lang, Some(365 * 24 * 3600))])
}

#[handler]
async fn sign_out(req: &Request, cx: Data<&Context>, Form(f): Form<HashMap<String, String>>) -> Response {
    if !web::csrf_ok(&cx, req, f.get("csrf").map(String::as_str)) {
        return csrf_page(&cx, req);
    }
    if let Some(token) = web::cookie(req, web::SESSION) {
        if let Err(e) = crate::service::portal::account::sign_out(&cx, token).await {
            return error_page(&cx, req, e);
        }
    }
    web::see_other(
        "/portal?signed_out",
        vec![web::clear_cookie(&cx, web::SESSION), web::clear_cookie(&cx, web::FLOW)],
    )
}
