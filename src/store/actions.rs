//! Actions attached to a ticket resolution, with their outcome.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::entity::ticket_action;
pub use crate::domain::TicketAction;
use crate::domain::{ActionStatus, StaffId, TicketId};
use crate::error::ServiceResult;

fn from_model(m: ticket_action::Model) -> TicketAction {
    TicketAction {
        id: m.id,
        ticket: TicketId(m.ticket_id),
        kind: m.kind,
        params: m.params,
        status: ActionStatus::parse(&m.status).unwrap_or(ActionStatus::Failed),
        outcome: m.outcome,
        sms: m.sms_id,
        created_by: m.created_by.map(StaffId),
        created_at: m.created_at,
        updated_at: m.updated_at,
    }
}

pub async fn insert<C: ConnectionTrait>(db: &C, a: &TicketAction) -> ServiceResult<()> {
    ticket_action::Entity::insert(ticket_action::ActiveModel {
        id: Set(a.id),
        ticket_id: Set(a.ticket.0),
        kind: Set(a.kind.clone()),
        params: Set(a.params.clone()),
        status: Set(a.status.as_str().into()),
        outcome: Set(a.outcome.clone()),
        sms_id: Set(a.sms),
        created_by: Set(a.created_by.map(|s| s.0)),
        created_at: Set(a.created_at),
        updated_at: Set(a.updated_at),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn find<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<TicketAction>> {
    Ok(ticket_action::Entity::find_by_id(id).one(db).await?.map(from_model))
}

pub async fn of_ticket<C: ConnectionTrait>(db: &C, ticket: TicketId) -> ServiceResult<Vec<TicketAction>> {
    Ok(ticket_action::Entity::find()
        .filter(ticket_action::Column::TicketId.eq(ticket.0))
        .order_by_asc(ticket_action::Column::CreatedAt)
        .order_by_asc(ticket_action::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect())
}

pub async fn by_sms<C: ConnectionTrait>(db: &C, sms: Uuid) -> ServiceResult<Vec<TicketAction>> {
    by_sms_many(db, &[sms]).await
}

/// Actions waiting on any of `sms`.
pub async fn by_sms_many<C: ConnectionTrait>(db: &C, sms: &[Uuid]) -> ServiceResult<Vec<TicketAction>> {
    if sms.is_empty() {
        return Ok(Vec::new());
    }
    Ok(ticket_action::Entity::find()
        .filter(ticket_action::Column::SmsId.is_in(sms.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect())
}

/// Pending actions that waited on one SMS now wait on another (a WhatsApp notice that
/// went again by SMS).
pub async fn repoint_sms<C: ConnectionTrait>(db: &C, from: Uuid, to: Uuid) -> ServiceResult<()> {
    ticket_action::Entity::update_many()
        .col_expr(ticket_action::Column::SmsId, Expr::value(to))
        .filter(ticket_action::Column::SmsId.eq(from))
        .filter(ticket_action::Column::Status.eq(ActionStatus::Pending.as_str()))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_outcome<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    status: ActionStatus,
    outcome: &str,
    sms: Option<Uuid>,
) -> ServiceResult<()> {
    let mut q = ticket_action::Entity::update_many()
        .col_expr(ticket_action::Column::Status, Expr::value(status.as_str()))
        .col_expr(ticket_action::Column::Outcome, Expr::value(outcome))
        .col_expr(ticket_action::Column::UpdatedAt, Expr::value(Utc::now()));
    if let Some(s) = sms {
        q = q.col_expr(ticket_action::Column::SmsId, Expr::value(s));
    }
    q.filter(ticket_action::Column::Id.eq(id)).exec(db).await?;
    Ok(())
}
