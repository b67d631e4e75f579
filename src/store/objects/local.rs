//! Objects as files under the data dir: written to a temporary name, synced, then
//! renamed, so a crash never leaves a half file under a real name.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use bytes::Bytes;
use futures::StreamExt;

use super::{ObjectError, Reader};

#[derive(Clone)]
pub(super) struct Local {
    root: PathBuf,
}

/// Local failures (a full disk, a lost mount) are the store being unavailable.
fn unavailable(what: &str, path: &Path, e: impl std::fmt::Display) -> ObjectError {
    ObjectError::Unavailable(format!("{what} {}: {e}", path.display()))
}

impl Local {
    pub(super) fn new(root: PathBuf) -> Self {
        Self { root }
    }

    /// Writes the object, or only touches it when it is there (same key, same bytes).
    pub(super) async fn put_or_touch(&self, key: &str, bytes: Bytes) -> Result<(), ObjectError> {
        let path = self.root.join(key);
        tokio::task::spawn_blocking(move || match touch(&path) {
            Ok(true) => Ok(()),
            _ => write_file(&path, &bytes),
        })
        .await
        .map_err(|e| ObjectError::Unavailable(e.to_string()))?
    }

    /// Writes the object, replacing what is there (a damaged copy included).
    pub(super) async fn put(&self, key: &str, bytes: Bytes) -> Result<(), ObjectError> {
        let path = self.root.join(key);
        tokio::task::spawn_blocking(move || write_file(&path, &bytes))
            .await
            .map_err(|e| ObjectError::Unavailable(e.to_string()))?
    }

    pub(super) async fn modified(&self, key: &str) -> Result<Option<SystemTime>, ObjectError> {
        let path = self.root.join(key);
        match tokio::fs::metadata(&path).await {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            other => {
                Ok(Some(other.and_then(|m| m.modified()).map_err(|e| unavailable("reading", &path, e))?))
            }
        }
    }

    pub(super) async fn open(&self, key: &str) -> Result<Reader, ObjectError> {
        let path = self.root.join(key);
        let file = match tokio::fs::File::open(&path).await {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ObjectError::Missing(key.into()))
            }
            other => other.map_err(|e| unavailable("opening", &path, e))?,
        };
        let size = file.metadata().await.map_err(|e| unavailable("reading", &path, e))?.len();
        Reader::new(size, tokio_util::io::ReaderStream::new(file).boxed()).await
    }

    pub(super) async fn older_than(
        &self,
        area: &str,
        before: Option<SystemTime>,
    ) -> Result<Vec<String>, ObjectError> {
        let (root, area) = (self.root.clone(), area.to_string());
        tokio::task::spawn_blocking(move || older_than(&root, &area, before))
            .await
            .map_err(|e| ObjectError::Unavailable(e.to_string()))
    }

    pub(super) async fn remove(&self, key: &str) -> Result<(), ObjectError> {
        let path = self.root.join(key);
        match tokio::fs::remove_file(&path).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(unavailable("removing", &path, e)),
            _ => Ok(()),
        }
    }
}

/// Marks a file written now (fresh for the sweep, which goes by age); false: not there.
fn touch(path: &Path) -> std::io::Result<bool> {
    match std::fs::File::options().append(true).open(path) {
        Ok(f) => f.set_modified(SystemTime::now()).map(|()| true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ObjectError> {
    let dir = path.parent().ok_or_else(|| unavailable("storing", path, "no parent folder"))?;
    std::fs::create_dir_all(dir).map_err(|e| unavailable("creating", dir, e))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
    let mut f = std::fs::File::create(&tmp).map_err(|e| unavailable("creating", &tmp, e))?;
    f.write_all(bytes).map_err(|e| unavailable("writing", &tmp, e))?;
    f.sync_data().map_err(|e| unavailable("syncing", &tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| unavailable("renaming into", path, e))
}

/// Files under `<root>/<area>/*/` last written before `before`, as keys (with `/`);
/// temporary files of interrupted writes included.
fn older_than(root: &Path, area: &str, before: Option<SystemTime>) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(dirs) = std::fs::read_dir(root.join(area)) else { return out };
    for dir in dirs.flatten() {
        let Ok(files) = std::fs::read_dir(dir.path()) else { continue };
        for f in files.flatten() {
            let old =
                before.is_none_or(|before| f.metadata().and_then(|m| m.modified()).is_ok_and(|t| t < before));
            if old {
                out.push(format!(
                    "{area}/{}/{}",
                    dir.file_name().to_string_lossy(),
                    f.file_name().to_string_lossy()
                ));
            }
        }
    }
    out
}
