//! Insider controls, second part: who filed the corrections of before the filer was
//! kept (from the audit log, so the filer still cannot approve them), and one-time
//! enrolment codes an admin issues for the desk's second factor.

use sea_orm::{ConnectionTrait, Statement};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("staff_user")
                // SHA-256 of the one-time code an admin gave for enrolling a second factor.
                .add_column(string_null("enrolment_code_hash"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("staff_user")
                .add_column(timestamp_with_time_zone_null("enrolment_code_expires_at"))
                .to_owned(),
        )
        .await?;
        // A key shown but never confirmed was shown to whoever had the password (trust
        // on first use): it is not the one to enrol now that enrolment takes an admin's code.
        m.get_connection()
            .execute_unprepared("UPDATE staff_user SET totp_secret = NULL WHERE totp_enabled_at IS NULL")
            .await?;
        backfill_requested_by(m).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("staff_user").drop_column("enrolment_code_expires_at").to_owned())
            .await?;
        m.alter_table(Table::alter().table("staff_user").drop_column("enrolment_code_hash").to_owned()).await
    }
}

/// Every staff-filed request was audited as `correction.request` with the filer as
/// actor: that names the filer of requests filed before the column existed.
async fn backfill_requested_by(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = m.get_connection();
    let rows = db
        .query_all_raw(Statement::from_string(
            m.get_database_backend(),
            "SELECT actor_id, entity_id FROM audit_event WHERE action = 'correction.request' \
             AND entity_type = 'correction' AND actor_kind = 'staff' AND actor_id IS NOT NULL",
        ))
        .await?;
    for r in rows {
        let actor: sea_orm::prelude::Uuid = r.try_get("", "actor_id")?;
        let entity: String = r.try_get("", "entity_id")?;
        let Ok(id) = sea_orm::prelude::Uuid::parse_str(&entity) else { continue };
        m.exec_stmt(
            Query::update()
                .table("correction_request")
                .value("requested_by", actor)
                .and_where(Expr::col("id").eq(id))
                .and_where(Expr::col("requested_by").is_null())
                .to_owned(),
        )
        .await?;
    }
    Ok(())
}
