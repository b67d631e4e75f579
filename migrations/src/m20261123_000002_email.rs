//! The email channel: raw inbound mail (exactly-once ingestion and quarantine),
//! mailbox poller state and leases, delivery state of outbound messages, ticket flags.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("inbound_mail")
                .col(pk_uuid("id"))
                // Message-ID, or sha256 of the raw bytes when there is none: one row per mail.
                .col(string_uniq("dedupe_key"))
                .col(string_null("message_id"))
                .col(string_len("sha256", 64))
                .col(big_integer("size"))
                // imap | pipe | dir
                .col(string("source"))
                .col(string_null("mailbox"))
                // The message as received, byte for byte: kept for retries and evidence, and
                // written in the same transaction as its outcome, so they never disagree.
                .col(blob("raw"))
                // processed | quarantined | discarded (written with the outcome)
                .col(string("status"))
                .col(text_null("reason"))
                .col(uuid_null("ticket_id"))
                .col(uuid_null("ticket_message_id"))
                .col(integer("attempts").default(0))
                .col(timestamp_with_time_zone("received_at"))
                .col(timestamp_with_time_zone_null("processed_at"))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_inbound_mail_status").table("inbound_mail").col("status").take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("mailbox_state")
                .col(string("name").primary_key())
                .col(timestamp_with_time_zone_null("last_poll_at"))
                .col(text_null("last_error"))
                .col(integer("backlog").default(0))
                .col(big_integer_null("uidvalidity"))
                // Lease: exactly one process polls a mailbox; another takes over when it lapses.
                .col(string_null("lease_owner"))
                .col(timestamp_with_time_zone_null("lease_until"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("ticket_flag")
                .col(big_pk_auto("id"))
                .col(uuid("ticket_id"))
                // e.g. invalid_nik, bounce, several_niks
                .col(string("kind"))
                .col(text("detail"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_ticket_flag_ticket_id")
                        .from("ticket_flag", "ticket_id")
                        .to("ticket", "id"),
                )
                .take(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_ticket_flag_ticket_id").table("ticket_flag").col("ticket_id").take(),
        )
        .await?;

        // SQLite adds one column per ALTER TABLE.
        for col in [
            string_null("recipient"),
            boolean("auto").default(false).take(),
            // outbound mail: pending | sent | failed | bounced
            string_null("delivery_status"),
            text_null("delivery_error"),
            uuid_null("inbound_mail_id"),
        ] {
            m.alter_table(Table::alter().table("ticket_message").add_column(col).take()).await?;
        }
        m.alter_table(Table::alter().table("ticket").add_column(string_len_null("language", 2)).take())
            .await?;
        m.create_index(
            Index::create()
                .name("ix_ticket_message_recipient")
                .table("ticket_message")
                .col("recipient")
                .col("created_at")
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_ticket_requester_email")
                .table("ticket")
                .col("requester_email")
                .col("created_at")
                .take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["ticket_flag", "mailbox_state", "inbound_mail"] {
            m.drop_table(Table::drop().table(t).if_exists().take()).await?;
        }
        Ok(())
    }
}
