//! SMS vocabulary: what an outbox message is for, its delivery status (which only
//! moves forward) and how a gateway's delivery-receipt status maps onto it.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::ticket::named_enum;
use super::{PersonId, TicketId};

named_enum!(
    /// Why an SMS is sent. With the certificate version it forms the idempotency key.
    SmsPurpose {
        /// The certificate was issued (version 1).
        Issued = "issued",
        /// A new version replaced an older one.
        Reissued = "reissued",
        /// Sent again on request (ticket resolution, bulk resend, portal).
        Resend = "resend",
        /// The phone on record changed; told to the old number.
        PhoneChanged = "phone_changed",
        /// A one-time code for the portal. The code is put in when the SMS is sent.
        Otp = "otp",
        /// A correction request was approved or rejected.
        CorrectionDecided = "correction_decided",
    }
);

named_enum!(
    SmsStatus {
        /// In the outbox, not yet handed to the gateway.
        Pending = "pending",
        /// Being handed to the gateway: the attempt is recorded before the request goes
        /// out. Found so after a crash, it is sent once more (the only repeat possible).
        Sending = "sending",
        /// The gateway accepted it (an HTTP 200 means queued, not delivered).
        Queued = "queued",
        /// The operator's SMSC has it.
        Sent = "sent",
        Delivered = "delivered",
        /// The operator reported it undeliverable, expired or rejected.
        Failed = "failed",
        /// The gateway refused it for good or every retry failed.
        Dead = "dead",
        /// Never sent: the record has no usable phone number (cause `phone_missing`).
        PhoneMissing = "phone_missing",
    }
);

named_enum!(
    /// What carries an outbox notice. A certificate link or a correction decision may go
    /// by WhatsApp template first (`whatsapp.notices`); when that fails, the same notice
    /// goes again by SMS as a row of its own.
    NoticeChannel {
        Sms = "sms",
        WhatsApp = "whatsapp",
    }
);

impl NoticeChannel {
    /// How the desk and ticket actions name a message on this channel.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sms => "SMS",
            Self::WhatsApp => "WhatsApp message",
        }
    }
}

impl SmsPurpose {
    /// Whether this notice may go by WhatsApp. Codes and the warning to an old number
    /// always go by SMS: they prove or protect the phone on record itself.
    pub fn may_go_by_whatsapp(self) -> bool {
        matches!(self, Self::Issued | Self::Reissued | Self::Resend | Self::CorrectionDecided)
    }
}

impl SmsStatus {
    fn rank(self) -> u8 {
        match self {
            Self::Pending => 0,
            Self::Sending => 1,
            Self::Queued => 2,
            Self::Sent => 3,
            Self::Delivered | Self::Failed | Self::Dead | Self::PhoneMissing => 4,
        }
    }

    /// Receipts arrive out of order and more than once: a status only replaces one
    /// that comes before it (queued → sent → delivered | failed). Final states stay.
    pub fn may_become(self, next: SmsStatus) -> bool {
        next.rank() > self.rank()
    }

    pub fn is_final(self) -> bool {
        self.rank() == 4
    }
}

/// A delivery-receipt status as SMPP/Jasmin report it (`message_status`), mapped onto
/// the outbox status. `None`: a status that says nothing new (e.g. UNKNOWN).
pub fn receipt_status(raw: &str) -> Option<SmsStatus> {
    match raw.trim().to_ascii_uppercase().as_str() {
        "DELIVRD" => Some(SmsStatus::Delivered),
        "UNDELIV" | "EXPIRED" | "REJECTD" | "DELETED" => Some(SmsStatus::Failed),
        // Level-1 receipts: the SMSC accepted the message.
        "ENROUTE" | "ACCEPTD" | "ESME_ROK" => Some(SmsStatus::Sent),
        // Any other ESME_R… code is the SMSC refusing the message.
        s if s.starts_with("ESME_R") => Some(SmsStatus::Failed),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_only_moves_forward() {
        use SmsStatus::*;
        assert!(Pending.may_become(Queued));
        assert!(Queued.may_become(Delivered));
        assert!(Sent.may_become(Failed));
        assert!(!Delivered.may_become(Sent));
        assert!(!Delivered.may_become(Delivered));
        assert!(!Failed.may_become(Delivered));
        assert!(!Sent.may_become(Queued));
    }

    #[test]
    fn codes_and_warnings_never_go_by_whatsapp() {
        assert!(!SmsPurpose::Otp.may_go_by_whatsapp());
        assert!(!SmsPurpose::PhoneChanged.may_go_by_whatsapp());
        assert!(
            SmsPurpose::Issued.may_go_by_whatsapp() && SmsPurpose::CorrectionDecided.may_go_by_whatsapp()
        );
    }

    #[test]
    fn receipts_map_onto_statuses() {
        assert_eq!(receipt_status("DELIVRD"), Some(SmsStatus::Delivered));
        assert_eq!(receipt_status("undeliv"), Some(SmsStatus::Failed));
        assert_eq!(receipt_status("EXPIRED"), Some(SmsStatus::Failed));
        assert_eq!(receipt_status("ENROUTE"), Some(SmsStatus::Sent));
        assert_eq!(receipt_status("ESME_ROK"), Some(SmsStatus::Sent));
        assert_eq!(receipt_status("ESME_RINVDSTADR"), Some(SmsStatus::Failed));
        assert_eq!(receipt_status("UNKNOWN"), None);
    }
}

#[derive(Debug, Clone)]
pub struct Sms {
    pub id: Uuid,
    pub person: Option<PersonId>,
    pub certificate: Option<Uuid>,
    pub ticket: Option<TicketId>,
    pub purpose: SmsPurpose,
    pub channel: NoticeChannel,
    pub idempotency_key: String,
    pub phone: Option<String>,
    pub body: String,
    pub status: SmsStatus,
    /// The gateway's message id, or the WhatsApp message id (`wamid.…`).
    pub gateway_message_id: Option<String>,
    pub attempts: u32,
    pub last_error: Option<String>,
    pub receipt_status: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
}
