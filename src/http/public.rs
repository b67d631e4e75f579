//! Public, unauthenticated pages: a certificate through its SMS link (HTML and PDF),
//! verification of a QR code, the issuer's public key, the revocation list, and the
//! SMS gateway's delivery-receipt hook.

use std::collections::HashMap;

use poem::http::{header, StatusCode};
use poem::web::{Data, Form, Path, Query};
use poem::{handler, IntoResponse, Request, Response};
use serde_json::json;

mod certificate_files;

use super::ratelimit::client_ip;
use crate::domain::Certificate;
use crate::domain::CertificateStatus;
use crate::issuer::TokenError;
use crate::service::certificates::{self, LinkError};
use crate::service::{sms, Context};

fn html(status: StatusCode, body: String) -> Response {
    Response::builder()
        .status(status)
        .content_type("text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .header("X-Robots-Tag", "noindex")
        .body(body)
}

fn page(cx: &Context, name: &str, mut t: tera::Context) -> String {
    t.insert("issuer", &cx.config.certificates.issuer);
    cx.templates.render(name, &t).unwrap_or_else(|e| {
        tracing::error!(template = name, error = ?e, "template failed");
        "internal error".into()
    })
}

fn notice(cx: &Context, status: StatusCode, tone: &str, title: (&str, &str), text: (&str, &str)) -> Response {
    let mut t = tera::Context::new();
    t.insert("tone", tone);
    t.insert("title_id", title.0);
    t.insert("title_en", title.1);
    t.insert("text_id", text.0);
    t.insert("text_en", text.1);
    html(status, page(cx, "public/notice.html", t))
}

fn link_failure(cx: &Context, e: LinkError) -> Response {
    match e {
        LinkError::Token(TokenError::Expired) => notice(
            cx,
            StatusCode::GONE,
            "warn",
            ("Tautan kedaluwarsa", "Link expired"),
            (
                "Tautan ini sudah tidak berlaku. Minta tautan baru melalui portal atau 119 ext. 9.",
                "This link has expired. Ask for a new one through the portal or 119 ext. 9.",
            ),
        ),
        LinkError::Token(_) => notice(
            cx,
            StatusCode::NOT_FOUND,
            "bad",
            ("Tautan tidak dikenal", "Unknown link"),
            ("Tautan ini tidak sah.", "This link is not valid."),
        ),
        LinkError::Service(e) => {
            tracing::error!(error = %e, "certificate lookup failed");
            notice(
                cx,
                StatusCode::SERVICE_UNAVAILABLE,
                "bad",
                ("Layanan sedang sibuk", "Service busy"),
                ("Coba lagi beberapa saat lagi.", "Please try again shortly."),
            )
        }
    }
}

/// The "replaced / revoked" page an old link or QR code leads to.
fn ended(cx: &Context, c: &Certificate) -> Response {
    if c.status == CertificateStatus::Superseded {
        notice(
            cx,
            StatusCode::GONE,
            "warn",
            ("Sertifikat diganti", "Certificate replaced"),
            (
                "Sertifikat ini sudah diganti dengan versi baru. Unduh sertifikat terbaru melalui tautan di SMS terbaru atau portal.",
                "Replaced: download the updated certificate from the link in the latest SMS or the portal.",
            ),
        )
    } else {
        notice(
            cx,
            StatusCode::GONE,
            "bad",
            ("Sertifikat dicabut", "Certificate revoked"),
            ("Sertifikat ini tidak berlaku lagi.", "This certificate has been revoked."),
        )
    }
}

#[handler]
pub async fn certificate_page(cx: Data<&Context>, Path(token): Path<String>) -> Response {
    let c = match certificates::by_link(&cx, &token).await {
        Ok(c) => c,
        Err(e) => return link_failure(&cx, e),
    };
    if c.status != CertificateStatus::Active {
        return ended(&cx, &c);
    }
    if let Err(e) = certificates::audit_access(&cx, &c, "certificate.view").await {
        tracing::warn!(error = %e, "could not audit a certificate view");
    }
    certificate_html(&cx, &c, &format!("{token}/pdf"))
}

/// The print-friendly certificate page with its QR code (also served to a verified
/// portal session).
pub fn certificate_html(cx: &Context, c: &Certificate, pdf_url: &str) -> Response {
    let verify_url = certificates::verify_url(cx, c);
    let qr = match certificate_files::qr_svg(&verify_url) {
        Ok(q) => q,
        Err(e) => {
            tracing::error!(error = %e, "QR code failed");
            return notice(cx, StatusCode::INTERNAL_SERVER_ERROR, "bad", ("Galat", "Error"), ("", ""));
        }
    };
    let mut t = tera::Context::new();
    t.insert("rows", &certificate_files::rows(&c.payload));
    t.insert("qr_svg", &qr);
    t.insert("pdf_url", pdf_url);
    html(StatusCode::OK, page(cx, "public/certificate.html", t))
}

#[handler]
pub async fn certificate_pdf(cx: Data<&Context>, Path(token): Path<String>) -> Response {
    let c = match certificates::by_link(&cx, &token).await {
        Ok(c) => c,
        Err(e) => return link_failure(&cx, e),
    };
    if c.status != CertificateStatus::Active {
        return ended(&cx, &c);
    }
    if let Err(e) = certificates::audit_access(&cx, &c, "certificate.download").await {
        tracing::warn!(error = %e, "could not audit a certificate download");
    }
    certificate_pdf_response(&cx, &c)
}

/// The certificate as a one-page PDF download.
pub fn certificate_pdf_response(cx: &Context, c: &Certificate) -> Response {
    let verify_url = certificates::verify_url(cx, c);
    let pdf = certificate_files::certificate_pdf(&certificate_files::PdfText {
        rows: certificate_files::rows(&c.payload),
        status_note: None,
        verify_url: &verify_url,
    });
    match pdf {
        Ok(bytes) => Response::builder()
            .content_type("application/pdf")
            .header(header::CACHE_CONTROL, "no-store")
            .header(
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"sertifikat-vaksin-dosis-{}-v{}.pdf\"",
                    c.payload.dose, c.version
                ),
            )
            .body(bytes),
        Err(e) => {
            tracing::error!(error = %e, "PDF failed");
            notice(cx, StatusCode::INTERNAL_SERVER_ERROR, "bad", ("Galat", "Error"), ("", ""))
        }
    }
}

fn wants_json(req: &Request) -> bool {
    req.header(header::ACCEPT).is_some_and(|a| a.contains("application/json"))
        || req.uri().query().is_some_and(|q| q.split('&').any(|p| p == "format=json"))
}

/// What a QR scan shows: valid / superseded / revoked / invalid, with the minimum of
/// personal data a verifier needs to compare with the holder's ID card (no NIK).
#[handler]
pub async fn verify(req: &Request, cx: Data<&Context>, Path(token): Path<String>) -> Response {
    let result = certificates::verify(&cx, &token).await;
    let (status, body) = match &result {
        Ok(v) => {
            let outcome = v.status.as_str();
            (
                StatusCode::OK,
                json!({
                    "outcome": if outcome == "active" { "valid" } else { outcome },
                    "reason": v.reason.map(|r| r.as_str()),
                    "certificate": {
                        "id": v.claims.i, "version": v.claims.v, "name": v.claims.n,
                        "birth_date": v.claims.b, "vaccine": v.claims.vc, "dose": v.claims.d, "date": v.claims.dt,
                    },
                    "issued_at": v.issued_at,
                    "changed_at": v.changed_at,
                }),
            )
        }
        Err(LinkError::Service(e)) => {
            tracing::error!(error = %e, "verification lookup failed");
            (StatusCode::SERVICE_UNAVAILABLE, json!({"outcome": "unavailable"}))
        }
        Err(LinkError::Token(e)) => (StatusCode::OK, json!({"outcome": "invalid", "reason": e.to_string()})),
    };
    if wants_json(req) {
        return Response::builder()
            .status(status)
            .content_type("application/json")
            .header(header::CACHE_CONTROL, "no-store")
            .body(body.to_string());
    }
    let mut t = tera::Context::new();
    t.insert("outcome", body["outcome"].as_str().unwrap_or("invalid"));
    t.insert("reason", body["reason"].as_str().unwrap_or(""));
    if let Ok(v) = &result {
        let vaccine = crate::service::certificates::vaccine_name(&cx, &v.claims.vc)
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| v.claims.vc.clone());
        t.insert("name", &v.claims.n);
        t.insert("birth_date", &v.claims.b.format("%d-%m-%Y").to_string());
        t.insert("vaccine", &vaccine);
        t.insert("dose", &v.claims.d);
        t.insert("date", &v.claims.dt.format("%d-%m-%Y").to_string());
        t.insert("version", &v.claims.v);
    } else {
        t.insert("name", &false);
    }
    html(status, page(&cx, "public/verify.html", t))
}

#[handler]
pub async fn issuer_keys(cx: Data<&Context>) -> Response {
    match crate::service::keys::key_set(&cx).await {
        // Short-lived: a revoked key must drop out of verifiers' copies soon.
        Ok(keys) => Response::builder()
            .content_type("application/jwk-set+json")
            .header(header::CACHE_CONTROL, "public, max-age=300")
            .body(keys.jwks().to_string()),
        Err(e) => {
            tracing::error!(error = %e, "reading the issuer keys failed");
            Response::builder().status(StatusCode::SERVICE_UNAVAILABLE).finish()
        }
    }
}

#[handler]
pub async fn revocation_list(req: &Request, cx: Data<&Context>) -> Response {
    match certificates::revocation_list(&cx).await {
        Ok(list)
            if req
                .headers()
                .get(header::IF_NONE_MATCH)
                .is_some_and(|v| v.as_bytes() == list.etag.as_bytes()) =>
        {
            Response::builder()
                .status(StatusCode::NOT_MODIFIED)
                .header(header::ETAG, list.etag.as_str())
                .header(header::CACHE_CONTROL, "public, max-age=300")
                .finish()
        }
        Ok(list) => Response::builder()
            .content_type("application/json")
            .header(header::ETAG, list.etag.as_str())
            .header(header::CACHE_CONTROL, "public, max-age=300")
            .body(list.body.clone()),
        Err(e) => {
            tracing::error!(error = %e, "revocation list failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

fn text(status: StatusCode, body: &'static str) -> Response {
    Response::builder().status(status).content_type("text/plain").body(body)
}

/// Delivery receipts, Jasmin style: form fields (or query) `id`, `message_status`,
/// `level`, `err`; answered `ACK/Jasmin` so the gateway stops retrying. The caller
/// proves itself with the shared secret in the callback URL, or by its address.
#[handler]
pub async fn sms_receipt(
    req: &Request,
    cx: Data<&Context>,
    Query(query): Query<HashMap<String, String>>,
    form: Option<Form<HashMap<String, String>>>,
) -> Response {
    let mut fields = query;
    if let Some(Form(f)) = form {
        fields.extend(f);
    }
    let secret_ok = fields
        .get("secret")
        .is_some_and(|s| crate::domain::secret_eq(s.as_bytes(), sms::dlr_secret(&cx).as_bytes()));
    let ip_ok = client_ip(req).is_some_and(|ip| cx.config.sms.dlr_allowed_ips.contains(&ip));
    if !secret_ok && !ip_ok {
        tracing::warn!(ip = ?client_ip(req), "SMS receipt refused: wrong secret and address not allowed");
        return text(StatusCode::FORBIDDEN, "forbidden");
    }
    fields.remove("secret");
    let (Some(id), Some(status)) = (fields.get("id"), fields.get("message_status")) else {
        return text(StatusCode::BAD_REQUEST, "id and message_status are required");
    };
    if id.is_empty() || id.len() > 100 || status.is_empty() || status.len() > 40 {
        return text(StatusCode::BAD_REQUEST, "id or message_status malformed");
    }
    let receipt = sms::Receipt {
        gateway_message_id: id.clone(),
        status: status.trim().to_ascii_uppercase(),
        level: fields.get("level").and_then(|l| l.parse().ok()).unwrap_or(0),
        error_code: fields.get("err").cloned(),
        raw: json!(fields),
    };
    match sms::record_receipt(&cx, receipt).await {
        Ok(()) => text(StatusCode::OK, "ACK/Jasmin"),
        Err(e) => {
            // Not acknowledged: the gateway will post it again later.
            tracing::error!(error = %e, "could not store an SMS receipt");
            text(StatusCode::SERVICE_UNAVAILABLE, "retry later")
        }
    }
}
