//! The second factor after the password: a code from the authenticator app (or a
//! recovery code), or, for a role that needs one and has none yet, the enrolment.

use std::collections::HashMap;

use poem::http::StatusCode;
use poem::web::{Data, Form};
use poem::{handler, Request, Response};

use super::{respond, see_other, Agent, DeskResult, Page};
use crate::error::ServiceError;
use crate::service::second_factor::{self, Stage};
use crate::service::Context;

#[handler]
pub async fn page(req: &Request, cx: Data<&Context>) -> poem::Result<Response> {
    respond(page_inner(req, &cx, None).await)
}

async fn page_inner(req: &Request, cx: &Context, error: Option<String>) -> DeskResult {
    let agent = Agent::pending(cx, req).await?;
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    if agent.session.stage == Stage::Code {
        return Ok(Page::new(req, Some(&agent), "desk/second_factor.html")
            .with("mode", "code")
            .with("error", error)
            .status(status)
            .render(cx));
    }
    // Owed, or offered to anyone who has none; a member whose factor is on already has
    // nothing to set up.
    let e = match second_factor::begin_enrolment(cx, &agent.session.staff).await {
        Ok(e) => e,
        Err(ServiceError::Conflict(_)) if agent.session.stage == Stage::Done => {
            return Ok(see_other("/desk"))
        }
        Err(e) => return Err(e.into()),
    };
    Ok(Page::new(req, Some(&agent), "desk/second_factor.html")
        .with("mode", "enrol")
        .with("secret", e.secret)
        .with("uri", e.uri)
        .with("error", error)
        .status(status)
        .render(cx))
}

#[handler]
pub async fn submit(
    req: &Request,
    cx: Data<&Context>,
    Form(f): Form<HashMap<String, String>>,
) -> poem::Result<Response> {
    respond(
        async {
            let agent = Agent::pending(&cx, req).await?;
            agent.check(&f)?;
            let code = f.get("code").map(|c| c.trim().to_string()).unwrap_or_default();
            let s = super::catalog(super::lang(req));
            let staff = &agent.session.staff;
            if f.get("mode").map(String::as_str) == Some("enrol") {
                return match second_factor::finish_enrolment(&cx, staff, &code, &agent.token).await {
                    Ok(codes) => Ok(Page::new(req, Some(&agent), "desk/second_factor.html")
                        .with("mode", "recovery")
                        .with("codes", codes)
                        .render(&cx)),
                    Err(ServiceError::Invalid { .. }) => {
                        page_inner(req, &cx, Some(s["second_factor_wrong"].clone())).await
                    }
                    Err(e) => Err(e.into()),
                };
            }
            if second_factor::verify(&cx, staff, &code, &agent.token).await? {
                Ok(see_other("/desk"))
            } else {
                page_inner(req, &cx, Some(s["second_factor_wrong"].clone())).await
            }
        }
        .await,
    )
}
