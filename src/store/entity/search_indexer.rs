use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "search_indexer")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub index_name: String,
    pub node: String,
    pub in_flight: i32,
    pub documents: i64,
    pub rate: f64,
    pub refusals: i64,
    pub last_refusal: Option<String>,
    pub last_refusal_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
