//! Meilisearch through meilisearch-sdk. certdesk owns the index settings and applies
//! them at start-up; NIK, phone and partial NIKs are filters (exact, no typos), names
//! are the searchable text. The key stays on the server: browsers only ever talk to
//! certdesk's API.

mod filters;
mod people;
mod rebuild;
mod writes;

use std::sync::atomic::{AtomicBool, Ordering};

use futures::future::BoxFuture;
use futures::FutureExt;
use meilisearch_sdk::client::Client;
use meilisearch_sdk::errors::Error as MeiliError;
use meilisearch_sdk::indexes::Index;
use meilisearch_sdk::search::{MatchingStrategies, SearchResults};
use meilisearch_sdk::settings::{MinWordSizeForTypos, Settings, TypoToleranceSettings};
use secrecy::ExposeSecret;

use super::query::{PeopleQuery, TicketQuery, TicketSort, MAX_LIMIT};
use super::{
    Change, IndexName, Page, PersonDoc, PersonHit, Progress, Rebuild, SearchBackend, SearchError,
    SearchResult, Submission, TicketDoc, TicketHit, PERSON_TERMS, TICKET_TERMS, TICKET_TEXTS, TICKET_TIMES,
};
use crate::config::SearchConfig;
use filters::{ticket_filter, total};
use rebuild::MeiliRebuild;
use writes::TASK_TIMEOUT;

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
    /// Set once the indexes and their settings are in place: the first write or search
    /// waits for it, so nothing lands in an index Meilisearch created on its own with
    /// default settings.
    prepared: AtomicBool,
    /// Set when a write is refused (the index may have been deleted or replaced behind
    /// certdesk's back): the next write sets the indexes up again. Searches do not
    /// wait for that (it queues behind every task in flight).
    stale: AtomicBool,
    preparing: tokio::sync::Mutex<()>,
}

impl MeiliSearch {
    pub fn new(c: &SearchConfig) -> anyhow::Result<Self> {
        let key = c.meilisearch_key.expose_secret();
        let client =
            Client::new(c.meilisearch_url.as_str().trim_end_matches('/'), (!key.is_empty()).then_some(key))?;
        Ok(Self {
            client,
            prefix: c.index_prefix.clone(),
            prepared: AtomicBool::new(false),
            stale: AtomicBool::new(false),
            preparing: tokio::sync::Mutex::new(()),
        })
    }

    /// For searches: set up once.
    async fn ready(&self) -> SearchResult<()> {
        if self.prepared.load(Ordering::Acquire) {
            return Ok(());
        }
        self.set_up(false).await
    }

    /// For writes: set up once, and again after a refusal.
    async fn ready_to_write(&self) -> SearchResult<()> {
        if self.prepared.load(Ordering::Acquire) && !self.stale.load(Ordering::Acquire) {
            return Ok(());
        }
        self.set_up(true).await
    }

    async fn set_up(&self, writing: bool) -> SearchResult<()> {
        let _one_at_a_time = self.preparing.lock().await;
        let needed =
            !self.prepared.load(Ordering::Acquire) || (writing && self.stale.load(Ordering::Acquire));
        if needed {
            for i in IndexName::ALL {
                self.configure(&self.uid(i), i).await?;
            }
            self.stale.store(false, Ordering::Release);
            self.prepared.store(true, Ordering::Release);
        }
        Ok(())
    }

    fn uid(&self, index: IndexName) -> String {
        format!("{}{}", self.prefix, index.as_str())
    }

    fn index(&self, index: IndexName) -> Index {
        self.client.index(self.uid(index))
    }

    async fn configure(&self, uid: &str, index: IndexName) -> SearchResult<()> {
        let task = self.client.create_index(uid, Some("id")).await.map_err(map_err)?;
        // "Index already exists" is the normal case after the first start.
        let _ = task.wait_for_completion(&self.client, None, Some(TASK_TIMEOUT)).await;
        let task = self.client.index(uid).set_settings(&settings(index)).await.map_err(map_err)?;
        writes::wait(&self.client, task).await
    }

    async fn submit<D: serde::Serialize + Send + Sync>(
        &self,
        index: IndexName,
        changes: Vec<Change<D>>,
    ) -> SearchResult<Submission> {
        self.ready_to_write().await?;
        let submitted = writes::submit(&self.index(index), changes).await;
        if let Err(SearchError::Failed(_)) = &submitted {
            self.stale.store(true, Ordering::Release);
        }
        submitted
    }

    async fn apply<D: serde::Serialize + Send + Sync>(
        &self,
        index: IndexName,
        changes: Vec<Change<D>>,
    ) -> SearchResult<()> {
        let s = self.submit(index, changes).await?;
        writes::settle(&self.client, &s.tasks).await
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
        // Exactness before word position: a leading `Muhammad` the record has pushes
        // its other words one place back, which must not put "Rizal Hakimi" (a prefix
        // match) above "Muhammad Rizal Hakim" for "Rizal Hakim".
        IndexName::People => s
            .with_searchable_attributes(["name_norm"])
            .with_filterable_attributes(PERSON_TERMS)
            .with_ranking_rules(["words", "typo", "proximity", "exactness", "attribute", "sort"]),
        IndexName::Tickets => s
            // `nik`: the linked NIK is matched like a word (no typos), as one written in the text.
            .with_searchable_attributes(TICKET_TEXTS.iter().chain(&["nik"]))
            .with_filterable_attributes(TICKET_TERMS.iter().chain(TICKET_TIMES))
            .with_sortable_attributes(TICKET_TIMES),
    }
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

    fn submit_people(&self, changes: Vec<Change<PersonDoc>>) -> BoxFuture<'_, SearchResult<Submission>> {
        self.submit(IndexName::People, changes).boxed()
    }

    fn submit_tickets(&self, changes: Vec<Change<TicketDoc>>) -> BoxFuture<'_, SearchResult<Submission>> {
        self.submit(IndexName::Tickets, changes).boxed()
    }

    fn progress<'a>(&'a self, s: &'a Submission) -> BoxFuture<'a, SearchResult<Progress>> {
        async move {
            let p = writes::progress(&self.client, &s.tasks).await?;
            if let Progress::Refused(_) = p {
                self.stale.store(true, Ordering::Release);
            }
            Ok(p)
        }
        .boxed()
    }

    fn search_people<'a>(&'a self, q: &'a PeopleQuery) -> BoxFuture<'a, SearchResult<Page<PersonHit>>> {
        async move {
            self.ready().await?;
            people::search(&self.index(IndexName::People), q).await
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
            Ok(Box::new(MeiliRebuild {
                client: self.client.clone(),
                live: self.uid(index),
                uid,
                tasks: Vec::new(),
            }) as Box<dyn Rebuild>)
        }
        .boxed()
    }
}
