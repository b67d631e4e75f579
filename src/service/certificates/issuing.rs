//! Automatic issue: a certificate for every complete dose without a current one, in
//! batches (new versions supersede old ones, the certificate SMS is queued), and the
//! issuing job that drives it.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use crate::domain::{
    Actor, AuditEntry, CertificatePayload, CertificateStatus, CertifiedFacts, Nik, RevocationReason,
    SmsPurpose, Vaccine,
};
use crate::error::ServiceResult;
use crate::service::job_queue::{new_job, JobError};
use crate::service::sms::{self, SmsOutcome, SmsRequest};
use crate::service::Context;
use crate::store::{self, certificates::Due};

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
pub(super) fn payload(
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
