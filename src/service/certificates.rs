//! Issuing certificates and their life cycle: automatic issue when a dose is complete,
//! a new version (never an edit) when the record changes or a reissue is requested,
//! revocation, and the public side: link access, verification, revocation list.
//!
//! Here: reading certificates; issuing, reissue and revocation, and the public side
//! have modules of their own.

mod issuing;
mod public;
mod reissue_revoke;

use uuid::Uuid;

pub use issuing::{enqueue_issuing, issue_all, issue_due, issue_job, resume_issuing, IssueReport};
pub use public::{
    audit_access, base_url, by_link, link_url, revocation_list, verify, verify_url, LinkError,
    RevocationList, Verification,
};
pub use reissue_revoke::{reissue, revoke};

use super::Context;
use crate::domain::PersonId;
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, certificates::Certificate};

/// A vaccine's name by its code (a retired brand too); `None` when unknown.
pub async fn vaccine_name(cx: &Context, code: &str) -> ServiceResult<Option<String>> {
    Ok(store::certificates::vaccines(cx.store.read()).await?.get(code).map(|v| v.name.clone()))
}

const NOT_FOUND: ServiceError = ServiceError::NotFound { what: "certificate" };

pub async fn get(cx: &Context, id: Uuid) -> ServiceResult<Certificate> {
    store::certificates::find(cx.store.read(), id).await?.ok_or(NOT_FOUND)
}

pub async fn of_person(cx: &Context, person: PersonId) -> ServiceResult<Vec<Certificate>> {
    store::certificates::of_person(cx.store.read(), person).await
}
