//! The HTTP edge: the JSON API, the OpenAPI console, operations endpoints.
//! Parses requests into domain types and calls one service function; never touches `store`.

pub mod api;
pub mod auth;
pub mod client;
mod desk;
pub mod dto;
pub mod error;
mod hooks;
pub mod metrics;
mod middleware;
mod ops;
mod page;
pub mod portal;
mod public;
pub mod ratelimit;

use poem::endpoint::make_sync;
use poem::web::Redirect;
use poem::{get, post, Endpoint, EndpointExt, IntoResponse, Route};

use crate::service::Context;
use metrics::Metrics;

/// The largest body any route accepts: the portal's uploads or an API request.
fn largest_body(cx: &Context) -> usize {
    cx.config.server.max_body_bytes.max(portal::max_body(&cx.config.portal))
}

/// The metrics listener's routes: `/metrics` and nothing else.
pub fn metrics_routes(cx: Context, metrics: Metrics) -> impl Endpoint {
    Route::new()
        .at("/metrics", get(ops::metrics))
        .with(middleware::BodyLimit::new(1024))
        .data(cx)
        .data(metrics)
}

/// Every route certdesk serves.
pub fn routes(cx: Context, metrics: Metrics) -> impl Endpoint {
    let api = api::service("/");
    let spec = serde_json::to_string(&api::spec_document()).expect("a spec is JSON");
    let console = api.swagger_ui();
    let max_body = cx.config.server.max_body_bytes;
    let api_routes = api
        .with(middleware::BodyLimit::new(max_body))
        .around(error::json_errors)
        .around(middleware::request_clock);
    // Tokens cannot be guessed, but scanning for them must still be slow.
    let per_ip = ratelimit::PerIp::new(120, std::time::Duration::from_secs(60));

    Route::new()
        // Citizens are most of the visitors; staff go to /docs (or the desk).
        .at("/", get(make_sync(|_| Redirect::see_other("/portal").into_response())))
        .nest_no_strip("/api", api_routes)
        .nest("/portal", portal::routes(&cx))
        // Desk forms carry at most a reply; no uploads.
        .nest("/desk", desk::routes().with(middleware::BodyLimit::new(max_body)))
        .at("/c/:token", get(public::certificate_page).around(ratelimit::limit))
        .at("/c/:token/pdf", get(public::certificate_pdf).around(ratelimit::limit))
        .at("/verify/:token", get(public::verify).around(ratelimit::limit))
        .at("/.well-known/certdesk-issuer.json", get(public::issuer_keys))
        .at("/certificates/revoked.json", get(public::revocation_list).around(ratelimit::limit))
        .at(
            "/hooks/sms/dlr",
            post(public::sms_receipt).get(public::sms_receipt).with(middleware::BodyLimit::new(64 * 1024)),
        )
        .at(
            "/hooks/whatsapp",
            get(hooks::whatsapp_verify)
                .post(hooks::whatsapp_receive)
                .with(middleware::BodyLimit::new(cx.config.whatsapp.max_body_bytes)),
        )
        .at(
            "/openapi.json",
            get(make_sync(move |_| {
                poem::Response::builder().content_type("application/json").body(spec.clone())
            })),
        )
        .nest("/docs", console)
        .at("/healthz", get(ops::healthz))
        .at("/readyz", get(ops::readyz))
        .at("/metrics", get(ops::metrics_with_token))
        // Whatever a route does with its body, nothing much larger than the largest
        // upload the portal takes is ever read (twice: the portal drains up to that much
        // to answer a phone's browser with a page rather than a reset).
        .with(middleware::BodyLimit::streamed(2 * largest_body(&cx)))
        .around(metrics::track)
        .around(middleware::request_id)
        .data(cx)
        .data(metrics)
        .data(per_ip)
}
