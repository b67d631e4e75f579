//! Who sent a mail: its From address, and whether the receiving server vouched for it
//! (SPF/DKIM/DMARC). An unvouched sender changes no contact data and is flagged.

use sea_orm::DatabaseTransaction;

use super::Context;
use crate::domain::{EmailAddress, Ticket};
use crate::error::ServiceResult;
use crate::mail::mime::InboundMail;
use crate::store;

/// A mail's From address, and whether the receiving server vouched for it.
pub(super) struct Sender<'a> {
    pub address: &'a EmailAddress,
    pub verified: bool,
}

/// Whether the From address is the sender's: always, unless `mail.authserv_id` names
/// the receiving server whose SPF/DKIM/DMARC verdicts are read.
pub(super) fn sender_verified(cx: &Context, mail: &InboundMail, from: &EmailAddress) -> bool {
    use crate::domain::sender_auth::{judge, SenderAuth};
    let id = cx.config.mail.authserv_id.trim();
    let domain = from.as_str().rsplit('@').next().unwrap_or_default();
    id.is_empty() || judge(&mail.authentication_results, id, domain) == SenderAuth::Authenticated
}

/// A mail whose From the receiving server did not authenticate.
pub(super) async fn flag_unverified(
    txn: &DatabaseTransaction,
    ticket: &Ticket,
    from: &EmailAddress,
) -> ServiceResult<()> {
    let detail = format!(
        "The mail server did not authenticate the sender {} (SPF/DKIM/DMARC): it may be forged; \
         it changed none of the ticket's contact data",
        from.as_str()
    );
    store::tickets::add_flag(txn, ticket.id, "sender_unverified", &detail).await
}
