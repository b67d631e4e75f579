//! Use cases. Services take and return domain types, open transactions, write the
//! audit log and call the ports (store, and later search, mail, SMS, jobs).

pub mod audit;
pub mod staff;
pub mod stats;
pub mod ticket_writer;
pub mod tickets;

use std::sync::Arc;

use crate::config::Config;
use crate::store::Store;

/// What every service needs, built once in `app` and shared.
#[derive(Clone)]
pub struct Context {
    pub config: Arc<Config>,
    pub store: Store,
    pub auth: Arc<staff::AuthCache>,
    pub ticket_writer: ticket_writer::TicketWriter,
}

impl Context {
    /// Builds the context and starts its background writer; call inside a tokio runtime.
    pub fn new(config: Config, store: Store) -> Self {
        let ticket_writer = ticket_writer::TicketWriter::start(store.clone());
        Self { config: Arc::new(config), store, auth: Arc::default(), ticket_writer }
    }
}
