//! The durable job queue: leases that lapse when a worker dies, and several workers
//! sharing one queue without running a job twice.

use serde_json::{json, Value};

use crate::certificates::{record, RIZKI};
use crate::helpers::TestApp;

pub async fn a_dead_workers_job_is_handed_back_when_its_lease_lapses(app: TestApp) {
    app.import(json!([record(
        RIZKI,
        "Muhamad Rizki",
        Some("081234567890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    // A worker claims the issuing job and dies without finishing it.
    let now = chrono::Utc::now();
    let claimed = certdesk::store::jobs::claim(
        app.cx.database().write(),
        None,
        "dead-worker",
        now,
        now + chrono::Duration::seconds(1),
        10,
    )
    .await
    .unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].kind, "issue_certificates");
    assert_eq!(certdesk::jobs::run_pending(&app.cx).await.unwrap(), 0, "a leased job is left alone");
    tokio::time::sleep(std::time::Duration::from_millis(1_200)).await;
    assert!(app.run_jobs().await >= 2, "handed back, issued, then the SMS sent");
    let p = app.person(RIZKI).await;
    assert_eq!(p["certificates"].as_array().unwrap().len(), 1);
    assert_eq!(app.gateway().accepted().len(), 1);
    let done = app.get("/api/v1/jobs?kind=issue_certificates", &app.admin).await.expect(200).clone();
    assert!(done.as_array().unwrap().iter().any(|j| j["status"] == "done" && j["attempts"] == 2), "{done}");
}

pub async fn two_workers_never_run_the_same_job(app: TestApp) {
    let people: Vec<Value> = (1..=200)
        .map(|i| {
            let nik = format!("3275011205{:06}", 900000 + i);
            record(
                &nik,
                &format!("Warga {i}"),
                Some(&format!("0812{i:08}")),
                None,
                &[(1, Some("2021-07-12"))],
            )
        })
        .collect();
    app.import(Value::Array(people)).await;
    certdesk::service::certificates::issue_all(&app.cx).await.unwrap();
    let work = |name: &'static str| {
        let cx = app.cx.clone();
        tokio::spawn(async move {
            let mut n = 0;
            loop {
                match certdesk::jobs::run_batch(&cx, None, name, 32).await.unwrap() {
                    0 => return n,
                    k => n += k,
                }
            }
        })
    };
    let (a, b) = (work("worker-a"), work("worker-b"));
    let (a, b) = (a.await.unwrap(), b.await.unwrap());
    assert!(a + b >= 200, "{a} + {b}");
    let sent = app.gateway().accepted();
    assert_eq!(sent.len(), 200);
    let mut contents: Vec<&str> = sent.iter().map(|m| m.content.as_str()).collect();
    contents.sort();
    contents.dedup();
    assert_eq!(contents.len(), 200, "no SMS went out twice");
    if app.cx.database().backend() == sea_orm::DbBackend::Postgres {
        assert!(a > 0 && b > 0, "both workers took a share ({a}/{b})");
    }
}
