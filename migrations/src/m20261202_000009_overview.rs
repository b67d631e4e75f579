//! The queue overview at a million tickets: the diagnosed cause kept on the ticket row
//! (no join with every diagnosis) and a partial index over the open tickets holding
//! what the overview groups and counts by, so it reads the index alone.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const OPEN: &str = "('new', 'open', 'pending_citizen', 'pending_internal')";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("ticket").add_column(string_null("cause")).take()).await?;
        let db = m.get_connection();
        db.execute_unprepared(
            "UPDATE ticket SET cause = (SELECT d.cause FROM ticket_diagnosis d WHERE d.ticket_id = ticket.id)",
        )
        .await?;
        let sql = match db.get_database_backend() {
            DbBackend::Postgres => format!(
                "CREATE INDEX ix_ticket_open_overview ON ticket (queue, status, category, cause) \
                 INCLUDE (created_at, first_response_at, sla_paused_at, sla_first_due, sla_resolve_due) \
                 WHERE status IN {OPEN}"
            ),
            _ => format!(
                "CREATE INDEX ix_ticket_open_overview ON ticket (queue, status, category, cause, created_at, \
                 first_response_at, sla_paused_at, sla_first_due, sla_resolve_due) WHERE status IN {OPEN}"
            ),
        };
        db.execute_unprepared(&sql).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection().execute_unprepared("DROP INDEX IF EXISTS ix_ticket_open_overview").await?;
        m.alter_table(Table::alter().table("ticket").drop_column("cause").take()).await
    }
}
