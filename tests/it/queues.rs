//! Queues, SLAs and assignment: routing rules as data, SLA clocks in business hours
//! with holidays and pauses (on a pinned clock, no sleeps), warnings and escalation,
//! round-robin within caps, pull-next, bulk changes, split, and the statistics over a
//! fixed data set.

use chrono::{DateTime, TimeZone, Utc};
use serde_json::{json, Value};

use crate::certificates::record;
use crate::helpers::TestApp;

const ANI: &str = "3275014101900004";
/// A NIK registered in Papua (province 91).
const PAPUA: &str = "9171010101900001";

/// Jakarta wall time (UTC+7) as UTC.
fn wib(s: &str) -> DateTime<Utc> {
    let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    chrono_tz::Asia::Jakarta.from_local_datetime(&local).unwrap().with_timezone(&Utc)
}

fn at(v: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().unwrap_or_else(|| panic!("a time, got {v}")))
        .unwrap()
        .with_timezone(&Utc)
}

async fn get_ticket(app: &TestApp, number: &str) -> Value {
    app.get(&format!("/api/v1/tickets/{number}"), &app.admin).await.expect(200)["ticket"].clone()
}

async fn audit_actions(app: &TestApp, id: &str) -> Vec<String> {
    let events = app.get(&format!("/api/v1/audit?entity_type=ticket&entity_id={id}"), &app.admin).await;
    events.expect(200).as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap().to_string()).collect()
}

pub async fn routing_rules_send_new_tickets_on_by_category_province_and_cause(app: TestApp) {
    let mut ani = record(ANI, "Ani Wijaya", Some("081355556666"), None, &[(1, Some("2021-07-12"))]);
    ani["birth_date"] = json!("1990-01-01");
    ani["sex"] = json!("F");
    app.import(json!([ani])).await;
    let rules = json!([
        {"name": "Papua", "when": {"province": ["91", "94"]}, "queue": "papua"},
        {"name": "Data errors", "when": {"cause": ["data_error", "duplicate_record"]}, "queue": "data", "priority": "high"},
        {"name": "Phones", "when": {"category": ["phone_missing", "phone_mismatch"], "channel": ["email", "web"]}, "queue": "phone"},
    ]);
    let (_, agent) = app.staff("rina", "agent", &["general"]).await;
    app.put("/api/v1/routing/rules", &agent, rules.clone()).await.expect(403);
    let saved = app.put("/api/v1/routing/rules", &app.admin, rules).await.expect(200).clone();
    assert_eq!(saved.as_array().unwrap().len(), 3);
    let listed = app.get("/api/v1/routing/rules", &app.admin).await.expect(200).clone();
    assert_eq!(listed, saved, "rules read back as written, in order");
    assert_eq!(listed[1]["when"]["cause"], json!(["data_error", "duplicate_record"]));

    // By category (and channel): phone problems by mail go to the phone queue.
    let t = app.ticket(&app.admin, json!({"category": "phone_missing"})).await;
    assert_eq!(t["queue"], "phone", "{t}");
    // The same category by phone matches no rule: it stays in general.
    let t = app.ticket(&app.admin, json!({"category": "phone_missing", "channel": "phone"})).await;
    assert_eq!(t["queue"], "general");
    // By the province of the NIK.
    let t = app.ticket(&app.admin, json!({"nik": PAPUA})).await;
    assert_eq!(t["queue"], "papua");
    // A queue someone chose is not routed.
    let t = app.ticket(&app.admin, json!({"category": "phone_missing", "queue": "vip"})).await;
    assert_eq!(t["queue"], "vip");
    // By the diagnosed cause: the record of this NIK is fine, the citizen names a wrong field.
    let t = app
        .ticket(&app.admin, json!({"channel": "phone", "nik": ANI, "body": "Nama salah di sertifikat saya"}))
        .await;
    let t = get_ticket(&app, t["number"].as_str().unwrap()).await;
    assert_eq!((t["queue"].as_str(), t["priority"].as_str()), (Some("data"), Some("high")), "{t}");
    assert!(audit_actions(&app, t["id"].as_str().unwrap()).await.contains(&"ticket.route".to_string()));
    // Mail takes the same path as the API.
    let mail = format!(
        "From: Ani <ani@example.id>\r\nTo: sertifikat@certdesk.local\r\nSubject: Nama salah\r\n\
         Message-ID: <route-1@example.id>\r\n\r\nNIK saya {ANI}, nama salah di sertifikat.\r\n"
    );
    app.ingest(&mail).await;
    let list = app.get("/api/v1/tickets?channel=email&queue=data", &app.admin).await.expect(200).clone();
    assert_eq!(list["items"].as_array().unwrap().len(), 1, "{list}");

    // The preview answers without opening a ticket.
    let p = app
        .post(
            "/api/v1/routing/preview",
            &app.admin,
            json!({"category": "other", "channel": "web", "nik": PAPUA}),
        )
        .await;
    assert_eq!(p.expect(200)["queue"], "papua");
    let p =
        app.post("/api/v1/routing/preview", &app.admin, json!({"category": "other", "channel": "web"})).await;
    assert_eq!((p.expect(200)["queue"].as_str(), p.expect(200)["rule"].is_null()), (Some("general"), true));

    // Bad rules are refused whole, naming the field.
    for (bad, field) in [
        (json!([{"name": "x", "when": {"cause": ["bad_luck"]}, "queue": "q"}]), "[0].when"),
        (json!([{"name": "x", "when": {"province": ["3"]}, "queue": "q"}]), "[0].when"),
        (json!([{"name": "x", "queue": "Not A Queue"}]), "[0].queue"),
        (json!([{"name": " ", "queue": "q"}]), "[0].name"),
    ] {
        let r = app.put("/api/v1/routing/rules", &app.admin, bad).await;
        assert!(r.expect(422)["message"].as_str().unwrap().starts_with(field), "{}", r.body);
    }
    assert_eq!(app.get("/api/v1/routing/rules", &app.admin).await.expect(200), &saved);
}

/// A supervisor with a mailbox (for breach notices) and an agent with one.
async fn supervision_staff(app: &TestApp) -> (String, String, String) {
    let sup = app
        .post(
            "/api/v1/staff",
            &app.admin,
            json!({"name": "sari", "role": "supervisor", "queues": ["general"], "email": "sari@kemkes.example"}),
        )
        .await;
    sup.expect(201);
    let agent = app
        .post(
            "/api/v1/staff",
            &app.admin,
            json!({"name": "joko", "role": "agent", "queues": ["general"], "email": "joko@kemkes.example"}),
        )
        .await;
    let b = agent.expect(201);
    (
        b["staff"]["id"].as_str().unwrap().to_string(),
        b["token"].as_str().unwrap().to_string(),
        sup.expect(201)["token"].as_str().unwrap().to_string(),
    )
}

pub async fn sla_clocks_count_business_hours_skip_holidays_pause_warn_and_escalate(app: TestApp) {
    let (joko_id, joko, sari) = supervision_staff(&app).await;
    // Friday 13 August 2021, 16:00 in Jakarta; Tuesday 17 August is Independence Day.
    app.cx.clock.set(wib("2021-08-13 16:00"));
    let t = app.ticket(&app.admin, json!({"channel": "phone"})).await;
    let number = t["number"].as_str().unwrap().to_string();
    let path = format!("/api/v1/tickets/{number}");
    // Normal priority: first response in 540 business minutes, resolution in 1,620.
    // 16:00-17:00 Friday (1 h), Monday 08:00-16:00 (8 h).
    assert_eq!(at(&t["sla"]["first_response_due"]), wib("2021-08-16 16:00"), "{t}");
    // 1 h Friday + 9 h Monday + (Tuesday closed) + 9 h Wednesday + 8 h Thursday.
    assert_eq!(at(&t["sla"]["resolution_due"]), wib("2021-08-19 16:00"));
    assert_eq!(t["sla"]["state"], "running");
    assert_eq!(t["sla"]["target"], "first_response");
    app.put(&format!("{path}/assignee"), &app.admin, json!({"staff_id": joko_id})).await.expect(200);

    // Monday 09:00: joko answers (first response in time) and waits on the citizen.
    app.cx.clock.set(wib("2021-08-16 09:00"));
    app.post(&format!("{path}/messages"), &joko, json!({"kind": "reply", "body": "Mohon kirim NIK Anda."}))
        .await
        .expect(201);
    let t = app.patch(&path, &joko, json!({"status": "pending_citizen"})).await.expect(200).clone();
    assert_eq!(t["sla"]["state"], "paused", "{t}");
    assert_eq!(t["sla"]["first_response_met"], true);
    // Paused: the resolution due passing unnoticed is no breach.
    app.cx.clock.set(wib("2021-08-20 09:00"));
    assert_eq!(app.post("/api/v1/sla/sweep", &app.admin, json!({})).await.expect(200)["escalated"], 0);
    // The citizen answers on Wednesday 09:00: waited Monday 09-17 (8 h) + Wednesday
    // 08-09 (1 h) = 9 business hours, so the resolution target moves by 9 h.
    app.cx.clock.set(wib("2021-08-18 09:00"));
    let t = app.patch(&path, &joko, json!({"status": "open"})).await.expect(200).clone();
    assert_eq!(t["sla"]["paused_seconds"], 9 * 3600, "{t}");
    // Thursday 16:00 + 9 h: Thursday 16-17, Friday 08-16.
    assert_eq!(at(&t["sla"]["resolution_due"]), wib("2021-08-20 16:00"));
    assert_eq!(t["sla"]["target"], "resolution");

    // A regional holiday on Friday moves the due to Monday; removing it moves it back.
    let day = "/api/v1/sla/holidays/2021-08-20";
    app.put(day, &joko, json!({"kind": "regional", "name": "Cuti daerah"})).await.expect(403);
    app.put(day, &sari, json!({"kind": "regional", "name": "Cuti daerah"})).await.expect(200);
    let t = app.patch(&path, &joko, json!({"category": "certificate_missing"})).await.expect(200).clone();
    assert_eq!(at(&t["sla"]["resolution_due"]), wib("2021-08-23 16:00"));
    let h = app.get("/api/v1/sla/holidays?year=2021", &joko).await.expect(200).clone();
    let days: Vec<&str> = h.as_array().unwrap().iter().map(|d| d["day"].as_str().unwrap()).collect();
    assert!(
        days.contains(&"2021-08-17") && days.contains(&"2021-08-20") && days.contains(&"2021-12-24"),
        "{h}"
    );
    app.delete(day, &sari).await.expect(200);
    app.delete(day, &sari).await.expect(404);
    let t = app.patch(&path, &joko, json!({"category": "sms_not_received"})).await.expect(200).clone();
    assert_eq!(at(&t["sla"]["resolution_due"]), wib("2021-08-20 16:00"));

    // Friday 14:30, within the 2 h warning lead: one warning, told to the assignee.
    app.cx.clock.set(wib("2021-08-20 14:30"));
    let s = app.post("/api/v1/sla/sweep", &sari, json!({})).await.expect(200).clone();
    assert_eq!((s["warned"].as_u64(), s["escalated"].as_u64()), (Some(1), Some(0)), "{s}");
    assert_eq!(app.post("/api/v1/sla/sweep", &sari, json!({})).await.expect(200)["warned"], 0, "warned once");
    let t = get_ticket(&app, &number).await;
    assert_eq!(t["sla"]["state"], "warning");
    app.run_jobs().await;
    // A phone ticket: the reply was not mailed. Bodies are quoted-printable: undo the soft breaks.
    let unfold = |ms: Vec<String>| -> Vec<String> {
        ms.into_iter().map(|m| m.replace("=\r\n", "").replace("=\n", "")).collect()
    };
    let mails = unfold(app.sink().wait_for(1).await);
    let warning = mails.iter().find(|m| m.contains("[SLA]")).expect("a warning mail");
    assert!(warning.contains("To: joko <joko@kemkes.example>") || warning.contains("joko@kemkes.example"));
    assert!(warning.contains(&number) && warning.contains("2021-08-20 16:00 WIB"), "{warning}");

    // 16:01: breached. Escalated to the supervisors' queue, unassigned, priority up,
    // the supervisor and the former assignee told.
    app.cx.clock.set(wib("2021-08-20 16:01"));
    let s = app.post("/api/v1/sla/sweep", &sari, json!({})).await.expect(200).clone();
    assert_eq!(s["escalated"], 1, "{s}");
    assert_eq!(app.post("/api/v1/sla/sweep", &sari, json!({})).await.expect(200)["escalated"], 0);
    let detail = app.get(&path, &app.admin).await.expect(200).clone();
    let t = &detail["ticket"];
    assert_eq!((t["queue"].as_str(), t["priority"].as_str()), (Some("supervisors"), Some("high")), "{t}");
    assert!(t["assignee_id"].is_null());
    assert_eq!(t["sla"]["state"], "breached");
    assert_eq!(t["sla"]["resolution_met"], false);
    let flags: Vec<&str> =
        detail["flags"].as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert!(flags.contains(&"sla_warning") && flags.contains(&"sla_breached"), "{flags:?}");
    let actions = audit_actions(&app, t["id"].as_str().unwrap()).await;
    assert!(actions.contains(&"ticket.sla_warning".into()) && actions.contains(&"ticket.sla_breach".into()));
    app.run_jobs().await;
    let mails = unfold(app.sink().wait_for(3).await);
    let breach: Vec<&String> =
        mails.iter().filter(|m| m.contains("breached its resolution target")).collect();
    assert_eq!(breach.len(), 2, "supervisor and former assignee");
    assert!(
        breach.iter().any(|m| m.contains("sari@kemkes.example"))
            && breach.iter().any(|m| m.contains("joko@"))
    );
    assert!(breach[0].contains("supervisors"), "{}", breach[0]);
}

pub async fn the_round_robin_spreads_tickets_over_available_agents_within_their_caps(app: TestApp) {
    app.cx.clock.set(wib("2021-08-16 09:00"));
    let mut agents = Vec::new();
    for (name, cap) in [("ana", 2), ("bayu", 2), ("citra", 1)] {
        let r = app
            .post(
                "/api/v1/staff",
                &app.admin,
                json!({"name": name, "role": "agent", "queues": ["general"], "max_open_tickets": cap}),
            )
            .await;
        let b = r.expect(201).clone();
        agents
            .push((b["staff"]["id"].as_str().unwrap().to_string(), b["token"].as_str().unwrap().to_string()));
    }
    // ana and bayu are on shift; citra is not yet.
    for (_, token) in &agents[..2] {
        app.put("/api/v1/me/availability", token, json!({"available": true})).await.expect(200);
    }
    let mut numbers = Vec::new();
    for i in 0..6 {
        app.cx.clock.advance(chrono::Duration::minutes(1));
        let t = app.ticket(&app.admin, json!({"subject": format!("Keluhan {i}")})).await;
        numbers.push(t["number"].as_str().unwrap().to_string());
    }
    assert_eq!(assigned_by_sweep(&app).await, 4);
    let owner = |t: &Value| t["assignee_id"].as_str().map(String::from);
    let mut owners = Vec::new();
    for n in &numbers {
        owners.push(owner(&get_ticket(&app, n).await));
    }
    let (ana, bayu) = (Some(agents[0].0.clone()), Some(agents[1].0.clone()));
    // Oldest first, in turn: one, the other, one, the other.
    assert!(owners[0].is_some() && owners[1].is_some() && owners[0] != owners[1], "{owners:?}");
    assert_eq!(owners[2], owners[0]);
    assert_eq!(owners[3], owners[1]);
    assert!(owners[..4].contains(&ana) && owners[..4].contains(&bayu));
    assert_eq!(&owners[4..], &[None, None], "both at their cap of 2");

    // citra comes on shift: one ticket (her cap), the last still waits.
    app.put("/api/v1/me/availability", &agents[2].1, json!({"available": true})).await.expect(200);
    assert_eq!(assigned_by_sweep(&app).await, 1);
    assert_eq!(owner(&get_ticket(&app, &numbers[4]).await), Some(agents[2].0.clone()));
    assert_eq!(owner(&get_ticket(&app, &numbers[5]).await), None);
    // ana resolves one: she takes the last.
    let first_of_ana = numbers[owners.iter().position(|o| *o == ana).unwrap()].clone();
    for status in ["open", "resolved"] {
        app.patch(&format!("/api/v1/tickets/{first_of_ana}"), &agents[0].1, json!({"status": status}))
            .await
            .expect(200);
    }
    assert_eq!(assigned_by_sweep(&app).await, 1);
    assert_eq!(owner(&get_ticket(&app, &numbers[5]).await), ana);
    let events = app.get("/api/v1/audit?action=ticket.assign", &app.admin).await.expect(200).clone();
    assert_eq!(events.as_array().unwrap().len(), 6);
    assert!(events.to_string().contains("round_robin"));

    // Workload shows the caps held.
    let w = app.get("/api/v1/stats/workload", &app.admin).await.expect(200).clone();
    for row in w.as_array().unwrap() {
        assert!(row["open"].as_i64() <= row["max_open"].as_i64(), "{row}");
    }

    // Pull next: urgent first, then the older; refused at the cap; 204 when nothing waits.
    let r = app
        .post(
            "/api/v1/staff",
            &app.admin,
            json!({"name": "dodi", "role": "agent", "queues": ["nik"], "max_open_tickets": 2}),
        )
        .await;
    let dodi = r.expect(201)["token"].as_str().unwrap().to_string();
    let older = app.ticket(&app.admin, json!({"queue": "nik"})).await;
    app.cx.clock.advance(chrono::Duration::minutes(5));
    let urgent = app.ticket(&app.admin, json!({"queue": "nik", "priority": "urgent"})).await;
    let third = app.ticket(&app.admin, json!({"queue": "nik"})).await;
    let got = app.post("/api/v1/queues/next", &dodi, json!({})).await.expect(200).clone();
    assert_eq!(got["ticket"]["number"], urgent["number"]);
    let got = app.post("/api/v1/queues/next", &dodi, json!({})).await.expect(200).clone();
    assert_eq!(got["ticket"]["number"], older["number"]);
    let r = app.post("/api/v1/queues/next", &dodi, json!({})).await;
    assert!(r.expect(409)["message"].as_str().unwrap().contains("cap is 2"), "{}", r.body);
    // Taking one by hand keeps to the cap too.
    let r = app
        .put(
            &format!("/api/v1/tickets/{}/assignee", third["number"].as_str().unwrap()),
            &dodi,
            json!({"staff_id": null}),
        )
        .await;
    r.expect(200);
    let me = app.get("/api/v1/me", &dodi).await.expect(200)["id"].as_str().unwrap().to_string();
    let r = app
        .put(
            &format!("/api/v1/tickets/{}/assignee", third["number"].as_str().unwrap()),
            &dodi,
            json!({"staff_id": me}),
        )
        .await;
    r.expect(409);
    // A resolved one frees a seat; then nothing waits in nik.
    resolve(&app, &dodi, &urgent).await;
    let got = app.post("/api/v1/queues/next", &dodi, json!({})).await.expect(200).clone();
    assert_eq!(got["ticket"]["number"], third["number"]);
    resolve(&app, &dodi, &older).await;
    let r = app.post("/api/v1/queues/next", &dodi, json!({})).await;
    assert_eq!(r.status, 204, "{}", r.body);
}

pub async fn bulk_reassign_and_close_and_split_are_audited(app: TestApp) {
    let mut numbers = Vec::new();
    for i in 0..3 {
        let t =
            app.ticket(&app.admin, json!({"category": "phone_missing", "subject": format!("HP {i}")})).await;
        numbers.push(t["number"].as_str().unwrap().to_string());
    }
    let other = app.ticket(&app.admin, json!({"category": "other"})).await;
    let (_, agent) = app.staff("rina", "agent", &["general"]).await;
    let body = json!({"filter": {"category": "phone_missing", "queue": "general"}, "queue": "phone"});
    app.post("/api/v1/tickets/bulk/reassign", &agent, body.clone()).await.expect(403);
    let r = app.post("/api/v1/tickets/bulk/reassign", &app.admin, body.clone()).await.expect(200).clone();
    assert_eq!((r["tickets"].as_u64(), r["changed"].as_u64()), (Some(3), Some(3)), "{r}");
    for n in &numbers {
        assert_eq!(get_ticket(&app, n).await["queue"], "phone");
    }
    assert_eq!(get_ticket(&app, other["number"].as_str().unwrap()).await["queue"], "general");
    let r = app.post("/api/v1/tickets/bulk/reassign", &app.admin, body).await.expect(200).clone();
    assert_eq!(r["tickets"], 0, "the filter no longer matches");
    let r = app.post("/api/v1/tickets/bulk/reassign", &app.admin, json!({"filter": {}})).await;
    r.expect(422);

    let r = app
        .post(
            "/api/v1/tickets/bulk/close",
            &app.admin,
            json!({"filter": {"queue": "phone"}, "note": "Gelombang spam 3 Agustus"}),
        )
        .await
        .expect(200)
        .clone();
    assert_eq!(r["changed"], 3);
    let d = app.get(&format!("/api/v1/tickets/{}", numbers[0]), &app.admin).await.expect(200).clone();
    assert_eq!(d["ticket"]["status"], "closed");
    assert!(d["messages"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["kind"] == "note" && m["body"] == "Gelombang spam 3 Agustus"));
    let actions = audit_actions(&app, d["ticket"]["id"].as_str().unwrap()).await;
    assert!(
        actions.contains(&"ticket.bulk_reassign".into()) && actions.contains(&"ticket.bulk_close".into())
    );
    let r = app.post("/api/v1/tickets/bulk/close", &app.admin, json!({"filter": {"queue": "phone"}})).await;
    assert_eq!(r.expect(200)["unchanged"], 3);

    // Split: the second problem raised in one thread becomes its own ticket.
    let n = other["number"].as_str().unwrap();
    let m = app
        .post(
            &format!("/api/v1/tickets/{n}/messages"),
            &app.admin,
            json!({"kind": "note", "body": "Juga: dosis 3 belum tercatat"}),
        )
        .await
        .expect(201)
        .clone();
    let detail = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    let all: Vec<String> = detail["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_string())
        .collect();
    app.post(&format!("/api/v1/tickets/{n}/split"), &app.admin, json!({"message_ids": all}))
        .await
        .expect(422);
    let foreign = app.get(&format!("/api/v1/tickets/{}", numbers[0]), &app.admin).await.expect(200)
        ["messages"][0]["id"]
        .clone();
    app.post(&format!("/api/v1/tickets/{n}/split"), &app.admin, json!({"message_ids": [foreign]}))
        .await
        .expect(422);
    let split = app
        .post(
            &format!("/api/v1/tickets/{n}/split"),
            &app.admin,
            json!({"message_ids": [m["id"]], "subject": "Dosis 3"}),
        )
        .await
        .expect(201)
        .clone();
    assert_eq!(split["ticket"]["subject"], "Dosis 3");
    assert_eq!(split["ticket"]["status"], "open");
    assert!(split["messages"].as_array().unwrap().iter().any(|x| x["id"] == m["id"]), "{split}");
    let left = app.get(&format!("/api/v1/tickets/{n}"), &app.admin).await.expect(200).clone();
    assert_eq!(left["messages"].as_array().unwrap().len(), all.len() - 1);
    assert!(audit_actions(&app, other["id"].as_str().unwrap()).await.contains(&"ticket.split".into()));
}

pub async fn queue_overview_and_sla_attainment_match_a_hand_computed_data_set(app: TestApp) {
    app.import_rizki().await;
    // Monday 16 August 2021 08:00. Urgent: first response 60 min, resolution 240, warn 30.
    app.cx.clock.set(wib("2021-08-16 08:00"));
    let a = app.ticket(&app.admin, json!({"priority": "urgent", "subject": "A"})).await; // answered 08:30, resolved 11:00
    let b = app.ticket(&app.admin, json!({"priority": "urgent", "subject": "B"})).await; // answered 09:30 (late), open
    let c = app.ticket(&app.admin, json!({"priority": "urgent", "subject": "C"})).await; // never answered
    let d = app.ticket(&app.admin, json!({"priority": "normal", "subject": "D"})).await; // normal, running
    let e = app.ticket(&app.admin, json!({"priority": "normal", "subject": "E"})).await; // waiting on the citizen
    let path = |t: &Value| format!("/api/v1/tickets/{}", t["number"].as_str().unwrap());
    let reply = json!({"kind": "reply", "body": "Kami periksa."});
    app.cx.clock.set(wib("2021-08-16 08:30"));
    app.post(&format!("{}/messages", path(&a)), &app.admin, reply.clone()).await.expect(201);
    app.post(&format!("{}/messages", path(&e)), &app.admin, reply.clone()).await.expect(201);
    app.patch(&path(&e), &app.admin, json!({"status": "pending_citizen"})).await.expect(200);
    app.cx.clock.set(wib("2021-08-16 09:30"));
    app.post(&format!("{}/messages", path(&b)), &app.admin, reply).await.expect(201);
    app.cx.clock.set(wib("2021-08-16 11:00"));
    app.patch(&path(&a), &app.admin, json!({"status": "resolved"})).await.expect(200);

    // 11:45. B: resolution due 12:00 (15 min: due soon within 30). C: first response
    // due 09:00 (breached). D: first response due 17:00 (9 h), not soon. E: paused.
    app.cx.clock.set(wib("2021-08-16 11:45"));
    let o = app.get("/api/v1/stats/queues?within_minutes=30", &app.admin).await.expect(200).clone();
    assert_eq!(
        (o["open"].as_i64(), o["breached"].as_i64(), o["due_soon"].as_i64()),
        (Some(4), Some(1), Some(1)),
        "{o}"
    );
    assert_eq!(at(&o["oldest_waiting_since"]), wib("2021-08-16 08:00"));
    let o = app.get("/api/v1/stats/queues?within_minutes=600", &app.admin).await.expect(200).clone();
    assert_eq!(o["due_soon"], 2, "D is due within 10 h: {o}");
    let o = app.get("/api/v1/stats/queues?within_minutes=30", &app.admin).await.expect(200).clone();
    let urgent_group = o["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["status"] == "new")
        .map(|g| g["breached"].as_i64().unwrap())
        .sum::<i64>();
    assert_eq!(urgent_group, 1, "C is new and breached");

    // Attainment over the period, by hand:
    //   urgent: A first in time + resolved in time; B first late, resolution running;
    //           C first missed, resolution due 12:00 still running.
    //   normal: D nothing decided yet; E first in time, paused.
    let period = format!(
        "/api/v1/stats/sla?from={}&to={}",
        urlencode(&wib("2021-08-16 00:00").to_rfc3339()),
        urlencode(&wib("2021-08-17 00:00").to_rfc3339())
    );
    let s = app.get(&period, &app.admin).await.expect(200).clone();
    let row = |p: &str| s.as_array().unwrap().iter().find(|r| r["priority"] == p).cloned().unwrap();
    let u = row("urgent");
    assert_eq!(u["tickets"], 3, "{s}");
    assert_eq!((u["first_response_met"].as_i64(), u["first_response_missed"].as_i64()), (Some(1), Some(2)));
    assert_eq!((u["resolution_met"].as_i64(), u["resolution_missed"].as_i64()), (Some(1), Some(0)));
    assert!((u["first_response_attainment"].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-9);
    let n = row("normal");
    assert_eq!(n["tickets"], 2);
    assert_eq!((n["first_response_met"].as_i64(), n["first_response_missed"].as_i64()), (Some(1), Some(0)));
    assert_eq!((n["resolution_met"].as_i64(), n["resolution_missed"].as_i64()), (Some(0), Some(0)));
    assert!(n["resolution_attainment"].is_null());
    // After 12:00, B and C miss their resolution too (E stays paused).
    app.cx.clock.set(wib("2021-08-16 12:30"));
    let s = app.get(&period, &app.admin).await.expect(200).clone();
    let u = s.as_array().unwrap().iter().find(|r| r["priority"] == "urgent").unwrap();
    assert_eq!(u["resolution_missed"], 2, "{s}");
    let _ = (c, d);
}

async fn resolve(app: &TestApp, token: &str, t: &Value) {
    for status in ["open", "resolved"] {
        app.patch(
            &format!("/api/v1/tickets/{}", t["number"].as_str().unwrap()),
            token,
            json!({"status": status}),
        )
        .await
        .expect(200);
    }
}

async fn assigned_by_sweep(app: &TestApp) -> u64 {
    app.post("/api/v1/sla/sweep", &app.admin, json!({})).await.expect(200)["assigned"].as_u64().unwrap()
}

fn urlencode(s: &str) -> String {
    s.replace('+', "%2B").replace(':', "%3A")
}

pub async fn sla_policies_are_data_and_bad_ones_are_refused(app: TestApp) {
    let defaults = app.get("/api/v1/sla/policies", &app.admin).await.expect(200).clone();
    assert_eq!(defaults.as_array().unwrap().len(), 4, "{defaults}");
    let (_, agent) = app.staff("rina", "agent", &["general"]).await;
    app.get("/api/v1/sla/policies", &agent).await.expect(403);
    let list = json!([
        {"first_response_minutes": 120, "resolution_minutes": 600, "warn_minutes": 30},
        {"queue": "data", "priority": "urgent", "first_response_minutes": 30, "resolution_minutes": 120, "warn_minutes": 10},
    ]);
    app.put("/api/v1/sla/policies", &agent, list.clone()).await.expect(403);
    app.put("/api/v1/sla/policies", &app.admin, list.clone()).await.expect(200);
    assert_eq!(app.get("/api/v1/sla/policies", &app.admin).await.expect(200).as_array().unwrap().len(), 2);
    // The most specific policy applies at once in this process.
    app.cx.clock.set(wib("2021-08-16 08:00"));
    let t = app.ticket(&app.admin, json!({"queue": "data", "priority": "urgent"})).await;
    assert_eq!(at(&t["sla"]["first_response_due"]), wib("2021-08-16 08:30"));
    let t = app.ticket(&app.admin, json!({"queue": "data"})).await;
    assert_eq!(at(&t["sla"]["first_response_due"]), wib("2021-08-16 10:00"));
    for (bad, why) in [
        (json!([{"first_response_minutes": 0, "resolution_minutes": 10, "warn_minutes": 0}]), "positive"),
        (json!([{"first_response_minutes": 60, "resolution_minutes": 30, "warn_minutes": 0}]), "at least"),
        (json!([{"first_response_minutes": 60, "resolution_minutes": 90, "warn_minutes": 60}]), "shorter"),
        (
            json!([{"first_response_minutes": 60, "resolution_minutes": 90, "warn_minutes": 5},
                   {"first_response_minutes": 60, "resolution_minutes": 90, "warn_minutes": 5}]),
            "same queue",
        ),
    ] {
        let r = app.put("/api/v1/sla/policies", &app.admin, bad).await;
        assert!(r.expect(422)["message"].as_str().unwrap().contains(why), "{}", r.body);
    }
    // No policy at all: tickets carry no clock.
    app.put("/api/v1/sla/policies", &app.admin, json!([])).await.expect(200);
    let t = app.ticket(&app.admin, json!({})).await;
    assert_eq!(t["sla"]["state"], "none");
    app.put("/api/v1/sla/holidays/2021-13-01", &app.admin, json!({"kind": "public", "name": "x"}))
        .await
        .expect(400);
    let r =
        app.put("/api/v1/sla/holidays/2027-01-01", &app.admin, json!({"kind": "party", "name": "x"})).await;
    assert!(r.expect(422)["message"].as_str().unwrap().starts_with("kind"), "{}", r.body);
}
