//! Full rebuilds: filling a fresh generation beside the live one, then swapping
//! `CURRENT` to it and dropping generations no process reads any more.

use std::path::PathBuf;
use std::sync::Arc;

use futures::future::BoxFuture;
use futures::FutureExt;
use tantivy::TantivyDocument;

use super::documents::{person_document, ticket_document};
use super::generations::{write_current, Live, Slot};
use super::{blocking, failed};
use crate::search::{PersonDoc, Rebuild, SearchResult, TicketDoc};

pub(super) struct EmbeddedRebuild {
    pub(super) dir: PathBuf,
    pub(super) live: Arc<Live>,
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
