//! Staff accounts, their queues and API token hashes.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::entity::{staff_queue, staff_user};
use crate::domain::{EmailAddress, QueueName, Role, Staff, StaffId, StaffName};
use crate::error::{ServiceError, ServiceResult};

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    s: &Staff,
    token_hash: &str,
    token_expires_at: DateTime<Utc>,
) -> ServiceResult<()> {
    staff_user::Entity::insert(staff_user::ActiveModel {
        id: Set(s.id.0),
        name: Set(s.name.as_str().into()),
        role: Set(s.role.as_str().into()),
        token_hash: Set(token_hash.into()),
        password_hash: Set(None),
        active: Set(s.active),
        max_open_tickets: Set(i32::try_from(s.max_open_tickets).unwrap_or(i32::MAX)),
        available: Set(s.available),
        email: Set(s.email.as_ref().map(|e| e.as_str().into())),
        created_at: Set(s.created_at),
        token_expires_at: Set(Some(token_expires_at)),
        totp_secret: Set(None),
        totp_enabled_at: Set(None),
        totp_last_step: Set(None),
        enrolment_code_hash: Set(None),
        enrolment_code_expires_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    set_queues(db, s.id, &s.queues).await
}

pub async fn update<C: ConnectionTrait>(db: &C, s: &Staff) -> ServiceResult<()> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::Role, Expr::value(s.role.as_str()))
        .col_expr(staff_user::Column::Active, Expr::value(s.active))
        .col_expr(
            staff_user::Column::MaxOpenTickets,
            Expr::value(i32::try_from(s.max_open_tickets).unwrap_or(i32::MAX)),
        )
        .col_expr(staff_user::Column::Email, Expr::value(s.email.as_ref().map(|e| e.as_str().to_string())))
        .filter(staff_user::Column::Id.eq(s.id.0))
        .exec(db)
        .await?;
    set_queues(db, s.id, &s.queues).await
}

pub async fn set_token_hash<C: ConnectionTrait>(
    db: &C,
    id: StaffId,
    hash: &str,
    expires_at: DateTime<Utc>,
) -> ServiceResult<()> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TokenHash, Expr::value(hash))
        .col_expr(staff_user::Column::TokenExpiresAt, Expr::value(expires_at))
        .filter(staff_user::Column::Id.eq(id.0))
        .exec(db)
        .await?;
    Ok(())
}

/// Keeps the rows of queues that stay (and so their round-robin position).
async fn set_queues<C: ConnectionTrait>(db: &C, id: StaffId, queues: &[QueueName]) -> ServiceResult<()> {
    let names: Vec<&str> = queues.iter().map(|q| q.as_str()).collect();
    staff_queue::Entity::delete_many()
        .filter(staff_queue::Column::StaffId.eq(id.0))
        .filter(staff_queue::Column::Queue.is_not_in(names.clone()))
        .exec(db)
        .await?;
    if names.is_empty() {
        return Ok(());
    }
    let rows = names.iter().map(|q| staff_queue::ActiveModel {
        staff_id: Set(id.0),
        queue: Set((*q).into()),
        last_assigned_at: Set(None),
    });
    staff_queue::Entity::insert_many(rows)
        .on_conflict(
            sea_orm::sea_query::OnConflict::columns([
                staff_queue::Column::StaffId,
                staff_queue::Column::Queue,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Marks a member of staff as taking (or not taking) tickets from the round-robin.
pub async fn set_available<C: ConnectionTrait>(db: &C, id: StaffId, available: bool) -> ServiceResult<()> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::Available, Expr::value(available))
        .filter(staff_user::Column::Id.eq(id.0))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn find<C: ConnectionTrait>(db: &C, id: StaffId) -> ServiceResult<Option<Staff>> {
    match staff_user::Entity::find_by_id(id.0).one(db).await? {
        Some(m) => Ok(Some(with_queues(db, m).await?)),
        None => Ok(None),
    }
}

pub async fn find_by_name<C: ConnectionTrait>(db: &C, name: &StaffName) -> ServiceResult<Option<Staff>> {
    let m = staff_user::Entity::find().filter(staff_user::Column::Name.eq(name.as_str())).one(db).await?;
    match m {
        Some(m) => Ok(Some(with_queues(db, m).await?)),
        None => Ok(None),
    }
}

/// The active staff member owning this token hash.
/// The active staff member whose unexpired token has this hash.
/// With the token's expiry (`None`: it does not expire).
pub async fn find_by_token_hash<C: ConnectionTrait>(
    db: &C,
    hash: &str,
    now: DateTime<Utc>,
) -> ServiceResult<Option<(Staff, Option<DateTime<Utc>>)>> {
    let m = staff_user::Entity::find()
        .filter(staff_user::Column::TokenHash.eq(hash))
        .filter(staff_user::Column::Active.eq(true))
        .filter(
            sea_orm::Condition::any()
                .add(staff_user::Column::TokenExpiresAt.is_null())
                .add(staff_user::Column::TokenExpiresAt.gt(now)),
        )
        .one(db)
        .await?;
    match m {
        Some(m) => {
            let expires = m.token_expires_at;
            Ok(Some((with_queues(db, m).await?, expires)))
        }
        None => Ok(None),
    }
}

pub async fn list<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<Staff>> {
    let users = staff_user::Entity::find().order_by_asc(staff_user::Column::Name).all(db).await?;
    let queues = staff_queue::Entity::find().all(db).await?;
    users
        .into_iter()
        .map(|m| {
            let qs: Vec<&str> =
                queues.iter().filter(|q| q.staff_id == m.id).map(|q| q.queue.as_str()).collect();
            to_domain(m, &qs)
        })
        .collect()
}

async fn with_queues<C: ConnectionTrait>(db: &C, m: staff_user::Model) -> ServiceResult<Staff> {
    let qs = staff_queue::Entity::find()
        .filter(staff_queue::Column::StaffId.eq(m.id))
        .order_by_asc(staff_queue::Column::Queue)
        .all(db)
        .await?;
    let names: Vec<&str> = qs.iter().map(|q| q.queue.as_str()).collect();
    to_domain(m, &names)
}

fn to_domain(m: staff_user::Model, queues: &[&str]) -> ServiceResult<Staff> {
    let bad = |what: &str| ServiceError::Internal(anyhow::anyhow!("stored staff {what} is invalid"));
    Ok(Staff {
        id: StaffId(m.id),
        name: StaffName::parse(&m.name).map_err(|_| bad("name"))?,
        role: Role::parse(&m.role).map_err(|_| bad("role"))?,
        active: m.active,
        queues: queues
            .iter()
            .map(|q| QueueName::parse(q).map_err(|_| bad("queue")))
            .collect::<Result<_, _>>()?,
        max_open_tickets: u32::try_from(m.max_open_tickets).unwrap_or(0),
        available: m.available,
        email: m.email.as_deref().map(EmailAddress::parse).transpose().map_err(|_| bad("email"))?,
        created_at: m.created_at,
    })
}

/// Whether an id names an existing, active member of staff.
pub async fn is_active<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<bool> {
    Ok(staff_user::Entity::find_by_id(id)
        .filter(staff_user::Column::Active.eq(true))
        .one(db)
        .await?
        .is_some())
}
