//! Operations endpoints: liveness, readiness and metrics. No personal data; metrics only
//! on their own listener or with their token.

use poem::web::Data;
use poem::{handler, http::StatusCode, IntoResponse, Request, Response};
use secrecy::ExposeSecret;

use super::metrics::Metrics;
use crate::service::Context;

/// The process is up.
#[handler]
pub fn healthz() -> &'static str {
    "ok"
}

/// The process can serve: the database answers.
#[handler]
pub async fn readyz(cx: Data<&Context>) -> Response {
    match cx.database_ready().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "not ready").into_response()
        }
    }
}

/// `/metrics` on the metrics listener, which only the operator's network reaches.
#[handler]
pub async fn metrics(cx: Data<&Context>, m: Data<&Metrics>) -> Response {
    exposition(&cx, &m).await
}

/// `/metrics` on the public listener: only with `server.metrics_token` as a bearer
/// token; without one configured it is not there at all (404, like any unknown path).
#[handler]
pub async fn metrics_with_token(req: &Request, cx: Data<&Context>, m: Data<&Metrics>) -> Response {
    let expected = cx.config.server.metrics_token.expose_secret();
    if expected.is_empty() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let given = req
        .headers()
        .get(poem::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !crate::domain::secret_eq(given.as_bytes(), expected.as_bytes()) {
        return StatusCode::UNAUTHORIZED.with_header("www-authenticate", "Bearer").into_response();
    }
    exposition(&cx, &m).await
}

async fn exposition(cx: &Context, m: &Metrics) -> Response {
    m.render(cx).await.with_content_type("text/plain; version=0.0.4").into_response()
}
