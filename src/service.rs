//! Use cases. Services take and return domain types, open transactions, write the
//! audit log and call the ports (store, mail, and later search, SMS).

pub mod actions;
pub mod assign;
pub mod audit;
pub mod cached;
pub mod canned_replies;
pub mod certificates;
pub mod clock;
pub mod corrections;
pub mod desk;
pub mod diagnose;
pub mod ingest;
pub mod job_queue;
pub mod keys;
pub mod leases;
pub mod limits;
pub mod mail_out;
pub mod mailboxes;
pub mod otp;
pub mod people;
pub mod phone_change;
pub mod portal;
pub mod record_changes;
pub mod records;
pub mod records_import;
pub mod routing;
pub mod search;
pub mod second_factor;
pub mod sla;
pub mod sms;
pub mod staff;
pub mod stats;
pub mod storage;
pub mod subject;
pub mod templates;
pub mod ticket_links;
pub mod ticket_writer;
pub mod tickets;
pub mod whatsapp;

use std::sync::Arc;

use crate::config::Config;
use crate::issuer::Issuer;
use crate::mail::outbound::Mailer;
use crate::sms::{Pacer, SmsGateway};
use crate::store::Store;

/// How long another process's change to routing rules, SLA policies or holidays
/// takes to show here.
const RULES_TTL: std::time::Duration = std::time::Duration::from_secs(30);

/// A file's bytes as they are read from the object store, for an edge to stream out.
pub type ByteStream = futures::stream::BoxStream<'static, std::io::Result<bytes::Bytes>>;

/// A stored file on its way out: its length (for `Content-Length`, so a cut-off
/// transfer shows as one) and its bytes.
pub struct Download {
    pub size: u64,
    pub bytes: ByteStream,
}

/// What every service needs, built once in `app` and shared.
#[derive(Clone)]
pub struct Context {
    pub config: Arc<Config>,
    /// The database: only services reach it (edges call a service; tests and
    /// benchmarks that check rows use `Context::database`).
    pub(in crate::service) store: Store,
    /// Attachments and evidence (the data dir, or an S3-compatible bucket).
    pub(in crate::service) objects: crate::store::objects::Objects,
    pub auth: Arc<staff::AuthCache>,
    pub ticket_writer: ticket_writer::TicketWriter,
    pub mailer: Arc<Mailer>,
    pub templates: Arc<tera::Tera>,
    /// Signs certificate QR payloads and SMS links.
    pub issuer: Arc<Issuer>,
    /// Every public key the issuer signed with (verification, the published set).
    pub issuer_keys: Arc<keys::KeyCache>,
    pub sms: Arc<dyn SmsGateway>,
    /// The gateway's rate, shared by lane (codes first).
    pub sms_rate: Arc<Pacer>,
    /// Staff search (embedded tantivy or Meilisearch).
    pub search: Arc<dyn crate::search::SearchBackend>,
    /// Woken when a job is enqueued, so workers start at once instead of at the next poll.
    pub jobs_wake: Arc<job_queue::Wake>,
    /// Routing rules, read for every new ticket.
    pub routing_rules: Arc<cached::Cached<Vec<crate::domain::routing::Rule>>>,
    /// The SLA calendar and policies, read for every ticket write.
    pub sla_setup: Arc<cached::Cached<sla::Setup>>,
    /// What ticket timestamps and SLA clocks read (pinned in tests).
    pub clock: Arc<clock::Clock>,
    /// The public revocation list, built at most once a minute however often it is asked.
    pub revocations: Arc<cached::Cached<certificates::RevocationList>>,
    /// The Graph API, when the WhatsApp channel is enabled.
    pub whatsapp: Option<Arc<crate::whatsapp::GraphClient>>,
    /// The business number's send rate (chat answers are all interactive).
    pub whatsapp_rate: Arc<Pacer>,
    /// Group commit for WhatsApp webhook deliveries.
    pub whatsapp_writer: whatsapp::WebhookWriter,
    /// This process's name in leases (host, pid and a random part).
    pub node: Arc<str>,
    /// Set on SIGTERM: readiness answers no while the process drains.
    pub draining: Arc<std::sync::atomic::AtomicBool>,
}

impl Context {
    /// The current time as services should read it.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Connects the database, applies pending migrations when `migrate` says so, and
    /// builds the context.
    pub async fn open(config: Config, migrate: bool) -> anyhow::Result<Self> {
        let store = open_store(&config, migrate).await?;
        Self::new(config, store).await
    }

    /// Closes the database (after the work in hand).
    pub async fn close(&self) {
        self.store.clone().close().await;
    }

    /// Whether this process should get traffic: not draining, and the database answers.
    pub async fn database_ready(&self) -> anyhow::Result<()> {
        if self.draining.load(std::sync::atomic::Ordering::Relaxed) {
            anyhow::bail!("draining before a stop");
        }
        self.store.ping().await
    }

    /// The database itself, for tests and benchmarks that check what was written.
    /// Edges never use it (`tests/it/architecture.rs` fails if one does).
    #[doc(hidden)]
    pub fn database(&self) -> &Store {
        &self.store
    }

    /// Builds the context, records the signing key, and starts the background writer.
    pub async fn new(config: Config, store: Store) -> anyhow::Result<Self> {
        let ticket_writer = ticket_writer::TicketWriter::start(store.clone());
        let mailer = Mailer::from_config(&config.mail)?;
        let dir = &config.storage.templates_dir;
        let templates = templates::load((!dir.as_os_str().is_empty()).then_some(dir.as_path()))?;
        let issuer = keys::load_issuer(&config)?;
        keys::register(&store, &config, &issuer).await?;
        let issuer_keys = Arc::new(keys::KeyCache::new(config.certificates.key_refresh));
        let sms = crate::sms::from_config(&config.sms)?;
        let sms_rate = Arc::new(Pacer::new(config.sms.rate_per_second, sms_shares(&config.sms)));
        let search = crate::search::from_config(&config)?;
        let objects = crate::store::objects::Objects::from_config(&config.storage)?;
        sla::check_config(&config.sla)?;
        let whatsapp = match config.whatsapp.enabled {
            true => Some(Arc::new(crate::whatsapp::GraphClient::new(&config.whatsapp)?)),
            false => None,
        };
        let whatsapp_rate = Arc::new(Pacer::new(config.whatsapp.rate_per_second, Default::default()));
        let clock: Arc<clock::Clock> = Arc::default();
        let whatsapp_writer =
            whatsapp::WebhookWriter::start(store.clone(), clock.clone(), config.jobs.max_attempts);
        Ok(Self {
            config: Arc::new(config),
            store,
            objects,
            auth: Arc::default(),
            ticket_writer,
            mailer: Arc::new(mailer),
            templates: Arc::new(templates),
            issuer: Arc::new(issuer),
            issuer_keys,
            sms,
            sms_rate,
            search,
            jobs_wake: Arc::default(),
            routing_rules: Arc::new(cached::Cached::new(RULES_TTL)),
            sla_setup: Arc::new(cached::Cached::new(RULES_TTL)),
            clock,
            revocations: Arc::new(cached::Cached::new(std::time::Duration::from_secs(60))),
            whatsapp,
            whatsapp_rate,
            whatsapp_writer,
            node: crate::node::process_name().into(),
            draining: Arc::default(),
        })
    }
}

/// Connects the database and applies pending migrations when `migrate` says so: for
/// the commands that work on the database without a `Context` (migrate, keys).
pub async fn open_store(config: &Config, migrate: bool) -> anyhow::Result<Store> {
    let store = Store::connect(&config.database).await?;
    if migrate {
        store.migrate().await?;
    }
    Ok(store)
}

/// The SMS lane shares the configuration asks for.
fn sms_shares(c: &crate::config::SmsConfig) -> crate::sms::Shares {
    use crate::domain::Lane;
    let mut s = crate::sms::Shares::default();
    s.weights[Lane::Notify.index()] = c.lane_weights.notify;
    s.weights[Lane::Issuance.index()] = c.lane_weights.notify;
    s.weights[Lane::Bulk.index()] = c.lane_weights.bulk;
    s.max_share[Lane::Bulk.index()] = c.bulk_max_share;
    s
}
