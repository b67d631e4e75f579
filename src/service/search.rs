//! Staff search, and keeping the index in step with the database: the indexer drains
//! what `search_log` says is owed (`indexer`, `background`), `reindex` rebuilds beside
//! the live index and swaps, `check` compares the two.

mod background;
mod indexer;

use serde_json::json;
use uuid::Uuid;

use super::Context;
use crate::domain::{Actor, AuditEntry, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::search::{
    IndexName, IndexerReport, Page, PeopleQuery, PersonHit, SearchError, TicketHit, TicketQuery,
};
use crate::store;

pub use background::{catch_up, spawn_indexer};
pub use indexer::{Indexer, Step};

impl From<SearchError> for ServiceError {
    fn from(e: SearchError) -> Self {
        match e {
            SearchError::Unavailable(m) => ServiceError::Unavailable(m),
            SearchError::Failed(m) => ServiceError::Internal(anyhow::anyhow!(m)),
        }
    }
}

/// Rebuilds `index` from the database beside the live one, then swaps; search keeps
/// answering from the old index meanwhile. `progress(done, total)` is called per batch.
pub async fn reindex(
    cx: &Context,
    index: IndexName,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> ServiceResult<u64> {
    let db = cx.store.read();
    let t0 = store::search::db_now(cx.store.write()).await?;
    let total = store::search::expected_count(db, index).await?;
    let mut rebuild = cx.search.rebuild(index).await?;
    let mut after = None;
    let mut done = 0u64;
    let page = cx.config.search.batch.max(1) as u64;
    loop {
        let ids = store::search::ids_page(db, index, after, page).await?;
        let Some(last) = ids.last().copied() else { break };
        match index {
            IndexName::People => rebuild.put_people(store::search::person_docs(db, &ids).await?).await?,
            IndexName::Tickets => rebuild.put_tickets(store::search::ticket_docs(db, &ids).await?).await?,
        }
        done += ids.len() as u64;
        progress(done, total);
        after = Some(last);
    }
    rebuild.swap().await?;
    // Changes made while we read went to the old index: owe them to the new one.
    store::search::after_rebuild(cx.store.write(), index, t0).await?;
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Operator, "search.reindex", "search_index", index.as_str())
            .after(json!({"documents": done, "backend": cx.search.name()})),
    )
    .await?;
    Ok(done)
}

/// What `certdesk search-check` reports for one index.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IndexCheck {
    pub index: &'static str,
    pub database: u64,
    pub indexed: u64,
    /// Changes not yet written to the index.
    pub owed: u64,
    pub sampled: usize,
    /// Sampled ids whose document is missing from the index or differs from the database.
    pub drifted: Vec<String>,
}

impl IndexCheck {
    pub fn ok(&self) -> bool {
        self.database == self.indexed && self.drifted.is_empty()
    }
}

/// Compares counts and a sample of documents between the database and the index.
pub async fn check(cx: &Context, sample: usize) -> ServiceResult<Vec<IndexCheck>> {
    let db = cx.store.read();
    let mut out = Vec::new();
    for index in IndexName::ALL {
        let database = store::search::expected_count(db, index).await?;
        let indexed = cx.search.count(index).await?;
        let owed = store::search::owed_count(db, index).await?;
        // An even sample across the id space: ids after random points.
        let mut ids = Vec::new();
        for _ in 0..sample {
            let at = Uuid::from_u128(rand::random::<u128>());
            let mut page = store::search::ids_page(db, index, Some(at), 1).await?;
            if page.is_empty() {
                page = store::search::ids_page(db, index, None, 1).await?;
            }
            ids.extend(page);
        }
        ids.sort();
        ids.dedup();
        let expected: Vec<serde_json::Value> = match index {
            IndexName::People => {
                store::search::person_docs(db, &ids).await?.iter().map(|d| json!(d)).collect()
            }
            IndexName::Tickets => {
                store::search::ticket_docs(db, &ids).await?.iter().map(|d| json!(d)).collect()
            }
        };
        let keys: Vec<String> = ids.iter().map(Uuid::to_string).collect();
        let actual: std::collections::HashMap<String, serde_json::Value> = cx
            .search
            .fetch(index, &keys)
            .await?
            .into_iter()
            .map(|d| (d["id"].as_str().unwrap_or_default().to_string(), d))
            .collect();
        let drifted = expected
            .iter()
            .filter(|e| {
                let id = e["id"].as_str().unwrap_or_default();
                actual.get(id).is_none_or(|a| !same_doc(e, a))
            })
            .map(|e| e["id"].as_str().unwrap_or_default().to_string())
            .collect();
        out.push(IndexCheck { index: index.as_str(), database, indexed, owed, sampled: ids.len(), drifted });
    }
    Ok(out)
}

/// Field by field on what certdesk wrote (an engine may add its own fields).
fn same_doc(expected: &serde_json::Value, actual: &serde_json::Value) -> bool {
    expected.as_object().is_some_and(|e| e.iter().all(|(k, v)| actual.get(k) == Some(v)))
}

/// One index as supervisors see it: the counts, the age of the oldest change still
/// owed, and what the indexer (whichever node runs it) last reported.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IndexStatus {
    pub check: IndexCheck,
    pub oldest_owed_secs: Option<f64>,
    pub indexer: Option<IndexerReport>,
}

/// Counts per index (no document sample) and the indexer's state, for supervisors.
pub async fn status(cx: &Context, actor: &StaffActor) -> ServiceResult<Vec<IndexStatus>> {
    if !actor.sees_all_queues() {
        return Err(ServiceError::forbidden("only supervisors see the search index status"));
    }
    // Both are in `IndexName::ALL` order.
    let indexing = indexing(cx).await?;
    Ok(check(cx, 0)
        .await?
        .into_iter()
        .zip(indexing)
        .map(|(check, (_, oldest_owed_secs, indexer))| IndexStatus { check, oldest_owed_secs, indexer })
        .collect())
}

/// Per index: the age of the oldest owed change and the indexer's last report. Cheap
/// (no counts), for metrics scraped every few seconds.
pub async fn indexing(cx: &Context) -> ServiceResult<Vec<(IndexName, Option<f64>, Option<IndexerReport>)>> {
    let db = cx.store.read();
    let now = store::search::db_now(db).await?;
    let mut reports = store::search_indexer::all(db).await?;
    let mut out = Vec::new();
    for index in IndexName::ALL {
        let age = store::search::oldest_owed_at(db, index).await?.map(|at| (now - at).max(0.0));
        let report = reports.iter().position(|r| r.index == index.as_str()).map(|i| reports.swap_remove(i));
        out.push((index, age, report));
    }
    Ok(out)
}

/// Searches people for a member of staff; audited, with the query's personal data masked.
pub async fn people(cx: &Context, actor: &StaffActor, q: PeopleQuery) -> ServiceResult<Page<PersonHit>> {
    if q.is_empty() {
        return Err(ServiceError::invalid("q", "give a name, NIK, phone, birth date or region"));
    }
    // A search shows people's names and birth dates: it spends a budget of its own,
    // and an agent sees at most 20 hits at a time.
    super::people::spend_search(cx, actor).await?;
    let mut q = q;
    if !actor.role.at_least(crate::domain::Role::Supervisor) {
        q.limit = q.limit.min(20);
    }
    let page = cx.search.search_people(&q).await?;
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Staff(actor.clone()), "search.people", "person", "search").after(json!({
            "words": q.words.len(),
            "nik": q.nik.as_deref().map(mask_digits),
            "phone": q.phone.as_deref().map(mask_digits),
            "birth_date": q.birth_date,
            "hits": page.hits.len(),
        })),
    )
    .await?;
    Ok(page)
}

/// Searches tickets; agents see their queues and what is assigned to them.
pub async fn tickets(cx: &Context, actor: &StaffActor, mut q: TicketQuery) -> ServiceResult<Page<TicketHit>> {
    if !actor.sees_all_queues() {
        q.visible_to =
            Some((actor.queues.iter().map(|q| q.as_str().to_string()).collect(), actor.id.0.to_string()));
    }
    Ok(cx.search.search_tickets(&q).await?)
}

/// `3275********0001`: enough for an auditor to tell lookups apart, not to read a NIK.
fn mask_digits(s: &str) -> String {
    let n = s.chars().count();
    s.chars().enumerate().map(|(i, c)| if i < 4 || i + 4 >= n { c } else { '*' }).collect()
}
