//! Correction requests and their evidence files; applying a correction to the record.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::entity::{correction_evidence, correction_request, person, vaccination};
use crate::domain::correction::{CorrectionKind, CorrectionStatus, FieldChange};
pub use crate::domain::Correction;
use crate::domain::{PersonId, Role, StaffId, TicketId};
use crate::error::{ServiceError, ServiceResult};

#[derive(Debug, Clone)]
pub struct Evidence {
    pub id: Uuid,
    pub correction: Uuid,
    pub kind: String,
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
    pub storage_path: String,
}

fn internal(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(anyhow::anyhow!("stored correction: {e}"))
}

fn from_model(m: correction_request::Model) -> ServiceResult<Correction> {
    Ok(Correction {
        id: m.id,
        ticket: TicketId(m.ticket_id),
        person: m.person_id.map(PersonId),
        kind: CorrectionKind::parse(&m.kind).map_err(internal)?,
        changes: serde_json::from_value(m.changes).map_err(internal)?,
        status: CorrectionStatus::parse(&m.status).map_err(internal)?,
        approvals_needed: u8::try_from(m.approvals_needed).unwrap_or(1),
        final_role: Role::parse(&m.final_role).map_err(internal)?,
        first_approver: m.first_approver.map(StaffId),
        first_approved_at: m.first_approved_at,
        decided_by: m.decided_by.map(StaffId),
        decided_at: m.decided_at,
        decision_reason: m.decision_reason,
        created_at: m.created_at,
        requested_by: m.requested_by.map(StaffId),
        proof: m.proof,
    })
}

pub async fn insert<C: ConnectionTrait>(db: &C, c: &Correction, evidence: &[Evidence]) -> ServiceResult<()> {
    correction_request::Entity::insert(correction_request::ActiveModel {
        id: Set(c.id),
        ticket_id: Set(c.ticket.0),
        person_id: Set(c.person.map(|p| p.0)),
        kind: Set(c.kind.as_str().into()),
        changes: Set(serde_json::to_value(&c.changes).map_err(internal)?),
        status: Set(c.status.as_str().into()),
        approvals_needed: Set(i16::from(c.approvals_needed)),
        final_role: Set(c.final_role.as_str().into()),
        first_approver: Set(None),
        first_approved_at: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        decision_reason: Set(None),
        created_at: Set(c.created_at),
        updated_at: Set(c.created_at),
        requested_by: Set(c.requested_by.map(|s| s.0)),
        proof: Set(c.proof.clone()),
    })
    .exec_without_returning(db)
    .await?;
    if !evidence.is_empty() {
        correction_evidence::Entity::insert_many(evidence.iter().map(|e| correction_evidence::ActiveModel {
            id: Set(e.id),
            correction_id: Set(c.id),
            kind: Set(e.kind.clone()),
            content_type: Set(e.content_type.clone()),
            size: Set(i64::try_from(e.size).unwrap_or(i64::MAX)),
            sha256: Set(e.sha256.clone()),
            storage_path: Set(e.storage_path.clone()),
            created_at: Set(c.created_at),
        }))
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Whether any correction request keeps the evidence file at `path`.
pub async fn evidence_kept<C: ConnectionTrait>(db: &C, path: &str) -> ServiceResult<bool> {
    use sea_orm::PaginatorTrait;
    let n = correction_evidence::Entity::find()
        .filter(correction_evidence::Column::StoragePath.eq(path))
        .count(db)
        .await?;
    Ok(n > 0)
}

pub async fn find<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<Correction>> {
    correction_request::Entity::find_by_id(id).one(db).await?.map(from_model).transpose()
}

/// Requests in `status`, oldest first (the review queue).
pub async fn list<C: ConnectionTrait>(
    db: &C,
    status: CorrectionStatus,
    limit: u64,
) -> ServiceResult<Vec<Correction>> {
    correction_request::Entity::find()
        .filter(correction_request::Column::Status.eq(status.as_str()))
        .order_by_asc(correction_request::Column::CreatedAt)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect()
}

pub async fn of_ticket<C: ConnectionTrait>(db: &C, ticket: TicketId) -> ServiceResult<Vec<Correction>> {
    correction_request::Entity::find()
        .filter(correction_request::Column::TicketId.eq(ticket.0))
        .order_by_asc(correction_request::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect()
}

pub async fn evidence<C: ConnectionTrait>(db: &C, correction: Uuid) -> ServiceResult<Vec<Evidence>> {
    Ok(correction_evidence::Entity::find()
        .filter(correction_evidence::Column::CorrectionId.eq(correction))
        .order_by_asc(correction_evidence::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|m| Evidence {
            id: m.id,
            correction: m.correction_id,
            kind: m.kind,
            content_type: m.content_type,
            size: u64::try_from(m.size).unwrap_or(0),
            sha256: m.sha256,
            storage_path: m.storage_path,
        })
        .collect())
}

/// Records the first of two approvals, unless someone else already did (`false`).
pub async fn first_approval<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    by: StaffId,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let r = correction_request::Entity::update_many()
        .col_expr(correction_request::Column::FirstApprover, Expr::value(by.0))
        .col_expr(correction_request::Column::FirstApprovedAt, Expr::value(now))
        .col_expr(correction_request::Column::UpdatedAt, Expr::value(now))
        .filter(correction_request::Column::Id.eq(id))
        .filter(correction_request::Column::Status.eq(CorrectionStatus::Pending.as_str()))
        .filter(correction_request::Column::FirstApprover.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Decides a pending request; `false` when it was decided meanwhile.
pub async fn decide<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    status: CorrectionStatus,
    by: StaffId,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let r = correction_request::Entity::update_many()
        .col_expr(correction_request::Column::Status, Expr::value(status.as_str()))
        .col_expr(correction_request::Column::DecidedBy, Expr::value(by.0))
        .col_expr(correction_request::Column::DecidedAt, Expr::value(now))
        .col_expr(correction_request::Column::DecisionReason, Expr::value(reason.map(str::to_string)))
        .col_expr(correction_request::Column::UpdatedAt, Expr::value(now))
        .filter(correction_request::Column::Id.eq(id))
        .filter(correction_request::Column::Status.eq(CorrectionStatus::Pending.as_str()))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Writes one approved change to the person or dose row.
pub async fn apply_change<C: ConnectionTrait>(
    db: &C,
    person_id: PersonId,
    c: &FieldChange,
) -> ServiceResult<()> {
    use crate::domain::correction::CorrectionField as F;
    let field = c.field().ok_or_else(|| internal(format!("unknown field {}", c.field)))?;
    let now = Utc::now();
    let date = || c.after.parse::<chrono::NaiveDate>().map_err(|e| internal(format!("{}: {e}", c.field)));
    if field.per_dose() {
        let dose = i16::from(c.dose.ok_or_else(|| internal("dose change without a dose"))?);
        let col = match field {
            F::Vaccine => (vaccination::Column::Vaccine, Expr::value(c.after.clone())),
            F::VaccinatedOn => (vaccination::Column::VaccinatedOn, Expr::value(date()?)),
            _ => (vaccination::Column::Batch, Expr::value(c.after.clone())),
        };
        let r = vaccination::Entity::update_many()
            .col_expr(col.0, col.1)
            .col_expr(vaccination::Column::UpdatedAt, Expr::value(now))
            .filter(vaccination::Column::PersonId.eq(person_id.0))
            .filter(vaccination::Column::Dose.eq(dose))
            .exec(db)
            .await?;
        if r.rows_affected == 0 {
            return Err(ServiceError::conflict(format!("the record has no dose {dose} any more")));
        }
        return Ok(());
    }
    let col = match field {
        F::Phone => (person::Column::Phone, Expr::value(c.after.clone())),
        F::FullName => (person::Column::FullName, Expr::value(c.after.clone())),
        F::BirthDate => (person::Column::BirthDate, Expr::value(date()?)),
        F::Sex => (person::Column::Sex, Expr::value(c.after.clone())),
        _ => (person::Column::Nik, Expr::value(c.after.clone())),
    };
    person::Entity::update_many()
        .col_expr(col.0, col.1)
        .col_expr(person::Column::UpdatedAt, Expr::value(now))
        .filter(person::Column::Id.eq(person_id.0))
        .exec(db)
        .await?;
    Ok(())
}

/// After a change: each dose's digest is recomputed, and a dose whose certificate no
/// longer matches is put on the issuing list (a new version, never an edit).
pub async fn refresh_digests<C: ConnectionTrait>(db: &C, person_id: PersonId) -> ServiceResult<u64> {
    let mut due = 0;
    for d in super::certificates::record_of_person(db, person_id).await? {
        let digest = match (d.vaccinated_on, d.facility.as_deref()) {
            (Some(date), Some(facility)) => Some(
                crate::domain::CertifiedFacts {
                    nik: &d.nik,
                    full_name: &d.full_name,
                    birth_date: d.birth_date,
                    dose: d.dose,
                    vaccine: &d.vaccine,
                    vaccinated_on: date,
                    facility,
                    batch: d.batch.as_deref(),
                }
                .digest(),
            ),
            _ => None,
        };
        let Some(digest) = digest else { continue };
        let row = vaccination::Entity::find_by_id(d.dose_id).one(db).await?;
        let stale = row.is_some_and(|r| r.certified_digest.as_deref() != Some(digest.as_str()));
        vaccination::Entity::update_many()
            .col_expr(vaccination::Column::RecordDigest, Expr::value(digest))
            .col_expr(vaccination::Column::CertDue, Expr::value(stale))
            .filter(vaccination::Column::Id.eq(d.dose_id))
            .exec(db)
            .await?;
        due += u64::from(stale);
    }
    Ok(due)
}

/// `(id, storage key, sha256)` of evidence files after `after` in id order, `limit` at
/// a time (`storage migrate` checks every one).
pub async fn evidence_keys_page<C: ConnectionTrait>(
    db: &C,
    after: Uuid,
    limit: u64,
) -> ServiceResult<Vec<(Uuid, String, String)>> {
    use correction_evidence::Column;
    use sea_orm::QuerySelect;
    Ok(correction_evidence::Entity::find()
        .select_only()
        .columns([Column::Id, Column::StoragePath, Column::Sha256])
        .filter(Column::Id.gt(after))
        .order_by_asc(Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?)
}
