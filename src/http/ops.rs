//! Operations endpoints: liveness, readiness and metrics. No auth, no personal data.

use poem::web::Data;
use poem::{handler, http::StatusCode, IntoResponse, Response};

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
    match cx.store.ping().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

#[handler]
pub async fn metrics(cx: Data<&Context>, m: Data<&Metrics>) -> Response {
    m.render(&cx).await.with_content_type("text/plain; version=0.0.4").into_response()
}
