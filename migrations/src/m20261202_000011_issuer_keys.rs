//! The issuer's public keys, one row per signing key ever used: what verification
//! and the published key set read, shared by every certdesk process. Private keys
//! never enter the database.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("issuer_key")
                .col(string_len("kid", 32).primary_key())
                .col(string_len("algorithm", 16))
                // Raw public key, base64url.
                .col(string_len("public_key", 64))
                .col(timestamp_with_time_zone("created_at"))
                // No longer signs; what it signed still verifies.
                .col(timestamp_with_time_zone_null("retired_at"))
                // Withdrawn (e.g. compromised): what it signed no longer verifies.
                .col(timestamp_with_time_zone_null("revoked_at"))
                .col(string_null("revoked_reason"))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("issuer_key").to_owned()).await
    }
}
