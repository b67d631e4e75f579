//! Staff authentication: bearer API tokens for the JSON API and the console.

use poem::Request;
use poem_openapi::auth::Bearer;
use poem_openapi::SecurityScheme;

use super::error::ApiError;
use crate::domain::{Staff, StaffActor, Via};
use crate::service::{self, Context};

/// A staff API token (`certdesk staff create` prints one). Paste it into the console's
/// Authorize dialog, or send `Authorization: Bearer cdk_…`.
#[derive(SecurityScheme)]
#[oai(ty = "bearer", bearer_format = "cdk_<64 hex>", checker = "check_token")]
pub struct StaffAuth(Staff);

async fn check_token(req: &Request, bearer: Bearer) -> poem::Result<Staff> {
    let cx = req
        .data::<Context>()
        .ok_or_else(|| poem::Error::from_status(poem::http::StatusCode::INTERNAL_SERVER_ERROR))?;
    service::staff::authenticate(cx, &bearer.token).await.map_err(|e| ApiError::from(e).into())
}

impl StaffAuth {
    pub fn actor(&self) -> StaffActor {
        StaffActor::from_staff(&self.0, Via::Api)
    }

    pub fn staff(&self) -> &Staff {
        &self.0
    }
}
