//! Job lanes: every job names the lane whose workers run it, so a backlog in one lane
//! (a million certificate SMS) never delays another (a citizen's one-time code).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table("job").add_column(string_len("lane", 16).default("notify")).to_owned(),
        )
        .await?;
        // Jobs queued before the upgrade: issuing has its own lane, the rest notify.
        for sql in [
            "UPDATE job SET lane = 'issuance' WHERE kind = 'issue_certificates'",
            "UPDATE job SET lane = 'interactive' WHERE kind = 'ticket_action'",
        ] {
            m.get_connection().execute_unprepared(sql).await?;
        }
        // Each lane's workers claim with `lane = ? AND status = 'pending' ORDER BY run_at`.
        m.create_index(
            Index::create()
                .name("ix_job_lane_status_run_at")
                .table("job")
                .col("lane")
                .col("status")
                .col("run_at")
                .take(),
        )
        .await?;
        // Lane figures count what finished in the last minute.
        m.create_index(
            Index::create()
                .name("ix_job_lane_status_updated_at")
                .table("job")
                .col("lane")
                .col("status")
                .col("updated_at")
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("ix_job_lane_status_updated_at").table("job").to_owned()).await?;
        m.drop_index(Index::drop().name("ix_job_lane_status_run_at").table("job").to_owned()).await?;
        m.alter_table(Table::alter().table("job").drop_column("lane").to_owned()).await
    }
}
