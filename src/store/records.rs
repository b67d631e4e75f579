//! People, their doses and the vaccine reference data, written in bulk.

use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, Statement,
};
use uuid::Uuid;

use super::entity::{vaccination, vaccine};
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

/// People per statement (9 bound values a person).
const CHUNK: usize = 2000;

/// Upserts people by NIK and their doses by (person, dose number) in the caller's
/// transaction; returns how many doses are pending input. Existing people keep their id.
/// The dose search-log trigger is paused meanwhile: the person upsert logs every
/// person of the batch already (one log row per person instead of three).
pub async fn upsert(
    txn: &DatabaseTransaction,
    people: &[PersonRecord],
    keep_identity: bool,
) -> ServiceResult<usize> {
    let conflict = if keep_identity { PERSON_KEEP } else { PERSON_CONFLICT };
    if people.is_empty() {
        return Ok(0);
    }
    if txn.get_database_backend() == DbBackend::Postgres {
        return upsert_pg(txn, people, conflict).await;
    }
    // Inside the transaction only: no other connection ever sees the pause row.
    txn.execute_unprepared("INSERT OR IGNORE INTO search_log_pause (id) VALUES (1)").await?;
    let mut pending = 0;
    // SQLite allows 32,766 bound values per statement: stay well under it.
    for chunk in people.chunks(CHUNK) {
        pending += upsert_sqlite(txn, chunk, conflict).await?;
    }
    txn.execute_unprepared("DELETE FROM search_log_pause").await?;
    Ok(pending)
}

/// SQLite: multi-row upserts written out (no query builder per row); the person
/// upsert returns the ids, so the doses need no second lookup.
async fn upsert_sqlite<C: ConnectionTrait>(
    db: &C,
    people: &[PersonRecord],
    conflict: &str,
) -> ServiceResult<usize> {
    use sea_orm::Value;
    let now = Utc::now();
    let mut sql = String::with_capacity(64 + people.len() * 40);
    sql.push_str(
        "INSERT INTO person (id, nik, full_name, birth_date, sex, phone, email, lookup_locked, created_at, updated_at) VALUES ",
    );
    // Plain `?` placeholders: sqlx resolves numbered ones (`?17`) by a search per value.
    let mut values: Vec<Value> = Vec::with_capacity(people.len() * 9);
    for (i, _) in people.iter().enumerate() {
        sql.push_str(if i > 0 { ",(?,?,?,?,?,?,?,0,?,?)" } else { "(?,?,?,?,?,?,?,0,?,?)" });
    }
    for p in people {
        values.extend([
            Uuid::now_v7().into(),
            p.nik.expose().into(),
            p.full_name.as_str().into(),
            p.birth_date.into(),
            p.sex.as_str().into(),
            Value::from(p.phone.as_ref().map(|x| x.expose().to_string())),
            Value::from(p.email.clone()),
            now.into(),
            now.into(),
        ]);
    }
    sql.push_str(conflict);
    sql.push_str(" RETURNING id, nik");
    let rows = db.query_all_raw(Statement::from_sql_and_values(DbBackend::Sqlite, sql, values)).await?;
    let mut ids = std::collections::HashMap::with_capacity(rows.len());
    for r in rows {
        ids.insert(r.try_get::<String>("", "nik")?, r.try_get::<Uuid>("", "id")?);
    }
    let mut pending = 0;
    let doses: Vec<(Uuid, &PersonRecord, &crate::domain::record::DoseRecord)> = people
        .iter()
        .filter_map(|p| ids.get(p.nik.expose()).map(|id| (*id, p)))
        .flat_map(|(id, p)| p.doses.iter().map(move |d| (id, p, d)))
        .collect();
    // 13 values a dose: stay under SQLite's 32,766 bound values per statement.
    for chunk in doses.chunks(2000) {
        let mut sql = String::with_capacity(256 + chunk.len() * 64);
        sql.push_str(
            "INSERT INTO vaccination (id, person_id, dose, vaccine, vaccinated_on, facility, batch, status, \
             pending_reason, record_digest, cert_due, created_at, updated_at) VALUES ",
        );
        let mut values: Vec<Value> = Vec::with_capacity(chunk.len() * 13);
        for (i, (person_id, p, d)) in chunk.iter().enumerate() {
            sql.push_str(if i > 0 { ",(?,?,?,?,?,?,?,?,?,?,?,?,?)" } else { "(?,?,?,?,?,?,?,?,?,?,?,?,?)" });
            pending += usize::from(d.pending.is_some());
            let digest = p.dose_digest(d);
            values.extend([
                Uuid::now_v7().into(),
                (*person_id).into(),
                i16::from(d.dose).into(),
                d.vaccine.as_str().into(),
                Value::from(d.date),
                Value::from(d.facility.clone()),
                Value::from(d.batch.clone()),
                if d.pending.is_some() { "pending_input" } else { "complete" }.into(),
                Value::from(d.pending.clone()),
                Value::from(digest.clone()),
                digest.is_some().into(),
                now.into(),
                now.into(),
            ]);
        }
        sql.push_str(&dose_conflict(DbBackend::Sqlite));
        db.execute_raw(Statement::from_sql_and_values(DbBackend::Sqlite, sql, values)).await?;
    }
    Ok(pending)
}

/// PostgreSQL: one statement per batch. Each column travels as one array parameter
/// (binary, no per-row placeholders, no JSON to parse), the person upsert returns
/// the ids, and the doses join them by NIK in the same statement. Within the
/// transaction the dose search-log trigger is told to stay quiet: the person upsert
/// already logs every person of the batch.
async fn upsert_pg<C: ConnectionTrait>(
    db: &C,
    people: &[PersonRecord],
    conflict: &str,
) -> ServiceResult<usize> {
    let now = Utc::now();
    let n = people.len();
    let mut p_id = Vec::with_capacity(n);
    let mut p_nik = Vec::with_capacity(n);
    let mut p_name = Vec::with_capacity(n);
    let mut p_birth = Vec::with_capacity(n);
    let mut p_sex = Vec::with_capacity(n);
    let mut p_phone = Vec::with_capacity(n);
    let mut p_email = Vec::with_capacity(n);
    let mut d_id = Vec::with_capacity(n * 2);
    let mut d_nik = Vec::with_capacity(n * 2);
    let mut d_dose = Vec::with_capacity(n * 2);
    let mut d_vaccine = Vec::with_capacity(n * 2);
    let mut d_date = Vec::with_capacity(n * 2);
    let mut d_facility = Vec::with_capacity(n * 2);
    let mut d_batch = Vec::with_capacity(n * 2);
    let mut d_reason = Vec::with_capacity(n * 2);
    let mut d_digest = Vec::with_capacity(n * 2);
    let mut pending = 0;
    // Arrays of text cannot carry NULL here: '' stands for it (no field is ever blank,
    // the domain types turn blanks into None).
    let text = |v: Option<&str>| v.unwrap_or_default().to_string();
    for p in people {
        p_id.push(Uuid::now_v7());
        p_nik.push(p.nik.expose().to_string());
        p_name.push(p.full_name.clone());
        p_birth.push(p.birth_date);
        p_sex.push(p.sex.as_str().to_string());
        p_phone.push(text(p.phone.as_ref().map(|x| x.expose())));
        p_email.push(text(p.email.as_deref()));
        for d in &p.doses {
            pending += usize::from(d.pending.is_some());
            d_id.push(Uuid::now_v7());
            d_nik.push(p.nik.expose().to_string());
            d_dose.push(i16::from(d.dose));
            d_vaccine.push(d.vaccine.clone());
            d_date.push(d.date.map(|x| x.to_string()).unwrap_or_default());
            d_facility.push(text(d.facility.as_deref()));
            d_batch.push(text(d.batch.as_deref()));
            d_reason.push(text(d.pending.as_deref()));
            d_digest.push(p.dose_digest(d).unwrap_or_default());
        }
    }
    db.execute_unprepared("SET LOCAL certdesk.bulk_import = 'on'").await?;
    let sql = format!(
        "WITH p AS ( \
           INSERT INTO person (id, nik, full_name, birth_date, sex, phone, email, lookup_locked, created_at, updated_at) \
           SELECT id, nik, full_name, birth_date, sex, NULLIF(phone, ''), NULLIF(email, ''), false, $1, $1 \
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[]) \
             AS r(id, nik, full_name, birth_date, sex, phone, email) \
           {conflict} RETURNING id, nik) \
         INSERT INTO vaccination (id, person_id, dose, vaccine, vaccinated_on, facility, batch, status, \
           pending_reason, record_digest, cert_due, created_at, updated_at) \
         SELECT d.id, p.id, d.dose, d.vaccine, NULLIF(d.vaccinated_on, '')::date, NULLIF(d.facility, ''), \
           NULLIF(d.batch, ''), CASE WHEN d.reason = '' THEN 'complete' ELSE 'pending_input' END, \
           NULLIF(d.reason, ''), NULLIF(d.digest, ''), d.digest <> '', $1, $1 \
         FROM unnest($9::uuid[], $10::text[], $11::int2[], $12::text[], $13::text[], $14::text[], $15::text[], \
             $16::text[], $17::text[]) AS d(id, nik, dose, vaccine, vaccinated_on, facility, batch, reason, digest) \
         JOIN p ON p.nik = d.nik{}",
        dose_conflict(DbBackend::Postgres)
    );
    let values: Vec<sea_orm::Value> = vec![
        now.into(),
        p_id.into(),
        p_nik.into(),
        p_name.into(),
        p_birth.into(),
        p_sex.into(),
        p_phone.into(),
        p_email.into(),
        d_id.into(),
        d_nik.into(),
        d_dose.into(),
        d_vaccine.into(),
        d_date.into(),
        d_facility.into(),
        d_batch.into(),
        d_reason.into(),
        d_digest.into(),
    ];
    db.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await?;
    Ok(pending)
}

/// A person already known by NIK keeps its identity (a member of staff's import: its
/// changes are held for review), touched only so that RETURNING names it.
const PERSON_KEEP: &str = " ON CONFLICT (nik) DO UPDATE SET updated_at = excluded.updated_at";

/// A person already known by NIK takes the feed's values and keeps its id.
const PERSON_CONFLICT: &str = " ON CONFLICT (nik) DO UPDATE SET full_name = excluded.full_name, \
     birth_date = excluded.birth_date, sex = excluded.sex, phone = excluded.phone, email = excluded.email, \
     updated_at = excluded.updated_at";

/// A known dose takes the feed's values and is due when the record is complete and
/// says something other than what the current certificate certifies (or there is none).
fn dose_conflict(backend: DbBackend) -> String {
    let differs = match backend {
        DbBackend::Postgres => "IS DISTINCT FROM",
        _ => "IS NOT",
    };
    format!(
        " ON CONFLICT (person_id, dose) DO UPDATE SET vaccine = excluded.vaccine, \
         vaccinated_on = excluded.vaccinated_on, facility = excluded.facility, batch = excluded.batch, \
         status = excluded.status, pending_reason = excluded.pending_reason, \
         record_digest = excluded.record_digest, updated_at = excluded.updated_at, \
         cert_due = excluded.record_digest IS NOT NULL AND excluded.record_digest {differs} vaccination.certified_digest"
    )
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
