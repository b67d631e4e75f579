//! People, their doses and the vaccine reference data, written in bulk.

use chrono::Utc;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Statement,
};
use serde_json::json;
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
    if db.get_database_backend() == DbBackend::Postgres {
        return upsert_pg(db, people).await;
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

/// PostgreSQL: the whole batch travels as one JSON parameter and is unpacked by
/// `json_to_recordset`, so a batch is two short statements that PostgreSQL parses once,
/// instead of two statements with ~10 bound values per row; doses find their person by
/// NIK in the same statement. About five times faster than multi-row VALUES here.
async fn upsert_pg<C: ConnectionTrait>(db: &C, people: &[PersonRecord]) -> ServiceResult<usize> {
    let now = Utc::now();
    let mut pending = 0;
    let mut persons = Vec::with_capacity(people.len());
    let mut doses = Vec::with_capacity(people.len() * 2);
    for p in people {
        persons.push(json!({
            "id": Uuid::now_v7(),
            "nik": p.nik.expose(),
            "full_name": p.full_name,
            "birth_date": p.birth_date,
            "sex": p.sex.as_str(),
            "phone": p.phone.as_ref().map(|x| x.expose()),
            "email": p.email,
        }));
        for d in &p.doses {
            pending += usize::from(d.pending.is_some());
            doses.push(json!({
                "id": Uuid::now_v7(),
                "nik": p.nik.expose(),
                "dose": d.dose,
                "vaccine": d.vaccine,
                "vaccinated_on": d.date,
                "facility": d.facility,
                "batch": d.batch,
                "status": if d.pending.is_some() { "pending_input" } else { "complete" },
                "pending_reason": d.pending,
                "record_digest": p.dose_digest(d),
            }));
        }
    }
    let stmt = |sql: &str, rows: Vec<serde_json::Value>| {
        Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql,
            [serde_json::Value::Array(rows).to_string().into(), now.into()],
        )
    };
    db.execute_raw(stmt(
        "INSERT INTO person (id, nik, full_name, birth_date, sex, phone, email, lookup_locked, created_at, updated_at) \
         SELECT id, nik, full_name, birth_date, sex, phone, email, false, $2, $2 \
         FROM json_to_recordset($1::json) AS r(id uuid, nik text, full_name text, birth_date date, sex text, \
           phone text, email text) \
         ON CONFLICT (nik) DO UPDATE SET full_name = excluded.full_name, birth_date = excluded.birth_date, \
           sex = excluded.sex, phone = excluded.phone, email = excluded.email, updated_at = excluded.updated_at",
        persons,
    ))
    .await?;
    db.execute_raw(stmt(
        &format!(
            "INSERT INTO vaccination (id, person_id, dose, vaccine, vaccinated_on, facility, batch, status, \
               pending_reason, record_digest, cert_due, created_at, updated_at) \
             SELECT r.id, p.id, r.dose, r.vaccine, r.vaccinated_on, r.facility, r.batch, r.status, \
               r.pending_reason, r.record_digest, r.record_digest IS NOT NULL, $2, $2 \
             FROM json_to_recordset($1::json) AS r(id uuid, nik text, dose int2, vaccine text, \
               vaccinated_on date, facility text, batch text, status text, pending_reason text, record_digest text) \
             JOIN person p ON p.nik = r.nik \
             ON CONFLICT (person_id, dose) DO UPDATE SET vaccine = excluded.vaccine, \
               vaccinated_on = excluded.vaccinated_on, facility = excluded.facility, batch = excluded.batch, \
               status = excluded.status, pending_reason = excluded.pending_reason, \
               record_digest = excluded.record_digest, updated_at = excluded.updated_at, cert_due = {}",
            cert_due_sql(DbBackend::Postgres)
        ),
        doses,
    ))
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
