//! What the search index owes (`search_log`, appended by triggers) and the documents
//! it is built from.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement, Value,
};
use uuid::Uuid;

use super::entity::{certificate, person, sms_message, ticket, ticket_message, vaccination};
use super::param;
use crate::domain::Nik;
use crate::error::ServiceResult;
use crate::search::{date_key, IndexName, PersonDoc, TicketDoc};

/// Characters of a ticket's first message the index keeps.
const TEXT_CAP: usize = 2000;

/// A change the index has not seen yet.
#[derive(Debug, Clone, Copy, PartialEq, FromQueryResult)]
pub struct Owed {
    pub seq: i64,
    pub entity_id: Uuid,
}

fn now_sql(backend: DbBackend) -> &'static str {
    match backend {
        DbBackend::Postgres => "extract(epoch from clock_timestamp())::float8",
        _ => "((julianday('now') - 2440587.5) * 86400.0)",
    }
}

/// The database's clock (the one triggers stamp changes with).
pub async fn db_now<C: ConnectionTrait>(db: &C) -> ServiceResult<f64> {
    #[derive(FromQueryResult)]
    struct Now {
        now: f64,
    }
    let b = db.get_database_backend();
    let sql = format!("SELECT {} AS now", now_sql(b));
    Ok(Now::find_by_statement(Statement::from_string(b, sql)).one(db).await?.map_or(0.0, |n| n.now))
}

/// Up to `limit` changes of `index` after `after` (a `seq`) the index has not seen,
/// oldest first. The indexer reads past what it has in flight this way.
pub async fn owed<C: ConnectionTrait>(
    db: &C,
    index: IndexName,
    after: i64,
    limit: usize,
) -> ServiceResult<Vec<Owed>> {
    let b = db.get_database_backend();
    let sql = format!(
        "SELECT seq, entity_id FROM search_log WHERE entity = {} AND processed_at IS NULL AND seq > {} \
         ORDER BY seq LIMIT {}",
        param(b, 1),
        param(b, 2),
        param(b, 3)
    );
    Ok(Owed::find_by_statement(Statement::from_sql_and_values(
        b,
        sql,
        [index.entity().into(), after.into(), (limit as i64).into()],
    ))
    .all(db)
    .await?)
}

/// When the oldest change `index` owes was made (the database's clock, seconds since
/// the epoch); `None` when nothing is owed or the change predates the log's clock.
pub async fn oldest_owed_at<C: ConnectionTrait>(db: &C, index: IndexName) -> ServiceResult<Option<f64>> {
    #[derive(FromQueryResult)]
    struct At {
        at: f64,
    }
    let b = db.get_database_backend();
    let sql = format!(
        "SELECT at FROM search_log WHERE entity = {} AND processed_at IS NULL \
         ORDER BY seq LIMIT 1",
        param(b, 1)
    );
    let at = At::find_by_statement(Statement::from_sql_and_values(b, sql, [index.entity().into()]))
        .one(db)
        .await?;
    Ok(at.map(|a| a.at).filter(|at| *at > 0.0))
}

/// Documents of `index` with a change the index has not seen.
pub async fn owed_count<C: ConnectionTrait>(db: &C, index: IndexName) -> ServiceResult<u64> {
    #[derive(FromQueryResult)]
    struct N {
        n: i64,
    }
    let b = db.get_database_backend();
    let sql = format!(
        "SELECT COUNT(DISTINCT entity_id) AS n FROM search_log WHERE entity = {} AND processed_at IS NULL",
        param(b, 1)
    );
    let n =
        N::find_by_statement(Statement::from_sql_and_values(b, sql, [index.entity().into()])).one(db).await?;
    Ok(n.map_or(0, |n| n.n as u64))
}

/// Records that the index has seen these changes. Only these rows: a change that
/// arrived meanwhile is another row and stays owed.
pub async fn mark_indexed<C: ConnectionTrait>(db: &C, rows: &[Owed]) -> ServiceResult<()> {
    let b = db.get_database_backend();
    for chunk in rows.chunks(1000) {
        let seqs: Vec<i64> = chunk.iter().map(|r| r.seq).collect();
        let list = (1..=seqs.len()).map(|i| param(b, i)).collect::<Vec<_>>().join(", ");
        let sql = format!("UPDATE search_log SET processed_at = {} WHERE seq IN ({list})", now_sql(b));
        let values: Vec<Value> = seqs.into_iter().map(Into::into).collect();
        db.execute_raw(Statement::from_sql_and_values(b, sql, values)).await?;
    }
    Ok(())
}

/// After a rebuild: changes from before `t0` are in the new index; changes after it
/// are owed again as new log rows (the indexer may have written them to the old index,
/// and may still mark their old rows seen when the old index confirms them).
pub async fn after_rebuild<C: ConnectionTrait>(db: &C, index: IndexName, t0: f64) -> ServiceResult<()> {
    let b = db.get_database_backend();
    let (p1, p2, now) = (param(b, 1), param(b, 2), now_sql(b));
    for sql in [
        format!(
            "UPDATE search_log SET processed_at = {now} WHERE entity = {p1} AND at < {p2} AND processed_at IS NULL"
        ),
        format!(
            "INSERT INTO search_log (entity, entity_id, at) SELECT entity, entity_id, {now} FROM search_log \
             WHERE entity = {p1} AND at >= {p2} GROUP BY entity, entity_id"
        ),
    ] {
        db.execute_raw(Statement::from_sql_and_values(b, sql, [index.entity().into(), t0.into()])).await?;
    }
    Ok(())
}

/// Forgets changes indexed more than `keep_secs` ago. Returns how many.
pub async fn prune<C: ConnectionTrait>(db: &C, keep_secs: f64) -> ServiceResult<u64> {
    let b = db.get_database_backend();
    let sql = format!("DELETE FROM search_log WHERE processed_at < {} - {}", now_sql(b), param(b, 1));
    Ok(db.execute_raw(Statement::from_sql_and_values(b, sql, [keep_secs.into()])).await?.rows_affected())
}

/// Ids that belong in the index (merged people and tickets do not), in id order after `after`.
pub async fn ids_page<C: ConnectionTrait>(
    db: &C,
    index: IndexName,
    after: Option<Uuid>,
    limit: u64,
) -> ServiceResult<Vec<Uuid>> {
    Ok(match index {
        IndexName::People => {
            let mut q = person::Entity::find()
                .select_only()
                .column(person::Column::Id)
                .filter(person::Column::MergedInto.is_null())
                .order_by_asc(person::Column::Id)
                .limit(limit);
            if let Some(a) = after {
                q = q.filter(person::Column::Id.gt(a));
            }
            q.into_tuple::<Uuid>().all(db).await?
        }
        IndexName::Tickets => {
            let mut q = ticket::Entity::find()
                .select_only()
                .column(ticket::Column::Id)
                .filter(ticket::Column::MergedIntoId.is_null())
                .order_by_asc(ticket::Column::Id)
                .limit(limit);
            if let Some(a) = after {
                q = q.filter(ticket::Column::Id.gt(a));
            }
            q.into_tuple::<Uuid>().all(db).await?
        }
    })
}

/// How many documents the index should hold.
pub async fn expected_count<C: ConnectionTrait>(db: &C, index: IndexName) -> ServiceResult<u64> {
    Ok(match index {
        IndexName::People => {
            person::Entity::find().filter(person::Column::MergedInto.is_null()).count(db).await?
        }
        IndexName::Tickets => {
            ticket::Entity::find().filter(ticket::Column::MergedIntoId.is_null()).count(db).await?
        }
    })
}

/// The documents of `ids` that belong in the index; an id without one (deleted,
/// merged) is to be removed from it.
pub async fn person_docs<C: ConnectionTrait>(db: &C, ids: &[Uuid]) -> ServiceResult<Vec<PersonDoc>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let people = person::Entity::find()
        .filter(person::Column::Id.is_in(ids.to_vec()))
        .filter(person::Column::MergedInto.is_null())
        .all(db)
        .await?;
    let found: Vec<Uuid> = people.iter().map(|p| p.id).collect();
    let mut issued: HashMap<Uuid, bool> = HashMap::new();
    for (pid, status) in certificate::Entity::find()
        .select_only()
        .column(certificate::Column::PersonId)
        .column(certificate::Column::Status)
        .filter(certificate::Column::PersonId.is_in(found.clone()))
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
    {
        *issued.entry(pid).or_default() |= status == "active";
    }
    let mut pending: HashMap<Uuid, bool> = HashMap::new();
    for (pid, status) in vaccination::Entity::find()
        .select_only()
        .column(vaccination::Column::PersonId)
        .column(vaccination::Column::Status)
        .filter(vaccination::Column::PersonId.is_in(found.clone()))
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
    {
        *pending.entry(pid).or_default() |= status == "pending_input";
    }
    let mut last_sms: HashMap<Uuid, (chrono::DateTime<chrono::Utc>, String)> = HashMap::new();
    for (pid, status, at) in sms_message::Entity::find()
        .select_only()
        .column(sms_message::Column::PersonId)
        .column(sms_message::Column::Status)
        .column(sms_message::Column::CreatedAt)
        .filter(sms_message::Column::PersonId.is_in(found))
        // Certificate SMS only: codes and notices say nothing about delivery of the link.
        .filter(sms_message::Column::CertificateId.is_not_null())
        .into_tuple::<(Uuid, String, chrono::DateTime<chrono::Utc>)>()
        .all(db)
        .await?
    {
        let e = last_sms.entry(pid).or_insert((at, status.clone()));
        if at > e.0 {
            *e = (at, status);
        }
    }
    Ok(people
        .into_iter()
        .map(|p| {
            let nik = Nik::parse(&p.nik).ok();
            let is_pending = pending.get(&p.id).copied().unwrap_or(false);
            let cert_status = if issued.get(&p.id).copied().unwrap_or(false) {
                "issued"
            } else if is_pending {
                "pending"
            } else {
                "none"
            };
            PersonDoc {
                id: p.id.to_string(),
                nik6: p.nik.chars().take(6).collect(),
                nik4: p.nik.chars().skip(12).collect(),
                province: nik.as_ref().map(|n| n.province_code().to_string()).unwrap_or_default(),
                regency: nik.as_ref().map(|n| n.regency_code().to_string()).unwrap_or_default(),
                nik: p.nik,
                name_norm: crate::domain::names::index_form(&p.full_name),
                name: p.full_name,
                birth_date: date_key(p.birth_date),
                sex: p.sex,
                phone: p.phone.map(|x| x.trim_start_matches('+').to_string()).unwrap_or_default(),
                cert_status: cert_status.into(),
                sms_status: last_sms.remove(&p.id).map(|(_, s)| s).unwrap_or_default(),
                pending: is_pending,
            }
        })
        .collect())
}

pub async fn ticket_docs<C: ConnectionTrait>(db: &C, ids: &[Uuid]) -> ServiceResult<Vec<TicketDoc>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let tickets = ticket::Entity::find()
        .filter(ticket::Column::Id.is_in(ids.to_vec()))
        .filter(ticket::Column::MergedIntoId.is_null())
        .all(db)
        .await?;
    let found: Vec<Uuid> = tickets.iter().map(|t| t.id).collect();
    let mut first: HashMap<Uuid, (chrono::DateTime<chrono::Utc>, String)> = HashMap::new();
    for (tid, at, body) in ticket_message::Entity::find()
        .select_only()
        .column(ticket_message::Column::TicketId)
        .column(ticket_message::Column::CreatedAt)
        .column(ticket_message::Column::Body)
        .filter(ticket_message::Column::TicketId.is_in(found))
        .into_tuple::<(Uuid, chrono::DateTime<chrono::Utc>, String)>()
        .all(db)
        .await?
    {
        let e = first.entry(tid).or_insert((at, String::new()));
        if at <= e.0 {
            *e = (at, body.chars().take(TEXT_CAP).collect());
        }
    }
    Ok(tickets
        .into_iter()
        .map(|t| {
            let requester = [t.requester_name.as_deref(), t.requester_email.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            TicketDoc {
                id: t.id.to_string(),
                number: t.number,
                subject: t.subject,
                text: first.remove(&t.id).map(|(_, b)| b).unwrap_or_default(),
                requester,
                category: t.category,
                status: t.status,
                queue: t.queue,
                priority: t.priority,
                channel: t.channel,
                assignee: t.assignee_id.map(|a| a.to_string()).unwrap_or_default(),
                nik: t.nik.unwrap_or_default(),
                created_at: t.created_at.timestamp(),
                updated_at: t.updated_at.timestamp(),
            }
        })
        .collect())
}
