//! Rate limits and lockouts for public lookups, kept in the database so they hold across
//! every certdesk process behind a load balancer. Keys are keyed hashes: the counters
//! table never holds an IP address, NIK or phone number in clear.

use std::time::Duration;

use chrono::Utc;
use sea_orm::ConnectionTrait;

use super::Context;
use crate::error::{ServiceError, ServiceResult};
use crate::store;

/// What a counter counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Lookups from one client address.
    Ip,
    /// Lookups of one NIK.
    Nik,
    /// Codes sent to one phone number or mailbox.
    Destination,
    /// Failed identity checks and wrong codes on one NIK (the lockout).
    NikFailures,
    /// A form challenge's nonce (answered once).
    Nonce,
}

impl Scope {
    fn prefix(self) -> &'static str {
        match self {
            Scope::Ip => "ip",
            Scope::Nik => "nik",
            Scope::Destination => "to",
            Scope::NikFailures => "fail",
            Scope::Nonce => "once",
        }
    }
}

pub fn key(cx: &Context, scope: Scope, value: &str) -> String {
    let d = cx.issuer.keyed("rate counter", format!("{}:{value}", scope.prefix()).as_bytes());
    format!("{}:{}", scope.prefix(), hex::encode(&d[..16]))
}

fn ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX / 4)
}

/// Counts one hit; `RateLimited` (with the wait) once `limit` is passed in the window.
pub async fn hit<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    scope: Scope,
    value: &str,
    limit: u32,
    window: Duration,
) -> ServiceResult<()> {
    let now = Utc::now().timestamp_millis();
    let (hits, start) = store::portal::hit(db, &key(cx, scope, value), now, ms(window)).await?;
    if hits > i64::from(limit) {
        let wait = (start + ms(window) - now).max(1000);
        return Err(ServiceError::RateLimited { retry_after: Duration::from_millis(wait as u64) });
    }
    Ok(())
}

/// The per-address and per-NIK limits of one public lookup.
pub async fn lookup<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    ip: &str,
    nik: Option<&str>,
) -> ServiceResult<()> {
    let p = &cx.config.portal;
    hit(cx, db, Scope::Ip, ip, p.per_ip, p.per_ip_window).await?;
    if let Some(nik) = nik {
        hit(cx, db, Scope::Nik, nik, p.per_nik, p.per_nik_window).await?;
    }
    Ok(())
}

/// Whether public lookups of `nik` are refused now after repeated failures. (A
/// supervisor's lock is `person.lookup_locked`, checked with the record.)
pub async fn nik_locked<C: ConnectionTrait>(cx: &Context, db: &C, nik: &str) -> ServiceResult<bool> {
    let p = &cx.config.portal;
    let now = Utc::now().timestamp_millis();
    let (failures, _) =
        store::portal::hits(db, &key(cx, Scope::NikFailures, nik), now, ms(p.lock_for)).await?;
    Ok(failures >= i64::from(p.lock_after_failures))
}

/// One more failure on `nik`; at `lock_after_failures` the NIK is locked for `lock_for`.
pub async fn nik_failed<C: ConnectionTrait>(cx: &Context, db: &C, nik: &str) -> ServiceResult<()> {
    let p = &cx.config.portal;
    let now = Utc::now().timestamp_millis();
    store::portal::hit(db, &key(cx, Scope::NikFailures, nik), now, ms(p.lock_for)).await?;
    Ok(())
}

/// True the first time `nonce` is presented within `window` (a replayed form is refused).
pub async fn first_use(cx: &Context, nonce: &str, window: Duration) -> ServiceResult<bool> {
    let now = Utc::now().timestamp_millis();
    let (hits, _) =
        store::portal::hit(cx.store.write(), &key(cx, Scope::Nonce, nonce), now, ms(window)).await?;
    Ok(hits == 1)
}
