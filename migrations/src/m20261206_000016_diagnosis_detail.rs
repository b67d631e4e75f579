//! A diagnosis says how sure it is, which dose it is about and which field is wrong.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            string_len("confidence", 8).default("medium").to_owned(),
            small_integer_null("dose").to_owned(),
            string_len_null("field", 32).to_owned(),
        ] {
            let mut col = col;
            m.alter_table(Table::alter().table("ticket_diagnosis").add_column(&mut col).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in ["field", "dose", "confidence"] {
            m.alter_table(Table::alter().table("ticket_diagnosis").drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}
