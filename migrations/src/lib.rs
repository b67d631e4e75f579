//! certdesk's database migrations. One file per change; never edit a shipped one.

pub use sea_orm_migration::prelude::*;

mod m20261123_000001_initial;
mod m20261123_000002_email;
mod m20261123_000003_records;
mod m20261123_000004_certificates_sms;
mod m20261123_000005_search;
mod m20261201_000006_portal;
mod m20261201_000007_triage;
mod m20261201_000008_sla_routing;
mod m20261202_000009_overview;
mod m20261202_000010_desk;
mod m20261202_000011_issuer_keys;
mod m20261202_000012_bulk_import;
mod m20261205_000013_security;
mod m20261205_000014_lanes;
mod m20261206_000015_staff_controls;
mod m20261206_000016_diagnosis_detail;
mod m20261206_000017_whatsapp;
mod m20261207_000018_issuer_secret_check;
mod m20261207_000019_leases;
mod m20261207_000020_notice_channel;
mod m20261207_000021_whatsapp_ticket_indexes;
mod m20261207_000022_search_indexer;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_initial::Migration),
            Box::new(m20261123_000002_email::Migration),
            Box::new(m20261123_000003_records::Migration),
            Box::new(m20261123_000004_certificates_sms::Migration),
            Box::new(m20261123_000005_search::Migration),
            Box::new(m20261201_000006_portal::Migration),
            Box::new(m20261201_000007_triage::Migration),
            Box::new(m20261201_000008_sla_routing::Migration),
            Box::new(m20261202_000009_overview::Migration),
            Box::new(m20261202_000010_desk::Migration),
            Box::new(m20261202_000011_issuer_keys::Migration),
            Box::new(m20261202_000012_bulk_import::Migration),
            Box::new(m20261205_000013_security::Migration),
            Box::new(m20261205_000014_lanes::Migration),
            Box::new(m20261206_000015_staff_controls::Migration),
            Box::new(m20261206_000016_diagnosis_detail::Migration),
            Box::new(m20261206_000017_whatsapp::Migration),
            Box::new(m20261207_000018_issuer_secret_check::Migration),
            Box::new(m20261207_000019_leases::Migration),
            Box::new(m20261207_000020_notice_channel::Migration),
            Box::new(m20261207_000021_whatsapp_ticket_indexes::Migration),
            Box::new(m20261207_000022_search_indexer::Migration),
        ]
    }
}
