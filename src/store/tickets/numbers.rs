//! Ticket numbers from blocks reserved in `ticket_counter`: no counter write for most tickets, gaps possible, never a repeat.

use super::*;

/// How many ticket numbers one process reserves at a time.
pub(super) const NUMBER_BLOCK: i64 = 32;

/// Hands out ticket numbers from blocks reserved in `ticket_counter`, so creating a
/// ticket costs no counter write most of the time and never holds the counter row
/// lock inside a ticket transaction. Like a sequence it leaves gaps (an unused block
/// when a process stops), never duplicates; several processes interleave their blocks.
#[derive(Debug, Default)]
pub struct NumberAllocator {
    block: tokio::sync::Mutex<Option<(u16, i64, i64)>>,
}

impl NumberAllocator {
    pub async fn next<C: ConnectionTrait>(&self, db: &C, year: u16) -> ServiceResult<TicketNumber> {
        let mut block = self.block.lock().await;
        let (seq, end) = match *block {
            Some((y, next, end)) if y == year && next <= end => (next, end),
            _ => {
                let end = reserve_block(db, year, NUMBER_BLOCK).await?;
                (end - NUMBER_BLOCK + 1, end)
            }
        };
        *block = Some((year, seq + 1, end));
        let seq = u32::try_from(seq).map_err(|_| anyhow!("ticket counter overflow"))?;
        TicketNumber::new(year, seq).map_err(|e| anyhow!("{e}").into())
    }
}

/// The next number of `year`, taken inside the caller's transaction and not cached: if
/// the transaction rolls back, so does the number (a cached block would outlive it).
pub async fn next_number_in<C: ConnectionTrait>(db: &C, year: u16) -> ServiceResult<TicketNumber> {
    let seq = reserve_block(db, year, 1).await?;
    let seq = u32::try_from(seq).map_err(|_| anyhow!("ticket counter overflow"))?;
    TicketNumber::new(year, seq).map_err(|e| anyhow!("{e}").into())
}

/// Reserves the next `size` numbers of `year` and returns the last one.
pub(super) async fn reserve_block<C: ConnectionTrait>(db: &C, year: u16, size: i64) -> ServiceResult<i64> {
    let stmt = Query::insert()
        .into_table(ticket_counter::Entity)
        .columns([ticket_counter::Column::Year, ticket_counter::Column::Last])
        .values_panic([i32::from(year).into(), size.into()])
        .on_conflict(
            OnConflict::column(ticket_counter::Column::Year)
                .value(
                    ticket_counter::Column::Last,
                    Expr::col((ticket_counter::Entity, ticket_counter::Column::Last)).add(size),
                )
                .to_owned(),
        )
        .returning_col(ticket_counter::Column::Last)
        .to_owned();
    let row = db.query_one(&stmt).await?.ok_or_else(|| anyhow!("ticket counter returned no row"))?;
    Ok(row.try_get("", "last")?)
}
