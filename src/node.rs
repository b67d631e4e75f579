//! This machine's name, as lease owners (mailbox pollers, job workers) carry it so an
//! operator can tell which node holds what.

/// The host name from `/etc/hostname`, or `certdesk` where there is none.
pub fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "certdesk".into())
}

/// A name for this process in leases: host, process id and a random part, so a
/// restarted process (in a container, often the same pid) never renews the leases of
/// the one that died.
pub fn process_name() -> String {
    format!("{}:{}:{:04x}", hostname(), std::process::id(), rand::random::<u16>())
}
