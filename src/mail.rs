//! The mail edge: inbound (MIME parsing, robot detection, IMAP polling) and outbound
//! (composing and sending with lettre).

pub mod imap;
pub mod mime;
pub mod outbound;
pub mod pipe;
pub mod robots;
