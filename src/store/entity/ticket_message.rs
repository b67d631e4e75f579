use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ticket_message")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub ticket_id: Uuid,
    pub kind: String,
    pub author_staff_id: Option<Uuid>,
    pub author_name: Option<String>,
    pub author_email: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub references: Option<String>,
    pub created_at: DateTimeUtc,
    pub recipient: Option<String>,
    pub auto: bool,
    pub other_sender: bool,
    pub delivery_status: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub delivery_error: Option<String>,
    pub inbound_mail_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
