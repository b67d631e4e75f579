//! Whether a mail's From address is its sender's, as the receiving mail server judged it
//! (SPF, DKIM, DMARC) and wrote in `Authentication-Results` (RFC 8601). Only results
//! stamped with our own server's id count: anyone can write that header into a mail,
//! and the receiving server removes copies carrying its id (see docs/security.md).

/// What the trusted results say about the From domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SenderAuth {
    /// DMARC passed, or DKIM or SPF passed for a domain aligned with From.
    Authenticated,
    /// Our server looked and nothing aligned passed (forged, or a sender without SPF/DKIM).
    NotAuthenticated,
    /// No results from our server at all.
    Unchecked,
}

/// Judges the `Authentication-Results` header values of a mail (top first) for
/// `from_domain`. Only the top-most header stamped `authserv_id` counts: our server
/// adds its own above everything it received, so any lower one with our id came from
/// outside (a forgery our server did not remove).
pub fn judge(results: &[String], authserv_id: &str, from_domain: &str) -> SenderAuth {
    let from = from_domain.trim().to_ascii_lowercase();
    for value in results {
        let clean = strip_comments(value);
        let mut parts = clean.split(';').map(str::trim);
        let id = parts.next().and_then(|p| p.split_whitespace().next()).unwrap_or_default();
        if !id.eq_ignore_ascii_case(authserv_id) {
            continue;
        }
        return if parts.any(|resinfo| passes(resinfo, &from)) {
            SenderAuth::Authenticated
        } else {
            SenderAuth::NotAuthenticated
        };
    }
    SenderAuth::Unchecked
}

/// One `method=result prop=value …` clause: a pass that vouches for the From domain.
fn passes(resinfo: &str, from: &str) -> bool {
    let mut words = resinfo.split_whitespace();
    let Some((method, result)) = words.next().and_then(|w| w.split_once('=')) else { return false };
    if !result.eq_ignore_ascii_case("pass") {
        return false;
    }
    let props: Vec<(String, String)> = words
        .filter_map(|w| w.split_once('='))
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim_matches('"').to_ascii_lowercase()))
        .collect();
    let prop = |name: &str| props.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    match method.to_ascii_lowercase().as_str() {
        // DMARC checks alignment itself; it must say for which From domain.
        "dmarc" => prop("header.from").is_some_and(|d| d == from),
        "dkim" => prop("header.d")
            .or_else(|| prop("header.i").map(|i| i.rsplit('@').next().unwrap_or(i)))
            .is_some_and(|d| aligned(d, from)),
        "spf" => {
            prop("smtp.mailfrom").map(|m| m.rsplit('@').next().unwrap_or(m)).is_some_and(|d| aligned(d, from))
        }
        _ => false,
    }
}

/// Relaxed alignment (DMARC): one domain is the other or a subdomain of it.
fn aligned(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    !a.is_empty() && (a == b || a.ends_with(&format!(".{b}")) || b.ends_with(&format!(".{a}")))
}

/// Drops `(comments)`, which may hold anything, including `;` and `=`.
fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "mx.kemkes.go.id";

    fn judge1(v: &str, from: &str) -> SenderAuth {
        judge(&[v.to_string()], ID, from)
    }

    #[test]
    fn a_pass_from_our_server_for_the_from_domain_authenticates() {
        for v in [
            "mx.kemkes.go.id; dmarc=pass (p=none dis=none) header.from=gmail.com",
            "mx.kemkes.go.id; dkim=pass header.d=gmail.com header.s=20230601; spf=neutral",
            "mx.kemkes.go.id 1; spf=pass smtp.mailfrom=warga@gmail.com; dkim=none",
            "MX.KEMKES.GO.ID; dkim=pass header.i=@mail.gmail.com",
            "mx.kemkes.go.id;\r\n\tdkim=pass (2048-bit key; unprotected) header.d=gmail.com",
        ] {
            assert_eq!(judge1(v, "gmail.com"), SenderAuth::Authenticated, "{v}");
        }
    }

    #[test]
    fn failures_other_domains_and_other_servers_do_not() {
        for v in [
            "mx.kemkes.go.id; dmarc=fail header.from=gmail.com; spf=softfail smtp.mailfrom=gmail.com",
            "mx.kemkes.go.id; dkim=pass header.d=evil.example; spf=pass smtp.mailfrom=x@evil.example",
            "mx.kemkes.go.id; dmarc=pass header.from=evil.example",
            "mx.kemkes.go.id; dkim=pass (header.d=gmail.com) header.d=notgmail.com",
            "mx.kemkes.go.id; none",
        ] {
            assert_eq!(judge1(v, "gmail.com"), SenderAuth::NotAuthenticated, "{v}");
        }
        // A result written by the sender (or any server but ours) is not read.
        assert_eq!(
            judge1("mx.evil.example; dmarc=pass header.from=gmail.com", "gmail.com"),
            SenderAuth::Unchecked
        );
        assert_eq!(judge(&[], ID, "gmail.com"), SenderAuth::Unchecked);
        // Ours among others: ours decides.
        let both = ["mx.evil.example; dmarc=pass".to_string(), "mx.kemkes.go.id; dmarc=fail".to_string()];
        assert_eq!(judge(&both, ID, "gmail.com"), SenderAuth::NotAuthenticated);
        // Only our top-most stamp counts: a "pass" with our id further down was forged.
        let forged_below = [
            "mx.kemkes.go.id; dmarc=fail header.from=gmail.com".to_string(),
            "mx.kemkes.go.id; dmarc=pass header.from=gmail.com".to_string(),
        ];
        assert_eq!(judge(&forged_below, ID, "gmail.com"), SenderAuth::NotAuthenticated);
        // A DMARC pass that does not say for which domain vouches for none.
        assert_eq!(judge1("mx.kemkes.go.id; dmarc=pass", "gmail.com"), SenderAuth::NotAuthenticated);
    }

    #[test]
    fn alignment_is_relaxed_but_not_loose() {
        assert!(aligned("mail.gmail.com", "gmail.com") && aligned("gmail.com", "mail.gmail.com"));
        assert!(!aligned("notgmail.com", "gmail.com") && !aligned("", "gmail.com"));
    }
}
