//! The issuer's keys and the two kinds of token certdesk signs:
//! - the **verify token** in a certificate's QR code: a compact JSON payload signed
//!   with Ed25519, checkable by anyone holding the published public keys; the token
//!   names its key, so keys rotate while old QR codes keep verifying;
//! - the **link token** in an SMS: a certificate id and an expiry, MACed with the
//!   issuer secret; short enough for a 160-character SMS and free of the NIK.

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine as _;
use chrono::{DateTime, NaiveDate, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::domain::CertificatePayload;

mod material;
pub use material::{
    check_writable, generate_key, key_file, key_pem, parse_key, parse_secret, random_secret, read_key,
    read_secret, secret_file, write_key, write_secret,
};

/// What the QR code carries: enough to compare with the holder's ID card, no NIK.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyClaims {
    /// Key id, so keys can be rotated while old QR codes still verify.
    pub k: String,
    /// Certificate id.
    pub i: Uuid,
    /// Version.
    pub v: u32,
    /// Holder name.
    pub n: String,
    /// Birth date.
    pub b: NaiveDate,
    /// Vaccine code.
    pub vc: String,
    /// Dose number.
    pub d: u8,
    /// Vaccination date.
    pub dt: NaiveDate,
}

impl VerifyClaims {
    pub fn of(kid: &str, p: &CertificatePayload) -> Self {
        Self {
            k: kid.into(),
            i: p.id,
            v: p.version,
            n: p.holder_name.clone(),
            b: p.birth_date,
            vc: p.vaccine_code.clone(),
            d: p.dose,
            dt: p.vaccinated_on,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token is malformed")]
    Malformed,
    #[error("the signature does not match: the certificate was altered or not issued here")]
    BadSignature,
    #[error("the link has expired")]
    Expired,
    #[error("the token was signed with an unknown key")]
    UnknownKey,
    #[error("the certificate was signed with a key that has been withdrawn: download it again")]
    RevokedKey,
}

/// The key id: the first 8 bytes of SHA-256 over the raw public key, hex.
pub fn kid_of(key: &VerifyingKey) -> String {
    hex::encode(&Sha256::digest(key.to_bytes())[..8])
}

/// A public key the issuer signs or signed with, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    pub kid: String,
    pub key: VerifyingKey,
    pub created_at: DateTime<Utc>,
    /// No longer signs; what it signed still verifies.
    pub retired_at: Option<DateTime<Utc>>,
    /// Withdrawn: what it signed no longer verifies.
    pub revoked: Option<(DateTime<Utc>, String)>,
}

impl PublicKey {
    pub fn new(key: VerifyingKey, created_at: DateTime<Utc>) -> Self {
        Self { kid: kid_of(&key), key, created_at, retired_at: None, revoked: None }
    }

    /// The raw key, base64url: how it is stored and published.
    pub fn encoded(&self) -> String {
        B64.encode(self.key.to_bytes())
    }

    pub fn decode(encoded: &str) -> Option<VerifyingKey> {
        let raw: [u8; 32] = B64.decode(encoded).ok()?.try_into().ok()?;
        VerifyingKey::from_bytes(&raw).ok()
    }

    pub fn status(&self) -> &'static str {
        match (&self.revoked, self.retired_at) {
            (Some(_), _) => "revoked",
            (None, Some(_)) => "retired",
            (None, None) => "current",
        }
    }
}

/// Every key the issuer has signed with: verification picks the one a token names,
/// so QR codes printed before a rotation keep verifying.
#[derive(Debug, Clone, Default)]
pub struct KeySet {
    keys: Vec<PublicKey>,
}

impl KeySet {
    /// `keys` newest first.
    pub fn new(keys: Vec<PublicKey>) -> Self {
        Self { keys }
    }

    pub fn get(&self, kid: &str) -> Option<&PublicKey> {
        self.keys.iter().find(|k| k.kid == kid)
    }

    /// The claims of a verify token, if a known key signed it and was not withdrawn.
    pub fn verify(&self, token: &str) -> Result<VerifyClaims, TokenError> {
        let (body, sig) = token.split_once('.').ok_or(TokenError::Malformed)?;
        let sig: [u8; 64] =
            B64.decode(sig).ok().and_then(|s| s.try_into().ok()).ok_or(TokenError::Malformed)?;
        let raw = B64.decode(body).map_err(|_| TokenError::Malformed)?;
        // The key id sits inside the signed body: read it to pick the key, trust
        // nothing else in it until the signature checks.
        let claims: VerifyClaims = serde_json::from_slice(&raw).map_err(|_| TokenError::Malformed)?;
        let key = self.get(&claims.k).ok_or(TokenError::UnknownKey)?;
        key.key
            .verify_strict(body.as_bytes(), &Signature::from_bytes(&sig))
            .map_err(|_| TokenError::BadSignature)?;
        if key.revoked.is_some() {
            return Err(TokenError::RevokedKey);
        }
        Ok(claims)
    }

    /// The published key set (JWK, RFC 8037): every key that still verifies, newest
    /// first, and the ids of withdrawn ones so offline verifiers drop them too.
    pub fn jwks(&self) -> serde_json::Value {
        let keys: Vec<_> = self
            .keys
            .iter()
            .filter(|k| k.revoked.is_none())
            .map(|k| {
                serde_json::json!({
                    "kty": "OKP",
                    "crv": "Ed25519",
                    "alg": "EdDSA",
                    "use": "sig",
                    "kid": k.kid,
                    "x": k.encoded(),
                    "status": k.status(),
                    "created_at": k.created_at,
                    "retired_at": k.retired_at,
                })
            })
            .collect();
        let revoked: Vec<_> = self
            .keys
            .iter()
            .filter_map(|k| {
                k.revoked.as_ref().map(|(at, _)| serde_json::json!({"kid": k.kid, "revoked_at": at}))
            })
            .collect();
        serde_json::json!({ "keys": keys, "revoked": revoked })
    }
}

/// Signs with the current key. MACs (SMS links, one-time codes, CSRF, rate-limit
/// keys) use a separate secret that survives key rotations, so a rotation does not
/// break the links already sent.
pub struct Issuer {
    key: SigningKey,
    kid: String,
    secret: [u8; 32],
}

/// Link tokens: 16-byte certificate id, 4-byte expiry (unix seconds), 16-byte MAC.
const LINK_LEN: usize = 16 + 4 + 16;

impl Issuer {
    pub fn new(key: SigningKey, secret: [u8; 32]) -> Self {
        let kid = kid_of(&key.verifying_key());
        Self { key, kid, secret }
    }

    /// With the secret derived from the key, as certdesk did before the secret had
    /// its own file (and still does for a first secret, so upgrading keeps links).
    pub fn from_key(key: SigningKey) -> Self {
        let secret = derived_secret(&key);
        Self::new(key, secret)
    }

    /// The same secret with another key (a rotation keeps the secret).
    pub fn with_key(&self, key: SigningKey) -> Self {
        Self::new(key, self.secret)
    }

    /// The same key with another secret (a revocation replaces the secret).
    pub fn with_secret(&self, secret: [u8; 32]) -> Self {
        Self::new(self.key.clone(), secret)
    }

    /// The raw secret, for the one place that must hand it over: a rotation whose
    /// material the configuration holds (the operator gives it to every node).
    pub fn export_secret(&self) -> [u8; 32] {
        self.secret
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    pub fn public_key(&self) -> VerifyingKey {
        self.key.verifying_key()
    }

    /// `base64url(json).base64url(signature)`, the path segment of the verify URL.
    pub fn sign_claims(&self, claims: &VerifyClaims) -> String {
        let body = B64.encode(serde_json::to_vec(claims).unwrap_or_default());
        let sig = self.key.sign(body.as_bytes());
        format!("{body}.{}", B64.encode(sig.to_bytes()))
    }

    /// A link token for certificate `id`, valid until `expires`.
    pub fn link_token(&self, id: Uuid, expires: DateTime<Utc>) -> String {
        let mut buf = Vec::with_capacity(LINK_LEN);
        buf.extend_from_slice(id.as_bytes());
        buf.extend_from_slice(&u32::try_from(expires.timestamp().max(0)).unwrap_or(u32::MAX).to_be_bytes());
        let mac = self.link_mac(&buf);
        buf.extend_from_slice(&mac[..16]);
        B64.encode(buf)
    }

    /// The certificate id a link token grants access to, if it is genuine and unexpired.
    pub fn check_link(&self, token: &str, now: DateTime<Utc>) -> Result<Uuid, TokenError> {
        let raw = B64.decode(token).map_err(|_| TokenError::Malformed)?;
        if raw.len() != LINK_LEN {
            return Err(TokenError::Malformed);
        }
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.secret).expect("any key length");
        mac.update(&raw[..20]);
        // Constant-time comparison of the truncated tag.
        mac.verify_truncated_left(&raw[20..]).map_err(|_| TokenError::BadSignature)?;
        let expires = u32::from_be_bytes(raw[16..20].try_into().map_err(|_| TokenError::Malformed)?);
        if i64::from(expires) < now.timestamp() {
            return Err(TokenError::Expired);
        }
        Uuid::from_slice(&raw[..16]).map_err(|_| TokenError::Malformed)
    }

    /// A key for one purpose (e.g. sealing secrets in the database), derived from the
    /// issuer secret: it lives where that secret lives, never in the database.
    pub fn subkey(&self, purpose: &str) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.secret).expect("any key length");
        mac.update(b"certdesk subkey\0");
        mac.update(purpose.as_bytes());
        mac.finalize().into_bytes().into()
    }

    fn link_mac(&self, data: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.secret).expect("any key length");
        mac.update(data);
        mac.finalize().into_bytes().into()
    }

    /// A keyed digest of `data` for `purpose` (rate-limit keys, code hashes, CSRF
    /// tokens): nobody without the issuer secret can compute or reverse it.
    pub fn keyed(&self, purpose: &str, data: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.secret).expect("any key length");
        mac.update(purpose.as_bytes());
        mac.update(&[0x1f]);
        mac.update(data);
        mac.finalize().into_bytes().into()
    }

    /// A value that tells whether two processes hold the same secret, and nothing
    /// about the secret (it is keyed by it): recorded beside the signing key.
    pub fn secret_check(&self) -> String {
        hex::encode(self.keyed("secret check", b""))
    }

    /// A secret derived from the issuer secret for `purpose` (e.g. the DLR callback secret
    /// when none is configured), so the zero-setup run needs no extra secret.
    pub fn derive_secret(&self, purpose: &str) -> String {
        hex::encode(&self.link_mac(purpose.as_bytes())[..16])
    }
}

pub fn derived_secret(key: &SigningKey) -> [u8; 32] {
    Sha256::new_with_prefix(b"certdesk link token v1\0").chain_update(key.to_bytes()).finalize().into()
}

#[cfg(test)]
mod tests;
