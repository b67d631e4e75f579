//! Person records (the vaccination side). Only what ticket linking needs so far.

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
