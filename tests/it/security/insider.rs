//! Insider controls: a budget of records per hour, masked NIK and phone until revealed,
//! and who looked at whom.

use serde_json::json;

use crate::certificates::{record, RIZKI};
use crate::citizen::Citizen;
use crate::helpers::TestApp;

pub async fn an_insider_opens_a_few_records_an_hour_masked_and_every_look_is_listed(app: TestApp) {
    // lookups_per_hour = 5 here.
    let people: Vec<String> = (1..=7).map(|i| format!("32750112059000{i:02}")).collect();
    app.import(json!(people
        .iter()
        .map(|n| record(
            n,
            &format!("Warga Nomor {}", &n[12..]),
            Some("081234567890"),
            None,
            &[(1, Some("2021-07-12"))]
        ))
        .collect::<Vec<_>>()))
        .await;
    let sup = app
        .post(
            "/api/v1/staff",
            &app.admin,
            json!({"name": "sup.watch", "role": "supervisor", "queues": ["general"], "email": "sup@kemkes.example"}),
        )
        .await
        .expect(201)
        .clone();
    let sup_token = sup["token"].as_str().unwrap().to_string();
    let (agent_id, agent) = app.staff("agent.curious", "agent", &["general"]).await;
    for nik in &people[..5] {
        app.post("/api/v1/people/lookup", &agent, json!({ "nik": nik })).await.expect(200);
    }
    for nik in &people[5..] {
        let r = app.post("/api/v1/people/lookup", &agent, json!({ "nik": nik })).await;
        assert_eq!(r.status.as_u16(), 429, "over the hourly budget: {}", r.body);
        assert!(r.headers.contains_key("retry-after"));
    }
    let crossed =
        app.get("/api/v1/audit?action=staff.lookup_budget_exceeded", &app.admin).await.expect(200).clone();
    assert_eq!(crossed.as_array().unwrap().len(), 1, "told once: {crossed}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !app.outbox().iter().any(|m| m.contains("sup@kemkes.example") && m.contains("agent.curious")) {
        assert!(std::time::Instant::now() < deadline, "the supervisor is told by mail");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // Who looked at whom: supervisors only.
    let path = format!("/api/v1/audit/lookups?staff={agent_id}");
    assert_eq!(app.get(&path, &agent).await.status.as_u16(), 403);
    let looks = app.get(&path, &sup_token).await.expect(200).clone();
    assert_eq!(looks.as_array().unwrap().len(), 5, "{looks}");
    assert!(looks
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["action"] == "person.view" && e["actor_id"] == agent_id.as_str()));

    // The desk masks NIK and phone until the agent asks, and that is audited too.
    let (desk_id, _) = app.staff("agent.desk", "agent", &["general"]).await;
    app.put(
        &format!("/api/v1/staff/{desk_id}/password"),
        &app.admin,
        json!({"password": "es-teh-manis-dingin"}),
    )
    .await
    .expect(200);
    let mut c = Citizen::new(&app);
    c.get("/desk/login").await;
    c.post("/desk/login", &[("name", "agent.desk"), ("password", "es-teh-manis-dingin"), ("next", "/desk")])
        .await;
    let person = app.person(RIZKI).await["id"].as_str().unwrap().to_string();
    c.get(&format!("/desk/people/{person}")).await;
    assert_eq!(c.status, 200, "{}", c.html);
    for secret in [RIZKI, "081234567890", "+6281234567890"] {
        let at = c
            .html
            .find(secret)
            .map(|i| c.html[i.saturating_sub(200)..(i + 50).min(c.html.len())].to_string());
        assert!(at.is_none(), "{secret} shown before the reveal: {at:?}");
    }
    assert!(c.html.contains("3275********0001"));
    c.post(&format!("/desk/people/{person}/reveal"), &[]).await;
    assert_eq!(c.status, 200, "{}", c.html);
    assert!(c.html.contains(RIZKI) && c.html.contains("+6281234567890"), "{}", c.html);
    let looks = app
        .get(&format!("/api/v1/audit/lookups?person={person}&staff={desk_id}"), &sup_token)
        .await
        .expect(200)
        .clone();
    let actions: Vec<&str> =
        looks.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert!(actions.contains(&"person.reveal") && actions.contains(&"person.view"), "{actions:?}");
}

/// Searches spend an hourly budget of their own, lookups by NIK spend the record budget
/// whether or not the NIK is on record, and neither a search hit nor a record opened by
/// id shows the NIK or phone in full; the API's reveal does, audited as a reveal.
pub async fn searches_spend_the_lookup_budget_and_show_no_nik_in_full(app: TestApp) {
    // lookups_per_hour = 5 and searches_per_hour = 3 here.
    app.import(json!([record(
        RIZKI,
        "Muhammad Rizki",
        Some("081234567890"),
        None,
        &[(1, Some("2021-07-12"))]
    )]))
    .await;
    app.index_search().await;
    let (_, agent) = app.staff("agent.searcher", "agent", &["general"]).await;
    let mut ids = Vec::new();
    for name in ["Muhammad Rizki", "Rizki", "Muhamad Rizki"] {
        let page = app
            .get(&format!("/api/v1/search/people?q={}", name.replace(' ', "+")), &agent)
            .await
            .expect(200)
            .clone();
        let hit = &page["hits"][0];
        assert_eq!(hit["nik"], "3275********0001", "{page}");
        ids.push(hit["id"].as_str().unwrap().to_string());
    }
    let r = app.get("/api/v1/search/people?q=Rizki", &agent).await;
    assert_eq!(r.status.as_u16(), 429, "the fourth search of the hour: {}", r.body);
    let by_id = app.get(&format!("/api/v1/people/{}", ids[0]), &agent).await.expect(200).clone();
    assert_eq!(by_id["nik"], "3275********0001", "opened by id: masked");
    assert_eq!(by_id["phone"], "+62 812-****-890");
    let shown =
        app.post(&format!("/api/v1/people/{}/reveal", ids[0]), &agent, json!({})).await.expect(200).clone();
    assert_eq!((shown["nik"].as_str(), shown["phone"].as_str()), (Some(RIZKI), Some("+6281234567890")));
    // A NIK that is not on record costs a look too: misses are no free test.
    for _ in 0..3 {
        let r = app.post("/api/v1/people/lookup", &agent, json!({"nik": "3275011205900009"})).await;
        assert_eq!(r.status.as_u16(), 404, "{}", r.body);
    }
    let r = app.post("/api/v1/people/lookup", &agent, json!({"nik": RIZKI})).await;
    assert_eq!(r.status.as_u16(), 429, "the sixth look of the hour: {}", r.body);
    let r = app.post("/api/v1/people/lookup", &agent, json!({"nik": "3275011205900009"})).await;
    assert_eq!(r.status.as_u16(), 429, "a miss past the budget answers the same: {}", r.body);
    let reveals = app.get("/api/v1/audit?action=person.reveal", &app.admin).await.expect(200).clone();
    assert_eq!(reveals.as_array().unwrap().len(), 1, "{reveals}");
    let misses = app.get("/api/v1/audit?action=person.lookup_miss", &app.admin).await.expect(200).clone();
    assert_eq!(misses.as_array().unwrap().len(), 3, "{misses}");
}
