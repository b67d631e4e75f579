//! `/api/v1/people/{id}/phone-change`: a member of staff changes a caller's phone
//! number the only way anyone may: a code to the new number, read out by the caller,
//! files a phone correction request that another person approves.

use poem::web::Data;
use poem::Request;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use uuid::Uuid;

use super::ApiTags;
use crate::domain::{OtpCode, OtpRefusal, PersonId, PhoneNumber};
use crate::http::auth::StaffAuth;
use crate::http::dto::{OtpCodeText, PhoneText};
use crate::http::error::{ApiError, ApiResult};
use crate::service::phone_change::{self, Confirmed};
use crate::service::Context;

pub struct PhoneChangeApi;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct PhoneChangeIn {
    /// The new mobile number (08…, +62…); a code goes to it.
    pub phone: PhoneText,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct PhoneChangeStarted {
    /// Hand back with the code the caller reads out.
    pub flow: String,
    /// The new number, masked.
    pub to: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct PhoneChangeConfirmIn {
    pub flow: String,
    /// The six digits the caller read out.
    pub code: OtpCodeText,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct PhoneChangeFiled {
    /// The phone ticket the request is filed on.
    pub ticket_number: String,
    /// The pending correction request another person approves
    /// (`POST /api/v1/corrections/{id}/approve`).
    pub correction: Uuid,
}

#[derive(ApiResponse)]
pub enum StartResponse {
    /// The code is on its way to the new number.
    #[oai(status = 202)]
    Started(Json<PhoneChangeStarted>),
}

#[derive(ApiResponse)]
pub enum ConfirmResponse {
    /// Filed for review; the record has not changed yet.
    #[oai(status = 201)]
    Filed(Json<PhoneChangeFiled>),
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Corrections")]
impl PhoneChangeApi {
    /// Start a phone-number change for the caller: a code goes to the new number.
    /// Nothing changes until the code is confirmed and another person approves.
    #[oai(path = "/people/:id/phone-change", method = "post")]
    async fn start(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        body: Json<PhoneChangeIn>,
    ) -> ApiResult<StartResponse> {
        let phone = PhoneNumber::parse(&body.0.phone).map_err(|e| ApiError::invalid("phone", e))?;
        let flow = phone_change::start(&cx, &auth.actor(), PersonId(id.0), &phone).await?;
        Ok(StartResponse::Started(Json(PhoneChangeStarted { flow, to: phone.masked() })))
    }

    /// The code the caller read out: right, and a phone correction request is filed
    /// (filed by you, so someone else approves it; the old number is told then).
    #[oai(path = "/people/:id/phone-change/confirm", method = "post")]
    async fn confirm(
        &self,
        req: &Request,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        body: Json<PhoneChangeConfirmIn>,
    ) -> ApiResult<ConfirmResponse> {
        let code = OtpCode::parse(&body.0.code).map_err(|e| ApiError::invalid("code", e))?;
        let ip = crate::http::portal::web::client(&cx, req).ip;
        match phone_change::confirm(&cx, &auth.actor(), PersonId(id.0), &body.0.flow, &code, &ip).await? {
            Confirmed::Filed { ticket, correction } => Ok(ConfirmResponse::Filed(Json(PhoneChangeFiled {
                ticket_number: ticket.to_string(),
                correction,
            }))),
            Confirmed::Refused(OtpRefusal::Wrong { attempts_left }) => {
                Err(ApiError::invalid("code", format!("is wrong; {attempts_left} tries left")))
            }
            Confirmed::Refused(_) => Err(ApiError::invalid(
                "code",
                "is no longer valid (expired, used up or not yours): start again",
            )),
        }
    }
}
