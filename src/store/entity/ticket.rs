use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ticket")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub number: String,
    pub subject: String,
    pub status: String,
    pub priority: String,
    pub category: String,
    pub channel: String,
    pub queue: String,
    pub assignee_id: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub requester_name: Option<String>,
    pub requester_email: Option<String>,
    pub requester_phone: Option<String>,
    pub nik: Option<String>,
    pub merged_into_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub first_response_at: Option<DateTimeUtc>,
    pub resolved_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub language: Option<String>,
    pub sla_first_due: Option<DateTimeUtc>,
    pub sla_resolve_due: Option<DateTimeUtc>,
    pub sla_warn_secs: Option<i32>,
    pub sla_paused_at: Option<DateTimeUtc>,
    pub sla_paused_secs: i64,
    pub sla_warned_at: Option<DateTimeUtc>,
    pub sla_breached_at: Option<DateTimeUtc>,
    /// The latest diagnosis's cause (kept by `diagnoses::upsert`, never by ticket writes).
    pub cause: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
