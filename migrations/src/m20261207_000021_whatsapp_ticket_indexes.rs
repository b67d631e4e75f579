//! A ticket's WhatsApp messages are found by `ticket_id` (the conversation behind a
//! ticket for every agent reply and the desk's view of it): without these indexes each
//! of those read every message ever received or sent. Expand-only.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXES: [(&str, &str); 2] = [
    ("ix_whatsapp_inbound_ticket", "whatsapp_inbound"),
    ("ix_whatsapp_outbound_ticket", "whatsapp_outbound"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in INDEXES {
            m.create_index(Index::create().if_not_exists().name(name).table(table).col("ticket_id").take())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in INDEXES {
            m.drop_index(Index::drop().name(name).table(table).to_owned()).await?;
        }
        Ok(())
    }
}
