//! Work on tickets from the desk: the ticket view (thread, person, diagnosis, macros),
//! reply / note / status, take, pull the next one; and what an agent does during a call
//! (file a phone ticket with the caller's story, resend the certificate SMS), audited
//! with channel `phone`.

use std::collections::HashMap;

use poem::web::{Data, Form, Path, Query};
use poem::{handler, Request, Response};
use serde_json::json;
use uuid::Uuid;

use super::lookup::{person_view, ticket_row};
use super::{respond, see_other, Agent, DeskResult, Page, SignedForm};
use crate::domain::{
    Category, Channel, Language, MessageKind, NewTicket, PersonId, Priority, QueueName, Requester,
    ResolutionAction, Text, TicketNumber, TicketStatus, Via, BODY_MAX, SUBJECT_MAX,
};
use crate::error::ServiceError;
use crate::service::tickets::{self, StaffMessageKind, TicketChanges, TicketRef};
use crate::service::{assign, canned_replies, diagnose, people, whatsapp, Context};

mod call;

pub use call::{correction, phone_confirm, phone_start, phone_ticket, resend};

fn number(s: &str) -> Result<TicketRef, ServiceError> {
    TicketNumber::parse(s).map(TicketRef::Number).map_err(|_| ServiceError::NotFound { what: "ticket" })
}

fn text(f: &HashMap<String, String>, field: &str, max: usize) -> Result<Text, ServiceError> {
    Text::parse(f.get(field).map(String::as_str).unwrap_or_default(), max)
        .map_err(|e| ServiceError::invalid(field, e))
}

#[handler]
pub async fn ticket(
    req: &Request,
    cx: Data<&Context>,
    Path(n): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> poem::Result<Response> {
    respond(ticket_inner(req, &cx, &n, &q).await)
}

async fn ticket_inner(req: &Request, cx: &Context, n: &str, q: &HashMap<String, String>) -> DeskResult {
    let agent = Agent::of(cx, req).await?;
    let actor = agent.actor(Via::Desk);
    let r = number(n)?;
    let thread = tickets::get(cx, &actor, r).await?;
    let t = &thread.ticket;
    let person = match t.person {
        Some(p) => Some(person_view(cx, &actor, &people::by_id(cx, &actor, p).await?, false).await?),
        None => None,
    };
    let d = diagnose::for_ticket(cx, &actor, r).await?;
    let suggested = d.diagnosis.as_ref().map(|d| d.reply);
    // A macro picked from the list fills the reply box (the agent reviews before sending).
    let lang = t.language.unwrap_or(Language::Id);
    let chosen = q.get("macro").map(String::as_str).or(suggested);
    let draft = match chosen {
        Some(name) if canned_replies::names().contains(&name) => {
            Some(canned_replies::render(cx, &actor, r, name, Some(lang)).await?.text)
        }
        _ => None,
    };
    let messages: Vec<_> = thread
        .messages
        .iter()
        .map(|m| {
            let attachments: Vec<_> = thread
                .attachments
                .iter()
                .filter(|a| a.message == m.id)
                .map(|a| {
                    // Previewed inline only if declared as an image; the route checks the bytes.
                    let image = matches!(a.content_type.as_str(), "image/png" | "image/jpeg" | "image/webp");
                    json!({"id": a.id, "filename": a.filename, "content_type": a.content_type, "size": a.size,
                           "image": image, "pdf": a.content_type == "application/pdf"})
                })
                .collect();
            json!({
                "id": m.id.0,
                "kind": m.kind.as_str(),
                "author": m.author_name.clone().or(m.author_email.clone()),
                "staff": m.author_staff.is_some(),
                "body": m.body,
                "at": crate::service::actions::wib(m.created_at),
                "delivery": m.delivery.map(|d| d.as_str()),
                "attachments": attachments,
                "note": m.kind == MessageKind::Note,
                "other_sender": m.other_sender,
            })
        })
        .collect();
    // A WhatsApp ticket shows whether free text may still go (the 24-hour window).
    let whatsapp = match t.channel {
        crate::domain::Channel::Whatsapp => whatsapp::ticket_channel(cx, &actor, r).await?.map(|c| {
            json!({"user": c.user, "open": c.window_open,
                   "until": c.window_until.map(crate::service::actions::wib)})
        }),
        _ => None,
    };
    let actions: Vec<_> = thread
        .actions
        .iter()
        .map(|a| json!({"kind": a.kind, "status": a.status.as_str(), "outcome": a.outcome}))
        .collect();
    Ok(Page::desk(req, Some(&agent), "desk/ticket.html")
        .with("t", ticket_row(t))
        .with("assigned_to_me", t.assignee == Some(actor.id))
        .with("unassigned", t.assignee.is_none())
        .with(
            "requester",
            json!({"name": t.requester.name, "email": t.requester.email.as_ref().map(|e| e.as_str()),
                                  "phone": t.requester.phone.as_ref().map(|p| p.masked())}),
        )
        .with("messages", messages)
        .with("actions", actions)
        .with(
            "flags",
            thread.flags.iter().map(|f| json!({"kind": f.kind, "detail": f.detail})).collect::<Vec<_>>(),
        )
        // The citizen's open story, as the one-citizen flag names it: the merge target to offer.
        .with(
            "related",
            thread
                .flags
                .iter()
                .filter(|f| f.kind == "related_open")
                .find_map(|f| {
                    f.detail
                        .split_whitespace()
                        .find_map(|w| TicketNumber::parse(w.trim_end_matches('.')).ok())
                })
                .map(|n| n.to_string()),
        )
        .with("person", person)
        .with("whatsapp", whatsapp)
        .with(
            "diagnosis",
            d.diagnosis.as_ref().map(|d| {
                json!({"cause": d.cause.as_str(), "evidence": d.evidence, "action": d.action,
                    "confidence": d.confidence.as_str(), "dose": d.dose, "field": d.field,
                    "suggestion": d.suggestion.as_ref().map(suggestion_text)})
            }),
        )
        .with("macros", canned_replies::names())
        .with("chosen", chosen)
        .with("draft", draft)
        .with("can_reply", t.status != TicketStatus::Closed)
        .render(cx))
}

#[handler]
pub async fn message(
    cx: Data<&Context>,
    Path(n): Path<String>,
    SignedForm { agent, form: f }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let kind = match f.get("kind").map(String::as_str) {
                Some("note") => StaffMessageKind::Note,
                _ => StaffMessageKind::Reply,
            };
            let body = text(&f, "body", BODY_MAX)?;
            tickets::add_message(&cx, &agent.actor(Via::Desk), number(&n)?, kind, body).await?;
            Ok(see_other(&format!("/desk/tickets/{n}")))
        }
        .await,
    )
}

/// Status changes from the ticket view; resolving may carry "resend the SMS".
#[handler]
pub async fn status(
    cx: Data<&Context>,
    Path(n): Path<String>,
    SignedForm { agent, form: f }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let actor = agent.actor(Via::Desk);
            let r = number(&n)?;
            let to = TicketStatus::parse(f.get("status").map(String::as_str).unwrap_or_default())
                .map_err(|e| ServiceError::invalid("status", e))?;
            let current = tickets::get(&cx, &actor, r).await?.ticket.status;
            // Resolving a new ticket opens it first (the transition table has no shortcut).
            if current == TicketStatus::New && to != TicketStatus::Open {
                let open = TicketChanges { status: Some(TicketStatus::Open), ..Default::default() };
                tickets::update(&cx, &actor, r, open).await?;
            }
            let mut ch = TicketChanges { status: Some(to), ..Default::default() };
            if to == TicketStatus::Resolved && f.get("resend_sms").is_some_and(|v| v == "on") {
                ch.actions.push(ResolutionAction::ResendSms);
            }
            if to == TicketStatus::Resolved && f.get("reissue").is_some_and(|v| v == "on") {
                let reason = crate::domain::RevocationReason::ReissueRequested;
                ch.actions.push(ResolutionAction::ReissueCertificate { reason });
            }
            tickets::update(&cx, &actor, r, ch).await?;
            Ok(see_other(&format!("/desk/tickets/{n}")))
        }
        .await,
    )
}

#[handler]
pub async fn take(
    cx: Data<&Context>,
    Path(n): Path<String>,
    SignedForm { agent, .. }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let actor = agent.actor(Via::Desk);
            tickets::assign(&cx, &actor, number(&n)?, Some(actor.id)).await?;
            Ok(see_other(&format!("/desk/tickets/{n}")))
        }
        .await,
    )
}

#[handler]
pub async fn next(cx: Data<&Context>, SignedForm { agent, .. }: SignedForm) -> poem::Result<Response> {
    respond(
        async {
            Ok(match assign::pull_next(&cx, &agent.actor(Via::Desk)).await? {
                Some(t) => see_other(&format!("/desk/tickets/{}", t.ticket.number)),
                None => see_other("/desk?nothing_waiting=1"),
            })
        }
        .await,
    )
}

/// Merges this ticket into another (the citizen's other story): messages and tags move,
/// this one closes pointing at the survivor.
#[handler]
pub async fn merge(
    cx: Data<&Context>,
    Path(n): Path<String>,
    SignedForm { agent, form: f }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let into = f.get("into").map(|s| s.trim().to_string()).unwrap_or_default();
            let target = TicketNumber::parse(&into)
                .map(TicketRef::Number)
                .map_err(|_| ServiceError::invalid("into", "must be a ticket number like SRT-2021-000123"))?;
            let t = tickets::merge(&cx, &agent.actor(Via::Desk), number(&n)?, target).await?;
            Ok(see_other(&format!("/desk/tickets/{}", t.ticket.number)))
        }
        .await,
    )
}

/// An attachment: an image or a PDF (by its bytes, not the sender's word) is shown
/// inline, anything else is downloaded as opaque bytes; sandboxed either way.
#[handler]
pub async fn attachment(
    req: &Request,
    cx: Data<&Context>,
    Path((n, id)): Path<(String, String)>,
) -> poem::Result<Response> {
    respond(
        async {
            let agent = Agent::of(&cx, req).await?;
            let id = Uuid::parse_str(&id).map_err(|_| ServiceError::NotFound { what: "attachment" })?;
            let (a, shown, bytes) =
                tickets::attachment(&cx, &agent.actor(Via::Desk), number(&n)?, id).await?;
            let (ct, disposition) = match shown {
                Some(t) => (t, "inline"),
                None => ("application/octet-stream", "attachment"),
            };
            let name: String = a
                .filename
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .take(80)
                .collect();
            Ok(super::file(ct, disposition, &name, bytes))
        }
        .await,
    )
}

/// Splits the ticked messages off into a new ticket for the same requester.
#[handler]
pub async fn split(
    req: &Request,
    cx: Data<&Context>,
    Path(n): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> poem::Result<Response> {
    respond(
        async {
            let agent = Agent::of(&cx, req).await?;
            let fields: HashMap<String, String> = f.iter().filter(|(k, _)| k != "m").cloned().collect();
            agent.check(&fields)?;
            let ids = f
                .iter()
                .filter(|(k, _)| k == "m")
                .map(|(_, v)| Uuid::parse_str(v).map(crate::domain::MessageId))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|_| ServiceError::invalid("m", "not a message id"))?;
            let subject = match fields.get("subject").map(|s| s.trim()).filter(|s| !s.is_empty()) {
                Some(s) => {
                    Some(Text::parse(s, SUBJECT_MAX).map_err(|e| ServiceError::invalid("subject", e))?)
                }
                None => None,
            };
            let t = tickets::split(&cx, &agent.actor(Via::Desk), number(&n)?, ids, subject).await?;
            Ok(see_other(&format!("/desk/tickets/{}", t.ticket.number)))
        }
        .await,
    )
}

/// The diagnosis's suggestion in a line (values as the citizen gave them; a new phone
/// number masked).
fn suggestion_text(s: &crate::domain::diagnosis::Suggestion) -> String {
    use crate::domain::diagnosis::Suggestion;
    let dose = |d: &Option<u8>| d.map(|d| format!(" (dose {d})")).unwrap_or_default();
    match s {
        Suggestion::Resend { dose: d } => format!("resend the certificate link{}", dose(d)),
        Suggestion::Correction { field, dose: d, value } => format!(
            "file a correction of {field}{}{}",
            dose(d),
            value.as_ref().map(|v| format!(" to \u{201c}{v}\u{201d}")).unwrap_or_default()
        ),
        Suggestion::PhoneChange { to } => {
            format!("start a phone change{}", to.as_ref().map(|t| format!(" to {t}")).unwrap_or_default())
        }
    }
}
