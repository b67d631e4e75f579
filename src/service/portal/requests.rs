//! Requests that change the record and so need an agent: a new phone number (proved by
//! a code sent to it) and corrections of identity or dose data. Each opens a ticket with
//! a structured before/after diff and the evidence files, in one transaction.
//!
//! Here: the correction row every request files (`pending`, also used by staff-side
//! changes); each request has a module of its own.

mod data_correction;
mod evidence;
mod phone_change;

use chrono::Utc;
use uuid::Uuid;

pub use data_correction::{
    current_value, own_record, request_correction, request_correction_for_caller, Requested,
};
pub use evidence::{store_one as store_chat_evidence, Stored, Upload};
pub(crate) use phone_change::{admit_phone_change, confirm_phone_change_in, send_new_phone_code};
pub use phone_change::{confirm_phone_change, start_phone_change, PhoneChange};

use crate::domain::correction::{Approval, CorrectionKind, CorrectionStatus, FieldChange};
use crate::domain::PersonId;
use crate::store::corrections::Correction;

/// A new request awaiting review under `rule`.
pub(crate) fn pending(
    ticket: crate::domain::TicketId,
    person: Option<PersonId>,
    kind: CorrectionKind,
    changes: Vec<FieldChange>,
    rule: Approval,
    now: chrono::DateTime<Utc>,
) -> Correction {
    Correction {
        id: Uuid::now_v7(),
        ticket,
        person,
        kind,
        changes,
        status: CorrectionStatus::Pending,
        approvals_needed: rule.approvals,
        final_role: rule.final_role,
        first_approver: None,
        first_approved_at: None,
        decided_by: None,
        decided_at: None,
        decision_reason: None,
        created_at: now,
        requested_by: None,
        proof: None,
    }
}
