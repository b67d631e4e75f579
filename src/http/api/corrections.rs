//! `/api/v1/corrections`: the review queue of citizens' correction requests, the diff
//! and evidence, approve / reject under the per-field policy (two different people where
//! it says so); and `/api/v1/people/{id}/lookup-lock`.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem::Body;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::{Attachment, AttachmentType, Json};
use poem_openapi::{ApiResponse, Object, OpenApi};
use uuid::Uuid;

use super::ApiTags;
use crate::domain::correction::{CorrectionField, CorrectionStatus, FieldChange};
use crate::domain::Correction;
use crate::domain::{PhoneNumber, Text, BODY_MAX};
use crate::http::auth::StaffAuth;
use crate::http::dto::Bounded;
use crate::http::dto::{BodyText, CorrectionStateText};
use crate::http::error::{ApiError, ApiResult};
use crate::service::corrections::{self, Decision, Review};
use crate::service::{people, Context};

pub struct CorrectionsApi;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ChangeOut {
    /// phone | full_name | birth_date | sex | nik | vaccine | vaccinated_on | batch
    pub field: String,
    /// For vaccine, vaccinated_on and batch.
    pub dose: Option<u8>,
    /// What the record said when the request was made (phone masked).
    pub before: Option<String>,
    /// What the citizen asks for (phone masked; it was verified by a code).
    pub after: String,
    /// What the record says now, if it moved on since (detail view only).
    pub current: Option<String>,
}

fn show(field: &str, v: Option<&str>) -> Option<String> {
    let v = v?;
    Some(match CorrectionField::parse(field) {
        Ok(CorrectionField::Phone) => {
            PhoneNumber::parse(v).map(|p| p.masked()).unwrap_or_else(|_| "(invalid)".into())
        }
        _ => v.to_string(),
    })
}

fn change_out(c: &FieldChange, current: Option<&String>) -> ChangeOut {
    ChangeOut {
        field: c.field.clone(),
        dose: c.dose,
        before: show(&c.field, c.before.as_deref()),
        after: show(&c.field, Some(&c.after)).unwrap_or_default(),
        current: show(&c.field, current.map(String::as_str)),
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct EvidenceOut {
    pub id: Uuid,
    /// ktp | selfie | vaccination_card | other
    pub kind: String,
    /// Detected from the bytes at upload: image/jpeg, image/png, image/webp, application/pdf.
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct CorrectionOut {
    pub id: Uuid,
    pub ticket_id: Uuid,
    pub ticket_number: String,
    /// The record it changes; null when the identity facts matched none (link the ticket first).
    pub person_id: Option<Uuid>,
    /// phone | data
    pub kind: String,
    /// pending | approved | rejected
    pub status: String,
    pub changes: Vec<ChangeOut>,
    /// Different people who must approve (the two-person rule when 2).
    pub approvals_needed: u8,
    /// The least role of the last approver.
    pub final_role: String,
    pub first_approver: Option<Uuid>,
    pub first_approved_at: Option<DateTime<Utc>>,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decision_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The member of staff who filed it for a caller (never its approver); null when
    /// the citizen filed it.
    pub requested_by: Option<Uuid>,
    /// What proved the new value (e.g. a code to the new number, read out on a call).
    pub proof: Option<serde_json::Value>,
    /// Detail view only.
    pub evidence: Vec<EvidenceOut>,
}

fn out(
    c: &Correction,
    number: &str,
    current: &[Option<String>],
    evidence: Vec<EvidenceOut>,
) -> CorrectionOut {
    CorrectionOut {
        id: c.id,
        ticket_id: c.ticket.0,
        ticket_number: number.into(),
        person_id: c.person.map(|p| p.0),
        kind: c.kind.as_str().into(),
        status: c.status.as_str().into(),
        changes: c
            .changes
            .iter()
            .enumerate()
            .map(|(i, ch)| change_out(ch, current.get(i).and_then(Option::as_ref)))
            .collect(),
        approvals_needed: c.approvals_needed,
        final_role: c.final_role.as_str().into(),
        first_approver: c.first_approver.map(|s| s.0),
        first_approved_at: c.first_approved_at,
        decided_by: c.decided_by.map(|s| s.0),
        decided_at: c.decided_at,
        decision_reason: c.decision_reason.clone(),
        created_at: c.created_at,
        requested_by: c.requested_by.map(|s| s.0),
        proof: c.proof.clone(),
        evidence,
    }
}

fn review_out(r: &Review) -> CorrectionOut {
    let evidence = r
        .evidence
        .iter()
        .map(|e| EvidenceOut {
            id: e.id,
            kind: e.kind.clone(),
            content_type: e.content_type.clone(),
            size: e.size,
            sha256: e.sha256.clone(),
        })
        .collect();
    out(&r.correction, &r.ticket.to_string(), &r.current, evidence)
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct ApproveIn {
    /// Kept with the decision and shown on the ticket.
    pub note: Option<String>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct RejectIn {
    /// Told to the citizen (SMS and the ticket thread).
    pub reason: BodyText,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct DecisionOut {
    /// awaiting_second_approval | approved | rejected
    pub outcome: String,
    pub correction: CorrectionOut,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct LockIn {
    /// true: no public lookup (status, identity, phone change) finds this record.
    pub locked: bool,
}

#[derive(ApiResponse)]
pub enum EvidenceFile {
    /// The file as uploaded, always as a download (never rendered by the browser here).
    #[oai(status = 200)]
    Ok(Attachment<Body>, #[oai(header = "Content-Length")] u64),
}

fn text(field: &str, s: &str) -> Result<Text, ApiError> {
    Text::parse(s, BODY_MAX).map_err(|e| ApiError::invalid(field, e))
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Corrections")]
impl CorrectionsApi {
    /// The review queue: requests in a status (default `pending`), oldest first.
    #[oai(path = "/corrections", method = "get")]
    async fn list(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        /// pending | approved | rejected
        status: Query<Option<CorrectionStateText>>,
        /// At most 200.
        limit: Query<Option<Bounded<1, 200>>>,
    ) -> ApiResult<Json<Vec<CorrectionOut>>> {
        let status = match status.0.as_deref() {
            None => CorrectionStatus::Pending,
            Some(s) => CorrectionStatus::parse(s).map_err(|e| ApiError::invalid("status", e))?,
        };
        let items = corrections::queue(&cx, &auth.actor(), status, Bounded::or(limit.0, 50)).await?;
        Ok(Json(items.iter().map(|(c, n)| out(c, &n.to_string(), &[], Vec::new())).collect()))
    }

    /// One request: the before/after diff beside what the record says now, and the
    /// evidence files. Audited.
    #[oai(path = "/corrections/:id", method = "get")]
    async fn get(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<CorrectionOut>> {
        Ok(Json(review_out(&corrections::get(&cx, &auth.actor(), id.0).await?)))
    }

    /// An evidence file (staff only; every view audited).
    #[oai(path = "/corrections/:id/evidence/:file", method = "get")]
    async fn evidence(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        file: Path<Uuid>,
    ) -> ApiResult<EvidenceFile> {
        let (content_type, download) = corrections::evidence_file(&cx, &auth.actor(), id.0, file.0).await?;
        let ext = match content_type.as_str() {
            "image/jpeg" => "jpg",
            "image/png" => "png",
            "image/webp" => "webp",
            _ => "pdf",
        };
        Ok(EvidenceFile::Ok(
            Attachment::new(Body::from_bytes_stream(download.bytes))
                .attachment_type(AttachmentType::Attachment)
                .filename(format!("evidence-{}.{ext}", file.0)),
            download.size,
        ))
    }

    /// Approve. When the policy needs two people, the first approval is recorded and a
    /// different person (holding `final_role`) must give the second; the final approval
    /// applies the change in one transaction, reissues the affected certificates (or
    /// sends the certificate to the new phone, telling the old one), resolves the ticket
    /// and tells the citizen.
    #[oai(path = "/corrections/:id/approve", method = "post")]
    async fn approve(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        body: Json<ApproveIn>,
    ) -> ApiResult<Json<DecisionOut>> {
        let note =
            body.0.note.as_deref().filter(|n| !n.trim().is_empty()).map(|n| text("note", n)).transpose()?;
        let d = corrections::approve(&cx, &auth.actor(), id.0, note).await?;
        decision(&cx, &auth, id.0, d).await
    }

    /// Reject with a reason the citizen is told.
    #[oai(path = "/corrections/:id/reject", method = "post")]
    async fn reject(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        body: Json<RejectIn>,
    ) -> ApiResult<Json<DecisionOut>> {
        let reason = text("reason", &body.0.reason)?;
        let d = corrections::reject(&cx, &auth.actor(), id.0, reason).await?;
        decision(&cx, &auth, id.0, d).await
    }

    /// Lock a record from every public lookup, or lift the lock (supervisors; audited).
    #[oai(path = "/people/:id/lookup-lock", method = "put")]
    async fn lookup_lock(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        body: Json<LockIn>,
    ) -> ApiResult<Json<LockIn>> {
        people::set_lookup_lock(&cx, &auth.actor(), crate::domain::PersonId(id.0), body.0.locked).await?;
        Ok(Json(body.0))
    }
}

async fn decision(cx: &Context, auth: &StaffAuth, id: Uuid, d: Decision) -> ApiResult<Json<DecisionOut>> {
    let r = corrections::get(cx, &auth.actor(), id).await?;
    let outcome = match d {
        Decision::AwaitingSecond => "awaiting_second_approval",
        Decision::Approved => "approved",
        Decision::Rejected => "rejected",
    };
    Ok(Json(DecisionOut { outcome: outcome.into(), correction: review_out(&r) }))
}
