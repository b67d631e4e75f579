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
    /// Desk sign-in attempts from one client address.
    DeskIp,
    /// Desk sign-in attempts for one staff name.
    DeskName,
}

impl Scope {
    fn prefix(self) -> &'static str {
        match self {
            Scope::Ip => "ip",
            Scope::Nik => "nik",
            Scope::Destination => "to",
            Scope::NikFailures => "fail",
            Scope::Nonce => "once",
            Scope::DeskIp => "dip",
            Scope::DeskName => "dname",
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

/// One counter to hit: what it counts, the value, its limit and window.
pub struct Hit<'a> {
    pub scope: Scope,
    pub value: &'a str,
    pub limit: u32,
    pub window: Duration,
}

/// Counts one hit on each counter, in one statement; `RateLimited` (with the longest
/// wait) when any is past its limit.
pub async fn hit_all<C: ConnectionTrait>(cx: &Context, db: &C, hits: &[Hit<'_>]) -> ServiceResult<()> {
    let now = Utc::now().timestamp_millis();
    let keys: Vec<String> = hits.iter().map(|h| key(cx, h.scope, h.value)).collect();
    let pairs: Vec<(&str, i64)> = keys.iter().zip(hits).map(|(k, h)| (k.as_str(), ms(h.window))).collect();
    let counted = store::portal::hit_many(db, &pairs, now).await?;
    let wait = hits
        .iter()
        .zip(counted)
        .filter(|(h, (n, _))| *n > i64::from(h.limit))
        .map(|(h, (_, start))| (start + ms(h.window) - now).max(1000))
        .max();
    match wait {
        Some(w) => Err(ServiceError::RateLimited { retry_after: Duration::from_millis(w as u64) }),
        None => Ok(()),
    }
}

pub async fn hit<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    scope: Scope,
    value: &str,
    limit: u32,
    window: Duration,
) -> ServiceResult<()> {
    hit_all(cx, db, &[Hit { scope, value, limit, window }]).await
}

/// The per-address and per-NIK limits of one public lookup.
pub async fn lookup<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    ip: &str,
    nik: Option<&str>,
) -> ServiceResult<()> {
    let p = &cx.config.portal;
    let mut hits = vec![Hit { scope: Scope::Ip, value: ip, limit: p.per_ip, window: p.per_ip_window }];
    if let Some(nik) = nik {
        hits.push(Hit { scope: Scope::Nik, value: nik, limit: p.per_nik, window: p.per_nik_window });
    }
    hit_all(cx, db, &hits).await
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
    store::portal::hit_many(db, &[(&key(cx, Scope::NikFailures, nik), ms(p.lock_for))], now).await?;
    Ok(())
}

/// True the first time `nonce` is presented within `window` (a replayed form is refused).
pub async fn first_use(cx: &Context, nonce: &str, window: Duration) -> ServiceResult<bool> {
    let now = Utc::now().timestamp_millis();
    let counted =
        store::portal::hit_many(cx.store.write(), &[(&key(cx, Scope::Nonce, nonce), ms(window))], now)
            .await?;
    Ok(counted.first().is_some_and(|(hits, _)| *hits == 1))
}
