//! Reading Meta's webhook: the signature over the raw body first, then every
//! `entry[]` and every `changes[]` (not only the first), each message and status in
//! it. One unreadable item never hides the others.

use chrono::{DateTime, TimeZone, Utc};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde_json::Value;
use sha2::Sha256;

use super::{Content, Delivery, DeliveryState, Inbound, MediaKind, StatusUpdate, WaUser};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    #[error("the body is not a WhatsApp webhook: {0}")]
    Malformed(String),
}

/// `X-Hub-Signature-256: sha256=<hex>` is the HMAC-SHA256 of the raw body under the
/// app secret; compared in constant time, before anything reads the body.
pub fn verify_signature(app_secret: &[u8], raw: &[u8], header: Option<&str>) -> bool {
    let Some(hex_sig) = header.and_then(|h| h.trim().strip_prefix("sha256=")) else { return false };
    let Ok(sig) = hex::decode(hex_sig) else { return false };
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(app_secret) else { return false };
    mac.update(raw);
    mac.verify_slice(&sig).is_ok()
}

#[derive(Deserialize)]
struct Body {
    object: String,
    #[serde(default)]
    entry: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    #[serde(default)]
    changes: Vec<Change>,
}

#[derive(Deserialize)]
struct Change {
    #[serde(default)]
    field: String,
    #[serde(default)]
    value: Value,
}

/// Everything a (verified) delivery carries. Only a body that is not a WhatsApp
/// webhook at all is an error; single broken items are counted in `unreadable`.
pub fn parse(raw: &[u8]) -> Result<Delivery, WebhookError> {
    let body: Body = serde_json::from_slice(raw).map_err(|e| WebhookError::Malformed(e.to_string()))?;
    if body.object != "whatsapp_business_account" {
        return Err(WebhookError::Malformed(format!("object is {:?}", body.object)));
    }
    let mut out = Delivery::default();
    for change in body.entry.iter().flat_map(|e| &e.changes) {
        if change.field != "messages" {
            continue;
        }
        read_change(&change.value, &mut out);
    }
    Ok(out)
}

fn read_change(v: &Value, out: &mut Delivery) {
    let phone_number_id = str_at(v, &["metadata", "phone_number_id"]).unwrap_or_default().to_string();
    let contacts = v.get("contacts").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    for m in v.get("messages").and_then(Value::as_array).into_iter().flatten() {
        match message(m, contacts, &phone_number_id) {
            Some(i) => out.messages.push(i),
            None => out.unreadable += 1,
        }
    }
    for s in v.get("statuses").and_then(Value::as_array).into_iter().flatten() {
        match status(s) {
            Some(s) => out.statuses.push(s),
            None => out.unreadable += 1,
        }
    }
}

fn str_at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(v, |v, k| v.get(k))?.as_str()
}

/// Text as stored: without NUL and other control characters a database refuses or a
/// page would show as garbage (line breaks and tabs stay).
fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')).collect()
}

/// Meta's message ids are printable ASCII (`wamid.` and base64); anything else is refused.
fn is_wamid(id: &str) -> bool {
    (1..=256).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_graphic())
}

fn timestamp(v: &Value) -> Option<DateTime<Utc>> {
    let secs: i64 = match v.get("timestamp")? {
        Value::String(s) => s.parse().ok()?,
        Value::Number(n) => n.as_i64()?,
        _ => return None,
    };
    Utc.timestamp_opt(secs, 0).single()
}

fn message(m: &Value, contacts: &[Value], phone_number_id: &str) -> Option<Inbound> {
    let wamid = str_at(m, &["id"]).filter(|id| is_wamid(id))?.to_string();
    let from = str_at(m, &["from"]);
    let from_user = str_at(m, &["from_user_id"]);
    // The contact that sent it: matched on either identifier (one may be missing).
    let contact = contacts.iter().find(|c| {
        (from.is_some() && str_at(c, &["wa_id"]) == from)
            || (from_user.is_some() && str_at(c, &["user_id"]) == from_user)
    });
    let contact = contact.or(if contacts.len() == 1 { contacts.first() } else { None });
    let user = WaUser::new(
        from_user.or_else(|| contact.and_then(|c| str_at(c, &["user_id"]))),
        from.or_else(|| contact.and_then(|c| str_at(c, &["wa_id"]))),
    )?;
    let profile_name =
        contact.and_then(|c| str_at(c, &["profile", "name"])).map(|n| clean(n).chars().take(200).collect());
    Some(Inbound {
        wamid,
        user,
        profile_name,
        sent_at: timestamp(m).unwrap_or_else(Utc::now),
        phone_number_id: phone_number_id.to_string(),
        content: content(m),
    })
}

fn content(m: &Value) -> Content {
    let kind = str_at(m, &["type"]).unwrap_or("unknown");
    let part = m.get(kind).unwrap_or(&Value::Null);
    let s = |k: &str| str_at(part, &[k]).map(clean);
    let media = |kind| {
        s("id").map(|media_id| Content::Media {
            kind,
            media_id,
            mime_type: s("mime_type"),
            caption: s("caption"),
            filename: s("filename"),
        })
    };
    let read = match kind {
        "text" => s("body").map(|body| Content::Text { body }),
        "image" => media(MediaKind::Image),
        "document" => media(MediaKind::Document),
        "audio" => media(MediaKind::Audio),
        "video" => media(MediaKind::Video),
        "sticker" => media(MediaKind::Sticker),
        "location" => match (
            part.get("latitude").and_then(Value::as_f64),
            part.get("longitude").and_then(Value::as_f64),
        ) {
            (Some(latitude), Some(longitude)) => {
                Some(Content::Location { latitude, longitude, name: s("name"), address: s("address") })
            }
            _ => None,
        },
        "interactive" => {
            let reply = part.get("button_reply").or_else(|| part.get("list_reply"));
            reply.and_then(|r| {
                Some(Content::Choice {
                    id: clean(str_at(r, &["id"])?).chars().take(200).collect(),
                    title: clean(str_at(r, &["title"]).unwrap_or_default()),
                })
            })
        }
        // A quick-reply button of a template.
        "button" => {
            s("payload").map(|id| Content::Choice { title: s("text").unwrap_or_else(|| id.clone()), id })
        }
        _ => None,
    };
    read.unwrap_or_else(|| Content::Unsupported {
        kind: clean(kind).chars().take(40).collect(),
        detail: m
            .get("errors")
            .and_then(|e| e.get(0))
            .and_then(|e| str_at(e, &["title"]).or_else(|| str_at(e, &["message"])))
            .map(clean),
    })
}

fn status(s: &Value) -> Option<StatusUpdate> {
    let wamid = str_at(s, &["id"]).filter(|id| is_wamid(id))?.to_string();
    let state = DeliveryState::parse(str_at(s, &["status"])?)?;
    let error = s.get("errors").and_then(|e| e.get(0)).map(|e| {
        (
            e.get("code").and_then(Value::as_i64).unwrap_or_default(),
            clean(str_at(e, &["title"]).or_else(|| str_at(e, &["message"])).unwrap_or_default()),
        )
    });
    Some(StatusUpdate { wamid, state, at: timestamp(s).unwrap_or_else(Utc::now), error })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sign(secret: &str, body: &[u8]) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(body);
        format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
    }

    #[test]
    fn only_the_right_signature_over_the_exact_body_passes() {
        let body = br#"{"object":"whatsapp_business_account"}"#;
        let good = sign("s3cret", body);
        assert!(verify_signature(b"s3cret", body, Some(&good)));
        assert!(!verify_signature(b"other", body, Some(&good)));
        assert!(!verify_signature(b"s3cret", b"{}", Some(&good)));
        assert!(!verify_signature(b"s3cret", body, None));
        assert!(!verify_signature(b"s3cret", body, Some(&good.replace("sha256=", "sha1="))));
        assert!(!verify_signature(b"s3cret", body, Some("sha256=zz")));
    }

    #[test]
    fn every_entry_and_change_is_read_with_or_without_a_phone_number() {
        let body = json!({"object": "whatsapp_business_account", "entry": [
            {"id": "1", "changes": [
                {"field": "messages", "value": {"metadata": {"phone_number_id": "P1"},
                    "contacts": [{"profile": {"name": "Siti"}, "wa_id": "6281234567890", "user_id": "ID.111"}],
                    "messages": [{"from": "6281234567890", "id": "wamid.A", "timestamp": "1700000000",
                                  "type": "text", "text": {"body": "halo"}}]}},
                {"field": "messages", "value": {"metadata": {"phone_number_id": "P1"},
                    "contacts": [{"profile": {"name": "Budi"}, "user_id": "ID.222"}],
                    "messages": [{"from_user_id": "ID.222", "id": "wamid.B", "timestamp": "1700000001",
                                  "type": "image", "image": {"id": "M1", "mime_type": "image/jpeg"}}]}}
            ]},
            {"id": "2", "changes": [
                {"field": "messages", "value": {"statuses": [
                    {"id": "wamid.OUT", "status": "read", "timestamp": "1700000002", "recipient_id": "6281"},
                    {"id": "wamid.OUT2", "status": "failed", "timestamp": "1700000003",
                     "errors": [{"code": 131047, "title": "Re-engagement message"}]}]}},
                {"field": "account_update", "value": {}}
            ]}
        ]});
        let d = parse(body.to_string().as_bytes()).unwrap();
        assert_eq!(d.messages.len(), 2);
        assert_eq!(d.messages[0].user.bsuid.as_deref(), Some("ID.111"));
        assert_eq!(d.messages[0].profile_name.as_deref(), Some("Siti"));
        assert_eq!(d.messages[1].user, WaUser { bsuid: Some("ID.222".into()), wa_id: None });
        assert!(matches!(d.messages[1].content, Content::Media { kind: MediaKind::Image, .. }));
        assert_eq!(d.statuses.len(), 2);
        assert_eq!(d.statuses[1].error, Some((131047, "Re-engagement message".into())));
        assert_eq!(d.unreadable, 0);
    }

    #[test]
    fn broken_items_are_counted_and_unknown_types_kept() {
        let body = json!({"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages",
        "value": {"messages": [
            {"from": "6281234567890", "type": "text", "text": {"body": "no id"}},
            {"from": "6281234567890", "id": "wamid.C", "type": "unsupported",
             "errors": [{"code": 131051, "title": "Message type unknown"}]},
            {"from": "6281234567890", "id": "wamid.D", "type": "interactive",
             "interactive": {"type": "list_reply", "list_reply": {"id": "menu.status", "title": "Cek status"}}}
        ]}}]}]});
        let d = parse(body.to_string().as_bytes()).unwrap();
        assert_eq!(d.unreadable, 1);
        assert_eq!(
            d.messages[0].content,
            Content::Unsupported { kind: "unsupported".into(), detail: Some("Message type unknown".into()) }
        );
        assert_eq!(
            d.messages[1].content,
            Content::Choice { id: "menu.status".into(), title: "Cek status".into() }
        );
        assert!(parse(br#"{"object":"page","entry":[]}"#).is_err());
        assert!(parse(b"not json").is_err());
    }
}
