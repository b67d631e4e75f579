//! What an agent does during a call: a phone ticket, a resend, a phone change by code, a correction request.

use super::*;

/// Resolves a just-filed (new) ticket with these actions: opened first, as the
/// transition table has no shortcut from new to resolved.
pub(super) async fn resolve_new(
    cx: &Context,
    actor: &crate::domain::StaffActor,
    r: TicketRef,
    actions: Vec<ResolutionAction>,
) -> DeskResult<()> {
    tickets::update(cx, actor, r, TicketChanges { status: Some(TicketStatus::Open), ..Default::default() })
        .await?;
    let ch = TicketChanges { status: Some(TicketStatus::Resolved), actions, ..Default::default() };
    tickets::update(cx, actor, r, ch).await?;
    Ok(())
}

pub(super) fn person_id(s: &str) -> Result<PersonId, ServiceError> {
    Uuid::parse_str(s).map(PersonId).map_err(|_| ServiceError::NotFound { what: "person" })
}

/// A phone-channel ticket for the caller on the line, with their story, in one step.
pub(super) async fn open_phone_ticket(
    cx: &Context,
    agent: &Agent,
    person: PersonId,
    subject: Text,
    story: Text,
    caller_phone: Option<&str>,
) -> DeskResult<crate::domain::Ticket> {
    let actor = agent.actor(Via::Phone);
    let r = people::by_id(cx, &actor, person).await?;
    let nik = crate::domain::Nik::parse(&r.person.nik).ok();
    let phone = match caller_phone.map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => {
            Some(crate::domain::PhoneNumber::parse(p).map_err(|e| ServiceError::invalid("caller_phone", e))?)
        }
        None => None,
    };
    let new = NewTicket {
        subject,
        body: story,
        channel: Channel::Phone,
        category: Category::CertificateMissing,
        priority: Priority::Normal,
        queue: QueueName::general(),
        requester: Requester { name: Some(r.person.full_name.clone()), email: None, phone },
        nik,
        tags: Vec::new(),
    };
    let thread = tickets::create(cx, &crate::domain::Actor::Staff(actor.clone()), new).await?;
    // The agent on the call owns it.
    tickets::assign(cx, &actor, TicketRef::Id(thread.ticket.id), Some(actor.id)).await?;
    Ok(thread.ticket)
}

#[handler]
pub async fn phone_ticket(
    cx: Data<&Context>,
    Path(id): Path<String>,
    SignedForm { agent, form: f }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let story = text(&f, "story", BODY_MAX)?;
            let subject = match f.get("subject").map(|s| s.trim()).filter(|s| !s.is_empty()) {
                Some(s) => Text::parse(s, SUBJECT_MAX).map_err(|e| ServiceError::invalid("subject", e))?,
                None => {
                    Text::parse(&crate::domain::truncate_chars(story.as_str().to_string(), 80), SUBJECT_MAX)
                        .map_err(|e| ServiceError::invalid("subject", e))?
                }
            };
            let t = open_phone_ticket(
                &cx,
                &agent,
                person_id(&id)?,
                subject,
                story,
                f.get("caller_phone").map(String::as_str),
            )
            .await?;
            Ok(see_other(&format!("/desk/tickets/{}", t.number)))
        }
        .await,
    )
}

/// Resend during the call: a phone ticket resolved with `resend_sms`, so the SMS is a
/// durable job whose delivery the ticket shows.
#[handler]
pub async fn resend(
    req: &Request,
    cx: Data<&Context>,
    Path(id): Path<String>,
    SignedForm { agent, form: f }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let s = crate::http::desk::catalog(crate::http::desk::lang(req));
            let subject = Text::parse(&s["resend_subject"], SUBJECT_MAX)
                .map_err(|e| ServiceError::invalid("subject", e))?;
            let story =
                Text::parse(&s["resend_story"], BODY_MAX).map_err(|e| ServiceError::invalid("story", e))?;
            let t = open_phone_ticket(
                &cx,
                &agent,
                person_id(&id)?,
                subject,
                story,
                f.get("caller_phone").map(String::as_str),
            )
            .await?;
            resolve_new(
                &cx,
                &agent.actor(Via::Phone),
                TicketRef::Id(t.id),
                vec![ResolutionAction::ResendSms],
            )
            .await?;
            Ok(see_other(&format!("/desk/tickets/{}", t.number)))
        }
        .await,
    )
}

/// Starts a phone-number change during the call: a code goes to the new number and
/// the caller reads it out. Nothing changes until the code is confirmed.
#[handler]
pub async fn phone_start(
    req: &Request,
    cx: Data<&Context>,
    Path(id): Path<String>,
    SignedForm { agent, form: f }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let actor = agent.actor(Via::Phone);
            let person = person_id(&id)?;
            let new =
                crate::domain::PhoneNumber::parse(f.get("new_phone").map(String::as_str).unwrap_or_default())
                    .map_err(|e| ServiceError::invalid("new_phone", e))?;
            let flow = crate::service::phone_change::start(&cx, &actor, person, &new).await?;
            Ok(Page::desk(req, Some(&agent), "desk/phone_code.html")
                .with("id", person.0)
                .with("flow", flow)
                .with("to", new.masked())
                .with("error", Option::<String>::None)
                .render(&cx))
        }
        .await,
    )
}

/// The code the caller read out: right, and a phone correction request is filed on a
/// new phone ticket; another person approves it (the old number is told then).
#[handler]
pub async fn phone_confirm(
    req: &Request,
    cx: Data<&Context>,
    Path(id): Path<String>,
    SignedForm { agent, form: f }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let person = person_id(&id)?;
            let flow = f.get("flow").cloned().unwrap_or_default();
            let s = crate::http::desk::catalog(crate::http::desk::lang(req));
            let again = |error: String| {
                Page::desk(req, Some(&agent), "desk/phone_code.html")
                    .with("id", person.0)
                    .with("flow", &flow)
                    .with("to", "")
                    .with("error", Some(error))
                    .status(poem::http::StatusCode::UNPROCESSABLE_ENTITY)
                    .render(&cx)
            };
            let Ok(code) =
                crate::domain::OtpCode::parse(f.get("code").map(String::as_str).unwrap_or_default())
            else {
                return Ok(again(s["code_format"].clone()));
            };
            let ip = crate::http::portal::web::client(&cx, req).ip;
            let actor = agent.actor(Via::Phone);
            use crate::service::phone_change::{confirm, Confirmed};
            let number = match confirm(&cx, &actor, person, &flow, &code, &ip).await? {
                Confirmed::Filed { ticket: filed, .. } => filed,
                Confirmed::Refused(
                    crate::domain::OtpRefusal::Expired | crate::domain::OtpRefusal::TooManyAttempts,
                ) => return Ok(again(s["code_expired"].clone())),
                Confirmed::Refused(crate::domain::OtpRefusal::Wrong { attempts_left }) => {
                    return Ok(again(format!("{} ({attempts_left})", s["code_wrong"])))
                }
            };
            Ok(see_other(&format!("/desk/tickets/{number}")))
        }
        .await,
    )
}

/// A correction request for the caller, from the form pre-filled with the record's
/// values: what the agent changed becomes the request (unchanged fields are dropped),
/// reviewed under the same policy as a citizen's.
#[handler]
pub async fn correction(
    cx: Data<&Context>,
    Path(id): Path<String>,
    SignedForm { agent, form: f }: SignedForm,
) -> poem::Result<Response> {
    use crate::domain::correction::CorrectionField as F;
    use crate::service::portal::requests::Requested;
    respond(
        async {
            let person = person_id(&id)?;
            let mut requested = Vec::new();
            for (key, value) in &f {
                let value = value.trim();
                if value.is_empty() {
                    continue;
                }
                let (field, dose) = match key.rsplit_once('_') {
                    Some((base, n)) if n.parse::<u8>().is_ok() => (base, n.parse().ok()),
                    _ => (key.as_str(), None),
                };
                let Ok(field) = F::parse(field) else { continue };
                if field == F::Phone || field.per_dose() != dose.is_some() {
                    continue;
                }
                requested.push(Requested { field, dose, value: value.to_string() });
            }
            requested.sort_by_key(|r| (r.dose, r.field.as_str()));
            let note = f.get("note").map(String::as_str);
            let n = crate::service::portal::requests::request_correction_for_caller(
                &cx,
                &agent.actor(Via::Phone),
                person,
                requested,
                note,
            )
            .await?;
            Ok(see_other(&format!("/desk/tickets/{n}")))
        }
        .await,
    )
}
