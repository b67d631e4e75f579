//! Checking a typed code: the challenge behind a flow token, one guarded attempt per
//! try, and the confirm step every portal flow shares.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use super::{code_hash, token_hash};
use crate::domain::{OtpCode, OtpPurpose, OtpRefusal};
use crate::error::ServiceResult;
use crate::service::limits::{self, Scope};
use crate::service::Context;
use crate::store::{self, portal::Challenge};

/// The challenge behind a flow token, if it is still usable.
pub async fn challenge<C: ConnectionTrait>(db: &C, flow: &str) -> ServiceResult<Option<Challenge>> {
    Ok(store::portal::challenge_by_flow(db, &token_hash(flow)).await?.filter(|c| c.verified_at.is_none()))
}

/// Checks a typed code. A wrong one costs an attempt; the last wrong one voids it.
pub async fn verify<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    flow: &str,
    code: &OtpCode,
    now: DateTime<Utc>,
) -> ServiceResult<Result<Challenge, OtpRefusal>> {
    let max = cx.config.portal.code_attempts;
    let Some(c) = challenge(db, flow).await? else { return Ok(Err(OtpRefusal::Expired)) };
    if c.expires_at <= now {
        return Ok(Err(OtpRefusal::Expired));
    }
    // Every try, right or wrong, first takes one attempt in one guarded statement, so
    // parallel guesses cannot share a counted attempt and a right code cannot win
    // once the tries are used up.
    let Some(used) = store::portal::take_attempt(db, c.id, max, now).await? else {
        return Ok(Err(if c.verified_at.is_some() || c.expires_at <= now {
            OtpRefusal::Expired
        } else {
            OtpRefusal::TooManyAttempts
        }));
    };
    let expected = code_hash(cx, c.id, code);
    // A challenge that sent nothing never matches (there is no code to know).
    let right = c.last_sent_at.is_some()
        && (c.phone.is_some() || c.data.as_ref().is_some_and(|d| d.get("email").is_some()))
        && crate::domain::secret_eq(expected.as_bytes(), c.code_hash.as_bytes());
    if right {
        if store::portal::mark_verified(db, c.id, now).await? {
            return Ok(Ok(c));
        }
        return Ok(Err(OtpRefusal::Expired));
    }
    let left = max.saturating_sub(used);
    Ok(Err(if left == 0 { OtpRefusal::TooManyAttempts } else { OtpRefusal::Wrong { attempts_left: left } }))
}

/// The code step every portal flow shares: the address limit on tries (three times the
/// lookup limit: a citizen may mistype), then the code, which must belong to a
/// challenge for `purpose`.
pub async fn confirm<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    ip: &str,
    flow: &str,
    code: &OtpCode,
    purpose: OtpPurpose,
) -> ServiceResult<Result<Challenge, OtpRefusal>> {
    let p = &cx.config.portal;
    limits::hit(cx, db, Scope::Ip, ip, p.per_ip * 3, p.per_ip_window).await?;
    Ok(match verify(cx, db, flow, code, cx.now()).await? {
        Ok(c) if c.purpose == purpose => Ok(c),
        Ok(_) => Err(OtpRefusal::Expired),
        Err(r) => Err(r),
    })
}
