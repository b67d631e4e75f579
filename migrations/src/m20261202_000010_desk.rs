//! The agent desk: signed-in staff sessions (a cookie holds the token; only its hash
//! is stored, with the CSRF token of the session and its idle and absolute limits).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("desk_session")
                .col(string_len("token_hash", 64).primary_key())
                .col(uuid("staff_id"))
                .col(string_len("csrf", 64))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("last_seen_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_desk_session_staff").table("desk_session").col("staff_id").take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("desk_session").to_owned()).await
    }
}
