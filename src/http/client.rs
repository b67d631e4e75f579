//! Who is calling, as every limit and allow-list must see it: the peer address, or
//! behind a trusted proxy (`portal.trusted_proxies`) the address it forwarded; and the
//! bucket a limit counts, so one IPv6 subscriber (a /64) is one client, not 2^64.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use poem::Request;

/// The client's address: the peer, or when the peer is a trusted proxy, the right-most
/// `X-Forwarded-For` entry that is not a trusted proxy. Reading stops at the first entry
/// that is not an address (what lies left of it came from the client and is not
/// trusted), and falls back to the nearest address seen.
pub fn address(req: &Request, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = req.remote_addr().as_socket_addr().map(|a| a.ip())?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let Some(xff) = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok()) else {
        return Some(peer);
    };
    forwarded(xff, trusted).or(Some(peer))
}

fn forwarded(xff: &str, trusted: &[IpAddr]) -> Option<IpAddr> {
    let mut nearest = None;
    for entry in xff.rsplit(',').map(str::trim) {
        let Some(ip) = parse(entry) else { break };
        if !trusted.contains(&ip) {
            return Some(ip);
        }
        nearest = Some(ip);
    }
    nearest
}

/// `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` or `[2001:db8::1]:5678`.
fn parse(entry: &str) -> Option<IpAddr> {
    entry.parse::<IpAddr>().ok().or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// The address a limit counts: IPv4 as is (an IPv4-mapped IPv6 address as its IPv4),
/// IPv6 as its /64, the smallest block one subscriber is given.
pub fn bucket(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// The bucket as text for counters and the audit: `1.2.3.4` or `2001:db8:1:2::/64`.
pub fn bucket_label(ip: IpAddr) -> String {
    match bucket(ip) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("{v6}/64"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_forwarded_address_is_read_from_the_right_and_stops_at_garbage() {
        let trusted = [ip("10.0.0.2"), ip("10.0.0.3")];
        assert_eq!(forwarded("203.0.113.7", &trusted), Some(ip("203.0.113.7")));
        assert_eq!(forwarded("198.51.100.1, 203.0.113.7, 10.0.0.3", &trusted), Some(ip("203.0.113.7")));
        // The client wrote "1.1.1.1, nonsense" itself: never read past the nonsense.
        assert_eq!(forwarded("1.1.1.1, nonsense, 203.0.113.7:4431", &trusted), Some(ip("203.0.113.7")));
        assert_eq!(forwarded("1.1.1.1, nonsense", &trusted), None);
        assert_eq!(forwarded("[2001:db8::5]:443", &trusted), Some(ip("2001:db8::5")));
        assert_eq!(forwarded("10.0.0.3", &trusted), Some(ip("10.0.0.3")));
    }

    #[test]
    fn an_ipv6_subscriber_is_one_bucket() {
        assert_eq!(bucket(ip("2001:db8:1:2:aaaa::1")), bucket(ip("2001:db8:1:2:bbbb:cccc::9")));
        assert_ne!(bucket(ip("2001:db8:1:2::1")), bucket(ip("2001:db8:1:3::1")));
        assert_eq!(bucket(ip("::ffff:203.0.113.7")), ip("203.0.113.7"));
        assert_eq!(bucket_label(ip("2001:db8:1:2:aaaa::1")), "2001:db8:1:2::/64");
        assert_eq!(bucket_label(ip("203.0.113.7")), "203.0.113.7");
    }
}
