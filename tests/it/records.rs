//! Importing vaccination records: valid, invalid and partial lines; upserts by NIK.

use serde_json::json;

use crate::helpers::TestApp;

async fn doses(app: &TestApp, nik: &str) -> Vec<(i16, String, Option<String>)> {
    let nik = certdesk::domain::Nik::parse(nik).unwrap();
    let person =
        certdesk::store::people::id_by_nik(app.cx.store.read(), &nik).await.unwrap().expect("person stored");
    certdesk::store::records::doses_of(app.cx.store.read(), person).await.unwrap()
}

pub async fn a_batch_upserts_people_rejects_bad_lines_and_keeps_incomplete_doses_pending(app: TestApp) {
    let (_, sup) = app.staff("sup.rec", "supervisor", &["general"]).await;
    let batch = json!([
        {"nik": "3275011205900001", "full_name": "Muhamad Rizki", "birth_date": "1990-05-12", "sex": "M",
         "phone": "0812-3456-7890", "feed_field": "ignored",
         "doses": [{"dose": 1, "vaccine": "coronavac", "date": "2021-07-12", "facility": "Puskesmas Bekasi", "batch": "A1"},
                   {"dose": 2, "vaccine": "coronavac", "date": null, "facility": "Puskesmas Bekasi"}]},
        {"nik": "3275013505900001", "full_name": "Salah Tanggal", "birth_date": "1990-05-35", "sex": "M"},
        {"nik": "3174014505850002", "full_name": "Siti Aminah", "birth_date": "1985-05-05", "sex": "F", "phone": "021-555",
         "doses": [{"dose": 1, "vaccine": "vaksin-baru", "date": "2021-07-01", "facility": "RS"}]}
    ]);
    let r = app.post("/api/v1/records/batch", &sup, batch).await;
    let b = r.expect(200).clone();
    assert_eq!(b["imported"], 2);
    assert_eq!(b["pending_doses"], 2);
    assert_eq!(b["rejected"].as_array().unwrap().len(), 1);
    assert_eq!(b["rejected"][0]["line"], 2);
    assert!(b["rejected"][0]["message"].as_str().unwrap().starts_with("nik:"), "{}", b["rejected"]);
    assert_eq!(b["warnings"][0]["line"], 3);
    assert!(b["warnings"][0]["message"].as_str().unwrap().contains("phone"));

    let d = doses(&app, "3275011205900001").await;
    assert_eq!(d[0], (1, "complete".into(), None));
    assert_eq!(d[1].1, "pending_input");
    assert!(d[1].2.as_deref().unwrap().contains("date"));
    let siti = doses(&app, "3174014505850002").await;
    assert!(siti[0].2.as_deref().unwrap().contains("unknown vaccine vaksin-baru"));

    // The facility completes dose 2 later: same NIK, same dose, now complete.
    let update = json!([{"nik": "3275 0112 0590 0001", "full_name": "Muhamad Rizki", "birth_date": "1990-05-12", "sex": "M",
        "doses": [{"dose": 2, "vaccine": "coronavac", "date": "2021-08-09", "facility": "Puskesmas Bekasi"}]}]);
    let r = app.post("/api/v1/records/batch", &sup, update).await;
    assert_eq!(r.expect(200)["pending_doses"], 0);
    let d = doses(&app, "3275011205900001").await;
    assert_eq!(d.len(), 2);
    assert!(d.iter().all(|x| x.1 == "complete"), "{d:?}");

    let audit = app.get("/api/v1/audit?action=records.import", &app.admin).await;
    assert_eq!(audit.expect(200).as_array().unwrap().len(), 2);
    let vaccines = app.get("/api/v1/vaccines", &sup).await;
    assert!(vaccines.expect(200).as_array().unwrap().iter().any(|v| v["code"] == "coronavac"));
}

pub async fn agents_cannot_import_records(app: TestApp) {
    let (_, agent) = app.staff("agent.rec", "agent", &["general"]).await;
    let r = app.post("/api/v1/records/batch", &agent, json!([])).await;
    r.expect(403);
    let bad = app.post("/api/v1/records/batch", &app.admin, json!([{"nik": 1}])).await;
    bad.expect(400);
}
