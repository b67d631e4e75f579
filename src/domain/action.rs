//! What resolving a ticket can do to the citizen's record, run as durable jobs.

use serde_json::{json, Value};

use super::ticket::named_enum;
use super::{Nik, PhoneNumber, RevocationReason};

/// One action a resolution carries. The values are checked: a phone is an Indonesian
/// mobile, a NIK is valid, a reason is one of the public codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolutionAction {
    /// Send the certificate link again to the phone on record.
    ResendSms,
    /// Issue a new version of every valid certificate of the person.
    ReissueCertificate { reason: RevocationReason },
    /// Replace the phone on record (already verified by the agent), tell the old number,
    /// and send the certificate link to the new one.
    UpdatePhone { phone: PhoneNumber },
    /// The person also exists under another NIK: fold that record into this one.
    MergeRecords { duplicate_nik: Nik },
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
        &["resend_sms", "reissue_certificate", "update_phone", "merge_records", "apply_correction"];

    pub fn kind(&self) -> &'static str {
        match self {
            Self::ResendSms => "resend_sms",
            Self::ReissueCertificate { .. } => "reissue_certificate",
            Self::UpdatePhone { .. } => "update_phone",
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
            Self::UpdatePhone { phone } => json!({ "phone": phone.expose() }),
            Self::MergeRecords { duplicate_nik } => json!({ "duplicate_nik": duplicate_nik.expose() }),
            Self::ApplyCorrection { correction } => json!({ "correction": correction }),
        }
    }

    pub fn masked_params(&self) -> Value {
        match self {
            Self::UpdatePhone { phone } => json!({ "phone": phone.masked() }),
            Self::MergeRecords { duplicate_nik } => json!({ "duplicate_nik": duplicate_nik.masked() }),
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
            "update_phone" => Ok(Self::UpdatePhone {
                phone: PhoneNumber::parse(field("phone")?).map_err(|e| ActionError(format!("phone: {e}")))?,
            }),
            "merge_records" => Ok(Self::MergeRecords {
                duplicate_nik: Nik::parse(field("duplicate_nik")?)
                    .map_err(|e| ActionError(format!("duplicate_nik: {e}")))?,
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
            ResolutionAction::UpdatePhone { phone: PhoneNumber::parse("0812-3456-7890").unwrap() },
            ResolutionAction::MergeRecords { duplicate_nik: Nik::parse("3275011205900001").unwrap() },
            ResolutionAction::ApplyCorrection { correction: uuid::Uuid::nil() },
        ];
        for a in all {
            assert_eq!(ResolutionAction::parse(a.kind(), &a.params()).unwrap(), a);
        }
    }

    #[test]
    fn bad_parameters_are_named() {
        let e = ResolutionAction::parse("update_phone", &json!({"phone": "021-555"})).unwrap_err();
        assert!(e.0.starts_with("phone:"), "{e}");
        let e = ResolutionAction::parse("update_phone", &json!({})).unwrap_err();
        assert!(e.0.contains("`phone`"), "{e}");
        let e = ResolutionAction::parse("reissue_certificate", &json!({"reason": "whim"})).unwrap_err();
        assert!(e.0.starts_with("reason:"), "{e}");
        assert!(ResolutionAction::parse("apply_magic", &json!({})).is_err());
        assert!(!ResolutionAction::UpdatePhone { phone: PhoneNumber::parse("081234567890").unwrap() }
            .masked_params()
            .to_string()
            .contains("1234567890"));
    }
}
