use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "whatsapp_status")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub wamid: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub status: String,
    pub at: DateTimeUtc,
    pub error_code: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub error_title: Option<String>,
    pub received_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
