//! Moving attachments and evidence between object stores (`certdesk storage migrate`):
//! every object of the source is copied under the same key and read back, and every
//! row's object is then checked in the target by the hash the row recorded. The rows
//! keep their keys, so switching `storage.objects` afterwards is all that is left.

use futures::StreamExt;
use uuid::Uuid;

use super::Context;
use crate::config::ObjectsKind;
use crate::error::{ServiceError, ServiceResult};
use crate::store;
use crate::store::objects::{ObjectError, Objects};

/// The areas objects live in.
const AREAS: [&str; 2] = ["attachments", "evidence"];
/// Objects copied side by side.
const PARALLEL: usize = 8;
const PAGE: u64 = 1000;

/// What a migration did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Migration {
    /// Copied and read back with the right hash.
    pub copied: u64,
    /// Already in the target with the right hash.
    pub present: u64,
    /// Listed in the source but gone when read (the evidence sweep runs meanwhile).
    pub vanished: u64,
    /// Source objects whose bytes do not match their name (left out), by key.
    pub corrupt: Vec<String>,
    /// Rows whose object the target does not hold with the recorded hash, by key.
    pub missing: Vec<String>,
    /// Rows checked.
    pub rows: u64,
}

impl Migration {
    pub fn complete(&self) -> bool {
        self.corrupt.is_empty() && self.missing.is_empty()
    }
}

enum Copied {
    Done(String),
    Present(String),
    Vanished,
    Corrupt(String),
}

/// Copies every object into the `to` store from the other one and verifies it.
pub async fn migrate(cx: &Context, to: ObjectsKind) -> ServiceResult<Migration> {
    let from_kind = match to {
        ObjectsKind::S3 => ObjectsKind::Local,
        ObjectsKind::Local => ObjectsKind::S3,
    };
    let open = |kind| Objects::of_kind(&cx.config.storage, kind).map_err(ServiceError::Internal);
    let (from, target) = (open(from_kind)?, open(to)?);
    let mut report = Migration::default();
    // Keys read back from the target with their named hash in this run.
    let mut verified = std::collections::HashSet::new();
    for area in AREAS {
        let keys: Vec<String> =
            from.list(area).await?.into_iter().filter(|k| !store::objects::is_temporary(k)).collect();
        let mut copies =
            futures::stream::iter(keys).map(|k| copy(&from, &target, k)).buffer_unordered(PARALLEL);
        while let Some(done) = copies.next().await {
            match done? {
                Copied::Done(key) => {
                    report.copied += 1;
                    verified.insert(key);
                }
                Copied::Present(key) => {
                    report.present += 1;
                    verified.insert(key);
                }
                Copied::Vanished => report.vanished += 1,
                Copied::Corrupt(key) => report.corrupt.push(key),
            }
        }
    }
    check_rows(cx, &target, &verified, &mut report).await?;
    Ok(report)
}

/// The hash an object's name carries: `<sha256><ext>`.
fn named_hash(key: &str) -> &str {
    let name = key.rsplit('/').next().unwrap_or_default();
    name.split('.').next().unwrap_or_default()
}

async fn copy(from: &Objects, to: &Objects, key: String) -> ServiceResult<Copied> {
    let want = named_hash(&key).to_string();
    match to.hash_of(&key).await {
        Ok(h) if h == want => return Ok(Copied::Present(key)),
        Ok(_) | Err(ObjectError::Missing(_)) => {}
        Err(e) => return Err(e.into()),
    }
    let bytes = match from.open(&key).await {
        Ok(r) => r.read_all().await?,
        Err(ObjectError::Missing(_)) => return Ok(Copied::Vanished),
        Err(e) => return Err(e.into()),
    };
    if store::objects::sha256_hex(&bytes) != want {
        return Ok(Copied::Corrupt(key));
    }
    to.put_at(&key, bytes.into()).await?;
    match to.hash_of(&key).await? {
        h if h == want => Ok(Copied::Done(key)),
        _ => Err(ServiceError::Unavailable(format!("{key} read back from the target with other bytes"))),
    }
}

/// Every attachment and evidence row must find its object in the target (read back
/// once per key: what this run verified is not downloaded again).
async fn check_rows(
    cx: &Context,
    target: &Objects,
    verified: &std::collections::HashSet<String>,
    report: &mut Migration,
) -> ServiceResult<()> {
    for table in AREAS {
        let mut after = Uuid::nil();
        loop {
            let db = cx.store.read();
            let page = match table {
                "attachments" => store::attachments::keys_page(db, after, PAGE).await?,
                _ => store::corrections::evidence_keys_page(db, after, PAGE).await?,
            };
            let Some(last) = page.last() else { break };
            after = last.0;
            let checks = futures::stream::iter(page)
                .map(|(_, key, sha)| async move {
                    if verified.contains(&key) && named_hash(&key) == sha {
                        return Ok(None);
                    }
                    match target.hash_of(&key).await {
                        Ok(h) if h == sha => Ok(None),
                        Ok(_) | Err(ObjectError::Missing(_) | ObjectError::BadKey(_)) => Ok(Some(key)),
                        Err(e) => Err(ServiceError::from(e)),
                    }
                })
                .buffer_unordered(PARALLEL)
                .collect::<Vec<_>>()
                .await;
            for c in checks {
                report.rows += 1;
                if let Some(key) = c? {
                    report.missing.push(key);
                }
            }
        }
    }
    Ok(())
}
