//! Secrets kept in the database sealed (AES-256-GCM) under a key that is not in the
//! database, so a copied database or backup gives none of them away. The form is
//! `v1:` and base64 of nonce ‖ ciphertext ‖ tag; a value without the prefix is a
//! secret written before sealing existed (read as is, sealed again at start).

use base64::engine::general_purpose::STANDARD_NO_PAD as B64;
use base64::Engine;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};

const PREFIX: &str = "v1:";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    #[error("the sealed value is malformed")]
    Malformed,
    #[error("the sealed value does not open with this key (another installation's secret?)")]
    WrongKey,
}

fn key(k: &[u8; 32]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, k).expect("32 bytes is an AES-256 key"))
}

/// Seals `plain` with a fresh random `nonce` (the caller draws it from the OS).
/// `context` binds the value to its place (e.g. the staff member's id): a sealed value
/// copied to another row does not open there.
pub fn seal(k: &[u8; 32], nonce: [u8; NONCE_LEN], context: &[u8], plain: &str) -> String {
    let mut buf = plain.as_bytes().to_vec();
    key(k)
        .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(context), &mut buf)
        .expect("sealing a short secret");
    let mut out = nonce.to_vec();
    out.extend_from_slice(&buf);
    format!("{PREFIX}{}", B64.encode(out))
}

/// Whether a stored value is sealed already.
pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(PREFIX)
}

/// Opens a sealed value; a value from before sealing comes back as it is.
pub fn open(k: &[u8; 32], context: &[u8], stored: &str) -> Result<String, SealError> {
    let Some(body) = stored.strip_prefix(PREFIX) else { return Ok(stored.to_string()) };
    let raw = B64.decode(body).map_err(|_| SealError::Malformed)?;
    if raw.len() < NONCE_LEN + AES_256_GCM.tag_len() {
        return Err(SealError::Malformed);
    }
    let (nonce, sealed) = raw.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| SealError::Malformed)?;
    let mut buf = sealed.to_vec();
    let plain = key(k).open_in_place(nonce, Aad::from(context), &mut buf).map_err(|_| SealError::WrongKey)?;
    String::from_utf8(plain.to_vec()).map_err(|_| SealError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const K: [u8; 32] = [7; 32];

    #[test]
    fn a_sealed_secret_opens_with_its_key_and_context_only() {
        let s = seal(&K, [1; NONCE_LEN], b"staff-1", "JBSWY3DPEHPK3PXP");
        assert!(is_sealed(&s) && !s.contains("JBSWY3DPEHPK3PXP"), "{s}");
        assert_eq!(open(&K, b"staff-1", &s).unwrap(), "JBSWY3DPEHPK3PXP");
        assert_eq!(open(&[8; 32], b"staff-1", &s), Err(SealError::WrongKey));
        assert_eq!(open(&K, b"staff-2", &s), Err(SealError::WrongKey), "copied to another row");
        assert_eq!(open(&K, b"staff-1", "v1:!!"), Err(SealError::Malformed));
        assert_eq!(open(&K, b"staff-1", "v1:AAAA"), Err(SealError::Malformed));
    }

    #[test]
    fn a_value_from_before_sealing_reads_as_it_is() {
        assert!(!is_sealed("JBSWY3DPEHPK3PXP"));
        assert_eq!(open(&K, b"staff-1", "JBSWY3DPEHPK3PXP").unwrap(), "JBSWY3DPEHPK3PXP");
    }

    #[test]
    fn two_seals_of_one_secret_differ() {
        assert_ne!(seal(&K, [1; NONCE_LEN], b"a", "x"), seal(&K, [2; NONCE_LEN], b"a", "x"));
    }
}
