//! One citizen, one story: a ticket without a NIK is linked to the record its phone or
//! e-mail belongs to; a new ticket from someone who already has an open one (the same
//! person record, e-mail or phone) is linked to it by a flag on both, or, when
//! `triage.merge_into_open` says so, merged into it, instead of starting a parallel
//! conversation.

use sea_orm::ConnectionTrait;

use super::Context;
use crate::domain::{Actor, IntakeTag, StaffActor, Ticket};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, tickets::TicketRef};

/// A ticket without a NIK is linked to the one record that has the phone or e-mail it
/// came from (or the one phone it mentions); with several candidates it stays unlinked.
pub async fn link_by_contact<C: ConnectionTrait>(db: &C, t: &mut Ticket) -> ServiceResult<bool> {
    if t.person.is_some() || t.nik.is_some() || !by_contact_allowed(t) {
        return Ok(false);
    }
    let phone = t.requester.phone.as_ref().map(|p| p.expose().to_string());
    let email = t.requester.email.as_ref().map(|e| e.as_str().to_string());
    t.person = store::people::unique_by_contact(db, phone.as_deref(), email.as_deref()).await?;
    if t.person.is_some() {
        store::tickets::update(db, t).await?;
    }
    Ok(t.person.is_some())
}

/// Written for someone else, the sender's address and number are the writer's; of
/// several NIKs named and none chosen, they would pick the writer over the words.
fn by_contact_allowed(t: &Ticket) -> bool {
    !IntakeTag::OnBehalf.is_on(&t.tags) && !IntakeTag::PersonUnsure.is_on(&t.tags)
}

/// Links (or merges) a just-created ticket with the citizen's open one. Returns the
/// ticket the conversation now lives in.
pub async fn join_open<C: ConnectionTrait>(cx: &Context, db: &C, mut t: Ticket) -> ServiceResult<Ticket> {
    link_by_contact(db, &mut t).await?;
    let open = store::tickets::related(db, &t, 20)
        .await?
        .into_iter()
        .find(|o| o.status.is_active() && o.created_at <= t.created_at);
    let Some(open) = open else { return Ok(t) };
    // A person the records guessed is only flagged beside the citizen's open ticket:
    // merging would spread the guess into a conversation its words had linked.
    if cx.config.triage.merge_into_open && !IntakeTag::PersonByRecords.is_on(&t.tags) {
        let detail = format!("merged on arrival: {} came from the same citizen", t.number);
        store::tickets::add_flag(db, open.id, "merged_on_arrival", &detail).await?;
        return super::tickets::merge_into(cx, db, &Actor::System, t, open).await;
    }
    store::tickets::add_flag(
        db,
        t.id,
        "related_open",
        &format!("the same citizen has open ticket {}", open.number),
    )
    .await?;
    store::tickets::add_flag(db, open.id, "related_new", &format!("the same citizen opened {}", t.number))
        .await?;
    Ok(t)
}

/// Whether `join_open` has anything to do for `t`, asked of the read pool so that a
/// ticket with nothing to join costs the writer nothing.
pub async fn has_work<C: ConnectionTrait>(db: &C, t: &Ticket) -> ServiceResult<bool> {
    let may_link = t.person.is_none()
        && t.nik.is_none()
        && by_contact_allowed(t)
        && (t.requester.phone.is_some() || t.requester.email.is_some());
    if may_link {
        return Ok(true);
    }
    Ok(store::tickets::related(db, t, 20)
        .await?
        .iter()
        .any(|o| o.status.is_active() && o.created_at <= t.created_at))
}

/// The citizen's other tickets, for the agent's one view of them.
pub async fn related(cx: &Context, actor: &StaffActor, r: TicketRef) -> ServiceResult<Vec<Ticket>> {
    let db = cx.store.read();
    let t = store::tickets::find(db, r).await?.ok_or(ServiceError::NotFound { what: "ticket" })?;
    super::tickets::ensure_visible(actor, &t)?;
    store::tickets::related(db, &t, 100).await
}
