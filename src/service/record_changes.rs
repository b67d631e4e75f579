//! Identity changes a records feed brings for people already on record (name, birth
//! date, sex, phone), under the same policy as every other change of them:
//!
//! - from the operator's feed (`import-records`, the system of record) they apply, each
//!   audited field by field (masked), and an old phone number is told by SMS;
//! - from a member of staff (`POST /api/v1/records/batch`) they are held: the record
//!   keeps its values and a correction request is filed in that person's name, so
//!   someone else approves it (the two-person rule), as for any staff change.
//!
//! A feed line without a phone never erases the phone on record.

use sea_orm::ConnectionTrait;
use serde_json::json;

use super::portal::requests::pending;
use super::portal::{open_ticket, PortalTicket};
use super::sms::SmsRequest;
use super::Context;
use crate::domain::correction::{Approval, CorrectionField, CorrectionKind, FieldChange};
use crate::domain::record::PersonRecord;
use crate::domain::{Actor, AuditEntry, Category, Channel, Nik, PhoneNumber, Requester, SmsPurpose};
use crate::error::ServiceResult;
use crate::store::{self, people::Person};

/// What the feed would change in an existing person's identity.
pub(super) fn identity_changes(on_record: &Person, feed: &PersonRecord) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let mut differs = |field: CorrectionField, before: Option<String>, after: String| {
        if before.as_deref() != Some(after.as_str()) {
            out.push(FieldChange { field: field.as_str().into(), dose: None, before, after });
        }
    };
    differs(CorrectionField::FullName, Some(on_record.full_name.clone()), feed.full_name.clone());
    differs(CorrectionField::BirthDate, Some(on_record.birth_date.to_string()), feed.birth_date.to_string());
    differs(CorrectionField::Sex, Some(on_record.sex.clone()), feed.sex.as_str().to_string());
    if let Some(phone) = &feed.phone {
        differs(CorrectionField::Phone, on_record.phone.clone(), phone.expose().to_string());
    }
    out
}

/// Puts the record's own values back into a feed line whose changes are held.
pub(super) fn keep_record_values(on_record: &Person, feed: &mut PersonRecord) {
    feed.full_name = on_record.full_name.clone();
    feed.birth_date = on_record.birth_date;
    if let Ok(sex) = crate::domain::Sex::parse(&on_record.sex) {
        feed.sex = sex;
    }
    feed.phone = on_record.phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok());
}

/// A feed line without a phone keeps the one on record.
pub(super) fn keep_phone_if_absent(on_record: &Person, feed: &mut PersonRecord) {
    if feed.phone.is_none() {
        feed.phone = on_record.phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok());
    }
}

fn masked_value(ch: &FieldChange, v: Option<&str>) -> Option<String> {
    match ch.field() {
        Some(CorrectionField::Phone) => v.and_then(|p| PhoneNumber::parse(p).ok()).map(|p| p.masked()),
        _ => v.map(str::to_string),
    }
}

fn masked_changes(changes: &[FieldChange]) -> serde_json::Value {
    json!(changes
        .iter()
        .map(|c| json!({"field": c.field, "before": masked_value(c, c.before.as_deref()),
                        "after": masked_value(c, Some(&c.after))}))
        .collect::<Vec<_>>())
}

/// The operator's feed changed a person: one audit entry with every field (masked), and
/// the old number told that its record now has another.
pub(super) async fn applied<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    on_record: &Person,
    changes: &[FieldChange],
) -> ServiceResult<()> {
    let nik_masked = Nik::parse(&on_record.nik).map(|n| n.masked()).unwrap_or_default();
    store::audit::append(
        db,
        AuditEntry::new(&Actor::Operator, "person.feed_change", "person", on_record.id.0)
            .after(json!({"nik": nik_masked, "changes": masked_changes(changes)})),
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
                origin: format!("feed:{}", uuid::Uuid::now_v7()),
                dose: 0,
                version: 0,
                nik_masked,
            },
        )
        .await?;
    }
    Ok(())
}

/// A member of staff's feed would change a person: a correction request in their name
/// (so another person approves it), on a ticket of its own. Returns the ticket number.
pub(super) async fn hold<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    actor: &crate::domain::StaffActor,
    on_record: &Person,
    changes: Vec<FieldChange>,
) -> ServiceResult<String> {
    let rule = changes
        .iter()
        .filter_map(FieldChange::field)
        .map(|f| cx.config.corrections.rule(f))
        .fold(Approval { approvals: 1, final_role: crate::domain::Role::Agent }, Approval::max);
    let mut body = String::from(
        "Perubahan data dari impor data vaksinasi, menunggu persetujuan / \
         Change from a records import, awaiting approval:\n",
    );
    for c in &changes {
        body.push_str(&format!(
            "- {}: {} → {}\n",
            c.field,
            masked_value(c, c.before.as_deref()).unwrap_or_else(|| "-".into()),
            masked_value(c, Some(&c.after)).unwrap_or_default()
        ));
    }
    let ticket = open_ticket(
        cx,
        db,
        PortalTicket {
            subject: "Koreksi data dari impor / Data change from a records import".into(),
            body,
            category: Category::DataCorrection,
            channel: Channel::System,
            requester: Requester {
                name: Some(on_record.full_name.clone()),
                email: None,
                phone: on_record.phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok()),
            },
            nik: Nik::parse(&on_record.nik).ok(),
            person: Some(on_record.id),
            tags: vec!["correction", "records_import"],
        },
    )
    .await?;
    let kind = if changes.iter().all(|c| c.field() == Some(CorrectionField::Phone)) {
        CorrectionKind::Phone
    } else {
        CorrectionKind::Data
    };
    let mut correction = pending(ticket.id, Some(on_record.id), kind, changes.clone(), rule);
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
