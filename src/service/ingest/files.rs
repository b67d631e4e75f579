//! A message's attachments go to the object store before its transaction opens, so
//! no database lock (the ticket counter, a batch of messages) waits on the store, and
//! an outage fails the message at once: it stays where it came from (the mailbox, the
//! MTA's queue) and is tried again. The rows then point at objects already there.

use std::collections::HashMap;

use futures::{StreamExt, TryStreamExt};
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

use super::Context;
use crate::domain::EmailAddress;
use crate::error::ServiceResult;
use crate::mail::mime::{self, InboundMail};
use crate::mail::robots;
use crate::store::objects::{sha256_hex, Stored};
use crate::store::{self, attachments::AttachmentRow};

/// Stored attachments by SHA-256.
pub(crate) type Files = HashMap<String, Stored>;

/// Uploads side by side per message.
const PARALLEL: usize = 4;

/// Stores the attachments of `raw` (each distinct file once). A message that will be
/// quarantined for its size, its form, its sender or its number of files, and a
/// robot's (a bounce, an auto-reply: mostly discarded), stores nothing ahead: no
/// object without a row, and robots never wait on an outage of the store. (An
/// auto-reply that does join a ticket stores its files within its transaction.)
pub(super) async fn store_files(cx: &Context, raw: &[u8]) -> ServiceResult<Files> {
    if raw.len() > cx.config.mail.max_message_bytes {
        return Ok(Files::new());
    }
    let Ok(mail) = mime::parse(raw) else { return Ok(Files::new()) };
    let sender_ok = mail.from.as_ref().is_some_and(|f| EmailAddress::parse(&f.address).is_ok());
    let robot = robots::classify(&mail, cx.mailer.address()).is_some();
    if mail.attachments.len() > cx.config.mail.max_attachments || !sender_ok || robot {
        return Ok(Files::new());
    }
    let mut distinct = HashMap::new();
    for a in mail.attachments {
        distinct.entry(sha256_hex(&a.bytes)).or_insert(a.bytes);
    }
    futures::stream::iter(distinct.into_values())
        .map(|bytes| async move { cx.objects.put("attachments", "", bytes.into()).await })
        .buffer_unordered(PARALLEL)
        .map_ok(|s| (s.sha256.clone(), s))
        .try_collect()
        .await
        .map_err(Into::into)
}

/// The attachment rows of `message`, pointing at the objects stored ahead (a file not
/// among them, which should not happen, is stored now).
pub(super) async fn save_attachments(
    txn: &DatabaseTransaction,
    cx: &Context,
    message: crate::domain::MessageId,
    mail: &InboundMail,
    files: &Files,
) -> ServiceResult<()> {
    let mut rows = Vec::new();
    for a in &mail.attachments {
        let stored = match files.get(&sha256_hex(&a.bytes)) {
            Some(s) => s.clone(),
            None => cx.objects.put("attachments", "", bytes::Bytes::copy_from_slice(&a.bytes)).await?,
        };
        rows.push(AttachmentRow {
            id: Uuid::now_v7(),
            message,
            filename: a.filename.clone(),
            content_type: a.content_type.clone(),
            size: a.bytes.len() as u64,
            sha256: stored.sha256,
            storage_path: stored.key,
        });
    }
    store::attachments::insert(txn, &rows).await
}
