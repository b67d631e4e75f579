//! API tokens expire and can be revoked; desk sign-in cannot be used to lock someone out.

use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::helpers::TestApp;

async fn me(app: &TestApp, token: &str) -> u16 {
    app.get("/api/v1/me", token).await.status.as_u16()
}

async fn delete(app: &TestApp, path: &str, token: &str) -> u16 {
    app.call(reqwest::Method::DELETE, path, Some(token), None).await.status.as_u16()
}

pub async fn api_tokens_expire_and_can_be_revoked(app: TestApp) {
    let (id, token) = app.staff("agent.token", "agent", &["general"]).await;
    let (_, other_token) = app.staff("agent.other", "agent", &["general"]).await;
    assert_eq!(me(&app, &token).await, 200);
    // Another agent cannot revoke it; the member can (a token pasted somewhere wrong).
    assert_eq!(delete(&app, &format!("/api/v1/staff/{id}/token"), &other_token).await, 403);
    assert_eq!(delete(&app, &format!("/api/v1/staff/{id}/token"), &token).await, 204);
    assert_eq!(me(&app, &token).await, 401, "revoked at once");
    // An admin issues a new one, which says when it expires.
    let r = app.post(&format!("/api/v1/staff/{id}/token"), &app.admin, json!({})).await.expect(200).clone();
    let fresh = r["token"].as_str().unwrap().to_string();
    let expires: chrono::DateTime<chrono::Utc> = r["expires_at"].as_str().unwrap().parse().unwrap();
    let days = (expires - chrono::Utc::now()).num_days();
    assert!((89..=90).contains(&days), "{days}");
    assert_eq!(me(&app, &fresh).await, 200);
    // The cache that spares each request a query never outlives a token: used a moment
    // ago (so cached), then the clock passes its expiry. (It once kept an expired token
    // working for up to ten seconds; .ci/bench-broken found it.)
    app.cx.clock.set(chrono::Utc::now());
    assert_eq!(me(&app, &fresh).await, 200);
    app.cx.clock.advance(chrono::Duration::days(91));
    assert_eq!(me(&app, &fresh).await, 401, "an expired token is refused, cached or not");
    app.cx.clock.set(chrono::Utc::now());
    // Past its expiry it stops working.
    app.cx
        .database()
        .write()
        .execute_unprepared(
            "UPDATE staff_user SET token_expires_at = '2000-01-01T00:00:00Z' WHERE name = 'agent.other'",
        )
        .await
        .unwrap();
    app.cx.auth.clear();
    assert_eq!(me(&app, &other_token).await, 401);
    let audit = app.get("/api/v1/audit?action=staff.revoke_token", &app.admin).await.expect(200).clone();
    assert_eq!(audit.as_array().unwrap().len(), 1);
}

async fn desk_sign_in(c: &mut crate::citizen::Citizen, name: &str, password: &str) {
    c.get("/desk/login").await;
    c.post("/desk/login", &[("name", name), ("password", password), ("next", "/desk")]).await;
}

pub async fn a_stranger_cannot_lock_a_staff_member_out_of_the_desk(app: TestApp) {
    let password = "teh-manis-hangat-sore";
    let (id, _) = app.staff("dewi", "agent", &["general"]).await;
    app.put(&format!("/api/v1/staff/{id}/password"), &app.admin, json!({ "password": password }))
        .await
        .expect(200);
    // A stranger behind the trusted proxy fails eight times (the limit) from one address.
    let mut stranger = crate::citizen::Citizen::new(&app);
    stranger.forwarded_for = Some("198.51.100.9".into());
    for _ in 0..8 {
        desk_sign_in(&mut stranger, "dewi", "tebak-tebak-saja").await;
        assert_eq!(stranger.status, 401, "{}", stranger.html);
    }
    desk_sign_in(&mut stranger, "dewi", password).await;
    assert_eq!(stranger.status, 429, "that address is locked out of the name");
    // Someone typed a password into the name field: it never reaches the audit log.
    desk_sign_in(&mut stranger, "rahasia-di-kolom-nama", "x").await;
    // Dewi, from her own address, signs in as ever.
    let mut dewi = crate::citizen::Citizen::new(&app);
    dewi.forwarded_for = Some("203.0.113.20".into());
    desk_sign_in(&mut dewi, "dewi", password).await;
    assert_eq!(dewi.status, 200, "{}", dewi.html);
    assert!(dewi.redirects.iter().any(|l| l == "/desk"), "{:?}", dewi.redirects);
    let failed =
        app.get("/api/v1/audit?action=staff.sign_in_failed&limit=200", &app.admin).await.expect(200).clone();
    let rows = failed.as_array().unwrap();
    assert_eq!(rows.iter().filter(|e| e["entity_id"] == id.as_str()).count(), 8, "{failed}");
    assert!(!failed.to_string().contains("rahasia-di-kolom-nama"), "what was typed is not audited");
}

pub async fn supervisors_sign_in_with_a_second_factor_that_an_admin_can_reset(app: TestApp) {
    use crate::citizen::{enrolment_secret, totp_code, Citizen};
    let password = "kerupuk-udang-renyah";
    let (sup, _) = app.staff("sup.totp", "supervisor", &["general"]).await;
    app.put(&format!("/api/v1/staff/{sup}/password"), &app.admin, json!({ "password": password }))
        .await
        .expect(200);
    let mut c = Citizen::new(&app);
    desk_sign_in(&mut c, "sup.totp", password).await;
    // The password alone opens nothing and shows no key: enrolling takes a one-time
    // code an admin hands over (no trust on first use).
    assert!(c.html.contains(r#"id="enrolment-code""#) && enrolment_secret(&c.html).is_none(), "{}", c.html);
    c.get("/desk/corrections").await;
    assert_eq!(c.redirects.last().map(String::as_str), Some("/desk/second-factor"));
    c.post("/desk/second-factor", &[("mode", "unlock"), ("enrolment_code", "abcde-fghjk")]).await;
    assert_eq!(c.status, 422);
    assert!(enrolment_secret(&c.html).is_none());
    let issue = format!("/api/v1/staff/{sup}/second-factor/enrolment-code");
    let (_, plain_agent) = app.staff("agent.nosy", "agent", &["general"]).await;
    assert_eq!(app.post(&issue, &plain_agent, json!({})).await.status.as_u16(), 403);
    let given =
        app.post(&issue, &app.admin, json!({})).await.expect(201)["code"].as_str().unwrap().to_string();
    c.post("/desk/second-factor", &[("mode", "unlock"), ("enrolment_code", &given)]).await;
    let secret = enrolment_secret(&c.html).unwrap_or_else(|| panic!("enrolment page: {}", c.html));
    assert!(c.html.contains("totp&#x2F;certdesk:sup.totp?secret="), "the otpauth URI: {}", c.html);
    let now = chrono::Utc::now().timestamp() as u64;
    let wrong = if totp_code(&secret, now) == "000000" { "111111" } else { "000000" };
    c.post("/desk/second-factor", &[("mode", "enrol"), ("code", wrong), ("enrolment_code", &given)]).await;
    assert_eq!(c.status, 422);
    let secret = enrolment_secret(&c.html).expect("enrolment again, with the same key");
    let code = totp_code(&secret, chrono::Utc::now().timestamp() as u64);
    c.post("/desk/second-factor", &[("mode", "enrol"), ("code", &code), ("enrolment_code", &given)]).await;
    let recovery: Vec<String> = regex::Regex::new(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>")
        .unwrap()
        .captures_iter(&c.html)
        .map(|m| m[1].to_string())
        .collect();
    assert_eq!(recovery.len(), 10, "{}", c.html);
    c.get("/desk/corrections").await;
    assert_eq!(c.status, 200, "the desk is open now");

    // The database holds the key sealed (a copied database or backup gives none away);
    // a key stored in clear by an earlier version is sealed at start and still works.
    let stored = totp_column(&app, "sup.totp").await;
    assert!(stored.starts_with("v1:") && !stored.contains(&secret), "{stored}");
    set_totp_column(&app, "sup.totp", &secret).await;
    assert_eq!(certdesk::service::second_factor::seal_stored_secrets(&app.cx).await.unwrap(), 1);
    assert!(totp_column(&app, "sup.totp").await.starts_with("v1:"));
    let mut s = Citizen::new(&app);
    desk_sign_in(&mut s, "sup.totp", password).await;
    let next = totp_code(&secret, chrono::Utc::now().timestamp() as u64 + 30);
    s.post("/desk/second-factor", &[("mode", "code"), ("code", &next)]).await;
    s.get("/desk/corrections").await;
    assert_eq!(s.status, 200, "the re-sealed key still opens the desk: {}", s.html);

    // The next sign-in asks for a code; the one just used does not work twice.
    let mut d = Citizen::new(&app);
    desk_sign_in(&mut d, "sup.totp", password).await;
    assert!(d.html.contains(r#"value="code""#), "{}", d.html);
    d.post("/desk/second-factor", &[("mode", "code"), ("code", &code)]).await;
    assert_eq!(d.status, 422, "a code is never accepted twice");
    d.post("/desk/second-factor", &[("mode", "code"), ("code", &recovery[0])]).await;
    d.get("/desk/corrections").await;
    assert_eq!(d.status, 200, "a recovery code opens the desk");
    let mut e = Citizen::new(&app);
    desk_sign_in(&mut e, "sup.totp", password).await;
    e.post("/desk/second-factor", &[("mode", "code"), ("code", &recovery[0])]).await;
    assert_eq!(e.status, 422, "a recovery code works once");

    // A lost phone: only an admin resets it, and the member's sessions end.
    let (_, agent) = app.staff("agent.plain", "agent", &["general"]).await;
    assert_eq!(delete(&app, &format!("/api/v1/staff/{sup}/second-factor"), &agent).await, 403);
    assert_eq!(delete(&app, &format!("/api/v1/staff/{sup}/second-factor"), &app.admin).await, 204);
    d.redirects.clear();
    d.get("/desk/corrections").await;
    assert!(d.redirects.iter().any(|l| l.starts_with("/desk/login")), "{:?}", d.redirects);
    let audit = app.get("/api/v1/audit?entity_type=staff", &app.admin).await.expect(200).to_string();
    for a in [
        "staff.enrolment_code_issued",
        "staff.enrolment_code_failed",
        "staff.second_factor_enrolled",
        "staff.second_factor",
        "staff.second_factor_failed",
        "staff.second_factor_reset",
    ] {
        assert!(audit.contains(a), "{a} audited");
    }
    // After the reset, the spent code enrols nothing: a new one is owed.
    let mut f = Citizen::new(&app);
    desk_sign_in(&mut f, "sup.totp", password).await;
    f.post("/desk/second-factor", &[("mode", "unlock"), ("enrolment_code", &given)]).await;
    assert!(f.status == 422 && enrolment_secret(&f.html).is_none(), "a used code: {}", f.html);
    // Agents are not asked by default.
    let (agent_id, _) = app.staff("agent.fast", "agent", &["general"]).await;
    app.put(&format!("/api/v1/staff/{agent_id}/password"), &app.admin, json!({ "password": password }))
        .await
        .expect(200);
    let mut a = Citizen::new(&app);
    desk_sign_in(&mut a, "agent.fast", password).await;
    assert!(a.redirects.iter().any(|l| l == "/desk"), "{:?}", a.redirects);
    assert!(enrolment_secret(&a.html).is_none());
}

async fn totp_column(app: &TestApp, name: &str) -> String {
    let sql = format!("SELECT totp_secret FROM staff_user WHERE name = '{name}'");
    let stmt = sea_orm::Statement::from_string(app.cx.database().backend(), sql);
    let row = app.cx.database().read().query_one_raw(stmt).await.expect("query").expect("a row");
    row.try_get::<String>("", "totp_secret").expect("totp_secret")
}

async fn set_totp_column(app: &TestApp, name: &str, value: &str) {
    let sql = format!("UPDATE staff_user SET totp_secret = '{value}' WHERE name = '{name}'");
    let stmt = sea_orm::Statement::from_string(app.cx.database().backend(), sql);
    app.cx.database().write().execute_raw(stmt).await.expect("update");
}
