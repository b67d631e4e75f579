//! Writing to Meilisearch without waiting: documents go as JSON payloads of bounded
//! size, each an enqueued task; `progress` asks for all of a submission's tasks at once.
//! Meilisearch applies an index's tasks in the order they were enqueued and batches
//! consecutive ones itself, so several submissions in flight cost nothing in order.

use std::time::Duration;

use meilisearch_sdk::client::Client;
use meilisearch_sdk::indexes::Index;
use meilisearch_sdk::task_info::TaskInfo;
use meilisearch_sdk::tasks::{Task, TasksSearchQuery};
use serde::Serialize;

use super::map_err;
use crate::search::{Change, Progress, SearchError, SearchResult, Submission};

/// The most bytes one request carries: well under Meilisearch's default 100 MB limit,
/// and large enough that a task holds thousands of documents.
pub(super) const PAYLOAD_LIMIT: usize = 16 << 20;

/// How long a write waited on by `apply` may take.
pub(super) const TASK_TIMEOUT: Duration = Duration::from_secs(600);

/// JSON arrays of at most `limit` bytes each (a larger document goes alone).
pub(super) fn payloads<D: Serialize>(docs: &[D], limit: usize) -> SearchResult<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    let mut body = vec![b'['];
    for d in docs {
        let json = serde_json::to_vec(d).map_err(|e| SearchError::Failed(e.to_string()))?;
        if body.len() > 1 && body.len() + json.len() + 2 > limit {
            body.push(b']');
            out.push(std::mem::replace(&mut body, vec![b'[']));
        }
        if body.len() > 1 {
            body.push(b',');
        }
        body.extend_from_slice(&json);
    }
    if body.len() > 1 {
        body.push(b']');
        out.push(body);
    }
    Ok(out)
}

/// Enqueues the documents of `docs` (as payloads) on `index`; returns their tasks.
pub(super) async fn enqueue<D: Serialize>(index: &Index, docs: &[D]) -> SearchResult<Vec<u32>> {
    let mut tasks = Vec::new();
    for body in payloads(docs, PAYLOAD_LIMIT)? {
        let task = index
            .add_or_replace_unchecked_payload(futures::io::Cursor::new(body), "application/json", Some("id"))
            .await
            .map_err(map_err)?;
        tasks.push(task.task_uid);
    }
    Ok(tasks)
}

/// Enqueues puts and deletes; a document is either put or deleted in one batch (each
/// is read from the database once), so their order between the two does not matter.
pub(super) async fn submit<D: Serialize>(index: &Index, changes: Vec<Change<D>>) -> SearchResult<Submission> {
    let mut puts = Vec::new();
    let mut deletes = Vec::new();
    for c in changes {
        match c {
            Change::Put(d) => puts.push(d),
            Change::Delete(id) => deletes.push(id),
        }
    }
    let mut tasks = enqueue(index, &puts).await?;
    if !deletes.is_empty() {
        tasks.push(index.delete_documents(&deletes).await.map_err(map_err)?.task_uid);
    }
    Ok(Submission { tasks })
}

/// Where `tasks` stand, in one request per hundred tasks. A task Meilisearch no longer
/// knows (its queue was lost) counts as refused: the documents are sent again.
pub(super) async fn progress(client: &Client, tasks: &[u32]) -> SearchResult<Progress> {
    let mut succeeded = 0;
    let mut known = 0;
    for chunk in tasks.chunks(100) {
        let mut q = TasksSearchQuery::new(client);
        q.with_uids(chunk).with_limit(chunk.len() as u32);
        for t in client.get_tasks_with(&q).await.map_err(map_err)?.results {
            known += 1;
            match t {
                // The error's code, never its message: a message may quote a document.
                Task::Failed { content } => {
                    let e = &content.error;
                    let code = e.error_link.rsplit_once('#').map(|(_, c)| c.to_string());
                    let code = code.unwrap_or_else(|| format!("{:?}", e.error_code));
                    return Ok(Progress::Refused(format!("task {}: {code}", content.task.uid)));
                }
                Task::Succeeded { .. } => succeeded += 1,
                Task::Enqueued { .. } | Task::Processing { .. } => {}
            }
        }
    }
    Ok(if succeeded == tasks.len() {
        Progress::Applied
    } else if known < tasks.len() {
        Progress::Refused(format!("Meilisearch no longer knows {} of tasks {tasks:?}", tasks.len() - known))
    } else {
        Progress::Waiting
    })
}

/// Waits for one task; a failed task is an error.
pub(super) async fn wait(client: &Client, task: TaskInfo) -> SearchResult<()> {
    settle(client, &[task.task_uid]).await
}

/// Polls until every task of `tasks` succeeded; the first failure is an error.
pub(super) async fn settle(client: &Client, tasks: &[u32]) -> SearchResult<()> {
    let started = std::time::Instant::now();
    let mut pause = Duration::from_millis(10);
    loop {
        match progress(client, tasks).await? {
            Progress::Applied => return Ok(()),
            Progress::Refused(why) => return Err(SearchError::Failed(why)),
            Progress::Waiting if started.elapsed() > TASK_TIMEOUT => {
                return Err(SearchError::Unavailable(format!("tasks not done after {TASK_TIMEOUT:?}")))
            }
            Progress::Waiting => {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_millis(200));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_are_json_arrays_within_the_limit_and_keep_every_document() {
        let docs: Vec<serde_json::Value> =
            (0..100).map(|i| serde_json::json!({"id": i.to_string(), "pad": "x".repeat(i)})).collect();
        let bodies = payloads(&docs, 600).unwrap();
        assert!(bodies.len() > 5, "{}", bodies.len());
        let mut back = Vec::new();
        for b in &bodies {
            let arr: Vec<serde_json::Value> = serde_json::from_slice(b).unwrap();
            // Only a document larger than the limit on its own may exceed it.
            assert!(b.len() <= 600 || arr.len() == 1, "{} bytes, {} docs", b.len(), arr.len());
            back.extend(arr);
        }
        assert_eq!(back, docs);
        assert!(payloads(&Vec::<serde_json::Value>::new(), 600).unwrap().is_empty());
    }
}
