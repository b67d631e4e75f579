//! SMS-backed actions: queuing the certificate SMS again for a person's valid
//! certificates, and keeping the actions that wait on an SMS up to date with its
//! delivery (a failed one reopens the ticket).

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use super::{reopen, wib};
use crate::domain::{
    ActionStatus, CertificateStatus, NoticeChannel, PersonId, SmsPurpose, SmsStatus, TicketId,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::job_queue::JobError;
use crate::service::sms::{self, SmsOutcome, SmsRequest};
use crate::service::Context;
use crate::store::{self, actions::TicketAction, sms::Sms};

/// Queues the certificate SMS for every valid certificate of `person`, keyed by `origin`
/// (so the same ticket resolved twice sends once).
pub async fn resend<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    person: PersonId,
    ticket: Option<TicketId>,
    origin: &str,
) -> Result<Vec<SmsOutcome>, JobError> {
    let certs: Vec<_> = store::certificates::of_person(db, person)
        .await?
        .into_iter()
        .filter(|c| c.status == CertificateStatus::Active)
        .collect();
    if certs.is_empty() {
        return Err(JobError::Permanent("no valid certificate yet (record pending input?)".into()));
    }
    let mut out = Vec::new();
    for c in certs {
        let d = store::certificates::record_of_dose(db, c.vaccination)
            .await?
            .ok_or(ServiceError::NotFound { what: "vaccination" })?;
        let mut r = SmsRequest::certificate(&d, c.id, SmsPurpose::Resend, c.version, origin);
        r.ticket = ticket;
        out.push(sms::enqueue_one(cx, db, r).await?);
    }
    cx.jobs_wake.notify_waiters();
    Ok(out)
}

/// Links the action to its (first) SMS and records what happened so far.
pub(super) async fn report_sms<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    a: &TicketAction,
    outcomes: &[SmsOutcome],
    done: &str,
) -> Result<(), JobError> {
    let Some(first) = outcomes.first() else {
        store::actions::set_outcome(db, a.id, ActionStatus::Done, done, None).await?;
        return Ok(());
    };
    if let Some(SmsOutcome::PhoneMissing(_)) =
        outcomes.iter().find(|o| matches!(o, SmsOutcome::PhoneMissing(_)))
    {
        return Err(JobError::Permanent(format!(
            "{done}; phone_missing: no phone number on record, SMS not sent"
        )));
    }
    let sms = store::sms::find(db, first.id()).await?.ok_or(ServiceError::NotFound { what: "sms" })?;
    let (status, text) = describe(&sms);
    store::actions::set_outcome(db, a.id, status, &format!("{done}; {text}"), Some(sms.id)).await?;
    if status == ActionStatus::Failed {
        reopen(cx, db, a.ticket, &format!("{}: {text}", a.kind)).await?;
    }
    Ok(())
}

fn describe(sms: &Sms) -> (ActionStatus, String) {
    let at = |t: Option<DateTime<Utc>>| wib(t.unwrap_or(sms.updated_at));
    let what = sms.channel.label();
    let (handed, taken, onward) = match sms.channel {
        NoticeChannel::Sms => ("being handed to the gateway", "sent to the gateway", "at the operator"),
        NoticeChannel::WhatsApp => ("being handed to Meta", "accepted by Meta", "sent by WhatsApp"),
    };
    match sms.status {
        SmsStatus::Pending => (ActionStatus::Pending, format!("{what} queued")),
        SmsStatus::Sending => (ActionStatus::Pending, format!("{what} {handed}")),
        SmsStatus::Queued => (ActionStatus::Pending, format!("{what} {taken} {}", at(sms.sent_at))),
        SmsStatus::Sent => (ActionStatus::Pending, format!("{what} {onward} {}", at(None))),
        SmsStatus::Delivered => (ActionStatus::Done, format!("{what} delivered {}", at(sms.delivered_at))),
        SmsStatus::Failed => (
            ActionStatus::Failed,
            format!(
                "{what} not delivered ({}) {}",
                sms.receipt_status.as_deref().unwrap_or("failed"),
                at(None)
            ),
        ),
        SmsStatus::Dead => (
            ActionStatus::Failed,
            format!(
                "{what} could not be sent: {}",
                sms.last_error.as_deref().unwrap_or("gateway refused it")
            ),
        ),
        SmsStatus::PhoneMissing => (ActionStatus::Failed, "phone_missing: no phone number on record".into()),
    }
}

/// Keeps the actions that wait on an SMS up to date; called in the SMS's transaction.
pub async fn on_sms_status<C: ConnectionTrait>(cx: &Context, db: &C, sms: &Sms) -> ServiceResult<()> {
    for a in store::actions::by_sms(db, sms.id).await? {
        if a.status != ActionStatus::Pending {
            continue;
        }
        let (status, text) = describe(sms);
        let prefix = a.outcome.as_deref().and_then(|o| o.split("; ").next()).unwrap_or(&a.kind).to_string();
        store::actions::set_outcome(db, a.id, status, &format!("{prefix}; {text}"), None).await?;
        if status == ActionStatus::Failed {
            reopen(cx, db, a.ticket, &format!("{}: {text}", a.kind)).await?;
        }
    }
    Ok(())
}
