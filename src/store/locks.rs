//! Transaction-scoped advisory locks: writers naming the same things wait for each
//! other until the transaction ends (PostgreSQL; SQLite has one writer anyway).

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use sha2::{Digest, Sha256};

use crate::error::ServiceResult;

/// Serialises writers naming the same things until the transaction ends. Taken in one
/// fixed order, so two writers never wait on each other in a circle.
pub async fn xact_locks<C: ConnectionTrait>(db: &C, names: &[String]) -> ServiceResult<()> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let mut keys: Vec<i64> = names
        .iter()
        .map(|n| i64::from_be_bytes(Sha256::digest(n.as_bytes())[..8].try_into().expect("8 bytes")))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    for k in keys {
        let lock = Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1)",
            [k.into()],
        );
        db.execute_raw(lock).await?;
    }
    Ok(())
}
