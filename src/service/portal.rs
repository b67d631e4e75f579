//! The citizen portal's use cases. Identity facts only *identify* a record; acting on it
//! takes a one-time code to its phone (DOMAIN.md, "the lesson of September 2021").
//! Public lookups answer alike whether or not a record matched, are rate-limited per
//! client address, NIK and destination, and every step is audited with channel `web`.

pub mod account;
pub mod follow;
pub mod lookup;
pub mod requests;

use chrono::Datelike;
use sea_orm::ConnectionTrait;
use serde_json::Value;

use super::Context;
use crate::domain::{
    Actor, AuditEntry, Category, Channel, Message, MessageKind, NewTicket, Priority, QueueName, Requester,
    Tag, Text, Ticket, Via, BODY_MAX, SUBJECT_MAX,
};
use crate::error::{ServiceError, ServiceResult};
use crate::store;

/// Who is asking, as far as the edge can tell.
#[derive(Debug, Clone)]
pub struct Client {
    /// The client address (behind a trusted proxy: the forwarded one), or for the
    /// WhatsApp menu `wa:<conversation>`: what per-client limits and lockouts count.
    pub ip: String,
    /// The channel, as the audit records it (`web`, `whatsapp`).
    pub via: Via,
}

pub fn citizen() -> Actor {
    Actor::Citizen { via: Via::Web }
}

/// Appends a portal audit entry (`before`/`after` already masked).
pub async fn audit<C: ConnectionTrait>(
    db: &C,
    action: &'static str,
    entity: (&'static str, String),
    after: Value,
) -> ServiceResult<()> {
    audit_via(db, Via::Web, action, entity, after).await
}

/// The same entry for a step shared by channels (the portal, the WhatsApp menu).
pub async fn audit_via<C: ConnectionTrait>(
    db: &C,
    via: Via,
    action: &'static str,
    entity: (&'static str, String),
    after: Value,
) -> ServiceResult<()> {
    let actor = Actor::Citizen { via };
    store::audit::append(db, AuditEntry::new(&actor, action, entity.0, entity.1).after(after)).await
}

/// A ticket opened by the portal inside the caller's transaction (so the ticket and
/// what it carries, e.g. a correction request, commit together).
pub struct PortalTicket {
    pub subject: String,
    pub body: String,
    pub category: Category,
    pub channel: Channel,
    pub requester: Requester,
    pub nik: Option<crate::domain::Nik>,
    pub person: Option<crate::domain::PersonId>,
    pub tags: Vec<&'static str>,
}

pub async fn open_ticket<C: ConnectionTrait>(cx: &Context, db: &C, t: PortalTicket) -> ServiceResult<Ticket> {
    let now = cx.now();
    let number = cx.store.next_ticket_number_in(db, now.year() as u16).await?;
    let tags = t
        .tags
        .iter()
        .map(|s| Tag::parse(s))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ServiceError::Internal(e.into()))?;
    let new = NewTicket {
        subject: Text::parse(&t.subject, SUBJECT_MAX).map_err(|e| ServiceError::invalid("subject", e))?,
        body: Text::parse(&t.body, BODY_MAX).map_err(|e| ServiceError::invalid("message", e))?,
        channel: t.channel,
        category: t.category,
        priority: Priority::Normal,
        queue: QueueName::general(),
        requester: t.requester,
        nik: t.nik,
        tags,
    };
    let (mut ticket, body) = Ticket::open(number, new, now);
    ticket.person = t.person;
    if ticket.person.is_none() {
        if let Some(nik) = &ticket.nik {
            ticket.person = store::people::id_by_nik(db, nik).await?;
        }
    }
    super::tickets::intake(cx, &mut ticket).await?;
    let mut first = Message::new(ticket.id, MessageKind::Inbound, body, now);
    first.author_name = ticket.requester.name.clone();
    first.author_email = ticket.requester.email.as_ref().map(|e| e.as_str().into());
    store::tickets::insert_new(db, &[&ticket], &[&first]).await?;
    let ticket = super::ticket_links::join_open(cx, db, ticket).await?;
    let d = super::diagnose::run(db, &ticket, cx.now()).await?;
    let ticket = super::routing::after_diagnosis(cx, db, ticket, d.cause()).await?;
    // A complaint may be answered at once; a correction request always needs an agent.
    let ticket = if ticket.channel == Channel::Web {
        super::diagnose::auto_resolve(cx, db, ticket, &d).await?
    } else {
        ticket
    };
    // Filed from the WhatsApp menu, the entry says so (the portal's say `web`).
    let opened_by =
        if ticket.channel == Channel::Whatsapp { Actor::Citizen { via: Via::Whatsapp } } else { citizen() };
    store::audit::append(
        db,
        AuditEntry::new(&opened_by, "ticket.create", "ticket", ticket.id).after(serde_json::json!({
            "number": ticket.number.to_string(),
            "channel": ticket.channel.as_str(),
            "category": ticket.category.as_str(),
            "nik": ticket.nik.as_ref().map(|n| n.masked()),
        })),
    )
    .await?;
    Ok(ticket)
}

/// Drops what the portal no longer needs: expired codes (after a day, for the audit
/// trail's sake), expired sessions, counters whose window closed a day ago.
pub async fn prune(cx: &Context) -> ServiceResult<u64> {
    let db = cx.store.write();
    let now = cx.now();
    let day = chrono::Duration::days(1);
    let mut n = store::portal::prune_challenges(db, now - day).await?;
    n += store::portal::prune_sessions(db, now).await?;
    n += store::portal::prune_counters(db, (now - day).timestamp_millis()).await?;
    n += super::desk::prune(cx).await?;
    n += sweep_evidence(cx, std::time::Duration::from_secs(2 * 86_400)).await?;
    Ok(n)
}

/// Removes evidence files older than `age` that no correction request keeps: uploads of
/// phone changes abandoned before their code (their challenges are pruned after a day).
pub async fn sweep_evidence(cx: &Context, age: std::time::Duration) -> ServiceResult<u64> {
    let before = std::time::SystemTime::now() - age;
    let listed = cx.objects.older_than("evidence", Some(before)).await?;
    let mut removed = 0;
    for key in listed {
        if !store::objects::is_temporary(&key)
            && store::corrections::evidence_kept(cx.store.read(), &key).await?
        {
            continue;
        }
        // Uploaded again since the listing (the same photo, a new phone change): it stays.
        if cx.objects.modified(&key).await?.is_some_and(|t| t >= before) {
            continue;
        }
        cx.objects.remove(&key).await?;
        removed += 1;
    }
    if removed > 0 {
        tracing::info!(files = removed, "removed evidence no correction request keeps");
    }
    Ok(removed)
}

/// Runs `prune` every ten minutes in `serve`.
pub fn spawn_janitor(cx: Context) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            tick.tick().await;
            match prune(&cx).await {
                Ok(n) if n > 0 => tracing::debug!(rows = n, "pruned expired portal state"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not prune portal state"),
            }
        }
    })
}
