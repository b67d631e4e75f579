//! Complaint form and following a ticket.

use poem::http::StatusCode;
use poem::web::{Data, Form};
use poem::{handler, Request, Response};

use super::code_step::CodeStep;
use super::forms::{self, Errors, Fields};
use super::web::{self, Page};
use super::{csrf_page, error_page};
use crate::domain::{EmailAddress, Text, TicketNumber, BODY_MAX};
use crate::error::ServiceError;
use crate::service::portal::follow::{self, Complaint, Followed};
use crate::service::Context;

const CODE: CodeStep = CodeStep { action: "/portal/follow/code", sent: "code_sent_ticket" };

fn complaint_again(cx: &Context, req: &Request, f: &Fields, errors: Errors) -> Response {
    let page = Page::portal(cx, req, "portal/complaint.html")
        .status(StatusCode::UNPROCESSABLE_ENTITY)
        .with("form", f)
        .with("errors", &errors.map);
    forms::with_question(cx, req, page).render(cx)
}

#[handler]
pub async fn complaint_form(req: &Request, cx: Data<&Context>) -> Response {
    forms::with_question(&cx, req, Page::portal(&cx, req, "portal/complaint.html")).render(&cx)
}

#[handler]
pub async fn complaint_submit(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    let mut errors = Errors::new(req);
    if forms::guard(&cx, req, &f, &mut errors, true).await.is_err() {
        return csrf_page(&cx, req);
    }
    let name = errors.required(&f, "name");
    let message = errors.required(&f, "message");
    let present = |k: &str| f.get(k).is_some_and(|v| !v.trim().is_empty());
    let phone = if present("phone") { errors.phone(&f, "phone") } else { None };
    let email = if present("email") {
        EmailAddress::parse(f.get("email").map(String::as_str).unwrap_or_default())
            .map_err(|e| errors.add_text("email", e.to_string()))
            .ok()
    } else {
        None
    };
    let nik = if present("nik") { errors.nik(&f, "nik") } else { None };
    if !present("phone") && !present("email") {
        errors.add("phone", "err_required");
    }
    let (Some(name), Some(message), true) = (name, message, errors.is_empty()) else {
        return complaint_again(&cx, req, &f, errors);
    };
    let complaint = Complaint { name, email, phone, nik, message: message.chars().take(BODY_MAX).collect() };
    match follow::file_complaint(&cx, &web::client(&cx, req), complaint).await {
        Ok(number) => {
            Page::portal(&cx, req, "portal/done.html").with("number", number.to_string()).render(&cx)
        }
        Err(ServiceError::Invalid { field, reason }) => {
            let mut errors = Errors::new(req);
            errors.add_text(&field, reason);
            complaint_again(&cx, req, &f, errors)
        }
        Err(e) => error_page(&cx, req, e),
    }
}

#[handler]
pub async fn follow_form(req: &Request, cx: Data<&Context>) -> Response {
    forms::with_question(&cx, req, Page::portal(&cx, req, "portal/follow.html")).render(&cx)
}

#[handler]
pub async fn follow_submit(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    let mut errors = Errors::new(req);
    if forms::guard(&cx, req, &f, &mut errors, true).await.is_err() {
        return csrf_page(&cx, req);
    }
    let number = errors.required(&f, "number").and_then(|n| {
        TicketNumber::parse(&n.trim().to_ascii_uppercase())
            .map_err(|e| errors.add_text("number", e.to_string()))
            .ok()
    });
    let (Some(number), true) = (number, errors.is_empty()) else {
        let page = Page::portal(&cx, req, "portal/follow.html")
            .status(StatusCode::UNPROCESSABLE_ENTITY)
            .with("form", &f)
            .with("errors", &errors.map);
        return forms::with_question(&cx, req, page).render(&cx);
    };
    let started = std::time::Instant::now();
    let result = follow::start_follow(&cx, &web::client(&cx, req), &number).await;
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
    match follow::confirm_follow(&cx, &web::client(&cx, req), flow, &code).await {
        Ok(Followed::Session(token)) => web::into_session(&cx, "/portal/ticket", &token),
        Ok(Followed::Refused(r)) => CODE.refused(&cx, req, r),
        Err(e) => error_page(&cx, req, e),
    }
}

#[handler]
pub async fn code_resend(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    CODE.resend(&cx, req, &f).await
}

async fn ticket_page(cx: &Context, req: &Request, notice: Option<String>) -> Response {
    let Some(token) = web::cookie(req, web::SESSION) else { return web::see_other("/portal/follow", vec![]) };
    let id = match follow::ticket_session(cx, token).await {
        Ok(t) => t,
        Err(ServiceError::Unauthorized) => return web::see_other("/portal/follow", vec![]),
        Err(e) => return error_page(cx, req, e),
    };
    let th = match follow::thread(cx, &web::client(cx, req), id).await {
        Ok(t) => t,
        Err(e) => return error_page(cx, req, e),
    };
    let lang = web::lang(req);
    let messages: Vec<_> = th
        .messages
        .iter()
        .map(|(mine, text, at)| serde_json::json!({"mine": mine, "text": text, "at": crate::service::actions::wib(*at)}))
        .collect();
    Page::portal(cx, req, "portal/ticket.html")
        .with("number", th.number.to_string())
        .with("status_text", web::text(lang, &format!("s_{}", th.status)))
        .with("messages", messages)
        .with("can_reply", th.status != crate::domain::TicketStatus::Closed)
        .with("notice", notice)
        .with("notice_tone", "ok")
        .render(cx)
}

#[handler]
pub async fn ticket_view(req: &Request, cx: Data<&Context>) -> Response {
    ticket_page(&cx, req, None).await
}

#[handler]
pub async fn ticket_message(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    if !web::csrf_ok(&cx, req, f.get("csrf").map(String::as_str)) {
        return csrf_page(&cx, req);
    }
    let Some(token) = web::cookie(req, web::SESSION) else { return web::see_other("/portal/follow", vec![]) };
    let id = match follow::ticket_session(&cx, token).await {
        Ok(t) => t,
        Err(_) => return web::see_other("/portal/follow", vec![]),
    };
    let text = match Text::parse(f.get("message").map(String::as_str).unwrap_or_default(), BODY_MAX) {
        Ok(t) => t,
        Err(_) => return ticket_page(&cx, req, None).await,
    };
    match follow::add_message(&cx, &web::client(&cx, req), id, text).await {
        Ok(()) => ticket_page(&cx, req, Some(web::text(web::lang(req), "sent_ok"))).await,
        Err(e) => error_page(&cx, req, e),
    }
}
