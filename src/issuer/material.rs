//! Where the issuer's key and secret come from: text handed over by the configuration
//! (an environment variable filled from a secret store, so the nodes of a fleet share
//! them without a shared disk), or files in the data directory, made on first run.

use std::path::Path;

use anyhow::Context as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use ed25519_dalek::SigningKey;

use super::{derived_secret, Issuer};

impl Issuer {
    /// Loads the PKCS#8 PEM key at `key_path` and the secret at `secret_path`,
    /// creating what does not exist yet (mode 0600).
    pub fn load_or_create(key_path: &Path, secret_path: &Path) -> anyhow::Result<Self> {
        let key = key_file(key_path)?;
        let secret = secret_file(secret_path, &key)?;
        Ok(Self::new(key, secret))
    }
}

/// The key at `path`, made there on first use.
pub fn key_file(path: &Path) -> anyhow::Result<SigningKey> {
    if path.exists() {
        return read_key(path);
    }
    let key = generate_key();
    write_key(path, &key)?;
    tracing::info!(path = %path.display(), "created a new issuer signing key");
    Ok(key)
}

/// The secret at `path`; on first use derived from `key` (as certdesk did before the
/// secret had a file of its own, so upgrades keep outstanding links) and written there.
pub fn secret_file(path: &Path, key: &SigningKey) -> anyhow::Result<[u8; 32]> {
    if path.exists() {
        return read_secret(path);
    }
    let secret = derived_secret(key);
    write_secret(path, &secret)?;
    Ok(secret)
}

pub fn generate_key() -> SigningKey {
    SigningKey::generate(&mut rand::rngs::OsRng)
}

pub fn random_secret() -> [u8; 32] {
    rand::random()
}

/// An Ed25519 key as PKCS#8: PEM, or its DER in base64 (one line, for an environment
/// variable). Errors never quote the text: it is a private key.
pub fn parse_key(text: &str) -> anyhow::Result<SigningKey> {
    let text = text.trim();
    let key = if text.starts_with("-----BEGIN") {
        SigningKey::from_pkcs8_pem(text).map_err(|_| anyhow::anyhow!("not an Ed25519 PKCS#8 PEM key"))?
    } else {
        let der = decode_base64(text).ok_or_else(|| anyhow::anyhow!("neither PEM nor base64"))?;
        SigningKey::from_pkcs8_der(&der).map_err(|_| anyhow::anyhow!("not an Ed25519 PKCS#8 key"))?
    };
    Ok(key)
}

/// The issuer secret: 32 bytes as 64 hex digits (as in the secret file) or base64.
pub fn parse_secret(text: &str) -> anyhow::Result<[u8; 32]> {
    let text = text.trim();
    hex::decode(text)
        .ok()
        .or_else(|| decode_base64(text))
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .ok_or_else(|| anyhow::anyhow!("not 32 bytes as 64 hex digits or base64"))
}

fn decode_base64(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text).ok().or_else(|| URL_SAFE_NO_PAD.decode(text).ok())
}

/// The key as PKCS#8 PEM (what the key file holds, and what an operator hands a fleet).
pub fn key_pem(key: &SigningKey) -> anyhow::Result<String> {
    Ok(key.to_pkcs8_pem(Default::default()).map_err(|e| anyhow::anyhow!("encoding key: {e}"))?.to_string())
}

pub fn read_key(path: &Path) -> anyhow::Result<SigningKey> {
    let pem = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    parse_key(&pem).with_context(|| format!("{}", path.display()))
}

pub fn read_secret(path: &Path) -> anyhow::Result<[u8; 32]> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    parse_secret(&text).with_context(|| format!("{}", path.display()))
}

/// Replaces the key file at once (a reader sees the old key or the new, never half).
pub fn write_key(path: &Path, key: &SigningKey) -> anyhow::Result<()> {
    write_private(path, key_pem(key)?.as_bytes()).with_context(|| format!("writing {}", path.display()))
}

pub fn write_secret(path: &Path, secret: &[u8; 32]) -> anyhow::Result<()> {
    write_private(path, hex::encode(secret).as_bytes()).with_context(|| format!("writing {}", path.display()))
}

/// Whether a file can be made beside `path` (what replacing it needs), without
/// touching it.
pub fn check_writable(path: &Path) -> anyhow::Result<()> {
    let mut probe = path.as_os_str().to_owned();
    probe.push(format!(".probe{}", std::process::id()));
    let probe = std::path::PathBuf::from(probe);
    write_private(&probe, b"").with_context(|| format!("{} cannot be replaced", path.display()))?;
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

/// Writes beside `path` (mode 0600), syncs, then renames over it.
fn write_private(path: &Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".tmp{}", std::process::id()));
    let tmp = std::path::PathBuf::from(tmp);
    let _ = std::fs::remove_file(&tmp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(&tmp)?;
    f.write_all(data)?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_secrets_are_read_from_pem_base64_and_hex_and_errors_never_quote_them() {
        let key = generate_key();
        let pem = key_pem(&key).unwrap();
        let der = key.to_pkcs8_der().unwrap();
        for text in [pem.clone(), format!("\n{pem}\n"), STANDARD.encode(der.as_bytes())] {
            assert_eq!(parse_key(&text).unwrap().to_bytes(), key.to_bytes());
        }
        let secret = random_secret();
        assert_eq!(parse_secret(&hex::encode(secret)).unwrap(), secret);
        assert_eq!(parse_secret(&STANDARD.encode(secret)).unwrap(), secret);
        let bad_pem = pem.replace('A', "B");
        for bad in [bad_pem.as_str(), "c2hvcnQ=", "not a key at all"] {
            let e = format!("{:#}", parse_key(bad).unwrap_err());
            assert!(!e.contains("c2hvcnQ") && !e.contains("BEGIN") && !e.contains("not a key at"), "{e}");
        }
        assert!(parse_secret(&hex::encode([1u8; 16])).is_err(), "16 bytes are not a secret");
        assert!(parse_secret("zz").is_err());
    }
}
