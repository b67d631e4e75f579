//! Mailbox poller state, and the lease that lets exactly one process poll a mailbox
//! (it works on SQLite and PostgreSQL alike; a dead holder's lease simply lapses).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entity::mailbox_state;
use crate::error::ServiceResult;

#[derive(Debug, Clone)]
pub struct MailboxState {
    pub name: String,
    pub last_poll_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub backlog: u32,
    pub lease_owner: Option<String>,
    pub lease_until: Option<DateTime<Utc>>,
}

/// Takes or renews the lease on `name` for `owner`. Returns whether `owner` holds it.
pub async fn try_lease<C: ConnectionTrait>(
    db: &C,
    name: &str,
    owner: &str,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> ServiceResult<bool> {
    mailbox_state::Entity::insert(mailbox_state::ActiveModel {
        name: Set(name.into()),
        last_poll_at: Set(None),
        last_error: Set(None),
        backlog: Set(0),
        uidvalidity: Set(None),
        lease_owner: Set(None),
        lease_until: Set(None),
    })
    .on_conflict(OnConflict::column(mailbox_state::Column::Name).do_nothing().to_owned())
    .exec_without_returning(db)
    .await?;
    let res = mailbox_state::Entity::update_many()
        .col_expr(mailbox_state::Column::LeaseOwner, Expr::value(owner))
        .col_expr(mailbox_state::Column::LeaseUntil, Expr::value(until))
        .filter(mailbox_state::Column::Name.eq(name))
        .filter(
            Condition::any()
                .add(mailbox_state::Column::LeaseOwner.is_null())
                .add(mailbox_state::Column::LeaseOwner.eq(owner))
                .add(mailbox_state::Column::LeaseUntil.lt(now)),
        )
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Gives the lease up (clean shutdown), so another process takes over at once.
pub async fn release<C: ConnectionTrait>(db: &C, name: &str, owner: &str) -> ServiceResult<()> {
    mailbox_state::Entity::update_many()
        .col_expr(mailbox_state::Column::LeaseOwner, Expr::value(Option::<String>::None))
        .col_expr(mailbox_state::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(mailbox_state::Column::Name.eq(name))
        .filter(mailbox_state::Column::LeaseOwner.eq(owner))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn record_poll<C: ConnectionTrait>(
    db: &C,
    name: &str,
    backlog: Option<u32>,
    error: Option<&str>,
) -> ServiceResult<()> {
    let mut q = mailbox_state::Entity::update_many()
        .col_expr(mailbox_state::Column::LastPollAt, Expr::value(Utc::now()))
        .col_expr(mailbox_state::Column::LastError, Expr::value(error.map(String::from)));
    if let Some(b) = backlog {
        q = q.col_expr(mailbox_state::Column::Backlog, Expr::value(i32::try_from(b).unwrap_or(i32::MAX)));
    }
    q.filter(mailbox_state::Column::Name.eq(name)).exec(db).await?;
    Ok(())
}

pub async fn list<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<MailboxState>> {
    Ok(mailbox_state::Entity::find()
        .order_by_asc(mailbox_state::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|m| MailboxState {
            name: m.name,
            last_poll_at: m.last_poll_at,
            last_error: m.last_error,
            backlog: u32::try_from(m.backlog).unwrap_or(0),
            lease_owner: m.lease_owner,
            lease_until: m.lease_until,
        })
        .collect())
}
