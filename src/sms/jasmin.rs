//! A Jasmin-compatible HTTP gateway (`/send` with `to`, `from`, `content`,
//! `dlr-url`). A 200 `Success "<id>"` means queued; receipts come later to the hook.

use futures::future::BoxFuture;
use secrecy::{ExposeSecret, SecretString};
use url::Url;

use super::{Accepted, OutgoingSms, SmsError, SmsGateway};
use crate::config::SmsConfig;

pub struct JasminGateway {
    client: reqwest::Client,
    send_url: Url,
    username: String,
    password: SecretString,
}

impl JasminGateway {
    pub fn new(c: &SmsConfig) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder().timeout(c.timeout).pool_max_idle_per_host(64).build()?;
        let send_url = c.http_url.join("send")?;
        Ok(Self { client, send_url, username: c.http_username.clone(), password: c.http_password.clone() })
    }
}

/// `Success "08a3…"` → `08a3…`.
fn message_id(body: &str) -> Option<String> {
    let rest = body.trim().strip_prefix("Success")?.trim();
    let id = rest.trim_matches('"').trim();
    (!id.is_empty()).then(|| id.to_string())
}

impl SmsGateway for JasminGateway {
    fn name(&self) -> &'static str {
        "http"
    }

    fn send<'a>(&'a self, sms: OutgoingSms<'a>) -> BoxFuture<'a, Result<Accepted, SmsError>> {
        Box::pin(async move {
            // Jasmin routes on international numbers without the plus.
            let to = sms.to.expose().trim_start_matches('+');
            let mut form = vec![
                ("username", self.username.as_str()),
                ("password", self.password.expose_secret()),
                ("to", to),
                ("from", sms.from),
                ("content", sms.content),
            ];
            if !sms.dlr_url.is_empty() {
                form.extend([
                    ("dlr", "yes"),
                    ("dlr-url", sms.dlr_url),
                    ("dlr-level", "3"),
                    ("dlr-method", "POST"),
                ]);
            }
            let body = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(form).finish();
            let res = self
                .client
                .post(self.send_url.clone())
                .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .map_err(|e| {
                    SmsError::Temporary(if e.is_timeout() {
                        "gateway timed out".into()
                    } else {
                        e.to_string()
                    })
                })?;
            let status = res.status();
            let text = res.text().await.map_err(|e| SmsError::Temporary(e.to_string()))?;
            let text = text.chars().take(300).collect::<String>();
            match status.as_u16() {
                200 => message_id(&text)
                    .map(|message_id| Accepted { message_id, delivered: false })
                    .ok_or_else(|| SmsError::Temporary(format!("unreadable gateway answer: {text}"))),
                408 | 429 => Err(SmsError::Temporary(format!("{status}: {text}"))),
                400..=499 => Err(SmsError::Permanent(format!("{status}: {text}"))),
                _ => Err(SmsError::Temporary(format!("{status}: {text}"))),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_message_id_from_a_success_answer() {
        assert_eq!(super::message_id("Success \"07033084-5cfd\"").as_deref(), Some("07033084-5cfd"));
        assert_eq!(super::message_id("Error \"x\""), None);
        assert_eq!(super::message_id("Success \"\""), None);
    }
}
