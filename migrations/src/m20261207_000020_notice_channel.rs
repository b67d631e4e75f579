//! Certificate notices may go by WhatsApp template: the outbox row says which channel
//! carries it. Expand-only: existing rows are SMS.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table("sms_message").add_column(string_len("channel", 16).default("sms")).take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("sms_message").drop_column("channel").take()).await
    }
}
