//! The second factor after the password: a code from the authenticator app (or a
//! recovery code), or, for a role that needs one and has none yet, the enrolment.

use std::collections::HashMap;

use poem::http::StatusCode;
use poem::web::{Data, Form};
use poem::{handler, Request, Response};

use super::{respond, see_other, Agent, DeskResult, Page};
use crate::error::ServiceError;
use crate::service::second_factor::{self, EnrolStep, Stage};
use crate::service::Context;

#[handler]
pub async fn page(req: &Request, cx: Data<&Context>) -> poem::Result<Response> {
    respond(page_inner(req, &cx, None, None).await)
}

/// The page for where the member stands; `enrolment_code` is the admin's code typed
/// in this session (carried along while the secret is shown).
async fn page_inner(
    req: &Request,
    cx: &Context,
    error: Option<String>,
    enrolment_code: Option<&str>,
) -> DeskResult {
    let agent = Agent::pending(cx, req).await?;
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    if agent.session.stage == Stage::Code {
        return Ok(Page::desk(req, Some(&agent), "desk/second_factor.html")
            .with("mode", "code")
            .with("error", error)
            .status(status)
            .render(cx));
    }
    // Owed, or offered to anyone who has none; a member whose factor is on already has
    // nothing to set up.
    let step = second_factor::begin_enrolment(cx, &agent.session.staff, enrolment_code, &agent.token).await;
    let unlock = |error: Option<String>| {
        let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
        Page::desk(req, Some(&agent), "desk/second_factor.html")
            .with("mode", "unlock")
            .with("error", error)
            .status(status)
            .render(cx)
    };
    let e = match step {
        Ok(EnrolStep::Show(e)) => e,
        Ok(EnrolStep::NeedCode) => return Ok(unlock(error)),
        Err(ServiceError::Invalid { .. }) => {
            let s = super::catalog(super::lang(req));
            return Ok(unlock(Some(s["enrolment_code_wrong"].clone())));
        }
        Err(ServiceError::Conflict(_)) if agent.session.stage == Stage::Done => {
            return Ok(see_other("/desk"))
        }
        Err(e) => return Err(e.into()),
    };
    Ok(Page::desk(req, Some(&agent), "desk/second_factor.html")
        .with("mode", "enrol")
        .with("secret", e.secret)
        .with("uri", e.uri)
        .with("enrolment_code", enrolment_code)
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
            let enrolment_code = f.get("enrolment_code").map(|c| c.trim()).filter(|c| !c.is_empty());
            match f.get("mode").map(String::as_str) {
                Some("unlock") => {
                    return page_inner(req, &cx, None, Some(enrolment_code.unwrap_or("-"))).await
                }
                Some("enrol") => {
                    return match second_factor::finish_enrolment(
                        &cx,
                        staff,
                        &code,
                        enrolment_code,
                        &agent.token,
                    )
                    .await
                    {
                        Ok(codes) => Ok(Page::desk(req, Some(&agent), "desk/second_factor.html")
                            .with("mode", "recovery")
                            .with("codes", codes)
                            .render(&cx)),
                        Err(ServiceError::Invalid { field, .. }) if field == "enrolment_code" => {
                            page_inner(req, &cx, Some(s["enrolment_code_wrong"].clone()), None).await
                        }
                        Err(ServiceError::Invalid { .. }) => {
                            page_inner(req, &cx, Some(s["second_factor_wrong"].clone()), enrolment_code).await
                        }
                        Err(e) => Err(e.into()),
                    };
                }
                _ => {}
            }
            if second_factor::verify(&cx, staff, &code, &agent.token).await? {
                Ok(see_other("/desk"))
            } else {
                page_inner(req, &cx, Some(s["second_factor_wrong"].clone()), None).await
            }
        }
        .await,
    )
}
