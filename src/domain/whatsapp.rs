//! WhatsApp Business Cloud API vocabulary: who writes (a business-scoped user id or a
//! WhatsApp number, never proof of identity), what they sent, how far an outbound
//! message got, and the 24-hour customer-service window. The webhook's JSON is read in
//! `whatsapp/webhook.rs`; this module holds what survives parsing.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

pub mod menu;
mod webhook;

pub use webhook::{parse, verify_signature, WebhookError};

/// How long after the citizen's last message free text may be sent (Meta's rule).
pub const SERVICE_WINDOW: Duration = Duration::hours(24);

/// Longest text Meta delivers in one message.
pub const TEXT_MAX: usize = 4096;

/// Who writes. From 2026 Meta sends a business-scoped user id (`user_id`, "BSUID",
/// e.g. `ID.1502576394655843`) and may omit the phone number (`wa_id`) of users with a
/// username; either may be missing, never both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaUser {
    pub bsuid: Option<String>,
    pub wa_id: Option<String>,
}

impl WaUser {
    /// `None` unless at least one identifier is well-formed (malformed ones are dropped).
    pub fn new(bsuid: Option<&str>, wa_id: Option<&str>) -> Option<Self> {
        let bsuid = bsuid.filter(|b| is_bsuid(b)).map(str::to_owned);
        let wa_id = wa_id.filter(|w| is_wa_id(w)).map(str::to_owned);
        (bsuid.is_some() || wa_id.is_some()).then_some(Self { bsuid, wa_id })
    }

    /// The number shown to staff (masked: personal data).
    pub fn masked(&self) -> String {
        match (&self.wa_id, &self.bsuid) {
            (Some(w), _) => format!("+{}…{}", &w[..2.min(w.len())], &w[w.len().saturating_sub(3)..]),
            (None, Some(b)) => format!("{}…", &b[..b.len().min(5)]),
            (None, None) => "?".into(),
        }
    }
}

/// `CC.` then 1-128 alphanumerics, optionally `CC.ENT.…` (a parent id).
fn is_bsuid(s: &str) -> bool {
    let Some((cc, rest)) = s.split_once('.') else { return false };
    let rest = rest.strip_prefix("ENT.").unwrap_or(rest);
    cc.len() == 2
        && cc.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=128).contains(&rest.len())
        && rest.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A WhatsApp number as Meta writes it: digits with the country code, no `+`.
fn is_wa_id(s: &str) -> bool {
    (6..=20).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// One message a citizen sent, as recorded before anything acts on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inbound {
    /// Meta's message id: the dedupe key (retries and replays carry the same).
    pub wamid: String,
    pub user: WaUser,
    /// The profile name the user chose: a hint, not an identity.
    pub profile_name: Option<String>,
    pub sent_at: DateTime<Utc>,
    /// The business number it was sent to.
    pub phone_number_id: String,
    pub content: Content,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    Image,
    Document,
    Audio,
    Video,
    Sticker,
}

impl MediaKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Image => "image",
            MediaKind::Document => "document",
            MediaKind::Audio => "audio",
            MediaKind::Video => "video",
            MediaKind::Sticker => "sticker",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Content {
    Text {
        body: String,
    },
    Media {
        kind: MediaKind,
        media_id: String,
        mime_type: Option<String>,
        caption: Option<String>,
        filename: Option<String>,
    },
    Location {
        latitude: f64,
        longitude: f64,
        name: Option<String>,
        address: Option<String>,
    },
    /// A tapped button or list row (`id` is ours, `title` what the user saw).
    Choice {
        id: String,
        title: String,
    },
    /// A type certdesk does not read, or one Meta could not deliver: kept and shown.
    Unsupported {
        kind: String,
        detail: Option<String>,
    },
}

impl Content {
    /// The thread's text for this message: what an agent reads.
    pub fn as_text(&self) -> String {
        match self {
            Content::Text { body } => body.clone(),
            Content::Media { kind, caption, filename, .. } => {
                let mut s = format!("[{}]", kind.as_str());
                if let Some(f) = filename {
                    s.push_str(&format!(" {f}"));
                }
                if let Some(c) = caption.as_deref().filter(|c| !c.trim().is_empty()) {
                    s.push_str(&format!("\n{c}"));
                }
                s
            }
            Content::Location { latitude, longitude, name, address } => {
                let mut s = format!("[location] {latitude:.5}, {longitude:.5}");
                for part in [name, address].into_iter().flatten() {
                    s.push_str(&format!(" · {part}"));
                }
                s
            }
            Content::Choice { title, .. } => format!("[choice] {title}"),
            Content::Unsupported { kind, detail } => match detail {
                Some(d) => format!("[unsupported message: {kind}] {d}"),
                None => format!("[unsupported message: {kind}]"),
            },
        }
    }

    /// The words the claim extractor may read (a caption counts; a file name does not).
    pub fn words(&self) -> &str {
        match self {
            Content::Text { body } => body,
            Content::Media { caption: Some(c), .. } => c,
            _ => "",
        }
    }
}

/// How far an outbound message got, as Meta reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryState {
    Sent,
    Delivered,
    Read,
    Failed,
}

impl DeliveryState {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "sent" => Self::Sent,
            "delivered" => Self::Delivered,
            "read" => Self::Read,
            "failed" => Self::Failed,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Delivered => "delivered",
            Self::Read => "read",
            Self::Failed => "failed",
        }
    }

    /// Statuses arrive out of order and twice; a message's state only moves forward
    /// (`read` may come without `delivered`; a delivered message cannot fail later).
    pub fn may_follow(self, current: Option<Self>) -> bool {
        let rank = |s: Self| match s {
            Self::Sent => 1,
            Self::Failed => 2,
            Self::Delivered => 3,
            Self::Read => 4,
        };
        match current {
            None => true,
            Some(Self::Failed) => false,
            Some(cur) if self == Self::Failed => cur == Self::Sent,
            Some(cur) => rank(self) > rank(cur),
        }
    }
}

crate::domain::ticket::named_enum!(
    /// Where one outbound WhatsApp message stands.
    OutboundStatus {
        /// Waiting for its send job.
        Queued = "queued",
        /// Outside the 24-hour window: a template told the citizen; this text goes out
        /// when they write again.
        AwaitingWindow = "awaiting_window",
        Sent = "sent",
        Delivered = "delivered",
        Read = "read",
        Failed = "failed",
    }
);

impl OutboundStatus {
    pub fn delivery(self) -> Option<DeliveryState> {
        DeliveryState::parse(self.as_str())
    }
}

impl From<DeliveryState> for OutboundStatus {
    fn from(d: DeliveryState) -> Self {
        match d {
            DeliveryState::Sent => Self::Sent,
            DeliveryState::Delivered => Self::Delivered,
            DeliveryState::Read => Self::Read,
            DeliveryState::Failed => Self::Failed,
        }
    }
}

/// A status update for one of our messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusUpdate {
    pub wamid: String,
    pub state: DeliveryState,
    pub at: DateTime<Utc>,
    /// Meta's error code and title when `failed`.
    pub error: Option<(i64, String)>,
}

/// What one webhook delivery carried.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Delivery {
    pub messages: Vec<Inbound>,
    pub statuses: Vec<StatusUpdate>,
    /// Items that could not be read at all (no id to record them under).
    pub unreadable: usize,
}

/// Whether free text may still be sent to someone whose last message came at `last`.
pub fn window_open(last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    last.is_some_and(|l| now - l < SERVICE_WINDOW)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_need_one_well_formed_identifier() {
        assert!(WaUser::new(Some("ID.1502576394655843"), None).is_some());
        assert!(WaUser::new(Some("US.ENT.11815799212886844830"), None).is_some());
        assert!(WaUser::new(None, Some("6281234567890")).is_some());
        assert_eq!(WaUser::new(Some("1502576394655843"), None), None);
        assert_eq!(WaUser::new(Some("id.123"), Some("+62812")), None);
        let u = WaUser::new(Some("bad"), Some("6281234567890")).unwrap();
        assert_eq!(u.bsuid, None);
        assert!(!u.masked().contains("1234567"));
    }

    #[test]
    fn delivery_states_only_move_forward() {
        use DeliveryState::*;
        assert!(Sent.may_follow(None));
        assert!(Read.may_follow(Some(Sent)));
        assert!(!Delivered.may_follow(Some(Read)));
        assert!(!Sent.may_follow(Some(Delivered)));
        assert!(Failed.may_follow(Some(Sent)));
        assert!(!Failed.may_follow(Some(Delivered)));
        assert!(!Read.may_follow(Some(Failed)));
        assert!(!Sent.may_follow(Some(Sent)));
    }

    #[test]
    fn the_window_is_24_hours_from_the_last_message() {
        let now = Utc::now();
        assert!(window_open(Some(now - Duration::hours(23)), now));
        assert!(!window_open(Some(now - Duration::hours(25)), now));
        assert!(!window_open(None, now));
    }

    #[test]
    fn content_reads_as_thread_text() {
        let m = Content::Media {
            kind: MediaKind::Image,
            media_id: "1".into(),
            mime_type: Some("image/jpeg".into()),
            caption: Some("KTP saya".into()),
            filename: None,
        };
        assert_eq!(m.as_text(), "[image]\nKTP saya");
        assert_eq!(m.words(), "KTP saya");
        let l = Content::Location {
            latitude: -6.2,
            longitude: 106.8,
            name: Some("Puskesmas".into()),
            address: None,
        };
        assert!(l.as_text().starts_with("[location] -6.20000, 106.80000 · Puskesmas"));
    }
}
