//! The issuer's keys and the two kinds of token certdesk signs:
//! - the **verify token** in a certificate's QR code: a compact JSON payload signed
//!   with Ed25519, checkable by anyone holding the published public key;
//! - the **link token** in an SMS: a certificate id and an expiry, MACed with a key
//!   derived from the issuer key; short enough for a 160-character SMS and free of
//!   the NIK.

use std::path::Path;

use anyhow::Context as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine as _;
use chrono::{DateTime, NaiveDate, Utc};
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::domain::CertificatePayload;

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
}

pub struct Issuer {
    key: SigningKey,
    kid: String,
    link_key: [u8; 32],
}

/// Link tokens: 16-byte certificate id, 4-byte expiry (unix seconds), 16-byte MAC.
const LINK_LEN: usize = 16 + 4 + 16;

impl Issuer {
    pub fn from_key(key: SigningKey) -> Self {
        let public = key.verifying_key().to_bytes();
        let kid = hex::encode(&Sha256::digest(public)[..8]);
        let link_key =
            Sha256::new_with_prefix(b"certdesk link token v1\0").chain_update(key.to_bytes()).finalize();
        Self { key, kid, link_key: link_key.into() }
    }

    /// Loads the PKCS#8 PEM key at `path`, creating one (mode 0600) if none exists yet.
    pub fn load_or_create(path: &Path) -> anyhow::Result<Self> {
        if path.exists() {
            let pem = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            let key = SigningKey::from_pkcs8_pem(&pem)
                .map_err(|e| anyhow::anyhow!("{}: not an Ed25519 PKCS#8 key: {e}", path.display()))?;
            return Ok(Self::from_key(key));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let key = SigningKey::generate(&mut rand::rngs::OsRng);
        let pem = key.to_pkcs8_pem(Default::default()).map_err(|e| anyhow::anyhow!("encoding key: {e}"))?;
        write_private(path, pem.as_bytes()).with_context(|| format!("writing {}", path.display()))?;
        tracing::info!(path = %path.display(), "created a new issuer signing key");
        Ok(Self::from_key(key))
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    pub fn public_key(&self) -> VerifyingKey {
        self.key.verifying_key()
    }

    /// The published key set (JWK, RFC 8037), served at the well-known URL.
    pub fn jwks(&self) -> serde_json::Value {
        serde_json::json!({
            "keys": [{
                "kty": "OKP",
                "crv": "Ed25519",
                "alg": "EdDSA",
                "use": "sig",
                "kid": self.kid,
                "x": B64.encode(self.public_key().to_bytes()),
            }]
        })
    }

    /// `base64url(json).base64url(signature)`, the path segment of the verify URL.
    pub fn sign_claims(&self, claims: &VerifyClaims) -> String {
        let body = B64.encode(serde_json::to_vec(claims).unwrap_or_default());
        let sig = self.key.sign(body.as_bytes());
        format!("{body}.{}", B64.encode(sig.to_bytes()))
    }

    pub fn verify_claims(&self, token: &str) -> Result<VerifyClaims, TokenError> {
        let (body, sig) = token.split_once('.').ok_or(TokenError::Malformed)?;
        let sig: [u8; 64] =
            B64.decode(sig).ok().and_then(|s| s.try_into().ok()).ok_or(TokenError::Malformed)?;
        let raw = B64.decode(body).map_err(|_| TokenError::Malformed)?;
        self.public_key()
            .verify(body.as_bytes(), &Signature::from_bytes(&sig))
            .map_err(|_| TokenError::BadSignature)?;
        let claims: VerifyClaims = serde_json::from_slice(&raw).map_err(|_| TokenError::Malformed)?;
        if claims.k != self.kid {
            return Err(TokenError::UnknownKey);
        }
        Ok(claims)
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
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.link_key).expect("any key length");
        mac.update(&raw[..20]);
        // Constant-time comparison of the truncated tag.
        mac.verify_truncated_left(&raw[20..]).map_err(|_| TokenError::BadSignature)?;
        let expires = u32::from_be_bytes(raw[16..20].try_into().map_err(|_| TokenError::Malformed)?);
        if i64::from(expires) < now.timestamp() {
            return Err(TokenError::Expired);
        }
        Uuid::from_slice(&raw[..16]).map_err(|_| TokenError::Malformed)
    }

    fn link_mac(&self, data: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.link_key).expect("any key length");
        mac.update(data);
        mac.finalize().into_bytes().into()
    }

    /// A keyed digest of `data` for `purpose` (rate-limit keys, code hashes, CSRF
    /// tokens): nobody without the issuer key can compute or reverse it.
    pub fn keyed(&self, purpose: &str, data: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.link_key).expect("any key length");
        mac.update(purpose.as_bytes());
        mac.update(&[0x1f]);
        mac.update(data);
        mac.finalize().into_bytes().into()
    }

    /// A secret derived from the issuer key for `purpose` (e.g. the DLR callback secret
    /// when none is configured), so the zero-setup run needs no extra secret.
    pub fn derive_secret(&self, purpose: &str) -> String {
        hex::encode(&self.link_mac(purpose.as_bytes())[..16])
    }
}

#[cfg(unix)]
fn write_private(path: &Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(data)?;
    f.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, data: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn issuer() -> Issuer {
        Issuer::from_key(SigningKey::from_bytes(&[7; 32]))
    }

    fn claims(kid: &str) -> VerifyClaims {
        VerifyClaims {
            k: kid.into(),
            i: Uuid::new_v4(),
            v: 2,
            n: "Siti Aminah".into(),
            b: NaiveDate::from_ymd_opt(1990, 5, 12).unwrap(),
            vc: "coronavac".into(),
            d: 1,
            dt: NaiveDate::from_ymd_opt(2021, 7, 12).unwrap(),
        }
    }

    #[test]
    fn verify_tokens_round_trip_and_reject_tampering() {
        let iss = issuer();
        let c = claims(iss.kid());
        let token = iss.sign_claims(&c);
        assert_eq!(iss.verify_claims(&token).unwrap(), c);

        // Change the name inside the payload, keep the signature.
        let (_, sig) = token.split_once('.').unwrap();
        let mut forged = c.clone();
        forged.n = "Joko Widodo".into();
        let body = B64.encode(serde_json::to_vec(&forged).unwrap());
        assert_eq!(iss.verify_claims(&format!("{body}.{sig}")), Err(TokenError::BadSignature));

        // Signed by another key.
        let other = Issuer::from_key(SigningKey::from_bytes(&[9; 32]));
        assert_eq!(
            iss.verify_claims(&other.sign_claims(&claims(other.kid()))),
            Err(TokenError::BadSignature)
        );
        assert_eq!(iss.verify_claims("garbage"), Err(TokenError::Malformed));
        assert_eq!(iss.verify_claims("a.b"), Err(TokenError::Malformed));
    }

    #[test]
    fn link_tokens_are_short_bound_to_one_certificate_and_expire() {
        let iss = issuer();
        let id = Uuid::new_v4();
        let now = Utc::now();
        let t = iss.link_token(id, now + Duration::days(30));
        assert_eq!(t.len(), 48, "fits an SMS");
        assert_eq!(iss.check_link(&t, now), Ok(id));
        assert_eq!(iss.check_link(&t, now + Duration::days(31)), Err(TokenError::Expired));

        // Flip one bit of the id: the MAC no longer matches.
        let mut raw = B64.decode(&t).unwrap();
        raw[0] ^= 1;
        assert_eq!(iss.check_link(&B64.encode(&raw), now), Err(TokenError::BadSignature));
        assert_eq!(iss.check_link("short", now), Err(TokenError::Malformed));
    }

    #[test]
    fn keys_are_created_once_and_reloaded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/issuer.pem");
        let a = Issuer::load_or_create(&path).unwrap();
        let b = Issuer::load_or_create(&path).unwrap();
        assert_eq!(a.kid(), b.kid());
        let token = a.sign_claims(&claims(a.kid()));
        assert!(b.verify_claims(&token).is_ok());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }
}
