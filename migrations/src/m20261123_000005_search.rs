//! What the search index owes: a log row per change to a person's or a ticket's
//! document. Database triggers append it, so every change (any code path, bulk SQL
//! included) is recorded in the transaction that made it, and a search outage can only
//! delay indexing, never lose it. Append-only on purpose: triggers never update a shared
//! row, so concurrent writers touching the same person cannot deadlock on it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (table, events, entity, the column holding the entity's id).
const SOURCES: &[(&str, &[&str], &str, &str)] = &[
    ("person", &["INSERT", "UPDATE", "DELETE"], "person", "id"),
    ("vaccination", &["INSERT", "UPDATE", "DELETE"], "person", "person_id"),
    ("certificate", &["INSERT", "UPDATE"], "person", "person_id"),
    ("sms_message", &["INSERT", "UPDATE"], "person", "person_id"),
    ("ticket", &["INSERT", "UPDATE", "DELETE"], "ticket", "id"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("search_log")
                .col(big_integer("seq").auto_increment().primary_key())
                .col(string_len("entity", 8))
                .col(uuid("entity_id"))
                // Seconds since the epoch (database clock) of the change.
                .col(double("at"))
                // When the indexer wrote the document; NULL = owed.
                .col(double_null("processed_at"))
                .take(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "CREATE INDEX ix_search_log_owed ON search_log (entity, seq) WHERE processed_at IS NULL",
            )
            .await?;
        m.get_connection().execute_unprepared("CREATE INDEX ix_search_log_at ON search_log (at)").await?;
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => {
                // Statement-level triggers with transition tables: one INSERT per
                // statement, not one per row, so bulk imports stay fast.
                for (table, events, entity, col) in SOURCES {
                    let func = format!("search_mark_{table}");
                    db.execute_unprepared(&format!(
                        "CREATE FUNCTION {func}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                         INSERT INTO search_log (entity, entity_id, at) \
                         SELECT DISTINCT '{entity}', {col}, extract(epoch from clock_timestamp()) \
                         FROM changed WHERE {col} IS NOT NULL; \
                         RETURN NULL; END $$"
                    ))
                    .await?;
                    for ev in *events {
                        let side = if *ev == "DELETE" { "OLD" } else { "NEW" };
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER search_{table}_{} AFTER {ev} ON {table} \
                             REFERENCING {side} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION {func}()",
                            ev.to_lowercase()
                        ))
                        .await?;
                    }
                }
            }
            _ => {
                for (table, events, entity, col) in SOURCES {
                    for ev in *events {
                        let side = if *ev == "DELETE" { "OLD" } else { "NEW" };
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER search_{table}_{} AFTER {ev} ON {table} \
                             WHEN {side}.{col} IS NOT NULL BEGIN \
                             INSERT INTO search_log (entity, entity_id, at) \
                             VALUES ('{entity}', {side}.{col}, (julianday('now') - 2440587.5) * 86400.0); \
                             END",
                            ev.to_lowercase()
                        ))
                        .await?;
                    }
                }
            }
        }
        // What exists already is owed too: the index starts empty.
        for (table, entity) in [("person", "person"), ("ticket", "ticket")] {
            db.execute_unprepared(&format!(
                "INSERT INTO search_log (entity, entity_id, at) SELECT '{entity}', id, 0 FROM {table}"
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        for (table, events, _, _) in SOURCES {
            for ev in *events {
                db.execute_unprepared(&format!(
                    "DROP TRIGGER IF EXISTS search_{table}_{}{}",
                    ev.to_lowercase(),
                    if m.get_database_backend() == DbBackend::Postgres {
                        format!(" ON {table}")
                    } else {
                        String::new()
                    }
                ))
                .await?;
            }
            if m.get_database_backend() == DbBackend::Postgres {
                db.execute_unprepared(&format!("DROP FUNCTION IF EXISTS search_mark_{table}()")).await?;
            }
        }
        m.drop_table(Table::drop().table("search_log").if_exists().take()).await
    }
}
