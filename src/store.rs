//! Persistence: sea-orm entities, queries per aggregate, Model <-> domain mapping.
//! Never sees a DTO; `DbErr` is mapped to `ServiceError` here and nowhere else.

pub mod audit;
mod db;
pub mod entity;
mod error;
pub mod jobs;
pub mod staff;
pub mod stats;
pub mod tickets;

pub use db::Store;
