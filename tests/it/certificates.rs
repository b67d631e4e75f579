//! Certificates: automatic issue, versioned reissue, verification of every version,
//! tampered QR codes, SMS links, revocation, and the PDF.

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine as _;
use serde_json::{json, Value};

use crate::helpers::TestApp;

pub const RIZKI: &str = "3275011205900001";
pub const SITI: &str = "3174014505850002";
pub const BUDI: &str = "3273010101800003";

pub fn record(
    nik: &str,
    name: &str,
    phone: Option<&str>,
    email: Option<&str>,
    doses: &[(u8, Option<&str>)],
) -> Value {
    let birth = match nik {
        SITI => "1985-05-05",
        BUDI => "1980-01-01",
        _ => "1990-05-12",
    };
    json!({
        "nik": nik, "full_name": name, "birth_date": birth,
        "sex": if nik == SITI { "F" } else { "M" },
        "phone": phone, "email": email,
        "doses": doses.iter().map(|(n, date)| json!({
            "dose": n, "vaccine": "coronavac", "date": date, "facility": "Puskesmas Bekasi", "batch": format!("B{n}")
        })).collect::<Vec<_>>(),
    })
}

fn certs(p: &Value) -> Vec<Value> {
    p["certificates"].as_array().unwrap().clone()
}

pub fn token_of(url: &str, marker: &str) -> String {
    url.split(marker).nth(1).expect("url has the marker").to_string()
}

async fn verify(app: &TestApp, url: &str) -> Value {
    verify_at(app, &app.addr, url).await
}

/// What the process at `base` answers for the QR code `url`, as JSON.
pub async fn verify_at(app: &TestApp, base: &str, url: &str) -> Value {
    let path = format!("/verify/{}", token_of(url, "/verify/"));
    let r =
        app.client.get(format!("{base}{path}")).header("accept", "application/json").send().await.unwrap();
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

pub async fn complete_doses_get_a_certificate_and_an_sms_pending_ones_do_not(app: TestApp) {
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
    // Under load on PostgreSQL a send can meet a transient conflict with the app's own
    // worker and wait out its backoff: let any such retry run now.
    app.make_jobs_due().await;
    app.run_jobs().await;

    let rizki = app.person(RIZKI).await;
    let c = certs(&rizki);
    assert_eq!(c.len(), 2);
    assert!(c.iter().all(|c| c["status"] == "active" && c["version"] == 1), "{c:?}");
    let sms = rizki["sms"].as_array().unwrap();
    assert_eq!(sms.len(), 2);
    assert!(sms.iter().all(|s| s["status"] == "delivered" && s["purpose"] == "issued"), "{sms:?}");
    assert_eq!(sms[0]["phone"], "+62 812-****-890");

    // No phone on record: the certificate exists, the SMS is recorded as the cause.
    let siti = app.person(SITI).await;
    assert_eq!(certs(&siti).len(), 1);
    assert_eq!(siti["sms"][0]["status"], "phone_missing");

    // Still queued in the central system: no certificate, and the reason is visible.
    let budi = app.person(BUDI).await;
    assert!(certs(&budi).is_empty());
    assert_eq!(budi["doses"][0]["status"], "pending_input");
    assert!(budi["doses"][0]["pending_reason"].as_str().unwrap().contains("date"));

    // The log gateway is the phone: sender 1199, a link, never the NIK.
    let log = app.sms_log();
    assert_eq!(log.len(), 2);
    for l in &log {
        assert_eq!(l["from"], "1199");
        assert_eq!(l["to"], "+6281234567890");
        let content = l["content"].as_str().unwrap();
        assert!(content.contains("/c/"), "{content}");
        assert!(!content.contains(RIZKI) && !content.contains("{link}"), "{content}");
    }

    // The facility completes Budi's record: the certificate follows by itself.
    app.import(json!([record(BUDI, "Budi Santoso", Some("081311112222"), None, &[(1, Some("2021-09-01"))])]))
        .await;
    app.run_jobs().await;
    let budi = app.person(BUDI).await;
    assert_eq!(certs(&budi).len(), 1);
    assert_eq!(budi["sms"][0]["status"], "delivered");
    // Importing the same data again issues nothing new.
    app.import(json!([record(BUDI, "Budi Santoso", Some("081311112222"), None, &[(1, Some("2021-09-01"))])]))
        .await;
    app.run_jobs().await;
    assert_eq!(certs(&app.person(BUDI).await).len(), 1);
}

pub async fn a_corrected_record_gets_a_new_version_and_every_version_verifies(app: TestApp) {
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizky",
        Some("081234567890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    let v1 = certs(&app.person(RIZKI).await)[0].clone();
    assert_eq!(verify(&app, v1["verify_url"].as_str().unwrap()).await["outcome"], "valid");

    // The feed corrects the name: version 2 with a new id, version 1 superseded.
    app.import_feed(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("081234567890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.run_jobs().await;
    let all = certs(&app.person(RIZKI).await);
    assert_eq!(all.len(), 2);
    let v2 = all.iter().find(|c| c["version"] == 2).unwrap().clone();
    let old = all.iter().find(|c| c["version"] == 1).unwrap();
    assert_ne!(v2["id"], v1["id"]);
    assert_eq!(old["status"], "superseded");
    assert_eq!(old["replaced_by"], v2["id"]);
    assert_eq!(old["reason"], "record_corrected");
    let v = verify(&app, v1["verify_url"].as_str().unwrap()).await;
    assert_eq!(v["outcome"], "superseded");
    assert_eq!(v["certificate"]["name"], "Muhamad Rizky", "the old QR still shows what it certified");
    assert_eq!(
        verify(&app, v2["verify_url"].as_str().unwrap()).await["certificate"]["name"],
        "Muhamad Rizki"
    );

    // A reissue on request: version 3; agents may not, supervisors may.
    let (_, agent) = app.staff("agent.cert", "agent", &["general"]).await;
    let path = format!("/api/v1/certificates/{}/reissue", v2["id"].as_str().unwrap());
    assert_eq!(app.post(&path, &agent, json!({"reason": "reissue_requested"})).await.status, 403);
    assert_eq!(app.post(&path, &app.admin, json!({"reason": "fraud"})).await.status, 422);
    let r = app.post(&path, &app.admin, json!({"reason": "reissue_requested"})).await;
    let v3 = r.expect(200)["certificate"].clone();
    assert_eq!(v3["version"], 3);
    assert_eq!(r.body["sms"], "queued");
    // Reissuing a superseded version is refused: only the current one can be.
    assert_eq!(app.post(&path, &app.admin, json!({"reason": "reissue_requested"})).await.status, 409);

    // Revocation without a replacement.
    let path = format!("/api/v1/certificates/{}/revoke", v3["id"].as_str().unwrap());
    let revoked = app.post(&path, &app.admin, json!({"reason": "issued_in_error"})).await.expect(200).clone();
    assert_eq!(revoked["status"], "revoked");
    let v = verify(&app, v3["verify_url"].as_str().unwrap()).await;
    assert_eq!(v["outcome"], "revoked");
    assert_eq!(v["reason"], "issued_in_error");

    // The public list carries hashes of every ended id, never an id itself.
    let list: Value = app
        .client
        .get(format!("{}/certificates/revoked.json", app.addr))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let hashes: Vec<&str> = list["revoked"].as_array().unwrap().iter().map(|h| h.as_str().unwrap()).collect();
    assert_eq!(hashes.len(), 3);
    for c in [&v1, &v2, &v3] {
        let id = uuid::Uuid::parse_str(c["id"].as_str().unwrap()).unwrap();
        assert!(hashes.contains(&certdesk::domain::revocation_hash(id).as_str()));
        assert!(!list.to_string().contains(c["id"].as_str().unwrap()));
    }
    // Every change is in the audit log.
    let audit = app.get("/api/v1/audit?entity_type=certificate", &app.admin).await.expect(200).clone();
    let actions: Vec<&str> =
        audit.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert!(
        actions.contains(&"certificate.reissue") && actions.contains(&"certificate.revoke"),
        "{actions:?}"
    );
}

pub async fn a_tampered_or_foreign_qr_payload_is_rejected(app: TestApp) {
    app.import_rizki().await;
    app.run_jobs().await;
    let url = certs(&app.person(RIZKI).await)[0]["verify_url"].as_str().unwrap().to_string();
    let token = token_of(&url, "/verify/");
    let (body, sig) = token.split_once('.').unwrap();

    // The published key verifies the QR payload on its own, offline.
    let jwks: Value = app
        .client
        .get(format!("{}/.well-known/certdesk-issuer.json", app.addr))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let x: [u8; 32] = B64.decode(jwks["keys"][0]["x"].as_str().unwrap()).unwrap().try_into().unwrap();
    let key = ed25519_dalek::VerifyingKey::from_bytes(&x).unwrap();
    let sig_bytes: [u8; 64] = B64.decode(sig).unwrap().try_into().unwrap();
    key.verify_strict(body.as_bytes(), &ed25519_dalek::Signature::from_bytes(&sig_bytes))
        .expect("signature verifies");
    let mut claims: Value = serde_json::from_slice(&B64.decode(body).unwrap()).unwrap();
    assert_eq!(claims["k"], jwks["keys"][0]["kid"]);
    assert!(!claims.to_string().contains(RIZKI), "no NIK in the QR code");

    // Someone edits the name in the payload and keeps the signature.
    claims["n"] = json!("Joko Widodo");
    let forged = format!("/verify/{}.{sig}", B64.encode(claims.to_string()));
    for path in [forged.as_str(), "/verify/not-a-token", "/verify/abc.def"] {
        let r = app
            .client
            .get(format!("{}{path}", app.addr))
            .header("accept", "application/json")
            .send()
            .await
            .unwrap();
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["outcome"], "invalid", "{path}: {v}");
        assert!(v.get("certificate").is_none(), "nothing is shown for an invalid code");
    }
    // The HTML page says so in both languages.
    let html = app.client.get(format!("{}{forged}", app.addr)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("TIDAK SAH") && html.contains("INVALID"), "{html}");
}

pub async fn the_sms_link_opens_the_certificate_and_the_pdf_until_it_is_replaced_or_expires(app: TestApp) {
    app.import_rizki().await;
    app.run_jobs().await;
    let content = app.sms_log()[0]["content"].as_str().unwrap().to_string();
    let link = content.split_whitespace().find(|w| w.contains("/c/")).unwrap().to_string();
    let path = format!("/c/{}", token_of(&link, "/c/"));

    let r = app.client.get(format!("{}{path}", app.addr)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "no-store");
    let html = r.text().await.unwrap();
    assert!(html.contains("Muhamad Rizki") && html.contains("3275********0001"), "masked NIK on the page");
    assert!(!html.contains(RIZKI), "never the full NIK");
    assert!(
        html.contains("<svg") && html.contains("Dosis") && html.contains("Dose"),
        "QR code, both languages"
    );
    assert!(html.len() < 50_000, "{} bytes", html.len());

    let r = app.client.get(format!("{}{path}/pdf", app.addr)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let pdf = r.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-") && pdf.len() < 60_000, "{} bytes", pdf.len());

    // A changed token is unknown; an expired one says so.
    let mut bad = token_of(&link, "/c/");
    bad.replace_range(0..2, if bad.starts_with("AA") { "BB" } else { "AA" });
    assert_eq!(app.client.get(format!("{}/c/{bad}", app.addr)).send().await.unwrap().status(), 404);
    let id = uuid::Uuid::parse_str(certs(&app.person(RIZKI).await)[0]["id"].as_str().unwrap()).unwrap();
    let expired = app.cx.issuer.link_token(id, chrono::Utc::now() - chrono::Duration::minutes(1));
    let r = app.client.get(format!("{}/c/{expired}", app.addr)).send().await.unwrap();
    assert_eq!(r.status(), 410);

    // After a reissue the old link says where to get the new certificate.
    let path_reissue = format!("/api/v1/certificates/{id}/reissue");
    app.post(&path_reissue, &app.admin, json!({"reason": "reissue_requested"})).await.expect(200);
    let r = app.client.get(format!("{}{path}", app.addr)).send().await.unwrap();
    assert_eq!(r.status(), 410);
    let html = r.text().await.unwrap();
    assert!(html.contains("diganti") && html.contains("download the updated certificate"), "{html}");
    let downloads = app.get(&format!("/api/v1/audit?entity_id={id}"), &app.admin).await.expect(200).clone();
    let seen: Vec<&str> =
        downloads.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert!(seen.contains(&"certificate.view") && seen.contains(&"certificate.download"), "{seen:?}");
}
