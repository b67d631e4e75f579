//! certdesk: helpdesk and self-service correction portal for missing COVID-19
//! vaccination certificates.

pub mod app;
pub mod cli;
pub mod config;
pub mod domain;
pub mod error;
pub mod http;
pub mod issuer;
pub mod jobs;
pub mod mail;
pub mod node;
pub mod search;
pub mod service;
pub mod sms;
pub mod store;
pub mod telemetry;
pub mod whatsapp;
