//! Mail in (IMAP mailboxes, pipes) and out (SMTP or a directory).

use super::*;

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
