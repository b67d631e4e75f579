//! The WhatsApp edge: Meta's Graph API (`/{phone-number-id}/messages` to send, the
//! media endpoint to fetch what citizens attach), with its errors sorted by what the
//! caller should do about them.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde_json::{json, Value};
use url::Url;

use crate::config::WhatsAppConfig;
use crate::domain::whatsapp::WaUser;

/// What to send: free text (inside the 24-hour window) or an approved template.
#[derive(Debug, Clone)]
pub enum Outgoing<'a> {
    Text(&'a str),
    Template { name: &'a str, language: &'a str, params: Vec<String> },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    /// Throughput or per-user pair limits: try later, more slowly.
    #[error("rate limited: {0}")]
    RateLimited(String),
    /// More than 24 hours since the user wrote: only a template may go.
    #[error("the customer-service window is closed")]
    WindowClosed,
    /// Not a WhatsApp user, or one that cannot receive this: retrying will not help.
    #[error("recipient cannot be reached: {0}")]
    Undeliverable(String),
    /// The access token or permissions are wrong: an operator must act; retried.
    #[error("not authorised by the Graph API: {0}")]
    Unauthorised(String),
    /// Timeouts, 5xx, connection errors: retried.
    #[error("temporary: {0}")]
    Temporary(String),
    /// Refused for a reason retrying will not change (a malformed request, a file too large).
    #[error("refused: {0}")]
    Refused(String),
}

impl GraphError {
    pub fn is_temporary(&self) -> bool {
        matches!(self, Self::RateLimited(_) | Self::Unauthorised(_) | Self::Temporary(_))
    }
}

pub struct MediaFile {
    pub bytes: Vec<u8>,
    pub mime_type: Option<String>,
}

pub struct GraphClient {
    client: reqwest::Client,
    base: Url,
    version: String,
    phone_number_id: String,
    token: SecretString,
    max_media: usize,
}

impl GraphClient {
    pub fn new(c: &WhatsAppConfig) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .timeout(c.timeout)
            .connect_timeout(Duration::from_secs(5))
            .pool_max_idle_per_host(32)
            // Media URLs are Meta's CDN; never follow a redirect off it with the token.
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Self {
            client,
            base: c.api_base_url.clone(),
            version: c.api_version.clone(),
            phone_number_id: c.phone_number_id.clone(),
            token: c.access_token.clone(),
            max_media: c.max_media_bytes,
        })
    }

    fn url(&self, path: &str) -> Result<Url, GraphError> {
        self.base
            .join(&format!("{}/{path}", self.version))
            .map_err(|e| GraphError::Refused(format!("bad Graph API URL: {e}")))
    }

    /// Sends one message; Meta's message id on success.
    pub async fn send(&self, to: &WaUser, what: Outgoing<'_>) -> Result<String, GraphError> {
        let mut body = json!({"messaging_product": "whatsapp", "recipient_type": "individual"});
        // By BSUID where known (it names the user for good; a number may change hands),
        // else by number.
        match (&to.bsuid, &to.wa_id) {
            (Some(b), _) => body["recipient"] = json!(b),
            (None, Some(w)) => body["to"] = json!(w),
            (None, None) => return Err(GraphError::Undeliverable("no identifier".into())),
        }
        match what {
            Outgoing::Text(text) => {
                body["type"] = json!("text");
                body["text"] = json!({"preview_url": false, "body": text});
            }
            Outgoing::Template { name, language, params } => {
                let parameters: Vec<Value> =
                    params.iter().map(|p| json!({"type": "text", "text": p})).collect();
                body["type"] = json!("template");
                body["template"] = json!({"name": name, "language": {"code": language},
                    "components": [{"type": "body", "parameters": parameters}]});
            }
        }
        let url = self.url(&format!("{}/messages", self.phone_number_id))?;
        let res = self
            .client
            .post(url)
            .bearer_auth(self.token.expose_secret())
            .json(&body)
            .send()
            .await
            .map_err(transport)?;
        let status = res.status().as_u16();
        let answer: Value = res.json().await.unwrap_or(Value::Null);
        if status == 200 {
            // Taken, even without an id to track it by: sending again would repeat it.
            return Ok(answer
                .pointer("/messages/0/id")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .unwrap_or_else(|| {
                    tracing::warn!("the Graph API took a message without giving its id");
                    format!("unknown.{}", uuid::Uuid::now_v7())
                }));
        }
        Err(classify(status, &answer))
    }

    /// Fetches a media file a user sent: its URL from the media endpoint, then the bytes
    /// (with the token), never more than `max_media_bytes`.
    pub async fn media(&self, media_id: &str) -> Result<MediaFile, GraphError> {
        if media_id.is_empty()
            || !media_id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err(GraphError::Refused("malformed media id".into()));
        }
        let res = self
            .client
            .get(self.url(media_id)?)
            .bearer_auth(self.token.expose_secret())
            .send()
            .await
            .map_err(transport)?;
        let status = res.status().as_u16();
        let meta: Value = res.json().await.unwrap_or(Value::Null);
        if status != 200 {
            return Err(classify(status, &meta));
        }
        if meta.get("file_size").and_then(Value::as_u64).is_some_and(|s| s > self.max_media as u64) {
            return Err(GraphError::Refused(format!("media larger than {} bytes", self.max_media)));
        }
        let url = meta
            .get("url")
            .and_then(Value::as_str)
            .and_then(|u| Url::parse(u).ok())
            .filter(|u| media_host_allowed(u, &self.base))
            .ok_or_else(|| GraphError::Refused("the media endpoint gave no usable URL".into()))?;
        let res =
            self.client.get(url).bearer_auth(self.token.expose_secret()).send().await.map_err(transport)?;
        let status = res.status().as_u16();
        if status != 200 {
            return Err(classify(status, &Value::Null));
        }
        let mime_type = meta.get("mime_type").and_then(Value::as_str).map(str::to_owned);
        let mut bytes = Vec::new();
        let mut res = res;
        while let Some(chunk) = res.chunk().await.map_err(transport)? {
            if bytes.len() + chunk.len() > self.max_media {
                return Err(GraphError::Refused(format!("media larger than {} bytes", self.max_media)));
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(MediaFile { bytes, mime_type })
    }
}

/// The access token goes only to the Graph API's own host or Meta's media hosts.
fn media_host_allowed(u: &Url, base: &Url) -> bool {
    let Some(host) = u.host_str() else { return false };
    if Some(host) == base.host_str() && u.scheme() == base.scheme() {
        return true;
    }
    u.scheme() == "https"
        && [".fbsbx.com", ".fbcdn.net", ".whatsapp.net", ".facebook.com"]
            .iter()
            .any(|d| host.ends_with(d) || host == &d[1..])
}

fn transport(e: reqwest::Error) -> GraphError {
    // Never the URL: a media URL is a bearer of its own.
    GraphError::Temporary(if e.is_timeout() {
        "the Graph API timed out".into()
    } else {
        e.without_url().to_string()
    })
}

/// Meta's error codes, by what to do:
/// <https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes>.
fn classify(status: u16, answer: &Value) -> GraphError {
    let code = answer.pointer("/error/code").and_then(Value::as_i64);
    let message = answer
        .pointer("/error/error_data/details")
        .or_else(|| answer.pointer("/error/message"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .chars()
        .take(300)
        .collect::<String>();
    let what = format!("{status} ({}) {message}", code.unwrap_or_default());
    let Some(code) = code else {
        return match status {
            401 | 403 => GraphError::Unauthorised(what),
            408 | 429 => GraphError::RateLimited(what),
            500..=599 => GraphError::Temporary(what),
            _ => GraphError::Refused(what),
        };
    };
    match code {
        // Throughput, per-user pair rate, spam rate, application request limits.
        4 | 80007 | 130429 | 131048 | 131056 => GraphError::RateLimited(what),
        131047 => GraphError::WindowClosed,
        // Not a WhatsApp user, not deliverable, experiment or recipient restrictions.
        131026 | 131030 | 131045 | 131049 | 131050 => GraphError::Undeliverable(what),
        190 | 3 | 10 | 200..=299 => GraphError::Unauthorised(what),
        1 | 2 | 131000 | 131016 => GraphError::Temporary(what),
        _ => match status {
            401 | 403 => GraphError::Unauthorised(what),
            408 | 429 => GraphError::RateLimited(what),
            500..=599 => GraphError::Temporary(what),
            _ => GraphError::Refused(what),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_goes_only_to_meta_or_the_configured_api() {
        let base = Url::parse("https://graph.facebook.com/").unwrap();
        let ok = |u: &str| media_host_allowed(&Url::parse(u).unwrap(), &base);
        assert!(ok("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"));
        assert!(ok("https://graph.facebook.com/v23.0/1"));
        assert!(!ok("http://lookaside.fbsbx.com/x"));
        assert!(!ok("https://fbsbx.com.evil.example/x"));
        assert!(!ok("https://evil-fbsbx.com/x"));
    }

    #[test]
    fn graph_errors_are_sorted_by_what_to_do() {
        let e = |code: i64| json!({"error": {"message": "m", "code": code}});
        assert!(matches!(classify(400, &e(131047)), GraphError::WindowClosed));
        assert!(matches!(classify(400, &e(130429)), GraphError::RateLimited(_)));
        assert!(matches!(classify(400, &e(131026)), GraphError::Undeliverable(_)));
        assert!(matches!(classify(401, &e(190)), GraphError::Unauthorised(_)));
        assert!(matches!(classify(500, &Value::Null), GraphError::Temporary(_)));
        assert!(matches!(classify(400, &e(100)), GraphError::Refused(_)));
        assert!(classify(429, &Value::Null).is_temporary());
        assert!(!classify(400, &e(131026)).is_temporary());
    }
}
