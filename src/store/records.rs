//! People, their doses and the vaccine reference data, written in bulk.

use chrono::Utc;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use super::entity::{person, vaccination, vaccine};
use crate::domain::record::PersonRecord;
use crate::domain::{PersonId, Vaccine};
use crate::error::ServiceResult;

/// Inserts the brands that are not there yet; never overwrites an admin's edits.
pub async fn seed_vaccines<C: ConnectionTrait>(db: &C, list: &[Vaccine]) -> ServiceResult<()> {
    let now = Utc::now();
    let rows = list.iter().map(|v| vaccine::ActiveModel {
        code: Set(v.code.clone()),
        name: Set(v.name.clone()),
        manufacturer: Set(v.manufacturer.clone()),
        active: Set(true),
        created_at: Set(now),
    });
    vaccine::Entity::insert_many(rows)
        .on_conflict(OnConflict::column(vaccine::Column::Code).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(())
}

pub async fn active_vaccines<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<Vaccine>> {
    Ok(vaccine::Entity::find()
        .filter(vaccine::Column::Active.eq(true))
        .order_by_asc(vaccine::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|m| Vaccine { code: m.code, name: m.name, manufacturer: m.manufacturer })
        .collect())
}

/// People per statement (a person is up to 10 values; their doses up to ~3 × 11).
const CHUNK: usize = 800;

/// Upserts people by NIK and their doses by (person, dose number); returns how many
/// doses are pending input. Existing people keep their id.
pub async fn upsert<C: ConnectionTrait>(db: &C, people: &[PersonRecord]) -> ServiceResult<usize> {
    if people.is_empty() {
        return Ok(0);
    }
    // SQLite allows 32,766 bound values per statement: stay well under it.
    if people.len() > CHUNK {
        let mut pending = 0;
        for chunk in people.chunks(CHUNK) {
            pending += Box::pin(upsert(db, chunk)).await?;
        }
        return Ok(pending);
    }
    let now = Utc::now();
    let rows = people.iter().map(|p| person::ActiveModel {
        id: Set(Uuid::now_v7()),
        nik: Set(p.nik.expose().into()),
        full_name: Set(p.full_name.clone()),
        birth_date: Set(p.birth_date),
        sex: Set(p.sex.as_str().into()),
        phone: Set(p.phone.as_ref().map(|x| x.expose().into())),
        email: Set(p.email.clone()),
        lookup_locked: Set(false),
        merged_into: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    });
    person::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::column(person::Column::Nik)
                .update_columns([
                    person::Column::FullName,
                    person::Column::BirthDate,
                    person::Column::Sex,
                    person::Column::Phone,
                    person::Column::Email,
                    person::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    let ids: std::collections::HashMap<String, Uuid> = person::Entity::find()
        .select_only()
        .column(person::Column::Nik)
        .column(person::Column::Id)
        .filter(person::Column::Nik.is_in(people.iter().map(|p| p.nik.expose().to_string())))
        .into_tuple::<(String, Uuid)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut pending = 0;
    let mut doses = Vec::new();
    for p in people {
        let Some(&person_id) = ids.get(p.nik.expose()) else { continue };
        for d in &p.doses {
            pending += usize::from(d.pending.is_some());
            doses.push(vaccination::ActiveModel {
                id: Set(Uuid::now_v7()),
                person_id: Set(person_id),
                dose: Set(i16::from(d.dose)),
                vaccine: Set(d.vaccine.clone()),
                vaccinated_on: Set(d.date),
                facility: Set(d.facility.clone()),
                batch: Set(d.batch.clone()),
                status: Set(if d.pending.is_some() { "pending_input" } else { "complete" }.into()),
                pending_reason: Set(d.pending.clone()),
                record_digest: Set(p.dose_digest(d)),
                certified_digest: Set(None),
                cert_due: Set(d.pending.is_none()),
                created_at: Set(now),
                updated_at: Set(now),
            });
        }
    }
    vaccination::Entity::insert_many(doses)
        .on_conflict(
            OnConflict::columns([vaccination::Column::PersonId, vaccination::Column::Dose])
                .update_columns([
                    vaccination::Column::Vaccine,
                    vaccination::Column::VaccinatedOn,
                    vaccination::Column::Facility,
                    vaccination::Column::Batch,
                    vaccination::Column::Status,
                    vaccination::Column::PendingReason,
                    vaccination::Column::RecordDigest,
                    vaccination::Column::UpdatedAt,
                ])
                // Due when the record is complete and says something other than what
                // the current certificate certifies (or there is none yet).
                .value(vaccination::Column::CertDue, Expr::cust(cert_due_sql(db.get_database_backend())))
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(pending)
}

fn cert_due_sql(backend: DbBackend) -> &'static str {
    match backend {
        DbBackend::Postgres => {
            "excluded.record_digest IS NOT NULL AND excluded.record_digest IS DISTINCT FROM vaccination.certified_digest"
        }
        _ => "excluded.record_digest IS NOT NULL AND excluded.record_digest IS NOT vaccination.certified_digest",
    }
}

/// (dose, status, pending reason) of a person's doses, in dose order.
pub async fn doses_of<C: ConnectionTrait>(
    db: &C,
    person: PersonId,
) -> ServiceResult<Vec<(i16, String, Option<String>)>> {
    Ok(vaccination::Entity::find()
        .filter(vaccination::Column::PersonId.eq(person.0))
        .order_by_asc(vaccination::Column::Dose)
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.dose, v.status, v.pending_reason))
        .collect())
}
