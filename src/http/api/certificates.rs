//! `/api/v1/people/{nik}` and `/api/v1/certificates/…`: a person's record, their
//! certificates and SMS, reissue and revocation.

use chrono::{DateTime, NaiveDate, Utc};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use super::ApiTags;
use crate::domain::Certificate;
use crate::domain::Sms;
use crate::domain::{Actor, Nik, PhoneNumber, RevocationReason, Role};
use crate::http::auth::StaffAuth;
use crate::http::dto::{NikText, ReissueReasonText, RevokeReasonText};
use crate::http::error::{ApiError, ApiResult};
use crate::service::sms::SmsOutcome;
use crate::service::{certificates, people, Context};

pub struct CertificatesApi;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct DoseOut {
    pub dose: u8,
    pub vaccine: String,
    pub date: Option<NaiveDate>,
    pub facility: Option<String>,
    pub batch: Option<String>,
    /// complete | pending_input
    pub status: String,
    /// Why a pending dose has no certificate yet.
    pub pending_reason: Option<String>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct CertificateOut {
    pub id: Uuid,
    pub version: u32,
    /// active | superseded | revoked
    pub status: String,
    pub reason: Option<String>,
    pub replaced_by: Option<Uuid>,
    pub dose: u8,
    pub vaccine: String,
    pub vaccinated_on: NaiveDate,
    pub issued_at: DateTime<Utc>,
    pub changed_at: Option<DateTime<Utc>>,
    /// What the QR code encodes.
    pub verify_url: String,
}

impl CertificateOut {
    fn of(cx: &Context, c: &Certificate) -> Self {
        Self {
            id: c.id,
            version: c.version,
            status: c.status.as_str().into(),
            reason: c.reason.map(|r| r.as_str().into()),
            replaced_by: c.replaced_by,
            dose: c.payload.dose,
            vaccine: c.payload.vaccine_code.clone(),
            vaccinated_on: c.payload.vaccinated_on,
            issued_at: c.issued_at,
            changed_at: c.changed_at,
            verify_url: certificates::verify_url(cx, c),
        }
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct SmsOut {
    pub id: Uuid,
    /// issued | reissued | resend | phone_changed | otp | correction_decided
    pub purpose: String,
    /// sms | whatsapp: a notice sent by WhatsApp template that failed goes again by SMS
    /// as a row of its own.
    pub channel: String,
    pub certificate_id: Option<Uuid>,
    pub ticket_id: Option<Uuid>,
    /// Masked: +62 812-****-789
    pub phone: Option<String>,
    /// pending | queued | sent | delivered | failed | dead | phone_missing
    pub status: String,
    /// The last delivery receipt status (DELIVRD, UNDELIV, …; WhatsApp: sent, delivered,
    /// read, failed).
    pub receipt_status: Option<String>,
    pub attempts: u32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
}

impl From<&Sms> for SmsOut {
    fn from(s: &Sms) -> Self {
        Self {
            id: s.id,
            purpose: s.purpose.as_str().into(),
            channel: s.channel.as_str().into(),
            certificate_id: s.certificate,
            ticket_id: s.ticket.map(|t| t.0),
            phone: s
                .phone
                .as_deref()
                .map(|p| PhoneNumber::parse(p).map(|p| p.masked()).unwrap_or("(invalid)".into())),
            status: s.status.as_str().into(),
            receipt_status: s.receipt_status.clone(),
            attempts: s.attempts,
            last_error: s.last_error.clone(),
            created_at: s.created_at,
            sent_at: s.sent_at,
            delivered_at: s.delivered_at,
        }
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct PersonOut {
    pub id: Uuid,
    pub nik: String,
    pub full_name: String,
    pub birth_date: NaiveDate,
    /// M or F
    pub sex: String,
    /// Masked (+62 812-****-890) unless revealed.
    pub phone: Option<String>,
    pub has_email: bool,
    /// Set when this record was merged into another (duplicate).
    pub merged_into: Option<Uuid>,
    pub doses: Vec<DoseOut>,
    pub certificates: Vec<CertificateOut>,
    pub sms: Vec<SmsOut>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct ReissueIn {
    pub reason: ReissueReasonText,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct RevokeIn {
    pub reason: RevokeReasonText,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ReissueOut {
    pub certificate: CertificateOut,
    /// The SMS that carries the new link.
    pub sms_id: Uuid,
    /// queued | phone_missing | duplicate
    pub sms: String,
}

fn reason(r: &str) -> Result<RevocationReason, ApiError> {
    RevocationReason::parse(r).map_err(|e| ApiError::invalid("reason", e))
}

fn supervisor(auth: &StaffAuth) -> Result<(), ApiError> {
    if auth.actor().role.at_least(Role::Supervisor) {
        Ok(())
    } else {
        Err(crate::error::ServiceError::forbidden("only supervisors reissue or revoke certificates").into())
    }
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Certificates")]
impl CertificatesApi {
    /// A person's record by NIK (any format), posted so the NIK never sits in a URL:
    /// doses, every certificate version, every SMS with its delivery status. Audited.
    #[oai(path = "/people/lookup", method = "post")]
    async fn person_by_nik(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<NikIn>,
    ) -> ApiResult<Json<PersonOut>> {
        let nik = Nik::parse(&body.0.nik).map_err(|e| ApiError::invalid("nik", e))?;
        Ok(Json(person_out(&cx, &people::by_nik(&cx, &auth.actor(), &nik).await?, Shown::AskedNik)))
    }

    /// A person's record by its id (as search results and tickets name it), NIK and
    /// phone masked. Audited, and counted against the hourly lookup budget.
    #[oai(path = "/people/:id", method = "get")]
    async fn person(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<PersonOut>> {
        let r = people::by_id(&cx, &auth.actor(), crate::domain::PersonId(id.0)).await?;
        Ok(Json(person_out(&cx, &r, Shown::Masked)))
    }

    /// The same record with NIK and phone in full. Audited as a reveal on top of the
    /// view, and counted against the hourly lookup budget.
    #[oai(path = "/people/:id/reveal", method = "post")]
    async fn reveal(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<PersonOut>> {
        let r = people::reveal(&cx, &auth.actor(), crate::domain::PersonId(id.0)).await?;
        Ok(Json(person_out(&cx, &r, Shown::Revealed)))
    }

    /// One certificate version.
    #[oai(path = "/certificates/:id", method = "get")]
    async fn get(
        &self,
        cx: Data<&Context>,
        _auth: StaffAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<CertificateOut>> {
        let c = certificates::get(&cx, id.0).await?;
        Ok(Json(CertificateOut::of(&cx, &c)))
    }

    /// Issue version + 1 from the current record; the old version is superseded and its
    /// QR code says so; the new link goes out by SMS (supervisors).
    #[oai(path = "/certificates/:id/reissue", method = "post")]
    async fn reissue(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        body: Json<ReissueIn>,
    ) -> ApiResult<Json<ReissueOut>> {
        supervisor(&auth)?;
        let r = reason(&body.reason)?;
        let origin = format!("api:{}", Uuid::now_v7());
        let (c, o) = certificates::reissue(&cx, &Actor::Staff(auth.actor()), id.0, r, &origin).await?;
        let sms = match o {
            SmsOutcome::Queued(_) => "queued",
            SmsOutcome::PhoneMissing(_) => "phone_missing",
            SmsOutcome::Duplicate(_) => "duplicate",
        };
        Ok(Json(ReissueOut { certificate: CertificateOut::of(&cx, &c), sms_id: o.id(), sms: sms.into() }))
    }

    /// Revoke without a replacement (issued in error, fraud) (supervisors).
    #[oai(path = "/certificates/:id/revoke", method = "post")]
    async fn revoke(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        id: Path<Uuid>,
        body: Json<RevokeIn>,
    ) -> ApiResult<Json<CertificateOut>> {
        supervisor(&auth)?;
        let r = reason(&body.reason)?;
        let c = certificates::revoke(&cx, &Actor::Staff(auth.actor()), id.0, r).await?;
        Ok(Json(CertificateOut::of(&cx, &c)))
    }
}

/// A person's record as the API shows it (phone masked).
/// How much of the NIK and phone an answer shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// Both masked (a record opened by id).
    Masked,
    /// The NIK the caller gave, the phone masked.
    AskedNik,
    /// Both in full (an audited reveal).
    Revealed,
}

fn person_out(cx: &Context, r: &people::PersonRecord, shown: Shown) -> PersonOut {
    let nik = match shown {
        Shown::Masked => Nik::parse(&r.person.nik).map(|n| n.masked()).unwrap_or_else(|_| "****".into()),
        Shown::AskedNik | Shown::Revealed => r.person.nik.clone(),
    };
    let phone = r.person.phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok());
    PersonOut {
        id: r.person.id.0,
        nik,
        full_name: r.person.full_name.clone(),
        birth_date: r.person.birth_date,
        sex: r.person.sex.clone(),
        phone: phone.map(|p| if shown == Shown::Revealed { p.expose().to_string() } else { p.masked() }),
        has_email: r.person.email.is_some(),
        merged_into: r.person.merged_into.map(|p| p.0),
        doses: r
            .doses
            .iter()
            .map(|(d, status, why)| DoseOut {
                dose: d.dose,
                vaccine: d.vaccine.clone(),
                date: d.vaccinated_on,
                facility: d.facility.clone(),
                batch: d.batch.clone(),
                status: status.clone(),
                pending_reason: why.clone(),
            })
            .collect(),
        certificates: r.certificates.iter().map(|c| CertificateOut::of(cx, c)).collect(),
        sms: r.sms.iter().map(Into::into).collect(),
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
#[oai(deny_unknown_fields)]
pub struct NikIn {
    /// The NIK, any format (dots, spaces).
    pub nik: NikText,
}
