//! `Config`: one typed configuration, layered from embedded defaults, an optional
//! TOML file and `CERTDESK_<SECTION>__<KEY>` environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use secrecy::SecretString;
use serde::Deserialize;
use url::Url;

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
    pub log: LogConfig,
}

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
    /// Connect and acquire timeout.
    #[serde(with = "humantime_serde")]
    pub connect_timeout: Duration,
    /// Run migrations on `serve`.
    pub migrate_on_start: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorageConfig {
    /// Root for attachments, raw mail, outbox and the embedded index.
    pub data_dir: PathBuf,
    /// Folder whose templates override the embedded ones; empty for none.
    pub templates_dir: PathBuf,
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
    /// Documents the indexer writes per batch.
    pub batch: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutboundMailKind {
    File,
    Smtp,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailConfig {
    /// The helpdesk mailbox address.
    pub address: String,
    /// The authserv-id our receiving mail server stamps on `Authentication-Results`;
    /// when set, mail whose From it did not authenticate (SPF/DKIM/DMARC) never counts
    /// as the requester's. Empty: From is taken as it stands.
    pub authserv_id: String,
    /// Display name on outgoing mail.
    pub display_name: String,
    /// Where outgoing mail goes.
    pub outbound: OutboundMailKind,
    /// Folder for `.eml` files when outbound = file.
    pub outbox_dir: PathBuf,
    /// SMTP URL when outbound = smtp (may carry credentials).
    pub smtp_url: SecretString,
    /// Larger inbound messages are quarantined and the sender told why.
    pub max_message_bytes: usize,
    /// Messages with more attachments are quarantined and the sender told why.
    pub max_attachments: usize,
    /// Send an acknowledgement for each new mail ticket.
    pub acknowledge: bool,
    /// At most this many automatic mails per sender per hour.
    pub ack_per_sender_per_hour: u32,
    /// A reply without tag or thread headers joins the sender's ticket with the same subject from this many days.
    pub thread_window_days: u32,
    /// IMAP mailboxes to poll.
    #[serde(default)]
    pub imap: Vec<ImapConfig>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImapConfig {
    /// A name for this mailbox in the API and logs.
    pub name: String,
    pub host: String,
    pub port: u16,
    /// Implicit TLS (993). Plain is accepted only for loopback hosts.
    #[serde(default = "yes")]
    pub tls: bool,
    /// PEM file of the CA that signed the server's certificate, for a private CA;
    /// absent: the public web roots.
    #[serde(default)]
    pub tls_ca_file: Option<PathBuf>,
    pub username: String,
    pub password: SecretString,
    /// Folder to read.
    #[serde(default = "inbox")]
    pub folder: String,
    /// Where processed mail is moved; empty: flag \\Seen instead.
    #[serde(default = "processed")]
    pub processed_folder: String,
    #[serde(default = "quarantine")]
    pub quarantine_folder: String,
    /// How often to poll when the server has no IDLE (and the IDLE renewal period).
    #[serde(default = "poll", with = "humantime_serde")]
    pub poll_interval: Duration,
}

fn yes() -> bool {
    true
}
fn inbox() -> String {
    "INBOX".into()
}
fn processed() -> String {
    "Processed".into()
}
fn quarantine() -> String {
    "Quarantine".into()
}
fn poll() -> Duration {
    Duration::from_secs(30)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmsGatewayKind {
    Log,
    Http,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmsConfig {
    /// Which SMS gateway is used.
    pub gateway: SmsGatewayKind,
    /// Sender id.
    pub sender: String,
    /// File for the log gateway.
    pub log_path: PathBuf,
    /// Jasmin-compatible HTTP gateway base URL.
    pub http_url: Url,
    /// Gateway user name.
    pub http_username: String,
    /// Gateway password.
    pub http_password: SecretString,
    /// Gateway request timeout; a timeout is a temporary error (retried).
    #[serde(with = "humantime_serde")]
    pub timeout: Duration,
    /// Messages per second handed to the gateway by this process.
    pub rate_per_second: u32,
    /// While several lanes wait, how the rate left after `interactive` (which always
    /// goes first) is split between them.
    pub lane_weights: SmsLaneWeights,
    /// The largest fraction of the rate bulk resends take, even when nothing else waits.
    pub bulk_max_share: f64,
    /// Base URL the gateway posts receipts to; empty: `server.public_url`.
    pub dlr_base_url: String,
    /// Shared secret the receipt callback must carry; empty: derived from the issuer key.
    pub dlr_secret: SecretString,
    /// Addresses allowed to post receipts without the secret.
    pub dlr_allowed_ips: Vec<std::net::IpAddr>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmsLaneWeights {
    pub notify: u32,
    pub bulk: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificatesConfig {
    /// Issuer printed on certificates.
    pub issuer: String,
    /// Ed25519 PKCS#8 PEM key; empty: `<data_dir>/issuer-ed25519.pem`, created on first run.
    /// `certdesk keys rotate` replaces it.
    pub signing_key_file: PathBuf,
    /// The secret behind SMS links, one-time codes, CSRF tokens and rate-limit keys,
    /// kept across key rotations; empty: `<data_dir>/issuer-secret.key`, derived from
    /// the signing key on first run.
    pub secret_file: PathBuf,
    /// How soon a key rotated or revoked by another process is seen here.
    #[serde(with = "humantime_serde")]
    pub key_refresh: Duration,
    /// How long a certificate link sent by SMS stays valid.
    #[serde(with = "humantime_serde")]
    pub link_ttl: Duration,
    /// Certificates issued per transaction by the issuing job.
    pub issue_batch: u32,
}

impl CertificatesConfig {
    pub fn key_path(&self, data_dir: &std::path::Path) -> PathBuf {
        if self.signing_key_file.as_os_str().is_empty() {
            data_dir.join("issuer-ed25519.pem")
        } else {
            self.signing_key_file.clone()
        }
    }

    pub fn secret_path(&self, data_dir: &std::path::Path) -> PathBuf {
        if self.secret_file.as_os_str().is_empty() {
            data_dir.join("issuer-secret.key")
        } else {
            self.secret_file.clone()
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobsConfig {
    /// 0: this process runs no jobs (they run in `certdesk run-jobs` or another
    /// process); otherwise each lane runs the workers `lanes` gives it.
    pub workers: usize,
    /// Workers and batch size of each lane.
    pub lanes: JobLanes,
    /// Idle poll interval.
    #[serde(with = "humantime_serde")]
    pub poll_interval: Duration,
    /// Lease on a claimed job.
    #[serde(with = "humantime_serde")]
    pub lease: Duration,
    /// Attempts before a job fails for good.
    pub max_attempts: u32,
    /// Jobs a worker claims at once (`run-jobs`; lanes set their own).
    pub batch: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobLanes {
    pub interactive: LaneConfig,
    pub issuance: LaneConfig,
    pub notify: LaneConfig,
    pub bulk: LaneConfig,
}

impl JobLanes {
    pub fn get(&self, lane: crate::domain::Lane) -> &LaneConfig {
        use crate::domain::Lane;
        match lane {
            Lane::Interactive => &self.interactive,
            Lane::Issuance => &self.issuance,
            Lane::Notify => &self.notify,
            Lane::Bulk => &self.bulk,
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LaneConfig {
    /// Workers of this lane in this process; each sends one message at a time, so a
    /// crash repeats at most one message per worker.
    pub workers: usize,
    /// Jobs a worker claims at once.
    pub batch: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityConfig {
    /// Prefix of generated staff API tokens.
    pub token_prefix: String,
    /// How long an API token works after it is issued or rotated.
    #[serde(with = "humantime_serde")]
    pub api_token_ttl: Duration,
    /// On `serve` with no staff accounts, create `admin` and print its token once.
    pub bootstrap_admin: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalConfig {
    /// Proxies whose `X-Forwarded-For` names the real client (the load balancer).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Lookups (status, identity, complaint, ticket) one client address may make per window.
    pub per_ip: u32,
    #[serde(with = "humantime_serde")]
    pub per_ip_window: Duration,
    /// Lookups of one NIK per window, whoever asks.
    pub per_nik: u32,
    #[serde(with = "humantime_serde")]
    pub per_nik_window: Duration,
    /// Codes sent to one phone number (or mailbox) per window. Over it, no code is sent
    /// but the answer is the same (a refusal would tell that the facts matched).
    pub per_phone: u32,
    #[serde(with = "humantime_serde")]
    pub per_phone_window: Duration,
    /// Codes per hour to numbers no record vouches for (phone changes, follow-ups), in
    /// all and per destination prefix (`+62` and five digits): the SMS-pumping budget.
    /// Over it, codes are silently not sent, counted in `/metrics` and logged.
    pub unproven_sms_per_hour: u32,
    pub unproven_sms_per_prefix_per_hour: u32,
    /// The same budget per client address (an IPv6 client as its /64) and per network
    /// (IPv4 /24, IPv6 /48), spent first: a few clients cannot spend everyone's.
    pub unproven_sms_per_client_per_hour: u32,
    pub unproven_sms_per_network_per_hour: u32,
    /// Failed identity checks and wrong codes on one NIK before it is locked from lookups.
    pub lock_after_failures: u32,
    /// How long such a lock lasts.
    #[serde(with = "humantime_serde")]
    pub lock_for: Duration,
    /// How long a one-time code is valid.
    #[serde(with = "humantime_serde")]
    pub code_ttl: Duration,
    /// Wrong tries before a code is void.
    pub code_attempts: u32,
    /// Wait before a code may be sent again.
    #[serde(with = "humantime_serde")]
    pub code_resend_after: Duration,
    /// Sends of one code at most (the first included).
    pub code_max_sends: u32,
    /// Life of a verified portal session.
    #[serde(with = "humantime_serde")]
    pub session_ttl: Duration,
    /// Largest evidence file, in bytes.
    pub max_upload_bytes: usize,
    /// Evidence files per request.
    pub max_uploads: usize,
    /// Ask the self-hosted question on public forms (turn off only for load tests).
    pub challenge: bool,
    /// Lookups answer no sooner than this, so a match (which does a little more work)
    /// cannot be told from a miss by timing.
    #[serde(with = "humantime_serde")]
    pub min_response: Duration,
    /// The floor rises with load to the recent 99th percentile of lookup times (plus a
    /// quarter), so a match's extra work cannot be told from a miss under load either;
    /// never above this.
    #[serde(with = "humantime_serde")]
    pub max_response_floor: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageConfig {
    /// A new ticket from a citizen with an open one is merged into it (otherwise both
    /// are flagged as related).
    pub merge_into_open: bool,
    /// Resolve new complaints whose cause is `sms_delivered` or `certificate_available`
    /// and that came from the phone or e-mail on record: resend the link, reply, resolve.
    pub auto_resolve: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlaConfig {
    /// IANA timezone of the business calendar.
    pub timezone: String,
    /// Working hours on a working day, `08:00-17:00`, or `24h`.
    pub hours: String,
    /// Working weekdays: `mon` … `sun`.
    pub workdays: Vec<String>,
    /// Where a breached ticket goes (empty: it stays in its queue).
    pub escalation_queue: String,
    /// Raise a breached ticket's priority one step.
    pub raise_priority_on_breach: bool,
    /// How often the SLA sweep looks for warnings and breaches.
    #[serde(with = "humantime_serde")]
    pub sweep_interval: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignmentConfig {
    /// Hand unassigned tickets to the available agents of their queue in turn.
    pub round_robin: bool,
    /// How often the round-robin runs.
    #[serde(with = "humantime_serde")]
    pub interval: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeskConfig {
    /// A desk session ends after this long without a request.
    #[serde(with = "humantime_serde")]
    pub idle_timeout: Duration,
    /// And after this long whatever happens (a shift).
    #[serde(with = "humantime_serde")]
    pub max_session: Duration,
    /// Sign-in attempts per client address, and failed ones per (staff name, client
    /// address), in `sign_in_window`. Failures on a name from everywhere never lock it:
    /// past `sign_in_per_name` each attempt waits longer, and the staff member is told.
    pub sign_in_per_ip: u32,
    pub sign_in_per_name: u32,
    #[serde(with = "humantime_serde")]
    pub sign_in_window: Duration,
    /// People's records one member of staff may open an hour (desk and API views and
    /// reveals). Past it they are refused and supervisors are told once.
    pub lookups_per_hour: u32,
    /// People searches one member of staff may make an hour (the desk searches as the
    /// agent types); hits show NIKs masked, and agents see at most 20 a page.
    pub searches_per_hour: u32,
    /// Roles that must give a second factor (a TOTP code, or a recovery code) after
    /// their password; anyone may enrol. Empty: only those who enrolled.
    pub second_factor_roles: Vec<RoleName>,
    /// Enrolling a second factor needs a one-time code an admin issued (not just the
    /// password, which is all a thief of it would have).
    pub second_factor_enrolment_code: bool,
    /// How long such a code is good for.
    #[serde(with = "humantime_serde")]
    pub enrolment_code_ttl: Duration,
}

impl RoleName {
    pub fn role(self) -> crate::domain::Role {
        match self {
            RoleName::Agent => crate::domain::Role::Agent,
            RoleName::Supervisor => crate::domain::Role::Supervisor,
            RoleName::Admin => crate::domain::Role::Admin,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoleName {
    Agent,
    Supervisor,
    Admin,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalRule {
    /// Different people who must approve: 1 or 2.
    pub approvals: u8,
    /// The least role of the last approver.
    pub final_role: RoleName,
}

/// Who approves a correction of each field (DOMAIN.md "Corrections policy").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionsConfig {
    pub phone: ApprovalRule,
    pub full_name: ApprovalRule,
    pub birth_date: ApprovalRule,
    pub sex: ApprovalRule,
    pub nik: ApprovalRule,
    pub vaccine: ApprovalRule,
    pub vaccinated_on: ApprovalRule,
    pub batch: ApprovalRule,
}

impl CorrectionsConfig {
    pub fn rule(
        &self,
        field: crate::domain::correction::CorrectionField,
    ) -> crate::domain::correction::Approval {
        use crate::domain::correction::CorrectionField as F;
        let r = match field {
            F::Phone => self.phone,
            F::FullName => self.full_name,
            F::BirthDate => self.birth_date,
            F::Sex => self.sex,
            F::Nik => self.nik,
            F::Vaccine => self.vaccine,
            F::VaccinatedOn => self.vaccinated_on,
            F::Batch => self.batch,
        };
        crate::domain::correction::Approval { approvals: r.approvals, final_role: r.final_role.role() }
    }
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
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

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
