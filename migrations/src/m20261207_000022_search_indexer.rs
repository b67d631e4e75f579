//! What the search indexer reports about itself, one row per index, written by whichever
//! process holds the indexer's lease: so every node's status page and metrics show the
//! fleet's indexing (rate, tasks in flight, refusals), not only their own. Expand-only.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("search_indexer")
                .if_not_exists()
                .col(string_len("index_name", 32).primary_key())
                .col(string_len("node", 200))
                .col(integer("in_flight"))
                .col(big_integer("documents"))
                .col(double("rate"))
                .col(big_integer("refusals"))
                .col(text_null("last_refusal"))
                .col(timestamp_with_time_zone_null("last_refusal_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("search_indexer").to_owned()).await
    }
}
