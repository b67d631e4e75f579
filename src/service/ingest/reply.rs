//! A mail in an existing thread: appended to its ticket (reopening a resolved one), and
//! what the requester adds later (the NIK asked for, a first phone number).

use super::*;
use crate::domain::IntakeTag;

pub(super) async fn append(
    txn: &DatabaseTransaction,
    cx: &Context,
    rec: &Record,
    mut ticket: Ticket,
    mail: &InboundMail,
    sender: Sender<'_>,
    auto: bool,
) -> ServiceResult<Outcome> {
    let (from, verified) = (sender.address, sender.verified);
    let mut message = message_from(&ticket, mail, from, auto, cx.now());
    message.source_mail = Some(rec.id());
    // Knowing a ticket number (or a Message-ID) proves nothing: mail from anyone but
    // the requester or a participant (whose address the mail server authenticated)
    // joins visibly apart and changes no contact data.
    let address_matches =
        ticket.requester.email.as_ref().is_some_and(|e| e.as_str().eq_ignore_ascii_case(from.as_str()))
            || store::tickets::is_participant(txn, ticket.id, from.as_str()).await?;
    let own = verified && address_matches;
    message.other_sender = !own;
    store::tickets::insert_message(txn, &message).await?;
    save_attachments(txn, cx, message.id, mail, rec.files()).await?;
    let before = ticket.status;
    if address_matches && !verified && !auto {
        flag_unverified(txn, &ticket, from).await?;
    } else if !own && !auto {
        store::tickets::add_flag(
            txn,
            ticket.id,
            "other_sender",
            &format!(
                "Mail from another sender ({}) joined this ticket; it changed none of its contact data",
                from.as_str()
            ),
        )
        .await?;
    }
    if !auto {
        ticket.status = ticket.status.on_inbound_message()?;
        if ticket.status == TicketStatus::Open {
            ticket.resolved_at = None;
        }
        if own {
            later_details(txn, &mut ticket, &mail.text, &mail.subject).await?;
        }
    }
    ticket.updated_at = cx.now();
    crate::service::tickets::save(cx, txn, &mut ticket).await?;
    if !auto {
        // The citizen wrote again (maybe with the NIK asked for): diagnose afresh.
        let d = crate::service::diagnose::run(txn, &ticket, cx.now()).await?;
        ticket = crate::service::routing::after_diagnosis(cx, txn, ticket, d.cause()).await?;
    }
    store::audit::append(
        txn,
        AuditEntry::new(
            &Actor::System,
            if auto { "ticket.auto_reply" } else { "ticket.inbound" },
            "ticket",
            ticket.id,
        )
        .change(
            serde_json::json!({"status": before.as_str()}),
            serde_json::json!({"status": ticket.status.as_str()}),
        )
        .with_evidence(serde_json::json!({"inbound_mail": rec.id().to_string()})),
    )
    .await?;
    rec.write(txn, InboundStatus::Processed, None, Some((ticket.id.0, message.id.0))).await?;
    Ok(Outcome::Appended(ticket.number))
}

/// What the requester's later mail adds: the answer to "please send your NIK" links
/// the ticket, a first phone number becomes its contact; a NIK or number different
/// from the ticket's is only suggested (a flag the agent confirms), never applied.
pub(crate) async fn later_details(
    txn: &DatabaseTransaction,
    ticket: &mut Ticket,
    text: &str,
    subject: &str,
) -> ServiceResult<()> {
    let found = extract_mail(text, subject);
    let claims = crate::domain::claims::read(text, subject);
    let chosen = crate::service::subject::choose(
        txn,
        &found.niks,
        &claims,
        ticket.requester.email.as_ref(),
        ticket.requester.name.as_deref(),
    )
    .await?;
    // A reply's words alone cannot clear what the first mail said (wrong data, say): the
    // records do not choose here.
    let chosen = chosen.nik.filter(|_| !chosen.by_records);
    match (&ticket.nik, chosen) {
        (None, Some(nik)) => {
            ticket.person = store::people::id_by_nik(txn, &nik).await?;
            ticket.nik = Some(nik);
            if IntakeTag::PersonUnsure.remove_from(&mut ticket.tags) {
                store::tickets::set_tags(txn, ticket.id, &ticket.tags).await?;
            }
            flag_unknown_regency(txn, ticket).await?;
        }
        (Some(have), Some(nik)) if *have != nik => {
            let why = format!(
                "a later mail gives NIK {}; the ticket has {} (confirm before changing it)",
                nik.masked(),
                have.masked()
            );
            store::tickets::add_flag(txn, ticket.id, "nik_suggested", &why).await?;
        }
        _ => {}
    }
    flag_extraction(txn, ticket, &found.invalid_niks, &found.niks).await?;
    match (&ticket.requester.phone, found.phones.first()) {
        (None, Some(phone)) => ticket.requester.phone = Some(phone.clone()),
        (Some(have), Some(phone)) if have != phone => {
            let why = format!(
                "a later mail gives the number {}; the ticket has {} (confirm before changing it)",
                phone.masked(),
                have.masked()
            );
            store::tickets::add_flag(txn, ticket.id, "phone_suggested", &why).await?;
        }
        _ => {}
    }
    Ok(())
}
