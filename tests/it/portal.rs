//! The citizen portal: every flow and every safety rule, through the real pages.

use serde_json::{json, Value};

use crate::certificates::{record, BUDI, RIZKI, SITI};
use crate::citizen::{code_sent_to, jpeg, png, Citizen};
use crate::helpers::TestApp;

pub const RIZKI_PHONE: &str = "+6281234567890";

/// Rizki (two doses, phone), Siti (one dose, no phone), Budi (still pending input).
pub async fn people(app: &TestApp) {
    app.import(json!([
        record(
            RIZKI,
            "Muhamad Rizki",
            Some("0812-3456-7890"),
            None,
            &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))]
        ),
        record(SITI, "Siti Aminah", None, None, &[(1, Some("2021-07-01"))]),
        record(BUDI, "Budi Santoso", Some("081311112222"), None, &[(1, None)]),
    ]))
    .await;
    app.run_jobs().await;
}

async fn status(c: &mut Citizen, nik: &str, name: &str) -> String {
    c.get("/portal/status").await;
    c.post("/portal/status", &[("nik", nik), ("full_name", name)]).await;
    assert_eq!(c.status, 200, "{}", c.html);
    c.comparable()
}

async fn audit(app: &TestApp, action: &str) -> Vec<Value> {
    let r = app.get(&format!("/api/v1/audit?action={action}&limit=200"), &app.admin).await;
    r.expect(200).as_array().cloned().unwrap_or_default()
}

/// The five facts of Rizki's record, as a form.
pub fn rizki_facts<'a>() -> Vec<(&'a str, &'a str)> {
    vec![
        ("nik", "3275 0112 0590 0001"),
        ("full_name", "MUHAMAD RIZKI"),
        ("birth_date", "12-05-1990"),
        ("vaccinated_on", "09-08-2021"),
        ("vaccine", "coronavac"),
    ]
}

pub async fn verified(app: &TestApp) -> Citizen {
    let mut c = Citizen::new(app);
    c.get("/portal/verify").await;
    c.post("/portal/verify", &rizki_facts()).await;
    assert_eq!(c.redirects.last().map(String::as_str), Some("/portal/verify/code"), "{}", c.html);
    let code = code_sent_to(app, RIZKI_PHONE).await;
    c.post("/portal/verify/code", &[("code", &code)]).await;
    assert_eq!(c.status, 200);
    assert!(c.html.contains("Sertifikat saya"), "{}", c.html);
    c
}

pub async fn the_status_check_answers_alike_whether_or_not_a_record_matched(app: TestApp) {
    people(&app).await;
    let mut c = Citizen::new(&app);
    let sent = status(&mut c, "3275-0112-0590-0001", "Muhamad Rizki").await;
    assert!(sent.contains("+62 812-****-890"), "a match says where the SMS went");
    assert!(!sent.contains(RIZKI) && !sent.contains("Rizki"), "no NIK or name echoed");

    assert!(status(&mut c, SITI, "siti aminah").await.contains("tidak ada nomor HP"));
    // No match, a wrong name, a pending record and an unknown NIK: the same page.
    let pending = status(&mut c, BUDI, "Budi Santoso").await;
    let wrong_name = status(&mut c, RIZKI, "Rizky Muhamad").await;
    let unknown = status(&mut c, "3275011205900099", "Muhamad Rizki").await;
    assert!(pending.contains("masih diproses"));
    assert_eq!(pending, wrong_name);
    assert_eq!(pending, unknown);
    // A record a supervisor locked answers like no record at all.
    let id = app.person(RIZKI).await["id"].as_str().unwrap().to_string();
    app.put(&format!("/api/v1/people/{id}/lookup-lock"), &app.admin, json!({"locked": true}))
        .await
        .expect(200);
    assert_eq!(status(&mut c, RIZKI, "Muhamad Rizki").await, pending);
    let (_, agent) = app.staff("ani", "agent", &["general"]).await;
    let r = app.put(&format!("/api/v1/people/{id}/lookup-lock"), &agent, json!({"locked": false})).await;
    assert_eq!(r.expect(403)["code"], "forbidden");
    app.put(&format!("/api/v1/people/{id}/lookup-lock"), &app.admin, json!({"locked": false}))
        .await
        .expect(200);
    assert!(status(&mut c, RIZKI, "Muhamad Rizki").await.contains("+62 812-****-890"));

    // Every lookup is audited with channel web and a masked NIK.
    let rows = audit(&app, "portal.status").await;
    assert_eq!(rows.len(), 7, "{rows:?}");
    for r in &rows {
        assert_eq!(r["via"], "web");
        assert!(!r.to_string().contains(RIZKI) && !r.to_string().contains(SITI), "{r}");
    }
    // The page title and the URL never carry the NIK.
    assert!(!c.redirects.iter().any(|l| l.contains("3275")));
    assert!(c.html.contains("<title>Cek status sertifikat"));
}

pub async fn identity_is_proved_by_a_code_to_the_phone_on_record(app: TestApp) {
    people(&app).await;
    // Facts that match no record: the same code page, and nothing is sent.
    let mut stranger = Citizen::new(&app);
    stranger.get("/portal/verify").await;
    let mut wrong = rizki_facts();
    wrong[3] = ("vaccinated_on", "10-08-2021");
    stranger.post("/portal/verify", &wrong).await;
    let no_match_page = stranger.comparable();
    let sms_before = app.sms_log().len();

    let mut c = Citizen::new(&app);
    c.get("/portal/verify").await;
    c.post("/portal/verify", &rizki_facts()).await;
    assert_eq!(c.comparable(), no_match_page, "match and no match look alike");
    assert_eq!(c.redirects, ["/portal/verify/code"]);
    let code = code_sent_to(&app, RIZKI_PHONE).await;
    assert_eq!(app.sms_log().len(), sms_before + 1, "one code, to the matched record only");
    let otp = app.sms_log().last().cloned().unwrap();
    assert_eq!(otp["from"], "1199");
    assert!(otp["content"].as_str().unwrap().contains("JANGAN"), "{otp}");

    // The stranger's code page accepts no code at all.
    stranger.post("/portal/verify/code", &[("code", &code)]).await;
    assert_eq!(stranger.status, 422);

    // A wrong code costs an attempt; the right one opens the session.
    let wrong_code = if code == "000000" { "111111" } else { "000000" };
    c.post("/portal/verify/code", &[("code", wrong_code)]).await;
    assert_eq!(c.status, 422);
    assert!(c.html.contains("Sisa percobaan: 4"), "{}", c.html);
    c.post("/portal/verify/code", &[("code", &code)]).await;
    assert_eq!(c.status, 200);
    assert!(c.html.contains("Halo, Muhamad Rizki") && c.html.contains("+62 812-****-890"));
    assert_eq!(c.html.matches("/pdf\"").count(), 2, "both doses");

    // Download: the page and the PDF of a certificate of this person only.
    let id = regex::Regex::new(r"/portal/me/certificate/([0-9a-f-]{36})").unwrap().captures(&c.html).unwrap()
        [1]
    .to_string();
    let (st, ct, pdf) = c.get_bytes(&format!("/portal/me/certificate/{id}/pdf")).await;
    assert_eq!((st.as_u16(), ct.as_str()), (200, "application/pdf"));
    assert!(pdf.starts_with(b"%PDF-"));
    c.get(&format!("/portal/me/certificate/{id}")).await;
    assert!(c.html.contains("<svg"), "the page has its QR code");
    c.get("/portal/me/certificate/00000000-0000-4000-8000-000000000000").await;
    assert_eq!(c.status, 404);

    // Resend: queued once per session, however often it is pressed.
    c.get("/portal/me").await;
    let before = app.sms_log().len();
    c.post("/portal/me/resend", &[]).await;
    assert!(c.html.contains("dikirim ulang"));
    c.post("/portal/me/resend", &[]).await;
    app.run_jobs().await;
    let resent: Vec<_> = app.sms_log()[before..].to_vec();
    assert_eq!(resent.len(), 2, "one SMS per certificate: {resent:?}");
    assert!(resent.iter().all(|l| l["content"].as_str().unwrap().contains("/c/")));

    // A used code cannot open another session.
    let mut replay = Citizen::new(&app);
    replay.get("/portal/verify/code").await;
    replay.post("/portal/verify/code", &[("code", &code)]).await;
    assert_ne!(replay.status, 200);

    // Signing out ends the session.
    c.get("/portal/me").await;
    c.post("/portal/sign-out", &[]).await;
    c.get("/portal/me").await;
    assert_eq!(c.redirects.last().map(String::as_str), Some("/portal/verify"));

    for action in [
        "portal.identity",
        "portal.verified",
        "certificate.download",
        "certificate.view",
        "portal.resend_sms",
    ] {
        let rows = audit(&app, action).await;
        assert!(!rows.is_empty(), "{action} is audited");
        assert!(rows.iter().all(|r| r["via"] == "web"), "{action}: {rows:?}");
    }
}

pub async fn codes_expire_after_five_wrong_tries_and_resend_after_a_cooldown(app: TestApp) {
    people(&app).await;
    let mut c = Citizen::new(&app);
    c.get("/portal/verify").await;
    c.post("/portal/verify", &rizki_facts()).await;
    let code = code_sent_to(&app, RIZKI_PHONE).await;
    // Too early to send again.
    c.post("/portal/verify/code/resend", &[]).await;
    assert_eq!(c.status, 429, "{}", c.html);
    assert!(c.headers.contains_key("retry-after"));
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for left in (1..=4).rev() {
        c.post("/portal/verify/code", &[("code", wrong)]).await;
        assert!(c.html.contains(&format!("Sisa percobaan: {left}")), "{}", c.html);
    }
    c.post("/portal/verify/code", &[("code", wrong)]).await;
    assert!(c.html.contains("tidak berlaku"), "the fifth wrong try voids the code");
    c.get("/portal/verify/code").await;
    c.post("/portal/verify/code", &[("code", &code)]).await;
    assert_ne!(c.status, 200, "even the right code is void now");
    assert!(!c.html.contains("Halo,"));
    // Not six digits: a field error, no attempt spent.
    c.post("/portal/verify/code", &[("code", "12ab")]).await;
    assert_eq!(c.status, 422);
}

pub async fn codes_lapse_after_their_lifetime_and_resend_waits_for_the_cooldown(app: TestApp) {
    people(&app).await;
    let mut c = Citizen::new(&app);
    c.get("/portal/verify").await;
    c.post("/portal/verify", &rizki_facts()).await;
    let first = code_sent_to(&app, RIZKI_PHONE).await;
    // The cooldown passes (moved back in the database, not slept through): the same
    // code is sent again, up to code_max_sends (3) sends in all.
    for _ in 0..2 {
        shift_challenges(&app, "last_sent_at").await;
        c.post("/portal/verify/code/resend", &[]).await;
        assert_eq!(c.status, 200, "{}", c.html);
        assert!(c.html.contains("kode baru sudah dikirim"));
    }
    shift_challenges(&app, "last_sent_at").await;
    c.post("/portal/verify/code/resend", &[]).await;
    assert_eq!(c.status, 429, "a fourth send is refused");
    app.run_jobs().await;
    let codes: Vec<_> = app
        .sms_log()
        .iter()
        .filter_map(|l| {
            l["content"].as_str().filter(|c| c.contains("kode verifikasi")).map(|c| c[..6].to_string())
        })
        .collect();
    assert_eq!(codes, [first.clone(), first.clone(), first.clone()]);
    // Past its lifetime the code opens nothing.
    shift_challenges(&app, "expires_at").await;
    c.get("/portal/verify/code").await;
    c.post("/portal/verify/code", &[("code", &first)]).await;
    assert!(c.html.contains("tidak berlaku"), "{}", c.html);
    assert!(!c.html.contains("Halo,"));
}

/// Moves a timestamp of every code challenge back by a day, as if time had passed.
async fn shift_challenges(app: &TestApp, column: &str) {
    use sea_orm::ConnectionTrait;
    app.cx
        .database()
        .write()
        .execute_unprepared(&format!("UPDATE otp_challenge SET {column} = '2000-01-01T00:00:00Z'"))
        .await
        .expect("challenge times moved");
}

pub async fn lookups_are_limited_per_address_and_nik_across_processes(app: TestApp) {
    people(&app).await;
    // A second certdesk process on the same database, as behind a load balancer.
    let second = crate::helpers::second_process(&app).await;
    let mut c = Citizen::new(&app);
    // per_ip = 4 in this test: two lookups here, two on the other process, then no more.
    for (i, base) in [&app.addr, &app.addr, &second.addr, &second.addr].into_iter().enumerate() {
        c.switch_to(base);
        let name = format!("Nama {i}");
        status(&mut c, "3275011205900099", &name).await;
    }
    c.switch_to(&second.addr);
    c.get("/portal/status").await;
    c.post("/portal/status", &[("nik", RIZKI), ("full_name", "Muhamad Rizki")]).await;
    assert_eq!(c.status, 429, "{}", c.html);
    let wait: u64 = c.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=600).contains(&wait), "{wait}");
    assert!(c.html.contains("Terlalu banyak permintaan"));
    second.stop().await;
}

pub async fn repeated_failures_lock_a_nik_for_the_failing_client_only(app: TestApp) {
    people(&app).await;
    // lock_after_failures = 3 here. A stranger behind the trusted proxy fails three times
    // from one address...
    let mut stranger = Citizen::new(&app);
    stranger.forwarded_for = Some("198.51.100.7".into());
    for i in 0..3 {
        assert!(status(&mut stranger, RIZKI, &format!("Salah {i}")).await.contains("masih diproses"));
    }
    // ...and from there even the right name answers as if nothing matched.
    let locked = status(&mut stranger, RIZKI, "Muhamad Rizki").await;
    assert!(locked.contains("masih diproses"), "{locked}");
    assert!(!locked.contains("****"));
    // Identity verification from there is locked too: no code goes out.
    let before = app.sms_log().len();
    stranger.get("/portal/verify").await;
    stranger.post("/portal/verify", &rizki_facts()).await;
    app.run_jobs().await;
    assert_eq!(app.sms_log().len(), before);
    let rows = audit(&app, "portal.identity").await;
    assert_eq!(rows[0]["after"]["locked"], true, "{rows:?}");
    // The citizen, from their own address, is not locked out of their own record.
    let mut citizen = Citizen::new(&app);
    citizen.forwarded_for = Some("203.0.113.9".into());
    assert!(status(&mut citizen, RIZKI, "Muhamad Rizki").await.contains("+62 812-****-890"));
    citizen.get("/portal/verify").await;
    citizen.post("/portal/verify", &rizki_facts()).await;
    let code = code_sent_to(&app, RIZKI_PHONE).await;
    citizen.post("/portal/verify/code", &[("code", &code)]).await;
    assert!(citizen.html.contains("Sertifikat saya"), "{}", citizen.html);
}

pub async fn a_phone_change_with_evidence_is_approved_by_an_agent(app: TestApp) {
    people(&app).await;
    let new = "+6285712345678";
    let mut c = Citizen::new(&app);
    c.get("/portal/phone").await;
    let mut fields = rizki_facts();
    fields.push(("new_phone", "0857-1234-5678"));
    // A script saved as .jpg is refused by its content.
    c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp.jpg", b"<script>alert(1)</script>".to_vec())])
        .await;
    assert_eq!(c.status, 422, "{}", c.html);
    assert!(c.html.contains("JPEG, PNG, WebP"), "{}", c.html);
    assert!(c.html.contains("value=\"0857-1234-5678\""), "the form keeps what was typed");
    c.post_files(
        "/portal/phone",
        &fields,
        &[("ev_ktp", "ktp.png", png()), ("ev_selfie", "selfie.jpg", jpeg())],
    )
    .await;
    assert_eq!(c.redirects.last().unwrap(), "/portal/phone/code");
    let code = code_sent_to(&app, new).await;
    c.post("/portal/phone/code", &[("code", &code)]).await;
    assert_eq!(c.status, 200);
    let number = regex::Regex::new(r"SRT-\d{4}-\d{6}").unwrap().find(&c.html).unwrap().as_str().to_string();

    // The agent's queue: the diff and the evidence.
    let (_, agent) = app.staff("ani", "agent", &["general"]).await;
    let list = app.get("/api/v1/corrections", &agent).await.expect(200).clone();
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    let item = &list[0];
    assert_eq!(
        (item["kind"].as_str(), item["ticket_number"].as_str()),
        (Some("phone"), Some(number.as_str()))
    );
    let id = item["id"].as_str().unwrap();
    let detail = app.get(&format!("/api/v1/corrections/{id}"), &agent).await.expect(200).clone();
    assert_eq!(detail["changes"][0]["before"], "+62 812-****-890");
    assert_eq!(detail["changes"][0]["after"], "+62 857-****-678");
    let ev = detail["evidence"].as_array().unwrap();
    assert_eq!(ev.len(), 2);
    assert_eq!(ev[0]["content_type"], "image/png");
    assert_eq!(ev[1]["content_type"], "image/jpeg");
    let r = app
        .client
        .get(format!("{}/api/v1/corrections/{id}/evidence/{}", app.addr, ev[0]["id"].as_str().unwrap()))
        .bearer_auth(&agent)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    assert_eq!(r.bytes().await.unwrap().to_vec(), png());
    // Evidence is for staff only: no token, no file.
    let r = app
        .client
        .get(format!("{}/api/v1/corrections/{id}/evidence/{}", app.addr, ev[0]["id"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);

    // A phone takes two reviewers: the first approval is recorded, nothing changes yet.
    let (_, first) = app.staff("agent.first", "agent", &["general"]).await;
    let d =
        app.post(&format!("/api/v1/corrections/{id}/approve"), &first, json!({})).await.expect(200).clone();
    assert_eq!(d["outcome"], "awaiting_second_approval");
    assert_eq!(app.person(RIZKI).await["phone"], "+62 812-****-890");
    let before = app.sms_log().len();
    let d = app
        .post(&format!("/api/v1/corrections/{id}/approve"), &agent, json!({"note": "KTP cocok"}))
        .await
        .expect(200)
        .clone();
    assert_eq!(d["outcome"], "approved");
    app.run_jobs().await;
    let rizki = app.person(RIZKI).await;
    assert_eq!(rizki["phone"], "+62 857-****-678");
    let sent: Vec<_> = app.sms_log()[before..].to_vec();
    let to = |n: &str| sent.iter().filter(|l| l["to"] == n).count();
    assert_eq!(to(RIZKI_PHONE), 1, "the old number is told: {sent:?}");
    assert_eq!(to(new), 3, "two certificate links and the decision: {sent:?}");
    let t = app.get(&format!("/api/v1/tickets/{number}"), &agent).await.expect(200)["ticket"].clone();
    assert_eq!(t["status"], "resolved");
    assert_eq!(t["channel"], "self_service");
    // A decided request cannot be decided again.
    let r = app.post(&format!("/api/v1/corrections/{id}/reject"), &agent, json!({"reason": "no"})).await;
    assert_eq!(r.expect(409)["code"], "conflict");
    assert!(!audit(&app, "correction.approve").await.is_empty());
}

pub async fn corrections_follow_the_two_person_rule_and_reissue_the_certificates(app: TestApp) {
    people(&app).await;
    let mut c = verified(&app).await;
    c.get("/portal/me/correction").await;
    assert!(c.html.contains("Muhamad Rizki"), "the form shows the current values");
    assert!(c.html.contains("3275********0001"), "the NIK masked");
    // No evidence: refused on the form.
    c.post_files("/portal/me/correction", &[("full_name", "Muhammad Rizki")], &[]).await;
    assert_eq!(c.status, 422);
    c.post_files(
        "/portal/me/correction",
        &[("full_name", "Muhammad Rizki"), ("nik", "3275011205900002"), ("batch_2", "ab-778")],
        &[("ev_ktp", "ktp.png", png())],
    )
    .await;
    assert_eq!(c.status, 200, "{}", c.html);
    let (_, agent) = app.staff("ani", "agent", &["general"]).await;
    let (_, agent2) = app.staff("budi", "agent", &["general"]).await;
    let (_, sup) = app.staff("sari", "supervisor", &["general"]).await;
    let list = app.get("/api/v1/corrections", &agent).await.expect(200).clone();
    let id = list[0]["id"].as_str().unwrap().to_string();
    assert_eq!(list[0]["approvals_needed"], 2, "a NIK change takes two people");
    assert_eq!(list[0]["final_role"], "supervisor");
    let fields: Vec<_> = list[0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fields, ["full_name", "nik", "batch"]);

    let url = format!("/api/v1/corrections/{id}/approve");
    assert_eq!(app.post(&url, &agent, json!({})).await.expect(200)["outcome"], "awaiting_second_approval");
    let r = app.post(&url, &agent, json!({})).await;
    assert!(r.expect(403)["message"].as_str().unwrap().contains("same person"));
    let r = app.post(&url, &agent2, json!({})).await;
    assert!(r.expect(403)["message"].as_str().unwrap().contains("supervisor"));
    assert_eq!(app.person(RIZKI).await["full_name"], "Muhamad Rizki", "nothing applied yet");
    assert_eq!(app.post(&url, &sup, json!({})).await.expect(200)["outcome"], "approved");
    app.run_jobs().await;

    // Applied in one go: the new NIK carries the record, every certificate is reissued.
    let p = app.person("3275011205900002").await;
    assert_eq!(p["full_name"], "Muhammad Rizki");
    assert_eq!(p["doses"][1]["batch"], "AB-778");
    let certs = p["certificates"].as_array().unwrap();
    let active: Vec<_> = certs.iter().filter(|c| c["status"] == "active").collect();
    assert_eq!(active.len(), 2);
    assert!(active.iter().all(|c| c["version"] == 2), "{certs:?}");
    assert_eq!(certs.iter().filter(|c| c["status"] == "superseded").count(), 2);
    let approvals = audit(&app, "correction.approve").await;
    assert!(!approvals[0].to_string().contains("3275011205900002"), "the NIK is masked in the audit");
    assert_eq!(approvals[0]["evidence"]["approvers"].as_array().unwrap().len(), 2);

    // A rejection tells the citizen why.
    let mut c = verified_as(&app, "3275011205900002", "Muhammad Rizki").await;
    c.get("/portal/me/correction").await;
    c.post_files("/portal/me/correction", &[("sex", "F")], &[("ev_ktp", "ktp.png", png())]).await;
    let list = app.get("/api/v1/corrections", &agent).await.expect(200).clone();
    let id = list[0]["id"].as_str().unwrap();
    let before = app.sms_log().len();
    let d = app
        .post(
            &format!("/api/v1/corrections/{id}/reject"),
            &agent,
            json!({"reason": "foto KTP tidak terbaca"}),
        )
        .await;
    assert_eq!(d.expect(200)["outcome"], "rejected");
    app.run_jobs().await;
    let told = &app.sms_log()[before..];
    assert!(
        told.iter().any(|l| l["content"].as_str().unwrap().contains("foto KTP tidak terbaca")),
        "{told:?}"
    );
    assert_eq!(app.person("3275011205900002").await["sex"], "M");
}

async fn verified_as(app: &TestApp, nik: &str, name: &str) -> Citizen {
    let mut c = Citizen::new(app);
    c.get("/portal/verify").await;
    let mut f = rizki_facts();
    f[0] = ("nik", nik);
    f[1] = ("full_name", name);
    c.post("/portal/verify", &f).await;
    let code = code_sent_to(app, RIZKI_PHONE).await;
    c.post("/portal/verify/code", &[("code", &code)]).await;
    assert!(c.html.contains("Halo,"), "{}", c.html);
    c
}

pub async fn uploads_are_limited_by_size_count_and_content(app: TestApp) {
    people(&app).await;
    let mut c = Citizen::new(&app);
    c.get("/portal/phone").await;
    let mut fields = rizki_facts();
    fields.push(("new_phone", "085712345678"));
    // Over max_upload_bytes (64 KiB here): a page that says so, nothing stored.
    let mut big = png();
    big.resize(70 * 1024, 0);
    c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp.png", big)]).await;
    assert!(matches!(c.status.as_u16(), 413 | 422), "{}", c.status);
    assert!(c.html.contains("terlalu besar"), "{}", c.html);
    // A whole body over the limit (3 × 64 KiB + 256 KiB here) is refused, still as a
    // page (up to twice the limit the body is read first, so the browser sees it).
    c.get("/portal/phone").await;
    let huge = vec![0u8; 300 * 1024];
    c.post_files(
        "/portal/phone",
        &fields,
        &[("ev_ktp", "a.png", huge.clone()), ("ev_selfie", "b.png", huge)],
    )
    .await;
    assert!(matches!(c.status.as_u16(), 413 | 422), "{}", c.status);
    assert!(c.html.contains("<html"), "a page, not a bare error");
    // A PDF is fine, a GIF is not (only JPEG, PNG, WebP, PDF).
    c.get("/portal/phone").await;
    c.post_files("/portal/phone", &fields, &[("ev_card", "kartu.gif", b"GIF89a....".to_vec())]).await;
    assert_eq!(c.status, 422);
    c.get("/portal/phone").await;
    c.post_files("/portal/phone", &fields, &[("ev_card", "kartu.pdf", b"%PDF-1.4\n%%EOF".to_vec())]).await;
    assert_eq!(c.redirects.last().unwrap(), "/portal/phone/code");
    // Stored outside any served path: no route serves the data dir.
    let evidence = app.cx.config.storage.data_dir.join("evidence");
    assert!(evidence.exists());
    let (st, _, _) = c.get_bytes("/evidence").await;
    assert_eq!(st, 404);
}

pub async fn a_web_complaint_is_linked_and_followed_with_a_code(app: TestApp) {
    people(&app).await;
    let mut c = Citizen::new(&app);
    c.get("/portal/complaint").await;
    // Neither a phone nor an e-mail: we could not answer.
    c.post("/portal/complaint", &[("name", "Rizki"), ("message", "Sertifikat belum ada")]).await;
    assert_eq!(c.status, 422);
    assert!(c.html.contains("aria-invalid=\"true\""));
    c.post(
        "/portal/complaint",
        &[
            ("name", "Rizki"),
            ("phone", "0812 3456 7890"),
            ("message", "Sertifikat dosis 2 belum ada. NIK saya 3275011205900001"),
        ],
    )
    .await;
    assert_eq!(c.status, 200, "{}", c.html);
    let number = regex::Regex::new(r"SRT-\d{4}-\d{6}").unwrap().find(&c.html).unwrap().as_str().to_string();
    let t = app.get(&format!("/api/v1/tickets/{number}"), &app.admin).await.expect(200)["ticket"].clone();
    assert_eq!(t["channel"], "web");
    assert!(t["person_id"].is_string(), "linked by the NIK in the text: {t}");

    // Staff answer, and write a note the citizen must not see.
    app.post(
        &format!("/api/v1/tickets/{number}/messages"),
        &app.admin,
        json!({"kind": "reply", "body": "Kami kirim ulang SMS-nya."}),
    )
    .await
    .expect(201);
    app.post(
        &format!("/api/v1/tickets/{number}/messages"),
        &app.admin,
        json!({"kind": "note", "body": "internal: cek nomor"}),
    )
    .await
    .expect(201);

    let mut f = Citizen::new(&app);
    f.get("/portal/follow").await;
    f.post("/portal/follow", &[("number", &number.to_lowercase())]).await;
    let code = code_sent_to(&app, RIZKI_PHONE).await;
    f.post("/portal/follow/code", &[("code", &code)]).await;
    assert_eq!(f.status, 200, "{}", f.html);
    assert!(f.html.contains("Kami kirim ulang SMS-nya."));
    assert!(!f.html.contains("internal: cek nomor"), "notes stay internal");
    f.post("/portal/ticket", &[("message", "Terima kasih, sudah saya terima.")]).await;
    assert!(f.html.contains("Terima kasih, sudah saya terima."));
    let thread = app.get(&format!("/api/v1/tickets/{number}"), &app.admin).await.expect(200).clone();
    assert!(thread.to_string().contains("sudah saya terima"));

    // An unknown ticket number: the same code page, and no code goes anywhere.
    let before = app.sms_log().len();
    let mut g = Citizen::new(&app);
    g.get("/portal/follow").await;
    g.post("/portal/follow", &[("number", "SRT-2021-999999")]).await;
    assert_eq!(g.redirects, ["/portal/follow/code"]);
    assert_eq!(g.comparable().replace("/portal/follow/code", ""), {
        let mut h = Citizen::new(&app);
        h.get("/portal/follow").await;
        h.post("/portal/follow", &[("number", &number)]).await;
        h.comparable().replace("/portal/follow/code", "")
    });
    app.run_jobs().await;
    assert_eq!(app.sms_log().len(), before + 1, "only the real ticket's phone got a code");
}

pub async fn forms_need_their_csrf_token_and_a_fresh_challenge(app: TestApp) {
    people(&app).await;
    let mut c = Citizen::new(&app);
    c.get("/portal/status").await;
    c.post("/portal/status", &[("csrf", "0000"), ("nik", RIZKI), ("full_name", "Muhamad Rizki")]).await;
    assert_eq!(c.status, 403);
    // Another browser's token does not work with this browser's cookie.
    let mut other = Citizen::new(&app);
    other.get("/portal/status").await;
    c.get("/portal/status").await;
    c.post("/portal/status", &[("csrf", &other.csrf()), ("nik", RIZKI), ("full_name", "Muhamad Rizki")])
        .await;
    assert_eq!(c.status, 403);
    // A wrong answer is a field error; an answered challenge cannot be replayed.
    c.get("/portal/status").await;
    let (token, answer) = c.solve().unwrap();
    let wrong = (answer.parse::<u32>().unwrap() + 1).to_string();
    c.post(
        "/portal/status",
        &[("nik", RIZKI), ("full_name", "Muhamad Rizki"), ("challenge_token", &token), ("challenge", &wrong)],
    )
    .await;
    assert_eq!(c.status, 422);
    assert!(c.html.contains("Jawaban pertanyaan keamanan salah"));
    c.get("/portal/status").await;
    let (token, answer) = c.solve().unwrap();
    c.post(
        "/portal/status",
        &[
            ("nik", RIZKI),
            ("full_name", "Muhamad Rizki"),
            ("challenge_token", &token),
            ("challenge", &answer),
        ],
    )
    .await;
    assert_eq!(c.status, 200);
    c.get("/portal/status").await;
    c.post(
        "/portal/status",
        &[
            ("nik", RIZKI),
            ("full_name", "Muhamad Rizki"),
            ("challenge_token", &token),
            ("challenge", &answer),
        ],
    )
    .await;
    assert_eq!(c.status, 422, "a replayed challenge is refused");
    // Bad input is a field error tied to its field.
    c.get("/portal/verify").await;
    let mut f = rizki_facts();
    f[0] = ("nik", "3275011205900000");
    f[2] = ("birth_date", "31-02-1990");
    c.post("/portal/verify", &f).await;
    assert_eq!(c.status, 422);
    assert!(
        c.html.contains("id=\"e-nik\"") && c.html.contains("aria-describedby=\"h-nik e-nik\""),
        "{}",
        c.html
    );
    assert!(c.html.contains("id=\"e-birth_date\""));
}

pub async fn the_language_switch_persists_and_pages_stay_small(app: TestApp) {
    let mut c = Citizen::new(&app);
    c.get("/portal").await;
    assert!(c.html.contains("<html lang=\"id\""));
    c.post("/portal/lang", &[("lang", "en"), ("back", "/portal/status")]).await;
    assert_eq!(c.redirects.last().unwrap(), "/portal/status");
    assert!(c.html.contains("<html lang=\"en\"") && c.html.contains("Check certificate status"));
    c.get("/portal/verify").await;
    assert!(c.html.contains("Open my certificate"), "the choice persists");
    // Never redirected off the portal.
    c.post("/portal/lang", &[("lang", "id"), ("back", "https://evil.example/")]).await;
    assert_eq!(c.redirects.last().unwrap(), "/portal");
    let ids = regex::Regex::new(r#"<(?:input|select|textarea) id="([^"]+)""#).unwrap();
    for path in [
        "/portal",
        "/portal/status",
        "/portal/verify",
        "/portal/phone",
        "/portal/complaint",
        "/portal/follow",
        "/portal/verify/code",
    ] {
        c.get(path).await;
        assert_eq!(c.status, 200, "{path}");
        assert!(c.html.len() < 50 * 1024, "{path}: {} bytes", c.html.len());
        assert!(!c.html.contains("<script"), "{path} works without JavaScript");
        assert!(
            !c.html.contains("src=\"http") && !c.html.contains("href=\"http"),
            "{path}: nothing from elsewhere"
        );
        assert!(c.headers["content-security-policy"].to_str().unwrap().contains("default-src 'none'"));
        // Every input has a label.
        for id in ids.captures_iter(&c.html) {
            assert!(c.html.contains(&format!("for=\"{}\"", &id[1])), "{path}: #{} has no label", &id[1]);
        }
    }
}

pub async fn resolving_with_apply_correction_approves_under_the_same_policy(app: TestApp) {
    people(&app).await;
    let (_, agent) = app.staff("ani", "agent", &["general"]).await;
    // A name correction (one agent) and a NIK correction (two people) in two tickets.
    let mut c = verified(&app).await;
    c.get("/portal/me/correction").await;
    c.post_files(
        "/portal/me/correction",
        &[("full_name", "Muhammad Rizki")],
        &[("ev_ktp", "ktp.png", png())],
    )
    .await;
    c.get("/portal/me/correction").await;
    c.post_files("/portal/me/correction", &[("nik", "3275011205900002")], &[("ev_ktp", "ktp.png", png())])
        .await;
    let list = app.get("/api/v1/corrections", &agent).await.expect(200).clone();
    let (name_req, nik_req) = (&list[0], &list[1]);
    for req in [name_req, nik_req] {
        let number = req["ticket_number"].as_str().unwrap();
        let r = app.patch(&format!("/api/v1/tickets/{number}"), &agent, json!({"status": "open"})).await;
        r.expect(200);
        let r = app
            .patch(
                &format!("/api/v1/tickets/{number}"),
                &agent,
                json!({"status": "resolved", "actions": [{"kind": "apply_correction", "correction": req["id"]}]}),
            )
            .await;
        r.expect(200);
    }
    app.run_jobs().await;
    assert_eq!(app.person(RIZKI).await["full_name"], "Muhammad Rizki", "the name correction is applied");
    let t = app
        .get(&format!("/api/v1/tickets/{}", name_req["ticket_number"].as_str().unwrap()), &agent)
        .await
        .expect(200)
        .clone();
    assert_eq!(t["actions"][0]["status"], "done", "{}", t["actions"]);
    assert_eq!(t["ticket"]["status"], "resolved");
    // The NIK change needs a second person: the action fails and the ticket reopens.
    let t = app
        .get(&format!("/api/v1/tickets/{}", nik_req["ticket_number"].as_str().unwrap()), &agent)
        .await
        .expect(200)
        .clone();
    assert_eq!(t["actions"][0]["status"], "failed", "{}", t["actions"]);
    assert!(t["actions"][0]["outcome"].as_str().unwrap().contains("second person"));
    assert_eq!(t["ticket"]["status"], "open");
    let d = app
        .get(&format!("/api/v1/corrections/{}", nik_req["id"].as_str().unwrap()), &agent)
        .await
        .expect(200)
        .clone();
    assert_eq!(d["status"], "pending");
    assert!(d["first_approver"].is_string(), "the first approval stands");
}
