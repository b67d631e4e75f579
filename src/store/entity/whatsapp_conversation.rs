use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "whatsapp_conversation")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub bsuid: Option<String>,
    pub wa_id: Option<String>,
    pub profile_name: Option<String>,
    pub ticket_id: Option<Uuid>,
    pub last_inbound_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub menu: Option<String>,
    pub menu_until: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
