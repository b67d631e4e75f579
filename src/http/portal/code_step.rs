//! The code step the three portal flows share (identity, following a ticket, a phone
//! change): the flow's cookie after its first step, the page where the code is typed,
//! reading it, "send it again", and a refused code.

use poem::http::StatusCode;
use poem::{Request, Response};

use super::forms::{self, Errors};
use super::{csrf_page, error_page, web, Page};
use crate::domain::{OtpCode, OtpRefusal};
use crate::error::{ServiceError, ServiceResult};
use crate::service::Context;

/// One flow's code step: where its form posts and what its page says was sent.
pub struct CodeStep {
    pub action: &'static str,
    /// The text key of "we sent a code to …".
    pub sent: &'static str,
}

impl CodeStep {
    /// After the flow's first step: on to the code page, the flow in a cookie (the
    /// same answer whether or not a code went out), or the error.
    pub fn started(&self, cx: &Context, req: &Request, flow: ServiceResult<String>) -> Response {
        match flow {
            Ok(flow) => web::see_other(
                self.action,
                vec![web::set_cookie(cx, web::FLOW, &flow, Some(cx.config.portal.code_ttl.as_secs()))],
            ),
            Err(e) => error_page(cx, req, e),
        }
    }

    /// The page where the code is typed.
    pub fn page(&self, cx: &Context, req: &Request, errors: Errors) -> Response {
        let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
        self.form(cx, req).status(status).with("errors", &errors.map).render(cx)
    }

    /// The code form, before its errors or notice.
    fn form(&self, cx: &Context, req: &Request) -> Page {
        Page::portal(cx, req, "portal/code.html")
            .with("action", self.action)
            .with("sent_text", web::text(web::lang(req), self.sent))
            .with("show_no_code", self.action == "/portal/verify/code")
    }

    /// The typed code and the flow it belongs to, or the page to answer with (a failed
    /// CSRF check, a code that is not six digits).
    pub fn read<'r>(
        &self,
        cx: &Context,
        req: &'r Request,
        f: &forms::Fields,
    ) -> Result<(OtpCode, &'r str), Box<Response>> {
        if !web::csrf_ok(cx, req, f.get("csrf").map(String::as_str)) {
            return Err(Box::new(csrf_page(cx, req)));
        }
        match OtpCode::parse(f.get("code").map(String::as_str).unwrap_or_default()) {
            Ok(code) => Ok((code, web::cookie(req, web::FLOW).unwrap_or_default())),
            Err(_) => {
                let mut errors = Errors::new(req);
                errors.add_text(
                    "code",
                    web::text(web::lang(req), "wrong_code").replace(": {n}", "").replace("{n}", ""),
                );
                Err(Box::new(self.page(cx, req, errors)))
            }
        }
    }

    /// A code the service refused: typed wrong (attempts left shown), or used up.
    pub fn refused(&self, cx: &Context, req: &Request, r: OtpRefusal) -> Response {
        let lang = web::lang(req);
        match r {
            OtpRefusal::Wrong { attempts_left } => {
                let mut errors = Errors::new(req);
                errors.add_text(
                    "code",
                    web::text(lang, "wrong_code").replace("{n}", &attempts_left.to_string()),
                );
                self.page(cx, req, errors)
            }
            _ => Page::portal(cx, req, "portal/message.html")
                .status(StatusCode::UNPROCESSABLE_ENTITY)
                .with("title", web::text(lang, "code_title"))
                .with("text", web::text(lang, "code_void"))
                .with("tone", "warn")
                .cookie(web::clear_cookie(cx, web::FLOW))
                .render(cx),
        }
    }

    /// "Send the code again": the same page whether or not anything was sent.
    pub async fn resend(&self, cx: &Context, req: &Request, f: &forms::Fields) -> Response {
        let started = std::time::Instant::now();
        if !web::csrf_ok(cx, req, f.get("csrf").map(String::as_str)) {
            return csrf_page(cx, req);
        }
        let Some(flow) = web::cookie(req, web::FLOW) else {
            return error_page(cx, req, ServiceError::NotFound { what: "code" });
        };
        let outcome = crate::service::otp::resend(cx, flow, &web::client(cx, req).ip).await;
        // A resend that sends and one that has nowhere to send leave at the same time.
        web::pace(cx, started).await;
        match outcome {
            Ok(()) | Err(ServiceError::NotFound { .. }) => {
                self.form(cx, req).with("notice", web::text(web::lang(req), "resent")).render(cx)
            }
            Err(e) => error_page(cx, req, e),
        }
    }
}
