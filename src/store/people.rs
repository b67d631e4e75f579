//! Person records (the vaccination side): lookup, phone changes, merging duplicates.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::entity::person;
use crate::domain::{Nik, PersonId};
use crate::error::ServiceResult;

pub async fn id_by_nik<C: ConnectionTrait>(db: &C, nik: &Nik) -> ServiceResult<Option<PersonId>> {
    Ok(person::Entity::find()
        .filter(person::Column::Nik.eq(nik.expose()))
        .one(db)
        .await?
        .map(|p| PersonId(p.id)))
}

/// A person record as services see it. NIK and phone are personal data: never log them.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: PersonId,
    pub nik: String,
    pub full_name: String,
    pub birth_date: chrono::NaiveDate,
    pub sex: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub lookup_locked: bool,
    pub merged_into: Option<PersonId>,
}

fn from_model(m: person::Model) -> Person {
    Person {
        id: PersonId(m.id),
        nik: m.nik,
        full_name: m.full_name,
        birth_date: m.birth_date,
        sex: m.sex,
        phone: m.phone,
        email: m.email,
        lookup_locked: m.lookup_locked,
        merged_into: m.merged_into.map(PersonId),
    }
}

pub async fn find<C: ConnectionTrait>(db: &C, id: PersonId) -> ServiceResult<Option<Person>> {
    Ok(person::Entity::find_by_id(id.0).one(db).await?.map(from_model))
}

pub async fn find_by_nik<C: ConnectionTrait>(db: &C, nik: &Nik) -> ServiceResult<Option<Person>> {
    Ok(person::Entity::find().filter(person::Column::Nik.eq(nik.expose())).one(db).await?.map(from_model))
}

/// The people of these NIKs that are on record (one query; callers pass a batch).
pub async fn find_by_niks<C: ConnectionTrait>(db: &C, niks: &[Nik]) -> ServiceResult<Vec<Person>> {
    let mut out = Vec::with_capacity(niks.len());
    // Well under every database's bound-parameter limit.
    for chunk in niks.chunks(2000) {
        let chunk: Vec<&str> = chunk.iter().map(Nik::expose).collect();
        out.extend(
            person::Entity::find()
                .filter(person::Column::Nik.is_in(chunk))
                .all(db)
                .await?
                .into_iter()
                .map(from_model),
        );
    }
    Ok(out)
}

pub async fn set_phone<C: ConnectionTrait>(db: &C, id: PersonId, phone: Option<&str>) -> ServiceResult<()> {
    person::Entity::update_many()
        .col_expr(person::Column::Phone, Expr::value(phone.map(str::to_string)))
        .col_expr(person::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
        .filter(person::Column::Id.eq(id.0))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_lookup_locked<C: ConnectionTrait>(db: &C, id: PersonId, locked: bool) -> ServiceResult<()> {
    person::Entity::update_many()
        .col_expr(person::Column::LookupLocked, Expr::value(locked))
        .col_expr(person::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
        .filter(person::Column::Id.eq(id.0))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_merged_into<C: ConnectionTrait>(db: &C, id: PersonId, into: PersonId) -> ServiceResult<()> {
    person::Entity::update_many()
        .col_expr(person::Column::MergedInto, Expr::value(into.0))
        .col_expr(person::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
        .filter(person::Column::Id.eq(id.0))
        .exec(db)
        .await?;
    Ok(())
}

/// Moves the doses of `from` to `to`, renumbered in date order after `to`'s own doses,
/// and recomputes what each dose's certificate must say (and whether one is due).
/// Returns how many doses moved.
pub async fn move_doses<C: ConnectionTrait>(db: &C, from: &Person, to: &Person) -> ServiceResult<usize> {
    use super::entity::vaccination;
    use sea_orm::QueryOrder;
    let mut all = vaccination::Entity::find()
        .filter(vaccination::Column::PersonId.is_in([from.id.0, to.id.0]))
        .order_by_asc(vaccination::Column::Dose)
        .all(db)
        .await?;
    let moved = all.iter().filter(|v| v.person_id == from.id.0).count();
    // Date order decides the dose number (a dose 2 booked under another NIK became a new
    // dose 1 there); undated doses keep their relative order at the end.
    all.sort_by_key(|v| (v.vaccinated_on.is_none(), v.vaccinated_on, v.person_id != to.id.0, v.dose));
    // Out of the way first: (person, dose) is unique.
    for (i, v) in all.iter().enumerate() {
        vaccination::Entity::update_many()
            .col_expr(vaccination::Column::Dose, Expr::value(-(i as i16) - 1))
            .filter(vaccination::Column::Id.eq(v.id))
            .exec(db)
            .await?;
    }
    for (i, v) in all.iter().enumerate() {
        let dose = i as u8 + 1;
        let digest = match (v.status.as_str(), v.vaccinated_on, v.facility.as_deref()) {
            ("complete", Some(date), Some(facility)) => Some(
                crate::domain::CertifiedFacts {
                    nik: &to.nik,
                    full_name: &to.full_name,
                    birth_date: to.birth_date,
                    dose,
                    vaccine: &v.vaccine,
                    vaccinated_on: date,
                    facility,
                    batch: v.batch.as_deref(),
                }
                .digest(),
            ),
            _ => None,
        };
        let due = digest.is_some() && digest != v.certified_digest;
        vaccination::Entity::update_many()
            .col_expr(vaccination::Column::PersonId, Expr::value(to.id.0))
            .col_expr(vaccination::Column::Dose, Expr::value(i16::from(dose)))
            .col_expr(vaccination::Column::RecordDigest, Expr::value(digest))
            .col_expr(vaccination::Column::CertDue, Expr::value(due))
            .col_expr(vaccination::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
            .filter(vaccination::Column::Id.eq(v.id))
            .exec(db)
            .await?;
    }
    Ok(moved)
}

/// The one live record with this phone (E.164), or with this e-mail address (any case);
/// `None` when none or several have it (no guessing between people).
pub async fn unique_by_contact<C: ConnectionTrait>(
    db: &C,
    phone: Option<&str>,
    email: Option<&str>,
) -> ServiceResult<Option<PersonId>> {
    use sea_orm::sea_query::{ExprTrait, Func};
    use sea_orm::QuerySelect;
    if let Some(phone) = phone {
        let ids: Vec<uuid::Uuid> = person::Entity::find()
            .select_only()
            .column(person::Column::Id)
            .filter(person::Column::Phone.eq(phone))
            .filter(person::Column::MergedInto.is_null())
            .limit(2)
            .into_tuple()
            .all(db)
            .await?;
        if ids.len() == 1 {
            return Ok(Some(PersonId(ids[0])));
        }
    }
    if let Some(email) = email {
        let ids: Vec<uuid::Uuid> = person::Entity::find()
            .select_only()
            .column(person::Column::Id)
            // `IS NOT NULL` matches the partial index's predicate.
            .filter(person::Column::Email.is_not_null())
            .filter(Func::lower(Expr::col(person::Column::Email)).eq(email.to_lowercase()))
            .filter(person::Column::MergedInto.is_null())
            .limit(2)
            .into_tuple()
            .all(db)
            .await?;
        if ids.len() == 1 {
            return Ok(Some(PersonId(ids[0])));
        }
    }
    Ok(None)
}
