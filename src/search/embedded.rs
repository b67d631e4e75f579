//! The embedded engine: a tantivy index per kind under `<data_dir>/search/<index>/`,
//! one directory per generation with a `CURRENT` file naming the live one. A rebuild
//! writes a new generation (so it can run from `certdesk reindex` while the server
//! serves), then rewrites `CURRENT`; every process notices and switches.
//!
//! Fuzzy matching follows Meilisearch's rules (typos by word length, transpositions
//! count as one, the last word also matches as a prefix), so both engines find the
//! same people.

mod documents;
mod generations;
mod querying;
mod rebuild;

use std::path::PathBuf;
use std::sync::Arc;

use futures::future::BoxFuture;
use futures::FutureExt;
use tantivy::collector::TopDocs;
use tantivy::TantivyDocument;

use super::query::{PeopleQuery, TicketQuery};
use super::{
    Change, IndexName, Page, PersonDoc, PersonHit, Rebuild, SearchBackend, SearchError, SearchResult,
    TicketDoc, TicketHit,
};

use documents::{apply, person_document, ticket_document};
use generations::{new_generation, Live, Slot, WRITER_HEAP};
use querying::{search_people, search_tickets, stored, term};
use rebuild::EmbeddedRebuild;

fn failed(e: impl std::fmt::Display) -> SearchError {
    SearchError::Failed(e.to_string())
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

impl SearchBackend for EmbeddedSearch {
    fn name(&self) -> &'static str {
        "embedded"
    }

    fn indexes_in_process(&self) -> bool {
        true
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
