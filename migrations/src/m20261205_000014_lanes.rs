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
        sms_search_marks(m, "AND status <> 'sending'").await?;
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
        sms_search_marks(m, "").await?;
        m.drop_index(Index::drop().name("ix_job_lane_status_updated_at").table("job").to_owned()).await?;
        m.drop_index(Index::drop().name("ix_job_lane_status_run_at").table("job").to_owned()).await?;
        m.alter_table(Table::alter().table("job").drop_column("lane").to_owned()).await
    }
}

/// An SMS changing status marks its person for reindexing (the staff search shows
/// delivery); the short-lived `sending` step is left out, so a send costs one
/// reindex, not two. `extra` is the condition added to the trigger.
async fn sms_search_marks(m: &SchemaManager<'_>, extra: &str) -> Result<(), DbErr> {
    let db = m.get_connection();
    match m.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => {
            db.execute_unprepared(&format!(
                "CREATE OR REPLACE FUNCTION search_mark_sms_message() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                 INSERT INTO search_log (entity, entity_id, at) \
                 SELECT DISTINCT 'person', person_id, extract(epoch from clock_timestamp()) \
                 FROM changed WHERE person_id IS NOT NULL AND certificate_id IS NOT NULL {extra}; \
                 RETURN NULL; END $$"
            ))
            .await?;
        }
        _ => {
            let extra = extra.replace("status", "NEW.status");
            for ev in ["insert", "update"] {
                db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS search_sms_message_{ev}")).await?;
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER search_sms_message_{ev} AFTER {} ON sms_message \
                     WHEN NEW.person_id IS NOT NULL AND NEW.certificate_id IS NOT NULL {extra} BEGIN \
                     INSERT INTO search_log (entity, entity_id, at) \
                     VALUES ('person', NEW.person_id, (julianday('now') - 2440587.5) * 86400.0); \
                     END",
                    ev.to_uppercase()
                ))
                .await?;
            }
        }
    }
    Ok(())
}
