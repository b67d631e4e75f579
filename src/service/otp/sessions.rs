//! Verified portal sessions: opened after a right code, found by the cookie's token
//! (stored hashed), closed on sign-out.

use sea_orm::ConnectionTrait;

use super::{new_token, token_hash};
use crate::domain::{PersonId, TicketId};
use crate::error::ServiceResult;
use crate::service::Context;
use crate::store::{self, portal::Session};

/// Opens a verified session; returns its token for the cookie.
pub async fn open_session<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    person: Option<PersonId>,
    ticket: Option<TicketId>,
) -> ServiceResult<String> {
    let now = cx.now();
    let token = new_token();
    let expires_at = now + chrono::Duration::from_std(cx.config.portal.session_ttl).unwrap_or_default();
    store::portal::insert_session(db, &token_hash(&token), Session { person, ticket, expires_at }, now)
        .await?;
    Ok(token)
}

pub async fn session(cx: &Context, token: &str) -> ServiceResult<Option<Session>> {
    store::portal::session(cx.store.read(), &token_hash(token), cx.now()).await
}

pub async fn close_session<C: ConnectionTrait>(db: &C, token: &str) -> ServiceResult<()> {
    store::portal::delete_session(db, &token_hash(token)).await
}
