//! Importing vaccination records: valid, invalid and partial lines; upserts by NIK.

use serde_json::json;

use crate::helpers::TestApp;

async fn doses(app: &TestApp, nik: &str) -> Vec<(i16, String, Option<String>)> {
    let nik = certdesk::domain::Nik::parse(nik).unwrap();
    let person = certdesk::store::people::id_by_nik(app.cx.database().read(), &nik)
        .await
        .unwrap()
        .expect("person stored");
    certdesk::store::records::doses_of(app.cx.database().read(), person).await.unwrap()
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

/// `certdesk import-records` on this backend: batches go to writer lanes (several on
/// PostgreSQL), yet a later line about the same NIK still wins.
pub async fn a_file_import_keeps_the_last_line_of_each_nik_across_batches_and_writers(app: TestApp) {
    use sea_orm::ConnectionTrait;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("feed.jsonl");
    let mut text = String::new();
    for round in ["Lama", "Baru"] {
        for i in 1..=4500 {
            let line = json!({"nik": format!("327501120590{i:04}"), "full_name": format!("{round} Orang {i}"),
                "birth_date": "1990-05-12", "sex": "M", "phone": null,
                "doses": [{"dose": 1, "vaccine": "coronavac", "date": "2021-07-12", "facility": "Puskesmas"}]});
            text += &format!("{line}\n");
        }
    }
    text += "{\"nik\": \"1234\"}\n";
    std::fs::write(&file, text).unwrap();
    let totals = certdesk::service::records_import::run(
        &app.cx,
        &file,
        None,
        certdesk::service::records_import::Tuning { batch: 1000, writers: 4 },
    )
    .await
    .unwrap();
    assert_eq!((totals.imported, totals.rejected), (9000, 1));
    let db = app.cx.database().read();
    let count = |sql: &'static str| async move {
        let row = db
            .query_one_raw(sea_orm::Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index::<i64>(0).unwrap()
    };
    assert_eq!(count("SELECT COUNT(*) FROM person").await, 4500);
    assert_eq!(count("SELECT COUNT(*) FROM person WHERE full_name LIKE 'Baru %'").await, 4500);
    assert_eq!(count("SELECT COUNT(*) FROM vaccination").await, 4500);
    let rejects = std::fs::read_to_string(dir.path().join("feed.jsonl.rejects.jsonl")).unwrap();
    assert!(rejects.contains("\"line\":9001"), "{rejects}");

    // The search index is owed each person once per batch that wrote them (the dose
    // trigger is quiet during the import: the person upsert logs them already) ...
    let owed = "SELECT COUNT(*) FROM search_log WHERE entity = 'person'";
    assert_eq!(count(owed).await, 9000);
    assert_eq!(count("SELECT COUNT(DISTINCT entity_id) FROM search_log WHERE entity = 'person'").await, 4500);
    // ... and only during it: a dose changed afterwards is logged again.
    app.cx
        .database()
        .write()
        .execute_unprepared(
            "UPDATE vaccination SET facility = 'Puskesmas Baru' WHERE dose = 1 AND batch IS NULL",
        )
        .await
        .unwrap();
    assert_eq!(count(owed).await, 9000 + 4500);
}
