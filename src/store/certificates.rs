//! Certificates and the issuing work list (`vaccination.cert_due`).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use super::entity::{certificate, person, vaccination, vaccine};
pub use crate::domain::Certificate;
use crate::domain::{CertificatePayload, CertificateStatus, PersonId, RevocationReason, Vaccine};
use crate::error::{ServiceError, ServiceResult};

fn from_model(m: certificate::Model) -> ServiceResult<Certificate> {
    let payload = serde_json::from_value(m.payload)
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("certificate {} payload: {e}", m.id)))?;
    Ok(Certificate {
        id: m.id,
        person: PersonId(m.person_id),
        vaccination: m.vaccination_id,
        version: u32::try_from(m.version).unwrap_or_default(),
        status: CertificateStatus::parse(&m.status).unwrap_or(CertificateStatus::Revoked),
        reason: m.revoked_reason.as_deref().and_then(|r| RevocationReason::parse(r).ok()),
        replaced_by: m.replaced_by,
        payload,
        issued_at: m.issued_at,
        changed_at: m.changed_at,
    })
}

/// A dose with what its holder's record says: what a certificate is built from.
#[derive(Debug, Clone)]
pub struct Due {
    pub dose_id: Uuid,
    pub person: PersonId,
    pub nik: String,
    pub full_name: String,
    pub birth_date: NaiveDate,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub dose: u8,
    pub vaccine: String,
    pub vaccinated_on: Option<NaiveDate>,
    pub facility: Option<String>,
    pub batch: Option<String>,
}

fn due_of(d: vaccination::Model, p: &person::Model) -> Due {
    Due {
        dose_id: d.id,
        person: PersonId(p.id),
        nik: p.nik.clone(),
        full_name: p.full_name.clone(),
        birth_date: p.birth_date,
        phone: p.phone.clone(),
        email: p.email.clone(),
        dose: u8::try_from(d.dose).unwrap_or_default(),
        vaccine: d.vaccine,
        vaccinated_on: d.vaccinated_on,
        facility: d.facility,
        batch: d.batch,
    }
}

/// Up to `limit` doses whose certificate is due. On PostgreSQL the rows are locked and
/// rows other issuers hold are skipped, so several processes split the work.
pub async fn due<C: ConnectionTrait>(db: &C, limit: u64) -> ServiceResult<Vec<Due>> {
    // Spelled as the partial index's predicate, so both databases use that index.
    let mut q = vaccination::Entity::find().filter(Expr::cust("vaccination.cert_due")).limit(limit);
    if db.get_database_backend() == DbBackend::Postgres {
        q = q.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let doses = q.all(db).await?;
    let people: HashMap<Uuid, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(doses.iter().map(|d| d.person_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    Ok(doses
        .into_iter()
        .filter_map(|dose| {
            let p = people.get(&dose.person_id)?;
            Some(due_of(dose, p))
        })
        .collect())
}

/// Every brand, active or not: an old certificate may name a retired one.
pub async fn vaccines<C: ConnectionTrait>(db: &C) -> ServiceResult<HashMap<String, Vaccine>> {
    Ok(vaccine::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.code.clone(), Vaccine { code: v.code, name: v.name, manufacturer: v.manufacturer }))
        .collect())
}

/// The newest version of each dose's certificate, whatever its status.
pub async fn latest_of_doses<C: ConnectionTrait>(
    db: &C,
    doses: &[Uuid],
) -> ServiceResult<HashMap<Uuid, Certificate>> {
    let mut out: HashMap<Uuid, Certificate> = HashMap::new();
    if doses.is_empty() {
        return Ok(out);
    }
    for m in certificate::Entity::find()
        .filter(certificate::Column::VaccinationId.is_in(doses.to_vec()))
        .all(db)
        .await?
    {
        let c = from_model(m)?;
        if out.get(&c.vaccination).is_none_or(|o| o.version < c.version) {
            out.insert(c.vaccination, c);
        }
    }
    Ok(out)
}

pub fn new_row(person: PersonId, dose: Uuid, p: &CertificatePayload) -> certificate::ActiveModel {
    certificate::ActiveModel {
        id: Set(p.id),
        person_id: Set(person.0),
        vaccination_id: Set(dose),
        version: Set(i32::try_from(p.version).unwrap_or(i32::MAX)),
        status: Set(CertificateStatus::Active.as_str().into()),
        revoked_reason: Set(None),
        replaced_by: Set(None),
        payload: Set(serde_json::to_value(p).unwrap_or_default()),
        issued_at: Set(p.issued_at),
        changed_at: Set(None),
    }
}

pub async fn insert_many<C: ConnectionTrait>(
    db: &C,
    rows: Vec<certificate::ActiveModel>,
) -> ServiceResult<()> {
    for chunk in rows.chunks(2000) {
        certificate::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    Ok(())
}

/// Ends a certificate's validity. `replaced_by` is set for a superseded one.
pub async fn end<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    status: CertificateStatus,
    reason: RevocationReason,
    replaced_by: Option<Uuid>,
    at: DateTime<Utc>,
) -> ServiceResult<()> {
    certificate::Entity::update_many()
        .col_expr(certificate::Column::Status, Expr::value(status.as_str()))
        .col_expr(certificate::Column::RevokedReason, Expr::value(reason.as_str()))
        .col_expr(certificate::Column::ReplacedBy, Expr::value(replaced_by))
        .col_expr(certificate::Column::ChangedAt, Expr::value(at))
        .filter(certificate::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Points an already superseded certificate at its replacement.
pub async fn set_replaced_by<C: ConnectionTrait>(db: &C, id: Uuid, by: Uuid) -> ServiceResult<()> {
    certificate::Entity::update_many()
        .col_expr(certificate::Column::ReplacedBy, Expr::value(by))
        .filter(certificate::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The doses now certify what their record says.
pub async fn mark_certified<C: ConnectionTrait>(db: &C, doses: &[Uuid]) -> ServiceResult<()> {
    for chunk in doses.chunks(2000) {
        vaccination::Entity::update_many()
            .col_expr(vaccination::Column::CertDue, Expr::value(false))
            .col_expr(vaccination::Column::CertifiedDigest, Expr::col(vaccination::Column::RecordDigest))
            .filter(vaccination::Column::Id.is_in(chunk.to_vec()))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Drops doses from the work list without certifying them (their data is unusable).
pub async fn clear_due<C: ConnectionTrait>(db: &C, doses: &[Uuid]) -> ServiceResult<()> {
    if doses.is_empty() {
        return Ok(());
    }
    vaccination::Entity::update_many()
        .col_expr(vaccination::Column::CertDue, Expr::value(false))
        .filter(vaccination::Column::Id.is_in(doses.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// Puts a person's complete doses (back) on the work list, e.g. after a merge.
pub async fn mark_due_for_person<C: ConnectionTrait>(db: &C, person: PersonId) -> ServiceResult<u64> {
    let r = vaccination::Entity::update_many()
        .col_expr(vaccination::Column::CertDue, Expr::value(true))
        .filter(vaccination::Column::PersonId.eq(person.0))
        .filter(vaccination::Column::RecordDigest.is_not_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected)
}

pub async fn find<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<Certificate>> {
    certificate::Entity::find_by_id(id).one(db).await?.map(from_model).transpose()
}

pub async fn find_for_update<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<Certificate>> {
    let mut q = certificate::Entity::find_by_id(id);
    if db.get_database_backend() == DbBackend::Postgres {
        q = q.lock(LockType::Update);
    }
    q.one(db).await?.map(from_model).transpose()
}

/// A person's certificates, newest first.
pub async fn of_person<C: ConnectionTrait>(db: &C, person: PersonId) -> ServiceResult<Vec<Certificate>> {
    certificate::Entity::find()
        .filter(certificate::Column::PersonId.eq(person.0))
        .order_by_desc(certificate::Column::IssuedAt)
        .order_by_desc(certificate::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect()
}

/// Ids of every certificate that is no longer valid.
pub async fn ended_ids<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<Uuid>> {
    Ok(certificate::Entity::find()
        .select_only()
        .column(certificate::Column::Id)
        .filter(certificate::Column::Status.ne(CertificateStatus::Active.as_str()))
        .into_tuple::<Uuid>()
        .all(db)
        .await?)
}

/// The person and dose rows a certificate is built from.
pub async fn record_of_dose<C: ConnectionTrait>(db: &C, dose: Uuid) -> ServiceResult<Option<Due>> {
    let Some(dose) = vaccination::Entity::find_by_id(dose).one(db).await? else { return Ok(None) };
    let Some(person) = person::Entity::find_by_id(dose.person_id).one(db).await? else { return Ok(None) };
    Ok(Some(due_of(dose, &person)))
}

/// Every dose of a person, as certificates would be built from them.
pub async fn record_of_person<C: ConnectionTrait>(db: &C, person: PersonId) -> ServiceResult<Vec<Due>> {
    let Some(p) = person::Entity::find_by_id(person.0).one(db).await? else { return Ok(Vec::new()) };
    Ok(vaccination::Entity::find()
        .filter(vaccination::Column::PersonId.eq(person.0))
        .order_by_asc(vaccination::Column::Dose)
        .all(db)
        .await?
        .into_iter()
        .map(|d| due_of(d, &p))
        .collect())
}

/// (vaccine code, date) of each dose of a person that has a date: what identity
/// checks compare with, in one query.
pub async fn dose_facts<C: ConnectionTrait>(
    db: &C,
    person: PersonId,
) -> ServiceResult<Vec<(String, NaiveDate)>> {
    Ok(vaccination::Entity::find()
        .select_only()
        .column(vaccination::Column::Vaccine)
        .column(vaccination::Column::VaccinatedOn)
        .filter(vaccination::Column::PersonId.eq(person.0))
        .filter(vaccination::Column::VaccinatedOn.is_not_null())
        .into_tuple::<(String, Option<NaiveDate>)>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(v, d)| Some((v, d?)))
        .collect())
}
