//! Changes a records feed brings for people already on record, under the same policy
//! as every other change of them:
//!
//! - from the operator's feed (`import-records`, the system of record) identity changes
//!   (name, birth date, sex, phone, e-mail) apply, each audited field by field (masked),
//!   and an old phone number is told by SMS (on the bulk lane);
//! - from a member of staff (`POST /api/v1/records/batch`) they are held: the record
//!   keeps its identity and its complete doses, and a correction request is filed in
//!   that person's name, so someone else approves it (the two-person rule). Each held
//!   person counts as a look at their record (the hourly lookup budget). New doses and
//!   doses still pending input are the feed's to bring.
//!
//! A feed line without a phone or e-mail never erases the one on record.

use sea_orm::ConnectionTrait;
use serde_json::json;

use super::portal::requests::pending;
use super::sms::SmsRequest;
use super::Context;
use crate::domain::correction::{Approval, CorrectionField, CorrectionKind, FieldChange};
use crate::domain::record::PersonRecord;
use crate::domain::{
    Actor, AuditEntry, Category, Channel, Message, MessageKind, NewTicket, Nik, PhoneNumber, Priority,
    QueueName, Requester, SmsPurpose, StaffActor, Tag, Text, Ticket,
};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, certificates::Due, people::Person};

/// What the feed would change in an existing person's identity (e-mail included, as
/// `email`, which no correction request carries).
pub(super) fn identity_changes(on_record: &Person, feed: &PersonRecord) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let mut differs = |field: &str, before: Option<String>, after: String| {
        if before.as_deref() != Some(after.as_str()) {
            out.push(FieldChange { field: field.into(), dose: None, before, after });
        }
    };
    differs(CorrectionField::FullName.as_str(), Some(on_record.full_name.clone()), feed.full_name.clone());
    differs(
        CorrectionField::BirthDate.as_str(),
        Some(on_record.birth_date.to_string()),
        feed.birth_date.to_string(),
    );
    differs(CorrectionField::Sex.as_str(), Some(on_record.sex.clone()), feed.sex.as_str().to_string());
    if let Some(phone) = &feed.phone {
        differs(CorrectionField::Phone.as_str(), on_record.phone.clone(), phone.expose().to_string());
    }
    if let Some(email) = &feed.email {
        differs("email", on_record.email.clone(), email.clone());
    }
    out
}

/// Changes to doses already complete on record (vaccine, date, batch), by dose.
fn dose_changes(on_record: &[Due], feed: &PersonRecord) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for d in &feed.doses {
        let Some(known) = on_record.iter().find(|k| k.dose == d.dose && k.vaccinated_on.is_some()) else {
            continue;
        };
        let mut differs = |field: CorrectionField, before: Option<String>, after: Option<String>| {
            if let Some(after) = after.filter(|a| before.as_deref() != Some(a.as_str())) {
                out.push(FieldChange { field: field.as_str().into(), dose: Some(d.dose), before, after });
            }
        };
        differs(CorrectionField::Vaccine, Some(known.vaccine.clone()), Some(d.vaccine.clone()));
        differs(
            CorrectionField::VaccinatedOn,
            known.vaccinated_on.map(|v| v.to_string()),
            d.date.map(|v| v.to_string()),
        );
        differs(CorrectionField::Batch, known.batch.clone(), d.batch.clone());
    }
    out
}

/// A feed line without a phone or e-mail keeps the ones on record.
pub(super) fn keep_contacts_if_absent(on_record: &Person, feed: &mut PersonRecord) {
    if feed.phone.is_none() {
        feed.phone = on_record.phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok());
    }
    if feed.email.is_none() {
        feed.email = on_record.email.clone();
    }
}

/// What a member of staff's import would change for one existing person: the line is
/// trimmed to what it may bring (its complete doses that differ are left out; the
/// person's identity is not written at all, see `store::records::upsert`), and the
/// changes a correction request can carry are returned to be held.
pub(super) async fn staff_changes<C: ConnectionTrait>(
    db: &C,
    on_record: &Person,
    feed: &mut PersonRecord,
) -> ServiceResult<(Vec<FieldChange>, Option<String>)> {
    keep_contacts_if_absent(on_record, feed);
    let mut changes = identity_changes(on_record, feed);
    let email = changes.iter().position(|c| c.field == "email").map(|i| changes.remove(i));
    // The line carries the record's own identity on (the dose digests are the record's).
    feed.full_name = on_record.full_name.clone();
    feed.birth_date = on_record.birth_date;
    if let Ok(sex) = crate::domain::Sex::parse(&on_record.sex) {
        feed.sex = sex;
    }
    feed.phone = on_record.phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok());
    feed.email = on_record.email.clone();
    let doses = store::certificates::record_of_person(db, on_record.id).await?;
    let held_doses = dose_changes(&doses, feed);
    feed.doses.retain(|d| !held_doses.iter().any(|c| c.dose == Some(d.dose)));
    changes.extend(held_doses);
    let warning =
        email.map(|_| "the e-mail of a person on record changes only through the operator's feed".into());
    Ok((changes, warning))
}

fn masked_value(field: &str, v: Option<&str>) -> Option<String> {
    match field {
        "phone" => v.and_then(|p| PhoneNumber::parse(p).ok()).map(|p| p.masked()),
        "email" => v.map(|e| match e.split_once('@') {
            Some((user, domain)) => format!("{}***@{domain}", user.chars().next().unwrap_or('*')),
            None => "***".into(),
        }),
        _ => v.map(str::to_string),
    }
}

fn masked_changes(changes: &[FieldChange]) -> serde_json::Value {
    json!(changes
        .iter()
        .map(|c| json!({"field": c.field, "dose": c.dose, "before": masked_value(&c.field, c.before.as_deref()),
                        "after": masked_value(&c.field, Some(&c.after))}))
        .collect::<Vec<_>>())
}

/// The operator's feed changed a person: one audit entry with every field (masked), and
/// the old number told that its record now has another.
pub(super) async fn applied<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    import: uuid::Uuid,
    on_record: &Person,
    changes: &[FieldChange],
) -> ServiceResult<()> {
    let nik_masked = Nik::parse(&on_record.nik).map(|n| n.masked()).unwrap_or_default();
    store::audit::append(
        db,
        AuditEntry::new(&Actor::Operator, "person.feed_change", "person", on_record.id.0)
            .after(json!({"nik": nik_masked, "import": import, "changes": masked_changes(changes)})),
    )
    .await?;
    let phone_changed = changes.iter().any(|c| c.field() == Some(CorrectionField::Phone));
    if let (true, Some(old)) = (phone_changed, on_record.phone.clone()) {
        super::sms::enqueue_one(
            cx,
            db,
            SmsRequest {
                person: on_record.id,
                phone: Some(old),
                certificate: None,
                ticket: None,
                purpose: SmsPurpose::PhoneChanged,
                // A feed's notices wait behind what citizens asked for.
                origin: format!("bulk:feed:{import}"),
                dose: 0,
                version: 0,
                nik_masked,
            },
        )
        .await?;
    }
    Ok(())
}

/// Files a member of staff's held changes as a correction request in their name, on a
/// ticket of its own (a staff note, no contact data, linked by record). Returns the
/// ticket number.
pub(super) async fn hold<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    actor: &StaffActor,
    on_record: &Person,
    changes: Vec<FieldChange>,
) -> ServiceResult<String> {
    let rule = changes
        .iter()
        .filter_map(FieldChange::field)
        .map(|f| cx.config.corrections.rule(f))
        .fold(Approval { approvals: 1, final_role: crate::domain::Role::Agent }, Approval::max);
    // The values are the correction request's (reviewers see them there); the ticket
    // names the fields only.
    let fields: Vec<String> = changes
        .iter()
        .map(|c| c.dose.map_or_else(|| c.field.clone(), |d| format!("{} (dosis {d})", c.field)))
        .collect();
    let body = format!(
        "Perubahan data dari impor data vaksinasi, menunggu persetujuan / Change from a records import, \
         awaiting approval: {}",
        fields.join(", ")
    );
    let ticket = open(cx, db, actor, on_record, &body).await?;
    let kind = if changes.iter().all(|c| c.field() == Some(CorrectionField::Phone)) {
        CorrectionKind::Phone
    } else {
        CorrectionKind::Data
    };
    let mut correction = pending(ticket.id, Some(on_record.id), kind, changes.clone(), rule, cx.now());
    correction.requested_by = Some(actor.id);
    correction.proof = Some(json!({"source": "records import", "identity": "not proved: check the source"}));
    store::corrections::insert(db, &correction, &[]).await?;
    store::audit::append(
        db,
        AuditEntry::new(&Actor::Staff(actor.clone()), "correction.request", "correction", correction.id)
            .after(
                json!({"kind": kind.as_str(), "ticket": ticket.number.to_string(), "source": "records_import",
                   "changes": masked_changes(&changes)}),
            ),
    )
    .await?;
    Ok(ticket.number.to_string())
}

/// The held change's ticket: the filer's note, the record linked, nobody to write to.
async fn open<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    actor: &StaffActor,
    on_record: &Person,
    body: &str,
) -> ServiceResult<Ticket> {
    let now = cx.now();
    let number = cx.store.next_ticket_number_in(db, chrono::Datelike::year(&now) as u16).await?;
    let tags = ["correction", "records_import"]
        .iter()
        .map(|t| Tag::parse(t))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ServiceError::Internal(e.into()))?;
    let new = NewTicket {
        subject: Text::parse("Koreksi data dari impor / Data change from a records import", 200)
            .map_err(|e| ServiceError::Internal(anyhow::anyhow!("{e}")))?,
        body: Text::parse(body, 10_000).map_err(|e| ServiceError::Internal(anyhow::anyhow!("{e}")))?,
        channel: Channel::System,
        category: Category::DataCorrection,
        priority: Priority::Normal,
        queue: QueueName::general(),
        requester: Requester { name: None, email: None, phone: None },
        nik: None,
        tags,
    };
    let (mut ticket, text) = Ticket::open(number, new, now);
    ticket.person = Some(on_record.id);
    super::tickets::intake(cx, &mut ticket).await?;
    let mut note = Message::new(ticket.id, MessageKind::Note, text, now);
    note.author_staff = Some(actor.id);
    store::tickets::insert_new(db, &[&ticket], &[&note]).await?;
    store::audit::append(
        db,
        AuditEntry::new(&Actor::Staff(actor.clone()), "ticket.create", "ticket", ticket.id).after(
            json!({"number": ticket.number.to_string(), "channel": "system", "source": "records_import"}),
        ),
    )
    .await?;
    Ok(ticket)
}
