//! The identity promise: who filed a correction and what proof came with it (so the
//! filer can never be its approver), and mail from someone other than the requester
//! kept visibly apart from the citizen's own.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("correction_request")
                // The member of staff who filed it; none for a citizen's own request.
                .add_column(uuid_null("requested_by"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("correction_request")
                // What proved the new value (e.g. a code to the new number, read out).
                .add_column(json_null("proof"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("ticket_message")
                // Inbound from an address that is neither the requester's nor a
                // participant's: shown apart, never changes the ticket's contact data.
                .add_column(boolean("other_sender").default(false))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("staff_user")
                // API tokens expire (`security.api_token_ttl`); null: issued before
                // expiry existed, valid until rotated.
                .add_column(timestamp_with_time_zone_null("token_expires_at"))
                .to_owned(),
        )
        .await?;
        // The desk's second factor (TOTP, RFC 6238): the shared secret (base32; pending
        // until the first code proves the app has it), and the last time step used, so
        // a code is never accepted twice.
        for col in [
            string_null("totp_secret"),
            timestamp_with_time_zone_null("totp_enabled_at"),
            big_integer_null("totp_last_step"),
        ] {
            m.alter_table(Table::alter().table("staff_user").add_column(col).to_owned()).await?;
        }
        m.alter_table(
            Table::alter()
                .table("desk_session")
                // false: the second factor is still owed where the role needs one (a
                // session from before the upgrade owes it too; agents owe nothing).
                .add_column(boolean("second_factor_ok").default(false))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("staff_recovery_code")
                .col(uuid("staff_id"))
                // sha256 of the code; the code itself is shown once.
                .col(string_len("code_hash", 64))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("used_at"))
                .primary_key(Index::create().col("staff_id").col("code_hash"))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("staff_recovery_code").to_owned()).await?;
        m.alter_table(Table::alter().table("desk_session").drop_column("second_factor_ok").to_owned())
            .await?;
        for col in ["totp_last_step", "totp_enabled_at", "totp_secret"] {
            m.alter_table(Table::alter().table("staff_user").drop_column(col).to_owned()).await?;
        }
        m.alter_table(Table::alter().table("staff_user").drop_column("token_expires_at").to_owned()).await?;
        m.alter_table(Table::alter().table("ticket_message").drop_column("other_sender").to_owned()).await?;
        m.alter_table(Table::alter().table("correction_request").drop_column("proof").to_owned()).await?;
        m.alter_table(Table::alter().table("correction_request").drop_column("requested_by").to_owned()).await
    }
}
