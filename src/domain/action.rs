//! What resolving a ticket can do to the citizen's record, run as durable jobs.

use serde_json::{json, Value};

use super::ticket::named_enum;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Nik, RevocationReason, StaffId, TicketId};

/// One action a resolution carries. The values are checked: a phone is an Indonesian
/// mobile, a NIK is valid, a reason is one of the public codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolutionAction {
    /// Send the certificate link again to the phone on record.
    ResendSms,
    /// Issue a new version of every valid certificate of the person.
    ReissueCertificate { reason: RevocationReason },
    /// The person also exists under another NIK: fold that record into this one. Only
    /// when both records agree (`identity::merge_check`), or a supervisor gives a reason.
    MergeRecords { duplicate_nik: Nik, reason: Option<String> },
    /// Approve the ticket's correction request as the resolving agent (the policy and
    /// the two-person rule still apply).
    ApplyCorrection { correction: uuid::Uuid },
}

named_enum!(
    ActionStatus { Pending = "pending", Done = "done", Failed = "failed" }
);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ActionError(pub String);

impl ResolutionAction {
    pub const KINDS: &'static [&'static str] =
        &["resend_sms", "reissue_certificate", "merge_records", "apply_correction"];

    pub fn kind(&self) -> &'static str {
        match self {
            Self::ResendSms => "resend_sms",
            Self::ReissueCertificate { .. } => "reissue_certificate",
            Self::MergeRecords { .. } => "merge_records",
            Self::ApplyCorrection { .. } => "apply_correction",
        }
    }

    /// Parameters as stored and audited. Phone and NIK are personal data: the stored
    /// copy is needed to run the action, the audit shows them masked.
    pub fn params(&self) -> Value {
        match self {
            Self::ResendSms => json!({}),
            Self::ReissueCertificate { reason } => json!({ "reason": reason.as_str() }),
            Self::MergeRecords { duplicate_nik, reason } => {
                json!({ "duplicate_nik": duplicate_nik.expose(), "reason": reason })
            }
            Self::ApplyCorrection { correction } => json!({ "correction": correction }),
        }
    }

    pub fn masked_params(&self) -> Value {
        match self {
            Self::MergeRecords { duplicate_nik, reason } => {
                json!({ "duplicate_nik": duplicate_nik.masked(), "reason": reason })
            }
            other => other.params(),
        }
    }

    pub fn parse(kind: &str, params: &Value) -> Result<Self, ActionError> {
        let field = |name: &str| {
            params
                .get(name)
                .and_then(Value::as_str)
                .ok_or_else(|| ActionError(format!("{kind} needs `{name}`")))
        };
        match kind {
            "resend_sms" => Ok(Self::ResendSms),
            "reissue_certificate" => {
                let reason = match params.get("reason").and_then(Value::as_str) {
                    None => RevocationReason::ReissueRequested,
                    Some(r) => RevocationReason::parse(r).map_err(|e| ActionError(format!("reason: {e}")))?,
                };
                Ok(Self::ReissueCertificate { reason })
            }
            // A phone number is identity-bearing: it changes only through a correction
            // request that another person approves, never as a side effect of resolving.
            "update_phone" => Err(ActionError(
                "update_phone is not a resolution action: a phone change is a correction request, \
                 proved by a code to the new number (desk, or POST /api/v1/people/{id}/phone-change)"
                    .into(),
            )),
            "merge_records" => Ok(Self::MergeRecords {
                duplicate_nik: Nik::parse(field("duplicate_nik")?)
                    .map_err(|e| ActionError(format!("duplicate_nik: {e}")))?,
                reason: params
                    .get("reason")
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(|r| r.chars().take(500).collect()),
            }),
            "apply_correction" => Ok(Self::ApplyCorrection {
                correction: uuid::Uuid::parse_str(field("correction")?)
                    .map_err(|e| ActionError(format!("correction: {e}")))?,
            }),
            other => Err(ActionError(format!(
                "unknown action {other}; expected one of: {}",
                Self::KINDS.join(", ")
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip_through_their_stored_form() {
        let all = [
            ResolutionAction::ResendSms,
            ResolutionAction::ReissueCertificate { reason: RevocationReason::RecordCorrected },
            ResolutionAction::MergeRecords {
                duplicate_nik: Nik::parse("3275011205900001").unwrap(),
                reason: None,
            },
            ResolutionAction::MergeRecords {
                duplicate_nik: Nik::parse("3275011205900001").unwrap(),
                reason: Some("KTP checked".into()),
            },
            ResolutionAction::ApplyCorrection { correction: uuid::Uuid::nil() },
        ];
        for a in all {
            assert_eq!(ResolutionAction::parse(a.kind(), &a.params()).unwrap(), a);
        }
    }

    #[test]
    fn bad_parameters_are_named() {
        let e = ResolutionAction::parse("update_phone", &json!({"phone": "081234567890"})).unwrap_err();
        assert!(e.0.contains("correction request"), "a phone never changes by resolving: {e}");
        let e = ResolutionAction::parse("merge_records", &json!({})).unwrap_err();
        assert!(e.0.contains("`duplicate_nik`"), "{e}");
        let e = ResolutionAction::parse("reissue_certificate", &json!({"reason": "whim"})).unwrap_err();
        assert!(e.0.starts_with("reason:"), "{e}");
        assert!(ResolutionAction::parse("apply_magic", &json!({})).is_err());
        let merge = ResolutionAction::MergeRecords {
            duplicate_nik: Nik::parse("3275011205900001").unwrap(),
            reason: None,
        };
        assert!(!merge.masked_params().to_string().contains("3275011205900001"));
    }
}

#[derive(Debug, Clone)]
pub struct TicketAction {
    pub id: Uuid,
    pub ticket: TicketId,
    pub kind: String,
    pub params: serde_json::Value,
    pub status: ActionStatus,
    pub outcome: Option<String>,
    pub sms: Option<Uuid>,
    pub created_by: Option<StaffId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl TicketAction {
    /// An action a staff member attached to a ticket, waiting to run.
    pub fn pending(ticket: TicketId, action: &ResolutionAction, by: StaffId, now: DateTime<Utc>) -> Self {
        Self {
            id: Uuid::now_v7(),
            ticket,
            kind: action.kind().into(),
            params: action.params(),
            status: ActionStatus::Pending,
            outcome: None,
            sms: None,
            created_by: Some(by),
            created_at: now,
            updated_at: now,
        }
    }
}
