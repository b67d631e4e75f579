//! `/api/v1/tickets/{ticket}/diagnosis`: why the certificate did not arrive, with the
//! evidence, and the suggested fix; `/macros`: the canned replies.

use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use super::tickets::ticket_ref;
use super::ApiTags;
use crate::domain::diagnosis::Suggestion;
use crate::domain::Language;
use crate::http::auth::StaffAuth;
use crate::http::dto::{LanguageText, MacroNameText, TicketOut, TicketRefText};
use crate::http::error::{ApiError, ApiResult};
use crate::service::diagnose::{self, TicketDiagnosis};
use crate::service::Context;
use crate::service::{canned_replies, ticket_links};

pub struct TriageApi;

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct DiagnosisOut {
    /// The record the diagnosis is about; null while the ticket is not linked (ask for the NIK).
    pub person_id: Option<Uuid>,
    /// record_pending | phone_missing | phone_mismatch | sms_failed | sms_delivered |
    /// data_error | duplicate_record | certificate_available; null when not linked.
    pub cause: Option<String>,
    /// Why, in the order the rules weighed the facts (phones masked).
    pub evidence: Vec<String>,
    /// The category the cause implies.
    pub category: Option<String>,
    /// The priority the cause implies (applying only ever raises the ticket's).
    pub priority: Option<String>,
    /// A resolution action that fixes it (`resend_sms`), if any.
    pub suggested_action: Option<String>,
    /// high | medium | low ("unsure: check")
    pub confidence: Option<String>,
    /// The dose it is about, when one is (3 is the booster).
    pub dose: Option<u8>,
    /// For a data error: the field the citizen says is wrong.
    pub field: Option<String>,
    /// What to do next, e.g. a correction of `vaccine` (dose 2) to `astrazeneca`, a
    /// phone change, a resend for dose 2.
    pub suggestion: Option<SuggestionOut>,
    /// The canned reply to prepare for this cause.
    pub reply: Option<String>,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct SuggestionOut {
    /// resend | correction | phone_change
    pub kind: String,
    pub dose: Option<u8>,
    /// correction: the field to correct.
    pub field: Option<String>,
    /// correction: the value the citizen gave; phone_change: the new number, masked.
    pub value: Option<String>,
}

impl From<&Suggestion> for SuggestionOut {
    fn from(s: &Suggestion) -> Self {
        match s {
            Suggestion::Resend { dose } => {
                Self { kind: "resend".into(), dose: *dose, field: None, value: None }
            }
            Suggestion::Correction { field, dose, value } => Self {
                kind: "correction".into(),
                dose: *dose,
                field: Some(field.clone()),
                value: value.clone(),
            },
            Suggestion::PhoneChange { to } => {
                Self { kind: "phone_change".into(), dose: None, field: None, value: to.clone() }
            }
        }
    }
}

impl From<&TicketDiagnosis> for DiagnosisOut {
    fn from(t: &TicketDiagnosis) -> Self {
        let d = t.diagnosis.as_ref();
        Self {
            person_id: t.person.map(|p| p.0),
            cause: d.map(|d| d.cause.as_str().into()),
            evidence: d.map(|d| d.evidence.clone()).unwrap_or_default(),
            category: d.map(|d| d.category.as_str().into()),
            priority: d.map(|d| d.priority.as_str().into()),
            suggested_action: d.and_then(|d| d.action.map(String::from)),
            confidence: d.map(|d| d.confidence.as_str().into()),
            dose: d.and_then(|d| d.dose),
            field: d.and_then(|d| d.field.clone()),
            suggestion: d.and_then(|d| d.suggestion.as_ref()).map(Into::into),
            reply: d.map(|d| d.reply.into()),
        }
    }
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct AppliedOut {
    pub ticket: TicketOut,
    pub diagnosis: DiagnosisOut,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct MacroOut {
    pub name: String,
    /// The one the diagnosis suggests for this ticket.
    pub suggested: bool,
}

#[derive(Debug, Clone, Object)]
#[oai(skip_serializing_if_is_none)]
pub struct RenderedMacroOut {
    pub name: String,
    /// id | en
    pub language: String,
    /// The reply, filled in; review it, then send it with `POST /tickets/{ticket}/messages`.
    pub text: String,
}

#[OpenApi(prefix_path = "/api/v1", tag = "ApiTags::Triage")]
impl TriageApi {
    /// The ticket's diagnosis, computed now from the record, its certificates and SMS,
    /// and the complaint's own words and numbers.
    #[oai(path = "/tickets/:ticket/diagnosis", method = "get")]
    async fn get(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
    ) -> ApiResult<Json<DiagnosisOut>> {
        let d = diagnose::for_ticket(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?).await?;
        Ok(Json((&d).into()))
    }

    /// Diagnose and apply: the ticket takes the cause's category and, if higher, its
    /// priority (audited).
    #[oai(path = "/tickets/:ticket/diagnosis", method = "post")]
    async fn apply(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
    ) -> ApiResult<Json<AppliedOut>> {
        let (t, d) = diagnose::apply(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?).await?;
        Ok(Json(AppliedOut { ticket: (&t).into(), diagnosis: (&d).into() }))
    }

    /// The citizen's other tickets (same record, e-mail or phone), from every channel,
    /// newest first: one story, not parallel conversations.
    #[oai(path = "/tickets/:ticket/related", method = "get")]
    async fn related(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
    ) -> ApiResult<Json<Vec<TicketOut>>> {
        let ts = ticket_links::related(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?).await?;
        Ok(Json(ts.iter().map(Into::into).collect()))
    }

    /// The canned replies (one per cause, and `ask_nik`), with the one the diagnosis suggests.
    #[oai(path = "/tickets/:ticket/macros", method = "get")]
    async fn macros(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
    ) -> ApiResult<Json<Vec<MacroOut>>> {
        let suggested = canned_replies::suggested(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?).await?;
        Ok(Json(
            canned_replies::names()
                .into_iter()
                .map(|n| MacroOut { name: n.into(), suggested: n == suggested })
                .collect(),
        ))
    }

    /// A canned reply filled with the ticket's and person's fields, in the ticket's
    /// language unless `language` (id | en) says otherwise.
    #[oai(path = "/tickets/:ticket/macros/:name", method = "get")]
    async fn render_macro(
        &self,
        cx: Data<&Context>,
        auth: StaffAuth,
        ticket: Path<TicketRefText>,
        name: Path<MacroNameText>,
        language: Query<Option<LanguageText>>,
    ) -> ApiResult<Json<RenderedMacroOut>> {
        let language = language
            .0
            .as_deref()
            .map(|l| Language::parse(l).map_err(|e| ApiError::invalid("language", e)))
            .transpose()?;
        let r = canned_replies::render(&cx, &auth.actor(), ticket_ref("ticket", &ticket)?, &name.0, language)
            .await?;
        Ok(Json(RenderedMacroOut { name: r.name, language: r.language.as_str().into(), text: r.text }))
    }
}
