//! Operations: health, readiness, metrics, request ids, graceful shutdown.

use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::TestApp;

pub async fn health_readiness_and_metrics_answer(app: TestApp) {
    let h = app.client.get(format!("{}/healthz", app.addr)).send().await.unwrap();
    assert_eq!(h.status().as_u16(), 200);
    let r = app.client.get(format!("{}/readyz", app.addr)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    app.ticket(&app.admin, json!({"nik": "3275011205900001"})).await;
    let m = app.client.get(format!("{}/metrics", app.metrics_addr)).send().await.unwrap();
    assert_eq!(m.status().as_u16(), 200);
    let text = m.text().await.unwrap();
    assert!(text.contains(r#"certdesk_tickets{status="new"} 1"#), "{text}");
    assert!(
        text.contains(
            r#"certdesk_http_requests_total{method="POST",route="/api/v1/tickets",status="201"} 1"#
        ),
        "{text}"
    );
    assert!(text.contains("certdesk_http_request_duration_seconds_bucket"));
    assert!(!text.contains("3275011205900001"), "metrics carry no personal data");
    let docs = app.client.get(format!("{}/docs", app.addr)).send().await.unwrap();
    assert_eq!(docs.status().as_u16(), 200);
    assert!(docs.text().await.unwrap().to_lowercase().contains("swagger"));
    let spec: serde_json::Value =
        app.client.get(format!("{}/openapi.json", app.addr)).send().await.unwrap().json().await.unwrap();
    assert!(spec["paths"]["/api/v1/tickets"].is_object());
    assert!(spec["components"]["securitySchemes"]["StaffAuth"].is_object());
}

pub async fn readiness_fails_when_the_database_is_gone(app: TestApp) {
    let url = format!("{}/readyz", app.addr);
    assert_eq!(app.client.get(&url).send().await.unwrap().status().as_u16(), 200);
    app.cx.database().clone().close().await;
    let r = app.client.get(&url).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 503);
    let h = app.client.get(format!("{}/healthz", app.addr)).send().await.unwrap();
    assert_eq!(h.status().as_u16(), 200, "the process itself is still alive");
    let api =
        app.post("/api/v1/tickets", &app.admin, json!({"subject": "a", "body": "b", "channel": "web"})).await;
    assert!(api.status.is_server_error(), "{}", api.body);
    let code = api.error_code().to_string();
    assert!(code == "unavailable" || code == "internal", "{code}");
    assert!(!api.body["message"].as_str().unwrap().contains("sqlite"), "no driver details leak");
}

pub async fn every_response_carries_a_request_id(app: TestApp) {
    let r = app.get("/api/v1/tickets", &app.admin).await;
    let id = r.headers.get("x-request-id").expect("x-request-id").to_str().unwrap();
    assert!(uuid::Uuid::parse_str(id).is_ok());
    let r = app
        .client
        .get(format!("{}/api/v1/nope", app.addr))
        .header("x-request-id", "abc-123")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-request-id"], "abc-123");
}

/// A request whose body is still arriving when shutdown starts is answered in full.
pub async fn in_flight_requests_finish_during_graceful_shutdown(app: TestApp) {
    let addr = app.addr.trim_start_matches("http://").to_string();
    let mut sock = tokio::net::TcpStream::connect(&addr).await.unwrap();
    // A first request answered on this connection proves the server accepted it: a
    // shutdown would (rightly) reset a connection still waiting in the listen queue.
    sock.write_all(format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes()).await.unwrap();
    let mut first = Vec::new();
    let mut buf = [0u8; 1024];
    while !String::from_utf8_lossy(&first).contains("\r\n\r\n") || !first.ends_with(b"ok") {
        let n = tokio::time::timeout(Duration::from_secs(5), sock.read(&mut buf)).await.unwrap().unwrap();
        assert!(n > 0, "the connection closed after {:?}", String::from_utf8_lossy(&first));
        first.extend_from_slice(&buf[..n]);
    }
    let body = r#"{"subject":"masih diproses","body":"b","channel":"web"}"#;
    let head = format!(
        "POST /api/v1/tickets HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        app.admin,
        body.len()
    );
    sock.write_all(head.as_bytes()).await.unwrap();
    sock.write_all(&body.as_bytes()[..10]).await.unwrap();
    // Let the server read the request's head, so the connection is busy, not idle
    // (graceful shutdown closes idle keep-alive connections); there is no hook for it.
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Start the shutdown the way SIGTERM does, while the body is incomplete.
    let trigger = app.shutdown_handle();
    trigger.notify_one();
    tokio::time::sleep(Duration::from_millis(200)).await;
    sock.write_all(&body.as_bytes()[10..]).await.unwrap();
    let mut resp = String::new();
    tokio::time::timeout(Duration::from_secs(5), sock.read_to_string(&mut resp)).await.unwrap().unwrap();
    assert!(resp.starts_with("HTTP/1.1 201"), "{resp}");
    // New connections are refused once the server has stopped.
    let mut refused = false;
    for _ in 0..50 {
        if tokio::net::TcpStream::connect(&addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(refused, "the listener closed");
}
