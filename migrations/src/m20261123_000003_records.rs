//! Vaccine reference data as a table admins extend (certdesk seeds the known brands).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("vaccine")
                .col(string("code").primary_key())
                .col(string("name"))
                .col(string("manufacturer"))
                .col(boolean("active").default(true))
                .col(timestamp_with_time_zone("created_at"))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("vaccine").if_exists().take()).await
    }
}
