//! A verified citizen's pages: certificates, resend, download.

use poem::web::{Data, Form, Path};
use poem::{handler, Request, Response};
use uuid::Uuid;

use super::forms::Fields;
use super::web::{self, Page};
use super::{csrf_page, error_page};
use crate::domain::PersonId;
use crate::error::ServiceError;
use crate::service::portal::account;
use crate::service::Context;

/// The verified person behind the session cookie, or the "session over" page.
pub(super) async fn verified(cx: &Context, req: &Request) -> Result<(String, PersonId), Response> {
    let Some(token) = web::cookie(req, web::SESSION) else {
        return Err(web::see_other("/portal/verify", vec![]));
    };
    match account::person_session(cx, token).await {
        Ok((_, person)) => Ok((token.to_string(), person)),
        Err(ServiceError::Unauthorized) => {
            Err(web::see_other("/portal/verify", vec![web::clear_cookie(cx, web::SESSION)]))
        }
        Err(e) => Err(error_page(cx, req, e)),
    }
}

async fn me_page(cx: &Context, req: &Request, person: PersonId, notice: Option<String>) -> Response {
    let o = match account::overview(cx, person).await {
        Ok(o) => o,
        Err(e) => return error_page(cx, req, e),
    };
    let certs: Vec<_> = o
        .certificates
        .iter()
        .map(|c| {
            serde_json::json!({
                "id": c.id, "dose": c.payload.dose, "version": c.version, "vaccine": c.payload.vaccine_name,
                "date": c.payload.vaccinated_on.format("%d-%m-%Y").to_string(),
            })
        })
        .collect();
    Page::portal(cx, req, "portal/me.html")
        .with("name", &o.full_name)
        .with("phone", &o.phone_masked)
        .with("certs", certs)
        .with("notice", notice)
        .with("notice_tone", "ok")
        .render(cx)
}

#[handler]
pub async fn me(req: &Request, cx: Data<&Context>) -> Response {
    match verified(&cx, req).await {
        Ok((_, person)) => me_page(&cx, req, person, None).await,
        Err(r) => r,
    }
}

#[handler]
pub async fn resend(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    if !web::csrf_ok(&cx, req, f.get("csrf").map(String::as_str)) {
        return csrf_page(&cx, req);
    }
    let (token, person) = match verified(&cx, req).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let client = web::client(&cx, req);
    match account::resend_sms(&cx, &client, &token, person).await {
        Ok(_) => me_page(&cx, req, person, Some(web::text(web::lang(req), "resend_done"))).await,
        Err(e) => error_page(&cx, req, e),
    }
}

#[handler]
pub async fn certificate_page(req: &Request, cx: Data<&Context>, Path(id): Path<Uuid>) -> Response {
    let (_, person) = match verified(&cx, req).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    match account::certificate(&cx, &web::client(&cx, req), person, id, "certificate.view").await {
        Ok(c) => crate::http::public::certificate_html(&cx, &c, &format!("{id}/pdf")),
        Err(e) => error_page(&cx, req, e),
    }
}

#[handler]
pub async fn certificate_pdf(req: &Request, cx: Data<&Context>, Path(id): Path<Uuid>) -> Response {
    let (_, person) = match verified(&cx, req).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    match account::certificate(&cx, &web::client(&cx, req), person, id, "certificate.download").await {
        Ok(c) => crate::http::public::certificate_pdf_response(&cx, &c),
        Err(e) => error_page(&cx, req, e),
    }
}
