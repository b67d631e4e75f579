//! Group commit for webhook deliveries. Meta posts each message on its own request;
//! under load one task records whatever deliveries wait in a single transaction (each
//! message under its id with its job, each status applied), so the cost per message
//! falls as the load rises: SQLite has one writer, and PostgreSQL saves a commit per
//! request. With one request in flight a batch is one delivery: nobody waits for others.
//! On PostgreSQL several writer tasks share the queue: a batch is bound by round trips,
//! not by the one write lock SQLite has (the same user's messages still serialise on
//! their advisory locks; two batches that deadlock are aborted by PostgreSQL and each
//! delivery is then written alone).

use std::sync::Arc;

use sea_orm::{DbBackend, TransactionTrait};
use tokio::sync::{mpsc, oneshot, Mutex};

use super::Accepted;
use crate::domain::whatsapp::{Delivery, Inbound};
use crate::domain::JobKind;
use crate::error::{ServiceError, ServiceResult};
use crate::service::clock::Clock;
use crate::service::job_queue::new_job;
use crate::store::{self, Store};

/// Largest number of deliveries written in one transaction.
const MAX_BATCH: usize = 64;

struct Pending {
    delivery: Delivery,
    done: oneshot::Sender<ServiceResult<Accepted>>,
}

/// Handle to the writer task; cheap to clone.
#[derive(Clone, Debug)]
pub struct WebhookWriter {
    tx: mpsc::Sender<Pending>,
}

impl WebhookWriter {
    /// Starts the writer tasks on the current runtime.
    pub fn start(store: Store, clock: Arc<Clock>, max_attempts: u32) -> Self {
        let (tx, rx) = mpsc::channel(4 * MAX_BATCH);
        let rx = Arc::new(Mutex::new(rx));
        let writers = if store.write().get_database_backend() == DbBackend::Postgres { 4 } else { 1 };
        for _ in 0..writers {
            tokio::spawn(run(store.clone(), clock.clone(), max_attempts, rx.clone()));
        }
        Self { tx }
    }

    /// Records a delivery (in a batch with whatever else waits); answers once committed.
    pub async fn write(&self, delivery: Delivery) -> ServiceResult<Accepted> {
        let (done, result) = oneshot::channel();
        let stopped = || ServiceError::Unavailable("the WhatsApp webhook writer has stopped".into());
        self.tx.send(Pending { delivery, done }).await.map_err(|_| stopped())?;
        result.await.map_err(|_| stopped())?
    }
}

async fn run(store: Store, clock: Arc<Clock>, max_attempts: u32, rx: Arc<Mutex<mpsc::Receiver<Pending>>>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    // The queue is locked only while a batch is taken, not while it is written.
    while rx.lock().await.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let items = std::mem::take(&mut batch);
        let deliveries: Vec<&Delivery> = items.iter().map(|p| &p.delivery).collect();
        match write_batch(&store, &clock, max_attempts, &deliveries).await {
            Ok(done) => {
                for (p, d) in items.into_iter().zip(done) {
                    let _ = p.done.send(Ok(d));
                }
            }
            // One bad delivery must not fail its neighbours: each again on its own.
            Err(_) if items.len() > 1 => {
                for p in items {
                    let one = write_batch(&store, &clock, max_attempts, &[&p.delivery]).await;
                    let _ = p.done.send(one.map(|mut d| d.remove(0)));
                }
            }
            Err(e) => {
                if let Some(p) = items.into_iter().next() {
                    let _ = p.done.send(Err(e));
                }
            }
        }
    }
}

async fn write_batch(
    store: &Store,
    clock: &Clock,
    max_attempts: u32,
    deliveries: &[&Delivery],
) -> ServiceResult<Vec<Accepted>> {
    let now = clock.now();
    let txn = store.write().begin().await?;
    // Every message of the batch at once: conversations, rows, jobs (a few statements
    // whatever the batch's size), then the statuses one by one.
    let messages: Vec<&Inbound> = deliveries.iter().flat_map(|d| &d.messages).collect();
    let users: Vec<_> = messages.iter().map(|m| (&m.user, m.profile_name.as_deref())).collect();
    let statuses: Vec<String> =
        deliveries.iter().flat_map(|d| &d.statuses).map(|s| store::whatsapp::wamid_lock(&s.wamid)).collect();
    let conversations = store::whatsapp::conversations_for(&txn, &users, &statuses, now).await?;
    let rows: Vec<_> = conversations.into_iter().zip(messages.iter().copied()).collect();
    let recorded = store::whatsapp::insert_inbound_many(&txn, &rows, now).await?;
    let jobs = recorded
        .iter()
        .flatten()
        .map(|&inbound| new_job(&JobKind::WhatsAppInbound { inbound, round: 0 }, max_attempts))
        .collect();
    store::jobs::enqueue_many(&txn, jobs).await?;
    let mut recorded = recorded.into_iter();
    let mut out = Vec::with_capacity(deliveries.len());
    for delivery in deliveries {
        let mut done = Accepted { unreadable: delivery.unreadable, ..Default::default() };
        for _ in &delivery.messages {
            match recorded.next().flatten() {
                Some(_) => done.messages += 1,
                None => done.duplicates += 1,
            }
        }
        for s in &delivery.statuses {
            super::state::apply_status_at(&txn, s, now, max_attempts).await?;
            done.statuses += 1;
        }
        out.push(done);
    }
    txn.commit().await?;
    Ok(out)
}
