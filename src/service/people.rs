//! A person's whole record as staff see it: identity, doses, certificates, SMS.

use serde_json::json;

use super::Context;
use crate::domain::{Actor, AuditEntry, Nik, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, certificates::Certificate, certificates::Due, people::Person, sms::Sms};

pub struct PersonRecord {
    pub person: Person,
    pub doses: Vec<(Due, String, Option<String>)>,
    pub certificates: Vec<Certificate>,
    pub sms: Vec<Sms>,
}

/// Looks a person up by NIK for a member of staff; the lookup itself is audited
/// (who looked at whose record), since NIK and phone are personal data.
pub async fn by_nik(cx: &Context, actor: &StaffActor, nik: &Nik) -> ServiceResult<PersonRecord> {
    let person = store::people::find_by_nik(cx.store.read(), nik)
        .await?
        .ok_or(ServiceError::NotFound { what: "person" })?;
    record_of(cx, actor, person).await
}

/// The same by record id (the desk's links carry no NIK).
pub async fn by_id(
    cx: &Context,
    actor: &StaffActor,
    id: crate::domain::PersonId,
) -> ServiceResult<PersonRecord> {
    let person =
        store::people::find(cx.store.read(), id).await?.ok_or(ServiceError::NotFound { what: "person" })?;
    record_of(cx, actor, person).await
}

async fn record_of(cx: &Context, actor: &StaffActor, person: Person) -> ServiceResult<PersonRecord> {
    let db = cx.store.read();
    let nik_masked = Nik::parse(&person.nik).map(|n| n.masked()).unwrap_or_else(|_| "****".into());
    let statuses = store::records::doses_of(db, person.id).await?;
    let doses = store::certificates::record_of_person(db, person.id)
        .await?
        .into_iter()
        .map(|d| {
            let (status, reason) = statuses
                .iter()
                .find(|(n, _, _)| i16::from(d.dose) == *n)
                .map(|(_, s, r)| (s.clone(), r.clone()))
                .unwrap_or_default();
            (d, status, reason)
        })
        .collect();
    let certificates = store::certificates::of_person(db, person.id).await?;
    let sms = store::sms::of_person(db, person.id).await?;
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Staff(actor.clone()), "person.view", "person", person.id.0)
            .after(json!({"nik": nik_masked, "via": actor.via.as_str()})),
    )
    .await?;
    Ok(PersonRecord { person, doses, certificates, sms })
}

/// A supervisor locks a record from every public lookup (or lifts the lock): the
/// measure taken for the President's NIK. Audited.
pub async fn set_lookup_lock(cx: &Context, actor: &StaffActor, nik: &Nik, locked: bool) -> ServiceResult<()> {
    if !actor.role.at_least(crate::domain::Role::Supervisor) {
        return Err(ServiceError::forbidden("only supervisors lock records from public lookups"));
    }
    let txn = sea_orm::TransactionTrait::begin(cx.store.write()).await?;
    let person =
        store::people::find_by_nik(&txn, nik).await?.ok_or(ServiceError::NotFound { what: "person" })?;
    store::people::set_lookup_locked(&txn, person.id, locked).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(&Actor::Staff(actor.clone()), "person.lookup_lock", "person", person.id.0)
            .change(json!({"lookup_locked": person.lookup_locked}), json!({"lookup_locked": locked}))
            .with_evidence(json!({"nik": nik.masked()})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
