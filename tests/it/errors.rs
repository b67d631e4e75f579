//! Bad input gets a clear 4xx in the one error shape, never a 500.

use reqwest::header::CONTENT_TYPE;
use serde_json::json;

use crate::helpers::TestApp;

async fn raw(app: &TestApp, body: &'static str) -> (u16, serde_json::Value) {
    let r = app
        .client
        .post(format!("{}/api/v1/tickets", app.addr))
        .bearer_auth(&app.admin)
        .header(CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

fn shape(body: &serde_json::Value) -> (&str, &str) {
    assert_eq!(body.as_object().map(|o| o.len()), Some(2), "{body}");
    (body["code"].as_str().unwrap(), body["message"].as_str().unwrap())
}

pub async fn malformed_json_unknown_fields_and_wrong_types_get_400(app: TestApp) {
    let cases: [(&str, &'static str, &str); 5] = [
        ("truncated JSON", r#"{"subject": "x","#, ""),
        ("not JSON", "subject=x", ""),
        ("unknown field", r#"{"subject":"a","body":"b","channel":"web","colour":"red"}"#, "colour"),
        ("wrong type", r#"{"subject":"a","body":"b","channel":"web","requester":"Rizki"}"#, ""),
        ("unknown enum value", r#"{"subject":"a","body":"b","channel":"fax"}"#, ""),
    ];
    for (why, body, mentions) in cases {
        let (status, b) = raw(&app, body).await;
        assert_eq!(status, 400, "{why}: {b}");
        let (code, message) = shape(&b);
        assert_eq!(code, "malformed_request", "{why}");
        assert!(message.contains(mentions), "{why}: {message}");
    }
    let missing = app.post("/api/v1/tickets", &app.admin, json!({"subject": "a", "channel": "web"})).await;
    missing.expect(400);
    // poem-openapi reports a missing required field as the null it found, without its
    // name; the spec lists the required fields.
    assert!(missing.body["message"].as_str().unwrap().contains("found null"), "{}", missing.body);
    assert_eq!(missing.error_code(), "malformed_request");
    let no_type = app
        .client
        .post(format!("{}/api/v1/tickets", app.addr))
        .bearer_auth(&app.admin)
        .body(r#"{"subject":"a","body":"b","channel":"web"}"#)
        .send()
        .await
        .unwrap();
    assert!(no_type.status().is_client_error());
    let b: serde_json::Value = no_type.json().await.unwrap();
    shape(&b);
}

pub async fn invalid_values_get_422_naming_the_field(app: TestApp) {
    let cases = [
        ("nik", json!({"nik": "3275011205900000"})),
        ("nik", json!({"nik": "99750112059000011"})),
        ("requester.phone", json!({"requester": {"phone": "0218765432"}})),
        ("requester.phone", json!({"requester": {"phone": "08123abc"}})),
        ("requester.email", json!({"requester": {"email": "not-an-address"}})),
        ("subject", json!({"subject": "   "})),
        ("subject", json!({"subject": "x".repeat(301)})),
        ("body", json!({"body": ""})),
        ("queue", json!({"queue": "Jawa Barat"})),
        ("tags", json!({"tags": ["ok", "not ok"]})),
    ];
    for (field, patch) in cases {
        let mut body = json!({"subject": "s", "body": "b", "channel": "web"});
        for (k, v) in patch.as_object().unwrap() {
            body[k] = v.clone();
        }
        let r = app.post("/api/v1/tickets", &app.admin, body).await;
        assert_eq!(r.status.as_u16(), 422, "{field}: {}", r.body);
        assert_eq!(r.error_code(), "validation_failed");
        let msg = r.body["message"].as_str().unwrap();
        assert!(msg.starts_with(&format!("{field}:")), "{field}: {msg}");
        assert!(!msg.contains("3275011205900000"), "the message never echoes a NIK");
    }
    let t = app.ticket(&app.admin, json!({})).await;
    let r = app.get("/api/v1/tickets/not-a-ticket", &app.admin).await;
    r.expect(422);
    assert!(r.body["message"].as_str().unwrap().starts_with("ticket"));
    let r = app
        .post(
            &format!("/api/v1/tickets/{}/messages", t["id"].as_str().unwrap()),
            &app.admin,
            json!({"kind": "reply", "body": " "}),
        )
        .await;
    r.expect(422);
    let listed = app.get("/api/v1/tickets", &app.admin).await;
    assert_eq!(listed.expect(200)["items"].as_array().unwrap().len(), 1, "no invalid ticket was stored");
}

/// Sends raw bytes and returns the status line and JSON body of the response.
async fn raw_http(app: &TestApp, head: String, body: &[u8]) -> (u16, serde_json::Value) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = app.addr.trim_start_matches("http://");
    let mut sock = tokio::net::TcpStream::connect(addr).await.unwrap();
    sock.write_all(head.as_bytes()).await.unwrap();
    sock.write_all(body).await.unwrap();
    let mut buf = Vec::new();
    let _ = sock.read_to_end(&mut buf).await;
    let text = String::from_utf8_lossy(&buf);
    let status = text[9..12].parse().unwrap();
    let json_start = text.find("\r\n\r\n").map(|i| i + 4).unwrap();
    let body = &text[json_start..];
    // The body may arrive chunked: take the JSON object out of it.
    let (from, to) = (body.find('{').unwrap(), body.rfind('}').unwrap());
    (status, serde_json::from_str(&body[from..=to]).unwrap())
}

pub async fn oversized_bodies_get_413_with_or_without_content_length(app: TestApp) {
    let max = app.cx.config.server.max_body_bytes;
    let addr = app.addr.trim_start_matches("http://").to_string();
    let auth = format!("Authorization: Bearer {}\r\nContent-Type: application/json\r\n", app.admin);

    // Declared too large: refused before a byte of the body is read.
    let head = format!("POST /api/v1/tickets HTTP/1.1\r\nHost: {addr}\r\n{auth}Content-Length: {}\r\nConnection: close\r\n\r\n", max + 10);
    let (status, b) = raw_http(&app, head, b"").await;
    assert_eq!(status, 413);
    assert_eq!(shape(&b).0, "payload_too_large");

    // Chunked: no Content-Length for the server to trust; it stops reading past the limit.
    let head = format!("POST /api/v1/tickets HTTP/1.1\r\nHost: {addr}\r\n{auth}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    let mut body = Vec::new();
    for _ in 0..((max + 10) / 4096 + 1) {
        body.extend_from_slice(format!("{:x}\r\n", 4096).as_bytes());
        body.extend_from_slice(&[b'x'; 4096]);
        body.extend_from_slice(b"\r\n");
    }
    let (status, b) = raw_http(&app, head, &body).await;
    assert_eq!(status, 413);
    assert_eq!(shape(&b).0, "payload_too_large");

    // A chunked body under the limit still works.
    let ok = r#"{"subject":"a","body":"b","channel":"web"}"#;
    let stream = futures::stream::iter(vec![Ok::<_, std::io::Error>(ok.as_bytes().to_vec())]);
    let r = app
        .client
        .post(format!("{}/api/v1/tickets", app.addr))
        .bearer_auth(&app.admin)
        .header(CONTENT_TYPE, "application/json")
        .body(reqwest::Body::wrap_stream(stream))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let listed = app.get("/api/v1/tickets", &app.admin).await;
    assert_eq!(listed.expect(200)["items"].as_array().unwrap().len(), 1, "nothing oversized was stored");
}

pub async fn unknown_routes_and_methods_get_the_error_shape(app: TestApp) {
    let r = app.get("/api/v1/nothing-here", &app.admin).await;
    r.expect(404);
    assert_eq!(r.error_code(), "not_found");
    let r = app.call(reqwest::Method::PUT, "/api/v1/tickets", Some(&app.admin), Some(json!({}))).await;
    assert_eq!(r.status.as_u16(), 405, "{}", r.body);
    assert_eq!(r.error_code(), "method_not_allowed");
}
