//! Several queued messages, of one user or many, turned into tickets together: under a
//! backlog one commit serves many, as `ingest-mail` commits many mails at once (on
//! SQLite in slices short enough not to keep webhooks waiting for its one writer). Each message is acted on exactly as alone (`intake::act_in`);
//! if anything fails, its transaction is undone and every message not yet committed is
//! taken again on its own, so one bad message records its own failure and the rest go.

use std::time::{Duration, Instant};

use sea_orm::{DbBackend, TransactionTrait};
use uuid::Uuid;

use super::intake::{act_in, receive, Media};
use super::Context;
use crate::domain::whatsapp::Content;
use crate::error::{ServiceError, ServiceResult};
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
    // A file is fetched over the network first, outside any transaction, so a user who
    // sent one has all their messages of this batch taken alone, in order (a photo must
    // not arrive after the "done" typed behind it). So do unreadable or unknown rows.
    let with_file: std::collections::HashSet<Uuid> = by_id
        .values()
        .filter(|r| matches!(r.message.content, Content::Media { .. }))
        .map(|r| r.conversation)
        .collect();
    let together: Vec<InboundRow> = ids
        .iter()
        .filter_map(|id| by_id.get(id))
        .filter(|r| r.status == wstore::QUEUED && !with_file.contains(&r.conversation))
        .cloned()
        .collect();
    let in_hand: Vec<Uuid> = together.iter().map(|r| r.conversation).collect();
    if let Err(e) = super::intake::sweep_lapsed_menus(cx, &in_hand).await {
        return items.iter().map(|_| Err(JobError::Temporary(e.to_string()))).collect();
    }
    let (converted, failure) = convert_together(cx, &together).await;
    if let Some(e) = failure {
        let n = together.len() - converted;
        tracing::warn!(error = %e, messages = n, "a batch of WhatsApp messages failed; taking each on its own");
    }
    let converted: std::collections::HashSet<Uuid> = together[..converted].iter().map(|r| r.id).collect();
    let mut out = Vec::with_capacity(items.len());
    for q in items {
        let done = match by_id.get(&q.inbound) {
            // Already acted on (a job run twice), or just now in the batch.
            Some(r) => r.status != wstore::QUEUED || converted.contains(&r.id),
            None => false,
        };
        out.push(if done { Ok(()) } else { Box::pin(receive(cx, q.inbound, q.last_attempt)).await });
    }
    out
}

/// How long one transaction may hold SQLite's only writer: webhooks wait behind it and
/// must be answered within 50 ms (99th percentile). PostgreSQL's writers do not queue
/// behind each other, so there a batch is one transaction (one commit to flush).
const SQLITE_HOLD: Duration = Duration::from_millis(8);

/// Converts `rows` in order, in as few transactions as the backend allows; returns how
/// many (from the first) were converted and, if it stopped short, why.
async fn convert_together(cx: &Context, rows: &[InboundRow]) -> (usize, Option<ServiceError>) {
    let mut done = 0;
    while done < rows.len() {
        match Box::pin(convert_some(cx, &rows[done..])).await {
            Ok(n) => done += n,
            Err(e) => return (done, Some(e)),
        }
    }
    (done, None)
}

/// One transaction over the first of `rows` (on SQLite as many as fit in
/// [`SQLITE_HOLD`], at least one); returns how many it converted.
async fn convert_some(cx: &Context, rows: &[InboundRow]) -> ServiceResult<usize> {
    let single_writer = cx.store.backend() == DbBackend::Sqlite;
    let txn = cx.store.write().begin().await?;
    // From the moment the writer is ours: time spent waiting for it is not holding it.
    let started = Instant::now();
    if !single_writer {
        // Every conversation locked first, in one order: two workers' batches that
        // share a user wait for each other, never in a circle.
        let mut conversations: Vec<Uuid> = rows.iter().map(|r| r.conversation).collect();
        conversations.sort_unstable();
        conversations.dedup();
        for id in conversations {
            wstore::lock(&txn, id, cx.now()).await?;
        }
    }
    let mut n = 0;
    for row in rows {
        act_in(cx, &txn, row, Media::None).await?;
        n += 1;
        if single_writer && started.elapsed() >= SQLITE_HOLD {
            break;
        }
    }
    txn.commit().await?;
    cx.jobs_wake.lane(crate::domain::Lane::Interactive);
    Ok(n)
}
