//! Ending a certificate by request: a reissue (a new version from the current record,
//! the old one superseded, the SMS queued) or a revocation without a replacement.

use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::issuing::payload;
use super::NOT_FOUND;
use crate::domain::{Actor, AuditEntry, CertificateStatus, RevocationReason, SmsPurpose};
use crate::error::{ServiceError, ServiceResult};
use crate::service::sms::{self, SmsOutcome, SmsRequest};
use crate::service::Context;
use crate::store::{self, certificates::Certificate};

/// Issues a new version of `id` from the current record and supersedes it.
pub async fn reissue(
    cx: &Context,
    actor: &Actor,
    id: Uuid,
    reason: RevocationReason,
    origin: &str,
) -> ServiceResult<(Certificate, SmsOutcome)> {
    if !reason.replaces() {
        return Err(ServiceError::invalid("reason", "this reason revokes without a replacement; use revoke"));
    }
    let txn = cx.store.write().begin().await?;
    let old = store::certificates::find_for_update(&txn, id).await?.ok_or(NOT_FOUND)?;
    if old.status != CertificateStatus::Active {
        return Err(ServiceError::conflict(format!(
            "certificate version {} is already {}; reissue the current one",
            old.version, old.status
        )));
    }
    let d = store::certificates::record_of_dose(&txn, old.vaccination).await?.ok_or(NOT_FOUND)?;
    let vaccines = store::certificates::vaccines(&txn).await?;
    let latest = store::certificates::latest_of_doses(&txn, &[old.vaccination]).await?;
    let version = latest.get(&old.vaccination).map_or(old.version, |c| c.version) + 1;
    let now = cx.now();
    let (p, _) = payload(cx, &d, &vaccines, version, now)
        .ok_or_else(|| ServiceError::conflict("the record is incomplete; a certificate cannot be issued"))?;
    store::certificates::end(&txn, old.id, CertificateStatus::Superseded, reason, Some(p.id), now).await?;
    store::certificates::insert_many(&txn, vec![store::certificates::new_row(d.person, d.dose_id, &p)])
        .await?;
    store::certificates::mark_certified(&txn, &[d.dose_id]).await?;
    let outcome =
        sms::enqueue_one(cx, &txn, SmsRequest::certificate(&d, p.id, SmsPurpose::Reissued, version, origin))
            .await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "certificate.reissue", "certificate", p.id).change(
            json!({"id": old.id, "version": old.version, "status": "active"}),
            json!({"id": p.id, "version": version, "replaces": old.id, "reason": reason.as_str()}),
        ),
    )
    .await?;
    txn.commit().await?;
    cx.jobs_wake.notify_waiters();
    let new = store::certificates::find(cx.store.write(), p.id).await?.ok_or(NOT_FOUND)?;
    Ok((new, outcome))
}

/// Revokes a certificate without a replacement (issued in error, fraud).
pub async fn revoke(
    cx: &Context,
    actor: &Actor,
    id: Uuid,
    reason: RevocationReason,
) -> ServiceResult<Certificate> {
    if reason.replaces() {
        return Err(ServiceError::invalid("reason", "this reason needs a replacement; use reissue"));
    }
    let txn = cx.store.write().begin().await?;
    let old = store::certificates::find_for_update(&txn, id).await?.ok_or(NOT_FOUND)?;
    if old.status != CertificateStatus::Active {
        return Err(ServiceError::conflict(format!("certificate is already {}", old.status)));
    }
    let now = cx.now();
    store::certificates::end(&txn, id, CertificateStatus::Revoked, reason, None, now).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "certificate.revoke", "certificate", id)
            .change(json!({"status": "active"}), json!({"status": "revoked", "reason": reason.as_str()})),
    )
    .await?;
    txn.commit().await?;
    store::certificates::find(cx.store.write(), id).await?.ok_or(NOT_FOUND)
}
