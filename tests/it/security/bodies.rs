//! Point 4: every route is under a body limit, refused before it is read.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::TestApp;

/// Sends a request head (and `body_bytes` of chunked body when given) and returns the
/// status line the server answers with.
async fn status_of(app: &TestApp, head: &str, chunked_bytes: Option<usize>) -> String {
    let addr = app.addr.trim_start_matches("http://").to_string();
    let mut sock = tokio::net::TcpStream::connect(&addr).await.unwrap();
    sock.write_all(head.as_bytes()).await.unwrap();
    if let Some(total) = chunked_bytes {
        let chunk = vec![b'a'; 64 * 1024];
        let mut sent = 0;
        while sent < total {
            let frame = format!("{:x}\r\n", chunk.len());
            // The server may answer and close before the whole body is sent.
            if sock.write_all(frame.as_bytes()).await.is_err()
                || sock.write_all(&chunk).await.is_err()
                || sock.write_all(b"\r\n").await.is_err()
            {
                break;
            }
            sent += chunk.len();
        }
        let _ = sock.write_all(b"0\r\n\r\n").await;
    }
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(10), sock.read(&mut buf)).await.unwrap().unwrap_or(0);
    String::from_utf8_lossy(&buf[..n]).lines().next().unwrap_or_default().to_string()
}

pub async fn a_huge_desk_form_is_refused_before_it_is_read(app: TestApp) {
    let host = app.addr.trim_start_matches("http://");
    // 400 MiB declared: refused at once, nothing read.
    let head = format!(
        "POST /desk/login HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        400u64 * 1024 * 1024
    );
    let line = status_of(&app, &head, None).await;
    assert!(line.contains(" 413"), "{line}");
    // Chunked, no length: cut off at the limit.
    let head = format!(
        "POST /desk/login HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    let line = status_of(&app, &head, Some(8 * 1024 * 1024)).await;
    assert!(line.contains(" 413"), "{line}");
    // Routes that take no body at all are under the global limit too.
    for path in ["/healthz", "/c/whatever", "/certificates/revoked.json", "/nowhere"] {
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            400u64 * 1024 * 1024
        );
        let line = status_of(&app, &head, None).await;
        assert!(line.contains(" 413"), "{path}: {line}");
    }
    // A normal sign-in form still gets through to the page.
    let ok = app.client.get(format!("{}/desk/login", app.addr)).send().await.unwrap();
    assert_eq!(ok.status().as_u16(), 200);
}
