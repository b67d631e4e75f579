//! A phone change in the chat: the portal's request step for step (the five facts, the
//! new number, photos as evidence, a code to the new number), filed as the same
//! correction an agent reviews; files checked by their content; match and no match
//! alike; the photos never in a ticket or the recorded messages.

use serde_json::json;

use crate::certificates::{record, BUDI, RIZKI};
use crate::citizen::{code_sent_to, jpeg};
use crate::graph::{chat, image, last_text, text, User};
use crate::helpers::TestApp;
use crate::whatsapp::{count, ts, ANI, CICI};

async fn say(app: &TestApp, user: User<'_>, n: &mut u32, words: &str) -> String {
    *n += 1;
    chat(app, user, text(&format!("wamid.PHONE{n}"), ts(), words)).await
}

async fn photo(app: &TestApp, user: User<'_>, n: &mut u32, media: &str) -> String {
    *n += 1;
    chat(app, user, image(&format!("wamid.PHONE{n}"), ts(), media, "ktp saya")).await
}

pub async fn a_phone_change_in_the_chat_files_the_portals_request_with_the_photos(app: TestApp) {
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812 3456 7890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    app.graph().add_media("wa-media-ktp-1", "image/jpeg", &jpeg());
    // A script named as a photo: refused by its bytes, whatever Meta says it is.
    app.graph().add_media("wa-media-script", "image/jpeg", b"<script>alert(1)</script>");
    let mut n = 0;
    assert!(say(&app, ANI, &mut n, "MENU").await.contains("5. Ganti nomor HP"));
    assert!(say(&app, ANI, &mut n, "5").await.contains("NIK"));
    for answer in [RIZKI, "Muhamad Rizki", "12-05-1990", "12-07-2021", "1"] {
        say(&app, ANI, &mut n, answer).await;
    }
    assert!(
        say(&app, ANI, &mut n, "nomor saya 123").await.contains("seluler"),
        "a bad number is asked again"
    );
    // A photo before the evidence step is not kept anywhere.
    let dir = app.cx.config.storage.data_dir.clone();
    let files = || [walk(&dir.join("attachments")), walk(&dir.join("evidence"))].concat();
    let before = files();
    assert!(photo(&app, ANI, &mut n, "wa-media-ktp-1").await.contains("seluler"), "the step is asked again");
    assert_eq!(files(), before, "a file no step asked for is not stored");
    assert!(say(&app, ANI, &mut n, "0857-1234-5678").await.contains("foto KTP"));
    assert!(say(&app, ANI, &mut n, "selesai").await.contains("minimal satu"), "not without a file");
    let refused = photo(&app, ANI, &mut n, "wa-media-script").await;
    assert!(refused.contains("tidak dapat dipakai"), "{refused}");
    assert!(photo(&app, ANI, &mut n, "wa-media-ktp-1").await.contains("Diterima (1 berkas)"));
    let ask = say(&app, ANI, &mut n, "SELESAI").await;
    assert!(ask.contains("nomor HP baru"), "the code goes to the new number: {ask}");
    let code = code_sent_to(&app, "+6285712345678").await;
    assert!(say(&app, ANI, &mut n, if code == "000000" { "111111" } else { "000000" })
        .await
        .contains("Kode salah"));
    let filed = say(&app, ANI, &mut n, &code).await;
    let number =
        regex::Regex::new(r"SRT-\d{4}-\d{6}").unwrap().find(&filed).expect(&filed).as_str().to_string();

    // The agent's queue holds the portal's request: the diff, the photo as evidence.
    let (_, agent) = app.staff("ani", "agent", &["general"]).await;
    let list = app.get("/api/v1/corrections", &agent).await.expect(200).clone();
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(
        (list[0]["kind"].as_str(), list[0]["ticket_number"].as_str()),
        (Some("phone"), Some(number.as_str()))
    );
    let id = list[0]["id"].as_str().unwrap();
    let detail = app.get(&format!("/api/v1/corrections/{id}"), &agent).await.expect(200).clone();
    assert_eq!(detail["changes"][0]["before"], "+62 812-****-890");
    assert_eq!(detail["changes"][0]["after"], "+62 857-****-678");
    let ev = detail["evidence"].as_array().unwrap();
    assert_eq!(ev.len(), 1, "the refused file is not evidence: {detail}");
    assert_eq!(ev[0]["content_type"], "image/jpeg");
    let r = app
        .client
        .get(format!("{}/api/v1/corrections/{id}/evidence/{}", app.addr, ev[0]["id"].as_str().unwrap()))
        .bearer_auth(&agent)
        .send()
        .await
        .unwrap();
    assert_eq!(r.bytes().await.unwrap().to_vec(), jpeg());
    let ticket = app.get(&format!("/api/v1/tickets/{number}"), &app.admin).await.expect(200).clone();
    assert_eq!(ticket["ticket"]["channel"], "whatsapp", "{ticket}");
    // The agent answers in the chat (asking for a sharper photo, say).
    let path = format!("/api/v1/tickets/{}/messages", ticket["ticket"]["id"].as_str().unwrap());
    let ask_again = "Foto KTP kurang jelas, mohon kirim ulang.";
    app.post(&path, &app.admin, json!({"kind": "reply", "body": ask_again})).await.expect(201);
    app.run_jobs().await;
    assert_eq!(last_text(&app), ask_again, "the reply went to the chat the request came from");
    let created = app.get("/api/v1/audit?action=ticket.create", &app.admin).await.expect(200).clone();
    let created = created["items"].as_array().or(created.as_array()).unwrap().clone();
    assert!(created.iter().all(|e| e["via"] == "whatsapp"), "{created:?}");
    let audit = app.get("/api/v1/audit?action=correction.request", &app.admin).await.expect(200).clone();
    let items = audit["items"].as_array().or(audit.as_array()).unwrap().clone();
    assert_eq!(items.len(), 1, "{audit}");
    assert_eq!(items[0]["via"], "whatsapp");

    // The photos are evidence only: no ticket attachment, nothing of them or the facts
    // in the recorded messages.
    assert_eq!(count(&app, "SELECT COUNT(*) AS n FROM attachment").await, 0, "no ticket attachment");
    let kept = count(
        &app,
        "SELECT COUNT(*) AS n FROM whatsapp_inbound WHERE payload LIKE '%3275011205900001%' \
         OR payload LIKE '%wa-media-ktp%' OR payload LIKE '%85712345678%'",
    )
    .await;
    assert_eq!(kept, 0, "the menu's messages are forgotten");

    // Facts that match nothing read the same, and the code still goes to the new number
    // (the agent sees the facts did not match).
    let mut m = 100;
    say(&app, CICI, &mut m, "menu").await;
    say(&app, CICI, &mut m, "5").await;
    for answer in [BUDI, "Budi Santoso", "01-01-1980", "12-07-2021", "1", "0857-9999-0000"] {
        say(&app, CICI, &mut m, answer).await;
    }
    app.graph().add_media("wa-media-ktp-2", "image/jpeg", &jpeg());
    photo(&app, CICI, &mut m, "wa-media-ktp-2").await;
    assert_eq!(say(&app, CICI, &mut m, "selesai").await, ask, "match and no match read alike");
    assert!(!code_sent_to(&app, "+6285799990000").await.is_empty());
}

/// Every file under `dir`, recursively.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}
