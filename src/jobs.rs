//! The worker side of the durable job queue: claim due jobs of a lane under a lease,
//! run each handler, then mark it done, schedule a retry with backoff, or fail it for
//! good. `workers` runs each lane's workers in `serve`.

pub mod metrics;
mod workers;

use std::time::Duration;

pub use workers::spawn_workers;

use crate::domain::{Job, JobKind, Lane};
use crate::error::ServiceResult;
use crate::service::job_queue::{claims, JobError};
use crate::service::whatsapp::Queued;
use crate::service::{self, Context};

async fn handle(cx: &Context, job: &Job, kind: JobKind, last_attempt: bool) -> Result<(), JobError> {
    match kind {
        JobKind::SendMail { message } => service::mail_out::deliver(cx, message, last_attempt).await,
        JobKind::SendRejectionNotice { inbound } => service::ingest::send_rejection_notice(cx, inbound).await,
        JobKind::IssueCertificates => service::certificates::issue_job(cx).await,
        JobKind::SendSms { sms } => service::sms::send(cx, sms, job.lane, last_attempt).await,
        JobKind::SmsFailed { sms } => service::sms::on_failed(cx, sms).await,
        JobKind::TicketAction { action } => service::actions::run(cx, action, last_attempt).await,
        JobKind::SendCode { challenge, send, requester } => {
            service::otp::deliver(cx, challenge, send, &requester).await
        }
        JobKind::NotifyStaff { ticket, staff, event, due, escalated_to, raised_to } => {
            let notice = service::sla::Notice { ticket, staff, event, due, escalated_to, raised_to };
            service::sla::notify(cx, notice).await
        }
        JobKind::WhatsAppInbound { inbound, .. } => {
            service::whatsapp::receive(cx, inbound, last_attempt).await
        }
        JobKind::SendWhatsApp { outbound, .. } => {
            service::whatsapp::deliver(cx, outbound, last_attempt).await
        }
        // Boxed, as the deepest kinds are: the job future stays small on the worker's stack.
        JobKind::WhatsAppNoticeStatus { sms, status } => {
            Box::pin(service::sms::on_whatsapp_status(cx, sms, &status)).await
        }
    }
}

/// Claims a batch of due jobs of `lane` (any lane: `None`) and runs them one after
/// another, renewing their lease meanwhile. One at a time: a message is sent only after
/// the one before it is recorded, so a crash repeats at most one message per worker.
/// WhatsApp messages to turn into tickets are the exception: a batch holding one takes
/// more (up to `whatsapp.convert_batch`) and converts them together after the rest
/// (`service::whatsapp::batch`). Returns how many ran.
pub async fn run_batch(cx: &Context, lane: Option<Lane>, worker: &str, limit: u32) -> ServiceResult<usize> {
    let mut jobs = claims::claim(cx, lane, worker, limit).await?;
    let inbound = jobs.iter().filter(|j| j.kind == JobKind::WHATSAPP_INBOUND).count();
    let room = (cx.config.whatsapp.convert_batch as usize).saturating_sub(inbound);
    if inbound > 0 && room > 0 {
        // Only more of the same: if taking them fails, the jobs in hand still run.
        match claims::claim_more(cx, lane, JobKind::WHATSAPP_INBOUND, worker, room as u32).await {
            Ok(more) => jobs.extend(more),
            Err(e) => {
                tracing::warn!(error = %e, "could not claim more WhatsApp messages; running the batch as claimed")
            }
        }
    }
    let n = jobs.len();
    let work = async {
        let mut done = Vec::with_capacity(n);
        let mut conversions: Vec<(Job, Queued)> = Vec::new();
        let mut jobs = jobs.into_iter();
        while let Some(job) = jobs.next() {
            if cx.jobs_wake.is_stopping() {
                let rest = std::iter::once(job).chain(jobs).chain(conversions.drain(..).map(|(j, _)| j));
                claims::release(cx, worker, &rest.map(|j| j.id).collect::<Vec<_>>()).await?;
                break;
            }
            let last = job.attempts >= job.max_attempts;
            let kind = serde_json::from_value::<JobKind>(job.payload.clone());
            if let Ok(JobKind::WhatsAppInbound { inbound, .. }) = kind {
                conversions.push((job, Queued { inbound, last_attempt: last }));
                continue;
            }
            // Sends record what they did in their own rows: marking them done can wait for
            // the batch's end (one write), as running one again finds it done.
            let later = matches!(
                kind,
                Ok(JobKind::SendSms { .. } | JobKind::SendMail { .. } | JobKind::SendWhatsApp { .. })
            );
            let result = match kind {
                Ok(kind) => handle(cx, &job, kind, last).await,
                Err(e) => Err(JobError::Permanent(format!("unreadable payload: {e}"))),
            };
            match result {
                Ok(()) if later => done.push(job.id),
                Ok(()) => claims::complete(cx, worker, job.id).await?,
                Err(e) => claims::record_failure(cx, worker, &job, e).await?,
            }
            metrics::done(job.lane);
        }
        // Each message records its ticket in its own row, so these are marked done with
        // the sends.
        let queued: Vec<Queued> = conversions.iter().map(|(_, q)| *q).collect();
        let results = service::whatsapp::receive_many(cx, &queued).await;
        for ((job, _), result) in conversions.iter().zip(results) {
            match result {
                Ok(()) => done.push(job.id),
                Err(e) => claims::record_failure(cx, worker, job, e).await?,
            }
            metrics::done(job.lane);
        }
        // A done job not yet marked so is run again after a crash, and finds its work done.
        claims::complete_many(cx, worker, &done).await
    };
    with_heartbeat(cx, worker, work).await?;
    Ok(n)
}

/// Runs `work` while renewing the lease of everything `worker` holds every quarter of
/// the lease (a failed renewal is tried again at once), so a long batch keeps its jobs
/// and a dead worker's lapse quickly.
async fn with_heartbeat<T>(cx: &Context, worker: &str, work: impl std::future::Future<Output = T>) -> T {
    let beat = async {
        loop {
            tokio::time::sleep(cx.config.jobs.lease / 4).await;
            for _ in 0..3 {
                let until = chrono::Utc::now() + claims::lease(cx);
                match claims::renew(cx, worker, until).await {
                    Ok(_) => break,
                    Err(e) => tracing::warn!(error = %e, "could not renew job leases; trying again"),
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    };
    tokio::select! {
        out = work => out,
        never = beat => never,
    }
}

/// Runs due jobs of every lane until none is left (tests and the CLI drive the queue
/// this way).
pub async fn run_pending(cx: &Context) -> ServiceResult<usize> {
    // Its own name: mail pipes run this side by side, and must not renew each other's leases.
    let name = format!("{}/inline", crate::node::process_name());
    let mut total = 0;
    loop {
        claims::reap_expired(cx).await?;
        match run_batch(cx, None, &name, cx.config.jobs.batch).await? {
            0 => return Ok(total),
            n => total += n,
        }
    }
}

/// Runs due jobs of every lane with `workers` claimers side by side until none is left.
pub async fn run_pending_with(cx: &Context, workers: usize) -> ServiceResult<usize> {
    claims::reap_expired(cx).await?;
    let node = crate::node::process_name();
    let runs = (0..workers).map(|i| {
        let name = format!("{node}/cli-{i}");
        async move {
            let mut n = 0;
            loop {
                match run_batch(cx, None, &name, cx.config.jobs.batch).await? {
                    0 => return ServiceResult::Ok(n),
                    k => n += k,
                }
            }
        }
    });
    let counts = futures::future::try_join_all(runs).await?;
    Ok(counts.into_iter().sum())
}
