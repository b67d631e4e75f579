//! A person's whole record as staff see it: identity, doses, certificates, SMS.

use serde_json::json;

use super::limits::{self, Scope};
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
    // Spent and audited before anything is known, so a miss is a look like a hit (no
    // free test of which NIKs are on record).
    spend_lookup(cx, actor).await?;
    let Some(person) = store::people::find_by_nik(cx.store.read(), nik).await? else {
        store::audit::append(
            cx.store.write(),
            AuditEntry::new(&Actor::Staff(actor.clone()), "person.lookup_miss", "person", "lookup")
                .after(json!({"nik": nik.masked(), "via": actor.via.as_str()})),
        )
        .await?;
        return Err(ServiceError::NotFound { what: "person" });
    };
    record_of(cx, actor, person).await
}

/// The same by record id (the desk's links carry no NIK).
pub async fn by_id(
    cx: &Context,
    actor: &StaffActor,
    id: crate::domain::PersonId,
) -> ServiceResult<PersonRecord> {
    spend_lookup(cx, actor).await?;
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

/// The record with its NIK and phone shown in full on the desk: audited on its own
/// (`person.reveal`), on top of the view.
pub async fn reveal(
    cx: &Context,
    actor: &StaffActor,
    id: crate::domain::PersonId,
) -> ServiceResult<PersonRecord> {
    let r = by_id(cx, actor, id).await?;
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::Staff(actor.clone()), "person.reveal", "person", id.0)
            .after(json!({"fields": ["nik", "phone"], "via": actor.via.as_str()})),
    )
    .await?;
    Ok(r)
}

/// One more record opened by this member of staff this hour; past
/// `desk.lookups_per_hour` refused, and the first time supervisors are told.
pub(super) async fn spend_lookup(cx: &Context, actor: &StaffActor) -> ServiceResult<()> {
    spend(cx, actor, Scope::StaffLookups, cx.config.desk.lookups_per_hour, "records").await
}

/// One more people search this hour (`desk.searches_per_hour`), the same way.
pub(super) async fn spend_search(cx: &Context, actor: &StaffActor) -> ServiceResult<()> {
    spend(cx, actor, Scope::StaffSearches, cx.config.desk.searches_per_hour, "searches").await
}

async fn spend(cx: &Context, actor: &StaffActor, scope: Scope, limit: u32, what: &str) -> ServiceResult<()> {
    let hour = std::time::Duration::from_secs(3600);
    let id = actor.id.0.to_string();
    match limits::hit(cx, cx.store.write(), scope, &id, limit, hour).await {
        Err(ServiceError::RateLimited { retry_after }) => {
            let n = limits::count(cx, cx.store.write(), scope, &id, hour).await?;
            if n == i64::from(limit) + 1 {
                alert_supervisors(cx, actor, limit, what).await?;
            }
            Err(ServiceError::RateLimited { retry_after })
        }
        other => other,
    }
}

/// An audit entry, and a mail to every active supervisor and admin with an address.
async fn alert_supervisors(cx: &Context, actor: &StaffActor, limit: u32, what: &str) -> ServiceResult<()> {
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&Actor::System, "staff.lookup_budget_exceeded", "staff", actor.id.0)
            .with_evidence(json!({"limit_per_hour": limit, "of": what})),
    )
    .await?;
    let staff = store::staff::list(cx.store.read()).await?;
    let who = staff.iter().find(|s| s.id == actor.id).map(|s| s.name.as_str().to_string());
    let who = who.unwrap_or_else(|| actor.id.0.to_string());
    for s in staff {
        let Some(to) =
            s.email.as_ref().filter(|_| s.active && s.role.at_least(crate::domain::Role::Supervisor))
        else {
            continue;
        };
        let text = format!(
            "{who} melewati batas {limit} ({what}) per jam untuk data warga dan dihentikan sampai jam \
             berikutnya. Periksa GET /api/v1/audit/lookups?staff={id}.\n\n\
             {who} went over the hourly budget of {limit} {what} of people's data and is stopped until \
             the hour is over. See GET /api/v1/audit/lookups?staff={id}.\n",
            id = actor.id.0
        );
        let subject = format!("certdesk: {who} membuka lebih dari {limit} data warga dalam satu jam");
        super::mail_out::send_notice(
            cx,
            to.as_str(),
            Some(s.name.as_str()),
            subject,
            text,
            "lookup budget alert",
        );
    }
    Ok(())
}

/// A supervisor locks a record from every public lookup (or lifts the lock): the
/// measure taken for the President's NIK. Audited.
pub async fn set_lookup_lock(
    cx: &Context,
    actor: &StaffActor,
    id: crate::domain::PersonId,
    locked: bool,
) -> ServiceResult<()> {
    if !actor.role.at_least(crate::domain::Role::Supervisor) {
        return Err(ServiceError::forbidden("only supervisors lock records from public lookups"));
    }
    let txn = sea_orm::TransactionTrait::begin(cx.store.write()).await?;
    let person = store::people::find(&txn, id).await?.ok_or(ServiceError::NotFound { what: "person" })?;
    let nik = Nik::parse(&person.nik).map_err(|e| ServiceError::Internal(e.into()))?;
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
