//! Use cases. Services take and return domain types, open transactions, write the
//! audit log and call the ports (store, and later search, mail, SMS, jobs).

pub mod audit;
pub mod staff;
pub mod stats;
pub mod tickets;

use std::sync::Arc;

use crate::config::Config;
use crate::store::Store;

/// What every service needs, built once in `app` and shared.
#[derive(Clone)]
pub struct Context {
    pub config: Arc<Config>,
    pub store: Store,
}
