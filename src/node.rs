//! This machine's name, as lease owners (mailbox pollers, job workers) carry it so an
//! operator can tell which node holds what.

/// The host name from `/etc/hostname`, or `certdesk` where there is none.
pub fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "certdesk".into())
}
