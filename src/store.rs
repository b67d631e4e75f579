//! Persistence: sea-orm entities, queries per aggregate, Model <-> domain mapping.
//! Never sees a DTO; `DbErr` is mapped to `ServiceError` here and nowhere else.

pub mod actions;
pub mod assign;
pub mod attachments;
pub mod audit;
pub mod certificates;
pub mod corrections;
mod db;
pub mod desk;
pub mod diagnoses;
pub mod entity;
mod error;
pub mod inbound;
pub mod issuer_keys;
pub mod jobs;
pub mod leases;
pub mod locks;
pub mod mailboxes;
pub mod objects;
pub mod overview;
pub mod people;
pub mod portal;
pub mod records;
pub mod routing;
pub mod search;
pub mod search_indexer;
pub mod second_factor;
pub mod sla;
pub mod sms;
pub mod staff;
pub mod stats;
pub mod tickets;
pub mod whatsapp;

pub use db::Store;

/// The `i`-th (1-based) bound parameter in hand-written SQL: `$i` on PostgreSQL,
/// `?i` on SQLite.
fn param(backend: sea_orm::DbBackend, i: usize) -> String {
    match backend {
        sea_orm::DbBackend::Postgres => format!("${i}"),
        _ => format!("?{i}"),
    }
}
