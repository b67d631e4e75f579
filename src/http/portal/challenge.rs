//! The self-hosted challenge on public forms: a small sum written in words ("tiga
//! ditambah empat"), readable by a screen reader and answerable without JavaScript, no
//! third-party captcha. The question travels signed (issuer key) with an expiry and a
//! nonce; a nonce answers once. It slows form robots down; the database rate limits are
//! what stop enumeration.

use base64::Engine as _;
use rand::Rng;

use crate::service::Context;

const TTL_SECS: i64 = 20 * 60;
const ID: [&str; 10] =
    ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const EN: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

pub struct Question {
    pub text: String,
    pub token: String,
}

fn mac(cx: &Context, body: &[u8]) -> [u8; 32] {
    cx.issuer.keyed("portal challenge", body)
}

pub fn new(cx: &Context, lang: &str) -> Question {
    let mut rng = rand::thread_rng();
    let (a, b): (u8, u8) = (rng.gen_range(1..=9), rng.gen_range(1..=9));
    let nonce: [u8; 8] = rng.gen();
    let expires = (chrono::Utc::now().timestamp() + TTL_SECS) as u32;
    let mut body = nonce.to_vec();
    body.extend_from_slice(&expires.to_be_bytes());
    body.extend_from_slice(&[a, b]);
    let tag = mac(cx, &body);
    body.extend_from_slice(&tag[..12]);
    let text = if lang == "en" {
        format!("What is {} plus {}? (write the number)", EN[a as usize], EN[b as usize])
    } else {
        format!("Berapa {} ditambah {}? (tulis angkanya)", ID[a as usize], ID[b as usize])
    };
    Question { text, token: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(body) }
}

/// `Some(nonce)` when the answer is right and the question unexpired; the caller makes
/// sure a nonce is used once.
pub fn check(cx: &Context, token: &str, answer: &str) -> Option<String> {
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(token).ok()?;
    if raw.len() != 8 + 4 + 2 + 12 {
        return None;
    }
    let (body, tag) = raw.split_at(14);
    let expected = mac(cx, body);
    if expected[..12].iter().zip(tag).fold(0u8, |acc, (x, y)| acc | (x ^ y)) != 0 {
        return None;
    }
    let expires = u32::from_be_bytes(body[8..12].try_into().ok()?);
    if i64::from(expires) < chrono::Utc::now().timestamp() {
        return None;
    }
    let sum = u32::from(body[12]) + u32::from(body[13]);
    (answer.trim().parse::<u32>().ok()? == sum).then(|| hex::encode(&body[..8]))
}
