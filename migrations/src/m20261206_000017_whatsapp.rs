//! The WhatsApp channel: conversations (by business-scoped user id or WhatsApp number),
//! inbound messages deduplicated on Meta's message id, the outbound queue and the
//! delivery statuses Meta reports.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("whatsapp_conversation")
                .col(uuid("id").primary_key())
                .col(string_len_null("bsuid", 160).unique_key())
                .col(string_len_null("wa_id", 20).unique_key())
                .col(string_len_null("profile_name", 200))
                .col(uuid_null("ticket_id"))
                .col(timestamp_with_time_zone_null("last_inbound_at"))
                // The self-service menu's state (JSON) and when it lapses.
                .col(text_null("menu"))
                .col(timestamp_with_time_zone_null("menu_until"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_whatsapp_conversation_ticket")
                .table("whatsapp_conversation")
                .col("ticket_id")
                .take(),
        )
        .await?;
        // Lapsed menu states are swept by this.
        m.create_index(
            Index::create()
                .name("idx_whatsapp_conversation_menu_until")
                .table("whatsapp_conversation")
                .col("menu_until")
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("whatsapp_inbound")
                .col(uuid("id").primary_key())
                .col(string_len("wamid", 256).unique_key())
                .col(uuid("conversation_id"))
                // The message as read from the webhook (JSON of domain::whatsapp::Inbound).
                .col(text("payload"))
                .col(string_len("status", 16))
                .col(text_null("reason"))
                .col(uuid_null("ticket_id"))
                .col(uuid_null("ticket_message_id"))
                .col(timestamp_with_time_zone("received_at"))
                .col(timestamp_with_time_zone_null("processed_at"))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_whatsapp_inbound_status")
                .table("whatsapp_inbound")
                .col("status")
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("whatsapp_outbound")
                .col(uuid("id").primary_key())
                .col(uuid("conversation_id"))
                .col(uuid_null("ticket_id"))
                .col(uuid_null("ticket_message_id"))
                .col(string_len("purpose", 32))
                .col(string_len("idempotency_key", 200).unique_key())
                .col(text("body"))
                .col(string_len_null("template", 200))
                .col(string_len("status", 16))
                .col(string_len_null("wamid", 256).unique_key())
                .col(integer("attempts").default(0))
                .col(text_null("last_error"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(timestamp_with_time_zone_null("sent_at"))
                .col(timestamp_with_time_zone_null("delivered_at"))
                .col(timestamp_with_time_zone_null("read_at"))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_whatsapp_outbound_conversation")
                .table("whatsapp_outbound")
                .col("conversation_id")
                .col("status")
                .take(),
        )
        .await?;
        // Every status Meta posted, once each: those that arrive before the send is
        // recorded (the API's answer races the webhook) are applied when it is.
        m.create_table(
            Table::create()
                .table("whatsapp_status")
                .col(string_len("wamid", 256))
                .col(string_len("status", 16))
                .col(timestamp_with_time_zone("at"))
                .col(big_integer_null("error_code"))
                .col(text_null("error_title"))
                .col(timestamp_with_time_zone("received_at"))
                .primary_key(Index::create().col("wamid").col("status"))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["whatsapp_status", "whatsapp_outbound", "whatsapp_inbound", "whatsapp_conversation"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
