//! The public side: the URLs a QR code and an SMS carry, opening a certificate by its
//! link, verifying a scanned QR code, and the published revocation list.

use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

use crate::domain::{Actor, AuditEntry, CertificateStatus, RevocationReason};
use crate::error::{ServiceError, ServiceResult};
use crate::issuer::{TokenError, VerifyClaims};
use crate::service::{keys, Context};
use crate::store::{self, certificates::Certificate};

/// The URL a certificate's QR code encodes.
pub fn verify_url(cx: &Context, c: &Certificate) -> String {
    let token = cx.issuer.sign_claims(&VerifyClaims::of(cx.issuer.kid(), &c.payload));
    format!("{}verify/{token}", base_url(cx))
}

/// The link an SMS carries for certificate `id`.
pub fn link_url(cx: &Context, id: Uuid, now: DateTime<Utc>) -> (String, DateTime<Utc>) {
    let ttl =
        chrono::Duration::from_std(cx.config.certificates.link_ttl).unwrap_or(chrono::Duration::days(90));
    let until = now + ttl;
    (format!("{}c/{}", base_url(cx), cx.issuer.link_token(id, until)), until)
}

pub fn base_url(cx: &Context) -> String {
    let mut s = cx.config.server.public_url.to_string();
    if !s.ends_with('/') {
        s.push('/');
    }
    s
}

/// Opens a certificate through an SMS link. The holder is audited as a citizen.
pub async fn by_link(cx: &Context, token: &str) -> Result<Certificate, LinkError> {
    let id = cx.issuer.check_link(token, cx.now()).map_err(LinkError::Token)?;
    let c = store::certificates::find(cx.store.read(), id).await.map_err(LinkError::Service)?;
    let c = c.ok_or(LinkError::Token(TokenError::Malformed))?;
    Ok(c)
}

/// Records a view or download of a certificate through its link.
pub async fn audit_access(cx: &Context, c: &Certificate, what: &'static str) -> ServiceResult<()> {
    let actor = Actor::Citizen { via: crate::domain::Via::Web };
    store::audit::append(
        cx.store.write(),
        AuditEntry::new(&actor, what, "certificate", c.id)
            .after(json!({"version": c.version, "status": c.status.as_str()})),
    )
    .await
}

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error(transparent)]
    Token(TokenError),
    #[error(transparent)]
    Service(ServiceError),
}

/// What scanning a QR code tells: the signed claims and the certificate's status now.
#[derive(Debug, Clone)]
pub struct Verification {
    pub claims: VerifyClaims,
    pub status: CertificateStatus,
    pub reason: Option<RevocationReason>,
    pub issued_at: DateTime<Utc>,
    pub changed_at: Option<DateTime<Utc>>,
}

pub async fn verify(cx: &Context, token: &str) -> Result<Verification, LinkError> {
    let claims = keys::verify(cx, token).await.map_err(LinkError::Service)?.map_err(LinkError::Token)?;
    let c = store::certificates::find(cx.store.read(), claims.i).await.map_err(LinkError::Service)?;
    // Genuinely signed but unknown here: treat like a forgery rather than guess.
    let c = c.ok_or(LinkError::Token(TokenError::BadSignature))?;
    if c.version != claims.v {
        return Err(LinkError::Token(TokenError::BadSignature));
    }
    Ok(Verification {
        claims,
        status: c.status,
        reason: c.reason,
        issued_at: c.issued_at,
        changed_at: c.changed_at,
    })
}

/// SHA-256 hashes of every certificate id that is no longer valid (superseded or
/// revoked), sorted: no personal data, nothing to turn back into ids.
/// The published list of ended certificates, as served.
pub struct RevocationList {
    /// The JSON document.
    pub body: String,
    /// A strong validator of the body (`If-None-Match`).
    pub etag: String,
}

/// The revocation list, rebuilt at most once a minute (it scans every ended
/// certificate): a flood of requests costs one build, not one each.
pub async fn revocation_list(cx: &Context) -> ServiceResult<std::sync::Arc<RevocationList>> {
    cx.revocations
        .get(|| async {
            let mut hashes: Vec<String> = store::certificates::ended_ids(cx.store.read())
                .await?
                .into_iter()
                .map(crate::domain::revocation_hash)
                .collect();
            hashes.sort();
            let body = serde_json::json!({
                "generated_at": cx.now(),
                "hash": "sha256 of the certificate id's 16 bytes, hex",
                "count": hashes.len(),
                "revoked": hashes,
            })
            .to_string();
            let etag = {
                use sha2::Digest;
                format!("\"{}\"", hex::encode(&sha2::Sha256::digest(hashes.join(",").as_bytes())[..16]))
            };
            Ok(RevocationList { body, etag })
        })
        .await
}
