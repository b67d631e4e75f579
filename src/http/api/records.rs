//! `/api/v1/records` and `/api/v1/vaccines`: the facilities' feed and reference data.

use poem::web::Data;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};

use super::ApiTags;
use crate::domain::record::{RawDose, RawPerson};
use crate::domain::Actor;
use crate::http::auth::StaffAuth;
use crate::http::error::ApiResult;
use crate::service::{records, Context};

pub struct RecordsApi;

/// One person as a facility system sends them; unknown extra fields are ignored.
#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct RecordIn {
    /// 16 digits; spaces and dots are fine.
    pub nik: String,
    pub full_name: String,
    /// YYYY-MM-DD
    pub birth_date: String,
    /// M or F
    pub sex: String,
    /// Any Indonesian mobile form; null when none was given.
    pub phone: Option<String>,
    pub email: Option<String>,
    #[oai(default)]
    pub doses: Vec<DoseIn>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct DoseIn {
    pub dose: i64,
    /// A code of `GET /api/v1/vaccines`.
    pub vaccine: Option<String>,
    /// YYYY-MM-DD
    pub date: Option<String>,
    pub facility: Option<String>,
    pub batch: Option<String>,
}

impl From<RecordIn> for RawPerson {
    fn from(r: RecordIn) -> Self {
        RawPerson {
            nik: r.nik,
            full_name: r.full_name,
            birth_date: r.birth_date,
            sex: r.sex,
            phone: r.phone,
            email: r.email,
            doses: r
                .doses
                .into_iter()
                .map(|d| RawDose {
                    dose: d.dose,
                    vaccine: d.vaccine,
                    date: d.date,
                    facility: d.facility,
                    batch: d.batch,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct LineNote {
    /// 1-based position in the submitted array.
    pub line: u64,
    pub message: String,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct ImportOut {
    pub imported: u64,
    /// Doses kept as `pending_input` (data still missing for a certificate).
    pub pending_doses: u64,
    pub rejected: Vec<LineNote>,
    pub warnings: Vec<LineNote>,
    /// Tickets of the correction requests filed for people already on record whose
    /// name, birth date, sex or phone this import would change: someone else approves
    /// them (the two-person rule); until then the record keeps its values.
    pub held_for_review: Vec<String>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct VaccineOut {
    pub code: String,
    pub name: String,
    pub manufacturer: String,
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Records")]
impl RecordsApi {
    /// Upsert people and their doses by NIK (supervisors, facility feeds). Each bad
    /// record is rejected with its position and reason; the rest are stored. A change
    /// of an existing person's name, birth date, sex or phone is not applied but held
    /// as a correction request for another person to approve.
    #[oai(path = "/records/batch", method = "post")]
    async fn batch(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        body: Json<Vec<RecordIn>>,
    ) -> ApiResult<Json<ImportOut>> {
        let lines = body.0.into_iter().enumerate().map(|(i, r)| (i as u64 + 1, Ok(r.into()))).collect();
        let report = records::import_batch(&cx, &Actor::Staff(auth.actor()), lines).await?;
        let notes =
            |v: Vec<(u64, String)>| v.into_iter().map(|(line, message)| LineNote { line, message }).collect();
        Ok(Json(ImportOut {
            imported: report.imported,
            pending_doses: report.pending_doses,
            rejected: notes(report.rejected),
            warnings: notes(report.warnings),
            held_for_review: report.held,
        }))
    }

    /// The vaccine reference data.
    #[oai(path = "/vaccines", method = "get")]
    async fn vaccines(&self, cx: Data<&Context>, _auth: StaffAuth) -> ApiResult<Json<Vec<VaccineOut>>> {
        let list = records::vaccines(&cx).await?;
        Ok(Json(
            list.into_iter()
                .map(|v| VaccineOut { code: v.code, name: v.name, manufacturer: v.manufacturer })
                .collect(),
        ))
    }
}
