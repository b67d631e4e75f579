//! The WhatsApp channel: Meta's WhatsApp Business Cloud API.

use super::*;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatsAppConfig {
    /// Off by default: `/hooks/whatsapp` answers 404 and nothing is sent.
    pub enabled: bool,
    /// The Meta app's secret: every webhook POST is signed with it (X-Hub-Signature-256).
    pub app_secret: SecretString,
    /// The token Meta echoes when the webhook is registered (`hub.verify_token`).
    pub verify_token: SecretString,
    /// A system-user access token with `whatsapp_business_messaging`.
    pub access_token: SecretString,
    /// The business phone number's id (Graph API), messages are sent from it. Digits,
    /// read as text even where an environment variable makes it a number.
    #[serde(deserialize_with = "digits")]
    pub phone_number_id: String,
    /// Graph API base URL and version.
    pub api_base_url: Url,
    pub api_version: String,
    /// Graph API request timeout; a timeout is retried.
    #[serde(with = "humantime_serde")]
    pub timeout: Duration,
    /// Messages per second sent from the business number (Meta's default throughput
    /// is 80/s; raise it when Meta raised yours).
    pub rate_per_second: u32,
    /// A message from the same user within this time of the last joins the same ticket
    /// (reopening it if resolved); after it, a new ticket refers to the old one.
    #[serde(with = "humantime_serde")]
    pub thread_window: Duration,
    /// Largest webhook body accepted (Meta batches up to 1000 updates).
    pub max_body_bytes: usize,
    /// Largest media file fetched into the attachment store.
    pub max_media_bytes: usize,
    /// Answer a new conversation with its ticket number (and ask for the NIK if missing).
    pub acknowledge: bool,
    /// Queued messages a worker turns into tickets in one transaction (1 to 256): under
    /// a backlog one commit serves many users' messages.
    pub convert_batch: u32,
    /// Approved message templates by purpose, for messages outside the 24-hour window.
    pub templates: WhatsAppTemplates,
    /// Certificate links and correction decisions by WhatsApp template, SMS as fallback.
    pub notices: WhatsAppNotices,
}

/// Notices by WhatsApp: when on, a certificate link (issued, reissued, sent again) or a
/// correction decision goes to the phone on record as an approved template; when Meta
/// refuses it, reports it failed, or the number is not on WhatsApp, the same notice goes
/// by SMS. Codes always go by SMS.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatsAppNotices {
    pub enabled: bool,
    /// A notice Meta accepted but has not reported delivered within this time (a number
    /// on WhatsApp that is never online) goes by SMS as well.
    #[serde(with = "humantime_serde")]
    pub fallback_after: Duration,
    pub issued: NoticeTemplate,
    pub reissued: NoticeTemplate,
    pub resend: NoticeTemplate,
    pub correction_decided: NoticeTemplate,
}

/// An approved template and what fills its body variables `{{1}}`, `{{2}}`, … in order.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeTemplate {
    pub name: String,
    pub language: String,
    /// Each one of `dose`, `version`, `link`, `until` (the certificate's) or `text` (the
    /// notice as the SMS words it, on one line).
    pub params: Vec<String>,
}

/// The values a notice template's variables may take.
pub const NOTICE_PARAMS: [&str; 5] = ["dose", "version", "link", "until", "text"];

impl WhatsAppNotices {
    fn check(&self, channel_on: bool) -> Result<(), ConfigError> {
        if !self.enabled {
            return Ok(());
        }
        if !channel_on {
            return Err(ConfigError::Value {
                key: "whatsapp.notices.enabled",
                reason: "needs whatsapp.enabled",
            });
        }
        for (key, t, certificate) in [
            ("whatsapp.notices.issued", &self.issued, true),
            ("whatsapp.notices.reissued", &self.reissued, true),
            ("whatsapp.notices.resend", &self.resend, true),
            ("whatsapp.notices.correction_decided", &self.correction_decided, false),
        ] {
            let allowed = |p: &str| if certificate { NOTICE_PARAMS.contains(&p) } else { p == "text" };
            if t.name.is_empty() || t.language.is_empty() {
                return Err(ConfigError::Value { key, reason: "needs a template name and language" });
            }
            if !t.params.iter().all(|p| allowed(p)) {
                let reason = if certificate {
                    "params may be dose, version, link, until or text"
                } else {
                    "params may only be text (a decision has no certificate)"
                };
                return Err(ConfigError::Value { key, reason });
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatsAppTemplates {
    /// "We replied to your complaint {{1}}; reply to read it": sent when an agent
    /// replies outside the window; the reply follows once the citizen answers.
    pub reply_waiting: WhatsAppTemplate,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatsAppTemplate {
    pub name: String,
    /// The template's language code as approved (e.g. `id`, `en`).
    pub language: String,
}

/// A numeric id as text, whether the source wrote it as a string or a number.
fn digits<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Text(String),
        Number(u64),
    }
    Ok(match Id::deserialize(d)? {
        Id::Text(s) => s,
        Id::Number(n) => n.to_string(),
    })
}

impl WhatsAppConfig {
    pub(super) fn check(&self) -> Result<(), ConfigError> {
        use secrecy::ExposeSecret;
        let bad = |key, reason| Err(ConfigError::Value { key, reason });
        self.notices.check(self.enabled)?;
        if !self.enabled {
            return Ok(());
        }
        if self.app_secret.expose_secret().len() < 16 {
            return bad("whatsapp.app_secret", "must be set (at least 16 characters) when whatsapp.enabled");
        }
        if self.verify_token.expose_secret().len() < 16 {
            return bad(
                "whatsapp.verify_token",
                "must be set (at least 16 characters) when whatsapp.enabled",
            );
        }
        if self.phone_number_id.is_empty() || !self.phone_number_id.bytes().all(|b| b.is_ascii_digit()) {
            return bad("whatsapp.phone_number_id", "must be the number's numeric Graph API id");
        }
        if !self.api_version.starts_with('v') || self.api_version.len() > 10 {
            return bad("whatsapp.api_version", "must look like v23.0");
        }
        if self.rate_per_second == 0 {
            return bad("whatsapp.rate_per_second", "must be at least 1");
        }
        if !(1..=256).contains(&self.convert_batch) {
            return bad("whatsapp.convert_batch", "must be 1 to 256");
        }
        if !(1024..=16 * 1024 * 1024).contains(&self.max_body_bytes) {
            return bad("whatsapp.max_body_bytes", "must be 1 KiB to 16 MiB");
        }
        // Meta's own limit is 100 MB (documents); the store keeps files in memory once.
        if !(1024..=100 * 1024 * 1024).contains(&self.max_media_bytes) {
            return bad("whatsapp.max_media_bytes", "must be 1 KiB to 100 MiB");
        }
        Ok(())
    }
}
