//! Where certdesk listens, stores and searches, and how it logs.

use super::*;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    /// Address the HTTP server binds.
    pub listen: SocketAddr,
    /// Base URL used in links sent to people.
    pub public_url: Url,
    /// Largest JSON request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Time in-flight requests get after SIGTERM.
    #[serde(with = "humantime_serde")]
    pub shutdown_grace: Duration,
    /// Time `/readyz` answers 503 after SIGTERM before the listener closes.
    #[serde(with = "humantime_serde")]
    pub drain_delay: Duration,
    /// A separate listener for `/metrics` (loopback or an internal network); empty: none.
    #[serde(deserialize_with = "optional_addr")]
    pub metrics_listen: Option<SocketAddr>,
    /// Bearer token that also lets a scraper read `/metrics` on `listen`; empty: it is not there.
    pub metrics_token: SecretString,
}

/// An address that may be left empty.
fn optional_addr<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<SocketAddr>, D::Error> {
    let s = String::deserialize(d)?;
    match s.trim() {
        "" => Ok(None),
        s => s.parse().map(Some).map_err(serde::de::Error::custom),
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
    /// `sqlite://…` or `postgres://…`; may hold a password, hence secret.
    pub url: SecretString,
    /// Pool size.
    pub max_connections: u32,
    /// Connect timeout.
    #[serde(with = "humantime_serde")]
    pub connect_timeout: Duration,
    /// How long a request waits for a pooled connection (503 after).
    #[serde(with = "humantime_serde")]
    pub acquire_timeout: Duration,
    /// Run migrations on `serve`.
    pub migrate_on_start: bool,
    /// Statements slower than this are logged with their SQL (never their values); 0: none.
    #[serde(with = "humantime_serde")]
    pub slow_statement: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorageConfig {
    /// Root for local attachments and evidence, the outbox and the embedded index.
    pub data_dir: PathBuf,
    /// Folder whose templates override the embedded ones; empty for none.
    pub templates_dir: PathBuf,
    /// Where attachments and evidence live.
    pub objects: ObjectsKind,
    /// The S3-compatible bucket, when `objects = "s3"` (or `storage migrate --to s3`).
    pub s3: S3Config,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ObjectsKind {
    /// Under `data_dir`: one node, or nodes sharing that directory.
    Local,
    /// An S3-compatible bucket every node reaches.
    S3,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct S3Config {
    pub bucket: String,
    /// Key prefix inside the bucket (several deployments may share one); empty: none.
    pub prefix: String,
    /// Endpoint of an S3-compatible server; empty: AWS for `region`.
    pub endpoint: String,
    pub region: String,
    /// Credentials; empty: the standard AWS variables, profile or instance role.
    pub access_key_id: String,
    pub secret_access_key: SecretString,
    /// Allow an `http://` endpoint (a server on a private network).
    pub allow_http: bool,
    /// Longest one request to the store may take, retries included.
    #[serde(with = "humantime_serde")]
    pub timeout: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchBackendKind {
    Embedded,
    Meilisearch,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchConfig {
    /// Which search engine serves staff search.
    pub backend: SearchBackendKind,
    /// Meilisearch base URL.
    pub meilisearch_url: Url,
    /// Meilisearch API key.
    pub meilisearch_key: SecretString,
    /// Prefix of the Meilisearch index names (several deployments may share a server).
    pub index_prefix: String,
    /// Changes the indexer reads per batch (1-30,000); a batch goes to the engine as
    /// requests of at most 16 MiB.
    pub batch: usize,
    /// Batches per index handed to the engine and not yet confirmed (1-64).
    pub in_flight: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    /// Output format.
    pub format: LogFormat,
    /// tracing filter directive.
    pub level: String,
}
