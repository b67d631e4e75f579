//! Cheaper bulk imports:
//! - PostgreSQL's search-log triggers stamp one time per statement, so their DISTINCT
//!   really collapses a person's doses into one log row (a per-row `clock_timestamp()`
//!   made every row distinct: an import logged each person three times);
//! - the dose trigger stays quiet in the importer's transaction (its person upsert
//!   logs every person of the batch already): on PostgreSQL when the transaction sets
//!   `certdesk.bulk_import`, on SQLite while it holds a row in `search_log_pause`
//!   (inserted and deleted inside the transaction, so no other connection sees it);
//! - the issuing work list and the e-mail lookup index only the rows they look for.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (table, entity, id column, extra condition) of every PostgreSQL search-log trigger.
const SOURCES: &[(&str, &str, &str, &str)] = &[
    ("person", "person", "id", ""),
    ("vaccination", "person", "person_id", ""),
    ("certificate", "person", "person_id", ""),
    ("sms_message", "person", "person_id", " AND certificate_id IS NOT NULL"),
    ("ticket", "ticket", "id", ""),
];

fn function(table: &str, entity: &str, col: &str, extra: &str, per_row_stamp: bool) -> String {
    let quiet = if table == "vaccination" && !per_row_stamp {
        "IF current_setting('certdesk.bulk_import', true) = 'on' THEN RETURN NULL; END IF; "
    } else {
        ""
    };
    let body = if per_row_stamp {
        format!(
            "SELECT DISTINCT '{entity}', {col}, extract(epoch from clock_timestamp()) \
             FROM changed WHERE {col} IS NOT NULL{extra}"
        )
    } else {
        format!(
            "SELECT '{entity}', c.id, t.at FROM (SELECT DISTINCT {col} AS id FROM changed \
             WHERE {col} IS NOT NULL{extra}) c CROSS JOIN (SELECT extract(epoch from clock_timestamp()) AS at) t"
        )
    };
    format!(
        "CREATE OR REPLACE FUNCTION search_mark_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
         {quiet}INSERT INTO search_log (entity, entity_id, at) {body}; RETURN NULL; END $$"
    )
}

async fn indexes(m: &SchemaManager<'_>, partial: bool) -> Result<(), DbErr> {
    let db = m.get_connection();
    db.execute_unprepared("DROP INDEX IF EXISTS ix_vaccination_cert_due").await?;
    db.execute_unprepared("DROP INDEX IF EXISTS ix_person_email").await?;
    if partial {
        db.execute_unprepared("CREATE INDEX ix_vaccination_cert_due ON vaccination (id) WHERE cert_due")
            .await?;
        db.execute_unprepared(
            "CREATE INDEX ix_person_email ON person (lower(email)) WHERE email IS NOT NULL",
        )
        .await?;
    } else {
        db.execute_unprepared("CREATE INDEX ix_vaccination_cert_due ON vaccination (cert_due)").await?;
        db.execute_unprepared("CREATE INDEX ix_person_email ON person (lower(email))").await?;
    }
    Ok(())
}

/// SQLite's row-level dose triggers, with or without the pause check.
async fn sqlite_dose_triggers(m: &SchemaManager<'_>, pausable: bool) -> Result<(), DbErr> {
    let db = m.get_connection();
    let pause = if pausable { " AND NOT EXISTS (SELECT 1 FROM search_log_pause)" } else { "" };
    for ev in ["INSERT", "UPDATE", "DELETE"] {
        let side = if ev == "DELETE" { "OLD" } else { "NEW" };
        let name = format!("search_vaccination_{}", ev.to_lowercase());
        db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {name}")).await?;
        db.execute_unprepared(&format!(
            "CREATE TRIGGER {name} AFTER {ev} ON vaccination \
             WHEN {side}.person_id IS NOT NULL{pause} BEGIN \
             INSERT INTO search_log (entity, entity_id, at) \
             VALUES ('person', {side}.person_id, (julianday('now') - 2440587.5) * 86400.0); \
             END"
        ))
        .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        if m.get_database_backend() == DbBackend::Postgres {
            for (table, entity, col, extra) in SOURCES {
                m.get_connection().execute_unprepared(&function(table, entity, col, extra, false)).await?;
            }
        } else {
            m.get_connection()
                .execute_unprepared("CREATE TABLE search_log_pause (id INTEGER PRIMARY KEY)")
                .await?;
            sqlite_dose_triggers(m, true).await?;
        }
        indexes(m, true).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        if m.get_database_backend() == DbBackend::Postgres {
            for (table, entity, col, extra) in SOURCES {
                m.get_connection().execute_unprepared(&function(table, entity, col, extra, true)).await?;
            }
        } else {
            sqlite_dose_triggers(m, false).await?;
            m.get_connection().execute_unprepared("DROP TABLE IF EXISTS search_log_pause").await?;
        }
        indexes(m, false).await
    }
}
