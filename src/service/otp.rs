//! One-time codes and verified portal sessions. A code goes to a phone by SMS (through
//! the outbox, so it survives a crash) or to a mailbox; neither the database nor the
//! outbox holds it: it is derived from the challenge id with the issuer key, and only a
//! keyed hash is stored. The browser holds a random flow token, stored hashed.
//!
//! Here: destinations, tokens and the code derivation; sending, budgets, checking and
//! sessions have modules of their own.

mod budget;
mod sending;
mod sessions;
mod verify;

use base64::Engine as _;
use rand::RngCore;
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub use budget::budget_refusals;
pub use sending::{deliver, resend, start, Start};
pub use sessions::{close_session, open_session, session};
pub use verify::{challenge, confirm, verify};

use super::Context;
use crate::domain::{OtpCode, PhoneNumber};

#[cfg(test)]
use budget::network_of;

/// Where a code goes.
#[derive(Debug, Clone)]
pub enum Destination {
    Phone(PhoneNumber),
    Email(String),
    /// Nothing matched: no code is sent, but the citizen sees the same page.
    Nowhere,
}

/// A random token for the browser (cookie), 256 bits, URL-safe.
pub fn new_token() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The code of challenge `id`.
pub fn code_of(cx: &Context, id: Uuid) -> OtpCode {
    OtpCode::from_digest(&cx.issuer.keyed("otp code", id.as_bytes()))
}

fn code_hash(cx: &Context, id: Uuid, code: &OtpCode) -> String {
    let mut data = id.as_bytes().to_vec();
    data.extend_from_slice(code.expose().as_bytes());
    hex::encode(cx.issuer.keyed("otp hash", &data))
}

#[cfg(test)]
mod tests;
