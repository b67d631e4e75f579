//! One conversation per WhatsApp user. A business-scoped user id (BSUID) names one user
//! for good (Meta makes a new one when a user changes number); a number may change
//! hands. So a conversation is found by BSUID first, and a number seen with another
//! BSUID than its row's moves to the new user's conversation instead of joining the old.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::domain::whatsapp::WaUser;
use crate::domain::TicketId;
use crate::error::{ServiceError, ServiceResult};
use crate::store::entity::whatsapp_conversation as conv;

#[derive(Debug, Clone)]
pub struct Conversation {
    pub id: Uuid,
    pub user: WaUser,
    pub profile_name: Option<String>,
    pub ticket: Option<TicketId>,
    pub last_inbound_at: Option<DateTime<Utc>>,
    /// The self-service menu's state while it has not lapsed (JSON, the service's).
    pub menu: Option<String>,
    pub menu_until: Option<DateTime<Utc>>,
}

fn from_model(m: conv::Model) -> Conversation {
    Conversation {
        id: m.id,
        user: WaUser { bsuid: m.bsuid, wa_id: m.wa_id },
        profile_name: m.profile_name,
        ticket: m.ticket_id.map(TicketId),
        last_inbound_at: m.last_inbound_at,
        menu: m.menu,
        menu_until: m.menu_until,
    }
}

async fn set<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    col: conv::Column,
    value: Option<String>,
) -> ServiceResult<()> {
    conv::Entity::update_many()
        .col_expr(col, Expr::value(value))
        .filter(conv::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// A conversation row as far as finding users goes.
struct Known {
    id: Uuid,
    bsuid: Option<String>,
    wa_id: Option<String>,
}

/// The conversation of each user, in order, created on first contact (see the module
/// comment for who is who). Safe under concurrent first contacts of the same user: the
/// identifiers are locked first, all in one statement, in one order. A batch of
/// webhook messages costs a handful of statements, not a handful per message.
/// `also_lock` names more advisory locks to take in the same ordered statement (the
/// webhook writer's message ids), so a batch never takes a lock after waiting for one.
pub async fn conversations_for<C: ConnectionTrait>(
    db: &C,
    users: &[(&WaUser, Option<&str>)],
    also_lock: &[String],
    now: DateTime<Utc>,
) -> ServiceResult<Vec<Uuid>> {
    let ids = |pick: fn(&WaUser) -> Option<&String>| -> Vec<String> {
        users.iter().filter_map(|(u, _)| pick(u).cloned()).collect()
    };
    let (bsuids, numbers) = (ids(|u| u.bsuid.as_ref()), ids(|u| u.wa_id.as_ref()));
    let mut names: Vec<String> = bsuids.iter().chain(&numbers).map(|id| format!("whatsapp:{id}")).collect();
    names.extend_from_slice(also_lock);
    super::xact_locks(db, &names).await?;
    // Five hundred identifiers of each kind a query: far below any parameter limit.
    let mut known: Vec<Known> = Vec::new();
    for i in 0..bsuids.len().max(numbers.len()).div_ceil(500) {
        let part = |v: &[String]| v.iter().skip(i * 500).take(500).cloned().collect::<Vec<_>>();
        let found = conv::Entity::find()
            .filter(
                Condition::any()
                    .add(conv::Column::Bsuid.is_in(part(&bsuids)))
                    .add(conv::Column::WaId.is_in(part(&numbers))),
            )
            .all(db)
            .await?;
        for m in found {
            if !known.iter().any(|k| k.id == m.id) {
                known.push(Known { id: m.id, bsuid: m.bsuid, wa_id: m.wa_id });
            }
        }
    }
    let mut fresh = Vec::new();
    let mut out = Vec::with_capacity(users.len());
    for (user, profile_name) in users {
        let found = find(db, &mut known, &mut fresh, user).await?;
        out.push(match found {
            Some(id) => id,
            None => {
                let id = Uuid::now_v7();
                known.push(Known { id, bsuid: user.bsuid.clone(), wa_id: user.wa_id.clone() });
                fresh.push(new_row(id, user, *profile_name, now));
                id
            }
        });
    }
    insert_fresh(db, &mut fresh).await?;
    Ok(out)
}

/// Finds `user` among the known rows, moving a number that changed hands; `None`: a
/// new user. Rows created earlier in the batch are written before any is changed.
async fn find<C: ConnectionTrait>(
    db: &C,
    known: &mut [Known],
    fresh: &mut Vec<conv::ActiveModel>,
    user: &WaUser,
) -> ServiceResult<Option<Uuid>> {
    let by_number = user.wa_id.as_ref().and_then(|w| known.iter().position(|k| k.wa_id.as_ref() == Some(w)));
    let Some(b) = &user.bsuid else { return Ok(by_number.map(|i| known[i].id)) };
    if let Some(i) = known.iter().position(|k| k.bsuid.as_ref() == Some(b)) {
        if user.wa_id.is_some() && known[i].wa_id != user.wa_id {
            insert_fresh(db, fresh).await?;
            // The number is this user's now: off any other row, onto this one.
            if let Some(o) = by_number.filter(|&o| o != i) {
                clear_number(db, known[o].id, user.wa_id.as_deref()).await?;
                known[o].wa_id = None;
            }
            set(db, known[i].id, conv::Column::WaId, user.wa_id.clone()).await?;
            known[i].wa_id = user.wa_id.clone();
        }
        return Ok(Some(known[i].id));
    }
    match by_number {
        // Known by this number from before Meta sent BSUIDs: the same user.
        Some(o) if known[o].bsuid.is_none() => {
            insert_fresh(db, fresh).await?;
            set(db, known[o].id, conv::Column::Bsuid, Some(b.clone())).await?;
            known[o].bsuid = Some(b.clone());
            Ok(Some(known[o].id))
        }
        // The number belonged to another user: it leaves their conversation.
        Some(o) => {
            insert_fresh(db, fresh).await?;
            clear_number(db, known[o].id, user.wa_id.as_deref()).await?;
            known[o].wa_id = None;
            Ok(None)
        }
        None => Ok(None),
    }
}

fn new_row(id: Uuid, user: &WaUser, profile_name: Option<&str>, now: DateTime<Utc>) -> conv::ActiveModel {
    conv::ActiveModel {
        id: Set(id),
        bsuid: Set(user.bsuid.clone()),
        wa_id: Set(user.wa_id.clone()),
        profile_name: Set(profile_name.map(str::to_owned)),
        ticket_id: Set(None),
        last_inbound_at: Set(None),
        menu: Set(None),
        menu_until: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

async fn insert_fresh<C: ConnectionTrait>(db: &C, fresh: &mut Vec<conv::ActiveModel>) -> ServiceResult<()> {
    // Ten parameters a row: five hundred rows a statement.
    for chunk in std::mem::take(fresh).chunks(500) {
        conv::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    Ok(())
}

/// Takes `number` off a conversation, unless another writer already moved it there.
async fn clear_number<C: ConnectionTrait>(db: &C, id: Uuid, number: Option<&str>) -> ServiceResult<()> {
    conv::Entity::update_many()
        .col_expr(conv::Column::WaId, Expr::value(Option::<String>::None))
        .filter(conv::Column::Id.eq(id))
        .filter(conv::Column::WaId.eq(number))
        .exec(db)
        .await?;
    Ok(())
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

/// The conversation whose messages a ticket holds, if it came by WhatsApp: found by
/// the messages recorded into it, so a ticket keeps its conversation when the user
/// moves on to a newer ticket. A ticket holding several users' messages (merged) has
/// no single conversation to answer in.
pub async fn of_ticket<C: ConnectionTrait>(db: &C, ticket: TicketId) -> ServiceResult<Option<Conversation>> {
    use crate::store::entity::whatsapp_inbound as inb;
    use sea_orm::QuerySelect;
    let ids: Vec<Uuid> = inb::Entity::find()
        .select_only()
        .column(inb::Column::ConversationId)
        .distinct()
        .filter(inb::Column::TicketId.eq(ticket.0))
        .limit(2)
        .into_tuple()
        .all(db)
        .await?;
    match ids.as_slice() {
        [] => Ok(None),
        [one] => conversation(db, *one).await,
        _ => Err(ServiceError::conflict(
            "this ticket holds messages of several WhatsApp users (merged); answer each in their own ticket",
        )),
    }
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

/// Keeps (or clears) the self-service menu's state.
pub async fn set_menu<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    menu: Option<String>,
    until: Option<DateTime<Utc>>,
) -> ServiceResult<()> {
    conv::Entity::update_many()
        .col_expr(conv::Column::Menu, Expr::value(menu))
        .col_expr(conv::Column::MenuUntil, Expr::value(until))
        .filter(conv::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// After a message the menu took: the window opens; the conversation's ticket stays.
pub async fn touched_by_menu<C: ConnectionTrait>(
    db: &C,
    c: &Conversation,
    sent_at: DateTime<Utc>,
) -> ServiceResult<()> {
    let last = c.last_inbound_at.map_or(sent_at, |l| l.max(sent_at));
    conv::Entity::update_many()
        .col_expr(conv::Column::LastInboundAt, Expr::value(last))
        .filter(conv::Column::Id.eq(c.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets every menu state that has lapsed (the facts typed into it), except in the
/// conversations of `except` (their next message says the session ended).
pub async fn clear_lapsed_menus<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    except: &[Uuid],
) -> ServiceResult<u64> {
    let r = conv::Entity::update_many()
        .col_expr(conv::Column::Menu, Expr::value(Option::<String>::None))
        .col_expr(conv::Column::MenuUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(conv::Column::MenuUntil.lt(now))
        .filter(conv::Column::Id.is_not_in(except.iter().copied()))
        .exec(db)
        .await?;
    Ok(r.rows_affected)
}
