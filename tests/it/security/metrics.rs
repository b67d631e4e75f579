//! Point 1: `/metrics` leaks nothing and is not public.

use std::collections::BTreeSet;

use crate::helpers::TestApp;

/// Every distinct `route="…"` label in an exposition.
fn route_labels(text: &str) -> BTreeSet<String> {
    text.split("route=\"").skip(1).filter_map(|rest| rest.split('"').next()).map(String::from).collect()
}

/// The exposition without its sample values: names, labels and comments, the
/// only places a leak can hide. A value such as a byte count or a duration sum
/// may contain "3275" by chance (it did once, and failed CI).
fn without_values(text: &str) -> String {
    text.lines()
        .map(|line| match (line.starts_with('#'), line.rfind('}')) {
            (true, _) => line,
            (false, Some(end)) => &line[..=end],
            (false, None) => line.split_whitespace().next().unwrap_or(""),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub async fn metrics_carry_route_templates_only_and_are_not_on_the_public_listener(app: TestApp) {
    let token_like = "eyJhbGciOiJFZERTQSJ9.c2VjcmV0LXRva2VuLXRoYXQtbXVzdC1ub3QtbGVhaw";
    let nik_dotted = "3275.0112.0590.0001";
    let mut paths = vec![
        format!("/c/{token_like}"),
        format!("/c/{token_like}/pdf"),
        "/verify/QnVkaSBTYW50b3NvLDE5OTAtMDUtMTI".to_string(),
        format!("/api/v1/people/{nik_dotted}"),
    ];
    // Made-up paths must not each become a label set that lives forever.
    paths.extend((0..150).map(|i| format!("/c/made-up-{i:04}-{}", uuid::Uuid::new_v4().simple())));
    paths.extend((0..50).map(|i| format!("/no-such-page-{i}")));
    for p in &paths {
        let r = app.client.get(format!("{}{p}", app.addr)).bearer_auth(&app.admin).send().await.unwrap();
        assert!(r.status().as_u16() < 500, "{p}: {}", r.status());
    }
    let text =
        app.client.get(format!("{}/metrics", app.metrics_addr)).send().await.unwrap().text().await.unwrap();
    let names_and_labels = without_values(&text);
    assert!(names_and_labels.contains("certdesk_http_requests_total{"), "{names_and_labels}");
    for secret in
        [token_like, "QnVkaSBTYW50b3NvLDE5OTAtMDUtMTI", nik_dotted, "3275", "made-up", "no-such-page"]
    {
        assert!(!names_and_labels.contains(secret), "metrics leak {secret:?}");
    }
    let labels = route_labels(&text);
    assert!(labels.contains("/c/:token"), "{labels:?}");
    assert!(labels.contains("other"), "{labels:?}");
    assert!(labels.len() < 12, "a bounded label set: {labels:?}");

    // Not served to the public listener without a token.
    let public = app.client.get(format!("{}/metrics", app.addr)).send().await.unwrap();
    assert_eq!(public.status().as_u16(), 404);
    let with_staff_token =
        app.client.get(format!("{}/metrics", app.addr)).bearer_auth(&app.admin).send().await.unwrap();
    assert_eq!(with_staff_token.status().as_u16(), 404, "a staff token is not the metrics token");
}

pub async fn metrics_on_the_public_listener_need_the_metrics_token(app: TestApp) {
    let url = format!("{}/metrics", app.addr);
    assert_eq!(app.client.get(&url).send().await.unwrap().status().as_u16(), 401);
    let wrong = app.client.get(&url).bearer_auth("scrape-secret-but-wrong").send().await.unwrap();
    assert_eq!(wrong.status().as_u16(), 401);
    let right = app.client.get(&url).bearer_auth("scrape-secret").send().await.unwrap();
    assert_eq!(right.status().as_u16(), 200);
    assert!(right.text().await.unwrap().contains("certdesk_http_requests_total"));
}
