//! Reading portal forms: fields into domain types with errors tied to each field (in
//! the page's language), the CSRF and challenge guard, and uploaded files.

use std::collections::HashMap;

use poem::web::Multipart;
use poem::Request;

use super::challenge;
use super::web::{self, Page};
use crate::domain::correction::{parse_date, EvidenceKind};
use crate::domain::Nik;
use crate::service::portal::requests::Upload;
use crate::service::Context;

pub type Fields = HashMap<String, String>;

/// Field errors of one submission, already in the page's language.
#[derive(Default)]
pub struct Errors {
    lang: &'static str,
    pub map: HashMap<String, String>,
}

impl Errors {
    pub fn new(req: &Request) -> Self {
        Self { lang: web::lang(req), map: HashMap::new() }
    }

    pub fn add(&mut self, field: &str, key: &str) {
        self.map.entry(field.into()).or_insert_with(|| web::text(self.lang, key));
    }

    pub fn add_text(&mut self, field: &str, text: String) {
        self.map.entry(field.into()).or_insert(text);
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn required(&mut self, f: &Fields, name: &str) -> Option<String> {
        match f.get(name).map(|v| v.trim()).filter(|v| !v.is_empty()) {
            Some(v) => Some(v.to_string()),
            None => {
                self.add(name, "err_required");
                None
            }
        }
    }

    pub fn nik(&mut self, f: &Fields, name: &str) -> Option<Nik> {
        let v = self.required(f, name)?;
        Nik::parse(&v).map_err(|_| self.add(name, "err_nik")).ok()
    }

    pub fn date(&mut self, f: &Fields, name: &str) -> Option<chrono::NaiveDate> {
        let v = self.required(f, name)?;
        parse_date(&v).or_else(|| {
            self.add(name, "err_date");
            None
        })
    }

    pub fn phone(&mut self, f: &Fields, name: &str) -> Option<crate::domain::PhoneNumber> {
        let v = self.required(f, name)?;
        crate::domain::PhoneNumber::parse(&v).map_err(|_| self.add(name, "err_phone")).ok()
    }
}

/// Why a submission is not even read.
pub enum Refused {
    /// The CSRF token is missing or belongs to another browser.
    Csrf,
}

/// CSRF first, then the challenge (a wrong answer is a field error; a nonce answers once).
pub async fn guard(
    cx: &Context,
    req: &Request,
    f: &Fields,
    errors: &mut Errors,
    ask: bool,
) -> Result<(), Refused> {
    if !web::csrf_ok(cx, req, f.get("csrf").map(String::as_str)) {
        return Err(Refused::Csrf);
    }
    if ask && cx.config.portal.challenge {
        let token = f.get("challenge_token").map(String::as_str).unwrap_or_default();
        let answer = f.get("challenge").map(String::as_str).unwrap_or_default();
        let fresh = match challenge::check(cx, token, answer) {
            Some(nonce) => {
                crate::service::limits::first_use(cx, &nonce, std::time::Duration::from_secs(30 * 60))
                    .await
                    .unwrap_or(false)
            }
            None => false,
        };
        if !fresh {
            errors.add("challenge", "err_challenge");
        }
    }
    Ok(())
}

/// The challenge for a fresh form, when enabled.
pub fn with_question(cx: &Context, req: &Request, page: Page) -> Page {
    if cx.config.portal.challenge {
        let q = challenge::new(cx, web::lang(req));
        page.with("question", serde_json::json!({"text": q.text, "token": q.token}))
    } else {
        page
    }
}

/// A multipart form: text fields, and files under `ev_<kind>`. A file over the limit
/// stops reading (the body limit caps the whole request anyway).
pub async fn multipart(cx: &Context, mut m: Multipart) -> Result<(Fields, Vec<Upload>), String> {
    let mut fields = Fields::new();
    let mut uploads = Vec::new();
    let max = cx.config.portal.max_upload_bytes;
    let mut too_large = false;
    while let Some(field) = m.next_field().await.map_err(|e| e.to_string())? {
        let name = field.name().unwrap_or_default().to_string();
        if let Some(kind) = name.strip_prefix("ev_") {
            let empty_name = field.file_name().is_none_or(str::is_empty);
            let bytes = field.bytes().await.map_err(|e| e.to_string())?;
            if bytes.is_empty() && empty_name {
                continue; // an empty file input
            }
            // Read on to the end (the body limit bounds it): answering mid-upload
            // resets the phone's connection instead of showing the page.
            if too_large || bytes.len() > max {
                too_large = true;
                continue;
            }
            let kind = EvidenceKind::parse(kind).unwrap_or(EvidenceKind::Other);
            uploads.push(Upload { kind, bytes });
        } else if fields.len() < 64 {
            let text = field.text().await.map_err(|e| e.to_string())?;
            fields.insert(name, text.chars().take(5000).collect());
        }
    }
    if too_large {
        return Err("too_large".into());
    }
    Ok((fields, uploads))
}
