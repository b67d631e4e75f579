//! One conversation per WhatsApp user, found by either identifier.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::domain::whatsapp::WaUser;
use crate::domain::TicketId;
use crate::error::ServiceResult;
use crate::store::entity::whatsapp_conversation as conv;

#[derive(Debug, Clone)]
pub struct Conversation {
    pub id: Uuid,
    pub user: WaUser,
    pub profile_name: Option<String>,
    pub ticket: Option<TicketId>,
    pub last_inbound_at: Option<DateTime<Utc>>,
}

fn from_model(m: conv::Model) -> Conversation {
    Conversation {
        id: m.id,
        user: WaUser { bsuid: m.bsuid, wa_id: m.wa_id },
        profile_name: m.profile_name,
        ticket: m.ticket_id.map(TicketId),
        last_inbound_at: m.last_inbound_at,
    }
}

async fn find_user<C: ConnectionTrait>(db: &C, user: &WaUser) -> ServiceResult<Option<conv::Model>> {
    if let Some(b) = &user.bsuid {
        if let Some(m) = conv::Entity::find().filter(conv::Column::Bsuid.eq(b.as_str())).one(db).await? {
            return Ok(Some(m));
        }
    }
    if let Some(w) = &user.wa_id {
        return Ok(conv::Entity::find().filter(conv::Column::WaId.eq(w.as_str())).one(db).await?);
    }
    Ok(None)
}

async fn held<C: ConnectionTrait>(db: &C, col: conv::Column, value: &Option<String>) -> ServiceResult<bool> {
    let Some(v) = value else { return Ok(false) };
    Ok(conv::Entity::find().filter(col.eq(v.as_str())).one(db).await?.is_some())
}

/// The conversation of `user`, created on first contact. An identifier the row lacks
/// is filled in (a user first seen by number, later also by BSUID, stays one
/// conversation). Safe under concurrent first contacts: the loser of the insert reads
/// the winner's row.
pub async fn conversation_for<C: ConnectionTrait>(
    db: &C,
    user: &WaUser,
    profile_name: Option<&str>,
    now: DateTime<Utc>,
) -> ServiceResult<Uuid> {
    if let Some(m) = find_user(db, user).await? {
        // Only an identifier no other conversation holds (a failed unique insert would
        // abort a PostgreSQL transaction).
        let add_bsuid =
            m.bsuid.is_none() && user.bsuid.is_some() && !held(db, conv::Column::Bsuid, &user.bsuid).await?;
        let add_wa =
            m.wa_id.is_none() && user.wa_id.is_some() && !held(db, conv::Column::WaId, &user.wa_id).await?;
        if add_bsuid || add_wa {
            let mut q = conv::Entity::update_many().filter(conv::Column::Id.eq(m.id));
            if add_bsuid {
                q = q.col_expr(conv::Column::Bsuid, Expr::value(user.bsuid.clone()));
            }
            if add_wa {
                q = q.col_expr(conv::Column::WaId, Expr::value(user.wa_id.clone()));
            }
            q.exec(db).await?;
        }
        return Ok(m.id);
    }
    let row = conv::ActiveModel {
        id: Set(Uuid::now_v7()),
        bsuid: Set(user.bsuid.clone()),
        wa_id: Set(user.wa_id.clone()),
        profile_name: Set(profile_name.map(str::to_owned)),
        ticket_id: Set(None),
        last_inbound_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let on_conflict = match user.bsuid {
        Some(_) => OnConflict::column(conv::Column::Bsuid).do_nothing().to_owned(),
        None => OnConflict::column(conv::Column::WaId).do_nothing().to_owned(),
    };
    conv::Entity::insert(row).on_conflict(on_conflict).exec_without_returning(db).await?;
    let m = find_user(db, user).await?.ok_or_else(|| {
        crate::error::ServiceError::Internal(anyhow::anyhow!("a new WhatsApp conversation vanished"))
    })?;
    Ok(m.id)
}

/// Locks the conversation for the rest of the transaction (PostgreSQL row lock by an
/// update; SQLite holds the database) so one user's messages are handled one at a time,
/// and returns it.
pub async fn lock<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    now: DateTime<Utc>,
) -> ServiceResult<Option<Conversation>> {
    conv::Entity::update_many()
        .col_expr(conv::Column::UpdatedAt, Expr::value(now))
        .filter(conv::Column::Id.eq(id))
        .exec(db)
        .await?;
    conversation(db, id).await
}

pub async fn conversation<C: ConnectionTrait>(db: &C, id: Uuid) -> ServiceResult<Option<Conversation>> {
    Ok(conv::Entity::find_by_id(id).one(db).await?.map(from_model))
}

/// The conversation a ticket came from, if it came by WhatsApp.
pub async fn of_ticket<C: ConnectionTrait>(db: &C, ticket: TicketId) -> ServiceResult<Option<Conversation>> {
    Ok(conv::Entity::find().filter(conv::Column::TicketId.eq(ticket.0)).one(db).await?.map(from_model))
}

/// After a message: its ticket, the profile name and the latest message time (a late
/// retry never moves the window back).
pub async fn touched<C: ConnectionTrait>(
    db: &C,
    c: &Conversation,
    ticket: TicketId,
    profile_name: Option<&str>,
    sent_at: DateTime<Utc>,
) -> ServiceResult<()> {
    let last = c.last_inbound_at.map_or(sent_at, |l| l.max(sent_at));
    conv::Entity::update_many()
        .col_expr(conv::Column::TicketId, Expr::value(ticket.0))
        .col_expr(conv::Column::LastInboundAt, Expr::value(last))
        .col_expr(
            conv::Column::ProfileName,
            Expr::value(profile_name.map(str::to_owned).or_else(|| c.profile_name.clone())),
        )
        .filter(conv::Column::Id.eq(c.id))
        .exec(db)
        .await?;
    Ok(())
}
