//! Staff sign-in for the agent desk: argon2id password hashes, sessions held by a
//! cookie (only the token's hash is stored) with idle and absolute limits, a CSRF
//! token per session, sign-in attempts limited per address and per name. API tokens
//! stay for the console.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use sea_orm::TransactionTrait;
use serde_json::json;

use super::limits::{self, Hit, Scope};
use super::Context;
use crate::domain::{Actor, AuditEntry, Role, Staff, StaffId, StaffName};
use crate::error::{ServiceError, ServiceResult};
use crate::store;

/// A signed-in member of staff and the CSRF token of their session.
#[derive(Debug, Clone)]
pub struct DeskSession {
    pub staff: Staff,
    pub csrf: String,
    /// What the session still owes before the desk opens (`second_factor`).
    pub stage: super::second_factor::Stage,
}

/// Passwords are 12-128 characters; length is what protects them (NIST SP 800-63B).
pub fn check_password(p: &str) -> ServiceResult<()> {
    let n = p.chars().count();
    if !(12..=128).contains(&n) {
        return Err(ServiceError::invalid("password", "must be 12 to 128 characters"));
    }
    Ok(())
}

async fn hash(password: String) -> ServiceResult<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| ServiceError::Internal(anyhow::anyhow!("argon2: {e}")))
    })
    .await
    .map_err(|e| ServiceError::Internal(anyhow::anyhow!("hashing task: {e}")))?
}

/// Verifies on a blocking thread. With no stored hash a fixed one is checked instead,
/// so an unknown name costs the same time as a wrong password.
async fn verify(password: String, stored: Option<String>) -> bool {
    const DUMMY: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$Ei7JmvDkvtK7B5TqS06cBCNmYjhZ7Ri3b2aR5Bw0+Ro";
    let known = stored.is_some();
    tokio::task::spawn_blocking(move || {
        let s = stored.unwrap_or_else(|| DUMMY.to_string());
        let ok = PasswordHash::new(&s)
            .is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok());
        ok && known
    })
    .await
    .unwrap_or(false)
}

/// Sets a password: an admin for anyone, anyone for themselves with their current one.
/// Every session of that person ends.
pub async fn set_password(
    cx: &Context,
    actor: &Actor,
    id: StaffId,
    new: String,
    current: Option<String>,
) -> ServiceResult<()> {
    check_password(&new)?;
    let admin = matches!(actor, Actor::Operator) || actor.role().is_some_and(|r| r.at_least(Role::Admin));
    let own = actor.staff_id() == Some(id);
    if !admin && !own {
        return Err(ServiceError::forbidden("only an admin sets another person's password"));
    }
    store::staff::find(cx.store.read(), id).await?.ok_or(ServiceError::NotFound { what: "staff member" })?;
    if own && !admin {
        let stored = store::desk::password_hash(cx.store.read(), id).await?;
        if stored.is_some() && !verify(current.unwrap_or_default(), stored).await {
            return Err(ServiceError::invalid("current_password", "is not your current password"));
        }
    }
    let h = hash(new).await?;
    let txn = cx.store.write().begin().await?;
    store::desk::set_password_hash(&txn, id, &h).await?;
    let ended = store::desk::delete_of(&txn, id).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "staff.set_password", "staff", id)
            .with_evidence(json!({"sessions_ended": ended})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn token_hash(token: &str) -> String {
    super::staff::hash_token(token)
}

/// Signs in by name and password from `ip`. Returns the session cookie's token.
pub async fn sign_in(
    cx: &Context,
    name: &str,
    password: String,
    ip: &str,
) -> ServiceResult<(String, DeskSession)> {
    let d = &cx.config.desk;
    let name_key = name.trim().to_lowercase();
    let here = format!("{name_key}|{ip}");
    limits::hit_all(
        cx,
        cx.store.write(),
        &[Hit { scope: Scope::DeskIp, value: ip, limit: d.sign_in_per_ip, window: d.sign_in_window }],
    )
    .await?;
    // This address's failures on this name lock this address out of it, no one else.
    let db = cx.store.read();
    if limits::count(cx, db, Scope::DeskName, &here, d.sign_in_window).await? >= i64::from(d.sign_in_per_name)
    {
        return Err(ServiceError::RateLimited { retry_after: d.sign_in_window });
    }
    // Failures from everywhere slow the name down (a second more per failure past the
    // limit, at most ten), for everyone: a guessing botnet crawls, the owner waits.
    let everywhere = limits::count(cx, db, Scope::DeskNameAll, &name_key, d.sign_in_window).await?;
    let over = everywhere - i64::from(d.sign_in_per_name);
    if over > 0 {
        tokio::time::sleep(std::time::Duration::from_secs(over.min(10) as u64)).await;
    }
    let staff = match StaffName::parse(name.trim()) {
        Ok(n) => store::staff::find_by_name(cx.store.read(), &n).await?,
        Err(_) => None,
    };
    let stored = match &staff {
        Some(s) if s.active => store::desk::password_hash(cx.store.read(), s.id).await?,
        _ => None,
    };
    let ok = verify(password, stored).await;
    let staff = match staff {
        Some(s) if ok => s,
        other => {
            failed_sign_in(cx, &name_key, &here, ip, other.as_ref()).await?;
            return Err(ServiceError::Unauthorized);
        }
    };
    let token = super::otp::new_token();
    let csrf = {
        use rand::RngCore;
        let mut b = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut b);
        hex::encode(b)
    };
    let now = cx.now();
    let expires = now + chrono::Duration::from_std(d.max_session).unwrap_or(chrono::Duration::hours(12));
    let txn = cx.store.write().begin().await?;
    let stage = super::second_factor::stage(cx, &staff).await?;
    let done = stage == super::second_factor::Stage::Done;
    store::desk::insert(&txn, &token_hash(&token), staff.id, &csrf, now, expires, done).await?;
    let actor = Actor::Staff(crate::domain::StaffActor::from_staff(&staff, crate::domain::Via::Desk));
    store::audit::append(
        &txn,
        AuditEntry::new(&actor, "staff.sign_in", "staff", staff.id).with_evidence(json!({"ip": ip})),
    )
    .await?;
    txn.commit().await?;
    Ok((token, DeskSession { staff, csrf, stage }))
}

/// Counts a failed sign-in and audits it: under the account's id when the name is one
/// (never what was typed, which is sometimes a password), else a keyed digest. The
/// staff member is told once when failures from everywhere reach twice the limit.
async fn failed_sign_in(
    cx: &Context,
    name_key: &str,
    here: &str,
    ip: &str,
    staff: Option<&Staff>,
) -> ServiceResult<()> {
    let d = &cx.config.desk;
    let db = cx.store.write();
    limits::within(
        cx,
        db,
        &[
            Hit { scope: Scope::DeskName, value: here, limit: u32::MAX, window: d.sign_in_window },
            Hit { scope: Scope::DeskNameAll, value: name_key, limit: u32::MAX, window: d.sign_in_window },
        ],
    )
    .await?;
    let entity = match staff {
        Some(s) => s.id.0.to_string(),
        None => limits::key(cx, Scope::DeskName, name_key),
    };
    store::audit::append(
        db,
        AuditEntry::new(&Actor::System, "staff.sign_in_failed", "staff", entity)
            .with_evidence(json!({"ip": ip, "known": staff.is_some()})),
    )
    .await?;
    let everywhere = limits::count(cx, db, Scope::DeskNameAll, name_key, d.sign_in_window).await?;
    if let Some(s) = staff.filter(|_| everywhere == 2 * i64::from(d.sign_in_per_name)) {
        store::audit::append(
            db,
            AuditEntry::new(&Actor::System, "staff.sign_in_targeted", "staff", s.id)
                .with_evidence(json!({"failures": everywhere, "window_s": d.sign_in_window.as_secs()})),
        )
        .await?;
        if let Some(to) = &s.email {
            let minutes = d.sign_in_window.as_secs() / 60;
            let text = format!(
                "Ada {everywhere} percobaan masuk yang gagal ke akun desk Anda dalam {minutes} menit terakhir. \
                 Jika bukan Anda, beri tahu supervisor. Akun Anda tidak dikunci.\n\n\
                 There were {everywhere} failed sign-ins to your desk account in the last {minutes} minutes. \
                 If that was not you, tell a supervisor. Your account is not locked.\n"
            );
            let subject = "certdesk: banyak percobaan masuk gagal / many failed sign-ins".to_string();
            super::mail_out::send_notice(
                cx,
                to.as_str(),
                Some(s.name.as_str()),
                subject,
                text,
                "sign-in warning",
            );
        }
    }
    Ok(())
}

/// The session a cookie token names, if it is live: not past its absolute limit, used
/// within the idle limit, its owner still active. Use moves the idle limit on.
pub async fn session(cx: &Context, token: &str) -> ServiceResult<Option<DeskSession>> {
    let h = token_hash(token);
    let Some(row) = store::desk::find(cx.store.read(), &h).await? else { return Ok(None) };
    let now = cx.now();
    let idle =
        chrono::Duration::from_std(cx.config.desk.idle_timeout).unwrap_or(chrono::Duration::minutes(30));
    if row.expires_at <= now || row.last_seen_at + idle <= now {
        store::desk::delete(cx.store.write(), &h).await?;
        return Ok(None);
    }
    let Some(staff) = store::staff::find(cx.store.read(), row.staff).await?.filter(|s| s.active) else {
        return Ok(None);
    };
    // One write a minute at most per session, not one per request.
    if now - row.last_seen_at > chrono::Duration::seconds(60) {
        store::desk::touch(cx.store.write(), &h, now).await?;
    }
    let stage = if row.second_factor_ok {
        super::second_factor::Stage::Done
    } else {
        super::second_factor::stage(cx, &staff).await?
    };
    Ok(Some(DeskSession { staff, csrf: row.csrf, stage }))
}

pub async fn sign_out(cx: &Context, token: &str, who: &Staff) -> ServiceResult<()> {
    store::desk::delete(cx.store.write(), &token_hash(token)).await?;
    let actor = Actor::Staff(crate::domain::StaffActor::from_staff(who, crate::domain::Via::Desk));
    store::audit::append(cx.store.write(), AuditEntry::new(&actor, "staff.sign_out", "staff", who.id)).await
}

/// Drops sessions past their limits (the portal janitor calls this too).
pub async fn prune(cx: &Context) -> ServiceResult<u64> {
    let now = cx.now();
    let idle =
        chrono::Duration::from_std(cx.config.desk.idle_timeout).unwrap_or(chrono::Duration::minutes(30));
    store::desk::prune(cx.store.write(), now, now - idle).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_only() {
        let h = hash("kata sandi yang panjang".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("kata sandi yang panjang".into(), Some(h.clone())).await);
        assert!(!verify("kata sandi yang salah!".into(), Some(h)).await);
        assert!(!verify("anything at all".into(), None).await, "no stored hash never verifies");
    }

    #[test]
    fn passwords_are_long_enough() {
        assert!(check_password("short").is_err());
        assert!(check_password("duabelas-huruf").is_ok());
        assert!(check_password(&"x".repeat(129)).is_err());
    }
}
