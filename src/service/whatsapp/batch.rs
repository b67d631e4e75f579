//! Several queued messages, of one user or many, turned into tickets in one
//! transaction: under a backlog one commit serves them all, as `ingest-mail` commits
//! many mails at once. Each message is acted on exactly as alone (`intake::act_in`);
//! if anything in the batch fails, the batch is undone and every message is taken
//! again on its own, so one bad message records its own failure and the rest go.

use sea_orm::TransactionTrait;
use uuid::Uuid;

use super::intake::{act_in, receive, Media};
use super::Context;
use crate::domain::whatsapp::Content;
use crate::error::ServiceResult;
use crate::service::job_queue::JobError;
use crate::store::whatsapp::{self as wstore, InboundRow};

/// A `whatsapp_inbound` job to run: its message and whether this is its last attempt.
#[derive(Debug, Clone, Copy)]
pub struct Queued {
    pub inbound: Uuid,
    pub last_attempt: bool,
}

/// Runs the jobs of `items` (in their order, the order the messages were recorded)
/// and returns each one's outcome in the same order.
pub async fn receive_many(cx: &Context, items: &[Queued]) -> Vec<Result<(), JobError>> {
    match items {
        [] => return Vec::new(),
        [one] => return vec![receive(cx, one.inbound, one.last_attempt).await],
        _ => {}
    }
    let ids: Vec<Uuid> = items.iter().map(|q| q.inbound).collect();
    let rows = match wstore::inbound_many(cx.store.write(), &ids).await {
        Ok(rows) => rows,
        // The database is away: each job is retried as any would be.
        Err(e) => return items.iter().map(|_| Err(JobError::Temporary(e.to_string()))).collect(),
    };
    let by_id: std::collections::HashMap<Uuid, InboundRow> = rows.into_iter().map(|r| (r.id, r)).collect();
    // Together: queued messages without a file. A file is fetched over the network
    // first, outside any transaction, so those go alone (as do unknown ids, which fail).
    let together: Vec<InboundRow> = ids
        .iter()
        .filter_map(|id| by_id.get(id))
        .filter(|r| r.status == wstore::QUEUED && !matches!(r.message.content, Content::Media { .. }))
        .cloned()
        .collect();
    let converted = !together.is_empty()
        && match Box::pin(convert_together(cx, &together)).await {
            Ok(()) => true,
            Err(e) => {
                let n = together.len();
                tracing::warn!(error = %e, messages = n, "a batch of WhatsApp messages failed; taking each on its own");
                false
            }
        };
    let mut out = Vec::with_capacity(items.len());
    for q in items {
        let done = match by_id.get(&q.inbound) {
            // Already acted on (a job run twice), or just now in the batch.
            Some(r) => r.status != wstore::QUEUED || (converted && together.iter().any(|t| t.id == r.id)),
            None => false,
        };
        out.push(if done { Ok(()) } else { Box::pin(receive(cx, q.inbound, q.last_attempt)).await });
    }
    out
}

async fn convert_together(cx: &Context, rows: &[InboundRow]) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    // Every conversation locked first, in one order: two workers' batches that share a
    // user wait for each other, never in a circle.
    let mut conversations: Vec<Uuid> = rows.iter().map(|r| r.conversation).collect();
    conversations.sort_unstable();
    conversations.dedup();
    for id in conversations {
        wstore::lock(&txn, id, cx.now()).await?;
    }
    for row in rows {
        Box::pin(act_in(cx, &txn, row, Media::None)).await?;
    }
    txn.commit().await?;
    cx.jobs_wake.lane(crate::domain::Lane::Interactive);
    Ok(())
}
