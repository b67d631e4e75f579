//! Issuing certificates and their life cycle: automatic issue when a dose is complete,
//! a new version (never an edit) when the record changes or a reissue is requested,
//! revocation, and the public side: link access, verification, revocation list.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::sms::{self, SmsOutcome, SmsRequest};
use super::Context;
use crate::domain::{
    Actor, AuditEntry, CertificatePayload, CertificateStatus, CertifiedFacts, Nik, PersonId,
    RevocationReason, SmsPurpose, Vaccine,
};
use crate::error::{ServiceError, ServiceResult};
use crate::issuer::{TokenError, VerifyClaims};
use crate::service::queue::{new_job, JobError};
use crate::store::{self, certificates::Certificate, certificates::Due};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IssueReport {
    pub issued: u64,
    pub reissued: u64,
    pub sms_queued: u64,
    pub phone_missing: u64,
}

impl IssueReport {
    fn add(&mut self, o: IssueReport) {
        self.issued += o.issued;
        self.reissued += o.reissued;
        self.sms_queued += o.sms_queued;
        self.phone_missing += o.phone_missing;
    }
}

/// Builds what a certificate of `d` says; `None` if the record is not complete.
fn payload(
    cx: &Context,
    d: &Due,
    vaccines: &HashMap<String, Vaccine>,
    version: u32,
    now: DateTime<Utc>,
) -> Option<(CertificatePayload, String)> {
    let (date, facility) = (d.vaccinated_on?, d.facility.as_deref()?);
    let vaccine = vaccines.get(&d.vaccine)?;
    let nik = Nik::parse(&d.nik).ok()?;
    let digest = CertifiedFacts {
        nik: &d.nik,
        full_name: &d.full_name,
        birth_date: d.birth_date,
        dose: d.dose,
        vaccine: &d.vaccine,
        vaccinated_on: date,
        facility,
        batch: d.batch.as_deref(),
    }
    .digest();
    Some((
        CertificatePayload {
            // Random (v4), not time-ordered: the id must not be guessable from another.
            id: Uuid::new_v4(),
            version,
            holder_name: d.full_name.clone(),
            birth_date: d.birth_date,
            nik_masked: nik.masked(),
            vaccine_code: vaccine.code.clone(),
            vaccine_name: vaccine.name.clone(),
            manufacturer: vaccine.manufacturer.clone(),
            batch: d.batch.clone(),
            vaccinated_on: date,
            dose: d.dose,
            facility: facility.to_string(),
            issuer: cx.config.certificates.issuer.clone(),
            issued_at: now,
        },
        digest,
    ))
}

/// Issues one batch of due certificates in one transaction: new certificates, the old
/// versions superseded, the certificate SMS queued, one audit entry.
pub async fn issue_due(cx: &Context, limit: u64) -> ServiceResult<IssueReport> {
    let txn = cx.store.write().begin().await?;
    let due = store::certificates::due(&txn, limit).await?;
    if due.is_empty() {
        txn.commit().await?;
        return Ok(IssueReport::default());
    }
    let vaccines = store::certificates::vaccines(&txn).await?;
    let dose_ids: Vec<Uuid> = due.iter().map(|d| d.dose_id).collect();
    let latest = store::certificates::latest_of_doses(&txn, &dose_ids).await?;
    let now = cx.now();
    let mut report = IssueReport::default();
    let (mut rows, mut certified, mut unusable, mut requests, mut issued_ids) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for d in &due {
        let prev = latest.get(&d.dose_id);
        let version = prev.map_or(1, |p| p.version + 1);
        let Some((p, _digest)) = payload(cx, d, &vaccines, version, now) else {
            // The reference data lost the brand, or the NIK no longer parses: leave the
            // dose off the list rather than retry it forever; the import reports such lines.
            unusable.push(d.dose_id);
            continue;
        };
        match prev {
            Some(old) if old.status == CertificateStatus::Active => {
                store::certificates::end(
                    &txn,
                    old.id,
                    CertificateStatus::Superseded,
                    RevocationReason::RecordCorrected,
                    Some(p.id),
                    now,
                )
                .await?;
            }
            Some(old) if old.replaced_by.is_none() && old.status == CertificateStatus::Superseded => {
                store::certificates::set_replaced_by(&txn, old.id, p.id).await?;
            }
            _ => {}
        }
        if version == 1 {
            report.issued += 1;
        } else {
            report.reissued += 1;
        }
        requests.push(SmsRequest::certificate(
            d,
            p.id,
            if version == 1 { SmsPurpose::Issued } else { SmsPurpose::Reissued },
            version,
            "",
        ));
        issued_ids.push(p.id);
        rows.push(store::certificates::new_row(d.person, d.dose_id, &p));
        certified.push(d.dose_id);
    }
    store::certificates::insert_many(&txn, rows).await?;
    store::certificates::mark_certified(&txn, &certified).await?;
    store::certificates::clear_due(&txn, &unusable).await?;
    for o in sms::enqueue_new(cx, &txn, requests).await? {
        match o {
            SmsOutcome::Queued(_) => report.sms_queued += 1,
            SmsOutcome::PhoneMissing(_) => report.phone_missing += 1,
            SmsOutcome::Duplicate(_) => {}
        }
    }
    store::audit::append(
        &txn,
        AuditEntry::new(&Actor::System, "certificates.issue", "certificate_batch", Uuid::now_v7()).after(
            json!({
                "issued": report.issued,
                "reissued": report.reissued,
                "skipped_unusable": unusable.len(),
                "certificates": issued_ids,
            }),
        ),
    )
    .await?;
    txn.commit().await?;
    if report.sms_queued > 0 {
        cx.jobs_wake.lane(crate::domain::Lane::Notify);
    }
    Ok(report)
}

/// Issues until nothing is due (the CLI and tests).
pub async fn issue_all(cx: &Context) -> ServiceResult<IssueReport> {
    let mut total = IssueReport::default();
    loop {
        let r = issue_due(cx, u64::from(cx.config.certificates.issue_batch)).await?;
        if r == IssueReport::default() {
            return Ok(total);
        }
        total.add(r);
    }
}

/// The issuing job: works for a bounded time (well inside its lease), then hands the
/// rest to a follow-up job so a million-record import never holds one job for long.
pub async fn issue_job(cx: &Context) -> Result<(), JobError> {
    let started = Instant::now();
    let budget = (cx.config.jobs.lease / 3).min(Duration::from_secs(20));
    loop {
        let r = issue_due(cx, u64::from(cx.config.certificates.issue_batch)).await?;
        if r == IssueReport::default() {
            return Ok(());
        }
        if started.elapsed() > budget {
            enqueue_issuing(cx, cx.store.write()).await?;
            return Ok(());
        }
    }
}

/// A vaccine's name by its code (a retired brand too); `None` when unknown.
pub async fn vaccine_name(cx: &Context, code: &str) -> ServiceResult<Option<String>> {
    Ok(store::certificates::vaccines(cx.store.read()).await?.get(code).map(|v| v.name.clone()))
}

/// At start: anything left due by a crash or by an import through another process
/// gets an issuing job.
pub async fn resume_issuing(cx: &Context) -> ServiceResult<()> {
    enqueue_issuing(cx, cx.store.write()).await
}

/// Makes sure an issuing job is waiting; call in the transaction that made doses due.
pub async fn enqueue_issuing<C: sea_orm::ConnectionTrait>(cx: &Context, db: &C) -> ServiceResult<()> {
    store::jobs::enqueue_coalesced(
        db,
        new_job(&crate::domain::JobKind::IssueCertificates, cx.config.jobs.max_attempts),
    )
    .await?;
    Ok(())
}

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

const NOT_FOUND: ServiceError = ServiceError::NotFound { what: "certificate" };

pub async fn get(cx: &Context, id: Uuid) -> ServiceResult<Certificate> {
    store::certificates::find(cx.store.read(), id).await?.ok_or(NOT_FOUND)
}

pub async fn of_person(cx: &Context, person: PersonId) -> ServiceResult<Vec<Certificate>> {
    store::certificates::of_person(cx.store.read(), person).await
}

/// The URL a certificate's QR code encodes.
pub fn verify_url(cx: &Context, c: &Certificate) -> String {
    let token = cx.issuer.sign_claims(&VerifyClaims::of(cx.issuer.kid(), &c.payload));
    format!("{}verify/{token}", base_url(cx))
}

/// The link an SMS carries for certificate `id`.
pub fn link_url(cx: &Context, id: Uuid, now: DateTime<Utc>) -> (String, DateTime<Utc>) {
    let ttl =
        chrono::Duration::from_std(cx.config.certificates.link_ttl).unwrap_or(chrono::Duration::days(90));
    let until = now + ttl;
    (format!("{}c/{}", base_url(cx), cx.issuer.link_token(id, until)), until)
}

pub fn base_url(cx: &Context) -> String {
    let mut s = cx.config.server.public_url.to_string();
    if !s.ends_with('/') {
        s.push('/');
    }
    s
}

/// Opens a certificate through an SMS link. The holder is audited as a citizen.
pub async fn by_link(cx: &Context, token: &str) -> Result<Certificate, LinkError> {
    let id = cx.issuer.check_link(token, cx.now()).map_err(LinkError::Token)?;
    let c = store::certificates::find(cx.store.read(), id).await.map_err(LinkError::Service)?;
    let c = c.ok_or(LinkError::Token(TokenError::Malformed))?;
    Ok(c)
}

/// Records a view or download of a certificate through its link.
pub async fn audit_access(cx: &Context, c: &Certificate, what: &'static str) -> ServiceResult<()> {
    let actor = Actor::Citizen { via: crate::domain::Via::Web };
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&actor, what, "certificate", c.id)
            .after(json!({"version": c.version, "status": c.status.as_str()})),
    )
    .await
}

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error(transparent)]
    Token(TokenError),
    #[error(transparent)]
    Service(ServiceError),
}

/// What scanning a QR code tells: the signed claims and the certificate's status now.
#[derive(Debug, Clone)]
pub struct Verification {
    pub claims: VerifyClaims,
    pub status: CertificateStatus,
    pub reason: Option<RevocationReason>,
    pub issued_at: DateTime<Utc>,
    pub changed_at: Option<DateTime<Utc>>,
}

pub async fn verify(cx: &Context, token: &str) -> Result<Verification, LinkError> {
    let claims =
        super::keys::verify(cx, token).await.map_err(LinkError::Service)?.map_err(LinkError::Token)?;
    let c = store::certificates::find(cx.store.read(), claims.i).await.map_err(LinkError::Service)?;
    // Genuinely signed but unknown here: treat like a forgery rather than guess.
    let c = c.ok_or(LinkError::Token(TokenError::BadSignature))?;
    if c.version != claims.v {
        return Err(LinkError::Token(TokenError::BadSignature));
    }
    Ok(Verification {
        claims,
        status: c.status,
        reason: c.reason,
        issued_at: c.issued_at,
        changed_at: c.changed_at,
    })
}

/// SHA-256 hashes of every certificate id that is no longer valid (superseded or
/// revoked), sorted: no personal data, nothing to turn back into ids.
/// The published list of ended certificates, as served.
pub struct RevocationList {
    /// The JSON document.
    pub body: String,
    /// A strong validator of the body (`If-None-Match`).
    pub etag: String,
}

/// The revocation list, rebuilt at most once a minute (it scans every ended
/// certificate): a flood of requests costs one build, not one each.
pub async fn revocation_list(cx: &Context) -> ServiceResult<std::sync::Arc<RevocationList>> {
    cx.revocations
        .get(|| async {
            let mut hashes: Vec<String> = store::certificates::ended_ids(cx.store.read())
                .await?
                .into_iter()
                .map(crate::domain::revocation_hash)
                .collect();
            hashes.sort();
            let body = serde_json::json!({
                "generated_at": cx.now(),
                "hash": "sha256 of the certificate id's 16 bytes, hex",
                "count": hashes.len(),
                "revoked": hashes,
            })
            .to_string();
            let etag = {
                use sha2::Digest;
                format!("\"{}\"", hex::encode(&sha2::Sha256::digest(hashes.join(",").as_bytes())[..16]))
            };
            Ok(RevocationList { body, etag })
        })
        .await
}
