//! What a verified session may do: see its certificates, have the certificate SMS sent
//! again, download a certificate. Nothing else about the record is disclosed (no
//! pending doses, no placeholders; the phone masked).

use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::{audit, Client};
use crate::domain::{CertificateStatus, PersonId, PhoneNumber};
use crate::error::{ServiceError, ServiceResult};
use crate::service::job_queue::JobError;
use crate::service::otp;
use crate::service::Context;
use crate::store::{self, certificates::Certificate, portal::Session};

/// A verified person, as the portal shows them.
#[derive(Debug, Clone)]
pub struct Overview {
    pub person: PersonId,
    pub full_name: String,
    pub phone_masked: Option<String>,
    /// Valid certificates, one per dose.
    pub certificates: Vec<Certificate>,
}

/// The session behind a cookie, bound to a person.
pub async fn person_session(cx: &Context, token: &str) -> ServiceResult<(Session, PersonId)> {
    let s = otp::session(cx, token).await?.ok_or(ServiceError::Unauthorized)?;
    let person = s.person.ok_or(ServiceError::Unauthorized)?;
    Ok((s, person))
}

pub async fn overview(cx: &Context, person: PersonId) -> ServiceResult<Overview> {
    let db = cx.store.read();
    let p = store::people::find(db, person).await?.ok_or(ServiceError::NotFound { what: "person" })?;
    let mut certificates: Vec<Certificate> = store::certificates::of_person(db, person)
        .await?
        .into_iter()
        .filter(|c| c.status == CertificateStatus::Active)
        .collect();
    certificates.sort_by_key(|c| c.payload.dose);
    Ok(Overview {
        person,
        full_name: p.full_name,
        phone_masked: p.phone.as_deref().and_then(|s| PhoneNumber::parse(s).ok()).map(|p| p.masked()),
        certificates,
    })
}

/// Queues the certificate SMS again, once per session (a second click sends nothing new).
pub async fn resend_sms(
    cx: &Context,
    client: &Client,
    token: &str,
    person: PersonId,
) -> ServiceResult<usize> {
    let txn = cx.store.write().begin().await?;
    let origin = format!("portal:{}", &otp::token_hash(token)[..16]);
    let outcomes = match crate::service::actions::resend(cx, &txn, person, None, &origin).await {
        Ok(o) => o,
        Err(JobError::Permanent(_)) => return Err(ServiceError::conflict("no certificate to send yet")),
        Err(JobError::Temporary(e)) => return Err(ServiceError::Unavailable(e)),
    };
    let queued = outcomes.iter().filter(|o| matches!(o, crate::service::sms::SmsOutcome::Queued(_))).count();
    audit(
        &txn,
        "portal.resend_sms",
        ("person", person.0.to_string()),
        json!({"ip": client.ip, "queued": queued}),
    )
    .await?;
    txn.commit().await?;
    Ok(outcomes.len())
}

/// One of the person's valid certificates, for the page or the PDF; audited.
pub async fn certificate(
    cx: &Context,
    client: &Client,
    person: PersonId,
    id: Uuid,
    what: &'static str,
) -> ServiceResult<Certificate> {
    let c = store::certificates::find(cx.store.read(), id)
        .await?
        .filter(|c| c.person == person && c.status == CertificateStatus::Active)
        .ok_or(ServiceError::NotFound { what: "certificate" })?;
    audit(
        cx.store.write(),
        what,
        ("certificate", c.id.to_string()),
        json!({"ip": client.ip, "version": c.version, "dose": c.payload.dose}),
    )
    .await?;
    Ok(c)
}

pub async fn sign_out(cx: &Context, token: &str) -> ServiceResult<()> {
    otp::close_session(cx.store.write(), token).await
}
