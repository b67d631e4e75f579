//! Attachment rows; the bytes live content-addressed under the data dir.

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entity::attachment;
use crate::domain::MessageId;
use crate::error::ServiceResult;

#[derive(Debug, Clone)]
pub struct AttachmentRow {
    pub id: Uuid,
    pub message: MessageId,
    pub filename: String,
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
    pub storage_path: String,
}

pub async fn insert<C: ConnectionTrait>(db: &C, rows: &[AttachmentRow]) -> ServiceResult<()> {
    // Eight columns a row: 500 rows stay well under SQLite's 32,766 and PostgreSQL's
    // 65,535 parameters, whatever a mail carries.
    for chunk in rows.chunks(500) {
        insert_chunk(db, chunk).await?;
    }
    Ok(())
}

async fn insert_chunk<C: ConnectionTrait>(db: &C, rows: &[AttachmentRow]) -> ServiceResult<()> {
    let now = Utc::now();
    let models = rows.iter().map(|a| attachment::ActiveModel {
        id: Set(a.id),
        message_id: Set(a.message.0),
        filename: Set(a.filename.clone()),
        content_type: Set(a.content_type.clone()),
        size: Set(i64::try_from(a.size).unwrap_or(i64::MAX)),
        sha256: Set(a.sha256.clone()),
        storage_path: Set(a.storage_path.clone()),
        created_at: Set(now),
    });
    attachment::Entity::insert_many(models).exec_without_returning(db).await?;
    Ok(())
}

pub async fn of_messages<C: ConnectionTrait>(
    db: &C,
    messages: &[MessageId],
) -> ServiceResult<Vec<AttachmentRow>> {
    if messages.is_empty() {
        return Ok(Vec::new());
    }
    Ok(attachment::Entity::find()
        .filter(attachment::Column::MessageId.is_in(messages.iter().map(|m| m.0)))
        .all(db)
        .await?
        .into_iter()
        .map(|m| AttachmentRow {
            id: m.id,
            message: MessageId(m.message_id),
            filename: m.filename,
            content_type: m.content_type,
            size: u64::try_from(m.size).unwrap_or(0),
            sha256: m.sha256,
            storage_path: m.storage_path,
        })
        .collect())
}

/// `(id, storage key, sha256)` of attachments after `after` in id order, `limit` at a
/// time (`storage migrate` checks every one).
pub async fn keys_page<C: ConnectionTrait>(
    db: &C,
    after: Uuid,
    limit: u64,
) -> ServiceResult<Vec<(Uuid, String, String)>> {
    use sea_orm::{QueryOrder, QuerySelect};
    Ok(attachment::Entity::find()
        .select_only()
        .columns([attachment::Column::Id, attachment::Column::StoragePath, attachment::Column::Sha256])
        .filter(attachment::Column::Id.gt(after))
        .order_by_asc(attachment::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?)
}
