//! Triage: the diagnosis of each ticket (cause, evidence, suggested action), kept so
//! queues and statistics can count causes.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("ticket_diagnosis")
                .col(uuid("ticket_id").primary_key())
                .col(uuid_null("person_id"))
                // record_pending | phone_missing | … | certificate_available
                .col(string("cause"))
                .col(json("evidence"))
                .col(string_null("action"))
                .col(string("reply"))
                .col(timestamp_with_time_zone("computed_at"))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_ticket_diagnosis_cause")
                .table("ticket_diagnosis")
                .col("cause")
                .col("computed_at")
                .take(),
        )
        .await?;
        // Tickets without a NIK are linked by the requester's e-mail when one record has it.
        m.get_connection()
            .execute_unprepared("CREATE INDEX ix_person_email ON person (lower(email))")
            .await?;
        // Duplicate detection looks for the same name among people born the same day;
        // one citizen, one story finds a caller's other tickets by phone.
        m.create_index(Index::create().name("ix_person_birth_date").table("person").col("birth_date").take())
            .await?;
        m.create_index(
            Index::create().name("ix_ticket_requester_phone").table("ticket").col("requester_phone").take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for ix in ["ix_person_email", "ix_person_birth_date", "ix_ticket_requester_phone"] {
            m.get_connection().execute_unprepared(&format!("DROP INDEX IF EXISTS {ix}")).await?;
        }
        m.drop_table(Table::drop().table("ticket_diagnosis").to_owned()).await
    }
}
