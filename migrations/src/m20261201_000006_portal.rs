//! The citizen portal: rate-limit counters shared by every process, one-time codes,
//! verified portal sessions, and correction requests with their evidence files.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn index(table: &'static str, cols: &[&'static str], unique: bool) -> IndexCreateStatement {
    let mut i = Index::create();
    let prefix = if unique { "ux" } else { "ix" };
    i.name(format!("{prefix}_{table}_{}", cols.join("_"))).table(table);
    for c in cols {
        i.col(*c);
    }
    if unique {
        i.unique();
    }
    i.take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Fixed-window counters keyed by a keyed hash of (scope, IP / NIK / phone): no
        // personal data in clear, and every certdesk process behind a balancer shares them.
        m.create_table(
            Table::create()
                .table("rate_counter")
                .col(string_len("key", 96).primary_key())
                // Unix milliseconds: compared as numbers on both databases.
                .col(big_integer("window_start"))
                // The window's length, so one statement can count hits in windows of several lengths.
                .col(big_integer("window_ms"))
                .col(integer("hits"))
                .take(),
        )
        .await?;
        m.create_index(index("rate_counter", &["window_start"], false)).await?;

        // A one-time code in flight. The browser holds the flow token (hashed here); the
        // code is derived from the row id with a server key and only its keyed hash is kept.
        m.create_table(
            Table::create()
                .table("otp_challenge")
                .col(pk_uuid("id"))
                .col(string_len_uniq("flow_hash", 64))
                // identity | new_phone | follow_ticket
                .col(string("purpose"))
                .col(uuid_null("person_id"))
                .col(uuid_null("ticket_id"))
                .col(string_len_null("phone", 20))
                .col(string_len("code_hash", 64))
                .col(integer("attempts").default(0))
                .col(integer("sends").default(0))
                .col(json_null("data"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone_null("last_sent_at"))
                .col(timestamp_with_time_zone_null("verified_at"))
                .col(timestamp_with_time_zone("created_at"))
                .take(),
        )
        .await?;
        m.create_index(index("otp_challenge", &["expires_at"], false)).await?;

        // A verified portal session: bound to one person (or one ticket), short-lived.
        m.create_table(
            Table::create()
                .table("portal_session")
                .col(string_len("token_hash", 64).primary_key())
                .col(uuid_null("person_id"))
                .col(uuid_null("ticket_id"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone("created_at"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("correction_request")
                .col(pk_uuid("id"))
                .col(uuid("ticket_id"))
                .col(uuid_null("person_id"))
                // phone | data
                .col(string("kind"))
                // [{field, dose, before, after}]
                .col(json("changes"))
                // pending | approved | rejected
                .col(string("status"))
                .col(small_integer("approvals_needed"))
                // agent | supervisor: the least role of the final approver
                .col(string("final_role"))
                .col(uuid_null("first_approver"))
                .col(timestamp_with_time_zone_null("first_approved_at"))
                .col(uuid_null("decided_by"))
                .col(timestamp_with_time_zone_null("decided_at"))
                .col(text_null("decision_reason"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .take(),
        )
        .await?;
        m.create_index(index("correction_request", &["status", "created_at"], false)).await?;
        m.create_index(index("correction_request", &["ticket_id"], false)).await?;

        m.create_table(
            Table::create()
                .table("correction_evidence")
                .col(pk_uuid("id"))
                .col(uuid("correction_id"))
                // ktp | selfie | vaccination_card | other
                .col(string("kind"))
                .col(string("content_type"))
                .col(big_integer("size"))
                .col(string_len("sha256", 64))
                .col(string("storage_path"))
                .col(timestamp_with_time_zone("created_at"))
                .take(),
        )
        .await?;
        m.create_index(index("correction_evidence", &["correction_id"], false)).await?;

        // One-time codes and decision notices go through the SMS outbox too, but a person's
        // search document only shows certificate SMS: other SMS no longer mark it owed
        // (a citizen asking for codes must not keep the indexer busy).
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE OR REPLACE FUNCTION search_mark_sms_message() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                     INSERT INTO search_log (entity, entity_id, at) \
                     SELECT DISTINCT 'person', person_id, extract(epoch from clock_timestamp()) \
                     FROM changed WHERE person_id IS NOT NULL AND certificate_id IS NOT NULL; \
                     RETURN NULL; END $$",
                )
                .await?;
            }
            _ => {
                for ev in ["insert", "update"] {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS search_sms_message_{ev}")).await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER search_sms_message_{ev} AFTER {} ON sms_message \
                         WHEN NEW.person_id IS NOT NULL AND NEW.certificate_id IS NOT NULL BEGIN \
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

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in
            ["correction_evidence", "correction_request", "portal_session", "otp_challenge", "rate_counter"]
        {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
