//! Index generations on disk: the schema of each kind, one open generation (`Live`,
//! with its lazily opened writer), and the per-kind `Slot` that follows the `CURRENT`
//! file to the live generation.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy};

use super::failed;
use crate::search::{IndexName, SearchResult, PERSON_TERMS, TICKET_TERMS, TICKET_TEXTS, TICKET_TIMES};

pub(super) const WRITER_HEAP: usize = 64 * 1024 * 1024;
/// How often a searcher looks whether a rebuild swapped the index.
const SWAP_CHECK: Duration = Duration::from_secs(1);

fn schema(index: IndexName) -> Schema {
    let mut b = Schema::builder();
    let terms = match index {
        IndexName::People => PERSON_TERMS,
        IndexName::Tickets => TICKET_TERMS,
    };
    for t in std::iter::once(&"id").chain(terms) {
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
            for t in TICKET_TIMES {
                b.add_i64_field(t, INDEXED | FAST);
            }
        }
    }
    // The whole document as JSON: what searches return and drift checks compare.
    b.add_text_field("doc", STORED);
    b.build()
}

/// One generation of one index, open for searching (and writing, once asked).
pub(super) struct Live {
    pub(super) generation: String,
    pub(super) index: Index,
    pub(super) reader: IndexReader,
    pub(super) writer: Mutex<Option<IndexWriter>>,
    pub(super) schema: Schema,
}

impl Live {
    pub(super) fn open(dir: &Path, generation: String, kind: IndexName) -> SearchResult<Self> {
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
    pub(super) fn field(&self, name: &str) -> Field {
        self.schema.get_field(name).unwrap_or_else(|_| panic!("search schema has no field {name}"))
    }

    /// Writes, commits, and makes the change visible to searches.
    pub(super) fn write(&self, f: impl FnOnce(&IndexWriter) -> SearchResult<()>) -> SearchResult<()> {
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

pub(super) struct Slot {
    pub(super) dir: PathBuf,
    kind: IndexName,
    live: RwLock<Arc<Live>>,
    checked: Mutex<Instant>,
}

impl Slot {
    pub(super) fn current_name(dir: &Path) -> Option<String> {
        std::fs::read_to_string(dir.join("CURRENT"))
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    pub(super) fn open(dir: PathBuf, kind: IndexName) -> SearchResult<Self> {
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
    pub(super) fn live(&self, now: bool) -> SearchResult<Arc<Live>> {
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

pub(super) fn new_generation() -> String {
    format!("g{}", chrono::Utc::now().format("%Y%m%d%H%M%S%6f"))
}

pub(super) fn write_current(dir: &Path, generation: &str) -> SearchResult<()> {
    let tmp = dir.join("CURRENT.tmp");
    std::fs::write(&tmp, generation).map_err(failed)?;
    std::fs::rename(&tmp, dir.join("CURRENT")).map_err(failed)
}
