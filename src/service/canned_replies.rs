//! Canned replies: one per diagnosed cause (and one asking for the NIK), Bahasa
//! Indonesia and English, as tera templates filled with the ticket's and person's fields.
//! The agent reviews the text and sends it as a reply.

use super::Context;
use crate::domain::diagnosis::Cause;
use crate::domain::{Language, PhoneNumber, StaffActor};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{self, tickets::TicketRef};

/// Every macro, by name: the causes, then `ask_nik`.
pub fn names() -> Vec<&'static str> {
    Cause::ALL.iter().map(|c| c.as_str()).chain(["ask_nik"]).collect()
}

pub struct Rendered {
    pub name: String,
    pub language: Language,
    pub text: String,
}

/// The macro to suggest for a ticket: its diagnosis's reply, or `ask_nik` when unlinked.
pub async fn suggested(cx: &Context, actor: &StaffActor, r: TicketRef) -> ServiceResult<&'static str> {
    let d = super::diagnose::for_ticket(cx, actor, r).await?;
    Ok(d.diagnosis.map_or("ask_nik", |d| d.reply))
}

pub async fn render(
    cx: &Context,
    actor: &StaffActor,
    r: TicketRef,
    name: &str,
    language: Option<Language>,
) -> ServiceResult<Rendered> {
    let t =
        store::tickets::find(cx.store.read(), r).await?.ok_or(ServiceError::NotFound { what: "ticket" })?;
    super::tickets::ensure_visible(actor, &t)?;
    fill(cx, cx.store.read(), &t, name, language).await
}

/// Fills macro `name` for ticket `t` (no visibility check: for certdesk's own replies).
pub async fn fill<C: sea_orm::ConnectionTrait>(
    cx: &Context,
    db: &C,
    t: &crate::domain::Ticket,
    name: &str,
    language: Option<Language>,
) -> ServiceResult<Rendered> {
    let Some(name) = names().into_iter().find(|n| *n == name) else {
        return Err(ServiceError::invalid(
            "name",
            format!("no such macro; expected one of: {}", names().join(", ")),
        ));
    };
    let person = match t.person {
        Some(p) => store::people::find(db, p).await?,
        None => None,
    };
    let language = language.or(t.language).unwrap_or(Language::Id);
    let mut cx_t = tera::Context::new();
    let who = t.requester.name.clone().or_else(|| person.as_ref().map(|p| p.full_name.clone()));
    cx_t.insert(
        "name",
        &who.unwrap_or_else(
            || if language == Language::En { "Sir/Madam".into() } else { "Bapak/Ibu".into() },
        ),
    );
    cx_t.insert("number", &t.number.to_string());
    cx_t.insert(
        "phone_masked",
        &person
            .as_ref()
            .and_then(|p| p.phone.as_deref())
            .and_then(|p| PhoneNumber::parse(p).ok())
            .map(|p| p.masked())
            .unwrap_or_default(),
    );
    cx_t.insert("portal_url", &format!("{}portal", super::certificates::base_url(cx)));
    let template = format!("macros/{name}.{}.txt", language.as_str());
    let text = cx
        .templates
        .render(&template, &cx_t)
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("template {template}: {e:?}")))?;
    Ok(Rendered { name: name.into(), language, text: text.trim().to_string() })
}
