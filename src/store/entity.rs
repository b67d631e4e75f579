//! sea-orm entities, one per table. Only `store` sees these.

pub mod attachment;
pub mod audit_event;
pub mod certificate;
pub mod correction_evidence;
pub mod correction_request;
pub mod holiday;
pub mod inbound_mail;
pub mod job;
pub mod mailbox_state;
pub mod otp_challenge;
pub mod person;
pub mod portal_session;
pub mod routing_rule;
pub mod sla_policy;
pub mod sms_message;
pub mod sms_receipt;
pub mod staff_queue;
pub mod staff_user;
pub mod ticket;
pub mod ticket_action;
pub mod ticket_counter;
pub mod ticket_flag;
pub mod ticket_message;
pub mod ticket_tag;
pub mod vaccination;
pub mod vaccine;
