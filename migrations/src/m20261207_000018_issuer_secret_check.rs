//! Each signing key remembers a check value of the issuer secret it was used with, so
//! a node given another secret than the rest of the fleet refuses to start.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Nullable: installations before this learn it from the first node to start.
        m.alter_table(
            Table::alter().table("issuer_key").add_column(string_len_null("secret_check", 64)).to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("issuer_key").drop_column("secret_check").to_owned()).await
    }
}
