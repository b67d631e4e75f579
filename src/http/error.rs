//! `ApiError`: the one error shape `{code, message}` of the JSON API, its code table,
//! and the single mapping from `ServiceError`.

use poem::http::StatusCode;
use poem::{Endpoint, IntoResponse, Request, Response};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object};

use crate::error::ServiceError;

/// The body of every error response.
#[derive(Debug, Clone, Object, serde::Deserialize)]
#[oai(skip_serializing_if_is_none)]
pub struct ErrorBody {
    /// Stable, machine-readable snake_case code.
    pub code: String,
    /// Human-readable explanation; names the offending field where there is one.
    pub message: String,
}

/// Every error code the API returns, with its status: the one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    MalformedRequest,
    ValidationFailed,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    InvalidTransition,
    PayloadTooLarge,
    UnsupportedMediaType,
    RateLimited,
    Internal,
    Unavailable,
}

impl ErrorCode {
    pub const fn row(self) -> (&'static str, StatusCode) {
        use ErrorCode::*;
        match self {
            MalformedRequest => ("malformed_request", StatusCode::BAD_REQUEST),
            ValidationFailed => ("validation_failed", StatusCode::UNPROCESSABLE_ENTITY),
            Unauthorized => ("unauthorized", StatusCode::UNAUTHORIZED),
            Forbidden => ("forbidden", StatusCode::FORBIDDEN),
            NotFound => ("not_found", StatusCode::NOT_FOUND),
            MethodNotAllowed => ("method_not_allowed", StatusCode::METHOD_NOT_ALLOWED),
            Conflict => ("conflict", StatusCode::CONFLICT),
            InvalidTransition => ("invalid_transition", StatusCode::CONFLICT),
            PayloadTooLarge => ("payload_too_large", StatusCode::PAYLOAD_TOO_LARGE),
            UnsupportedMediaType => ("unsupported_media_type", StatusCode::UNSUPPORTED_MEDIA_TYPE),
            RateLimited => ("rate_limited", StatusCode::TOO_MANY_REQUESTS),
            Internal => ("internal", StatusCode::INTERNAL_SERVER_ERROR),
            Unavailable => ("unavailable", StatusCode::SERVICE_UNAVAILABLE),
        }
    }

    /// The code for a framework error that carries only a status.
    fn for_status(status: StatusCode) -> Self {
        use ErrorCode::*;
        match status.as_u16() {
            401 => Unauthorized,
            403 => Forbidden,
            404 => NotFound,
            405 => MethodNotAllowed,
            409 => Conflict,
            413 => PayloadTooLarge,
            415 => UnsupportedMediaType,
            422 => ValidationFailed,
            429 => RateLimited,
            503 => Unavailable,
            s if s >= 500 => Internal,
            _ => MalformedRequest,
        }
    }

    fn body(self, message: impl Into<String>) -> Json<ErrorBody> {
        Json(ErrorBody { code: self.row().0.to_string(), message: message.into() })
    }
}

/// Error responses of the JSON API, documented per status in the spec.
#[derive(Debug, ApiResponse)]
pub enum ApiError {
    /// The request is malformed: bad JSON, an unknown field, a wrong type.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No valid bearer token.
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>, #[oai(header = "WWW-Authenticate")] String),
    /// The token is valid but the role or queue does not allow this.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// Nothing has this id.
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
    /// The change conflicts with the current state (duplicate, forbidden transition, merged ticket).
    #[oai(status = 409)]
    Conflict(Json<ErrorBody>),
    /// The body is larger than `server.max_body_bytes`.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ErrorBody>),
    /// The body is not of the content type the operation takes (e.g. no `Content-Type`).
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
    /// A value is well-formed JSON but invalid (a bad NIK, phone, e-mail, empty text).
    #[oai(status = 422)]
    Unprocessable(Json<ErrorBody>),
    /// Too many requests; retry after the given seconds.
    #[oai(status = 429)]
    RateLimited(Json<ErrorBody>, #[oai(header = "Retry-After")] u64),
    /// Something failed on our side; the message is deliberately vague.
    #[oai(status = 500)]
    Internal(Json<ErrorBody>),
    /// A dependency (the database) is unavailable; retry later.
    #[oai(status = 503)]
    Unavailable(Json<ErrorBody>),
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        let body = code.body(message);
        match code.row().1.as_u16() {
            401 => ApiError::Unauthorized(body, "Bearer".into()),
            403 => ApiError::Forbidden(body),
            404 => ApiError::NotFound(body),
            409 => ApiError::Conflict(body),
            413 => ApiError::PayloadTooLarge(body),
            415 => ApiError::UnsupportedMediaType(body),
            422 => ApiError::Unprocessable(body),
            429 => ApiError::RateLimited(body, 1),
            500 => ApiError::Internal(body),
            503 => ApiError::Unavailable(body),
            _ => ApiError::BadRequest(body),
        }
    }

    pub fn invalid(field: &str, reason: impl std::fmt::Display) -> Self {
        Self::new(ErrorCode::ValidationFailed, format!("{field}: {reason}"))
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        let msg = e.to_string();
        match e {
            ServiceError::NotFound { .. } => Self::new(ErrorCode::NotFound, msg),
            ServiceError::Conflict(_) => Self::new(ErrorCode::Conflict, msg),
            ServiceError::InvalidTransition(_) => Self::new(ErrorCode::InvalidTransition, msg),
            ServiceError::Invalid { .. } => Self::new(ErrorCode::ValidationFailed, msg),
            ServiceError::Unauthorized => Self::new(ErrorCode::Unauthorized, msg),
            ServiceError::Forbidden(_) => Self::new(ErrorCode::Forbidden, msg),
            ServiceError::RateLimited { retry_after } => {
                ApiError::RateLimited(ErrorCode::RateLimited.body(msg), retry_after.as_secs().max(1))
            }
            ServiceError::Unavailable(_) => {
                tracing::warn!(error = %msg, "dependency unavailable");
                Self::new(ErrorCode::Unavailable, "a dependency is unavailable; retry later")
            }
            ServiceError::Internal(err) => {
                // The request span carries the request id; the client gets it in a header.
                tracing::error!(error = ?err, "internal error");
                Self::new(
                    ErrorCode::Internal,
                    "internal error; quote the x-request-id header when reporting it",
                )
            }
        }
    }
}

/// Renders every error that escapes the API (framework parse errors, unknown routes,
/// auth failures, our own `ApiError`s) in the one `{code, message}` shape.
pub async fn json_errors<E: Endpoint>(ep: std::sync::Arc<E>, req: Request) -> poem::Result<Response> {
    match ep.call(req).await {
        Ok(resp) => Ok(resp.into_response()),
        Err(err) => Ok(render(err)),
    }
}

fn render(err: poem::Error) -> Response {
    let status = err.status();
    let message = err.to_string();
    let resp = err.into_response();
    let is_json = resp.content_type().is_some_and(|c| c.starts_with("application/json"));
    if is_json {
        return resp;
    }
    let code = ErrorCode::for_status(status);
    let message = if status.is_server_error() {
        tracing::error!(%status, error = %message, "unhandled error");
        "internal error".to_string()
    } else {
        message
    };
    let mut out = ApiError::new(code, message).into_response();
    out.set_status(status);
    out
}
