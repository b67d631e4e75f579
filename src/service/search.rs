//! Staff search, and keeping the index in step with the database: the indexer drains
//! what `search_log` says is owed (batched, retried, idempotent: a document is rebuilt
//! from the database each time), `reindex` rebuilds beside the live index and swaps,
//! `check` compares the two.

use std::time::Duration;

use serde_json::json;
use uuid::Uuid;

use super::Context;
use crate::domain::{Actor, AuditEntry, Lane, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::search::{Change, IndexName, Page, PeopleQuery, PersonHit, SearchError, TicketHit, TicketQuery};
use crate::store;

impl From<SearchError> for ServiceError {
    fn from(e: SearchError) -> Self {
        match e {
            SearchError::Unavailable(m) => ServiceError::Unavailable(m),
            SearchError::Failed(m) => ServiceError::Internal(anyhow::anyhow!(m)),
        }
    }
}

/// Writes one batch of owed documents of `index`. Returns how many documents it wrote.
pub async fn index_owed(cx: &Context, index: IndexName) -> ServiceResult<usize> {
    let db = cx.store.write();
    let owed = store::search::owed(db, index, cx.config.search.batch.max(1)).await?;
    if owed.is_empty() {
        return Ok(0);
    }
    let mut ids: Vec<Uuid> = owed.iter().map(|o| o.entity_id).collect();
    ids.sort();
    ids.dedup();
    match index {
        IndexName::People => {
            let docs = store::search::person_docs(db, &ids).await?;
            cx.search.apply_people(changes(&ids, docs, |d| &d.id)).await?;
        }
        IndexName::Tickets => {
            let docs = store::search::ticket_docs(db, &ids).await?;
            cx.search.apply_tickets(changes(&ids, docs, |d| &d.id)).await?;
        }
    }
    store::search::mark_indexed(db, &owed).await?;
    Ok(ids.len())
}

/// A put per document found, a delete per id without one.
fn changes<D>(ids: &[Uuid], docs: Vec<D>, id_of: fn(&D) -> &String) -> Vec<Change<D>> {
    let found: std::collections::HashSet<String> = docs.iter().map(|d| id_of(d).clone()).collect();
    let mut out: Vec<Change<D>> =
        ids.iter().map(Uuid::to_string).filter(|id| !found.contains(id)).map(Change::Delete).collect();
    out.extend(docs.into_iter().map(Change::Put));
    out
}

/// Indexes everything owed, in batches, until nothing is. Returns how many it wrote.
pub async fn catch_up(cx: &Context) -> ServiceResult<usize> {
    catch_up_yielding(cx, false).await
}

/// `catch_up`; with `yielding`, while a certificate run is under way indexing goes at a
/// trickle: issuing touches every person it issues for and the index re-reads each, so
/// the issuing keeps the machine and search catches up when it ends.
async fn catch_up_yielding(cx: &Context, yielding: bool) -> ServiceResult<usize> {
    let mut total = 0;
    for index in IndexName::ALL {
        loop {
            match index_owed(cx, index).await? {
                0 => break,
                n => total += n,
            }
            if yielding
                && store::jobs::lane_busy(cx.store.read(), Lane::Issuance, crate::service::clock::wall())
                    .await?
            {
                tokio::time::sleep(ISSUING_TRICKLE).await;
            }
        }
    }
    Ok(total)
}

/// The pause between index batches while certificates are being issued.
const ISSUING_TRICKLE: Duration = Duration::from_secs(2);

/// The background indexer: catches up every half second; while the engine is down it
/// backs off (up to a minute) and the owed rows simply wait.
pub fn spawn_indexer(cx: Context) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut prepared = false;
        let mut backoff = Duration::from_millis(500);
        let mut pruned = std::time::Instant::now();
        // One indexer feeds the index for the whole fleet: the lease holder's.
        let renew_every = cx.config.jobs.lease / 3;
        let mut renewed: Option<std::time::Instant> = None;
        loop {
            if renewed.is_none_or(|at| at.elapsed() >= renew_every) {
                if !super::leases::hold(&cx, super::leases::SEARCH_INDEXER).await {
                    renewed = None;
                    tokio::time::sleep(renew_every).await;
                    continue;
                }
                renewed = Some(std::time::Instant::now());
            }
            // Indexed changes are kept a day (rebuilds look back at them), then dropped.
            if pruned.elapsed() >= Duration::from_secs(3600) {
                pruned = std::time::Instant::now();
                if let Err(e) = store::search::prune(cx.store.write(), 86_400.0).await {
                    tracing::warn!(error = %e, "could not prune the search log");
                }
            }
            let work = async {
                if !prepared {
                    cx.search.prepare().await?;
                    prepared = true;
                }
                catch_up_yielding(&cx, true).await.map(|_| ())
            };
            // A catch-up can outlast a lease (an import's backlog): renewed meanwhile,
            // and abandoned if another process took the lease.
            let result = match super::leases::while_held(&cx, super::leases::SEARCH_INDEXER, work).await {
                Some(r) => r,
                None => {
                    renewed = None;
                    continue;
                }
            };
            match result {
                Ok(_) => backoff = Duration::from_millis(500),
                Err(e) => {
                    tracing::warn!(error = %e, backend = cx.search.name(), retry_in = ?backoff, "search indexing failed; will retry");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(60));
                    continue;
                }
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    })
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
    let page = 5000;
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

/// Counts per index (no document sample), for supervisors.
pub async fn status(cx: &Context, actor: &StaffActor) -> ServiceResult<Vec<IndexCheck>> {
    if !actor.sees_all_queues() {
        return Err(ServiceError::forbidden("only supervisors see the search index status"));
    }
    check(cx, 0).await
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
