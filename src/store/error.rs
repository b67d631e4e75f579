//! The one place `DbErr` becomes a `ServiceError`.

use sea_orm::{DbErr, SqlErr};

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
        match e {
            DbErr::RecordNotFound(_) => ServiceError::NotFound { what: "record" },
            DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => {
                ServiceError::Unavailable("database connection".into())
            }
            other => ServiceError::Internal(anyhow::Error::new(other).context("database")),
        }
    }
}
