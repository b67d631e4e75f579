//! Evidence files of a request: checking uploads in memory (count, size, content),
//! writing them to the evidence store, and the rows a correction keeps of them.

use uuid::Uuid;

use crate::domain::correction::{sniff_evidence, EvidenceKind};
use crate::error::{ServiceError, ServiceResult};
use crate::service::Context;
use crate::store::corrections::Evidence;

/// An uploaded evidence file, as the edge received it.
pub struct Upload {
    pub kind: EvidenceKind,
    pub bytes: Vec<u8>,
}

/// Evidence checked by content and stored under the data dir (never served publicly).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Stored {
    kind: String,
    content_type: String,
    size: u64,
    sha256: String,
    path: String,
}

/// An upload that passed every check (count, size, content), not yet written.
pub(super) struct Checked {
    kind: EvidenceKind,
    content_type: &'static str,
    bytes: Vec<u8>,
}

/// Checks the uploads in memory; nothing touches the disk until the request has
/// passed its limits (`write_uploads`).
pub(super) fn check_uploads(cx: &Context, uploads: Vec<Upload>) -> ServiceResult<Vec<Checked>> {
    let p = &cx.config.portal;
    if uploads.is_empty() {
        return Err(ServiceError::invalid(
            "evidence",
            "add at least one photo or scan (KTP, vaccination card)",
        ));
    }
    if uploads.len() > p.max_uploads {
        return Err(ServiceError::invalid("evidence", format!("at most {} files", p.max_uploads)));
    }
    uploads.into_iter().map(|u| check_one(cx, u)).collect()
}

/// One file's size and content (the type comes from its bytes, never its name).
fn check_one(cx: &Context, u: Upload) -> ServiceResult<Checked> {
    let max = cx.config.portal.max_upload_bytes;
    if u.bytes.len() > max {
        return Err(ServiceError::invalid(
            "evidence",
            format!("a file may be at most {} MB", max / (1024 * 1024)),
        ));
    }
    let Some(content_type) = sniff_evidence(&u.bytes) else {
        return Err(ServiceError::invalid("evidence", "only JPEG, PNG, WebP photos or PDF scans"));
    };
    Ok(Checked { kind: u.kind, content_type, bytes: u.bytes })
}

/// One file sent in a chat, checked as an upload is and written to the evidence store
/// (outside any transaction; unclaimed, the janitor removes it).
pub async fn store_one(cx: &Context, upload: Upload) -> ServiceResult<Stored> {
    let checked = check_one(cx, upload)?;
    let mut stored = write_uploads(cx, vec![checked]).await?;
    stored.pop().ok_or_else(|| ServiceError::Internal(anyhow::anyhow!("no file written")))
}

/// Writes checked uploads to the evidence store (content-addressed; a flow abandoned
/// before review leaves files the janitor removes, `sweep_evidence`).
pub(super) async fn write_uploads(cx: &Context, checked: Vec<Checked>) -> ServiceResult<Vec<Stored>> {
    let mut out = Vec::with_capacity(checked.len());
    for c in checked {
        let ext = match c.content_type {
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            "image/webp" => ".webp",
            _ => ".pdf",
        };
        let size = c.bytes.len() as u64;
        let stored = cx.objects.put("evidence", ext, c.bytes.into()).await?;
        out.push(Stored {
            kind: c.kind.as_str().into(),
            content_type: c.content_type.into(),
            size,
            sha256: stored.sha256,
            path: stored.key,
        });
    }
    Ok(out)
}

pub(super) fn evidence_rows(stored: &[Stored]) -> Vec<Evidence> {
    stored
        .iter()
        .map(|s| Evidence {
            id: Uuid::now_v7(),
            correction: Uuid::nil(),
            kind: s.kind.clone(),
            content_type: s.content_type.clone(),
            size: s.size,
            sha256: s.sha256.clone(),
            storage_path: s.path.clone(),
        })
        .collect()
}
