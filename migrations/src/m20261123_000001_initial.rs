//! The foundation schema: people and their vaccinations and certificates, staff,
//! tickets with messages and attachments, the audit log and the job queue.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(table: &'static str, col: &'static str, to: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(format!("fk_{table}_{col}")).from(table, col).to(to, "id").take()
}

fn index(table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(format!("ix_{table}_{}", cols.join("_"))).table(table);
    for c in cols {
        i.col(*c);
    }
    i.take()
}

fn unique(table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut i = index(table, cols);
    i.name(format!("ux_{table}_{}", cols.join("_"))).unique();
    i
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("person")
                .col(pk_uuid("id"))
                .col(string_len_uniq("nik", 16))
                .col(string("full_name"))
                .col(date("birth_date"))
                .col(string_len("sex", 1))
                .col(string_len_null("phone", 20))
                .col(string_null("email"))
                .col(boolean("lookup_locked").default(false))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .take(),
        )
        .await?;
        m.create_index(index("person", &["phone"])).await?;

        m.create_table(
            Table::create()
                .table("vaccination")
                .col(pk_uuid("id"))
                .col(uuid("person_id"))
                .col(small_integer("dose"))
                .col(string("vaccine"))
                .col(date_null("vaccinated_on"))
                .col(string_null("facility"))
                .col(string_null("batch"))
                // complete | pending_input
                .col(string("status"))
                .col(text_null("pending_reason"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("vaccination", "person_id", "person"))
                .take(),
        )
        .await?;
        m.create_index(unique("vaccination", &["person_id", "dose"])).await?;

        m.create_table(
            Table::create()
                .table("certificate")
                .col(pk_uuid("id"))
                .col(uuid("person_id"))
                .col(uuid("vaccination_id"))
                .col(integer("version"))
                // active | superseded | revoked
                .col(string("status"))
                .col(string_null("revoked_reason"))
                .col(uuid_null("replaced_by"))
                .col(json("payload"))
                .col(timestamp_with_time_zone("issued_at"))
                .foreign_key(&mut fk("certificate", "person_id", "person"))
                .foreign_key(&mut fk("certificate", "vaccination_id", "vaccination"))
                .take(),
        )
        .await?;
        m.create_index(unique("certificate", &["vaccination_id", "version"])).await?;
        m.create_index(index("certificate", &["person_id"])).await?;

        m.create_table(
            Table::create()
                .table("staff_user")
                .col(pk_uuid("id"))
                .col(string_uniq("name"))
                // agent | supervisor | admin
                .col(string("role"))
                .col(string_len_uniq("token_hash", 64))
                .col(string_null("password_hash"))
                .col(boolean("active").default(true))
                .col(integer("max_open_tickets").default(25))
                .col(timestamp_with_time_zone("created_at"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("staff_queue")
                .col(uuid("staff_id"))
                .col(string("queue"))
                .primary_key(Index::create().col("staff_id").col("queue"))
                .foreign_key(&mut fk("staff_queue", "staff_id", "staff_user"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("ticket_counter")
                .col(integer("year").primary_key())
                .col(big_integer("last"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("ticket")
                .col(pk_uuid("id"))
                .col(string_len_uniq("number", 20))
                .col(string("subject"))
                .col(string("status"))
                .col(string("priority"))
                .col(string("category"))
                .col(string("channel"))
                .col(string("queue"))
                .col(uuid_null("assignee_id"))
                .col(uuid_null("person_id"))
                .col(string_null("requester_name"))
                .col(string_null("requester_email"))
                .col(string_len_null("requester_phone", 20))
                .col(string_len_null("nik", 16))
                .col(uuid_null("merged_into_id"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(timestamp_with_time_zone_null("first_response_at"))
                .col(timestamp_with_time_zone_null("resolved_at"))
                .col(timestamp_with_time_zone_null("closed_at"))
                .foreign_key(&mut fk("ticket", "assignee_id", "staff_user"))
                .foreign_key(&mut fk("ticket", "person_id", "person"))
                .foreign_key(&mut fk("ticket", "merged_into_id", "ticket"))
                .take(),
        )
        .await?;
        for cols in [
            &["status"][..],
            &["queue", "status"],
            &["assignee_id"],
            &["person_id"],
            &["nik"],
            &["created_at"],
        ] {
            m.create_index(index("ticket", cols)).await?;
        }

        m.create_table(
            Table::create()
                .table("ticket_tag")
                .col(uuid("ticket_id"))
                .col(string("tag"))
                .primary_key(Index::create().col("ticket_id").col("tag"))
                .foreign_key(&mut fk("ticket_tag", "ticket_id", "ticket"))
                .take(),
        )
        .await?;
        m.create_index(index("ticket_tag", &["tag"])).await?;

        m.create_table(
            Table::create()
                .table("ticket_message")
                .col(pk_uuid("id"))
                .col(uuid("ticket_id"))
                // inbound | outbound | note
                .col(string("kind"))
                .col(uuid_null("author_staff_id"))
                .col(string_null("author_name"))
                .col(string_null("author_email"))
                .col(text("body"))
                // RFC 5322 Message-ID, In-Reply-To and References of mail messages.
                .col(string_null("message_id"))
                .col(string_null("in_reply_to"))
                .col(text_null("references"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("ticket_message", "ticket_id", "ticket"))
                .foreign_key(&mut fk("ticket_message", "author_staff_id", "staff_user"))
                .take(),
        )
        .await?;
        m.create_index(index("ticket_message", &["ticket_id"])).await?;
        m.create_index(unique("ticket_message", &["message_id"])).await?;

        m.create_table(
            Table::create()
                .table("attachment")
                .col(pk_uuid("id"))
                .col(uuid("message_id"))
                .col(string("filename"))
                .col(string("content_type"))
                .col(big_integer("size"))
                .col(string_len("sha256", 64))
                // Relative to storage.data_dir; content-addressed, so identical files share one.
                .col(string("storage_path"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("attachment", "message_id", "ticket_message"))
                .take(),
        )
        .await?;
        m.create_index(index("attachment", &["message_id"])).await?;

        m.create_table(
            Table::create()
                .table("audit_event")
                .col(big_pk_auto("id"))
                .col(timestamp_with_time_zone("at"))
                // staff | citizen | system
                .col(string("actor_kind"))
                .col(uuid_null("actor_id"))
                .col(string("via"))
                .col(string("action"))
                .col(string("entity_type"))
                .col(string("entity_id"))
                .col(json_null("before"))
                .col(json_null("after"))
                .col(json_null("evidence"))
                .take(),
        )
        .await?;
        m.create_index(index("audit_event", &["entity_type", "entity_id"])).await?;
        m.create_index(index("audit_event", &["actor_id"])).await?;

        m.create_table(
            Table::create()
                .table("job")
                .col(pk_uuid("id"))
                .col(string("kind"))
                .col(json("payload"))
                .col(string_null("idempotency_key"))
                // pending | running | done | failed
                .col(string("status"))
                .col(integer("attempts").default(0))
                .col(integer("max_attempts"))
                .col(timestamp_with_time_zone("run_at"))
                .col(timestamp_with_time_zone_null("locked_until"))
                .col(string_null("locked_by"))
                .col(text_null("last_error"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .take(),
        )
        .await?;
        m.create_index(unique("job", &["idempotency_key"])).await?;
        m.create_index(index("job", &["status", "run_at"])).await?;

        append_only_audit(m).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "job",
            "audit_event",
            "attachment",
            "ticket_message",
            "ticket_tag",
            "ticket",
            "ticket_counter",
            "staff_queue",
            "staff_user",
            "certificate",
            "vaccination",
            "person",
        ] {
            m.drop_table(Table::drop().table(t).if_exists().take()).await?;
        }
        Ok(())
    }
}

/// The audit log is append-only in the database itself, not just by convention.
async fn append_only_audit(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = m.get_connection();
    match m.get_database_backend() {
        DbBackend::Sqlite => {
            for op in ["UPDATE", "DELETE"] {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER audit_event_no_{op} BEFORE {op} ON audit_event \
                     BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END"
                ))
                .await?;
            }
        }
        DbBackend::Postgres => {
            db.execute_unprepared(
                "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS \
                 $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$",
            )
            .await?;
            db.execute_unprepared(
                "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event \
                 FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
            )
            .await?;
        }
        other => {
            return Err(DbErr::Migration(format!("unsupported database backend {other:?}")));
        }
    }
    Ok(())
}
