//! Webhooks of outside services that are not SMS receipts: WhatsApp (Meta's Cloud
//! API). The body is read raw, verified by its signature, and handed to the service;
//! the answer is quick because the work is queued.

use std::collections::HashMap;

use poem::http::StatusCode;
use poem::web::{Data, Query};
use poem::{handler, Body, Request, Response};

use crate::error::ServiceError;
use crate::service::{whatsapp, Context};

fn text(status: StatusCode, body: impl Into<String>) -> Response {
    Response::builder().status(status).content_type("text/plain").body(body.into())
}

fn refused(e: ServiceError) -> Response {
    match e {
        ServiceError::NotFound { .. } => text(StatusCode::NOT_FOUND, "not found"),
        ServiceError::Forbidden(_) => text(StatusCode::FORBIDDEN, "forbidden"),
        ServiceError::Invalid { .. } => text(StatusCode::BAD_REQUEST, e.to_string()),
        e => {
            // Not acknowledged: Meta delivers it again.
            tracing::error!(error = %e, "could not record a WhatsApp webhook");
            text(StatusCode::SERVICE_UNAVAILABLE, "retry later")
        }
    }
}

/// `GET /hooks/whatsapp?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`
#[handler]
pub async fn whatsapp_verify(cx: Data<&Context>, Query(q): Query<HashMap<String, String>>) -> Response {
    let get = |k: &str| q.get(k).map(String::as_str).unwrap_or("");
    match whatsapp::verify_subscription(&cx, get("hub.mode"), get("hub.verify_token"), get("hub.challenge")) {
        Ok(challenge) => text(StatusCode::OK, challenge),
        Err(e) => refused(e),
    }
}

/// `POST /hooks/whatsapp`: signed with `X-Hub-Signature-256`.
#[handler]
pub async fn whatsapp_receive(req: &Request, cx: Data<&Context>, body: Body) -> Response {
    let signature = req.headers().get("x-hub-signature-256").and_then(|v| v.to_str().ok());
    let raw = match body.into_bytes().await {
        Ok(b) => b,
        Err(_) => return text(StatusCode::PAYLOAD_TOO_LARGE, "body too large"),
    };
    match whatsapp::accept(&cx, &raw, signature).await {
        Ok(_) => text(StatusCode::OK, "EVENT_RECEIVED"),
        Err(e) => refused(e),
    }
}
