//! Keeping the index in step with the database. `search_log` (appended by triggers)
//! says which documents changed; the indexer reads it in batches, rebuilds each
//! document from the database (so a document sent is always its latest state, and
//! sending it twice is harmless) and hands the batch to the engine without waiting:
//! up to `search.in_flight` batches are in flight per index, and a batch's changes are
//! marked seen only once the engine confirms it. A refused batch's changes are sent
//! again apart from the rest, halved at each refusal until a bad document goes alone,
//! after a growing pause; everything else keeps flowing.
//!
//! Reads continue after the last change read, but go back to the start of the log
//! whenever nothing is in flight and at least every `RESCAN`: on PostgreSQL a change
//! can commit after one with a higher `seq` (sequence numbers are taken at insert),
//! and a rebuild owes changes again; changes already in flight are skipped.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::error::ServiceResult;
use crate::search::{Change, IndexName, IndexerReport, Progress, SearchError, Submission};
use crate::service::Context;
use crate::store;
use crate::store::search::Owed;

/// The first pause before a refused change is sent again; it doubles up to a minute.
const FIRST_BACKOFF: Duration = Duration::from_millis(500);
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// The documents one batch may hold while an in-process engine yields to issuing.
pub(super) const TRICKLE_BATCH: usize = 1000;
/// How often reads go back to the start of the log while batches are in flight.
const RESCAN: Duration = Duration::from_secs(2);

/// A batch handed to the engine, not yet confirmed.
struct InFlight {
    rows: Vec<Owed>,
    documents: usize,
    submission: Submission,
}

/// A change that was in a refused batch: it is sent apart from the others, in batches
/// halved at each refusal (so a document the engine refuses ends up alone while the
/// rest lands), after a pause that doubles up to a minute.
#[derive(Debug, Clone, Copy)]
struct Suspect {
    strikes: u32,
    not_before: Instant,
}

/// One index's writes.
struct Pipeline {
    index: IndexName,
    /// The last log row read: reads continue after it.
    cursor: i64,
    rescanned: Instant,
    in_flight: VecDeque<InFlight>,
    /// The `seq` of every change in flight (a rescan skips them).
    pending: HashSet<i64>,
    suspects: HashMap<i64, Suspect>,
    /// Log rows per batch: `search.batch`, halved after a refusal, doubled back after
    /// each confirmation.
    batch: usize,
    documents: i64,
    /// Confirmations of the last minute, for the rate.
    recent: VecDeque<(Instant, usize)>,
    refusals: i64,
    last_refusal: Option<(String, DateTime<Utc>)>,
}

impl Pipeline {
    fn new(index: IndexName, batch: usize) -> Self {
        Self {
            index,
            cursor: 0,
            rescanned: Instant::now(),
            in_flight: VecDeque::new(),
            pending: HashSet::new(),
            suspects: HashMap::new(),
            batch,
            documents: 0,
            recent: VecDeque::new(),
            refusals: 0,
            last_refusal: None,
        }
    }

    /// Forgets what is in flight: its changes are still owed and will be sent again.
    fn restart(&mut self) {
        self.cursor = 0;
        self.in_flight.clear();
        self.pending.clear();
        self.suspects.clear();
    }

    /// Sends batches until `search.in_flight` are in flight or nothing more is owed;
    /// with `cap`, one batch of at most `cap` documents. Returns documents sent.
    async fn fill(&mut self, cx: &Context, cap: Option<usize>) -> ServiceResult<usize> {
        if self.in_flight.is_empty() || self.rescanned.elapsed() >= RESCAN {
            self.cursor = 0;
            self.rescanned = Instant::now();
        }
        let mut sent = 0;
        while self.in_flight.len() < cx.config.search.in_flight.max(1) {
            let size = cap.map_or(self.batch, |c| self.batch.min(c));
            // Reads on the read pool: on SQLite they see every commit (WAL) without
            // holding the one writer connection, which webhooks and searches need.
            let read = store::search::owed(cx.store.read(), self.index, self.cursor, size).await?;
            let Some(last) = read.last().map(|r| r.seq) else {
                if self.cursor == 0 {
                    // Nothing owed at all: no suspect is left to remember.
                    self.suspects.clear();
                }
                break;
            };
            self.cursor = last;
            // Suspects go apart, by strikes, in smaller batches; those still pausing wait
            // for a later rescan.
            let now = Instant::now();
            let mut groups: BTreeMap<u32, Vec<Owed>> = BTreeMap::new();
            for r in read.into_iter().filter(|r| !self.pending.contains(&r.seq)) {
                match self.suspects.get(&r.seq) {
                    None => groups.entry(0).or_default().push(r),
                    Some(s) if now >= s.not_before => groups.entry(s.strikes).or_default().push(r),
                    Some(_) => {}
                }
            }
            for (strikes, rows) in groups {
                let size = (self.batch >> strikes.min(31)).max(1);
                for chunk in rows.chunks(size) {
                    sent += self.send(cx, chunk.to_vec()).await?;
                }
            }
            if cap.is_some() {
                break;
            }
        }
        Ok(sent)
    }

    /// Reads the documents of `rows` and hands them to the engine. Returns documents sent.
    async fn send(&mut self, cx: &Context, rows: Vec<Owed>) -> ServiceResult<usize> {
        let db = cx.store.read();
        let mut ids: Vec<Uuid> = rows.iter().map(|o| o.entity_id).collect();
        ids.sort();
        ids.dedup();
        let submitted = match self.index {
            IndexName::People => {
                let docs = store::search::person_docs(db, &ids).await?;
                cx.search.submit_people(changes(&ids, docs, |d| &d.id)).await
            }
            IndexName::Tickets => {
                let docs = store::search::ticket_docs(db, &ids).await?;
                cx.search.submit_tickets(changes(&ids, docs, |d| &d.id)).await
            }
        };
        match submitted {
            Ok(submission) => {
                self.pending.extend(rows.iter().map(|r| r.seq));
                self.in_flight.push_back(InFlight { rows, documents: ids.len(), submission });
                Ok(ids.len())
            }
            // Refused at the door (too large, malformed).
            Err(SearchError::Failed(why)) => {
                self.refused(&rows, why);
                Ok(0)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Confirms, oldest first, what the engine has finished: their changes are marked
    /// seen. Returns (documents applied, documents refused).
    async fn settle(&mut self, cx: &Context) -> ServiceResult<(usize, usize)> {
        let (mut applied, mut refused) = (0, 0);
        while let Some(front) = self.in_flight.front() {
            match cx.search.progress(&front.submission).await? {
                Progress::Waiting => break,
                Progress::Applied => {
                    store::search::mark_indexed(cx.store.write(), &front.rows).await?;
                    let f = self.in_flight.pop_front().expect("the front was just read");
                    for r in &f.rows {
                        self.pending.remove(&r.seq);
                        self.suspects.remove(&r.seq);
                    }
                    applied += f.documents;
                    self.documents += f.documents as i64;
                    self.recent.push_back((Instant::now(), f.documents));
                    self.batch = (self.batch * 2).min(cx.config.search.batch.max(1));
                }
                Progress::Refused(why) => {
                    let f = self.in_flight.pop_front().expect("the front was just read");
                    for r in &f.rows {
                        self.pending.remove(&r.seq);
                    }
                    refused += f.documents;
                    self.refused(&f.rows, why);
                }
            }
        }
        Ok((applied, refused))
    }

    fn refused(&mut self, rows: &[Owed], why: String) {
        self.batch = (self.batch / 2).max(1);
        let now = Instant::now();
        for r in rows {
            let strikes = self.suspects.get(&r.seq).map_or(1, |s| s.strikes + 1);
            let pause = FIRST_BACKOFF.saturating_mul(1 << (strikes - 1).min(16)).min(MAX_BACKOFF);
            self.suspects.insert(r.seq, Suspect { strikes, not_before: now + pause });
        }
        // Read again from the first of them once it is due (a rescan comes by then).
        // Masked like every log line, in case an engine's message quotes a document.
        let why: String = crate::telemetry::scrub(&why).chars().take(300).collect();
        tracing::warn!(index = self.index.as_str(), changes = rows.len(), error = %why,
            "the search engine refused a write; its changes will be sent again");
        self.refusals += 1;
        self.last_refusal = Some((why, Utc::now()));
    }

    fn rate(&mut self) -> f64 {
        let minute = Duration::from_secs(60);
        while self.recent.front().is_some_and(|(at, _)| at.elapsed() > minute) {
            self.recent.pop_front();
        }
        let docs: usize = self.recent.iter().map(|(_, n)| n).sum();
        // Over the time covered, at least a second, so one early batch is not a spike.
        let span = self.recent.front().map_or(minute, |(at, _)| at.elapsed().max(Duration::from_secs(1)));
        docs as f64 / span.as_secs_f64()
    }
}

/// What a step did, in documents.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub sent: usize,
    pub applied: usize,
    pub refused: usize,
}

/// A put per document found, a delete per id without one.
fn changes<D>(ids: &[Uuid], docs: Vec<D>, id_of: fn(&D) -> &String) -> Vec<Change<D>> {
    let found: std::collections::HashSet<String> = docs.iter().map(|d| id_of(d).clone()).collect();
    let mut out: Vec<Change<D>> =
        ids.iter().map(Uuid::to_string).filter(|id| !found.contains(id)).map(Change::Delete).collect();
    out.extend(docs.into_iter().map(Change::Put));
    out
}

/// Both indexes' pipelines, and what they report.
pub struct Indexer {
    pipes: [Pipeline; 2],
    reported: Option<Instant>,
}

impl Indexer {
    pub fn new(cx: &Context) -> Self {
        let batch = cx.config.search.batch.max(1);
        Self { pipes: IndexName::ALL.map(|i| Pipeline::new(i, batch)), reported: None }
    }

    /// Confirms what the engine finished, then sends what is owed. With `cap`, at most
    /// one batch of `cap` documents per index.
    pub async fn step(&mut self, cx: &Context, cap: Option<usize>) -> ServiceResult<Step> {
        let mut step = Step::default();
        for p in &mut self.pipes {
            let (applied, refused) = p.settle(cx).await?;
            step.applied += applied;
            step.refused += refused;
            step.sent += p.fill(cx, cap).await?;
        }
        Ok(step)
    }

    /// Batches handed to the engine and not yet confirmed.
    pub fn in_flight(&self) -> usize {
        self.pipes.iter().map(|p| p.in_flight.len()).sum()
    }

    /// The latest refusal's message, if any.
    pub fn last_refusal(&self) -> Option<String> {
        self.pipes
            .iter()
            .filter_map(|p| p.last_refusal.as_ref())
            .max_by_key(|(_, at)| *at)
            .map(|(why, _)| why.clone())
    }

    /// After an error or a lost lease: everything in flight is sent again.
    pub fn restart(&mut self) {
        self.pipes.iter_mut().for_each(Pipeline::restart);
    }

    /// Writes this indexer's state for every node to see, at most once a second unless
    /// `now`. A failure to write it is logged, never stops indexing.
    pub async fn report(&mut self, cx: &Context, now: bool) {
        if !now && self.reported.is_some_and(|at| at.elapsed() < Duration::from_secs(1)) {
            return;
        }
        self.reported = Some(Instant::now());
        for p in &mut self.pipes {
            let report = IndexerReport {
                index: p.index.as_str().into(),
                node: cx.node.to_string(),
                in_flight: p.in_flight.iter().map(|f| f.submission.tasks.len()).sum::<usize>() as i32,
                documents: p.documents,
                rate: p.rate(),
                refusals: p.refusals,
                last_refusal: p.last_refusal.as_ref().map(|(why, _)| why.clone()),
                last_refusal_at: p.last_refusal.as_ref().map(|(_, at)| *at),
                updated_at: Utc::now(),
            };
            if let Err(e) = store::search_indexer::record(cx.store.write(), &report).await {
                tracing::warn!(error = %e, "could not record the search indexer's state");
            }
        }
    }
}
