//! SLA notices: one mail to one member of staff about a ticket due soon or breached
//! (the `notify_staff` job).

use chrono::DateTime;
use uuid::Uuid;

use super::setup;
use crate::service::job_queue::JobError;
use crate::service::Context;
use crate::store::{self, tickets::TicketRef};

/// One SLA notice to one member of staff (the `notify_staff` job's payload).
pub struct Notice {
    pub ticket: Uuid,
    pub staff: Uuid,
    pub event: String,
    pub due: String,
    pub escalated_to: Option<String>,
    pub raised_to: Option<String>,
}

/// Sends one SLA notice (the `notify_staff` job). Staff without an address are skipped.
pub async fn notify(cx: &Context, n: Notice) -> Result<(), JobError> {
    let (ticket, staff, event, due) = (n.ticket, n.staff, n.event.as_str(), n.due.as_str());
    let db = cx.store.read();
    let Some(member) = store::staff::find(db, crate::domain::StaffId(staff)).await? else { return Ok(()) };
    let Some(to) = member.email.as_ref() else { return Ok(()) };
    let Some(t) = store::tickets::find(db, TicketRef::Id(crate::domain::TicketId(ticket))).await? else {
        return Ok(());
    };
    let s = setup(cx).await?;
    let local = DateTime::parse_from_rfc3339(due)
        .map(|d| d.with_timezone(&s.calendar.timezone()).format("%Y-%m-%d %H:%M %Z").to_string())
        .unwrap_or_else(|_| due.to_string());
    let target_first =
        t.first_response_at.is_none_or(|fr| DateTime::parse_from_rfc3339(due).is_ok_and(|d| d <= fr));
    let mut vars = tera::Context::new();
    vars.insert("event", event);
    vars.insert("number", &t.number.to_string());
    vars.insert("subject", &t.subject);
    vars.insert("queue", t.queue.as_str());
    vars.insert("status", t.status.as_str());
    vars.insert("priority_now", t.priority.as_str());
    vars.insert("due", &local);
    vars.insert("target_id", if target_first { "respons pertama" } else { "penyelesaian" });
    vars.insert("target_en", if target_first { "first-response" } else { "resolution" });
    vars.insert("escalated_to", &n.escalated_to);
    vars.insert("priority", &n.raised_to);
    let base = cx.config.server.public_url.as_str().trim_end_matches('/');
    vars.insert("link", &format!("{base}/api/v1/tickets/{}", t.number));
    let text = cx
        .templates
        .render("mail/staff_sla.txt", &vars)
        .map_err(|e| JobError::Permanent(format!("{e:?}")))?;
    let subject = match event {
        "sla_breach" => format!("[SLA] {} melewati batas / breached", t.number),
        _ => format!("[SLA] {} hampir melewati batas / due soon", t.number),
    };
    let out = crate::mail::outbound::Outgoing {
        to: to.as_str().into(),
        to_name: Some(member.name.as_str().into()),
        subject,
        text,
        html: None,
        message_id: cx.mailer.message_id_for(&format!("sla:{ticket}:{staff}:{event}:{due}")),
        in_reply_to: None,
        references: Vec::new(),
        auto_replied: true,
    };
    cx.mailer.send(&out).await.map_err(|e| match e {
        crate::mail::outbound::SendError::Temporary(m) => JobError::Temporary(m),
        crate::mail::outbound::SendError::Permanent(m) => JobError::Permanent(m),
    })
}
