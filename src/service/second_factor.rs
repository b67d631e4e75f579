//! The desk's second factor: after the password, a code from an authenticator app
//! (TOTP, RFC 6238: SHA-1, six digits, 30-second steps, one step of clock drift either
//! way) or one of ten single-use recovery codes. Required for the roles in
//! `desk.second_factor_roles` (supervisors and admins by default); anyone may enrol.
//! A code's time step is used once; an admin resets a lost factor. Enrolling takes a
//! one-time code an admin issued (unless `desk.second_factor_enrolment_code = false`).

use chrono::Utc;
use rand::RngCore;
use sea_orm::TransactionTrait;
use serde_json::json;
use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, Secret, TOTP};

use super::limits::{self, Scope};
use super::Context;
use crate::domain::{Actor, AuditEntry, Role, Staff, StaffId};
use crate::error::{ServiceError, ServiceResult};
use crate::store;

/// Where a signed-in member of staff stands with the second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Nothing owed: the desk is open.
    Done,
    /// Enrolled: a code is owed for this session.
    Code,
    /// Their role needs one and they have none yet: enrol first.
    Enrol,
}

/// What a session owes, from the member's role and enrolment.
pub async fn stage(cx: &Context, staff: &Staff) -> ServiceResult<Stage> {
    // A key that no longer opens (the issuer secret was replaced) is no factor: the
    // member enrols anew, with an admin's code.
    let enrolled = store::second_factor::totp(cx.store.read(), staff.id)
        .await?
        .is_some_and(|t| t.enabled && opened(cx, staff.id, &t.secret).is_ok());
    let required = cx.config.desk.second_factor_roles.iter().any(|r| r.role() == staff.role);
    Ok(match (enrolled, required) {
        (true, _) => Stage::Code,
        (false, true) => Stage::Enrol,
        (false, false) => Stage::Done,
    })
}

fn totp(secret: &str, account: &str) -> ServiceResult<TOTP> {
    let bytes = Secret::Encoded(secret.to_string())
        .to_bytes()
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("stored TOTP secret: {e:?}")))?;
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, Some("certdesk".into()), account.replace(':', "_"))
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("TOTP: {e}")))
}

/// What the enrolment page shows: the secret to type, and the `otpauth://` URI an app
/// reads (as a QR code or a link).
pub struct Enrolment {
    pub secret: String,
    pub uri: String,
}

/// The enrolment page's step.
pub enum EnrolStep {
    /// An admin's one-time enrolment code is owed first (`desk.second_factor_enrolment_code`).
    NeedCode,
    Show(Enrolment),
}

/// The pending secret (made on the first visit), unless a factor is enabled already.
/// Where enrolment takes an admin's code, the secret is shown only with that code (each
/// try counted), so a thief of the password alone never sees it.
pub async fn begin_enrolment(
    cx: &Context,
    staff: &Staff,
    enrolment_code: Option<&str>,
    session: &str,
) -> ServiceResult<EnrolStep> {
    let mut stored = store::second_factor::totp(cx.store.read(), staff.id).await?;
    let opens = stored.as_ref().is_some_and(|t| opened(cx, staff.id, &t.secret).is_ok());
    if stored.as_ref().is_some_and(|t| t.enabled) && opens {
        return Err(ServiceError::conflict("a second factor is already set up; an admin can reset it"));
    }
    if cx.config.desk.second_factor_enrolment_code {
        let Some(code) = enrolment_code else { return Ok(EnrolStep::NeedCode) };
        check_enrolment_code(cx, staff, code, session).await?;
    }
    if stored.is_some() && !opens {
        // Sealed under a replaced issuer secret: it can never be used; start afresh.
        store::second_factor::clear(cx.store.write(), staff.id).await?;
        stored = None;
    }
    let secret = match stored {
        // The same key until it is confirmed: a mistyped code or a reload must not leave
        // the app holding a key the server forgot.
        Some(t) => opened(cx, staff.id, &t.secret)?,
        None => {
            let mut raw = [0u8; 20];
            rand::rngs::OsRng.fill_bytes(&mut raw);
            let secret = Secret::Raw(raw.to_vec()).to_encoded().to_string();
            store::second_factor::set_pending(cx.store.write(), staff.id, &sealed(cx, staff.id, &secret))
                .await?;
            secret
        }
    };
    let uri = totp(&secret, staff.name.as_str())?.get_url();
    Ok(EnrolStep::Show(Enrolment { secret, uri }))
}

/// The admin's enrolment code; expired or wrong is `Invalid` and spends a try (the
/// code is carried through the enrolment's pages, so a right one costs nothing), and
/// once the tries are spent even the right one waits for the window.
async fn check_enrolment_code(cx: &Context, staff: &Staff, code: &str, session: &str) -> ServiceResult<()> {
    let window = cx.config.desk.sign_in_window;
    let id = staff.id.0.to_string();
    let here = format!("{id}|{}", super::staff::hash_token(session));
    let db = cx.store.write();
    let member = limits::count(cx, db, Scope::SecondFactor, &id, window).await?;
    let session_spent = limits::count(cx, db, Scope::SecondFactor, &here, window).await?;
    if member >= 20 || session_spent >= 5 {
        return Err(ServiceError::RateLimited { retry_after: window });
    }
    let issued = store::second_factor::enrolment_code(cx.store.read(), staff.id).await?;
    let good = issued.is_some_and(|(hash, expires)| {
        expires > cx.now() && crate::domain::secret_eq(hash.as_bytes(), recovery_hash(code).as_bytes())
    });
    if !good {
        spend_try(cx, staff, session).await?;
        store::audit::append(
            cx.store.write(),
            AuditEntry::new(&actor(staff), "staff.enrolment_code_failed", "staff", staff.id),
        )
        .await?;
        return Err(ServiceError::invalid("enrolment_code", "is not the code an admin gave, or it expired"));
    }
    Ok(())
}

/// An admin issues a one-time enrolment code for a member (shown once, stored hashed,
/// replacing any earlier one), to hand over in person or by a second channel.
pub async fn issue_enrolment_code(
    cx: &Context,
    by: &Actor,
    staff: StaffId,
) -> ServiceResult<(String, chrono::DateTime<Utc>)> {
    if !by.role().is_some_and(|r| r.at_least(Role::Admin)) && !matches!(by, Actor::Operator) {
        return Err(ServiceError::forbidden("only an admin issues enrolment codes"));
    }
    let code = recovery_code();
    let expires = cx.now()
        + chrono::Duration::from_std(cx.config.desk.enrolment_code_ttl)
            .unwrap_or(chrono::Duration::hours(72));
    let txn = cx.store.write().begin().await?;
    if !store::second_factor::set_enrolment_code(&txn, staff, Some(&recovery_hash(&code)), Some(expires))
        .await?
    {
        return Err(ServiceError::NotFound { what: "staff member" });
    }
    store::audit::append(
        &txn,
        AuditEntry::new(by, "staff.enrolment_code_issued", "staff", staff)
            .with_evidence(json!({"expires_at": expires})),
    )
    .await?;
    txn.commit().await?;
    Ok((code, expires))
}

/// The first code proves the app holds the secret: the factor is on, the session is
/// complete, and ten recovery codes are returned (shown once, stored hashed).
pub async fn finish_enrolment(
    cx: &Context,
    staff: &Staff,
    code: &str,
    enrolment_code: Option<&str>,
    session: &str,
) -> ServiceResult<Vec<String>> {
    let pending = store::second_factor::totp(cx.store.read(), staff.id)
        .await?
        .filter(|t| !t.enabled)
        .ok_or(ServiceError::NotFound { what: "enrolment" })?;
    if cx.config.desk.second_factor_enrolment_code {
        check_enrolment_code(cx, staff, enrolment_code.unwrap_or_default(), session).await?;
    }
    spend_try(cx, staff, session).await?;
    if !code_matches(cx, staff, &opened(cx, staff.id, &pending.secret)?, code).await? {
        return Err(ServiceError::invalid("code", "is not the code the app shows now"));
    }
    let codes: Vec<String> = (0..10).map(|_| recovery_code()).collect();
    let hashes: Vec<String> = codes.iter().map(|c| recovery_hash(c)).collect();
    let now = crate::service::clock::wall();
    let txn = cx.store.write().begin().await?;
    // The admin's code is spent once, and the factor turned on once: of two parallel
    // enrolments one wins, the other changes nothing.
    let spent = match enrolment_code.filter(|_| cx.config.desk.second_factor_enrolment_code) {
        Some(c) => store::second_factor::spend_enrolment_code(&txn, staff.id, &recovery_hash(c)).await?,
        None => true,
    };
    if !spent || !store::second_factor::enable(&txn, staff.id, now).await? {
        return Err(ServiceError::conflict("the second factor was set up meanwhile"));
    }
    store::second_factor::set_recovery_codes(&txn, staff.id, &hashes, now).await?;
    store::desk::second_factor_given(&txn, &super::staff::hash_token(session)).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(&actor(staff), "staff.second_factor_enrolled", "staff", staff.id),
    )
    .await?;
    txn.commit().await?;
    Ok(codes)
}

/// A code from the app, or a recovery code, for this session. Five tries a session and
/// twenty a member in the sign-in window (then 429 until it is over; the attempts are
/// audited).
pub async fn verify(cx: &Context, staff: &Staff, code: &str, session: &str) -> ServiceResult<bool> {
    spend_try(cx, staff, session).await?;
    let enrolled = store::second_factor::totp(cx.store.read(), staff.id)
        .await?
        .filter(|t| t.enabled)
        .ok_or(ServiceError::NotFound { what: "second factor" })?;
    let typed: String = code.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    let (ok, how) = if typed.len() == 6 && typed.bytes().all(|b| b.is_ascii_digit()) {
        (code_matches(cx, staff, &opened(cx, staff.id, &enrolled.secret)?, &typed).await?, "app")
    } else {
        let used = store::second_factor::use_recovery_code(
            cx.store.write(),
            staff.id,
            &recovery_hash(&typed),
            crate::service::clock::wall(),
        )
        .await?;
        (used, "recovery_code")
    };
    let db = cx.store.write();
    if ok {
        store::desk::second_factor_given(db, &super::staff::hash_token(session)).await?;
        store::audit::append(
            db,
            AuditEntry::new(&actor(staff), "staff.second_factor", "staff", staff.id)
                .with_evidence(json!({"how": how})),
        )
        .await?;
    } else {
        store::audit::append(
            db,
            AuditEntry::new(&actor(staff), "staff.second_factor_failed", "staff", staff.id),
        )
        .await?;
    }
    Ok(ok)
}

/// Counts one try before the code is checked, in one statement, so parallel guesses
/// cannot share a try: five a session, twenty a member in the sign-in window.
async fn spend_try(cx: &Context, staff: &Staff, session: &str) -> ServiceResult<()> {
    let window = cx.config.desk.sign_in_window;
    let id = staff.id.0.to_string();
    let here = format!("{id}|{}", super::staff::hash_token(session));
    limits::hit_all(
        cx,
        cx.store.write(),
        &[
            limits::Hit { scope: Scope::SecondFactor, value: &here, limit: 5, window },
            limits::Hit { scope: Scope::SecondFactor, value: &id, limit: 20, window },
        ],
    )
    .await
}

/// An admin resets a lost second factor: the secret and recovery codes are forgotten,
/// the member's desk sessions end, and they enrol again at their next sign-in.
pub async fn reset(cx: &Context, by: &Actor, staff: StaffId) -> ServiceResult<()> {
    if !by.role().is_some_and(|r| r.at_least(Role::Admin)) && !matches!(by, Actor::Operator) {
        return Err(ServiceError::forbidden("only an admin resets a second factor"));
    }
    let txn = cx.store.write().begin().await?;
    store::staff::find(&txn, staff).await?.ok_or(ServiceError::NotFound { what: "staff member" })?;
    store::second_factor::clear(&txn, staff).await?;
    store::desk::delete_of_staff(&txn, staff).await?;
    store::audit::append(&txn, AuditEntry::new(by, "staff.second_factor_reset", "staff", staff)).await?;
    txn.commit().await?;
    Ok(())
}

/// Whether `code` is the app's code for now (one step either way), and its time step
/// not used before; taking the step makes a replay fail.
async fn code_matches(cx: &Context, staff: &Staff, secret: &str, code: &str) -> ServiceResult<bool> {
    let t = totp(secret, staff.name.as_str())?;
    let now = u64::try_from(cx.now().timestamp()).unwrap_or_default();
    for drift in [0i64, -1, 1] {
        let at = now.saturating_add_signed(drift * 30);
        if crate::domain::secret_eq(t.generate(at).as_bytes(), code.as_bytes()) {
            let step = i64::try_from(at / 30).unwrap_or(i64::MAX);
            return store::second_factor::take_step(cx.store.write(), staff.id, step).await;
        }
    }
    Ok(false)
}

/// TOTP secrets are stored sealed under a key derived from the issuer secret (which is
/// not in the database), bound to the member's id.
fn seal_key(cx: &Context) -> [u8; 32] {
    cx.issuer.subkey("totp-secret")
}

fn sealed(cx: &Context, staff: StaffId, secret: &str) -> String {
    let mut nonce = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    crate::domain::sealed::seal(&seal_key(cx), nonce, staff.0.as_bytes(), secret)
}

/// A stored key in clear (sealing runs at start) was written around certdesk: refused.
fn opened(cx: &Context, staff: StaffId, stored: &str) -> ServiceResult<String> {
    if !crate::domain::sealed::is_sealed(stored) {
        return Err(ServiceError::Internal(anyhow::anyhow!(
            "the TOTP key of staff {} is not sealed",
            staff.0
        )));
    }
    crate::domain::sealed::open(&seal_key(cx), staff.0.as_bytes(), stored)
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("the TOTP secret of staff {}: {e}", staff.0)))
}

/// Seals the TOTP secrets stored in clear before sealing existed (run at start; a
/// value changed meanwhile by an enrolment is left to it). Returns how many.
pub async fn seal_stored_secrets(cx: &Context) -> ServiceResult<usize> {
    let mut n = 0;
    for (staff, clear) in store::second_factor::secrets(cx.store.read()).await? {
        if crate::domain::sealed::is_sealed(&clear) {
            continue;
        }
        let done =
            store::second_factor::replace_secret(cx.store.write(), staff, &clear, &sealed(cx, staff, &clear))
                .await?;
        n += usize::from(done);
    }
    if n > 0 {
        tracing::info!(sealed = n, "sealed TOTP secrets stored in clear by an earlier version");
    }
    Ok(n)
}

fn actor(staff: &Staff) -> Actor {
    Actor::Staff(crate::domain::StaffActor::from_staff(staff, crate::domain::Via::Desk))
}

/// Ten characters of an unambiguous alphabet, shown as `xxxxx-xxxxx`.
fn recovery_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 10];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let s: String = bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect();
    format!("{}-{}", &s[..5], &s[5..])
}

fn recovery_hash(code: &str) -> String {
    let normal: String =
        code.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_lowercase();
    hex::encode(Sha256::digest(normal.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rfc_6238_test_vector_holds() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 s: 94287082
        // (eight digits); the six-digit code is its last six.
        let secret = Secret::Raw(b"12345678901234567890".to_vec()).to_encoded().to_string();
        let t = totp(&secret, "dewi").unwrap();
        assert_eq!(t.generate(59), "287082");
        assert_eq!(t.generate(1_111_111_109), "081804");
        assert!(t.get_url().starts_with("otpauth://totp/certdesk:dewi?secret="), "{}", t.get_url());
    }

    #[test]
    fn recovery_codes_are_hashed_in_one_form() {
        let c = recovery_code();
        assert_eq!(c.len(), 11);
        assert_eq!(recovery_hash(&c), recovery_hash(&c.to_uppercase().replace('-', " ")));
        assert_ne!(recovery_hash(&c), recovery_hash(&recovery_code()));
    }
}
