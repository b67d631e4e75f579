//! The search edge: the `SearchBackend` port, the documents it indexes, the queries it
//! answers, and two adapters (an embedded tantivy index under the data dir, and
//! Meilisearch). Both are driven by the same parsed query, so they find the same things.
//!
//! What the index holds (privacy): for people, what an agent needs to find a caller:
//! NIK, name (raw and normalised), birth date, sex, region codes from the NIK, phone,
//! certificate/SMS status and a pending flag. For tickets: number, subject, the first
//! message's text (capped, no attachments), requester, status, category, queue,
//! assignee, dates and the linked NIK. Never OTPs, tokens, email addresses of people,
//! attachment contents or later messages.

mod embedded;
mod meili;
pub mod query;

use std::sync::Arc;

use chrono::NaiveDate;
use futures::future::BoxFuture;
use futures::FutureExt;
use serde::{Deserialize, Serialize};

pub use embedded::EmbeddedSearch;
pub use meili::MeiliSearch;
pub use query::{PeopleQuery, TicketQuery, TicketSort};

use crate::config::{Config, SearchBackendKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IndexName {
    People,
    Tickets,
}

impl IndexName {
    pub const ALL: [IndexName; 2] = [IndexName::People, IndexName::Tickets];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::People => "people",
            Self::Tickets => "tickets",
        }
    }

    /// The `entity` of `search_state` rows for this index.
    pub fn entity(self) -> &'static str {
        match self {
            Self::People => "person",
            Self::Tickets => "ticket",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "people" | "person" => Some(Self::People),
            "tickets" | "ticket" => Some(Self::Tickets),
            _ => None,
        }
    }
}

/// A person as the index holds them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonDoc {
    pub id: String,
    pub nik: String,
    /// First six digits (region) and last four (serial), for partial-NIK lookups.
    pub nik6: String,
    pub nik4: String,
    pub name: String,
    /// `names::index_form` of the name.
    pub name_norm: String,
    pub birth_date: String,
    pub sex: String,
    pub province: String,
    pub regency: String,
    /// E.164 without the `+` (6281234567890), or empty.
    pub phone: String,
    /// `issued`, `pending` (record waiting for input) or `none`.
    pub cert_status: String,
    /// Status of the latest SMS, or empty.
    pub sms_status: String,
    pub pending: bool,
}

/// A ticket as the index holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TicketDoc {
    pub id: String,
    pub number: String,
    pub subject: String,
    pub text: String,
    pub requester: String,
    pub category: String,
    pub status: String,
    pub queue: String,
    pub priority: String,
    pub channel: String,
    /// Staff id, or empty.
    pub assignee: String,
    pub nik: String,
    /// Unix seconds.
    pub created_at: i64,
    pub updated_at: i64,
}

/// The fields both engines index, one list each (tantivy's schema, Meilisearch's
/// settings): exact-match fields of a person (NIK parts, phone, filters); of a ticket;
/// a ticket's words (a person's are `name_norm`); a ticket's times (sort and range).
pub const PERSON_TERMS: &[&str] = &[
    "nik",
    "nik6",
    "nik4",
    "phone",
    "birth_date",
    "sex",
    "province",
    "regency",
    "cert_status",
    "sms_status",
    "pending",
];
pub const TICKET_TERMS: &[&str] =
    &["number", "nik", "status", "category", "queue", "assignee", "priority", "channel"];
pub const TICKET_TEXTS: &[&str] = &["subject", "text", "requester"];
pub const TICKET_TIMES: &[&str] = &["created_at", "updated_at"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonHit {
    pub doc: PersonDoc,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TicketHit {
    pub doc: TicketDoc,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub hits: Vec<T>,
    /// Matches in all (exact for the embedded engine, Meilisearch's estimate otherwise).
    pub total: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The engine cannot be reached or is failing: retry later.
    #[error("search engine unavailable: {0}")]
    Unavailable(String),
    /// The engine refused what we sent (a bug or a misconfiguration).
    #[error("search engine error: {0}")]
    Failed(String),
}

/// What the indexer last said about one index (written by the lease holder, read by
/// every node's status page and metrics).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IndexerReport {
    pub index: String,
    /// The process holding the indexer's lease.
    pub node: String,
    /// The engine's tasks handed over and not yet confirmed.
    pub in_flight: i32,
    /// Documents confirmed since that process started indexing.
    pub documents: i64,
    /// Documents confirmed per second over the last minute.
    pub rate: f64,
    /// Writes the engine refused since that process started (each is sent again).
    pub refusals: i64,
    pub last_refusal: Option<String>,
    pub last_refusal_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// A document to write or remove.
#[derive(Debug, Clone)]
pub enum Change<D> {
    Put(D),
    Delete(String),
}

pub type SearchResult<T> = Result<T, SearchError>;

/// A write the engine has taken: applied already (the embedded engine), or queued as
/// the engine's tasks (Meilisearch), to be confirmed with [`SearchBackend::progress`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Submission {
    /// The engine's task ids; none when the write was applied before `submit` returned.
    pub tasks: Vec<u32>,
}

/// Where a submitted write stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    Applied,
    Waiting,
    /// The engine refused it (none of it may be assumed applied): send it again.
    Refused(String),
}

pub trait SearchBackend: Send + Sync {
    fn name(&self) -> &'static str;
    /// Creates the indexes and applies their settings (idempotent; run at start-up).
    fn prepare(&self) -> BoxFuture<'_, SearchResult<()>>;
    /// Writes and waits until the engine has applied them.
    fn apply_people(&self, changes: Vec<Change<PersonDoc>>) -> BoxFuture<'_, SearchResult<()>>;
    fn apply_tickets(&self, changes: Vec<Change<TicketDoc>>) -> BoxFuture<'_, SearchResult<()>>;
    /// Hands writes to the engine without waiting for them to be applied, so several
    /// can be in flight; the engine applies an index's submissions in their order.
    fn submit_people(&self, changes: Vec<Change<PersonDoc>>) -> BoxFuture<'_, SearchResult<Submission>> {
        async move { self.apply_people(changes).await.map(|()| Submission::default()) }.boxed()
    }
    fn submit_tickets(&self, changes: Vec<Change<TicketDoc>>) -> BoxFuture<'_, SearchResult<Submission>> {
        async move { self.apply_tickets(changes).await.map(|()| Submission::default()) }.boxed()
    }
    /// Where a submission stands (`Applied` once all its tasks have succeeded).
    fn progress<'a>(&'a self, _s: &'a Submission) -> BoxFuture<'a, SearchResult<Progress>> {
        async move { Ok(Progress::Applied) }.boxed()
    }
    /// Whether indexing runs on this process's own CPU and disk (the embedded engine):
    /// then it yields to a certificate run rather than slow it down.
    fn indexes_in_process(&self) -> bool {
        false
    }
    fn search_people<'a>(&'a self, q: &'a PeopleQuery) -> BoxFuture<'a, SearchResult<Page<PersonHit>>>;
    fn search_tickets<'a>(&'a self, q: &'a TicketQuery) -> BoxFuture<'a, SearchResult<Page<TicketHit>>>;
    /// Documents in the live index.
    fn count(&self, index: IndexName) -> BoxFuture<'_, SearchResult<u64>>;
    /// The stored documents of `ids` (as JSON, for drift checks); missing ids are absent.
    fn fetch<'a>(
        &'a self,
        index: IndexName,
        ids: &'a [String],
    ) -> BoxFuture<'a, SearchResult<Vec<serde_json::Value>>>;
    /// Starts building a fresh copy of `index` beside the live one.
    fn rebuild(&self, index: IndexName) -> BoxFuture<'_, SearchResult<Box<dyn Rebuild>>>;
}

/// A fresh copy of an index being built; search keeps using the live one until `swap`.
pub trait Rebuild: Send {
    fn put_people(&mut self, docs: Vec<PersonDoc>) -> BoxFuture<'_, SearchResult<()>>;
    fn put_tickets(&mut self, docs: Vec<TicketDoc>) -> BoxFuture<'_, SearchResult<()>>;
    /// Makes the copy live and drops the old one.
    fn swap(self: Box<Self>) -> BoxFuture<'static, SearchResult<()>>;
}

/// Builds the configured backend.
pub fn from_config(c: &Config) -> anyhow::Result<Arc<dyn SearchBackend>> {
    Ok(match c.search.backend {
        SearchBackendKind::Embedded => Arc::new(EmbeddedSearch::open(c.storage.data_dir.join("search"))?),
        SearchBackendKind::Meilisearch => Arc::new(MeiliSearch::new(&c.search)?),
    })
}

/// `YYYY-MM-DD`, the form both engines filter on.
pub fn date_key(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
