//! Correction review on the desk: the queue, one request with the evidence beside the
//! record's current values and the requested change, the two-person rule spelled out,
//! approve or reject.

use poem::web::{Data, Path};
use poem::{handler, Request, Response};
use serde_json::json;
use uuid::Uuid;

use super::{respond, see_other, Agent, DeskResult, Page, SignedForm};
use crate::domain::correction::CorrectionStatus;
use crate::domain::{StaffId, Text, Via, BODY_MAX};
use crate::error::ServiceError;
use crate::service::{corrections, Context};

fn id_of(s: &str) -> Result<Uuid, ServiceError> {
    Uuid::parse_str(s).map_err(|_| ServiceError::NotFound { what: "correction" })
}

#[handler]
pub async fn queue(req: &Request, cx: Data<&Context>) -> poem::Result<Response> {
    respond(
        async {
            let agent = Agent::of(&cx, req).await?;
            let items = corrections::queue(&cx, &agent.actor(Via::Desk), CorrectionStatus::Pending, 100).await?;
            let rows: Vec<_> = items
                .iter()
                .map(|(c, n)| {
                    json!({"id": c.id, "ticket": n.to_string(), "kind": c.kind.as_str(),
                           "fields": c.changes.iter().map(|ch| ch.field.clone()).collect::<Vec<_>>(),
                           "approvals": if c.first_approver.is_some() { 1 } else { 0 }, "needed": c.approvals_needed,
                           "at": crate::service::actions::wib(c.created_at)})
                })
                .collect();
            Ok(Page::desk(req, Some(&agent), "desk/corrections.html").with("rows", rows).render(&cx))
        }
        .await,
    )
}

async fn staff_name(cx: &Context, id: Option<StaffId>) -> DeskResult<Option<String>> {
    Ok(match id {
        Some(s) => crate::service::staff::name_of(cx, s).await?,
        None => None,
    })
}

#[handler]
pub async fn detail(req: &Request, cx: Data<&Context>, Path(id): Path<String>) -> poem::Result<Response> {
    respond(
        async {
            let agent = Agent::of(&cx, req).await?;
            let actor = agent.actor(Via::Desk);
            let r = corrections::get(&cx, &actor, id_of(&id)?).await?;
            let c = &r.correction;
            let changes: Vec<_> = c
                .changes
                .iter()
                .zip(&r.current)
                .map(|(ch, now)| {
                    json!({"field": ch.field, "dose": ch.dose, "before": ch.before, "after": ch.after,
                           "current": now, "moved_on": now.as_ref() != ch.before.as_ref()})
                })
                .collect();
            let files: Vec<_> = r
                .evidence
                .iter()
                .map(|e| {
                    json!({"id": e.id, "kind": e.kind, "content_type": e.content_type, "size": e.size,
                               "image": e.content_type.starts_with("image/")})
                })
                .collect();
            let first = staff_name(&cx, c.first_approver).await?;
            let decided = staff_name(&cx, c.decided_by).await?;
            let i_approved = c.first_approver == Some(actor.id);
            Ok(Page::desk(req, Some(&agent), "desk/correction.html")
                .with(
                    "c",
                    json!({"id": c.id, "ticket": r.ticket.to_string(), "kind": c.kind.as_str(),
                                  "status": c.status.as_str(), "needed": c.approvals_needed,
                                  "final_role": c.final_role.as_str(), "first": first, "decided": decided,
                                  "reason": c.decision_reason}),
                )
                .with("changes", changes)
                .with("evidence", files)
                .with("pending", c.status == CorrectionStatus::Pending)
                .with("i_approved", i_approved)
                .with("may_finish", actor.role.at_least(c.final_role))
                .render(&cx))
        }
        .await,
    )
}

/// An evidence file: images shown inline on the review page, PDFs downloaded; every
/// view audited by the service. Sandboxed so a file can never run as a page.
#[handler]
pub async fn evidence(
    req: &Request,
    cx: Data<&Context>,
    Path((id, file)): Path<(String, String)>,
) -> poem::Result<Response> {
    respond(
        async {
            let agent = Agent::of(&cx, req).await?;
            let file = Uuid::parse_str(&file).map_err(|_| ServiceError::NotFound { what: "evidence" })?;
            let (ct, bytes) =
                corrections::evidence_file(&cx, &agent.actor(Via::Desk), id_of(&id)?, file).await?;
            let disposition = if ct.starts_with("image/") { "inline" } else { "attachment" };
            Ok(super::file(&ct, disposition, &format!("evidence-{file}"), bytes))
        }
        .await,
    )
}

#[handler]
pub async fn decide(
    cx: Data<&Context>,
    Path((id, verdict)): Path<(String, String)>,
    SignedForm { agent, form: f }: SignedForm,
) -> poem::Result<Response> {
    respond(
        async {
            let actor = agent.actor(Via::Desk);
            let id = id_of(&id)?;
            let text = |field: &str| {
                f.get(field)
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .map(|s| Text::parse(s, BODY_MAX).map_err(|e| ServiceError::invalid(field, e)))
                    .transpose()
            };
            match verdict.as_str() {
                "approve" => {
                    corrections::approve(&cx, &actor, id, text("note")?).await?;
                }
                "reject" => {
                    let reason = text("reason")?.ok_or_else(|| ServiceError::invalid("reason", "say why"))?;
                    corrections::reject(&cx, &actor, id, reason).await?;
                }
                _ => return Err(ServiceError::NotFound { what: "decision" }.into()),
            }
            Ok(see_other(&format!("/desk/corrections/{id}")))
        }
        .await,
    )
}
