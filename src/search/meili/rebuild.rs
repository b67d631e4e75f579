//! A fresh copy of an index built beside the live one, then swapped in. Every batch is
//! enqueued without waiting (Meilisearch batches them); the swap waits for all of them
//! and refuses to go ahead if any failed, so a half-built copy never goes live.

use futures::future::BoxFuture;
use futures::FutureExt;
use meilisearch_sdk::client::{Client, SwapIndexes};

use super::map_err;
use super::writes::{enqueue, settle, wait};
use crate::search::{PersonDoc, Rebuild, SearchResult, TicketDoc};

pub(super) struct MeiliRebuild {
    pub(super) client: Client,
    pub(super) live: String,
    pub(super) uid: String,
    pub(super) tasks: Vec<u32>,
}

impl MeiliRebuild {
    async fn add<D: serde::Serialize + Send + Sync>(&mut self, docs: Vec<D>) -> SearchResult<()> {
        let tasks = enqueue(&self.client.index(&self.uid), &docs).await?;
        self.tasks.extend(tasks);
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
            let MeiliRebuild { client, live, uid, tasks } = *self;
            settle(&client, &tasks).await?;
            let swap = SwapIndexes { indexes: (live, uid.clone()), rename: None };
            wait(&client, client.swap_indexes([&swap]).await.map_err(map_err)?).await?;
            // The rebuild name now holds the old documents.
            wait(&client, client.delete_index(&uid).await.map_err(map_err)?).await
        }
        .boxed()
    }
}
