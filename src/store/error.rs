//! The one place `DbErr` becomes a `ServiceError`.

use sea_orm::sqlx;
use sea_orm::{DbErr, RuntimeErr, SqlErr};

use crate::error::ServiceError;

impl From<DbErr> for ServiceError {
    fn from(e: DbErr) -> Self {
        match e.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                return ServiceError::conflict("a record with the same unique value already exists")
            }
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
                return ServiceError::conflict("the record refers to something that does not exist")
            }
            _ => {}
        }
        if database_away(&e) {
            tracing::warn!(error = %e, "the database is not answering");
            return ServiceError::Unavailable("database connection".into());
        }
        match e {
            DbErr::RecordNotFound(_) => ServiceError::NotFound { what: "record" },
            other => ServiceError::Internal(anyhow::Error::new(other).context("database")),
        }
    }
}

/// Errors that say the database is not there right now (a restart, a failover, a cut
/// connection), not that the request was wrong: answered 503, so clients try again,
/// while the pool reconnects by itself.
fn database_away(e: &DbErr) -> bool {
    let runtime = match e {
        DbErr::ConnectionAcquire(_) => return true,
        DbErr::Conn(r) | DbErr::Exec(r) | DbErr::Query(r) => r,
        _ => return false,
    };
    let RuntimeErr::SqlxError(err) = runtime else { return matches!(e, DbErr::Conn(_)) };
    match err.as_ref() {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::BeginFailed => true,
        // Class 08 (connection exception), 57P (the server shutting down or starting),
        // 53300 (too many connections) and 25006 (a read-only standby after a failover).
        sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|c| c.starts_with("08") || c.starts_with("57P") || c == "53300" || c == "25006"),
        _ => matches!(e, DbErr::Conn(_)),
    }
}
