//! Send budgets: whether a code may go to a destination now (its own budget, and for a
//! number no record vouches for, the SMS-pumping budgets per client, network, prefix
//! and in all), and the count of codes refused for it.

use std::sync::atomic::{AtomicU64, Ordering};

use sea_orm::ConnectionTrait;

use super::Destination;
use crate::domain::OtpPurpose;
use crate::error::ServiceResult;
use crate::service::limits::{self, Scope};
use crate::service::Context;

/// Codes not sent because a destination or the SMS-pumping budget was spent (`/metrics`).
static BUDGET_REFUSED: AtomicU64 = AtomicU64::new(0);

pub fn budget_refusals() -> u64 {
    BUDGET_REFUSED.load(Ordering::Relaxed)
}

/// Whether a code may go to `to` now: the destination's own budget, and for a number no
/// record vouches for (a phone change, a follow-up), the pumping budget in all and per
/// prefix. Counted either way; a refusal never shows in the answer.
pub(super) async fn deliverable<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    purpose: OtpPurpose,
    to: &Destination,
    requester: &str,
) -> ServiceResult<bool> {
    let p = &cx.config.portal;
    let dest = match to {
        Destination::Phone(p) => p.expose().to_string(),
        Destination::Email(e) => e.to_ascii_lowercase(),
        Destination::Nowhere => return Ok(false),
    };
    let hour = std::time::Duration::from_secs(3600);
    let prefix: String = dest.chars().take(8).collect();
    let unproven = matches!(purpose, OtpPurpose::NewPhone | OtpPurpose::FollowTicket)
        && matches!(to, Destination::Phone(_));
    // Codes to a number as someone's record names it, and codes to a number someone
    // typed, spend separate budgets: typing a citizen's number into a phone change
    // must not use up the codes of their own identity checks.
    let class_dest = format!("{}:{dest}", if unproven { "typed" } else { "record" });
    let mut hits = vec![limits::Hit {
        scope: Scope::Destination,
        value: &class_dest,
        limit: p.per_phone,
        window: p.per_phone_window,
    }];
    // Staff are signed in, audited and bound by their lookup budget: the per-client
    // budget is for anonymous clients.
    if unproven && !requester.starts_with("staff:") && !within_client_budget(cx, db, requester).await? {
        BUDGET_REFUSED.fetch_add(1, Ordering::Relaxed);
        tracing::warn!(
            purpose = purpose.as_str(),
            "one-time code not sent: this client's SMS budget is spent"
        );
        return Ok(false);
    }
    if unproven {
        hits.push(limits::Hit {
            scope: Scope::UnprovenSmsAll,
            value: "all",
            limit: p.unproven_sms_per_hour,
            window: hour,
        });
        hits.push(limits::Hit {
            scope: Scope::UnprovenSmsPrefix,
            value: &prefix,
            limit: p.unproven_sms_per_prefix_per_hour,
            window: hour,
        });
    }
    let ok = limits::within(cx, db, &hits).await?;
    if !ok {
        BUDGET_REFUSED.fetch_add(1, Ordering::Relaxed);
        tracing::warn!(
            purpose = purpose.as_str(),
            unproven,
            "one-time code not sent: its destination or the SMS budget is spent"
        );
    }
    Ok(ok)
}

/// The requester's own budget for codes to typed numbers, and its network's, spent
/// before the shared one (so a refused client spends nobody else's).
async fn within_client_budget<C: ConnectionTrait>(
    cx: &Context,
    db: &C,
    requester: &str,
) -> ServiceResult<bool> {
    let p = &cx.config.portal;
    let hour = std::time::Duration::from_secs(3600);
    let client = limits::Hit {
        scope: Scope::UnprovenSmsClient,
        value: requester,
        limit: p.unproven_sms_per_client_per_hour,
        window: hour,
    };
    // A client past its own budget spends none of its network's (its neighbours behind
    // one carrier's NAT keep theirs).
    if !limits::within(cx, db, &[client]).await? {
        return Ok(false);
    }
    let network = network_of(requester);
    let network = limits::Hit {
        scope: Scope::UnprovenSmsNetwork,
        value: &network,
        limit: p.unproven_sms_per_network_per_hour,
        window: hour,
    };
    limits::within(cx, db, &[network]).await
}

/// The network a client address belongs to: IPv4 /24, IPv6 /48 (what one customer or
/// site is routed); anything else (a member of staff) is its own.
pub(super) fn network_of(requester: &str) -> String {
    // An IPv6 client comes as its /64 (`2001:db8:1:2::/64`).
    match requester.trim_end_matches("/64").parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v4)) => {
            let o = v4.octets();
            format!("{}.{}.{}.0/24", o[0], o[1], o[2])
        }
        Ok(std::net::IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
        }
        Err(_) => requester.to_string(),
    }
}
