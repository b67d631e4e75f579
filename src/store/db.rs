//! Connecting, tuning and migrating the database.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend};
use secrecy::ExposeSecret;

use super::tickets::NumberAllocator;
use crate::config::DatabaseConfig;
use crate::domain::TicketNumber;
use crate::error::ServiceResult;

/// Database handles. On SQLite all writes go through one connection so writers queue
/// in the pool instead of spinning on SQLITE_BUSY; on PostgreSQL both are the same pool.
#[derive(Clone, Debug)]
pub struct Store {
    read: DatabaseConnection,
    write: DatabaseConnection,
    numbers: Arc<NumberAllocator>,
    /// Kept for connections of their own (the migration lock).
    cfg: DatabaseConfig,
}

impl Store {
    pub async fn connect(cfg: &DatabaseConfig) -> anyhow::Result<Self> {
        let url = cfg.url.expose_secret();
        if url.starts_with("sqlite:") {
            create_sqlite_dir(url)?;
            let read = connect(url, cfg.max_connections, cfg).await?;
            let write = connect(url, 1, cfg).await?;
            Ok(Self { read, write, numbers: Arc::default(), cfg: cfg.clone() })
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = connect(url, cfg.max_connections, cfg).await?;
            Ok(Self { read: pool.clone(), write: pool, numbers: Arc::default(), cfg: cfg.clone() })
        } else {
            anyhow::bail!("database.url: expected sqlite://… or postgres://…")
        }
    }

    /// For queries. On SQLite, reads see committed data (WAL) and never block writers.
    pub fn read(&self) -> &DatabaseConnection {
        &self.read
    }

    /// For transactions that change data.
    pub fn write(&self) -> &DatabaseConnection {
        &self.write
    }

    /// The next ticket number of `year` (see [`NumberAllocator`]).
    pub async fn next_ticket_number(&self, year: u16) -> ServiceResult<TicketNumber> {
        self.numbers.next(&self.write, year).await
    }

    /// The same, for a ticket created inside the open write transaction `txn`. On
    /// PostgreSQL from the cached block, reserved on a connection of its own (never in
    /// `txn`): a ticket transaction then never holds the counter row, so many create
    /// tickets at once, and a rollback leaves a gap, never a repeat. SQLite has a single
    /// writer connection, which `txn` holds: there the number is taken in `txn` and
    /// rolls back with it (a block reserved there could roll back under its cache).
    pub async fn next_ticket_number_in<C: sea_orm::ConnectionTrait>(
        &self,
        txn: &C,
        year: u16,
    ) -> ServiceResult<TicketNumber> {
        match self.backend() {
            DbBackend::Postgres => self.next_ticket_number(year).await,
            _ => super::tickets::next_number_in(txn, year).await,
        }
    }

    pub fn backend(&self) -> DbBackend {
        self.write.get_database_backend()
    }

    /// Applies pending migrations. On PostgreSQL under a session advisory lock on a
    /// connection of its own, so nodes of a fleet starting together migrate one after
    /// the other (the later ones find nothing left to do) instead of racing to create
    /// the same tables; the lock goes with the connection if this process dies.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        let lock = match self.backend() {
            DbBackend::Postgres => Some(MigrationLock::take(&self.cfg).await?),
            _ => None,
        };
        let outcome = Migrator::up(&self.write, None).await.context("running migrations");
        if let Some(lock) = lock {
            lock.release().await;
        }
        outcome
    }

    pub async fn ping(&self) -> anyhow::Result<()> {
        self.read.ping().await.context("database ping")
    }

    pub async fn close(self) {
        let _ = self.read.close().await;
        let _ = self.write.close().await;
    }
}

/// The advisory lock key of migrations (any fixed number no other lock uses).
const MIGRATION_LOCK_KEY: i64 = 0x2c1c_6d1e_0b9f_47a3;

/// A session advisory lock held on a connection of its own.
struct MigrationLock(DatabaseConnection);

impl MigrationLock {
    async fn take(cfg: &DatabaseConfig) -> anyhow::Result<Self> {
        // One connection the pool never reaps (idle or old): the lock lives with it,
        // however long a migration (a large index) takes.
        let mut opts = ConnectOptions::new(cfg.url.expose_secret());
        opts.max_connections(1)
            .min_connections(1)
            .connect_timeout(cfg.connect_timeout)
            .acquire_timeout(cfg.acquire_timeout)
            .idle_timeout(None)
            .max_lifetime(None)
            .sqlx_logging(false);
        let conn = Database::connect(opts).await.context("connecting for the migration lock")?;
        tracing::info!("taking the migration lock (another node may be migrating)");
        conn.execute_unprepared(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))
            .await
            .context("taking the migration lock")?;
        Ok(Self(conn))
    }

    async fn release(self) {
        let unlock = format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})");
        let held = self.0.query_one_raw(sea_orm::Statement::from_string(DbBackend::Postgres, unlock)).await;
        if !matches!(held.map(|r| r.and_then(|r| r.try_get_by_index::<bool>(0).ok())), Ok(Some(true))) {
            tracing::warn!("the migration lock was no longer held when the migrations ended");
        }
        let _ = self.0.close().await;
    }
}

async fn connect(url: &str, max: u32, cfg: &DatabaseConfig) -> anyhow::Result<DatabaseConnection> {
    let mut opts = ConnectOptions::new(url);
    opts.max_connections(max)
        .min_connections(0)
        .connect_timeout(cfg.connect_timeout)
        .acquire_timeout(cfg.acquire_timeout)
        .sqlx_logging(!cfg.slow_statement.is_zero())
        .sqlx_logging_level(log::LevelFilter::Off)
        .sqlx_slow_statements_logging_settings(log::LevelFilter::Warn, cfg.slow_statement)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                // Statement journals (upserts inside transactions) stay in memory.
                .pragma("temp_store", "memory")
        });
    Database::connect(opts).await.with_context(|| format!("connecting to the database ({})", redact(url)))
}

/// `sqlite://data/certdesk.db?mode=rwc` needs `data/` to exist.
fn create_sqlite_dir(url: &str) -> anyhow::Result<()> {
    let path = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(dir) = std::path::Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    Ok(())
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.split('?').next().unwrap_or_default().to_string(),
    }
}
