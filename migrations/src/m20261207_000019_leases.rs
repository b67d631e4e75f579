//! Named leases for background work one process of a fleet does at a time (the SLA
//! sweep, the round-robin, the search indexer): the holder renews it, and another
//! process takes over once it lapses.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("lease")
                .col(string_len("name", 64).primary_key())
                .col(string_len_null("owner", 200))
                .col(timestamp_with_time_zone_null("until"))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("lease").to_owned()).await
    }
}
