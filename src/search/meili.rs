//! Meilisearch through meilisearch-sdk. certdesk owns the index settings and applies
//! them at start-up; NIK, phone and partial NIKs are filters (exact, no typos), names
//! are the searchable text. The key stays on the server: browsers only ever talk to
//! certdesk's API.

use std::time::Duration;

use futures::future::BoxFuture;
use futures::FutureExt;
use meilisearch_sdk::client::{Client, SwapIndexes};
use meilisearch_sdk::errors::Error as MeiliError;
use meilisearch_sdk::indexes::Index;
use meilisearch_sdk::search::{MatchingStrategies, SearchResults};
use meilisearch_sdk::settings::{MinWordSizeForTypos, Settings, TypoToleranceSettings};
use meilisearch_sdk::task_info::TaskInfo;
use secrecy::ExposeSecret;

use super::query::{PeopleQuery, TicketQuery, TicketSort, MAX_LIMIT};
use super::{
    Change, IndexName, Page, PersonDoc, PersonHit, Rebuild, SearchBackend, SearchError, SearchResult,
    TicketDoc, TicketHit, PERSON_TERMS, TICKET_TERMS, TICKET_TEXTS, TICKET_TIMES,
};
use crate::config::SearchConfig;

/// How long a write may wait for Meilisearch to process it.
const TASK_TIMEOUT: Duration = Duration::from_secs(600);

fn map_err(e: MeiliError) -> SearchError {
    match e {
        MeiliError::HttpError(_) | MeiliError::Timeout => SearchError::Unavailable(e.to_string()),
        MeiliError::MeilisearchCommunication(ref c) if c.status_code >= 500 => {
            SearchError::Unavailable(e.to_string())
        }
        other => SearchError::Failed(other.to_string()),
    }
}

pub struct MeiliSearch {
    client: Client,
    prefix: String,
    /// Set once the indexes and their settings are in place in this process: writes and
    /// searches wait for it, so nothing ever lands in an index Meilisearch created on
    /// its own with default settings.
    prepared: tokio::sync::OnceCell<()>,
}

impl MeiliSearch {
    pub fn new(c: &SearchConfig) -> anyhow::Result<Self> {
        let key = c.meilisearch_key.expose_secret();
        let client =
            Client::new(c.meilisearch_url.as_str().trim_end_matches('/'), (!key.is_empty()).then_some(key))?;
        Ok(Self { client, prefix: c.index_prefix.clone(), prepared: tokio::sync::OnceCell::new() })
    }

    async fn ready(&self) -> SearchResult<()> {
        self.prepared
            .get_or_try_init(|| async {
                for i in IndexName::ALL {
                    self.configure(&self.uid(i), i).await?;
                }
                Ok::<(), SearchError>(())
            })
            .await
            .map(|_| ())
    }

    fn uid(&self, index: IndexName) -> String {
        format!("{}{}", self.prefix, index.as_str())
    }

    fn index(&self, index: IndexName) -> Index {
        self.client.index(self.uid(index))
    }

    async fn wait(&self, task: TaskInfo) -> SearchResult<()> {
        let t = task
            .wait_for_completion(&self.client, Some(Duration::from_millis(50)), Some(TASK_TIMEOUT))
            .await
            .map_err(map_err)?;
        if t.is_failure() {
            return Err(SearchError::Failed(t.unwrap_failure().to_string()));
        }
        Ok(())
    }

    async fn configure(&self, uid: &str, index: IndexName) -> SearchResult<()> {
        let task = self.client.create_index(uid, Some("id")).await.map_err(map_err)?;
        // "Index already exists" is the normal case after the first start.
        let _ = task.wait_for_completion(&self.client, None, Some(TASK_TIMEOUT)).await;
        let task = self.client.index(uid).set_settings(&settings(index)).await.map_err(map_err)?;
        self.wait(task).await
    }

    async fn apply<D: serde::Serialize + Send + Sync>(
        &self,
        index: IndexName,
        changes: Vec<Change<D>>,
    ) -> SearchResult<()> {
        self.ready().await?;
        let mut puts = Vec::new();
        let mut deletes = Vec::new();
        for c in changes {
            match c {
                Change::Put(d) => puts.push(d),
                Change::Delete(id) => deletes.push(id),
            }
        }
        let idx = self.index(index);
        if !puts.is_empty() {
            let task = idx.add_or_replace(&puts, Some("id")).await.map_err(map_err)?;
            self.wait(task).await?;
        }
        if !deletes.is_empty() {
            let task = idx.delete_documents(&deletes).await.map_err(map_err)?;
            self.wait(task).await?;
        }
        Ok(())
    }
}

fn settings(index: IndexName) -> Settings {
    let typos = TypoToleranceSettings {
        enabled: Some(true),
        // Same budget as the embedded engine: one typo from 4 letters, two from 8.
        min_word_size_for_typos: Some(MinWordSizeForTypos { one_typo: Some(4), two_typos: Some(8) }),
        disable_on_attributes: Some(vec!["nik".into(), "number".into()]),
        disable_on_numbers: Some(true),
        ..Default::default()
    };
    let s = Settings::new().with_typo_tolerance(typos);
    match index {
        IndexName::People => {
            s.with_searchable_attributes(["name_norm"]).with_filterable_attributes(PERSON_TERMS)
        }
        IndexName::Tickets => s
            // `nik`: the linked NIK is matched like a word (no typos), as one written in the text.
            .with_searchable_attributes(TICKET_TEXTS.iter().chain(&["nik"]))
            .with_filterable_attributes(TICKET_TERMS.iter().chain(TICKET_TIMES))
            .with_sortable_attributes(TICKET_TIMES),
    }
}

/// A filter value, quoted for Meilisearch's filter syntax.
fn quoted(v: &str) -> String {
    format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
}

fn people_filter(q: &PeopleQuery) -> String {
    equalities(q.exact_filters()).join(" AND ")
}

/// `field = "value"` for each exact filter.
fn equalities(filters: Vec<(&str, String)>) -> Vec<String> {
    filters.into_iter().map(|(field, v)| format!("{field} = {}", quoted(&v))).collect()
}

fn ticket_filter(q: &TicketQuery) -> String {
    let mut parts = equalities(q.exact_filters());
    if !q.status.is_empty() {
        let list: Vec<String> = q.status.iter().map(|s| quoted(s)).collect();
        parts.push(format!("status IN [{}]", list.join(", ")));
    }
    if let Some((queues, me)) = &q.visible_to {
        let list: Vec<String> = queues.iter().map(|s| quoted(s)).collect();
        parts.push(format!("(queue IN [{}] OR assignee = {})", list.join(", "), quoted(me)));
    }
    for (field, from, to) in
        [("created_at", q.created_from, q.created_to), ("updated_at", q.updated_from, q.updated_to)]
    {
        if let Some(f) = from {
            parts.push(format!("{field} >= {f}"));
        }
        if let Some(t) = to {
            parts.push(format!("{field} <= {t}"));
        }
    }
    parts.join(" AND ")
}

fn total<T>(r: &SearchResults<T>) -> u64 {
    r.total_hits.or(r.estimated_total_hits).unwrap_or(r.hits.len()) as u64
}

impl SearchBackend for MeiliSearch {
    fn name(&self) -> &'static str {
        "meilisearch"
    }

    fn prepare(&self) -> BoxFuture<'_, SearchResult<()>> {
        self.ready().boxed()
    }

    fn apply_people(&self, changes: Vec<Change<PersonDoc>>) -> BoxFuture<'_, SearchResult<()>> {
        self.apply(IndexName::People, changes).boxed()
    }

    fn apply_tickets(&self, changes: Vec<Change<TicketDoc>>) -> BoxFuture<'_, SearchResult<()>> {
        self.apply(IndexName::Tickets, changes).boxed()
    }

    fn search_people<'a>(&'a self, q: &'a PeopleQuery) -> BoxFuture<'a, SearchResult<Page<PersonHit>>> {
        async move {
            self.ready().await?;
            let text = q.words.join(" ");
            let filter = people_filter(q);
            let idx = self.index(IndexName::People);
            let mut s = idx.search();
            s.with_query(&text)
                .with_limit(q.limit.clamp(1, MAX_LIMIT))
                .with_offset(q.offset)
                .with_show_ranking_score(true)
                .with_matching_strategy(MatchingStrategies::LAST);
            if !filter.is_empty() {
                s.with_filter(&filter);
            }
            let r: SearchResults<PersonDoc> = s.execute().await.map_err(map_err)?;
            let total = total(&r);
            let hits = r
                .hits
                .into_iter()
                .map(|h| PersonHit { score: h.ranking_score.unwrap_or(0.0) as f32, doc: h.result })
                .collect();
            Ok(Page { hits, total })
        }
        .boxed()
    }

    fn search_tickets<'a>(&'a self, q: &'a TicketQuery) -> BoxFuture<'a, SearchResult<Page<TicketHit>>> {
        async move {
            self.ready().await?;
            let text = q.words.iter().chain(&q.nik).cloned().collect::<Vec<_>>().join(" ");
            let filter = ticket_filter(q);
            let sort: &[&str] = match q.sort {
                TicketSort::Relevance if !q.words.is_empty() => &[],
                TicketSort::Relevance | TicketSort::CreatedDesc => &["created_at:desc"],
                TicketSort::CreatedAsc => &["created_at:asc"],
                TicketSort::UpdatedDesc => &["updated_at:desc"],
                TicketSort::UpdatedAsc => &["updated_at:asc"],
            };
            let idx = self.index(IndexName::Tickets);
            let mut s = idx.search();
            s.with_query(&text)
                .with_limit(q.limit.clamp(1, MAX_LIMIT))
                .with_offset(q.offset)
                .with_show_ranking_score(true)
                .with_matching_strategy(MatchingStrategies::ALL);
            if !filter.is_empty() {
                s.with_filter(&filter);
            }
            if !sort.is_empty() {
                s.with_sort(sort);
            }
            let r: SearchResults<TicketDoc> = s.execute().await.map_err(map_err)?;
            let total = total(&r);
            let hits = r
                .hits
                .into_iter()
                .map(|h| TicketHit { score: h.ranking_score.unwrap_or(0.0) as f32, doc: h.result })
                .collect();
            Ok(Page { hits, total })
        }
        .boxed()
    }

    fn count(&self, index: IndexName) -> BoxFuture<'_, SearchResult<u64>> {
        async move {
            self.ready().await?;
            let stats = self.index(index).get_stats().await.map_err(map_err)?;
            Ok(stats.number_of_documents as u64)
        }
        .boxed()
    }

    fn fetch<'a>(
        &'a self,
        index: IndexName,
        ids: &'a [String],
    ) -> BoxFuture<'a, SearchResult<Vec<serde_json::Value>>> {
        async move {
            self.ready().await?;
            let idx = self.index(index);
            let mut out = Vec::new();
            for id in ids {
                match idx.get_document::<serde_json::Value>(id).await {
                    Ok(d) => out.push(d),
                    Err(MeiliError::Meilisearch(e))
                        if e.error_code == meilisearch_sdk::errors::ErrorCode::DocumentNotFound => {}
                    Err(e) => return Err(map_err(e)),
                }
            }
            Ok(out)
        }
        .boxed()
    }

    fn rebuild(&self, index: IndexName) -> BoxFuture<'_, SearchResult<Box<dyn Rebuild>>> {
        async move {
            self.ready().await?;
            let uid = format!("{}_rebuild", self.uid(index));
            let task = self.client.delete_index(&uid).await.map_err(map_err)?;
            let _ = task.wait_for_completion(&self.client, None, Some(TASK_TIMEOUT)).await;
            self.configure(&uid, index).await?;
            Ok(Box::new(MeiliRebuild { client: self.client.clone(), live: self.uid(index), uid, last: None })
                as Box<dyn Rebuild>)
        }
        .boxed()
    }
}

struct MeiliRebuild {
    client: Client,
    live: String,
    uid: String,
    /// Meilisearch processes an index's tasks in order: waiting for the last is enough.
    last: Option<TaskInfo>,
}

impl MeiliRebuild {
    async fn add<D: serde::Serialize + Send + Sync>(&mut self, docs: Vec<D>) -> SearchResult<()> {
        let task = self.client.index(&self.uid).add_documents(&docs, Some("id")).await.map_err(map_err)?;
        self.last = Some(task);
        Ok(())
    }
}

impl Rebuild for MeiliRebuild {
    fn put_people(&mut self, docs: Vec<PersonDoc>) -> BoxFuture<'_, SearchResult<()>> {
        self.add(docs).boxed()
    }

    fn put_tickets(&mut self, docs: Vec<TicketDoc>) -> BoxFuture<'_, SearchResult<()>> {
        self.add(docs).boxed()
    }

    fn swap(self: Box<Self>) -> BoxFuture<'static, SearchResult<()>> {
        async move {
            let MeiliRebuild { client, live, uid, last } = *self;
            let wait = |t: TaskInfo| {
                let client = client.clone();
                async move {
                    let t = t
                        .wait_for_completion(&client, Some(Duration::from_millis(200)), Some(TASK_TIMEOUT))
                        .await
                        .map_err(map_err)?;
                    if t.is_failure() {
                        return Err(SearchError::Failed(t.unwrap_failure().to_string()));
                    }
                    Ok(())
                }
            };
            if let Some(t) = last {
                wait(t).await?;
            }
            let swap = SwapIndexes { indexes: (live, uid.clone()), rename: None };
            wait(client.swap_indexes([&swap]).await.map_err(map_err)?).await?;
            // The rebuild name now holds the old documents.
            wait(client.delete_index(&uid).await.map_err(map_err)?).await
        }
        .boxed()
    }
}
