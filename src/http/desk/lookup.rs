//! The desk's home (search box, my tickets, my queues), caller lookup with results as
//! you type, and the person view.

use std::collections::HashMap;

use poem::web::{Data, Form, Path};
use poem::{handler, Request, Response};
use serde_json::{json, Value};
use uuid::Uuid;

use super::{respond, Agent, DeskResult, Page, SignedForm};
use crate::domain::{Nik, PersonId, TicketNumber, TicketStatus, Via};
use crate::search::PeopleQuery;
use crate::service::tickets::{AssigneeFilter, TicketFilter};
use crate::service::{people, search as find, tickets, Context};

const ACTIVE: [TicketStatus; 4] =
    [TicketStatus::New, TicketStatus::Open, TicketStatus::PendingCitizen, TicketStatus::PendingInternal];

/// A ticket as the desk lists it, with its SLA countdown.
pub fn ticket_row(t: &crate::domain::Ticket) -> Value {
    let sla = crate::http::dto::SlaOut::of(t, crate::service::clock::request_now());
    json!({
        "number": t.number.to_string(),
        "subject": t.subject,
        "status": t.status.as_str(),
        "priority": t.priority.as_str(),
        "category": t.category.as_str(),
        "channel": t.channel.as_str(),
        "queue": t.queue.as_str(),
        "created_at": crate::service::actions::wib(t.created_at),
        "sla_state": sla.state,
        "sla_due": sla.due_at.map(crate::service::actions::wib),
        "sla_left": sla.seconds_left.map(countdown),
    })
}

/// `2 h 05 m`, `-15 m` (past due).
pub fn countdown(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let m = secs.abs() / 60;
    if m >= 60 {
        format!("{sign}{} h {:02} m", m / 60, m % 60)
    } else {
        format!("{sign}{m} m")
    }
}

#[handler]
pub async fn home(req: &Request, cx: Data<&Context>) -> poem::Result<Response> {
    respond(home_inner(req, &cx).await)
}

async fn home_inner(req: &Request, cx: &Context) -> DeskResult {
    let agent = Agent::of(cx, req).await?;
    let actor = agent.actor(Via::Desk);
    let mine = TicketFilter {
        status: ACTIVE.to_vec(),
        assignee: Some(AssigneeFilter::Staff(actor.id)),
        limit: 100,
        ..Default::default()
    };
    let mut mine = tickets::list(cx, &actor, mine).await?.items;
    let mut waiting = Vec::new();
    for q in &actor.queues {
        let f = TicketFilter {
            status: vec![TicketStatus::New, TicketStatus::Open, TicketStatus::PendingInternal],
            queue: Some(q.clone()),
            assignee: Some(AssigneeFilter::Nobody),
            limit: 50,
            ..Default::default()
        };
        waiting.extend(tickets::list(cx, &actor, f).await?.items);
    }
    // Most urgent first: the nearest due, then the oldest.
    let due = |t: &crate::domain::Ticket| {
        if t.first_response_at.is_none() { t.sla.first_due } else { t.sla.resolve_due }
            .unwrap_or(t.created_at)
    };
    mine.sort_by_key(|t| (due(t), t.created_at));
    waiting.sort_by_key(|t| (due(t), t.created_at));
    Ok(Page::desk(req, Some(&agent), "desk/home.html")
        .with("mine", mine.iter().map(ticket_row).collect::<Vec<_>>())
        .with("waiting", waiting.iter().map(ticket_row).collect::<Vec<_>>())
        .with("queues", actor.queues.iter().map(|q| q.as_str()).collect::<Vec<_>>())
        .render(cx))
}

/// Results for what the agent typed: a ticket number opens the ticket; a NIK in any
/// format, a phone, a name (with a birth date) search people; words also search tickets.
/// Posted, never in the URL: what an agent types is a citizen's NIK, phone or name, and
/// URLs end up in proxy logs and browser history.
#[handler]
pub async fn search(
    req: &Request,
    cx: Data<&Context>,
    Form(q): Form<HashMap<String, String>>,
) -> poem::Result<Response> {
    respond(search_inner(req, &cx, q).await)
}

async fn search_inner(req: &Request, cx: &Context, q: HashMap<String, String>) -> DeskResult {
    let agent = Agent::of(cx, req).await?;
    agent.check(&q)?;
    let actor = agent.actor(Via::Desk);
    let text = q.get("q").map(|s| s.trim().to_string()).unwrap_or_default();
    let partial = q.get("partial").is_some_and(|p| p == "1");
    if let Ok(n) = TicketNumber::parse(&text) {
        if !partial {
            return Ok(super::see_other(&format!("/desk/tickets/{n}")));
        }
    }
    let mut people_hits = Vec::new();
    let mut ticket_hits = Vec::new();
    let pq = PeopleQuery::parse(&text);
    if text.chars().count() >= 2 && !pq.is_empty() {
        let page = find::people(cx, &actor, PeopleQuery { limit: 10, ..pq.clone() }).await?;
        people_hits = page
            .hits
            .iter()
            .map(|h| {
                let d = &h.doc;
                let nik = Nik::parse(&d.nik).ok();
                json!({
                    "id": d.id,
                    "name": d.name,
                    "nik": nik.as_ref().map(|n| n.masked()).unwrap_or_default(),
                    "birth_date": d.birth_date,
                    "province": nik.as_ref().and_then(|n| n.province_name()),
                    "phone": d.phone.get(d.phone.len().saturating_sub(4)..).map(|l| format!("…{l}")),
                    "cert_status": d.cert_status,
                    "sms_status": d.sms_status,
                })
            })
            .collect();
    }
    if let Ok(n) = TicketNumber::parse(&text) {
        ticket_hits.push(json!({"number": n.to_string(), "subject": "", "status": ""}));
    } else if !pq.words.is_empty() {
        let tq = crate::search::TicketQuery { limit: 5, ..crate::search::TicketQuery::parse(&text) };
        let page = find::tickets(cx, &actor, tq).await?;
        ticket_hits = page
            .hits
            .iter()
            .map(|h| json!({"number": h.doc.number, "subject": h.doc.subject, "status": h.doc.status}))
            .collect();
    }
    let template = if partial { "desk/results.html" } else { "desk/search.html" };
    Ok(Page::desk(req, Some(&agent), template)
        .with("q", &text)
        .with("people", people_hits)
        .with("tickets", ticket_hits)
        .with("searched", text.chars().count() >= 2)
        .render(cx))
}

#[handler]
pub async fn person(req: &Request, cx: Data<&Context>, Path(id): Path<String>) -> poem::Result<Response> {
    respond(person_inner(req, &cx, &id).await)
}

async fn person_inner(req: &Request, cx: &Context, id: &str) -> DeskResult {
    let agent = Agent::of(cx, req).await?;
    let actor = agent.actor(Via::Desk);
    let id = Uuid::parse_str(id).map_err(|_| crate::error::ServiceError::NotFound { what: "person" })?;
    let r = people::by_id(cx, &actor, PersonId(id)).await?;
    Ok(Page::desk(req, Some(&agent), "desk/person.html")
        .with("p", person_view(cx, &actor, &r, false).await?)
        .render(cx))
}

/// The person view with NIK and phone in full, after the agent asked to see them
/// (audited as `person.reveal`).
#[handler]
pub async fn reveal(
    req: &Request,
    cx: Data<&Context>,
    Path(id): Path<String>,
    SignedForm { agent, .. }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let actor = agent.actor(Via::Desk);
            let id =
                Uuid::parse_str(&id).map_err(|_| crate::error::ServiceError::NotFound { what: "person" })?;
            let r = people::reveal(&cx, &actor, PersonId(id)).await?;
            Ok(Page::desk(req, Some(&agent), "desk/person.html")
                .with("p", person_view(&cx, &actor, &r, true).await?)
                .render(&cx))
        }
        .await,
    )
}

/// Everything the person view shows, decoded and flagged.
/// NIK and phone are masked unless `revealed` (each reveal is audited).
pub async fn person_view(
    cx: &Context,
    actor: &crate::domain::StaffActor,
    r: &people::PersonRecord,
    revealed: bool,
) -> DeskResult<Value> {
    use crate::service::actions::wib;
    let p = &r.person;
    let nik = Nik::parse(&p.nik).ok();
    let today = cx.now().date_naive();
    let sex = crate::domain::Sex::parse(&p.sex).ok();
    let mismatch = match (&nik, sex) {
        (Some(n), Some(s)) => n.disagrees_with(p.birth_date, s),
        _ => true,
    };
    let filter = TicketFilter { person: Some(p.id), limit: 50, ..Default::default() };
    let list = tickets::list(cx, actor, filter).await?.items;
    let open = list.iter().find(|t| t.status.is_active());
    let diagnosis = match open {
        Some(t) => {
            let d =
                crate::service::diagnose::for_ticket(cx, actor, crate::service::tickets::TicketRef::Id(t.id))
                    .await?;
            d.diagnosis.map(|d| {
                json!({"cause": d.cause.as_str(), "evidence": d.evidence, "action": d.action, "reply": d.reply,
                       "ticket": t.number.to_string()})
            })
        }
        None => None,
    };
    let certificates: Vec<Value> = r
        .certificates
        .iter()
        .map(|c| {
            json!({"id": c.id, "version": c.version, "dose": c.payload.dose, "vaccine": c.payload.vaccine_name,
                   "status": c.status.as_str(), "issued_at": wib(c.issued_at)})
        })
        .collect();
    let sms: Vec<Value> = r
        .sms
        .iter()
        .map(|s| {
            json!({"purpose": s.purpose.as_str(), "channel": s.channel.label(), "status": s.status.as_str(), "receipt": s.receipt_status,
                   "phone": s.phone.as_deref().and_then(|p| crate::domain::PhoneNumber::parse(p).ok()).map(|p| p.masked()),
                   "at": wib(s.created_at),
                   "delivered_at": s.delivered_at.map(wib), "error": s.last_error})
        })
        .collect();
    Ok(json!({
        "id": p.id.0,
        "name": p.full_name,
        "nik": if revealed { p.nik.clone() } else { nik.as_ref().map(|n| n.masked()).unwrap_or_default() },
        "nik_masked": nik.as_ref().map(|n| n.masked()),
        "revealed": revealed,
        "nik_province": nik.as_ref().and_then(|n| n.province_name()),
        // None for a code Kemendagri never issued: the page says to check the NIK.
        "nik_regency": nik.as_ref().and_then(|n| n.regency_name()),
        "nik_birth_date": nik.as_ref().map(|n| n.birth_date(today).format("%d-%m-%Y").to_string()),
        "nik_sex": nik.as_ref().map(|n| n.sex().as_str()),
        "birth_date": p.birth_date.format("%d-%m-%Y").to_string(),
        "birth_date_iso": p.birth_date.to_string(),
        "sex": p.sex,
        "mismatch": mismatch,
        "phone": if revealed {
            p.phone.clone()
        } else {
            p.phone.as_deref().and_then(|s| crate::domain::PhoneNumber::parse(s).ok()).map(|p| p.masked())
        },
        "email": p.email,
        "locked": p.lookup_locked,
        "doses": r.doses.iter().map(|(d, status, reason)| json!({
            "dose": d.dose, "vaccine": d.vaccine, "date": d.vaccinated_on.map(|d| d.format("%d-%m-%Y").to_string()),
            "date_iso": d.vaccinated_on.map(|d| d.to_string()),
            "facility": d.facility, "batch": d.batch, "status": status, "reason": reason,
        })).collect::<Vec<_>>(),
        "certificates": certificates,
        "sms": sms,
        "tickets": list.iter().map(ticket_row).collect::<Vec<_>>(),
        "diagnosis": diagnosis,
    }))
}
