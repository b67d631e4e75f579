//! Group commit for new tickets. Under load, many requests open tickets at once; one
//! task writes whatever is queued in a single transaction with multi-row inserts, so
//! the cost per ticket falls as the load rises (SQLite has one writer; PostgreSQL
//! saves a commit per ticket). With one request in flight a batch is one ticket: no
//! request ever waits for others to arrive.

use sea_orm::TransactionTrait;
use tokio::sync::{mpsc, oneshot};

use crate::domain::{AuditEntry, Message, Ticket};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, Store};

/// Largest batch written in one transaction.
const MAX_BATCH: usize = 64;

pub struct NewTicketRows {
    pub ticket: Ticket,
    pub first: Message,
    pub audit: AuditEntry,
}

struct Pending {
    rows: NewTicketRows,
    done: oneshot::Sender<ServiceResult<NewTicketRows>>,
}

/// Handle to the writer task; cheap to clone.
#[derive(Clone, Debug)]
pub struct TicketWriter {
    tx: mpsc::Sender<Pending>,
}

impl TicketWriter {
    /// Starts the writer task on the current runtime.
    pub fn start(store: Store) -> Self {
        let (tx, rx) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(run(store, rx));
        Self { tx }
    }

    /// Writes the rows (in a batch with whatever else is waiting) and hands them back
    /// once committed.
    pub async fn write(&self, rows: NewTicketRows) -> ServiceResult<NewTicketRows> {
        let (done, result) = oneshot::channel();
        let stopped = || ServiceError::Unavailable("the ticket writer has stopped".into());
        self.tx.send(Pending { rows, done }).await.map_err(|_| stopped())?;
        result.await.map_err(|_| stopped())?
    }
}

async fn run(store: Store, mut rx: mpsc::Receiver<Pending>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let items = std::mem::take(&mut batch);
        let rows: Vec<&NewTicketRows> = items.iter().map(|p| &p.rows).collect();
        match write_batch(&store, &rows).await {
            Ok(()) => {
                for p in items {
                    let _ = p.done.send(Ok(p.rows));
                }
            }
            // One bad row must not fail its neighbours: retry each on its own.
            Err(_) if items.len() > 1 => {
                for p in items {
                    let result = write_batch(&store, &[&p.rows]).await.map(|()| p.rows);
                    let _ = p.done.send(result);
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

async fn write_batch(store: &Store, rows: &[&NewTicketRows]) -> ServiceResult<()> {
    let txn = store.write().begin().await?;
    let tickets: Vec<_> = rows.iter().map(|r| &r.ticket).collect();
    let messages: Vec<_> = rows.iter().map(|r| &r.first).collect();
    store::tickets::insert_new(&txn, &tickets, &messages).await?;
    store::audit::append_many(&txn, rows.iter().map(|r| r.audit.clone()).collect()).await?;
    txn.commit().await?;
    Ok(())
}
