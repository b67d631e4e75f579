//! Signing-key rotation: QR codes signed by a retired key keep verifying (in every
//! process, offline with the published keys), a revoked key's codes stop verifying,
//! SMS links survive a rotation but not a revocation, and a process refuses to sign
//! with a revoked key.

use certdesk::domain::Actor;
use certdesk::error::ServiceError;
use certdesk::service::keys;
use serde_json::Value;

use crate::certificates::{token_of, verify_at, RIZKI};
use crate::helpers::{second_process, TestApp};

fn kid_in(verify_url: &str) -> String {
    use base64::Engine as _;
    let token = token_of(verify_url, "/verify/");
    let body = token.split('.').next().unwrap();
    let claims: Value =
        serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(body).unwrap())
            .unwrap();
    claims["k"].as_str().unwrap().to_string()
}

async fn get_json(app: &TestApp, base: &str, path: &str) -> Value {
    let r =
        app.client.get(format!("{base}{path}")).header("accept", "application/json").send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    r.json().await.unwrap()
}

/// The verify URL of RIZKI's certificate as the process at `base` signs it.
async fn signed_by(app: &TestApp, base: &str) -> String {
    let r = app
        .client
        .post(format!("{base}/api/v1/people/lookup"))
        .bearer_auth(&app.admin)
        .json(&serde_json::json!({ "nik": RIZKI }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let p: Value = r.json().await.unwrap();
    p["certificates"][0]["verify_url"].as_str().unwrap().to_string()
}

async fn link_status(app: &TestApp, base: &str, link: &str) -> u16 {
    let path = format!("/c/{}", token_of(link, "/c/"));
    app.client.get(format!("{base}{path}")).send().await.unwrap().status().as_u16()
}

pub async fn rotated_keys_keep_old_qr_codes_verifying_until_revoked(app: TestApp) {
    app.import_rizki().await;
    app.run_jobs().await;
    let first_kid = app.cx.issuer.kid().to_string();
    let old_qr = signed_by(&app, &app.addr).await;
    assert_eq!(kid_in(&old_qr), first_kid);
    let content = app.sms_log()[0]["content"].as_str().unwrap().to_string();
    let link = content.split_whitespace().find(|w| w.contains("/c/")).unwrap().to_string();
    let jwks = get_json(&app, &app.addr, "/.well-known/certdesk-issuer.json").await;
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 1);
    assert_eq!(jwks["keys"][0]["status"], "current");
    let key_file = app.cx.config.certificates.key_path(&app.cx.config.storage.data_dir);
    let first_pem = std::fs::read(&key_file).unwrap();

    // Rotate, as `certdesk keys rotate` does, while this process keeps running on
    // the old key (not restarted yet); a second process starts on the new one.
    let r = keys::rotate(app.cx.database(), &app.cx.config, &Actor::Operator, None).await.unwrap();
    assert_eq!(r.retired, first_kid);
    assert!(!r.revoked);
    let b = second_process(&app).await;
    let new_qr = signed_by(&app, &b.addr).await;
    assert_eq!(kid_in(&new_qr), r.current, "the restarted process signs with the new key");
    assert_eq!(kid_in(&signed_by(&app, &app.addr).await), first_kid, "until restarted, the old one");

    // Every process verifies both: the old code, and the new one in the process that
    // has not seen the new key yet (it reloads the keys on an unknown key id).
    for base in [&app.addr, &b.addr] {
        for qr in [&old_qr, &new_qr] {
            let v = verify_at(&app, base, qr).await;
            assert_eq!(v["outcome"], "valid", "{base} {qr}: {v}");
            assert_eq!(v["certificate"]["name"], "Muhamad Rizki");
        }
    }
    // Published: the new key first, the old one retired; both verify offline.
    let jwks = get_json(&app, &b.addr, "/.well-known/certdesk-issuer.json").await;
    let published: Vec<(&str, &str)> = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| (k["kid"].as_str().unwrap(), k["status"].as_str().unwrap()))
        .collect();
    assert_eq!(published, vec![(r.current.as_str(), "current"), (first_kid.as_str(), "retired")]);
    for qr in [&old_qr, &new_qr] {
        let token = token_of(qr, "/verify/");
        let (body, sig) = token.split_once('.').unwrap();
        let k = jwks["keys"].as_array().unwrap().iter().find(|k| k["kid"] == kid_in(qr).as_str()).unwrap();
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let x: [u8; 32] = b64.decode(k["x"].as_str().unwrap()).unwrap().try_into().unwrap();
        let sig: [u8; 64] = b64.decode(sig).unwrap().try_into().unwrap();
        ed25519_dalek::VerifyingKey::from_bytes(&x)
            .unwrap()
            .verify_strict(body.as_bytes(), &ed25519_dalek::Signature::from_bytes(&sig))
            .expect("verifies offline with the published key");
    }
    // The SMS link sent before the rotation still opens (the secret is not the key).
    assert_eq!(link_status(&app, &b.addr, &link).await, 200);
    // A forged code naming the new key is still refused.
    let forged = format!("{}x", &new_qr[..new_qr.len() - 1]);
    assert_eq!(verify_at(&app, &b.addr, &forged).await["outcome"], "invalid");

    // Revoking needs a reason, a known key, and not the key on disk.
    let revoke = |kid: String, reason: &'static str| {
        let cx = app.cx.clone();
        async move { keys::revoke(cx.database(), &cx.config, &Actor::Operator, &kid, reason).await }
    };
    assert!(matches!(revoke(first_kid.clone(), " ").await, Err(ServiceError::Invalid { .. })));
    assert!(matches!(revoke("0123456789abcdef".into(), "lost").await, Err(ServiceError::NotFound { .. })));
    assert!(matches!(revoke(r.current.clone(), "lost").await, Err(ServiceError::Conflict(_))));
    revoke(first_kid.clone(), "laptop with the key stolen").await.unwrap();

    // key_refresh is 0 here: every process sees the revocation at once.
    for base in [&app.addr, &b.addr] {
        let v = verify_at(&app, base, &old_qr).await;
        assert_eq!(v["outcome"], "invalid", "{v}");
        assert!(v["reason"].as_str().unwrap().contains("withdrawn"), "{v}");
        assert!(v.get("certificate").is_none());
        assert_eq!(verify_at(&app, base, &new_qr).await["outcome"], "valid");
    }
    let html = app
        .client
        .get(format!("{}/verify/{}", b.addr, token_of(&old_qr, "/verify/")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("TIDAK SAH") && !html.contains("Muhamad Rizki"), "{html}");
    let jwks = get_json(&app, &b.addr, "/.well-known/certdesk-issuer.json").await;
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 1);
    assert_eq!(jwks["revoked"][0]["kid"], first_kid.as_str());
    assert!(!jwks.to_string().contains("stolen"), "the reason is not published");

    // The secret was replaced: a process started now no longer opens the old link,
    // and refuses to start at all on the revoked key.
    let c = second_process(&app).await;
    assert_eq!(link_status(&app, &c.addr, &link).await, 404);
    c.stop().await;
    std::fs::write(&key_file, &first_pem).unwrap();
    let refused = certdesk::app::Application::build((*app.cx.config).clone()).await;
    let err = refused.err().expect("a revoked key must not start").to_string();
    assert!(err.contains("revoked") && err.contains(&first_kid), "{err}");
    b.stop().await;

    let audit = app.get("/api/v1/audit?entity_type=issuer_key", &app.admin).await;
    let actions: Vec<String> = audit
        .expect(200)
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert!(
        actions.contains(&"issuer_key.rotate".into()) && actions.contains(&"issuer_key.revoke".into()),
        "{actions:?}"
    );
}
