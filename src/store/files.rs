//! Content-addressed files under the data dir (attachments): written to a
//! temporary name, synced, then renamed, so a crash never leaves a half file under
//! a real name, and the same bytes are stored once.

use std::io::Write;
use std::path::Path;

use anyhow::Context as _;
use sha2::{Digest, Sha256};

/// Files under `<data_dir>/<area>` last written before `before`, as paths relative to
/// `data_dir` (with `/`).
pub fn older_than(data_dir: &Path, area: &str, before: std::time::SystemTime) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(dirs) = std::fs::read_dir(data_dir.join(area)) else { return out };
    for dir in dirs.flatten() {
        let Ok(files) = std::fs::read_dir(dir.path()) else { continue };
        for f in files.flatten() {
            let old = f.metadata().and_then(|m| m.modified()).is_ok_and(|t| t < before);
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

/// Removes a file under the data dir (gone already is fine).
pub fn remove(data_dir: &Path, rel: &str) -> std::io::Result<()> {
    match std::fs::remove_file(data_dir.join(rel)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Stores `bytes` under `<data_dir>/<area>/<ab>/<sha256><ext>`; returns (sha256, path relative to data_dir).
pub fn put(data_dir: &Path, area: &str, ext: &str, bytes: &[u8]) -> anyhow::Result<(String, String)> {
    let sha = sha256_hex(bytes);
    let rel = format!("{area}/{}/{sha}{ext}", &sha[..2]);
    let path = data_dir.join(&rel);
    if path.exists() {
        // Stored again: fresh for the sweep of unreferenced files, which goes by age.
        let f = std::fs::File::options().append(true).open(&path).context("opening a stored file")?;
        f.set_modified(std::time::SystemTime::now()).context("touching a stored file")?;
        return Ok((sha, rel));
    }
    let dir = path.parent().context("file path has a parent")?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let tmp = dir.join(format!(".{sha}.{}.tmp", uuid::Uuid::new_v4().simple()));
    let mut f = std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    f.write_all(bytes).context("writing file")?;
    f.sync_data().context("syncing file")?;
    std::fs::rename(&tmp, &path).with_context(|| format!("renaming into {}", path.display()))?;
    Ok((sha, rel))
}
