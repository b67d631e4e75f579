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
