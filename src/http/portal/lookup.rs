//! Status check and identity verification pages.

use poem::http::StatusCode;
use poem::web::{Data, Form};
use poem::{handler, Request, Response};

use super::code_step::CodeStep;
use super::forms::{self, Errors, Fields};
use super::web::{self, Page};
use super::{csrf_page, error_page};
use crate::domain::identity::{IdentityClaim, StatusQuery};
use crate::service::portal::lookup::{self, Confirmed, Status};
use crate::service::Context;

const CODE: CodeStep = CodeStep { action: "/portal/verify/code", sent: "code_sent" };

#[handler]
pub async fn status_form(req: &Request, cx: Data<&Context>) -> Response {
    forms::with_question(&cx, req, Page::portal(&cx, req, "portal/status.html")).render(&cx)
}

fn status_again(cx: &Context, req: &Request, f: &Fields, errors: Errors) -> Response {
    let page = Page::portal(cx, req, "portal/status.html")
        .status(StatusCode::UNPROCESSABLE_ENTITY)
        .with("form", f)
        .with("errors", &errors.map);
    forms::with_question(cx, req, page).render(cx)
}

#[handler]
pub async fn status_submit(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    let mut errors = Errors::new(req);
    if forms::guard(&cx, req, &f, &mut errors, true).await.is_err() {
        return csrf_page(&cx, req);
    }
    let nik = errors.nik(&f, "nik");
    let name = errors.required(&f, "full_name");
    let (Some(nik), Some(full_name), true) = (nik, name, errors.is_empty()) else {
        return status_again(&cx, req, &f, errors);
    };
    let client = web::client(&cx, req);
    let started = std::time::Instant::now();
    let result = lookup::check_status(&cx, &client, StatusQuery { nik, full_name }).await;
    web::pace(&cx, started).await;
    match result {
        Ok(status) => {
            let (result, phone) = match status {
                Status::Processing => ("processing", String::new()),
                Status::NoPhone => ("no_phone", String::new()),
                Status::Sent { phone_masked } => ("sent", phone_masked),
            };
            Page::portal(&cx, req, "portal/status.html")
                .with("result", result)
                .with("phone", phone)
                .render(&cx)
        }
        Err(e) => error_page(&cx, req, e),
    }
}

/// Vaccine brands for the select: (code, name).
pub(super) async fn vaccines(cx: &Context) -> Vec<(String, String)> {
    crate::service::records::vaccines(cx)
        .await
        .map(|v| v.into_iter().map(|v| (v.code, v.name)).collect())
        .unwrap_or_default()
}

pub(super) async fn identity_page(
    cx: &Context,
    req: &Request,
    template: &'static str,
    f: Option<&Fields>,
    errors: Option<Errors>,
) -> Response {
    let mut page = Page::portal(cx, req, template)
        .with("vaccines", vaccines(cx).await)
        .with("max_mb", (cx.config.portal.max_upload_bytes / (1024 * 1024)).max(1).to_string());
    if let Some(f) = f {
        page = page.with("form", f);
    }
    if let Some(e) = errors {
        page = page.status(StatusCode::UNPROCESSABLE_ENTITY).with("errors", &e.map);
    }
    forms::with_question(cx, req, page).render(cx)
}

/// The five identity facts from a form.
pub(super) fn claim(errors: &mut Errors, f: &Fields) -> Option<IdentityClaim> {
    let nik = errors.nik(f, "nik");
    let full_name = errors.required(f, "full_name");
    let birth_date = errors.date(f, "birth_date");
    let vaccinated_on = errors.date(f, "vaccinated_on");
    let vaccine = errors.required(f, "vaccine");
    Some(IdentityClaim {
        nik: nik?,
        full_name: full_name?,
        birth_date: birth_date?,
        vaccinated_on: vaccinated_on?,
        vaccine: vaccine?,
    })
}

#[handler]
pub async fn verify_form(req: &Request, cx: Data<&Context>) -> Response {
    identity_page(&cx, req, "portal/verify.html", None, None).await
}

#[handler]
pub async fn verify_submit(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    let mut errors = Errors::new(req);
    if forms::guard(&cx, req, &f, &mut errors, true).await.is_err() {
        return csrf_page(&cx, req);
    }
    let claim = claim(&mut errors, &f);
    let (Some(claim), true) = (claim, errors.is_empty()) else {
        return identity_page(&cx, req, "portal/verify.html", Some(&f), Some(errors)).await;
    };
    let client = web::client(&cx, req);
    let started = std::time::Instant::now();
    let result = lookup::start_identity(&cx, &client, claim).await;
    web::pace(&cx, started).await;
    CODE.started(&cx, req, result)
}

#[handler]
pub async fn code_form(req: &Request, cx: Data<&Context>) -> Response {
    CODE.page(&cx, req, Errors::new(req))
}

#[handler]
pub async fn code_submit(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    let (code, flow) = match CODE.read(&cx, req, &f) {
        Ok(read) => read,
        Err(page) => return *page,
    };
    let client = web::client(&cx, req);
    let started = std::time::Instant::now();
    let result = lookup::confirm_identity(&cx, &client, flow, &code).await;
    web::pace(&cx, started).await;
    match result {
        Ok(Confirmed::Session(token)) => web::into_session(&cx, "/portal/me", &token),
        Ok(Confirmed::Refused(r)) => CODE.refused(&cx, req, r),
        Err(e) => error_page(&cx, req, e),
    }
}

#[handler]
pub async fn code_resend(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    CODE.resend(&cx, req, &f).await
}
