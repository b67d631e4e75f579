//! Which ticket a mail belongs to: the tag in its subject, its thread headers, or the
//! sender's recent ticket with the same subject; a merged ticket's mail goes to the survivor.

use super::*;

/// The ticket a message belongs to: by the tag in its subject, by its thread headers,
/// or (a reply that lost both) by the sender's recent ticket with the same subject.
pub(super) async fn find_thread(
    txn: &DatabaseTransaction,
    cx: &Context,
    mail: &InboundMail,
    from: &EmailAddress,
) -> ServiceResult<Option<Ticket>> {
    if let Some(number) = tag_in(&mail.subject) {
        if let Some(t) = store::tickets::find_for_update(txn, TicketRef::Number(number)).await? {
            return Ok(Some(follow_merge(txn, t).await?));
        }
    }
    let mut ids = mail.in_reply_to.clone();
    ids.extend(mail.references.iter().rev().cloned());
    if let Some(id) = store::tickets::find_by_message_ids(txn, &ids).await? {
        if let Some(t) = store::tickets::find_for_update(txn, TicketRef::Id(id)).await? {
            return Ok(Some(follow_merge(txn, t).await?));
        }
    }
    let base = base_subject(&mail.subject);
    if base.len() < mail.subject.trim().len() {
        // "Re:" to a complaint that had no subject: it was stored under the placeholder.
        let base = if base.is_empty() { NO_SUBJECT.to_string() } else { base };
        let since = cx.now() - chrono::Duration::days(i64::from(cx.config.mail.thread_window_days));
        if let Some(id) = store::tickets::find_by_subject_from(txn, from.as_str(), &base, since).await? {
            if let Some(t) = store::tickets::find_for_update(txn, TicketRef::Id(id)).await? {
                return Ok(Some(follow_merge(txn, t).await?));
            }
        }
    }
    Ok(None)
}

/// A merged ticket's mail goes to the survivor.
pub(super) async fn follow_merge(txn: &DatabaseTransaction, mut t: Ticket) -> ServiceResult<Ticket> {
    for _ in 0..5 {
        let Some(next) = t.merged_into else { break };
        match store::tickets::find_for_update(txn, TicketRef::Id(next)).await? {
            Some(n) => t = n,
            None => break,
        }
    }
    Ok(t)
}

/// `[SRT-2021-000123]` anywhere in a subject.
pub fn tag_in(subject: &str) -> Option<TicketNumber> {
    let upper = subject.to_ascii_uppercase();
    upper.match_indices("[SRT-").find_map(|(i, _)| {
        let end = upper[i..].find(']')? + i;
        TicketNumber::parse(&upper[i..=end]).ok()
    })
}

/// The subject without reply and forward prefixes.
pub fn base_subject(s: &str) -> String {
    let mut s = s.trim();
    loop {
        let lower = s.to_lowercase();
        match ["re:", "fw:", "fwd:", "aw:", "bls:", "balas:", "tr:"].iter().find(|p| lower.starts_with(**p)) {
            Some(p) => s = s[p.len()..].trim_start(),
            None => return s.to_string(),
        }
    }
}
