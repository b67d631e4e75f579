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
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("ticket_message").drop_column("other_sender").to_owned()).await?;
        m.alter_table(Table::alter().table("correction_request").drop_column("proof").to_owned()).await?;
        m.alter_table(Table::alter().table("correction_request").drop_column("requested_by").to_owned()).await
    }
}
