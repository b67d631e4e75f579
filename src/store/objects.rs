//! Attachments and evidence as content-addressed objects, `<area>/<ab>/<sha256><ext>`:
//! in the local data dir (one node, the embedded default) or an S3-compatible bucket
//! every node of a fleet reaches. The same bytes are stored once under one key; reads
//! are streamed, and certdesk serves them itself (nothing goes out as a bucket URL).

mod local;
mod s3;

use std::time::SystemTime;

use bytes::Bytes;
use futures::stream::BoxStream;
use futures::StreamExt;
use sha2::{Digest, Sha256};

use crate::config::{ObjectsKind, StorageConfig};

/// Bytes the head of a read holds at least (enough to tell a file's type).
const HEAD_BYTES: usize = 64;

#[derive(Debug, thiserror::Error)]
pub enum ObjectError {
    #[error("object {0} is not in the store")]
    Missing(String),
    /// The store did not answer or refused: the work waits and is tried again.
    #[error("object storage is unavailable: {0}")]
    Unavailable(String),
    /// Not a key certdesk makes (it could reach outside the store's area).
    #[error("{0:?} is not an object key")]
    BadKey(String),
}

/// `<area>/<ab>/<name>`: an area certdesk writes, two hex digits, and a file name of
/// lower-case letters, digits and dots (a hash, an extension, a temporary suffix), so
/// no key from a row or a listing can name a path outside the store.
pub fn check_key(key: &str) -> Result<&str, ObjectError> {
    let mut parts = key.split('/');
    let ok = matches!(parts.next(), Some("attachments" | "evidence"))
        && parts.next().is_some_and(|d| d.len() == 2 && d.bytes().all(|b| b.is_ascii_hexdigit()))
        && parts.next().is_some_and(|n| {
            n.len() >= 64 && n.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'.')
        })
        && parts.next().is_none();
    ok.then_some(key).ok_or_else(|| ObjectError::BadKey(key.chars().take(200).collect()))
}

/// Whether `key` names a temporary file of an interrupted local write (`.<name>.<id>.tmp`),
/// not an object.
pub fn is_temporary(key: &str) -> bool {
    key.rsplit('/').next().is_some_and(|name| name.starts_with('.'))
}

/// The one place an `ObjectError` becomes a `ServiceError`: an outage is a 503 (the
/// caller tries again); a row whose object is gone is an internal fault.
impl From<ObjectError> for crate::error::ServiceError {
    fn from(e: ObjectError) -> Self {
        match e {
            ObjectError::Unavailable(why) => {
                tracing::warn!(error = %why, "the object store is not answering");
                Self::Unavailable("object storage".into())
            }
            other => Self::Internal(other.into()),
        }
    }
}

/// An object written: its hash and its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub sha256: String,
    pub key: String,
}

/// An object being read: its first bytes, to tell its type, then the rest as it comes.
pub struct Reader {
    pub size: u64,
    head: Bytes,
    rest: BoxStream<'static, std::io::Result<Bytes>>,
}

impl Reader {
    /// Reads up to `HEAD_BYTES` ahead so `head` can be checked before streaming.
    async fn new(
        size: u64,
        mut rest: BoxStream<'static, std::io::Result<Bytes>>,
    ) -> Result<Self, ObjectError> {
        let mut head = Vec::new();
        while head.len() < HEAD_BYTES {
            match rest.next().await {
                Some(chunk) => {
                    head.extend_from_slice(&chunk.map_err(|e| ObjectError::Unavailable(e.to_string()))?)
                }
                None => break,
            }
        }
        Ok(Self { size, head: head.into(), rest })
    }

    /// The first bytes (all of them for a small object).
    pub fn head(&self) -> &[u8] {
        &self.head
    }

    /// Every byte, head first.
    pub fn into_stream(self) -> BoxStream<'static, std::io::Result<Bytes>> {
        futures::stream::once(futures::future::ready(Ok(self.head))).chain(self.rest).boxed()
    }

    /// What an edge streams out.
    pub fn into_download(self) -> crate::service::Download {
        crate::service::Download { size: self.size, bytes: self.into_stream() }
    }

    /// Every byte in memory (for checks of small objects, not for serving).
    pub async fn read_all(self) -> Result<Vec<u8>, ObjectError> {
        let mut out = Vec::with_capacity(self.size.min(64 << 20) as usize);
        let mut s = self.into_stream();
        while let Some(chunk) = s.next().await {
            out.extend_from_slice(&chunk.map_err(|e| ObjectError::Unavailable(e.to_string()))?);
        }
        Ok(out)
    }
}

/// The object store this process uses.
#[derive(Clone)]
pub struct Objects(Backend);

#[derive(Clone)]
enum Backend {
    Local(local::Local),
    S3(s3::S3),
}

impl Objects {
    /// The store `storage.objects` names.
    pub fn from_config(c: &StorageConfig) -> anyhow::Result<Self> {
        Self::of_kind(c, c.objects)
    }

    /// The store of `kind` with this configuration (`storage migrate` opens both).
    pub fn of_kind(c: &StorageConfig, kind: ObjectsKind) -> anyhow::Result<Self> {
        Ok(Self(match kind {
            ObjectsKind::Local => Backend::Local(local::Local::new(c.data_dir.clone())),
            ObjectsKind::S3 => Backend::S3(s3::S3::new(&c.s3)?),
        }))
    }

    /// Stores `bytes` under `<area>/<ab>/<sha256><ext>`. Stored again, the object is
    /// made fresh for the sweep of unreferenced objects, which goes by age.
    pub async fn put(&self, area: &str, ext: &str, bytes: Bytes) -> Result<Stored, ObjectError> {
        let sha256 = sha256_hex(&bytes);
        let key = format!("{area}/{}/{sha256}{ext}", &sha256[..2]);
        check_key(&key)?;
        match &self.0 {
            Backend::Local(l) => l.put_or_touch(&key, bytes).await?,
            Backend::S3(s) => s.put(&key, bytes).await?,
        }
        Ok(Stored { sha256, key })
    }

    /// Writes `bytes` under `key` whole or not at all, replacing what is there.
    pub async fn put_at(&self, key: &str, bytes: Bytes) -> Result<(), ObjectError> {
        match &self.0 {
            Backend::Local(l) => l.put(check_key(key)?, bytes).await,
            Backend::S3(s) => s.put(check_key(key)?, bytes).await,
        }
    }

    pub async fn open(&self, key: &str) -> Result<Reader, ObjectError> {
        match &self.0 {
            Backend::Local(l) => l.open(check_key(key)?).await,
            Backend::S3(s) => s.open(check_key(key)?).await,
        }
    }

    /// When the object was last written (`None`: it is not there).
    pub async fn modified(&self, key: &str) -> Result<Option<SystemTime>, ObjectError> {
        match &self.0 {
            Backend::Local(l) => l.modified(check_key(key)?).await,
            Backend::S3(s) => s.modified(check_key(key)?).await,
        }
    }

    /// Keys under `<area>/` last written before `before` (`None`: every key), keys
    /// certdesk would not make left out.
    pub async fn older_than(
        &self,
        area: &str,
        before: Option<SystemTime>,
    ) -> Result<Vec<String>, ObjectError> {
        let mut keys = match &self.0 {
            Backend::Local(l) => l.older_than(area, before).await?,
            Backend::S3(s) => s.older_than(area, before).await?,
        };
        keys.retain(|k| check_key(k).is_ok());
        Ok(keys)
    }

    /// Every key under `<area>/`.
    pub async fn list(&self, area: &str) -> Result<Vec<String>, ObjectError> {
        self.older_than(area, None).await
    }

    /// Removes an object (gone already is fine).
    pub async fn remove(&self, key: &str) -> Result<(), ObjectError> {
        match &self.0 {
            Backend::Local(l) => l.remove(check_key(key)?).await,
            Backend::S3(s) => s.remove(check_key(key)?).await,
        }
    }

    /// The SHA-256 of what is stored under `key`, read to the end.
    pub async fn hash_of(&self, key: &str) -> Result<String, ObjectError> {
        let mut hasher = Sha256::new();
        let mut s = self.open(key).await?.into_stream();
        while let Some(chunk) = s.next().await {
            hasher.update(chunk.map_err(|e| ObjectError::Unavailable(e.to_string()))?);
        }
        Ok(hex::encode(hasher.finalize()))
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_same_bytes_are_one_object_read_back_head_first() {
        let dir = tempfile::tempdir().unwrap();
        let objects = Objects(Backend::Local(local::Local::new(dir.path().to_path_buf())));
        let bytes: Bytes = (0..200_000u32).map(|i| (i % 251) as u8).collect::<Vec<_>>().into();
        let a = objects.put("attachments", "", bytes.clone()).await.unwrap();
        let b = objects.put("attachments", "", bytes.clone()).await.unwrap();
        assert_eq!(a, b);
        assert_eq!(a.key, format!("attachments/{}/{}", &a.sha256[..2], a.sha256));
        let r = objects.open(&a.key).await.unwrap();
        assert_eq!(r.size, 200_000);
        assert!(r.head().len() >= HEAD_BYTES, "{}", r.head().len());
        assert_eq!(&r.head()[..3], &bytes[..3]);
        assert_eq!(r.read_all().await.unwrap(), bytes.to_vec());
        assert_eq!(objects.hash_of(&a.key).await.unwrap(), a.sha256);
        let absent = format!("attachments/00/{}", "0".repeat(64));
        assert!(matches!(objects.open(&absent).await, Err(ObjectError::Missing(_))));
        for bad in [
            "../etc/passwd",
            "attachments/../../x",
            "/etc/passwd",
            "evidence/ab/../../../etc/shadow",
            "attachments/zz/x",
        ] {
            assert!(matches!(objects.open(bad).await, Err(ObjectError::BadKey(_))), "{bad}");
        }
        objects.remove(&a.key).await.unwrap();
        objects.remove(&a.key).await.unwrap();
        assert!(matches!(objects.open(&a.key).await, Err(ObjectError::Missing(_))));
    }
}
