//! Rate limits and lockouts for public lookups, kept in the database so they hold across
//! every certdesk process behind a load balancer. Keys are keyed hashes: the counters
//! table never holds an IP address, NIK or phone number in clear.

use std::time::Duration;

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
    /// Failed desk sign-ins for one staff name from one client (the lock).
    DeskName,
    /// Failed desk sign-ins for one staff name from anywhere (back-off and a warning
    /// to the staff member, never a lock).
    DeskNameAll,
    /// Wrong second-factor codes of one member of staff.
    SecondFactor,
    /// People's records one member of staff opened (the insider's hourly budget).
    StaffLookups,
    /// People searches one member of staff made.
    StaffSearches,
    /// Codes sent to numbers no record vouches for (phone change, follow-up), all of them.
    UnprovenSmsAll,
    /// The same, per destination prefix (`+62812…`): pumping to premium ranges.
    UnprovenSmsPrefix,
    /// Codes to typed numbers that one client address, or one network, caused.
    UnprovenSmsClient,
    UnprovenSmsNetwork,
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
            Scope::DeskNameAll => "dnall",
            Scope::StaffLookups => "look",
            Scope::StaffSearches => "srch",
            Scope::SecondFactor => "mfa",
            Scope::UnprovenSmsAll => "smsall",
            Scope::UnprovenSmsPrefix => "smspfx",
            Scope::UnprovenSmsClient => "smscli",
            Scope::UnprovenSmsNetwork => "smsnet",
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
    let now = cx.now().timestamp_millis();
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

/// Counts one hit on each counter and says whether every one is still within its limit;
/// never refuses (for budgets whose refusal must not show, and for counters read later).
pub async fn within<C: ConnectionTrait>(cx: &Context, db: &C, hits: &[Hit<'_>]) -> ServiceResult<bool> {
    match hit_all(cx, db, hits).await {
        Ok(()) => Ok(true),
        Err(ServiceError::RateLimited { .. }) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The hits a counter holds in its current window, without counting one.
pub async fn count<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    scope: Scope,
    value: &str,
    window: Duration,
) -> ServiceResult<i64> {
    let now = cx.now().timestamp_millis();
    Ok(store::portal::hits(db, &key(cx, scope, value), now, ms(window)).await?.0)
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

/// A NIK as one client asks about it: NIK limits and locks count per client, so a
/// stranger cannot lock a citizen out of their own record.
pub fn nik_here(nik: &str, ip: &str) -> String {
    format!("{nik}|{ip}")
}

/// The per-address and per-(NIK, address) limits of one public lookup.
pub async fn lookup<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    ip: &str,
    nik: Option<&str>,
) -> ServiceResult<()> {
    let p = &cx.config.portal;
    let here = nik.map(|n| nik_here(n, ip));
    let mut hits = vec![Hit { scope: Scope::Ip, value: ip, limit: p.per_ip, window: p.per_ip_window }];
    if let Some(here) = &here {
        hits.push(Hit { scope: Scope::Nik, value: here, limit: p.per_nik, window: p.per_nik_window });
    }
    hit_all(cx, db, &hits).await
}

/// Whether this client's lookups of `nik` are refused now after its repeated failures.
/// (A supervisor's lock is `person.lookup_locked`, checked with the record.)
pub async fn nik_locked<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    nik: &str,
    ip: &str,
) -> ServiceResult<bool> {
    let p = &cx.config.portal;
    let failures = count(cx, db, Scope::NikFailures, &nik_here(nik, ip), p.lock_for).await?;
    Ok(failures >= i64::from(p.lock_after_failures))
}

/// One more failure on `nik` from this client; at `lock_after_failures` this client's
/// lookups of it are refused for `lock_for`.
pub async fn nik_failed<C: ConnectionTrait>(cx: &Context, db: &C, nik: &str, ip: &str) -> ServiceResult<()> {
    let p = &cx.config.portal;
    let now = cx.now().timestamp_millis();
    store::portal::hit_many(db, &[(&key(cx, Scope::NikFailures, &nik_here(nik, ip)), ms(p.lock_for))], now)
        .await?;
    Ok(())
}

/// True the first time `nonce` is presented within `window` (a replayed form is refused).
pub async fn first_use(cx: &Context, nonce: &str, window: Duration) -> ServiceResult<bool> {
    let now = cx.now().timestamp_millis();
    let counted =
        store::portal::hit_many(cx.store.write(), &[(&key(cx, Scope::Nonce, nonce), ms(window))], now)
            .await?;
    Ok(counted.first().is_some_and(|(hits, _)| *hits == 1))
}
