//! Queues, SLAs and assignment: the SLA clock on each ticket, routing rules, SLA
//! policies and the holiday calendar as data, agent availability and the round-robin
//! cursor per queue.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The shipped calendar: `day,kind,name` lines (see the file's header).
const HOLIDAYS: &str = include_str!("../../src/domain/holidays_id.csv");

/// Default targets per priority, in business minutes (a business day is 9 hours):
/// (priority, first response, resolution, warn before).
const POLICIES: &[(&str, i32, i32, i32)] =
    &[("urgent", 60, 240, 30), ("high", 240, 540, 60), ("normal", 540, 1620, 120), ("low", 1080, 2700, 240)];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table a column at a time.
        let ticket_cols = [
            timestamp_with_time_zone_null("sla_first_due"),
            timestamp_with_time_zone_null("sla_resolve_due"),
            integer_null("sla_warn_secs"),
            timestamp_with_time_zone_null("sla_paused_at"),
            big_integer("sla_paused_secs").default(0).take(),
            timestamp_with_time_zone_null("sla_warned_at"),
            timestamp_with_time_zone_null("sla_breached_at"),
        ];
        for mut col in ticket_cols {
            m.alter_table(Table::alter().table("ticket").add_column(&mut col).take()).await?;
        }
        for (name, col) in
            [("ix_ticket_sla_first_due", "sla_first_due"), ("ix_ticket_sla_resolve_due", "sla_resolve_due")]
        {
            m.create_index(Index::create().name(name).table("ticket").col(col).take()).await?;
        }
        m.alter_table(
            Table::alter().table("staff_user").add_column(boolean("available").default(false)).take(),
        )
        .await?;
        m.alter_table(Table::alter().table("staff_user").add_column(string_null("email")).take()).await?;
        m.alter_table(
            Table::alter()
                .table("staff_queue")
                .add_column(timestamp_with_time_zone_null("last_assigned_at"))
                .take(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("routing_rule")
                .col(integer("position").primary_key())
                .col(string("name"))
                .col(json("conditions"))
                .col(string("queue"))
                .col(string_null("set_priority"))
                .col(timestamp_with_time_zone("updated_at"))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sla_policy")
                .col(pk_uuid("id"))
                .col(string_null("queue"))
                .col(string_null("priority"))
                .col(integer("first_response_mins"))
                .col(integer("resolution_mins"))
                .col(integer("warn_mins"))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("holiday")
                .col(string_len("day", 10).primary_key())
                // public | collective_leave | regional
                .col(string("kind"))
                .col(string("name"))
                .take(),
        )
        .await?;

        let db = m.get_connection();
        let b = db.get_database_backend();
        let p = |i: usize| if b == DbBackend::Postgres { format!("${i}") } else { format!("?{i}") };
        for (i, (priority, first, resolve, warn)) in POLICIES.iter().enumerate() {
            let id = sea_orm::prelude::Uuid::from_u128(0x5_1a00_0000_0000_0000_0000_0000_0000 + i as u128);
            db.execute_raw(Statement::from_sql_and_values(
                b,
                format!(
                    "INSERT INTO sla_policy (id, queue, priority, first_response_mins, resolution_mins, warn_mins) \
                     VALUES ({}, NULL, {}, {}, {}, {})",
                    p(1),
                    p(2),
                    p(3),
                    p(4),
                    p(5)
                ),
                [id.into(), (*priority).into(), (*first).into(), (*resolve).into(), (*warn).into()],
            ))
            .await?;
        }
        for line in
            HOLIDAYS.lines().filter(|l| !l.starts_with('#') && !l.starts_with("day,") && !l.trim().is_empty())
        {
            let mut f = line.splitn(3, ',');
            let (Some(day), Some(kind), Some(name)) = (f.next(), f.next(), f.next()) else {
                return Err(DbErr::Custom(format!("bad holiday line {line:?}")));
            };
            db.execute_raw(Statement::from_sql_and_values(
                b,
                format!("INSERT INTO holiday (day, kind, name) VALUES ({}, {}, {})", p(1), p(2), p(3)),
                [day.into(), kind.into(), name.into()],
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["holiday", "sla_policy", "routing_rule"] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        for ix in ["ix_ticket_sla_first_due", "ix_ticket_sla_resolve_due"] {
            m.get_connection().execute_unprepared(&format!("DROP INDEX IF EXISTS {ix}")).await?;
        }
        m.alter_table(Table::alter().table("staff_queue").drop_column("last_assigned_at").take()).await?;
        for c in ["available", "email"] {
            m.alter_table(Table::alter().table("staff_user").drop_column(c).take()).await?;
        }
        for c in [
            "sla_first_due",
            "sla_resolve_due",
            "sla_warn_secs",
            "sla_paused_at",
            "sla_paused_secs",
            "sla_warned_at",
            "sla_breached_at",
        ] {
            m.alter_table(Table::alter().table("ticket").drop_column(c).take()).await?;
        }
        Ok(())
    }
}
