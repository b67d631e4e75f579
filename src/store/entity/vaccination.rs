use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vaccination")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub person_id: Uuid,
    pub dose: i16,
    pub vaccine: String,
    pub vaccinated_on: Option<Date>,
    pub facility: Option<String>,
    pub batch: Option<String>,
    pub status: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub pending_reason: Option<String>,
    pub record_digest: Option<String>,
    pub certified_digest: Option<String>,
    pub cert_due: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
