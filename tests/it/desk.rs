//! The agent desk: sign-in with passwords, sessions (cookie flags, idle timeout on a
//! pinned clock, sign-out, password change), CSRF, limits, queue visibility; and the
//! end-to-end call in headless Chromium.

use serde_json::json;

use crate::browser::Browser;
use crate::certificates::{record, RIZKI};
use crate::citizen::Citizen;
use crate::helpers::TestApp;

pub const PASSWORD: &str = "kopi-tubruk-jam-tiga";

/// An agent with a desk password; returns (staff id, API token).
pub async fn agent_with_password(app: &TestApp, name: &str, queues: &[&str]) -> (String, String) {
    let (id, token) = app.staff(name, "agent", queues).await;
    app.put(&format!("/api/v1/staff/{id}/password"), &app.admin, json!({"password": PASSWORD}))
        .await
        .expect(200);
    (id, token)
}

/// Signs in; a role that must have a second factor sets one up on the way, as a new
/// supervisor would with an authenticator app.
pub async fn sign_in(app: &TestApp, c: &mut Citizen, name: &str, password: &str) {
    c.get("/desk/login").await;
    c.post("/desk/login", &[("name", name), ("password", password), ("next", "/desk")]).await;
    if c.html.contains(r#"id="enrolment-code""#) {
        // The admin hands over an enrolment code, as they would in person.
        let staff = app.get("/api/v1/staff", &app.admin).await.expect(200).clone();
        let id = staff.as_array().unwrap().iter().find(|s| s["name"] == name).expect("staff")["id"].clone();
        let path = format!("/api/v1/staff/{}/second-factor/enrolment-code", id.as_str().unwrap());
        let given =
            app.post(&path, &app.admin, json!({})).await.expect(201)["code"].as_str().unwrap().to_string();
        c.post("/desk/second-factor", &[("mode", "unlock"), ("enrolment_code", &given)]).await;
        let secret = crate::citizen::enrolment_secret(&c.html).expect("the key, after the admin's code");
        let now = chrono::Utc::now().timestamp() as u64;
        let code = crate::citizen::totp_code(&secret, now);
        c.post("/desk/second-factor", &[("mode", "enrol"), ("code", &code), ("enrolment_code", &given)])
            .await;
        assert!(c.html.contains("recovery-codes"), "{}", c.html);
        c.get("/desk").await;
    }
}

pub async fn staff_sign_in_with_sessions_that_expire_and_forms_bound_to_them(app: TestApp) {
    let (id, token) = agent_with_password(&app, "wulan", &["general"]).await;
    let (other, _) = app.staff("yanto", "agent", &["general"]).await;
    let r = app
        .put(&format!("/api/v1/staff/{other}/password"), &token, json!({"password": "another-long-one"}))
        .await;
    r.expect(403); // an agent sets only their own
    let r = app.put(&format!("/api/v1/staff/{id}/password"), &app.admin, json!({"password": "short"})).await;
    assert!(r.expect(422)["message"].as_str().unwrap().contains("12"));

    // Not signed in: the desk sends to the sign-in page, remembering where to go back.
    let mut c = Citizen::new(&app);
    c.get("/desk/tickets/SRT-2021-000001").await;
    assert!(
        c.redirects[0].starts_with("/desk/login?next=%2Fdesk%2Ftickets%2FSRT-2021-000001"),
        "{:?}",
        c.redirects
    );
    assert!(c.html.contains("autocomplete=\"current-password\""));

    app.cx.clock.set(chrono::Utc::now());
    sign_in(&app, &mut c, "wulan", "wrong password!").await;
    assert_eq!(c.status, 401);
    assert!(c.html.contains("salah"), "{}", c.html);
    sign_in(&app, &mut c, "nobody", PASSWORD).await;
    assert_eq!(c.status, 401, "an unknown name answers like a wrong password");

    c.get("/desk/login").await;
    let form = [("name", "wulan"), ("password", PASSWORD), ("next", "https://evil.example/")];
    let r = c.post("/desk/login", &form).await.to_string();
    let cookie = c.redirects.iter().any(|l| l == "/desk");
    assert!(cookie, "an outside next is ignored: {:?}", c.redirects);
    assert!(r.contains("wulan"), "the home page names the agent");
    // The session cookie's flags, from a sign-in seen without following the redirect.
    let raw = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let form = raw.get(format!("{}/desk/login", app.addr)).send().await.unwrap();
    let csrf_cookie = form.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string();
    let html = form.text().await.unwrap();
    let form_token =
        regex::Regex::new(r#"name="csrf" value="([0-9a-f]+)""#).unwrap().captures(&html).unwrap()[1]
            .to_string();
    let resp = raw
        .post(format!("{}/desk/login", app.addr))
        .header("cookie", csrf_cookie)
        .form(&[("name", "wulan"), ("password", PASSWORD), ("csrf", form_token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 303);
    let sc = resp.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    for flag in ["cd_desk=", "HttpOnly", "SameSite=Strict", "Path=/desk", "Max-Age=43200"] {
        assert!(sc.contains(flag), "{flag} in {sc}");
    }

    // A form without the session's token is refused.
    let t = app.ticket(&app.admin, json!({})).await;
    let n = t["number"].as_str().unwrap().to_string();
    c.post(&format!("/desk/tickets/{n}/messages"), &[("csrf", "nope"), ("kind", "note"), ("body", "x")])
        .await;
    assert_eq!(c.status, 403);
    // With it, the note is kept.
    c.get(&format!("/desk/tickets/{n}")).await;
    c.post(&format!("/desk/tickets/{n}/messages"), &[("kind", "note"), ("body", "Penelepon menunggu.")])
        .await;
    assert_eq!(c.status, 200);
    assert!(c.html.contains("Penelepon menunggu."));

    // Idle for 29 minutes twice is fine (use moves the limit), 31 minutes is not.
    app.cx.clock.advance(chrono::Duration::minutes(29));
    c.get("/desk").await;
    assert_eq!(c.status, 200);
    app.cx.clock.advance(chrono::Duration::minutes(29));
    c.get("/desk").await;
    assert_eq!(c.status, 200, "{:?}", c.redirects);
    app.cx.clock.advance(chrono::Duration::minutes(31));
    c.redirects.clear();
    c.get("/desk").await;
    assert!(c.redirects[0].starts_with("/desk/login"), "idle session ended: {:?}", c.redirects);

    // Sign out ends the session on the server.
    sign_in(&app, &mut c, "wulan", PASSWORD).await;
    c.get("/desk").await;
    c.post("/desk/logout", &[]).await;
    c.redirects.clear();
    c.get("/desk").await;
    assert!(c.redirects[0].starts_with("/desk/login"));

    // A password change ends every session of that person.
    sign_in(&app, &mut c, "wulan", PASSWORD).await;
    let r = app
        .put(
            "/api/v1/me/password",
            &token,
            json!({"current_password": "not it at all", "new_password": "a-new-long-password"}),
        )
        .await;
    r.expect(422);
    app.put(
        "/api/v1/me/password",
        &token,
        json!({"current_password": PASSWORD, "new_password": "a-new-long-password"}),
    )
    .await
    .expect(200);
    c.redirects.clear();
    c.get("/desk").await;
    assert!(c.redirects[0].starts_with("/desk/login"));

    // Repeated failures for one name are limited (8 per 15 minutes).
    for _ in 0..8 {
        sign_in(&app, &mut c, "wulan", "wrong password!").await;
    }
    sign_in(&app, &mut c, "wulan", "a-new-long-password").await;
    assert_eq!(c.status, 429, "{}", c.html);

    let events = app.get("/api/v1/audit?entity_type=staff", &app.admin).await.expect(200).clone();
    let actions: Vec<&str> =
        events.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    for a in ["staff.sign_in", "staff.sign_in_failed", "staff.sign_out", "staff.set_password"] {
        assert!(actions.contains(&a), "{a} audited: {actions:?}");
    }
    assert!(!events.to_string().contains(PASSWORD), "no password in the audit log");
}

pub async fn agents_see_their_queues_only_on_the_desk(app: TestApp) {
    agent_with_password(&app, "wulan", &["general"]).await;
    let other = app.ticket(&app.admin, json!({"queue": "papua"})).await;
    let mine = app.ticket(&app.admin, json!({})).await;
    let mut c = Citizen::new(&app);
    sign_in(&app, &mut c, "wulan", PASSWORD).await;
    c.get("/desk").await;
    assert!(c.html.contains(mine["number"].as_str().unwrap()), "general's waiting ticket listed");
    assert!(!c.html.contains(other["number"].as_str().unwrap()));
    c.get(&format!("/desk/tickets/{}", other["number"].as_str().unwrap())).await;
    assert_eq!(c.status, 403);
    assert!(c.html.contains("queue you do not work"), "{}", c.html);
    // Take the waiting one; the next-ticket button then finds nothing.
    c.get(&format!("/desk/tickets/{}", mine["number"].as_str().unwrap())).await;
    c.post(&format!("/desk/tickets/{}/take", mine["number"].as_str().unwrap()), &[]).await;
    assert!(c.html.contains("Ditugaskan ke saya"), "{}", c.html);
    c.post("/desk/next", &[]).await;
    assert!(c.redirects.iter().any(|l| l.contains("nothing_waiting")), "{:?}", c.redirects);
    // Merge: the second ticket of one citizen offers the open one as the target.
    let who = json!({"name": "Ani", "email": "ani@example.id"});
    let first = app.ticket(&app.admin, json!({"requester": who})).await;
    let second = app
        .ticket(&app.admin, json!({"requester": who, "subject": "Lagi", "body": "Pesan kedua dari Ani"}))
        .await;
    let (a, b) = (first["number"].as_str().unwrap(), second["number"].as_str().unwrap());
    c.get(&format!("/desk/tickets/{b}")).await;
    assert!(
        c.html.contains(&format!("name=\"into\" value=\"{a}\"")),
        "the open story is offered: {}",
        c.html
    );
    c.post(&format!("/desk/tickets/{b}/merge"), &[("into", a)]).await;
    assert!(c.redirects.iter().any(|l| l == &format!("/desk/tickets/{a}")), "{:?}", c.redirects);
    assert!(c.html.contains("Pesan kedua dari Ani"), "the message moved to the survivor");
    let merged = app.get(&format!("/api/v1/tickets/{b}"), &app.admin).await.expect(200)["ticket"].clone();
    assert_eq!(merged["status"], "closed");
    assert_eq!(merged["merged_into_id"], first["id"]);
    // And split back out: the picked message becomes its own ticket.
    let picked = regex::Regex::new(r#"name="m" value="([0-9a-f-]{36})"[^\n]*</div>Pesan kedua dari Ani"#)
        .unwrap()
        .captures(&c.html)
        .expect("the message has a checkbox")[1]
        .to_string();
    c.post(&format!("/desk/tickets/{a}/split"), &[("m", &picked), ("subject", "Pesan kedua")]).await;
    let new_ticket = c.redirects.last().unwrap().clone();
    assert!(new_ticket.starts_with("/desk/tickets/SRT-") && !new_ticket.ends_with(a), "{:?}", c.redirects);
    assert!(c.html.contains("Pesan kedua dari Ani") && c.html.contains("<h1>"), "{}", c.html);
    c.get(&format!("/desk/tickets/{a}")).await;
    assert!(!c.html.contains("Pesan kedua dari Ani"), "moved off the original");
    // The language switch persists (a cookie) and keeps the agent on the page.
    c.get("/desk").await;
    c.post("/desk/lang", &[("lang", "en"), ("back", "/desk")]).await;
    assert!(c.html.contains("Sign out") && c.html.contains("My tickets"), "{}", c.html);
    c.get("/desk").await;
    assert!(c.html.contains("lang=\"en\""));
    c.post("/desk/lang", &[("lang", "id"), ("back", "https://evil.example/")]).await;
    assert!(c.redirects.last().is_some_and(|l| l == "/desk"), "no open redirect: {:?}", c.redirects);
    assert!(c.html.contains("Keluar"));
    // The pages carry no script but the desk's own, and strict headers.
    assert!(c.headers["content-security-policy"].to_str().unwrap().contains("script-src 'self'"));
    let js = reqwest::get(format!("{}/desk/static/desk.js", app.addr)).await.unwrap();
    assert!(js.headers()["content-type"].to_str().unwrap().starts_with("text/javascript"));
}

pub async fn an_agent_finds_a_caller_files_a_ticket_resends_and_replies_in_the_browser(app: TestApp) {
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812-3456-7890"),
        Some("rizki@example.id"),
        &[(1, Some("2021-07-12")), (2, Some("2021-08-09"))]
    )]))
    .await;
    app.run_jobs().await;
    app.index_search().await;
    agent_with_password(&app, "dewi", &["general"]).await;
    let sms_before = app.sms_log().len();
    let mail = format!(
        "From: Rizki <rizki@example.id>\r\nTo: sertifikat@certdesk.test\r\nSubject: Sertifikat belum ada\r\n\
         Message-ID: <desk-e2e-1@example.id>\r\n\r\nNIK saya {RIZKI}. Sertifikat dosis 2 belum ada.\r\n"
    );
    app.ingest(&mail).await;
    app.run_jobs().await; // the acknowledgement
    let acks = app.sink().wait_for(1).await.len();

    let b = Browser::start_desktop("desk-call").await;
    b.goto(&format!("{}/desk", app.addr)).await;
    b.wait_for("#name").await;
    b.screenshot("1-sign-in").await;
    b.type_into("#name", "dewi").await;
    b.type_into("#password", PASSWORD).await;
    b.click_to_load("#sign-in").await;
    assert!(b.url().await.ends_with("/desk"), "{}", b.url().await);
    // The search box has the focus on load.
    assert_eq!(b.script("return document.activeElement.id").await, json!("q"));

    // A NIK as read out over the phone, in groups: results as you type.
    b.type_into("#q", "3275 0112 0590 0001").await;
    b.wait_for("#live a[href^='/desk/people/']").await;
    assert!(b.text("#live").await.contains("Muhamad Rizki"));
    b.screenshot("2-nik-typed").await;
    // A misspelled name finds the same person.
    b.type_into("#q", "muhammad riski").await;
    b.wait_for("#live a[href^='/desk/people/']").await;
    assert!(b.text("#live").await.contains("Muhamad Rizki"));
    b.click_to_load("#live a[href^='/desk/people/']").await;
    let page = b.text("main").await;
    assert!(!page.contains(RIZKI) && page.contains("3275********0001"), "masked until revealed: {page}");
    b.click_to_load("#reveal button").await;
    let page = b.text("main").await;
    assert!(page.contains(RIZKI) && page.contains("Jawa Barat"), "NIK decoded: {page}");
    assert!(
        page.contains("delivered") || page.contains("sent") || page.contains("queued"),
        "SMS listed: {page}"
    );
    b.screenshot("3-person").await;

    // File a phone ticket with the caller's story in one step.
    b.type_into("#story", "Penelepon belum menerima SMS dosis 2, sudah cek HP.").await;
    b.click_to_load("#phone-ticket button").await;
    let url = b.url().await;
    assert!(url.contains("/desk/tickets/SRT-"), "{url}");
    let h1 = b.text("h1").await;
    assert!(h1.contains("Penelepon belum menerima SMS"), "{h1}");
    assert!(b.text("main").await.contains("Ditugaskan ke saya"));
    b.screenshot("4-phone-ticket").await;

    // Resend the SMS during the call: it goes out through the SMS log sink.
    b.type_into("#q", RIZKI).await;
    b.click_to_load("header .search button").await;
    b.click_to_load("#results a[href^='/desk/people/']").await;
    b.click_to_load("#resend button").await;
    app.run_jobs().await;
    let log = app.sms_log();
    assert!(log.len() > sms_before, "a new SMS in the log");
    assert!(log.last().unwrap().to_string().contains("6281234567890"), "{:?}", log.last());
    b.goto(&b.url().await).await;
    assert!(b.text("#actions").await.contains("resend_sms"));
    b.screenshot("5-resent").await;
    let audit = app.get("/api/v1/audit?action=ticket.create", &app.admin).await.expect(200).clone();
    assert!(
        audit.as_array().unwrap().iter().any(|e| e["via"] == "phone"),
        "filed with channel phone: {audit}"
    );
    let views = app.get("/api/v1/audit?action=person.view", &app.admin).await.expect(200).clone();
    assert!(
        views.as_array().unwrap().iter().any(|e| e["via"] == "desk"),
        "the person view is audited: {views}"
    );

    // Reply to the e-mail ticket: it reaches the SMTP sink threaded to the citizen's mail.
    let list = app.get("/api/v1/tickets?channel=email", &app.admin).await.expect(200).clone();
    let n = list["items"][0]["number"].as_str().unwrap().to_string();
    b.goto(&format!("{}/desk/tickets/{n}", app.addr)).await;
    // `r` jumps to the reply box.
    b.script(
        "document.activeElement.blur(); document.dispatchEvent(new KeyboardEvent('keydown', {key: 'r'}))",
    )
    .await;
    assert_eq!(b.script("return document.activeElement.id").await, json!("reply"));
    b.type_into("#reply", "Yth. Bapak Rizki, tautan sertifikat kami kirim ulang hari ini.").await;
    b.click_to_load("#reply-form button").await;
    app.run_jobs().await;
    let mails = app.sink().wait_for(acks + 1).await;
    let reply = mails.iter().find(|m| m.contains("kirim ulang hari ini")).expect("the reply was mailed");
    // Threaded: In-Reply-To the latest message (the acknowledgement), References from the citizen's.
    assert!(
        reply.contains("In-Reply-To: <") && reply.contains("References: <desk-e2e-1@example.id>"),
        "{reply}"
    );
    assert!(reply.contains(&format!("[{n}]")), "the subject carries the ticket tag");
    b.screenshot("6-replied").await;
}

pub async fn corrections_are_reviewed_on_the_desk_under_the_two_person_rule(app: TestApp) {
    crate::portal::people(&app).await;
    let mut citizen = crate::portal::verified(&app).await;
    citizen.get("/portal/me/correction").await;
    citizen
        .post_files(
            "/portal/me/correction",
            &[("full_name", "Muhammad Rizki"), ("nik", "3275011205900002")],
            &[("ev_ktp", "ktp.png", crate::citizen::png())],
        )
        .await;
    assert_eq!(citizen.status, 200, "{}", citizen.html);
    agent_with_password(&app, "ani", &["general"]).await;
    let (sari, _) = app.staff("sari", "supervisor", &["general"]).await;
    app.put(&format!("/api/v1/staff/{sari}/password"), &app.admin, json!({"password": PASSWORD}))
        .await
        .expect(200);

    let mut ani = Citizen::new(&app);
    sign_in(&app, &mut ani, "ani", PASSWORD).await;
    ani.get("/desk/corrections").await;
    let link = regex::Regex::new(r#"href="(/desk/corrections/[0-9a-f-]{36})""#).unwrap();
    let path = link.captures(&ani.html).expect("the request is listed")[1].to_string();
    assert!(ani.html.contains("0 / 2"), "two approvals needed: {}", ani.html);
    ani.get(&path).await;
    // The requested change beside the record now, and the rule spelled out.
    assert!(ani.html.contains("Muhamad Rizki") && ani.html.contains("Muhammad Rizki"));
    assert!(ani.html.contains("3275011205900002"));
    assert!(ani.html.contains("Perlu persetujuan orang berbeda: 2"), "{}", ani.html);
    assert!(ani.html.contains("supervisor"));
    // The evidence image, inline and sandboxed, viewable by staff only.
    let img = regex::Regex::new(r#"<img src="(/desk/corrections/[^"]+/evidence/[^"]+)""#).unwrap();
    let src = img.captures(&ani.html).expect("an inline image")[1].to_string();
    let (status, ct, bytes) = ani.get_bytes(&src).await;
    assert_eq!((status.as_u16(), ct.as_str()), (200, "image/png"));
    assert!(bytes.starts_with(b"\x89PNG"));
    let anonymous = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let r = anonymous.get(format!("{}{src}", app.addr)).send().await.unwrap();
    assert_eq!(r.status(), 303, "no session, no evidence");

    // The agent gives the first approval; then the page tells them a second person must.
    ani.post(&format!("{path}/approve"), &[("note", "KTP cocok")]).await;
    assert!(ani.html.contains("disetujui pertama oleh ani"), "{}", ani.html);
    assert!(ani.html.contains("persetujuan kedua harus oleh orang lain"));
    assert!(!ani.html.contains("id=\"approve\""), "no approve button for the same person");
    // Posting anyway is refused by the service.
    ani.post(&format!("{path}/approve"), &[]).await;
    assert_eq!(ani.status, 403);
    // Another agent cannot give the final approval: a NIK change needs a supervisor.
    agent_with_password(&app, "budi", &["general"]).await;
    let mut budi = Citizen::new(&app);
    sign_in(&app, &mut budi, "budi", PASSWORD).await;
    budi.get(&path).await;
    assert!(budi.html.contains("persetujuan akhir memerlukan peran supervisor"), "{}", budi.html);
    budi.post(&format!("{path}/approve"), &[]).await;
    assert_eq!(budi.status, 403);
    assert!(budi.html.contains("supervisor"), "{}", budi.html);

    let mut sup = Citizen::new(&app);
    sign_in(&app, &mut sup, "sari", PASSWORD).await;
    sup.get(&path).await;
    sup.post(&format!("{path}/approve"), &[]).await;
    assert!(sup.html.contains("approved"), "{}", sup.html);
    app.run_jobs().await;
    assert_eq!(app.person("3275011205900002").await["full_name"], "Muhammad Rizki");
    let views =
        app.get("/api/v1/audit?action=correction.evidence_view", &app.admin).await.expect(200).clone();
    assert!(views.as_array().unwrap().iter().any(|e| e["via"] == "desk"), "{views}");
}

pub async fn a_phone_change_started_on_the_call_is_confirmed_by_the_code_the_caller_reads_out(app: TestApp) {
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812-3456-7890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    agent_with_password(&app, "dewi", &["general"]).await;
    let mut c = Citizen::new(&app);
    sign_in(&app, &mut c, "dewi", PASSWORD).await;
    let p = app.person(RIZKI).await;
    let path = format!("/desk/people/{}", p["id"].as_str().unwrap());
    c.get(&path).await;
    c.post(&format!("{path}/phone"), &[("new_phone", "0812-3456-7890")]).await;
    assert_eq!(c.status, 422, "the same number: {}", c.html);
    c.get(&path).await;
    c.post(&format!("{path}/phone"), &[("new_phone", "0857 1111 2222")]).await;
    assert_eq!(c.status, 200, "{}", c.html);
    assert!(c.html.contains("+62 857-****-222"), "{}", c.html);
    let flow =
        regex::Regex::new(r#"name="flow" value="([A-Za-z0-9_-]+)""#).unwrap().captures(&c.html).unwrap()[1]
            .to_string();
    let code = crate::citizen::code_sent_to(&app, "+6285711112222").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    c.post(&format!("{path}/phone/confirm"), &[("flow", &flow), ("code", wrong)]).await;
    assert_eq!(c.status, 422);
    assert!(c.html.contains("Kode salah"), "{}", c.html);
    assert_eq!(app.person(RIZKI).await["phone"], "+62 812-****-890", "nothing changed yet");
    c.post(&format!("{path}/phone/confirm"), &[("flow", &flow), ("code", &code)]).await;
    assert!(c.redirects.iter().any(|l| l.starts_with("/desk/tickets/SRT-")), "{:?}", c.redirects);
    app.run_jobs().await;
    // The code proves the new number only: a correction request, filed by dewi, which
    // someone else must approve.
    assert_eq!(app.person(RIZKI).await["phone"], "+62 812-****-890", "not changed by the agent alone");
    let pending = app.get("/api/v1/corrections", &app.admin).await.expect(200).clone();
    let id = pending[0]["id"].as_str().unwrap().to_string();
    assert_eq!(pending[0]["kind"], "phone");
    c.get(&format!("/desk/corrections/{id}")).await;
    c.post(&format!("/desk/corrections/{id}/approve"), &[]).await;
    assert_eq!(c.status, 403, "the filer cannot approve: {}", c.html);
    assert_eq!(app.person(RIZKI).await["phone"], "+62 812-****-890");
    // Two reviewers other than the filer (a phone takes two).
    for name in ["rina", "tono"] {
        let (_, reviewer) = app.staff(name, "agent", &["general"]).await;
        app.post(&format!("/api/v1/corrections/{id}/approve"), &reviewer, json!({})).await.expect(200);
    }
    app.run_jobs().await;
    assert_eq!(app.person(RIZKI).await["phone"], "+62 857-****-222");
    let log = app.sms_log();
    assert!(log.iter().any(|l| l["to"] == "+6281234567890"), "the old number is told");
    assert!(
        log.iter().filter(|l| l["to"] == "+6285711112222").count() >= 2,
        "code, then the certificate link"
    );
    // The code is single-use.
    c.get(&path).await;
    c.post(&format!("{path}/phone/confirm"), &[("flow", &flow), ("code", &code)]).await;
    assert_eq!(c.status, 422);
    let events =
        app.get("/api/v1/audit?action=person.phone_change_started", &app.admin).await.expect(200).clone();
    assert_eq!(events[0]["via"], "phone");
    assert!(!events.to_string().contains("85711112222"), "the new number masked in the audit");
}

pub async fn mail_attachments_are_previewed_by_what_their_bytes_are(app: TestApp) {
    use base64::Engine;
    agent_with_password(&app, "wulan", &["general"]).await;
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    let png = b64(&crate::citizen::png());
    // A script that claims to be a picture.
    let fake = b64(b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
    let mail = format!(
        "From: Ani <ani@example.id>\r\nTo: sertifikat@certdesk.test\r\nSubject: Foto KTP\r\n\
         Message-ID: <att-1@example.id>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n\
         --b\r\nContent-Type: text/plain\r\n\r\nIni foto KTP saya.\r\n\
         --b\r\nContent-Type: image/png; name=\"ktp.png\"\r\nContent-Disposition: attachment; filename=\"ktp.png\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{png}\r\n\
         --b\r\nContent-Type: image/png; name=\"lucu.png\"\r\nContent-Disposition: attachment; filename=\"lucu.png\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{fake}\r\n--b--\r\n"
    );
    app.ingest(&mail).await;
    let list = app.get("/api/v1/tickets?channel=email", &app.admin).await.expect(200).clone();
    let n = list["items"][0]["number"].as_str().unwrap().to_string();
    let mut c = Citizen::new(&app);
    sign_in(&app, &mut c, "wulan", PASSWORD).await;
    c.get(&format!("/desk/tickets/{n}")).await;
    let srcs: Vec<String> = regex::Regex::new(r#"<img src="(/desk/tickets/[^"]+/attachments/[^"]+)""#)
        .unwrap()
        .captures_iter(&c.html)
        .map(|m| m[1].to_string())
        .collect();
    assert_eq!(srcs.len(), 2, "both declared as images: {}", c.html);
    let mut seen = Vec::new();
    for src in &srcs {
        let (status, ct, bytes) = c.get_bytes(src).await;
        assert_eq!(status.as_u16(), 200);
        seen.push((ct, bytes.starts_with(b"\x89PNG")));
    }
    seen.sort();
    assert_eq!(
        seen,
        [("application/octet-stream".to_string(), false), ("image/png".to_string(), true)],
        "the real picture is shown, the script is only ever downloaded"
    );
    let anonymous = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    assert_eq!(anonymous.get(format!("{}{}", app.addr, srcs[0])).send().await.unwrap().status(), 303);
    let views = app.get("/api/v1/audit?action=ticket.attachment_view", &app.admin).await.expect(200).clone();
    assert_eq!(views.as_array().unwrap().len(), 2);
}

pub async fn a_correction_is_filed_for_the_caller_from_the_pre_filled_form(app: TestApp) {
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("0812-3456-7890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    agent_with_password(&app, "dewi", &["general"]).await;
    let mut c = Citizen::new(&app);
    sign_in(&app, &mut c, "dewi", PASSWORD).await;
    let p = app.person(RIZKI).await;
    let path = format!("/desk/people/{}", p["id"].as_str().unwrap());
    c.get(&path).await;
    // The form carries the record's values.
    assert!(c.html.contains(r#"name="full_name" value="Muhamad Rizki""#), "{}", c.html);
    assert!(c.html.contains(r#"name="vaccinated_on_1" value="2021-07-12""#));
    let unchanged = [
        ("full_name", "Muhamad Rizki"),
        ("birth_date", "1990-05-12"),
        ("sex", "M"),
        ("vaccinated_on_1", "2021-07-12"),
    ];
    c.post(&format!("{path}/correction"), &unchanged).await;
    assert_eq!(c.status, 422, "nothing differs: {}", c.html);
    c.get(&path).await;
    let changed = [
        ("full_name", "Muhammad Rizki"),
        ("birth_date", "1990-05-12"),
        ("sex", "M"),
        ("vaccinated_on_1", "2021-07-12"),
        ("batch_1", "ab-778"),
        ("note", "Penelepon membaca KTP; foto akan dikirim lewat email."),
    ];
    c.post(&format!("{path}/correction"), &changed).await;
    assert!(c.redirects.iter().any(|l| l.starts_with("/desk/tickets/SRT-")), "{:?} {}", c.redirects, c.html);
    assert!(c.html.contains("foto akan dikirim"), "the note is in the ticket");
    let list = app.get("/api/v1/corrections", &app.admin).await.expect(200).clone();
    let fields: Vec<&str> =
        list[0]["changes"].as_array().unwrap().iter().map(|c| c["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["full_name", "batch"], "only what the agent changed");
    let t =
        app.get(&format!("/api/v1/tickets/{}", list[0]["ticket_number"].as_str().unwrap()), &app.admin).await;
    assert_eq!(t.expect(200)["ticket"]["channel"], "phone");
    let events = app.get("/api/v1/audit?action=correction.request", &app.admin).await.expect(200).clone();
    assert_eq!(events[0]["via"], "phone");
    // Resolving from the desk can carry a reissue: a new certificate version.
    c.get(&path).await;
    c.post(&format!("{path}/tickets"), &[("story", "Sertifikat rusak, minta terbit ulang.")]).await;
    let ticket = c.redirects.last().unwrap().clone();
    c.post(&format!("{ticket}/status"), &[("status", "resolved"), ("reissue", "on")]).await;
    app.run_jobs().await;
    let certs = app.person(RIZKI).await["certificates"].clone();
    assert!(
        certs.as_array().unwrap().iter().any(|c| c["version"] == 2 && c["status"] == "active"),
        "{certs}"
    );
}

pub async fn a_correction_is_approved_in_the_browser_and_the_certificate_reissued(app: TestApp) {
    crate::portal::people(&app).await;
    let mut citizen = crate::portal::verified(&app).await;
    citizen.get("/portal/me/correction").await;
    citizen
        .post_files(
            "/portal/me/correction",
            &[("batch_2", "ab-778")],
            &[("ev_ktp", "ktp.png", crate::citizen::png())],
        )
        .await;
    assert_eq!(citizen.status, 200, "{}", citizen.html);
    agent_with_password(&app, "ani", &["general"]).await;
    let before = app.person(RIZKI).await;
    let v1 = before["certificates"].as_array().unwrap().iter().filter(|c| c["version"] == 1).count();
    assert_eq!(v1, 2);

    let b = Browser::start_desktop("desk-review").await;
    b.goto(&format!("{}/desk/login", app.addr)).await;
    b.type_into("#name", "ani").await;
    b.type_into("#password", PASSWORD).await;
    b.click_to_load("#sign-in").await;
    b.goto(&format!("{}/desk/corrections", app.addr)).await;
    b.click_to_load("main a[href^='/desk/corrections/']").await;
    let changes = b.text("#changes").await;
    assert!(changes.contains("batch") && changes.contains("AB-778"), "{changes}");
    assert!(b.count("figure img").await >= 1, "the evidence shown beside the record");
    b.screenshot("1-review").await;
    b.type_into("#approve-note", "Batch sesuai kartu vaksin").await;
    b.click_to_load("#approve").await;
    assert_eq!(b.text("#status").await, "approved");
    b.screenshot("2-approved").await;
    app.run_jobs().await;
    let after = app.person(RIZKI).await;
    let certs = after["certificates"].as_array().unwrap();
    let dose2: Vec<_> = certs.iter().filter(|c| c["dose"] == 2).collect();
    assert!(dose2.iter().any(|c| c["version"] == 2 && c["status"] == "active"), "dose 2 reissued: {certs:?}");
    assert!(dose2.iter().any(|c| c["version"] == 1 && c["status"] == "superseded"));
    assert_eq!(after["doses"][1]["batch"], "AB-778");
}
