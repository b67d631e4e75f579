//! Complaints filed on the web, and following a ticket: the ticket number plus a code
//! sent to the phone or mailbox given on it opens a session bound to that ticket, which
//! shows the public thread (never internal notes) and takes new messages.

use chrono::Utc;
use sea_orm::TransactionTrait;
use serde_json::json;

use super::{audit, open_ticket, Client, PortalTicket};
use crate::domain::extract::extract;
use crate::domain::{
    Category, Channel, EmailAddress, Message, MessageKind, Nik, OtpCode, OtpPurpose, OtpRefusal, PhoneNumber,
    Requester, TicketId, TicketNumber, TicketStatus,
};
use crate::error::{ServiceError, ServiceResult};
use crate::service::otp::{self, Destination, Start};
use crate::service::{limits, Context};
use crate::store::{self, tickets::TicketRef};

/// A complaint from the web form, already parsed.
pub struct Complaint {
    pub name: String,
    pub email: Option<EmailAddress>,
    pub phone: Option<PhoneNumber>,
    pub nik: Option<Nik>,
    pub message: String,
}

pub async fn file_complaint(cx: &Context, client: &Client, c: Complaint) -> ServiceResult<TicketNumber> {
    if c.email.is_none() && c.phone.is_none() {
        return Err(ServiceError::invalid(
            "phone",
            "give a phone number or an e-mail address so we can answer",
        ));
    }
    let found = extract(&c.message);
    let nik = c.nik.clone().or_else(|| (found.niks.len() == 1).then(|| found.niks[0].clone()));
    let phone = c.phone.clone().or_else(|| found.phones.first().cloned());
    let txn = cx.store.write().begin().await?;
    limits::lookup(cx, &txn, &client.ip, nik.as_ref().map(|n| n.expose())).await?;
    let subject: String = c.message.lines().next().unwrap_or("Pengaduan").chars().take(80).collect();
    let ticket = open_ticket(
        cx,
        &txn,
        PortalTicket {
            subject: format!("Pengaduan web: {subject}"),
            body: c.message.clone(),
            category: Category::CertificateMissing,
            channel: Channel::Web,
            requester: Requester { name: Some(c.name.clone()), email: c.email.clone(), phone },
            nik,
            person: None,
            tags: vec![],
        },
    )
    .await?;
    for e in &found.invalid_niks {
        store::tickets::add_flag(
            &txn,
            ticket.id,
            "invalid_nik",
            &format!("NIK in the message is not valid: {e}"),
        )
        .await?;
    }
    if found.niks.len() > 1 && c.nik.is_none() {
        store::tickets::add_flag(
            &txn,
            ticket.id,
            "several_niks",
            &format!("the message names {} NIKs", found.niks.len()),
        )
        .await?;
    }
    audit(
        &txn,
        "portal.complaint",
        ("ticket", ticket.id.to_string()),
        json!({"ip": client.ip, "linked": ticket.person.is_some()}),
    )
    .await?;
    txn.commit().await?;
    Ok(ticket.number)
}

/// Step one of following a ticket: a code to the ticket's phone (or mailbox). The same
/// answer whether or not the number exists.
pub async fn start_follow(cx: &Context, client: &Client, number: &TicketNumber) -> ServiceResult<String> {
    let txn = cx.store.write().begin().await?;
    limits::lookup(cx, &txn, &client.ip, None).await?;
    let ticket = store::tickets::find(&txn, TicketRef::Number(*number)).await?;
    let (to, data) = match &ticket {
        // Only to the contact the ticket was opened from: the mailbox a mail ticket
        // came from (a phone read in a mail's text proves nothing), else the phone
        // the complaint or the call gave. Later mail never changes either.
        Some(t) => match (t.channel, &t.requester.email, &t.requester.phone) {
            (Channel::Email, Some(e), _) | (_, Some(e), None) => {
                (Destination::Email(e.as_str().into()), Some(json!({"email": e.as_str()})))
            }
            (_, _, Some(p)) => (Destination::Phone(p.clone()), None),
            _ => (Destination::Nowhere, None),
        },
        None => (Destination::Nowhere, None),
    };
    let sent = !matches!(to, Destination::Nowhere);
    let flow = otp::start(
        cx,
        &txn,
        Start {
            purpose: OtpPurpose::FollowTicket,
            person: None,
            ticket: ticket.as_ref().map(|t| t.id),
            to,
            data,
            requester: client.ip.clone(),
        },
        &[],
    )
    .await?;
    audit(&txn, "portal.follow", ("ticket", number.to_string()), json!({"ip": client.ip, "code_sent": sent}))
        .await?;
    txn.commit().await?;
    Ok(flow)
}

pub enum Followed {
    Session(String),
    Refused(OtpRefusal),
}

pub async fn confirm_follow(
    cx: &Context,
    client: &Client,
    flow: &str,
    code: &OtpCode,
) -> ServiceResult<Followed> {
    let txn = cx.store.write().begin().await?;
    let out = match otp::confirm(cx, &txn, &client.ip, flow, code, OtpPurpose::FollowTicket).await? {
        Ok(c) if c.ticket.is_some() => {
            let token = otp::open_session(cx, &txn, None, c.ticket).await?;
            audit(
                &txn,
                "portal.follow_verified",
                ("ticket", c.ticket.map(|t| t.0.to_string()).unwrap_or_default()),
                json!({"ip": client.ip}),
            )
            .await?;
            Followed::Session(token)
        }
        Ok(_) => Followed::Refused(OtpRefusal::Expired),
        Err(r) => Followed::Refused(r),
    };
    txn.commit().await?;
    Ok(out)
}

/// The ticket behind a follow session.
pub async fn ticket_session(cx: &Context, token: &str) -> ServiceResult<TicketId> {
    otp::session(cx, token).await?.and_then(|s| s.ticket).ok_or(ServiceError::Unauthorized)
}

/// What the citizen sees of their ticket.
pub struct PublicThread {
    pub number: TicketNumber,
    pub status: TicketStatus,
    pub subject: String,
    /// (from the citizen?, text, when)
    pub messages: Vec<(bool, String, chrono::DateTime<Utc>)>,
}

pub async fn thread(cx: &Context, client: &Client, ticket: TicketId) -> ServiceResult<PublicThread> {
    let db = cx.store.read();
    let t = store::tickets::find(db, TicketRef::Id(ticket))
        .await?
        .ok_or(ServiceError::NotFound { what: "ticket" })?;
    let messages = store::tickets::messages(db, ticket)
        .await?
        .into_iter()
        // Internal notes, and mail from someone else who wrote to this ticket (they
        // may pose as staff), are not the citizen's to read.
        .filter(|m| m.kind != MessageKind::Note && !m.other_sender)
        .map(|m| (m.kind == MessageKind::Inbound, m.body, m.created_at))
        .collect();
    audit(cx.store.write(), "portal.ticket_view", ("ticket", ticket.0.to_string()), json!({"ip": client.ip}))
        .await?;
    Ok(PublicThread { number: t.number, status: t.status, subject: t.subject, messages })
}

/// A new message from the citizen; reopens a resolved ticket.
pub async fn add_message(
    cx: &Context,
    client: &Client,
    ticket: TicketId,
    text: crate::domain::Text,
) -> ServiceResult<()> {
    let txn = cx.store.write().begin().await?;
    let mut t = store::tickets::find_for_update(&txn, TicketRef::Id(ticket))
        .await?
        .ok_or(ServiceError::NotFound { what: "ticket" })?;
    let target = match t.merged_into {
        Some(survivor) => survivor,
        None => t.id,
    };
    if target != t.id {
        t = store::tickets::find_for_update(&txn, TicketRef::Id(target))
            .await?
            .ok_or(ServiceError::NotFound { what: "ticket" })?;
    }
    let before = t.status;
    t.status = t
        .status
        .on_inbound_message()
        .map_err(|_| ServiceError::conflict("the ticket is closed; file a new complaint"))?;
    if t.status == TicketStatus::Open {
        t.resolved_at = None;
    }
    let now = cx.now();
    t.updated_at = now;
    let mut m = Message::new(t.id, MessageKind::Inbound, text.into_inner(), now);
    m.author_name = t.requester.name.clone();
    store::tickets::insert_message(&txn, &m).await?;
    super::super::tickets::save(cx, &txn, &mut t).await?;
    store::audit::append(
        &txn,
        crate::domain::AuditEntry::new(&super::citizen(), "ticket.citizen_message", "ticket", t.id)
            .change(json!({"status": before.as_str()}), json!({"status": t.status.as_str()}))
            .with_evidence(json!({"ip": client.ip, "message_id": m.id.to_string()})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
