//! Signing in and out, and the language switch.

use std::collections::HashMap;

use poem::http::{header, StatusCode};
use poem::web::{Data, Form, Query};
use poem::{handler, Request, Response};

use super::{respond, see_other, set_cookie, Agent, DeskError, DeskResult, Page, SignedForm, SESSION};
use crate::error::ServiceError;
use crate::service::{desk, Context};

/// Where to go after signing in: a desk page, never another site.
fn safe_next(next: Option<&String>) -> String {
    next.filter(|n| n.starts_with("/desk") && !n.starts_with("//") && !n.contains("://") && !n.contains('\\'))
        .cloned()
        .unwrap_or_else(|| "/desk".into())
}

#[handler]
pub async fn login_form(
    req: &Request,
    cx: Data<&Context>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    login_page(&cx, req, &safe_next(q.get("next")), None, StatusCode::OK)
}

fn login_page(
    cx: &Context,
    req: &Request,
    next: &str,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    // The sign-in form is bound to the browser's CSRF cookie (there is no session yet).
    let mut cookies = Vec::new();
    let csrf_cookie = match crate::http::portal::web::cookie(req, crate::http::portal::web::CSRF)
        .filter(|c| c.len() >= 32)
    {
        Some(c) => c.to_string(),
        None => {
            let fresh = crate::service::otp::new_token();
            cookies.push(crate::http::portal::web::set_cookie(
                cx,
                crate::http::portal::web::CSRF,
                &fresh,
                None,
            ));
            fresh
        }
    };
    let mut resp = Page::desk(req, None, "desk/login.html")
        .with("csrf", crate::http::portal::web::csrf_token(cx, &csrf_cookie))
        .with("next", next)
        .with("error", error)
        .status(status)
        .render(cx);
    for c in cookies {
        if let Ok(v) = c.parse() {
            resp.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    resp
}

#[handler]
pub async fn login(req: &Request, cx: Data<&Context>, Form(f): Form<HashMap<String, String>>) -> Response {
    let next = safe_next(f.get("next"));
    let s = |k: &str| super::catalog(super::lang(req))[k].clone();
    if !crate::http::portal::web::csrf_ok(&cx, req, f.get("csrf").map(String::as_str)) {
        return login_page(&cx, req, &next, Some(s("stale_form")), StatusCode::FORBIDDEN);
    }
    let name = f.get("name").map(String::as_str).unwrap_or_default();
    let password = f.get("password").cloned().unwrap_or_default();
    let ip = crate::http::portal::web::client(&cx, req).ip;
    match desk::sign_in(&cx, name, password, &ip).await {
        Ok((token, _)) => {
            let mut r = see_other(&next);
            let max = cx.config.desk.max_session.as_secs();
            if let Ok(v) = set_cookie(&cx, SESSION, &token, Some(max)).parse() {
                r.headers_mut().append(header::SET_COOKIE, v);
            }
            r
        }
        Err(ServiceError::RateLimited { .. }) => {
            login_page(&cx, req, &next, Some(s("sign_in_limited")), StatusCode::TOO_MANY_REQUESTS)
        }
        Err(ServiceError::Unauthorized) => {
            login_page(&cx, req, &next, Some(s("sign_in_failed")), StatusCode::UNAUTHORIZED)
        }
        Err(e) => {
            tracing::error!(error = %e, "desk sign-in failed");
            login_page(&cx, req, &next, Some(s("try_again")), StatusCode::SERVICE_UNAVAILABLE)
        }
    }
}

#[handler]
pub async fn logout(
    req: &Request,
    cx: Data<&Context>,
    Form(f): Form<HashMap<String, String>>,
) -> poem::Result<Response> {
    respond(logout_inner(req, &cx, &f).await)
}

async fn logout_inner(req: &Request, cx: &Context, f: &HashMap<String, String>) -> DeskResult {
    // A session that still owes its second factor may sign out too.
    let agent = Agent::pending(cx, req).await?;
    agent.check(f)?;
    desk::sign_out(cx, &agent.token, &agent.session.staff).await?;
    let mut r = see_other("/desk/login?signed_out=1");
    if let Ok(v) = set_cookie(cx, SESSION, "", Some(0)).parse() {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}

#[handler]
pub async fn set_lang(cx: Data<&Context>, SignedForm { form: f, .. }: SignedForm) -> poem::Result<Response> {
    respond(
        async {
            let back = f.get("back").filter(|b| b.starts_with("/desk") && !b.starts_with("//")).cloned();
            let mut r = see_other(back.as_deref().unwrap_or("/desk"));
            let lang = f.get("lang").map(String::as_str).unwrap_or("id");
            if let Ok(v) = super::lang_cookie(&cx, lang).parse() {
                r.headers_mut().append(header::SET_COOKIE, v);
            }
            Ok::<_, DeskError>(r)
        }
        .await,
    )
}
