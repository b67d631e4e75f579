//! Point 7, second part: codes to typed numbers (SMS pumping) are budgeted per client
//! and per network before the shared budget, so a few addresses cannot stop everyone's
//! phone changes for the hour.

use crate::citizen::{png, Citizen};
use crate::helpers::TestApp;
use crate::portal::{people, rizki_facts};

/// A phone change to `new_phone` from `ip`; the page is the same whether or not a code
/// went out.
async fn phone_change(app: &TestApp, ip: &str, new_phone: &str) {
    let mut c = Citizen::new(app);
    c.forwarded_for = Some(ip.into());
    let mut fields = rizki_facts();
    fields.push(("new_phone", new_phone));
    c.get("/portal/phone").await;
    c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp.png", png())]).await;
    assert_eq!(c.redirects.last().map(String::as_str), Some("/portal/phone/code"), "{}", c.html);
}

fn codes_to(app: &TestApp, e164: &str) -> usize {
    app.sms_log().iter().filter(|l| l["to"] == e164).count()
}

pub async fn a_few_clients_cannot_spend_everyones_codes_to_typed_numbers(app: TestApp) {
    // Here: 2 codes per client, 3 per network (IPv4 /24, IPv6 /48) an hour.
    people(&app).await;
    let sent = |app: &TestApp, n: u32| codes_to(app, &format!("+628571234560{n}"));
    for n in 1..=3 {
        phone_change(&app, "198.51.100.7", &format!("0857-1234-560{n}")).await;
    }
    phone_change(&app, "198.51.100.8", "0857-1234-5604").await;
    phone_change(&app, "198.51.100.9", "0857-1234-5605").await;
    // Two /64s of one IPv6 /56 are one network too.
    phone_change(&app, "2001:db8:77:5601::1", "0857-1234-5606").await;
    phone_change(&app, "2001:db8:77:5602::1", "0857-1234-5607").await;
    phone_change(&app, "2001:db8:77:5603::1", "0857-1234-5608").await;
    phone_change(&app, "2001:db8:77:5604::1", "0857-1234-5609").await;
    app.run_jobs().await;
    let got: Vec<usize> = (1..=9).map(|n| sent(&app, n)).collect();
    assert_eq!(
        got,
        [1, 1, 0, 1, 0, 1, 1, 1, 0],
        "per client 2 (the third refused), per network 3 (the /24's fifth and the /48's fourth refused)"
    );
    // Someone else, elsewhere, still gets a code: nobody spent the shared budget.
    phone_change(&app, "203.0.113.40", "0813-5555-0001").await;
    app.run_jobs().await;
    assert_eq!(codes_to(&app, "+6281355550001"), 1);
    // Refusals are counted for the alert (the counter is per process: at least these).
    let text =
        app.client.get(format!("{}/metrics", app.metrics_addr)).send().await.unwrap().text().await.unwrap();
    let refused: f64 = text
        .lines()
        .find_map(|l| l.strip_prefix("certdesk_otp_budget_refused_total "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("the refusal counter: {text}"));
    assert!(refused >= 3.0, "{refused}");
}
