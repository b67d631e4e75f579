//! The self-service menu in the chat against a local Graph API: status, the
//! certificate link behind the code sent to the phone on record, match and no match
//! alike, nothing typed kept or put in a ticket, a lapsed session, talk to an agent.

use chrono::{Duration, Utc};
use serde_json::json;

use crate::certificates::{record, RIZKI};
use crate::graph::{chat, text, User};
use crate::helpers::TestApp;
use crate::whatsapp::{count, detail, tickets, ts, ANI, CICI};

/// What the menu last answered (the bot's texts go through the Graph API like replies).
async fn say(app: &TestApp, user: User<'_>, n: &mut u32, words: &str) -> String {
    *n += 1;
    chat(app, user, text(&format!("wamid.MENU{n}"), ts(), words)).await
}

pub async fn the_menu_answers_like_the_portal_behind_a_code_to_the_phone_on_record(app: TestApp) {
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812 3456 7890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    let mut n = 0;
    assert!(say(&app, ANI, &mut n, "MENU").await.contains("1. Cek status"));
    assert!(say(&app, ANI, &mut n, "1").await.contains("NIK"));
    assert!(say(&app, ANI, &mut n, "12345").await.contains("16 digit"), "a bad NIK is asked again");
    say(&app, ANI, &mut n, RIZKI).await;
    let status = say(&app, ANI, &mut n, "Muhamad Rizki").await;
    assert!(status.contains("SMS ke +62") && !status.contains("34567890"), "masked: {status}");

    // The certificate link: five facts, then the code sent by SMS to the phone on record.
    say(&app, ANI, &mut n, "menu").await;
    say(&app, ANI, &mut n, "2").await;
    for answer in [RIZKI, "Muhamad Rizki", "12-05-1990", "12-07-2021"] {
        say(&app, ANI, &mut n, answer).await;
    }
    let ask_code = say(&app, ANI, &mut n, "1").await;
    let code = crate::citizen::code_sent_to(&app, "+6281234567890").await;
    let wrong = say(&app, ANI, &mut n, if code == "000000" { "111111" } else { "000000" }).await;
    assert!(wrong.contains("Kode salah"), "{wrong}");
    let links = say(&app, ANI, &mut n, &code).await;
    assert!(links.contains("Dosis 1: http") && links.contains("/c/"), "{links}");

    // Someone who does not know the facts (no such record) sees the same words and no
    // code goes anywhere.
    let sms_before = app.sms_log().len();
    let mut m = 100;
    say(&app, CICI, &mut m, "menu").await;
    say(&app, CICI, &mut m, "2").await;
    for answer in [crate::certificates::BUDI, "Budi Santoso", "01-01-1980", "12-07-2021"] {
        say(&app, CICI, &mut m, answer).await;
    }
    assert_eq!(say(&app, CICI, &mut m, "1").await, ask_code, "match and no match read alike");
    assert_eq!(say(&app, CICI, &mut m, "123456").await, wrong, "a guess reads like a wrong code");
    assert_eq!(app.sms_log().len(), sms_before, "no code for facts that match nothing");

    // The facts never reached a ticket; the steps are audited as the portal's, via whatsapp.
    assert!(tickets(&app).await.is_empty(), "the menu opens no ticket");
    let audit = app.get("/api/v1/audit?action=portal.identity", &app.admin).await.expect(200).clone();
    let items = audit["items"].as_array().or(audit.as_array()).unwrap().clone();
    assert_eq!(items.len(), 2, "{audit}");
    assert!(items.iter().all(|e| e["via"] == "whatsapp"));

    // Nothing typed into the menu is kept: no NIK in the recorded messages or the outbox.
    let leaks = count(
        &app,
        "SELECT COUNT(*) AS n FROM whatsapp_inbound WHERE payload LIKE '%3275011205900001%' \
         OR payload LIKE '%12-05-1990%'",
    )
    .await;
    assert_eq!(leaks, 0, "the menu's facts are forgotten once taken");
    let live = count(&app, "SELECT COUNT(*) AS n FROM whatsapp_outbound WHERE body LIKE '%/c/%'").await;
    assert_eq!(live, 0, "no live link stored");

    // An answer long after the question is taken by the menu, never given to a ticket.
    say(&app, ANI, &mut n, "menu").await;
    say(&app, ANI, &mut n, "3").await;
    app.cx.clock.set(Utc::now() + Duration::minutes(11));
    let late = say(&app, ANI, &mut n, RIZKI).await;
    assert!(late.contains("berakhir"), "{late}");
    app.cx.clock.release();
    assert!(tickets(&app).await.is_empty());

    // "Talk to an agent": the next message is a complaint for a ticket.
    say(&app, ANI, &mut n, "menu").await;
    assert!(say(&app, ANI, &mut n, "4").await.contains("keluhan"));
    say(&app, ANI, &mut n, "Sertifikat dosis 2 saya belum ada").await;
    let list = tickets(&app).await;
    assert_eq!(list.len(), 1);
    let thread = detail(&app, &list[0]).await;
    let bodies: Vec<&str> =
        thread["messages"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap()).collect();
    assert!(!bodies.iter().any(|b| b.contains(RIZKI)), "no fact from the menu in the ticket");
}
