//! Who may do what: no token, agent, supervisor, admin.

use reqwest::Method;
use serde_json::json;

use crate::helpers::TestApp;

pub async fn requests_without_a_valid_token_get_401_on_every_endpoint(app: TestApp) {
    let t = app.ticket(&app.admin, json!({})).await;
    let id = t["id"].as_str().unwrap();
    let staff_id = "01a207d1-11df-7769-b8ac-7356597b51e8";
    let endpoints = [
        (
            Method::POST,
            "/api/v1/tickets".to_string(),
            Some(json!({"subject": "a", "body": "b", "channel": "web"})),
        ),
        (Method::GET, "/api/v1/tickets".to_string(), None),
        (Method::GET, format!("/api/v1/tickets/{id}"), None),
        (Method::PATCH, format!("/api/v1/tickets/{id}"), Some(json!({"status": "open"}))),
        (Method::POST, format!("/api/v1/tickets/{id}/messages"), Some(json!({"kind": "note", "body": "x"}))),
        (Method::PUT, format!("/api/v1/tickets/{id}/assignee"), Some(json!({"staff_id": null}))),
        (Method::POST, format!("/api/v1/tickets/{id}/merge"), Some(json!({"into": id}))),
        (Method::POST, format!("/api/v1/tickets/{id}/tags"), Some(json!({"tag": "x"}))),
        (Method::DELETE, format!("/api/v1/tickets/{id}/tags/x"), None),
        (Method::GET, format!("/api/v1/tickets/{id}/audit"), None),
        (Method::GET, "/api/v1/me".to_string(), None),
        (Method::GET, "/api/v1/staff".to_string(), None),
        (Method::POST, "/api/v1/staff".to_string(), Some(json!({"name": "x", "role": "agent"}))),
        (Method::PATCH, format!("/api/v1/staff/{staff_id}"), Some(json!({"active": false}))),
        (Method::POST, format!("/api/v1/staff/{staff_id}/token"), None),
        (Method::GET, "/api/v1/audit".to_string(), None),
        (Method::GET, "/api/v1/stats/tickets".to_string(), None),
    ];
    for token in [
        None,
        Some("cdk_0000000000000000000000000000000000000000000000000000000000000000"),
        Some("not-even-a-token"),
    ] {
        for (method, path, body) in &endpoints {
            let r = app.call(method.clone(), path, token, body.clone()).await;
            assert_eq!(r.status.as_u16(), 401, "{method} {path} with {token:?}: {}", r.body);
            assert_eq!(r.error_code(), "unauthorized");
            assert_eq!(r.headers.get("www-authenticate").map(|v| v.to_str().unwrap()), Some("Bearer"));
        }
    }
    // Nothing above changed the ticket.
    let now = app.get(&format!("/api/v1/tickets/{id}"), &app.admin).await;
    assert_eq!(now.expect(200)["ticket"]["status"], "new");
}

pub async fn agents_work_their_queues_only(app: TestApp) {
    let (agent_id, agent) = app.staff("agent.jabar", "agent", &["jabar"]).await;
    let mine = app.ticket(&app.admin, json!({"queue": "jabar"})).await;
    let other = app.ticket(&app.admin, json!({"queue": "jatim"})).await;
    let assigned = app.ticket(&app.admin, json!({"queue": "jatim"})).await;
    app.put(
        &format!("/api/v1/tickets/{}/assignee", assigned["id"].as_str().unwrap()),
        &app.admin,
        json!({"staff_id": agent_id}),
    )
    .await
    .expect(200);

    let listed = app.get("/api/v1/tickets", &agent).await;
    let ids: Vec<&str> =
        listed.expect(200)["items"].as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [assigned["id"].as_str().unwrap(), mine["id"].as_str().unwrap()]);

    app.get(&format!("/api/v1/tickets/{}", mine["id"].as_str().unwrap()), &agent).await.expect(200);
    app.get(&format!("/api/v1/tickets/{}", assigned["id"].as_str().unwrap()), &agent).await.expect(200);
    let hidden = app.get(&format!("/api/v1/tickets/{}", other["id"].as_str().unwrap()), &agent).await;
    hidden.expect(403);
    assert_eq!(hidden.error_code(), "forbidden");
    let change = app
        .patch(
            &format!("/api/v1/tickets/{}", other["id"].as_str().unwrap()),
            &agent,
            json!({"status": "open"}),
        )
        .await;
    change.expect(403);

    // Agents may take an unassigned ticket of their queue, and give it back.
    let take = app
        .put(
            &format!("/api/v1/tickets/{}/assignee", mine["id"].as_str().unwrap()),
            &agent,
            json!({"staff_id": agent_id}),
        )
        .await;
    assert_eq!(take.expect(200)["assignee_id"], agent_id.as_str());
    let give = app
        .put(
            &format!("/api/v1/tickets/{}/assignee", mine["id"].as_str().unwrap()),
            &agent,
            json!({"staff_id": null}),
        )
        .await;
    assert!(give.expect(200)["assignee_id"].is_null());
    // Agents can open tickets and reply on their queue.
    let t = app.ticket(&agent, json!({"queue": "jabar", "channel": "phone"})).await;
    app.post(
        &format!("/api/v1/tickets/{}/messages", t["id"].as_str().unwrap()),
        &agent,
        json!({"kind": "reply", "body": "ok"}),
    )
    .await
    .expect(201);
}

pub async fn agents_cannot_reach_supervisor_or_admin_endpoints(app: TestApp) {
    let (agent_id, agent) = app.staff("agent.a", "agent", &["general"]).await;
    let (other_id, _) = app.staff("agent.b", "agent", &["general"]).await;
    let t = app.ticket(&app.admin, json!({})).await;
    let id = t["id"].as_str().unwrap();
    let forbidden = [
        (Method::GET, "/api/v1/staff".to_string(), None),
        (Method::POST, "/api/v1/staff".to_string(), Some(json!({"name": "x1", "role": "agent"}))),
        (Method::PATCH, format!("/api/v1/staff/{other_id}"), Some(json!({"active": false}))),
        (Method::POST, format!("/api/v1/staff/{other_id}/token"), None),
        (Method::GET, "/api/v1/audit".to_string(), None),
        (Method::GET, "/api/v1/stats/tickets".to_string(), None),
        (Method::PUT, format!("/api/v1/tickets/{id}/assignee"), Some(json!({"staff_id": other_id}))),
    ];
    for (method, path, body) in forbidden {
        let r = app.call(method.clone(), &path, Some(&agent), body).await;
        assert_eq!(r.status.as_u16(), 403, "{method} {path}: {}", r.body);
        assert_eq!(r.error_code(), "forbidden");
    }
    // Someone else's ticket cannot be taken over by an agent either.
    app.put(&format!("/api/v1/tickets/{id}/assignee"), &app.admin, json!({"staff_id": other_id}))
        .await
        .expect(200);
    let steal =
        app.put(&format!("/api/v1/tickets/{id}/assignee"), &agent, json!({"staff_id": agent_id})).await;
    steal.expect(403);
    let me = app.get("/api/v1/me", &agent).await;
    assert_eq!(me.expect(200)["role"], "agent");
}

pub async fn supervisors_see_every_queue_reassign_and_read_statistics(app: TestApp) {
    let (_, sup) = app.staff("sup", "supervisor", &["general"]).await;
    let (agent_id, _) = app.staff("agent.x", "agent", &["jatim"]).await;
    let t = app.ticket(&app.admin, json!({"queue": "jatim", "category": "phone_missing"})).await;
    let id = t["id"].as_str().unwrap();
    app.get(&format!("/api/v1/tickets/{id}"), &sup).await.expect(200);
    let r = app.put(&format!("/api/v1/tickets/{id}/assignee"), &sup, json!({"staff_id": agent_id})).await;
    assert_eq!(r.expect(200)["assignee_id"], agent_id.as_str());
    let stats = app.get("/api/v1/stats/tickets", &sup).await;
    let s = stats.expect(200);
    assert_eq!(s["total"], 1);
    assert_eq!(s["by_status"], json!([{"key": "new", "count": 1}]));
    assert_eq!(s["by_category"], json!([{"key": "phone_missing", "count": 1}]));
    assert_eq!(s["by_queue"], json!([{"key": "jatim", "count": 1}]));
    let staff = app.get("/api/v1/staff", &sup).await;
    assert_eq!(staff.expect(200).as_array().unwrap().len(), 3);
    app.get("/api/v1/audit", &sup).await.expect(200);
    let r = app
        .put(
            &format!("/api/v1/tickets/{id}/assignee"),
            &sup,
            json!({"staff_id": "01a207d1-11df-7769-b8ac-7356597b51e8"}),
        )
        .await;
    r.expect(422);
    // Supervisors do not manage staff.
    let r = app.post("/api/v1/staff", &sup, json!({"name": "new.agent", "role": "agent"})).await;
    r.expect(403);
}

pub async fn only_admins_manage_staff_and_tokens(app: TestApp) {
    let (id, token) = app.staff("rina", "agent", &["general"]).await;
    app.get("/api/v1/me", &token).await.expect(200);
    let dup = app.post("/api/v1/staff", &app.admin, json!({"name": "rina", "role": "agent"})).await;
    dup.expect(409);
    let bad = app.post("/api/v1/staff", &app.admin, json!({"name": "x", "role": "agent"})).await;
    bad.expect(422);
    assert!(bad.body["message"].as_str().unwrap().starts_with("name"));

    let r = app
        .patch(
            &format!("/api/v1/staff/{id}"),
            &app.admin,
            json!({"role": "supervisor", "queues": ["jabar", "jatim"]}),
        )
        .await;
    let b = r.expect(200);
    assert_eq!(b["role"], "supervisor");
    assert_eq!(b["queues"], json!(["jabar", "jatim"]));

    let rotated = app.post(&format!("/api/v1/staff/{id}/token"), &app.admin, json!({})).await;
    let new_token = rotated.expect(200)["token"].as_str().unwrap().to_string();
    app.get("/api/v1/me", &token).await.expect(401);
    app.get("/api/v1/me", &new_token).await.expect(200);

    app.patch(&format!("/api/v1/staff/{id}"), &app.admin, json!({"active": false})).await.expect(200);
    app.get("/api/v1/me", &new_token).await.expect(401);

    let me = app.get("/api/v1/me", &app.admin).await;
    let admin_id = me.expect(200)["id"].as_str().unwrap().to_string();
    let demote = app.patch(&format!("/api/v1/staff/{admin_id}"), &app.admin, json!({"role": "agent"})).await;
    demote.expect(403);
    let missing = app
        .patch("/api/v1/staff/01a207d1-11df-7769-b8ac-7356597b51e8", &app.admin, json!({"active": false}))
        .await;
    missing.expect(404);
}
