//! Point 2: no member of staff changes a citizen's identity-bearing data alone.

use serde_json::json;

use crate::certificates::{record, RIZKI};
use crate::helpers::TestApp;

pub async fn staff_alone_cannot_change_a_phone_or_merge_records_that_disagree(app: TestApp) {
    // A stranger's record under another NIK: another name, another birth date.
    let other = "3275011505910003";
    let mut stranger = record(other, "Budi Hartono", Some("085700001111"), None, &[(1, Some("2021-08-09"))]);
    stranger["birth_date"] = json!("1991-05-15");
    app.import(json!([
        record(RIZKI, "Muhamad Rizki", Some("081234567890"), None, &[(1, Some("2021-07-12"))]),
        stranger
    ]))
    .await;
    app.run_jobs().await;
    let (_, agent) = app.staff("agent.insider", "agent", &["general"]).await;
    let (_, supervisor) = app.staff("sup.insider", "supervisor", &["general"]).await;
    let t = app.ticket(&agent, json!({"nik": RIZKI})).await;
    let path = format!("/api/v1/tickets/{}", t["id"].as_str().unwrap());
    app.patch(&path, &agent, json!({"status": "open"})).await.expect(200);

    // Resolving with a new phone is not a way to change it (any role).
    for token in [&agent, &supervisor, &app.admin] {
        let r = app
            .patch(
                &path,
                token,
                json!({"status": "resolved", "actions": [{"kind": "update_phone", "phone": "0813 9999 0000"}]}),
            )
            .await;
        assert_eq!(r.status.as_u16(), 400, "update_phone is no action any more: {}", r.body);
    }
    // Two records that disagree: not by an agent, not without a reason.
    let merge = |reason: Option<&str>| json!({"status": "resolved", "actions": [{"kind": "merge_records", "duplicate_nik": other, "reason": reason}]});
    let r = app.patch(&path, &agent, merge(Some("they sound alike"))).await;
    assert_eq!(r.status.as_u16(), 403, "{}", r.body);
    let r = app.patch(&path, &supervisor, merge(None)).await;
    assert_eq!(r.status.as_u16(), 403, "{}", r.body);
    app.run_jobs().await;
    let p = app.person(RIZKI).await;
    assert_eq!(p["phone"], "+62 812-****-890");
    assert_eq!(p["doses"].as_array().unwrap().len(), 1, "nothing merged");
    assert!(app.person(other).await["merged_into"].is_null());
    let t = app.get(&path, &agent).await.expect(200).clone();
    assert_eq!(t["ticket"]["status"], "open", "a refused resolution changes nothing");

    // A supervisor with a reason may, and the reason is audited.
    app.patch(&path, &supervisor, merge(Some("KTP and both vaccination cards checked"))).await.expect(200);
    app.run_jobs().await;
    app.run_jobs().await;
    assert!(app.person(other).await["merged_into"].is_string());
    let audit = app.get("/api/v1/audit?action=person.merge", &app.admin).await.expect(200).clone();
    assert!(audit.to_string().contains("KTP and both vaccination cards checked"), "{audit}");
}

/// The records feed is no side door: a member of staff's import that would change an
/// existing person's phone or name is held as a correction request that someone else
/// must approve, and the operator's feed (the system of record) applies such changes
/// audited field by field and tells the old number. A line without a phone erases none.
pub async fn a_records_import_changes_no_identity_without_the_policy(app: TestApp) {
    app.import_rizki().await;
    let (_, supervisor) = app.staff("sup.feeder", "supervisor", &["general"]).await;
    let (_, agent) = app.staff("agent.reviewer", "agent", &["general"]).await;

    // The supervisor's import: the new dose arrives; the new phone, name, e-mail and the
    // changed date of the dose on record wait.
    let mut changed = record(
        RIZKI,
        "Muhammad Rizky",
        Some("0813 9999 0000"),
        None,
        &[(1, Some("2021-07-13")), (2, Some("2021-08-09"))],
    );
    changed["email"] = json!("someone.else@mail.example");
    let out = app.post("/api/v1/records/batch", &supervisor, json!([changed])).await.expect(200).clone();
    assert_eq!(out["held_for_review"].as_array().map(Vec::len), Some(1), "{out}");
    assert!(out["warnings"].to_string().contains("e-mail"), "{out}");
    let t = app
        .get(&format!("/api/v1/tickets/{}", out["held_for_review"][0].as_str().unwrap()), &app.admin)
        .await;
    let t = t.expect(200).to_string();
    assert!(
        !t.contains("081234567890") && !t.contains(RIZKI) && !t.contains("Muhamad Rizki"),
        "the ticket names fields only: {t}"
    );
    let p = app.person(RIZKI).await;
    assert_eq!(
        (p["phone"].as_str(), p["full_name"].as_str()),
        (Some("+62 812-****-890"), Some("Muhamad Rizki"))
    );
    assert_eq!(p["doses"].as_array().unwrap().len(), 2, "the new dose is imported");
    assert_eq!(p["doses"][0]["date"], "2021-07-12", "the dose on record keeps its date: {}", p["doses"]);
    assert_eq!(p["has_email"], false);
    // Re-sending the same line holds nothing new only once it is decided; the filer
    // cannot approve it, another person can.
    let queue = app.get("/api/v1/corrections", &agent).await.expect(200).clone();
    let c =
        queue.as_array().unwrap().iter().find(|c| c["person_id"] == p["id"]).expect("a held request").clone();
    let approve = format!("/api/v1/corrections/{}/approve", c["id"].as_str().unwrap());
    let r = app.post(&approve, &supervisor, json!({})).await;
    assert_eq!(r.status.as_u16(), 403, "the filer approves nothing: {}", r.body);
    app.post(&approve, &agent, json!({})).await.expect(200);
    app.post(&approve, &app.admin, json!({})).await.expect(200);
    let p = app.person(RIZKI).await;
    assert_eq!(
        (p["phone"].as_str(), p["full_name"].as_str()),
        (Some("+62 813-****-000"), Some("Muhammad Rizky"))
    );
    assert_eq!(p["doses"][0]["date"], "2021-07-13", "approved: {}", p["doses"]);

    // The operator's feed applies, audited, and the old number is told.
    let line = r#"{"nik":"3275011205900001","full_name":"Muhammad Rizky","birth_date":"1990-05-12","sex":"M","phone":"085700001111","doses":[{"dose":1,"vaccine":"coronavac","date":"2021-07-12"}]}"#;
    let raw: certdesk::domain::record::RawPerson = serde_json::from_str(line).unwrap();
    let report = certdesk::service::records::import_batch(
        &app.cx,
        &certdesk::domain::Actor::Operator,
        vec![(1, Ok(raw))],
    )
    .await
    .unwrap();
    assert_eq!((report.changed, report.held.len()), (1, 0));
    let p = app.person(RIZKI).await;
    assert_eq!(p["phone"], "+62 857-****-111");
    let audit = app.get("/api/v1/audit?action=person.feed_change", &app.admin).await.expect(200).clone();
    let text = audit.to_string();
    assert!(text.contains("+62 813-****-000") && text.contains("+62 857-****-111"), "{text}");
    assert!(!text.contains("6281399990000") && !text.contains("85700001111"), "masked: {text}");
    app.run_jobs().await;
    let told: Vec<_> = app.sms_log().into_iter().filter(|l| l["to"] == "+6281399990000").collect();
    assert!(!told.is_empty(), "the old number is told: {:?}", app.sms_log());

    // A line without a phone keeps the phone on record.
    let line = r#"{"nik":"3275011205900001","full_name":"Muhammad Rizky","birth_date":"1990-05-12","sex":"M","doses":[{"dose":1,"vaccine":"coronavac","date":"2021-07-12"}]}"#;
    let raw: certdesk::domain::record::RawPerson = serde_json::from_str(line).unwrap();
    certdesk::service::records::import_batch(&app.cx, &certdesk::domain::Actor::Operator, vec![(1, Ok(raw))])
        .await
        .unwrap();
    assert_eq!(app.person(RIZKI).await["phone"], "+62 857-****-111");
}

/// A request filed by staff before the filer was recorded gets its filer back from the
/// audit log at the upgrade, so the filer still cannot approve it.
pub async fn a_request_filed_before_the_upgrade_is_not_approved_by_its_filer(app: TestApp) {
    use migrations::MigratorTrait;
    use sea_orm::ConnectionTrait;
    app.import_rizki().await;
    let (_, supervisor) = app.staff("sup.old", "supervisor", &["general"]).await;
    let changed = record(RIZKI, "Muhammad Rizky", None, None, &[(1, Some("2021-07-12"))]);
    app.post("/api/v1/records/batch", &supervisor, json!([changed])).await.expect(200);
    let id =
        app.get("/api/v1/corrections", &app.admin).await.expect(200)[0]["id"].as_str().unwrap().to_string();
    // As a database from before the column was filled would hold it.
    let db = app.cx.database().write();
    let clear = sea_orm::Statement::from_string(
        db.get_database_backend(),
        "UPDATE correction_request SET requested_by = NULL",
    );
    db.execute_raw(clear).await.unwrap();
    let c = app.get(&format!("/api/v1/corrections/{id}"), &app.admin).await.expect(200).clone();
    assert!(c["requested_by"].is_null(), "{c}");
    // Back to before migration 000015, and up again.
    let all = migrations::Migrator::migrations();
    let at = all.iter().position(|m| m.name().contains("000015")).expect("migration 000015");
    migrations::Migrator::down(db, Some((all.len() - at) as u32)).await.unwrap();
    migrations::Migrator::up(db, None).await.unwrap();
    let c = app.get(&format!("/api/v1/corrections/{id}"), &app.admin).await.expect(200).clone();
    assert!(c["requested_by"].is_string(), "the filer is back: {c}");
    let r = app.post(&format!("/api/v1/corrections/{id}/approve"), &supervisor, json!({})).await;
    assert_eq!(r.status.as_u16(), 403, "{}", r.body);
}
