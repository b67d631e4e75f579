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
    if keys.is_empty() {
        return Ok(());
    }
    // One statement per thousand names, in key order (every caller locks in the same
    // order: no deadlock between two of them); a VALUES list is scanned in its order.
    for chunk in keys.chunks(1000) {
        let rows: Vec<String> = (1..=chunk.len()).map(|i| format!("(${i}::bigint)")).collect();
        let sql = format!("SELECT pg_advisory_xact_lock(k) FROM (VALUES {}) AS v(k)", rows.join(", "));
        let values: Vec<sea_orm::Value> = chunk.iter().map(|&k| k.into()).collect();
        db.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await?;
    }
    Ok(())
}
