//! The embedded engine: a tantivy index per kind under `<data_dir>/search/<index>/`,
//! one directory per generation with a `CURRENT` file naming the live one. A rebuild
//! writes a new generation (so it can run from `certdesk reindex` while the server
//! serves), then rewrites `CURRENT`; every process notices and switches.
//!
//! Fuzzy matching follows Meilisearch's rules (typos by word length, transpositions
//! count as one, the last word also matches as a prefix), so both engines find the
//! same people.

use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use futures::future::BoxFuture;
use futures::FutureExt;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED, STRING,
};
use tantivy::{Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term};

use super::query::{typos_allowed, PeopleQuery, TicketQuery, TicketSort};
use super::{
    Change, IndexName, Page, PersonDoc, PersonHit, Rebuild, SearchBackend, SearchError, SearchResult,
    TicketDoc, TicketHit,
};

const WRITER_HEAP: usize = 64 * 1024 * 1024;
/// How often a searcher looks whether a rebuild swapped the index.
const SWAP_CHECK: Duration = Duration::from_secs(1);

fn failed(e: impl std::fmt::Display) -> SearchError {
    SearchError::Failed(e.to_string())
}

/// Term fields (exact match) of each kind, by name.
const PEOPLE_TERMS: &[&str] = &[
    "id",
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
const TICKET_TERMS: &[&str] =
    &["id", "number", "nik", "status", "category", "queue", "assignee", "priority", "channel"];
const TICKET_TEXTS: &[&str] = &["subject", "text", "requester"];

fn schema(index: IndexName) -> Schema {
    let mut b = Schema::builder();
    let terms = match index {
        IndexName::People => PEOPLE_TERMS,
        IndexName::Tickets => TICKET_TERMS,
    };
    for t in terms {
        b.add_text_field(t, STRING);
    }
    let words = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default().set_tokenizer("default").set_index_option(IndexRecordOption::WithFreqs),
    );
    match index {
        IndexName::People => {
            b.add_text_field("name_norm", words);
        }
        IndexName::Tickets => {
            for t in TICKET_TEXTS {
                b.add_text_field(t, words.clone());
            }
            b.add_i64_field("created_at", INDEXED | FAST);
            b.add_i64_field("updated_at", INDEXED | FAST);
        }
    }
    // The whole document as JSON: what searches return and drift checks compare.
    b.add_text_field("doc", STORED);
    b.build()
}

/// One generation of one index, open for searching (and writing, once asked).
struct Live {
    generation: String,
    index: Index,
    reader: IndexReader,
    writer: Mutex<Option<IndexWriter>>,
    schema: Schema,
}

impl Live {
    fn open(dir: &Path, generation: String, kind: IndexName) -> SearchResult<Self> {
        let path = dir.join(&generation);
        std::fs::create_dir_all(&path).map_err(failed)?;
        let index = match Index::open_in_dir(&path) {
            Ok(i) => i,
            Err(_) => Index::create_in_dir(&path, schema(kind)).map_err(failed)?,
        };
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(failed)?;
        let schema = index.schema();
        Ok(Self { generation, index, reader, writer: Mutex::new(None), schema })
    }

    /// A field of this kind's schema (the names are the constants above).
    fn field(&self, name: &str) -> Field {
        self.schema.get_field(name).unwrap_or_else(|_| panic!("search schema has no field {name}"))
    }

    /// Writes, commits, and makes the change visible to searches.
    fn write(&self, f: impl FnOnce(&IndexWriter) -> SearchResult<()>) -> SearchResult<()> {
        let mut guard = self.writer.lock().map_err(failed)?;
        if guard.is_none() {
            *guard = Some(self.index.writer_with_num_threads(1, WRITER_HEAP).map_err(failed)?);
        }
        let w = guard.as_mut().expect("writer opened above");
        f(w)?;
        w.commit().map_err(failed)?;
        self.reader.reload().map_err(failed)?;
        Ok(())
    }
}

struct Slot {
    dir: PathBuf,
    kind: IndexName,
    live: RwLock<Arc<Live>>,
    checked: Mutex<Instant>,
}

impl Slot {
    fn current_name(dir: &Path) -> Option<String> {
        std::fs::read_to_string(dir.join("CURRENT"))
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    fn open(dir: PathBuf, kind: IndexName) -> SearchResult<Self> {
        std::fs::create_dir_all(&dir).map_err(failed)?;
        let generation = match Self::current_name(&dir) {
            Some(g) => g,
            None => {
                let g = new_generation();
                write_current(&dir, &g)?;
                g
            }
        };
        let mut live = Live::open(&dir, generation, kind)?;
        if live.schema != schema(kind) {
            // Written by another certdesk version: start empty; `certdesk reindex` fills it.
            tracing::warn!(
                index = kind.as_str(),
                "search index has an older schema; starting a new one: run `certdesk reindex`"
            );
            let g = new_generation();
            live = Live::open(&dir, g.clone(), kind)?;
            write_current(&dir, &g)?;
        }
        Ok(Self { dir, kind, live: RwLock::new(Arc::new(live)), checked: Mutex::new(Instant::now()) })
    }

    /// The live generation, switching first if a rebuild swapped it (checked at most
    /// every `SWAP_CHECK` unless `now`).
    fn live(&self, now: bool) -> SearchResult<Arc<Live>> {
        let due = {
            let mut c = self.checked.lock().map_err(failed)?;
            let due = now || c.elapsed() >= SWAP_CHECK;
            if due {
                *c = Instant::now();
            }
            due
        };
        let current = self.live.read().map_err(failed)?.clone();
        if !due {
            return Ok(current);
        }
        match Self::current_name(&self.dir) {
            Some(g) if g != current.generation => {
                let next = Arc::new(Live::open(&self.dir, g, self.kind)?);
                *self.live.write().map_err(failed)? = next.clone();
                Ok(next)
            }
            _ => {
                current.reader.reload().map_err(failed)?;
                Ok(current)
            }
        }
    }
}

fn new_generation() -> String {
    format!("g{}", chrono::Utc::now().format("%Y%m%d%H%M%S%6f"))
}

fn write_current(dir: &Path, generation: &str) -> SearchResult<()> {
    let tmp = dir.join("CURRENT.tmp");
    std::fs::write(&tmp, generation).map_err(failed)?;
    std::fs::rename(&tmp, dir.join("CURRENT")).map_err(failed)
}

pub struct EmbeddedSearch {
    people: Slot,
    tickets: Slot,
}

impl EmbeddedSearch {
    pub fn open(root: PathBuf) -> anyhow::Result<Self> {
        Ok(Self {
            people: Slot::open(root.join("people"), IndexName::People)?,
            tickets: Slot::open(root.join("tickets"), IndexName::Tickets)?,
        })
    }

    fn slot(&self, index: IndexName) -> &Slot {
        match index {
            IndexName::People => &self.people,
            IndexName::Tickets => &self.tickets,
        }
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> SearchResult<T> + Send + 'static,
) -> SearchResult<T> {
    tokio::task::spawn_blocking(f).await.map_err(failed)?
}

fn term(live: &Live, field: &str, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(live.field(field), value), IndexRecordOption::Basic))
}

fn person_document(live: &Live, d: &PersonDoc) -> SearchResult<TantivyDocument> {
    let mut doc = TantivyDocument::default();
    for (name, value) in [
        ("id", &d.id),
        ("nik", &d.nik),
        ("nik6", &d.nik6),
        ("nik4", &d.nik4),
        ("phone", &d.phone),
        ("birth_date", &d.birth_date),
        ("sex", &d.sex),
        ("province", &d.province),
        ("regency", &d.regency),
        ("cert_status", &d.cert_status),
        ("sms_status", &d.sms_status),
    ] {
        if !value.is_empty() {
            doc.add_text(live.field(name), value);
        }
    }
    doc.add_text(live.field("pending"), if d.pending { "true" } else { "false" });
    doc.add_text(live.field("name_norm"), &d.name_norm);
    doc.add_text(live.field("doc"), serde_json::to_string(d).map_err(failed)?);
    Ok(doc)
}

fn ticket_document(live: &Live, d: &TicketDoc) -> SearchResult<TantivyDocument> {
    let mut doc = TantivyDocument::default();
    for (name, value) in [
        ("id", &d.id),
        ("number", &d.number),
        ("nik", &d.nik),
        ("status", &d.status),
        ("category", &d.category),
        ("queue", &d.queue),
        ("assignee", &d.assignee),
        ("priority", &d.priority),
        ("channel", &d.channel),
        ("subject", &d.subject),
        ("text", &d.text),
        ("requester", &d.requester),
    ] {
        if !value.is_empty() {
            doc.add_text(live.field(name), value);
        }
    }
    doc.add_i64(live.field("created_at"), d.created_at);
    doc.add_i64(live.field("updated_at"), d.updated_at);
    doc.add_text(live.field("doc"), serde_json::to_string(d).map_err(failed)?);
    Ok(doc)
}

fn apply<D: Send + 'static>(
    live: &Live,
    changes: Vec<Change<D>>,
    build: fn(&Live, &D) -> SearchResult<TantivyDocument>,
    id_of: fn(&D) -> &str,
) -> SearchResult<()> {
    let id = live.field("id");
    live.write(|w| {
        for c in &changes {
            match c {
                Change::Put(d) => {
                    w.delete_term(Term::from_field_text(id, id_of(d)));
                    w.add_document(build(live, d)?).map_err(failed)?;
                }
                Change::Delete(i) => {
                    w.delete_term(Term::from_field_text(id, i));
                }
            }
        }
        Ok(())
    })
}

/// A word: exact (boosted), within its typo budget, and as a prefix when it is the last
/// word typed (results as you type).
fn word_query(field: Field, word: &str, last: bool) -> Box<dyn Query> {
    let t = Term::from_field_text(field, word);
    let mut alts: Vec<(Occur, Box<dyn Query>)> = vec![(
        Occur::Should,
        Box::new(BoostQuery::new(Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)), 3.0)),
    )];
    let typos = typos_allowed(word);
    if typos > 0 {
        alts.push((Occur::Should, Box::new(FuzzyTermQuery::new(t.clone(), typos, true))));
    }
    if last && word.chars().count() >= 2 {
        alts.push((Occur::Should, Box::new(FuzzyTermQuery::new_prefix(t, typos.min(1), true))));
    }
    Box::new(BooleanQuery::new(alts))
}

fn people_query(live: &Live, q: &PeopleQuery) -> Box<dyn Query> {
    let mut must: Vec<(Occur, Box<dyn Query>)> =
        q.exact_filters().iter().map(|(field, v)| (Occur::Must, term(live, field, v))).collect();
    if !q.words.is_empty() {
        let field = live.field("name_norm");
        let n = q.words.len();
        let mut any: Vec<(Occur, Box<dyn Query>)> = q
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| (Occur::Should, word_query(field, w, i + 1 == n)))
            .collect();
        // Neighbours typed apart but stored together (or the reverse: the index stores both).
        for pair in q.words.windows(2) {
            any.push((Occur::Should, word_query(field, &format!("{}{}", pair[0], pair[1]), false)));
        }
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    if must.is_empty() {
        return Box::new(AllQuery);
    }
    Box::new(BooleanQuery::new(must))
}

fn ticket_query(live: &Live, q: &TicketQuery) -> Box<dyn Query> {
    let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(nik) = &q.nik {
        // The linked NIK, or one the citizen wrote.
        let any = ["nik", "subject", "text"].iter().map(|f| (Occur::Should, term(live, f, nik))).collect();
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    must.extend(q.exact_filters().iter().map(|(field, v)| (Occur::Must, term(live, field, v))));
    if !q.status.is_empty() {
        let any = q.status.iter().map(|s| (Occur::Should, term(live, "status", s))).collect();
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    if let Some((queues, me)) = &q.visible_to {
        let mut any: Vec<(Occur, Box<dyn Query>)> =
            queues.iter().map(|s| (Occur::Should, term(live, "queue", s))).collect();
        any.push((Occur::Should, term(live, "assignee", me)));
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    for (field, from, to) in
        [("created_at", q.created_from, q.created_to), ("updated_at", q.updated_from, q.updated_to)]
    {
        if from.is_some() || to.is_some() {
            let f = live.field(field);
            let bound =
                |v: Option<i64>| v.map_or(Bound::Unbounded, |v| Bound::Included(Term::from_field_i64(f, v)));
            must.push((Occur::Must, Box::new(RangeQuery::new(bound(from), bound(to)))));
        }
    }
    let n = q.words.len();
    for (i, w) in q.words.iter().enumerate() {
        // Every word must appear in the subject, the text or the requester.
        let any = TICKET_TEXTS
            .iter()
            .map(|f| {
                let boost = if *f == "subject" { 2.0 } else { 1.0 };
                (
                    Occur::Should,
                    Box::new(BoostQuery::new(word_query(live.field(f), w, i + 1 == n), boost))
                        as Box<dyn Query>,
                )
            })
            .collect();
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    if must.is_empty() {
        return Box::new(AllQuery);
    }
    Box::new(BooleanQuery::new(must))
}

fn stored<D: serde::de::DeserializeOwned>(live: &Live, doc: &TantivyDocument) -> SearchResult<D> {
    let json = doc.get_first(live.field("doc")).and_then(|v| v.as_str()).unwrap_or("{}");
    serde_json::from_str(json).map_err(failed)
}

fn search_people(live: &Live, q: &PeopleQuery) -> SearchResult<Page<PersonHit>> {
    let query = people_query(live, q);
    let searcher = live.reader.searcher();
    let limit = q.limit.clamp(1, super::query::MAX_LIMIT);
    let (top, total) = searcher
        .search(&*query, &(TopDocs::with_limit(limit).and_offset(q.offset).order_by_score(), Count))
        .map_err(failed)?;
    let hits = top
        .into_iter()
        .map(|(score, addr)| {
            let doc: TantivyDocument = searcher.doc(addr).map_err(failed)?;
            Ok(PersonHit { doc: stored(live, &doc)?, score })
        })
        .collect::<SearchResult<_>>()?;
    Ok(Page { hits, total: total as u64 })
}

fn search_tickets(live: &Live, q: &TicketQuery) -> SearchResult<Page<TicketHit>> {
    let query = ticket_query(live, q);
    let searcher = live.reader.searcher();
    let limit = q.limit.clamp(1, super::query::MAX_LIMIT);
    let top = || TopDocs::with_limit(limit).and_offset(q.offset);
    let by = |field: &str, order: Order| -> SearchResult<Vec<(f32, tantivy::DocAddress)>> {
        let (docs, _) = searcher
            .search(&*query, &(top().order_by_fast_field::<i64>(field, order), Count))
            .map_err(failed)?;
        Ok(docs.into_iter().map(|(_, a)| (0.0, a)).collect())
    };
    let sort = match q.sort {
        TicketSort::Relevance if q.words.is_empty() => TicketSort::CreatedDesc,
        s => s,
    };
    let docs = match sort {
        TicketSort::Relevance => searcher.search(&*query, &top().order_by_score()).map_err(failed)?,
        TicketSort::CreatedDesc => by("created_at", Order::Desc)?,
        TicketSort::CreatedAsc => by("created_at", Order::Asc)?,
        TicketSort::UpdatedDesc => by("updated_at", Order::Desc)?,
        TicketSort::UpdatedAsc => by("updated_at", Order::Asc)?,
    };
    let total = searcher.search(&*query, &Count).map_err(failed)? as u64;
    let hits = docs
        .into_iter()
        .map(|(score, addr)| {
            let doc: TantivyDocument = searcher.doc(addr).map_err(failed)?;
            Ok(TicketHit { doc: stored(live, &doc)?, score })
        })
        .collect::<SearchResult<_>>()?;
    Ok(Page { hits, total })
}

impl SearchBackend for EmbeddedSearch {
    fn name(&self) -> &'static str {
        "embedded"
    }

    fn prepare(&self) -> BoxFuture<'_, SearchResult<()>> {
        async move {
            for i in IndexName::ALL {
                self.slot(i).live(true)?;
            }
            Ok(())
        }
        .boxed()
    }

    fn apply_people(&self, changes: Vec<Change<PersonDoc>>) -> BoxFuture<'_, SearchResult<()>> {
        async move {
            let live = self.people.live(true)?;
            blocking(move || apply(&live, changes, person_document, |d| &d.id)).await
        }
        .boxed()
    }

    fn apply_tickets(&self, changes: Vec<Change<TicketDoc>>) -> BoxFuture<'_, SearchResult<()>> {
        async move {
            let live = self.tickets.live(true)?;
            blocking(move || apply(&live, changes, ticket_document, |d| &d.id)).await
        }
        .boxed()
    }

    fn search_people<'a>(&'a self, q: &'a PeopleQuery) -> BoxFuture<'a, SearchResult<Page<PersonHit>>> {
        async move {
            let live = self.people.live(false)?;
            let q = q.clone();
            blocking(move || search_people(&live, &q)).await
        }
        .boxed()
    }

    fn search_tickets<'a>(&'a self, q: &'a TicketQuery) -> BoxFuture<'a, SearchResult<Page<TicketHit>>> {
        async move {
            let live = self.tickets.live(false)?;
            let q = q.clone();
            blocking(move || search_tickets(&live, &q)).await
        }
        .boxed()
    }

    fn count(&self, index: IndexName) -> BoxFuture<'_, SearchResult<u64>> {
        async move { Ok(self.slot(index).live(true)?.reader.searcher().num_docs()) }.boxed()
    }

    fn fetch<'a>(
        &'a self,
        index: IndexName,
        ids: &'a [String],
    ) -> BoxFuture<'a, SearchResult<Vec<serde_json::Value>>> {
        async move {
            let live = self.slot(index).live(true)?;
            let ids = ids.to_vec();
            blocking(move || {
                let searcher = live.reader.searcher();
                let mut out = Vec::new();
                for id in ids {
                    let q = term(&live, "id", &id);
                    for (_, addr) in
                        searcher.search(&*q, &TopDocs::with_limit(1).order_by_score()).map_err(failed)?
                    {
                        let doc: TantivyDocument = searcher.doc(addr).map_err(failed)?;
                        out.push(stored(&live, &doc)?);
                    }
                }
                Ok(out)
            })
            .await
        }
        .boxed()
    }

    fn rebuild(&self, index: IndexName) -> BoxFuture<'_, SearchResult<Box<dyn Rebuild>>> {
        async move {
            let slot = self.slot(index);
            let generation = new_generation();
            let dir = slot.dir.clone();
            let live = blocking(move || {
                let live = Live::open(&dir, generation, index)?;
                // A rebuild has the machine to itself: two indexing threads, a bigger heap.
                *live.writer.lock().map_err(failed)? =
                    Some(live.index.writer_with_num_threads(2, 4 * WRITER_HEAP).map_err(failed)?);
                Ok(live)
            })
            .await?;
            Ok(Box::new(EmbeddedRebuild { dir: slot.dir.clone(), live: Arc::new(live) }) as Box<dyn Rebuild>)
        }
        .boxed()
    }
}

struct EmbeddedRebuild {
    dir: PathBuf,
    live: Arc<Live>,
}

impl EmbeddedRebuild {
    fn add<D: Send + 'static>(
        &mut self,
        docs: Vec<D>,
        build: fn(&Live, &D) -> SearchResult<TantivyDocument>,
    ) -> BoxFuture<'_, SearchResult<()>> {
        let live = self.live.clone();
        async move {
            blocking(move || {
                let guard = live.writer.lock().map_err(failed)?;
                let w = guard.as_ref().ok_or_else(|| failed("rebuild writer closed"))?;
                for d in &docs {
                    w.add_document(build(&live, d)?).map_err(failed)?;
                }
                Ok(())
            })
            .await
        }
        .boxed()
    }
}

impl Rebuild for EmbeddedRebuild {
    fn put_people(&mut self, docs: Vec<PersonDoc>) -> BoxFuture<'_, SearchResult<()>> {
        self.add(docs, person_document)
    }

    fn put_tickets(&mut self, docs: Vec<TicketDoc>) -> BoxFuture<'_, SearchResult<()>> {
        self.add(docs, ticket_document)
    }

    fn swap(self: Box<Self>) -> BoxFuture<'static, SearchResult<()>> {
        async move {
            let EmbeddedRebuild { dir, live } = *self;
            blocking(move || {
                {
                    let mut guard = live.writer.lock().map_err(failed)?;
                    if let Some(mut w) = guard.take() {
                        w.commit().map_err(failed)?;
                        w.wait_merging_threads().map_err(failed)?;
                    }
                }
                let previous = Slot::current_name(&dir);
                write_current(&dir, &live.generation)?;
                // Keep the generation just replaced (a process may still read it for up
                // to a second); drop any older one.
                for entry in std::fs::read_dir(&dir).map_err(failed)?.flatten() {
                    let name = entry.file_name().to_string_lossy().to_string();
                    let keep =
                        name == live.generation || Some(&name) == previous.as_ref() || !name.starts_with('g');
                    if !keep && entry.path().is_dir() {
                        let _ = std::fs::remove_dir_all(entry.path());
                    }
                }
                Ok(())
            })
            .await
        }
        .boxed()
    }
}
