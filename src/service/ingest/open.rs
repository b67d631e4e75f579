//! A new mail opens a ticket: its message, what extraction found (and doubts), its
//! attachments, and the acknowledgement.

use super::*;
use chrono::{DateTime, Utc};

pub(super) fn message_from(
    ticket: &Ticket,
    mail: &InboundMail,
    from: &EmailAddress,
    auto: bool,
    now: DateTime<Utc>,
) -> Message {
    let body = if mail.text.trim().is_empty() {
        "(pesan kosong / empty message)".to_string()
    } else {
        mail.text.clone()
    };
    let mut m = Message::new(ticket.id, MessageKind::Inbound, truncate_chars(body, BODY_MAX), now);
    m.author_name = mail.from.as_ref().and_then(|f| f.name.clone());
    m.author_email = Some(from.as_str().to_string());
    m.message_id = mail.message_id.clone();
    m.in_reply_to = mail.in_reply_to.first().cloned();
    m.references = mail.references.clone();
    m.auto = auto;
    m
}

pub(super) async fn create(
    txn: &DatabaseTransaction,
    cx: &Context,
    rec: &Record,
    mail: &InboundMail,
    from: &EmailAddress,
    verified: bool,
) -> ServiceResult<Outcome> {
    let found = extract_mail(&mail.text, &mail.subject);
    let subject = if mail.subject.trim().is_empty() { NO_SUBJECT } else { mail.subject.as_str() };
    let claims = crate::domain::claims::read(&mail.text, &mail.subject);
    let from_name = mail.from.as_ref().and_then(|f| f.name.as_deref());
    let choice = crate::service::subject::choose(txn, &found.niks, &claims, Some(from), from_name).await?;
    let nik = choice.nik.clone();
    let new = NewTicket {
        subject: Text::parse(subject, SUBJECT_MAX)
            .or_else(|_| Text::parse(&subject.chars().take(SUBJECT_MAX).collect::<String>(), SUBJECT_MAX))
            .map_err(|e| ServiceError::invalid("subject", e))?,
        body: Text::parse("-", 1).map_err(|e| ServiceError::invalid("body", e))?,
        channel: Channel::Email,
        category: Category::Other,
        priority: Priority::Normal,
        queue: QueueName::general(),
        requester: Requester {
            name: mail.from.as_ref().and_then(|f| f.name.clone()).or(found.name.clone()),
            email: Some(from.clone()),
            phone: claims.contact_phone(&found.phones),
        },
        nik: nik.clone(),
        tags: crate::service::subject::tags(&claims, &found.niks, &choice),
    };
    let number = cx.store.next_ticket_number_in(txn, cx.now().year() as u16).await?;
    let (mut ticket, _) = Ticket::open(number, new, cx.now());
    // The subject counts too: a short English mail often says most in it.
    let words = format!("{}\n{}", base_subject(&mail.subject), own_words_of(&mail.text, &mail.subject));
    let declared = mail.content_language.as_deref().and_then(|l| match l.get(..2) {
        Some("en") => Some(Language::En),
        Some("id") | Some("in") => Some(Language::Id),
        _ => None,
    });
    ticket.language = Some(Language::detect_with_hint(&words, declared));
    if let Some(nik) = &nik {
        ticket.person = store::people::id_by_nik(txn, nik).await?;
    }
    crate::service::tickets::intake(cx, &mut ticket).await?;
    let mut first = message_from(&ticket, mail, from, false, cx.now());
    first.source_mail = Some(rec.id());
    // Asks for a NIK only when the mail gave none: whether one given was linked (which
    // may turn on another record's state) must not show in the answer.
    let ack = acknowledgement(txn, cx, &ticket, &first, from, found.niks.is_empty()).await?;
    let messages: Vec<&Message> = std::iter::once(&first).chain(&ack).collect();
    store::tickets::insert_new(txn, &[&ticket], &messages).await?;
    if let Some(ack) = &ack {
        store::jobs::enqueue(txn, mail_out::send_job(cx, ack)).await?;
    }
    save_attachments(txn, cx, first.id, mail, rec.files()).await?;
    flag_extraction(txn, &ticket, &found.invalid_niks, &found.niks).await?;
    flag_unknown_regency(txn, &ticket).await?;
    store::audit::append(
        txn,
        AuditEntry::new(&Actor::System, "ticket.create", "ticket", ticket.id).after(serde_json::json!({
            "channel": "email", "inbound_mail": rec.id().to_string(), "status": "new",
        })),
    )
    .await?;
    // A forged From must not join (or be merged into) the citizen's own story.
    let ticket = if verified {
        crate::service::ticket_links::join_open(cx, txn, ticket).await?
    } else {
        flag_unverified(txn, &ticket, from).await?;
        ticket
    };
    // Linked: why the certificate did not arrive, before an agent reads a word.
    let d = crate::service::diagnose::run(txn, &ticket, cx.now()).await?;
    let ticket = crate::service::routing::after_diagnosis(cx, txn, ticket, d.cause()).await?;
    let ticket = crate::service::diagnose::auto_resolve(cx, txn, ticket, &d).await?;
    rec.write(txn, InboundStatus::Processed, None, Some((ticket.id.0, first.id.0))).await?;
    Ok(Outcome::Created(ticket.number))
}

/// A NIK that parses but carries a regency code Kemendagri never issued is likely
/// mistyped: the agent is told, the NIK is kept.
pub(crate) async fn flag_unknown_regency(txn: &DatabaseTransaction, ticket: &Ticket) -> ServiceResult<()> {
    if let Some(nik) = ticket.nik.as_ref().filter(|n| n.regency_name().is_none()) {
        let why = format!(
            "NIK {} has regency code {} that Kemendagri never issued: check it",
            nik.masked(),
            nik.regency_code()
        );
        store::tickets::add_flag(txn, ticket.id, "nik_regency_unknown", &why).await?;
    }
    Ok(())
}

pub(crate) async fn flag_extraction(
    txn: &DatabaseTransaction,
    ticket: &Ticket,
    invalid: &[crate::domain::NikError],
    valid: &[Nik],
) -> ServiceResult<()> {
    for e in invalid {
        store::tickets::add_flag(
            txn,
            ticket.id,
            "invalid_nik",
            &format!("NIK in the mail is not valid: {e}"),
        )
        .await?;
    }
    if valid.len() > 1 {
        // The others stay in sight as related records (masked: the agent opens them).
        let others: Vec<String> =
            valid.iter().filter(|n| ticket.nik.as_ref() != Some(*n)).map(Nik::masked).collect();
        let detail = match &ticket.nik {
            Some(n) => format!(
                "the mail names {} NIKs; linked {}, also named: {}",
                valid.len(),
                n.masked(),
                others.join(", ")
            ),
            None => format!(
                "the mail names {} NIKs and does not say which it is about: {}",
                valid.len(),
                others.join(", ")
            ),
        };
        store::tickets::add_flag(txn, ticket.id, "several_niks", &detail).await?;
    }
    Ok(())
}

/// The acknowledgement to send, unless disabled or the sender already got enough.
pub(super) async fn acknowledgement(
    txn: &DatabaseTransaction,
    cx: &Context,
    ticket: &Ticket,
    first: &Message,
    to: &EmailAddress,
    ask_nik: bool,
) -> ServiceResult<Option<Message>> {
    let cfg = &cx.config.mail;
    if !cfg.acknowledge {
        return Ok(None);
    }
    let sent = store::tickets::auto_mails_to(txn, to.as_str(), mail_out::ack_window_start(cx)).await?;
    if sent >= u64::from(cfg.ack_per_sender_per_hour) {
        store::audit::append(
            txn,
            AuditEntry::new(&Actor::System, "mail.ack_rate_limited", "ticket", ticket.id)
                .with_evidence(serde_json::json!({"sent_last_hour": sent})),
        )
        .await?;
        return Ok(None);
    }
    let mut ack =
        Message::new(ticket.id, MessageKind::Outbound, mail_out::ack_text(cx, ticket, ask_nik)?, cx.now());
    ack.auto = true;
    Ok(Some(mail_out::prepare(cx, ack, to.as_str(), Some(first))))
}
