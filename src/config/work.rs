//! Background work: certificate issuing, SMS sending and the job lanes.

use super::*;

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
    /// The key as text (PEM or base64 PKCS#8 DER), e.g. from the environment; when
    /// set, `signing_key_file` is neither read nor written.
    pub signing_key: SecretString,
    /// The secret behind SMS links, one-time codes, CSRF tokens and rate-limit keys,
    /// kept across key rotations; empty: `<data_dir>/issuer-secret.key`, derived from
    /// the signing key on first run.
    pub secret_file: PathBuf,
    /// The secret as text (hex or base64), e.g. from the environment.
    pub secret: SecretString,
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
