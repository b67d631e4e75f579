//! Sending mail with lettre: over SMTP, or as `.eml` files (the embedded default).
//! Knows nothing about tickets; `service::mail_out` decides what to send.

use anyhow::Context as _;
use lettre::message::header::{self, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

use crate::config::{MailConfig, OutboundMailKind};

/// One mail to send, already rendered.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub to: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// Without angle brackets.
    pub message_id: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    /// Sent by certdesk on its own (acknowledgements, notices): RFC 3834 `auto-replied`.
    pub auto_replied: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Worth retrying: the server was unreachable, busy or said 4xx.
    #[error("temporary: {0}")]
    Temporary(String),
    /// Retrying will not help: the address or the message was refused (5xx).
    #[error("permanent: {0}")]
    Permanent(String),
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(AsyncFileTransport<Tokio1Executor>),
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    /// Our address, lowercased, for X-Loop.
    address: String,
    domain: String,
}

impl Mailer {
    pub fn from_config(cfg: &MailConfig) -> anyhow::Result<Self> {
        let address: lettre::Address =
            cfg.address.parse().context("mail.address is not an e-mail address")?;
        let transport = match cfg.outbound {
            OutboundMailKind::File => {
                std::fs::create_dir_all(&cfg.outbox_dir)
                    .with_context(|| format!("creating mail.outbox_dir {}", cfg.outbox_dir.display()))?;
                Transport::File(AsyncFileTransport::new(&cfg.outbox_dir))
            }
            OutboundMailKind::Smtp => {
                let url = cfg.smtp_url.expose_secret();
                let t = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .context("mail.smtp_url is not a valid smtp:// or smtps:// URL")?
                    .timeout(Some(std::time::Duration::from_secs(30)))
                    .build();
                Transport::Smtp(t)
            }
        };
        Ok(Self {
            transport,
            from: Mailbox::new(Some(cfg.display_name.clone()), address.clone()),
            domain: address.domain().to_string(),
            address: address.to_string().to_ascii_lowercase(),
        })
    }

    /// A fresh Message-ID on our domain (without angle brackets).
    pub fn new_message_id(&self) -> String {
        format!("{}@{}", uuid::Uuid::now_v7().simple(), self.domain)
    }

    /// The same Message-ID for the same `key` every time, so a notice sent again after
    /// a crash is recognisably the same mail.
    pub fn message_id_for(&self, key: &str) -> String {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(key.as_bytes());
        let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        format!("{hex}@{}", self.domain)
    }

    pub fn address(&self) -> &str {
        &self.address
    }

    pub async fn send(&self, mail: &Outgoing) -> Result<(), SendError> {
        let message = self.compose(mail).map_err(|e| SendError::Permanent(format!("{e:#}")))?;
        match &self.transport {
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| {
                if e.is_permanent() {
                    SendError::Permanent(e.to_string())
                } else {
                    SendError::Temporary(e.to_string())
                }
            }),
            Transport::File(t) => {
                t.send(message).await.map(|_| ()).map_err(|e| SendError::Temporary(e.to_string()))
            }
        }
    }

    fn compose(&self, m: &Outgoing) -> anyhow::Result<Message> {
        let to_addr: lettre::Address = m.to.parse().context("recipient is not an e-mail address")?;
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(m.to_name.clone(), to_addr))
            .subject(m.subject.clone())
            .message_id(Some(format!("<{}>", m.message_id)))
            .header(XLoop(self.address.clone()));
        if let Some(irt) = &m.in_reply_to {
            b = b.in_reply_to(format!("<{irt}>"));
        }
        if !m.references.is_empty() {
            let refs: Vec<String> = m.references.iter().map(|r| format!("<{r}>")).collect();
            b = b.references(refs.join(" "));
        }
        if m.auto_replied {
            b = b.header(AutoSubmitted("auto-replied".into()));
        }
        let message = match &m.html {
            Some(html) => b.multipart(MultiPart::alternative_plain_html(m.text.clone(), html.clone()))?,
            None => b.header(header::ContentType::TEXT_PLAIN).body(m.text.clone())?,
        };
        Ok(message)
    }
}

/// RFC 3834: marks mail that certdesk sent on its own, so other robots do not answer.
#[derive(Clone)]
struct AutoSubmitted(String);

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// Our address in X-Loop: a mail that comes back carrying it is ours, not a citizen's.
#[derive(Clone)]
struct XLoop(String);

impl Header for XLoop {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("X-Loop")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}
