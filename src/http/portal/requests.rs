//! Pages that file a request for an agent: a new phone number (with a code to it) and
//! data corrections, both with evidence uploads.

use poem::http::StatusCode;
use poem::web::{Data, Form, Multipart};
use poem::{handler, Request, Response};

use super::code_step::CodeStep;
use super::forms::{self, Errors, Fields};
use super::lookup::{claim, identity_page, vaccines};
use super::web::{self, Page};
use super::{csrf_page, error_page};
use crate::domain::correction::CorrectionField;
use crate::error::ServiceError;
use crate::service::portal::requests::{self, PhoneChange, Requested};
use crate::service::Context;

const CODE: CodeStep = CodeStep { action: "/portal/phone/code", sent: "code_sent_new" };

#[handler]
pub async fn phone_form(req: &Request, cx: Data<&Context>) -> Response {
    identity_page(&cx, req, "portal/phone.html", None, None).await
}

/// A refused upload or a field the service rejected, back on the form.
fn upload_error(req: &Request, e: &ServiceError) -> Option<Errors> {
    match e {
        ServiceError::Invalid { field, reason } => {
            let mut errors = Errors::new(req);
            errors.add_text(field, reason.clone());
            Some(errors)
        }
        _ => None,
    }
}

#[handler]
pub async fn phone_submit(req: &Request, cx: Data<&Context>, m: Multipart) -> Response {
    let (f, uploads) = match forms::multipart(&cx, m).await {
        Ok(v) => v,
        Err(why) => {
            let mut errors = Errors::new(req);
            if why == "too_large" {
                errors.add("evidence", "err_too_large");
            } else {
                errors.add_text("evidence", why);
            }
            return identity_page(&cx, req, "portal/phone.html", None, Some(errors)).await;
        }
    };
    let mut errors = Errors::new(req);
    if forms::guard(&cx, req, &f, &mut errors, true).await.is_err() {
        return csrf_page(&cx, req);
    }
    let claim = claim(&mut errors, &f);
    let phone = errors.phone(&f, "new_phone");
    if uploads.is_empty() {
        errors.add_text("evidence", web::text(web::lang(req), "ev_hint"));
    }
    let (Some(claim), Some(phone), true) = (claim, phone, errors.is_empty()) else {
        return identity_page(&cx, req, "portal/phone.html", Some(&f), Some(errors)).await;
    };
    let client = web::client(&cx, req);
    let started = std::time::Instant::now();
    let result = requests::start_phone_change(&cx, &client, claim, phone, uploads).await;
    web::pace(&cx, started).await;
    match result {
        Ok(flow) => CODE.started(&cx, req, Ok(flow)),
        Err(e) => match upload_error(req, &e) {
            Some(errors) => identity_page(&cx, req, "portal/phone.html", Some(&f), Some(errors)).await,
            None => error_page(&cx, req, e),
        },
    }
}

#[handler]
pub async fn phone_code_form(req: &Request, cx: Data<&Context>) -> Response {
    CODE.page(&cx, req, Errors::new(req))
}

#[handler]
pub async fn phone_code_submit(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    let (code, flow) = match CODE.read(&cx, req, &f) {
        Ok(read) => read,
        Err(page) => return *page,
    };
    match requests::confirm_phone_change(&cx, &web::client(&cx, req), flow, &code).await {
        Ok(PhoneChange::Filed { number, .. }) => Page::portal(&cx, req, "portal/done.html")
            .with("number", number.to_string())
            .with("review", true)
            .cookie(web::clear_cookie(&cx, web::FLOW))
            .render(&cx),
        Ok(PhoneChange::Refused(r)) => CODE.refused(&cx, req, r),
        Err(e) => error_page(&cx, req, e),
    }
}

#[handler]
pub async fn phone_code_resend(req: &Request, cx: Data<&Context>, Form(f): Form<Fields>) -> Response {
    CODE.resend(&cx, req, &f).await
}

/// The fields a citizen may ask to correct, with what the record says now.
async fn correction_page(
    cx: &Context,
    req: &Request,
    f: Option<&Fields>,
    errors: Option<Errors>,
) -> Response {
    let (_, person) = match super::account::verified(cx, req).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let lang = web::lang(req);
    let (p, doses) = match crate::service::portal::requests::own_record(cx, person).await {
        Ok(r) => r,
        Err(e) => return error_page(cx, req, e),
    };
    let vaccines = vaccines(cx).await;
    let sexes =
        vec![("M".to_string(), web::text(lang, "sex_m")), ("F".to_string(), web::text(lang, "sex_f"))];
    let nik_masked = crate::domain::Nik::parse(&p.nik).map(|n| n.masked()).unwrap_or_default();
    let mut fields = vec![
        serde_json::json!({"name": "full_name", "label": web::text(lang, "f_full_name"), "current": p.full_name}),
        serde_json::json!({"name": "birth_date", "label": web::text(lang, "f_birth_date"), "current": p.birth_date.format("%d-%m-%Y").to_string()}),
        serde_json::json!({"name": "sex", "label": web::text(lang, "f_sex"), "current": sexes.iter().find(|s| s.0 == p.sex).map(|s| s.1.clone()), "options": sexes}),
        serde_json::json!({"name": "nik", "label": web::text(lang, "f_nik"), "current": nik_masked}),
    ];
    for d in doses.iter().filter(|d| d.vaccinated_on.is_some()) {
        let n = d.dose;
        let vname = vaccines
            .iter()
            .find(|v| v.0 == d.vaccine)
            .map(|v| v.1.clone())
            .unwrap_or_else(|| d.vaccine.clone());
        let dose = format!("{} {n}", web::text(lang, "dose"));
        fields.push(serde_json::json!({"name": format!("vaccine_{n}"), "label": format!("{dose}: {}", web::text(lang, "f_vaccine")), "current": vname, "options": vaccines}));
        fields.push(serde_json::json!({"name": format!("vaccinated_on_{n}"), "label": format!("{dose}: {}", web::text(lang, "f_vaccinated_on")), "current": d.vaccinated_on.map(|v| v.format("%d-%m-%Y").to_string())}));
        fields.push(serde_json::json!({"name": format!("batch_{n}"), "label": format!("{dose}: {}", web::text(lang, "f_batch")), "current": d.batch}));
    }
    let mut page = Page::portal(cx, req, "portal/correction.html")
        .with("fields", fields)
        .with("max_mb", (cx.config.portal.max_upload_bytes / (1024 * 1024)).max(1).to_string())
        .with("form", f.cloned().unwrap_or_default());
    if let Some(e) = errors {
        page = page.status(StatusCode::UNPROCESSABLE_ENTITY).with("errors", &e.map);
    } else {
        page = page.with("errors", serde_json::json!({}));
    }
    page.render(cx)
}

#[handler]
pub async fn correction_form(req: &Request, cx: Data<&Context>) -> Response {
    correction_page(&cx, req, None, None).await
}

/// `vaccine_2` → (vaccine, dose 2).
fn requested_field(name: &str) -> Option<(CorrectionField, Option<u8>)> {
    if let Ok(f) = CorrectionField::parse(name) {
        return (!f.per_dose() && f != CorrectionField::Phone).then_some((f, None));
    }
    let (base, dose) = name.rsplit_once('_')?;
    let f = CorrectionField::parse(base).ok().filter(|f| f.per_dose())?;
    Some((f, Some(dose.parse().ok()?)))
}

#[handler]
pub async fn correction_submit(req: &Request, cx: Data<&Context>, m: Multipart) -> Response {
    let (f, uploads) = match forms::multipart(&cx, m).await {
        Ok(v) => v,
        Err(why) => {
            let mut errors = Errors::new(req);
            if why == "too_large" {
                errors.add("evidence", "err_too_large");
            } else {
                errors.add_text("evidence", why);
            }
            return correction_page(&cx, req, None, Some(errors)).await;
        }
    };
    let mut errors = Errors::new(req);
    if forms::guard(&cx, req, &f, &mut errors, false).await.is_err() {
        return csrf_page(&cx, req);
    }
    let (_, person) = match super::account::verified(&cx, req).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut wanted: Vec<Requested> = f
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .filter_map(|(k, v)| {
            requested_field(k).map(|(field, dose)| Requested { field, dose, value: v.clone() })
        })
        .collect();
    wanted.sort_by_key(|r| (r.dose, r.field.as_str()));
    match requests::request_correction(&cx, &web::client(&cx, req), person, wanted, uploads).await {
        Ok(number) => Page::portal(&cx, req, "portal/done.html")
            .with("number", number.to_string())
            .with("review", true)
            .render(&cx),
        Err(e) => match upload_error(req, &e) {
            Some(errors) => correction_page(&cx, req, Some(&f), Some(errors)).await,
            None => error_page(&cx, req, e),
        },
    }
}
