//! `Config`: one typed configuration, layered from embedded defaults, an optional
//! TOML file and `CERTDESK_<SECTION>__<KEY>` environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use url::Url;

mod desk;
mod infra;
mod mail;
mod whatsapp;
mod work;

pub use desk::*;
pub use infra::*;
pub use mail::*;
pub use whatsapp::*;
pub use work::*;

const DEFAULTS: &str = include_str!("config/defaults.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub server: ServerConfig,
    pub database: DatabaseConfig,
    pub storage: StorageConfig,
    pub search: SearchConfig,
    pub mail: MailConfig,
    pub certificates: CertificatesConfig,
    pub sms: SmsConfig,
    pub jobs: JobsConfig,
    pub security: SecurityConfig,
    pub portal: PortalConfig,
    pub corrections: CorrectionsConfig,
    pub triage: TriageConfig,
    pub sla: SlaConfig,
    pub assignment: AssignmentConfig,
    pub desk: DeskConfig,
    pub whatsapp: WhatsAppConfig,
    pub log: LogConfig,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    // Not `#[from]`: the figment error must not also print as a source, repeating itself.
    #[error("invalid configuration: {}", describe(.0))]
    Load(Box<figment::Error>),
    #[error("invalid configuration: {key} {reason}")]
    Value { key: &'static str, reason: &'static str },
}

/// `server.listen: invalid socket address syntax (from CERTDESK_ environment variable(s))`
/// for each error: the dotted key first, as the docs spell it.
fn describe(e: &figment::Error) -> String {
    e.clone()
        .into_iter()
        .map(|e| {
            let key = e.path.join(".").to_ascii_lowercase();
            let from = match e.metadata.as_ref() {
                Some(m) => match &m.source {
                    Some(src) => format!(" (from {} {src})", m.name),
                    None => format!(" (from {})", m.name),
                },
                None => String::new(),
            };
            if key.is_empty() {
                format!("{}{from}", e.kind)
            } else {
                format!("{key}: {}{from}", e.kind)
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Where configuration comes from, lowest priority first.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    /// Optional TOML file layered over the defaults.
    pub file: Option<PathBuf>,
    /// Read `CERTDESK_<SECTION>__<KEY>` variables from the process environment.
    pub env: bool,
    /// Highest-priority values, e.g. `("server.listen", "127.0.0.1:0")` in tests.
    pub overrides: Vec<(String, String)>,
}

impl Sources {
    /// What the binary uses: defaults, `--config` file, environment.
    pub fn from_process(file: Option<PathBuf>) -> Self {
        Self { file, env: true, overrides: Vec::new() }
    }

    pub fn set(mut self, key: &str, value: impl Into<String>) -> Self {
        self.overrides.push((key.to_string(), value.into()));
        self
    }
}

impl Config {
    pub fn load(sources: &Sources) -> Result<Self, ConfigError> {
        let mut figment = Figment::from(Toml::string(DEFAULTS));
        if let Some(file) = &sources.file {
            figment = figment.merge(Toml::file_exact(file));
        }
        if sources.env {
            // Only SECTION__KEY variables are config; CERTDESK_CONFIG and test variables are not.
            figment = figment.merge(
                Env::prefixed("CERTDESK_")
                    .split("__")
                    .filter(|k| k.as_str().contains('.'))
                    // So errors name `server.listen`, as the docs do, not `SERVER.LISTEN`.
                    .map(|k| k.as_str().to_ascii_lowercase().into()),
            );
        }
        for (key, value) in &sources.overrides {
            // Parsed like an environment value, so "0" is a number and "true" a bool.
            let value: figment::value::Value = value.parse().unwrap_or_else(|e| match e {});
            figment = figment.merge(Serialized::default(key, value));
        }
        let config: Config = figment.extract().map_err(|e| ConfigError::Load(Box::new(e)))?;
        config.check()?;
        Ok(config)
    }

    /// Rules serde cannot express. Errors name the key.
    fn check(&self) -> Result<(), ConfigError> {
        let bad = |key, reason| Err(ConfigError::Value { key, reason });
        if self.server.max_body_bytes < 1024 {
            return bad("server.max_body_bytes", "must be at least 1024");
        }
        if self.database.max_connections == 0 {
            return bad("database.max_connections", "must be at least 1");
        }
        // A ticket transaction reserves its number's block on a second connection.
        let postgres = self.database.url.expose_secret().starts_with("postgres");
        if postgres && self.database.max_connections < 4 {
            return bad("database.max_connections", "must be at least 4 on PostgreSQL");
        }
        if self.sms.rate_per_second == 0 {
            return bad("sms.rate_per_second", "must be at least 1");
        }
        if self.certificates.issue_batch == 0 || self.certificates.issue_batch > 5000 {
            return bad("certificates.issue_batch", "must be 1-5000");
        }
        if !(1..=1000).contains(&self.jobs.batch) {
            return bad("jobs.batch", "must be between 1 and 1000");
        }
        for lane in crate::domain::Lane::ALL {
            let l = self.jobs.lanes.get(*lane);
            if !(1..=1000).contains(&l.batch) || l.workers > 256 {
                return bad("jobs.lanes", "each lane needs a batch of 1 to 1000 and at most 256 workers");
            }
        }
        if !(1..=30_000).contains(&self.search.batch) || !(1..=64).contains(&self.search.in_flight) {
            return bad("search.batch", "must be 1-30000, and search.in_flight 1-64");
        }
        if self.jobs.lease < Duration::from_secs(3) {
            return bad("jobs.lease", "must be at least 3 s (workers renew it every third)");
        }
        if !(self.sms.bulk_max_share > 0.0 && self.sms.bulk_max_share <= 1.0) {
            return bad("sms.bulk_max_share", "must be above 0 and at most 1");
        }
        if self.jobs.max_attempts == 0 {
            return bad("jobs.max_attempts", "must be at least 1");
        }
        let p = &self.portal;
        if p.per_ip == 0 || p.per_nik == 0 || p.per_phone == 0 {
            return bad("portal.per_ip", "and per_nik, per_phone must be at least 1");
        }
        if p.code_attempts == 0 || p.code_max_sends == 0 || p.lock_after_failures == 0 {
            return bad("portal.code_attempts", "and code_max_sends, lock_after_failures must be at least 1");
        }
        let c = &self.corrections;
        for r in [c.phone, c.full_name, c.birth_date, c.sex, c.nik, c.vaccine, c.vaccinated_on, c.batch] {
            if !(1..=2).contains(&r.approvals) {
                return bad("corrections.*.approvals", "must be 1 or 2");
            }
        }
        let s3 = &self.storage.s3;
        if self.storage.objects == ObjectsKind::S3 && s3.bucket.trim().is_empty() {
            return bad("storage.s3.bucket", "must be set when storage.objects is \"s3\"");
        }
        let segment = |p: &str| {
            !p.is_empty()
                && p != "."
                && p != ".."
                && p.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        };
        let prefix = s3.prefix.trim().trim_matches('/');
        if !prefix.is_empty() && !prefix.split('/').all(segment) {
            return bad(
                "storage.s3.prefix",
                "may hold only letters, digits, '.', '_' and '-' between single '/'",
            );
        }
        if s3.endpoint.starts_with("http://") && !s3.allow_http {
            return bad("storage.s3.endpoint", "is plain http: set storage.s3.allow_http = true to allow it");
        }
        self.whatsapp.check()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_zero_setup_run() {
        let c = Config::load(&Sources::default()).unwrap();
        assert_eq!(c.server.listen.to_string(), "127.0.0.1:8080");
        assert!(c.database.url.expose_secret().starts_with("sqlite://data/"));
        assert_eq!(c.search.backend, SearchBackendKind::Embedded);
        assert_eq!(c.mail.outbound, OutboundMailKind::File);
        assert_eq!(c.sms.gateway, SmsGatewayKind::Log);
        assert_eq!(c.sms.sender, "1199");
    }

    #[test]
    fn overrides_win_over_defaults() {
        let c = Config::load(&Sources::default().set("server.listen", "127.0.0.1:9000")).unwrap();
        assert_eq!(c.server.listen.port(), 9000);
    }

    #[test]
    fn a_bad_value_names_its_key() {
        let err =
            Config::load(&Sources::default().set("server.listen", "not an address")).unwrap_err().to_string();
        assert!(err.contains("server.listen"), "{err}");
        let err = Config::load(&Sources::default().set("jobs.max_attempts", "0")).unwrap_err().to_string();
        assert!(err.contains("jobs.max_attempts"), "{err}");
        let err = Config::load(&Sources::default().set("storage.objects", "s3")).unwrap_err().to_string();
        assert!(err.contains("storage.s3.bucket"), "{err}");
        let plain =
            Sources::default().set("storage.s3.bucket", "b").set("storage.s3.endpoint", "http://s3.lan");
        let err = Config::load(&plain).unwrap_err().to_string();
        assert!(err.contains("allow_http"), "{err}");
        for prefix in ["a//b", "../x", "team~x", "ü"] {
            let err =
                Config::load(&Sources::default().set("storage.s3.prefix", prefix)).unwrap_err().to_string();
            assert!(err.contains("storage.s3.prefix"), "{prefix}: {err}");
        }
        assert!(Config::load(&Sources::default().set("storage.s3.prefix", "prod/eu-1")).is_ok());
        let err = Config::load(&Sources::default().set("whatsapp.notices.enabled", "true"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("whatsapp.notices.enabled") && err.contains("whatsapp.enabled"), "{err}");
    }

    #[test]
    fn a_file_layers_over_the_defaults_and_unknown_keys_fail() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "[server]\nlisten = \"0.0.0.0:8181\"\n").unwrap();
        let c = Config::load(&Sources { file: Some(path.clone()), ..Default::default() }).unwrap();
        assert_eq!(c.server.listen.port(), 8181);
        assert_eq!(c.sms.sender, "1199");

        std::fs::write(&path, "[server]\nlisen = \"0.0.0.0:8181\"\n").unwrap();
        let err = Config::load(&Sources { file: Some(path), ..Default::default() }).unwrap_err().to_string();
        assert!(err.contains("lisen"), "{err}");
    }

    #[test]
    fn a_missing_config_file_is_an_error() {
        let sources = Sources { file: Some("/nonexistent/certdesk.toml".into()), ..Default::default() };
        assert!(Config::load(&sources).is_err());
    }
}
