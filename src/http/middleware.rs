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
/// A declared length over `max` is refused at once; a chunked body is either read up
/// to `max` and handed on buffered (`BodyLimit::new`, for routes that read it whole),
/// or counted as it streams and cut off past `max` (`BodyLimit::streamed`: the
/// backstop under every route, which inner limits undercut with their own 413).
#[derive(Clone, Copy)]
pub struct BodyLimit {
    max: usize,
    stream: bool,
}

impl BodyLimit {
    pub fn new(max: usize) -> Self {
        Self { max, stream: false }
    }

    pub fn streamed(max: usize) -> Self {
        Self { max, stream: true }
    }
}

impl<E: Endpoint> poem::Middleware<E> for BodyLimit {
    type Output = BodyLimitEndpoint<E>;
    fn transform(&self, inner: E) -> Self::Output {
        BodyLimitEndpoint { inner, limit: *self }
    }
}

pub struct BodyLimitEndpoint<E> {
    inner: E,
    limit: BodyLimit,
}

impl<E: Endpoint> Endpoint for BodyLimitEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> poem::Result<Response> {
        let max = self.limit.max;
        let declared = declared_length(&req);
        if declared.is_some_and(|n| n > max as u64) {
            return Err(too_large(max));
        }
        if declared.is_none() {
            let body = req.take_body();
            req.set_body(if self.limit.stream { counted(body, max) } else { buffered(body, max).await? });
        }
        self.inner.call(req).await.map(IntoResponse::into_response)
    }
}

/// At most `max` bytes read into memory, or 413.
async fn buffered(body: Body, max: usize) -> poem::Result<Body> {
    let bytes = body.into_bytes_limit(max).await.map_err(|e| match e {
        poem::error::ReadBodyError::PayloadTooLarge => too_large(max),
        other => other.into(),
    })?;
    Ok(Body::from(bytes))
}

/// The same stream, failing once more than `max` bytes have passed.
fn counted(body: Body, max: usize) -> Body {
    use futures::StreamExt;
    let mut seen = 0usize;
    Body::from_bytes_stream(body.into_bytes_stream().map(move |chunk| {
        let chunk = chunk?;
        seen += chunk.len();
        if seen > max {
            return Err(std::io::Error::other(format!("request body is larger than {max} bytes")));
        }
        Ok(chunk)
    }))
}
