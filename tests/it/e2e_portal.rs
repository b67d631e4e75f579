//! The portal in a real browser: headless Chromium at phone size, no shortcuts. Codes are
//! read from the SMS log gateway, as the citizen would read their phone.

use serde_json::json;

use crate::browser::{artifacts_dir, Browser};
use crate::certificates::{record, RIZKI};
use crate::citizen::code_sent_to;
use crate::helpers::TestApp;

const ID: [&str; 10] =
    ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const EN: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

async fn people(app: &TestApp) {
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812-3456-7890"),
        None,
        &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))]
    )]))
    .await;
    app.run_jobs().await;
}

/// Answers the page's security question, as a person reads it.
async fn answer_challenge(b: &Browser) {
    let q = b.text("label[for=f-challenge]").await;
    let words: Vec<&str> = q.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let n = |w: &str| ID.iter().position(|x| *x == w).or_else(|| EN.iter().position(|x| *x == w));
    let digits: Vec<usize> = words.iter().filter_map(|w| n(w)).collect();
    assert_eq!(digits.len(), 2, "{q}");
    b.type_into("#f-challenge", &(digits[0] + digits[1]).to_string()).await;
}

async fn fill_identity(b: &Browser, nik: &str) {
    b.type_into("#f-nik", nik).await;
    b.type_into("#f-full_name", "Muhamad Rizki").await;
    b.type_into("#f-birth_date", "12-05-1990").await;
    b.type_into("#f-vaccinated_on", "12-07-2021").await;
    b.click("#f-vaccine option[value=coronavac]").await;
}

async fn fits_the_phone(b: &Browser, page: &str) {
    let w = b.scroll_width().await;
    assert!(w <= 390, "{page} scrolls sideways on a phone: {w}px wide");
}

async fn sign_in(app: &TestApp, b: &Browser, phone: &str) {
    b.goto(&format!("{}/portal/verify", app.addr)).await;
    fill_identity(b, "3275 0112 0590 0001").await;
    answer_challenge(b).await;
    b.click_to_load("main button[type=submit]").await;
    assert!(b.url().await.ends_with("/portal/verify/code"));
    let code = code_sent_to(app, phone).await;
    b.type_into("#f-code", &code).await;
    b.click_to_load("main form button[type=submit]").await;
    assert!(b.url().await.ends_with("/portal/me"), "{}", b.url().await);
}

pub async fn a_citizen_checks_verifies_resends_downloads_and_switches_language(app: TestApp) {
    people(&app).await;
    let b = Browser::start("portal-citizen").await;
    b.goto(&format!("{}/portal", app.addr)).await;
    b.screenshot("01-home").await;
    fits_the_phone(&b, "home").await;

    b.click_to_load("a[href='/portal/status']").await;
    b.type_into("#f-nik", "3275 0112 0590 0001").await;
    b.type_into("#f-full_name", "Muhamad Rizki").await;
    answer_challenge(&b).await;
    b.screenshot("02-status-form").await;
    b.click_to_load("main button[type=submit]").await;
    let status = b.text("main").await;
    assert!(status.contains("+62 812-****-890"), "{status}");
    b.screenshot("03-status-result").await;
    assert!(!b.url().await.contains("3275"), "no NIK in the address bar");

    b.goto(&format!("{}/portal/verify", app.addr)).await;
    fill_identity(&b, "3275 0112 0590 0001").await;
    answer_challenge(&b).await;
    b.screenshot("04-verify-form").await;
    b.click_to_load("main button[type=submit]").await;
    b.screenshot("05-code").await;
    let code = code_sent_to(&app, "+6281234567890").await;
    b.type_into("#f-code", &code).await;
    b.click_to_load("main form button[type=submit]").await;
    assert!(b.text("main").await.contains("Halo, Muhamad Rizki"));
    b.screenshot("06-my-certificates").await;
    fits_the_phone(&b, "my certificates").await;
    assert_eq!(b.count("a[href$='/pdf']").await, 2, "a PDF per dose");
    let pdf = b.attr("a[href$='/pdf']", "href").await.unwrap();
    assert!(pdf.contains("/portal/me/certificate/") && !pdf.contains(RIZKI));

    let before = app.sms_log().len();
    b.click_to_load("form[action$='/me/resend'] button").await;
    assert!(b.text("main").await.contains("dikirim ulang"));
    app.run_jobs().await;
    assert!(
        app.sms_log()[before..].iter().any(|l| l["content"].as_str().unwrap().contains("/c/")),
        "the link went out again"
    );
    b.screenshot("07-resent").await;

    b.click_to_load("a[href^='/portal/me/certificate/']:not([href$='/pdf'])").await;
    assert!(b.source().await.contains("<svg"), "the certificate page carries its QR code");
    b.screenshot("08-certificate").await;

    b.goto(&format!("{}/portal/me", app.addr)).await;
    b.click_to_load("header button").await;
    assert!(b.text("main").await.contains("My certificate"), "English after the switch");
    b.goto(&format!("{}/portal/status", app.addr)).await;
    assert!(b.text("h1").await.contains("Check certificate status"), "the choice persists");
    b.screenshot("09-english").await;
    assert!(artifacts_dir().join("portal-citizen-09-english.png").exists());
}

pub async fn a_phone_change_and_a_correction_are_filed_in_the_browser_and_approved(app: TestApp) {
    people(&app).await;
    let b = Browser::start("portal-requests").await;
    b.goto(&format!("{}/portal/phone", app.addr)).await;
    fill_identity(&b, "3275011205900001").await;
    b.type_into("#f-new_phone", "0857 1234 5678").await;
    let ktp = artifacts_dir().join("ktp-evidence.png");
    std::fs::write(&ktp, crate::citizen::png()).unwrap();
    b.type_into("#f-ev-ktp", ktp.to_str().unwrap()).await;
    answer_challenge(&b).await;
    b.screenshot("01-phone-form").await;
    fits_the_phone(&b, "phone form").await;
    b.click_to_load("main button[type=submit]").await;
    assert!(b.url().await.ends_with("/portal/phone/code"), "{}", b.text("main").await);
    let code = code_sent_to(&app, "+6285712345678").await;
    b.type_into("#f-code", &code).await;
    b.click_to_load("main form button[type=submit]").await;
    let done = b.text("main").await;
    assert!(done.contains("SRT-"), "{done}");
    b.screenshot("02-phone-done").await;

    // An agent approves in the API; the certificate goes to the new number.
    let (_, agent) = app.staff("ani", "agent", &["general"]).await;
    let list = app.get("/api/v1/corrections", &agent).await.expect(200).clone();
    let id = list[0]["id"].as_str().unwrap();
    assert_eq!(list[0]["kind"], "phone");
    let detail = app.get(&format!("/api/v1/corrections/{id}"), &agent).await.expect(200).clone();
    assert_eq!(detail["evidence"][0]["content_type"], "image/png", "the upload arrived");
    // A phone change takes two reviewers.
    let (_, first) = app.staff("tono", "agent", &["general"]).await;
    app.post(&format!("/api/v1/corrections/{id}/approve"), &first, json!({})).await.expect(200);
    app.post(&format!("/api/v1/corrections/{id}/approve"), &agent, json!({})).await.expect(200);
    app.run_jobs().await;
    assert_eq!(app.person(RIZKI).await["phone"], "+62 857-****-678");

    // Now verified through the new number, the citizen asks for a name correction.
    sign_in(&app, &b, "+6285712345678").await;
    b.click_to_load("a[href='/portal/me/correction']").await;
    assert!(b.text("main").await.contains("Muhamad Rizki"), "the current value is shown");
    b.type_into("#f-full_name", "Muhammad Rizki").await;
    b.type_into("#f-ev-ktp", ktp.to_str().unwrap()).await;
    b.screenshot("03-correction-form").await;
    fits_the_phone(&b, "correction form").await;
    b.click_to_load("main button[type=submit]").await;
    assert!(b.text("main").await.contains("SRT-"));
    b.screenshot("04-correction-done").await;
    let list = app.get("/api/v1/corrections", &agent).await.expect(200).clone();
    let id = list[0]["id"].as_str().unwrap();
    assert_eq!(list[0]["changes"][0]["after"], "Muhammad Rizki");
    app.post(&format!("/api/v1/corrections/{id}/approve"), &agent, json!({})).await.expect(200);
    app.run_jobs().await;
    let p = app.person(RIZKI).await;
    assert_eq!(p["full_name"], "Muhammad Rizki");
    let active: Vec<_> =
        p["certificates"].as_array().unwrap().iter().filter(|c| c["status"] == "active").collect();
    assert!(active.iter().all(|c| c["version"] == 2), "certificates reissued: {active:?}");
}
