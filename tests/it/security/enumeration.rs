//! Point 5: every portal step answers alike whether the facts matched a record, matched
//! none, matched a locked record or a record still pending input: status, redirects,
//! header names and the page with its per-browser tokens blanked.

use serde_json::json;

use crate::certificates::{record, BUDI, RIZKI};
use crate::citizen::{png, Citizen};
use crate::helpers::TestApp;
use crate::portal::people;

const LOCKED: &str = "3275011205900007";

/// The five facts for a NIK and name, as the citizen would type them.
fn facts<'a>(nik: &'a str, name: &'a str) -> Vec<(&'a str, &'a str)> {
    let born = if nik == BUDI { "01-01-1980" } else { "12-05-1990" };
    vec![
        ("nik", nik),
        ("full_name", name),
        ("birth_date", born),
        ("vaccinated_on", "09-08-2021"),
        ("vaccine", "coronavac"),
    ]
}

/// What a stranger could compare between two answers: status, redirects, header names,
/// the page with its tokens blanked.
type Answer = (u16, Vec<String>, Vec<String>, String);

fn answer(c: &Citizen) -> Answer {
    let volatile = ["date", "x-request-id", "set-cookie", "content-length", "retry-after"];
    let mut headers: Vec<String> = c
        .headers
        .keys()
        .map(|k| k.as_str().to_string())
        .filter(|k| !volatile.contains(&k.as_str()))
        .collect();
    headers.sort();
    (c.status.as_u16(), c.redirects.clone(), headers, c.comparable())
}

/// The four kinds of claim, each from its own address.
async fn cases(app: &TestApp) -> Vec<(&'static str, Citizen, Vec<(&'static str, &'static str)>)> {
    let mut out = Vec::new();
    for (i, (why, nik, name)) in [
        ("match", RIZKI, "Muhamad Rizki"),
        ("no match", RIZKI, "Rizky Muhamad"),
        ("locked", LOCKED, "Dewi Lestari"),
        ("pending", BUDI, "Budi Santoso"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut c = Citizen::new(app);
        c.forwarded_for = Some(format!("203.0.113.{}", 10 + i));
        out.push((why, c, facts(nik, name)));
    }
    out
}

fn assert_alike(step: &str, answers: &[(&str, Answer)]) {
    let (first_why, first) = &answers[0];
    for (why, a) in &answers[1..] {
        assert_eq!(a.0, first.0, "{step}: status of {why} vs {first_why}");
        assert_eq!(a.1, first.1, "{step}: redirects of {why} vs {first_why}");
        assert_eq!(a.2, first.2, "{step}: header names of {why} vs {first_why}");
        assert_eq!(a.3, first.3, "{step}: page of {why} vs {first_why}");
    }
}

pub async fn every_portal_step_answers_alike_for_match_miss_locked_and_pending(app: TestApp) {
    people(&app).await;
    let mut locked = record(
        LOCKED,
        "Dewi Lestari",
        Some("081355556666"),
        None,
        &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))],
    );
    locked["birth_date"] = json!("1990-05-12");
    app.import(json!([locked])).await;
    let id = app.person(LOCKED).await["id"].as_str().unwrap().to_string();
    app.put(&format!("/api/v1/people/{id}/lookup-lock"), &app.admin, json!({"locked": true}))
        .await
        .expect(200);

    // Identity check, then an immediate resend (inside the cooldown for everyone).
    let mut identity = Vec::new();
    let mut resend = Vec::new();
    for (why, mut c, f) in cases(&app).await {
        c.get("/portal/verify").await;
        c.redirects.clear();
        c.post("/portal/verify", &f).await;
        identity.push((why, answer(&c)));
        c.redirects.clear();
        c.post("/portal/verify/code/resend", &[]).await;
        resend.push((why, answer(&c)));
    }
    assert_alike("identity check", &identity);
    assert_alike("resend", &resend);
    assert_eq!(resend[0].1 .0, 429, "inside the cooldown, whatever matched");

    // The status check: a match without a certificate yet (pending) and a miss answer
    // alike; a match with a certificate says where the SMS went (by design), so it is
    // left out here.
    let mut status = Vec::new();
    for (why, mut c, f) in cases(&app).await.into_iter().skip(1) {
        c.get("/portal/status").await;
        c.redirects.clear();
        c.post("/portal/status", &f[..2]).await;
        status.push((why, answer(&c)));
    }
    assert_alike("status check", &status);

    // A phone change with evidence, and its follow-up ticket.
    let mut phone = Vec::new();
    for (i, (why, mut c, mut f)) in cases(&app).await.into_iter().enumerate() {
        c.get("/portal/phone").await;
        c.redirects.clear();
        let new = format!("0857-0000-111{i}");
        f.push(("new_phone", Box::leak(new.into_boxed_str())));
        c.post_files("/portal/phone", &f, &[("ev_ktp", "ktp.png", png())]).await;
        phone.push((why, answer(&c)));
    }
    assert_alike("phone change", &phone);
}
