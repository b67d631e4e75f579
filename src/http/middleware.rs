//! Cross-cutting request handling: request ids with a tracing span, and a body limit
//! that holds for chunked uploads too (poem's SizeLimit trusts Content-Length only).

use std::sync::Arc;

use poem::http::{HeaderValue, StatusCode};
use poem::{Body, Endpoint, IntoResponse, Request, Response};
use tracing::Instrument;

pub const REQUEST_ID: &str = "x-request-id";

/// Gives every request an id (or keeps a sane one from a proxy), logs it with the
/// outcome, and returns it in `x-request-id`.
/// Responses of a request read "now" from the service clock as the request came in, so
/// an SLA countdown in a response agrees with what the services just wrote (and with
/// a pinned clock in tests).
pub async fn request_clock<E: Endpoint>(ep: Arc<E>, req: Request) -> poem::Result<Response> {
    let now = req.data::<crate::service::Context>().map(|cx| cx.now()).unwrap_or_else(chrono::Utc::now);
    crate::service::clock::scope(now, async move { ep.call(req).await.map(IntoResponse::into_response) })
        .await
}

pub async fn request_id<E: Endpoint>(ep: Arc<E>, req: Request) -> poem::Result<Response> {
    let id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.len() <= 64 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .map(String::from)
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
    let span =
        tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.uri().path());
    async move {
        let started = std::time::Instant::now();
        let result = ep.call(req).await.map(IntoResponse::into_response);
        let mut resp = match result {
            Ok(r) => r,
            Err(e) => e.into_response(),
        };
        tracing::debug!(
            status = resp.status().as_u16(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "done"
        );
        if let Ok(v) = HeaderValue::from_str(&id) {
            resp.headers_mut().insert(REQUEST_ID, v);
        }
        Ok(resp)
    }
    .instrument(span)
    .await
}

/// The body length a request declares (`Content-Length`), if it does.
pub fn declared_length(req: &Request) -> Option<u64> {
    req.headers()
        .get(poem::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
}

fn too_large(max: usize) -> poem::Error {
    poem::Error::from_string(
        format!("request body is larger than {max} bytes"),
        StatusCode::PAYLOAD_TOO_LARGE,
    )
}

/// Refuses bodies over `max` bytes with 413, whether or not Content-Length is sent.
#[derive(Clone, Copy)]
pub struct BodyLimit(pub usize);

impl<E: Endpoint> poem::Middleware<E> for BodyLimit {
    type Output = BodyLimitEndpoint<E>;
    fn transform(&self, inner: E) -> Self::Output {
        BodyLimitEndpoint { inner, max: self.0 }
    }
}

pub struct BodyLimitEndpoint<E> {
    inner: E,
    max: usize,
}

impl<E: Endpoint> Endpoint for BodyLimitEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> poem::Result<Response> {
        let declared = declared_length(&req);
        if declared.is_some_and(|n| n > self.max as u64) {
            return Err(too_large(self.max));
        }
        if declared.is_none() {
            // Chunked: read at most max + 1 bytes, then hand the buffered body on.
            let body = req.take_body();
            let bytes = body.into_bytes_limit(self.max).await.map_err(|e| match e {
                poem::error::ReadBodyError::PayloadTooLarge => too_large(self.max),
                other => other.into(),
            })?;
            req.set_body(Body::from(bytes));
        }
        self.inner.call(req).await.map(IntoResponse::into_response)
    }
}

/// The backstop under every route: a declared body over `max` is refused with 413 at
/// once; a chunked one is counted as it streams and cut off past `max`, never buffered
/// (inner limits, e.g. the API's, then refuse it with their own 413 well before).
#[derive(Clone, Copy)]
pub struct StreamLimit(pub usize);

impl<E: Endpoint> poem::Middleware<E> for StreamLimit {
    type Output = StreamLimitEndpoint<E>;
    fn transform(&self, inner: E) -> Self::Output {
        StreamLimitEndpoint { inner, max: self.0 }
    }
}

pub struct StreamLimitEndpoint<E> {
    inner: E,
    max: usize,
}

impl<E: Endpoint> Endpoint for StreamLimitEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> poem::Result<Response> {
        let declared = declared_length(&req);
        if declared.is_some_and(|n| n > self.max as u64) {
            return Err(too_large(self.max));
        }
        if declared.is_none() {
            use futures::StreamExt;
            let max = self.max;
            let mut seen = 0usize;
            let counted = req.take_body().into_bytes_stream().map(move |chunk| {
                let chunk = chunk?;
                seen += chunk.len();
                if seen > max {
                    return Err(std::io::Error::other(format!("request body is larger than {max} bytes")));
                }
                Ok(chunk)
            });
            req.set_body(Body::from_bytes_stream(counted));
        }
        self.inner.call(req).await.map(IntoResponse::into_response)
    }
}
