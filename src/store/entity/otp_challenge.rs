use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "otp_challenge")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub flow_hash: String,
    pub purpose: String,
    pub person_id: Option<Uuid>,
    pub ticket_id: Option<Uuid>,
    pub phone: Option<String>,
    pub code_hash: String,
    pub attempts: i32,
    pub sends: i32,
    pub data: Option<Json>,
    pub expires_at: DateTimeUtc,
    pub last_sent_at: Option<DateTimeUtc>,
    pub verified_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
