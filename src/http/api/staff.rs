//! `/api/v1/staff` and `/api/v1/me`: staff accounts (admins manage, supervisors read).

use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use uuid::Uuid;

use super::ApiTags;
use crate::domain::{Actor, StaffId};
use crate::http::auth::StaffAuth;
use crate::http::dto::PasswordText;
use crate::http::dto::{CreateStaff, StaffOut, StaffWithToken, TokenOut, UpdateStaff};
use crate::http::error::ApiResult;
use crate::service::{desk, staff, Context};

pub struct StaffApi;

#[derive(ApiResponse)]
pub enum StaffCreated {
    /// Created; the token is shown this once.
    #[oai(status = 201)]
    Created(Json<StaffWithToken>),
}

#[derive(ApiResponse)]
pub enum TokenRevoked {
    /// Done: the token (or the second factor) is gone.
    #[oai(status = 204)]
    Revoked,
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Staff")]
impl StaffApi {
    /// Who this token belongs to.
    #[oai(path = "/me", method = "get")]
    async fn me(&self, auth: StaffAuth) -> ApiResult<Json<StaffOut>> {
        Ok(Json(auth.staff().into()))
    }

    /// All staff accounts (supervisors and admins).
    #[oai(path = "/staff", method = "get")]
    async fn list(&self, cx: Data<&Context>, auth: StaffAuth) -> ApiResult<Json<Vec<StaffOut>>> {
        let all = staff::list(&cx, &Actor::Staff(auth.actor())).await?;
        Ok(Json(all.iter().map(Into::into).collect()))
    }

    /// Create a staff account and its API token (admins).
    #[oai(path = "/staff", method = "post")]
    async fn create(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<CreateStaff>,
    ) -> ApiResult<StaffCreated> {
        let new = body.0.try_into()?;
        let (s, token) = staff::create(&cx, &Actor::Staff(auth.actor()), new).await?;
        Ok(StaffCreated::Created(Json(StaffWithToken { staff: (&s).into(), token: token.0 })))
    }

    /// Change role, queues, cap or deactivate (admins).
    #[oai(path = "/staff/:id", method = "patch")]
    async fn update(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        body: Json<UpdateStaff>,
    ) -> ApiResult<Json<StaffOut>> {
        let ch = body.0.try_into()?;
        let s = staff::update(&cx, &Actor::Staff(auth.actor()), StaffId(id.0), ch).await?;
        Ok(Json((&s).into()))
    }

    /// Issue a new API token; the old one stops working (admins).
    #[oai(path = "/staff/:id/token", method = "post")]
    async fn rotate_token(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<TokenOut>> {
        let token = staff::rotate_token(&cx, &Actor::Staff(auth.actor()), StaffId(id.0)).await?;
        Ok(Json(TokenOut { token: token.0, expires_at: staff::token_expiry(&cx) }))
    }

    /// Reset a lost second factor (admins): the secret and recovery codes are forgotten,
    /// the member's desk sessions end, and they set it up again at their next sign-in.
    #[oai(path = "/staff/:id/second-factor", method = "delete")]
    async fn reset_second_factor(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
    ) -> ApiResult<TokenRevoked> {
        crate::service::second_factor::reset(&cx, &Actor::Staff(auth.actor()), StaffId(id.0)).await?;
        Ok(TokenRevoked::Revoked)
    }

    /// Issue a one-time enrolment code for a member's second factor (admins): shown
    /// once, good for `desk.enrolment_code_ttl`, replacing any earlier one. Hand it over
    /// in person or by a second channel; the member types it before the key is shown.
    #[oai(path = "/staff/:id/second-factor/enrolment-code", method = "post")]
    async fn enrolment_code(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
    ) -> ApiResult<EnrolmentCodeIssued> {
        let (code, expires_at) = crate::service::second_factor::issue_enrolment_code(
            &cx,
            &Actor::Staff(auth.actor()),
            StaffId(id.0),
        )
        .await?;
        Ok(EnrolmentCodeIssued::Created(Json(EnrolmentCodeOut { code, expires_at })))
    }

    /// Revoke an API token at once (admins, or the member themself); the account keeps
    /// its desk sign-in, and an admin can issue a new token.
    #[oai(path = "/staff/:id/token", method = "delete")]
    async fn revoke_token(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
    ) -> ApiResult<TokenRevoked> {
        staff::revoke_token(&cx, &Actor::Staff(auth.actor()), StaffId(id.0)).await?;
        Ok(TokenRevoked::Revoked)
    }

    /// Set a staff member's desk password (admins; members set their own first one here,
    /// later ones with `PUT /api/v1/me/password`); their desk sessions end.
    #[oai(path = "/staff/:id/password", method = "put")]
    async fn set_password(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        body: Json<NewPassword>,
    ) -> ApiResult<()> {
        desk::set_password(&cx, &Actor::Staff(auth.actor()), StaffId(id.0), body.0.password.0, None).await?;
        Ok(())
    }

    /// Change your own desk password (12-128 characters); your desk sessions end.
    #[oai(path = "/me/password", method = "put")]
    async fn change_password(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<ChangePassword>,
    ) -> ApiResult<()> {
        let b = body.0;
        let me = auth.actor();
        desk::set_password(&cx, &Actor::Staff(me.clone()), me.id, b.new_password.0, Some(b.current_password))
            .await?;
        Ok(())
    }
}

/// A desk password (12-128 characters).
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct NewPassword {
    pub password: PasswordText,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct ChangePassword {
    /// Empty when no password was set yet.
    #[oai(default)]
    pub current_password: String,
    pub new_password: PasswordText,
}

#[derive(Debug, Clone, Object)]
pub struct EnrolmentCodeOut {
    /// One-time; shown only now.
    pub code: String,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

#[derive(poem_openapi::ApiResponse)]
pub enum EnrolmentCodeIssued {
    #[oai(status = 201)]
    Created(Json<EnrolmentCodeOut>),
}
