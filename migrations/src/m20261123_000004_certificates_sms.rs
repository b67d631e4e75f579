//! Certificates that follow their record (digests), the SMS outbox with its delivery
//! receipts, person merges, and the actions a ticket resolution runs.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

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
        // SQLite takes one column per ALTER TABLE.
        for (table, col) in [
            // Digest of what a certificate of this dose would say; written by every import/correction.
            ("vaccination", string_null("record_digest")),
            // Digest the current certificate was issued from; differs from record_digest = reissue due.
            ("vaccination", string_null("certified_digest")),
            // A certificate (or a new version) is due; the issuing job's work list.
            ("vaccination", boolean("cert_due").default(false).take()),
            ("certificate", timestamp_with_time_zone_null("changed_at")),
            // Set when this record was merged into another person (duplicate_record).
            ("person", uuid_null("merged_into")),
        ] {
            let mut col = col;
            m.alter_table(Table::alter().table(table).add_column(&mut col).take()).await?;
        }
        m.create_index(index("certificate", &["status"], false)).await?;
        m.create_index(index("vaccination", &["cert_due"], false)).await?;

        m.create_table(
            Table::create()
                .table("sms_message")
                .col(pk_uuid("id"))
                .col(uuid_null("person_id"))
                .col(uuid_null("certificate_id"))
                .col(uuid_null("ticket_id"))
                .col(string("purpose"))
                .col(string_uniq("idempotency_key"))
                .col(string_len_null("phone", 20))
                .col(text("body"))
                // pending | queued | sent | delivered | failed | dead | phone_missing
                .col(string("status"))
                .col(string_null("gateway_message_id"))
                .col(integer("attempts").default(0))
                .col(text_null("last_error"))
                .col(string_null("receipt_status"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(timestamp_with_time_zone_null("sent_at"))
                .col(timestamp_with_time_zone_null("delivered_at"))
                .take(),
        )
        .await?;
        for cols in
            [&["person_id"][..], &["certificate_id"], &["ticket_id"], &["status"], &["gateway_message_id"]]
        {
            m.create_index(index("sms_message", cols, false)).await?;
        }

        m.create_table(
            Table::create()
                .table("sms_receipt")
                .col(pk_uuid("id"))
                .col(string("gateway_message_id"))
                .col(string("status"))
                .col(small_integer("level"))
                .col(string_null("error_code"))
                .col(json("raw"))
                .col(timestamp_with_time_zone("received_at"))
                .take(),
        )
        .await?;
        m.create_index(index("sms_receipt", &["gateway_message_id", "status", "level"], true)).await?;

        m.create_table(
            Table::create()
                .table("ticket_action")
                .col(pk_uuid("id"))
                .col(uuid("ticket_id"))
                .col(string("kind"))
                .col(json("params"))
                // pending | done | failed
                .col(string("status"))
                .col(text_null("outcome"))
                .col(uuid_null("sms_id"))
                .col(uuid_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .take(),
        )
        .await?;
        m.create_index(index("ticket_action", &["ticket_id"], false)).await?;
        m.create_index(index("ticket_action", &["sms_id"], false)).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["ticket_action", "sms_receipt", "sms_message"] {
            m.drop_table(Table::drop().table(t).if_exists().take()).await?;
        }
        for (table, col) in [
            ("vaccination", "record_digest"),
            ("vaccination", "certified_digest"),
            ("vaccination", "cert_due"),
            ("certificate", "changed_at"),
            ("person", "merged_into"),
        ] {
            m.alter_table(Table::alter().table(table).drop_column(col).take()).await?;
        }
        Ok(())
    }
}
