//! The self-service menu in the chat. Each action takes the same facts as the portal,
//! through the same service steps (`portal::lookup`), so the code goes by SMS to the
//! phone on record, the limits and lockouts count in the same places (the client is
//! the conversation), the answers are alike for a match, no match and a locked record,
//! and the audit has the same entries with channel `whatsapp`. Messages the menu
//! consumes never join a ticket (they carry the citizen's facts). A phone change
//! (`phone.rs`) files the portal's request, with the photos sent in the chat.

use chrono::Duration;
use sea_orm::DatabaseTransaction;
use serde::{Deserialize, Serialize};

use super::intake::Media;
use super::Context;
use crate::domain::identity::{IdentityClaim, StatusQuery};
use crate::domain::whatsapp::menu::{self, Action, Command, Flow, Step};
use crate::domain::whatsapp::Inbound;
use crate::domain::{CertificateStatus, Language, Nik, OtpCode, OtpRefusal, Via};
use crate::error::ServiceResult;
use crate::service::limits::{self, Scope};
use crate::service::portal::lookup::{self, Status};
use crate::service::portal::requests::Stored;
use crate::service::portal::{audit_via, Client};
use crate::store;
use crate::store::whatsapp::{self as wstore, Conversation};

mod phone;

/// How long the menu waits for the next answer.
const IDLE: Duration = Duration::minutes(10);

/// What the conversation's menu holds between messages.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct State {
    /// `id` or `en`, once the citizen chose.
    lang: Option<String>,
    /// The numbered menu was the last thing shown (a digit picks from it).
    shown: bool,
    flow: Option<Flow>,
    /// A phone change's evidence so far (in the evidence store, not yet claimed).
    #[serde(default)]
    evidence: Vec<Stored>,
}

impl State {
    /// The menu held for `conv`, if it has not lapsed.
    fn of(conv: &Conversation, now: chrono::DateTime<chrono::Utc>) -> Option<State> {
        match (&conv.menu, conv.menu_until) {
            (Some(json), Some(until)) if until > now => serde_json::from_str(json).ok(),
            _ => None,
        }
    }
}

/// What a file sent now is for, read before the conversation is locked.
pub(super) enum FileUse {
    /// No menu step waits: a ticket attachment.
    Attachment,
    /// A phone change waits for evidence and has room: checked and stored as evidence.
    Evidence,
    /// A step waits for something else (or evidence is full): not stored at all, so a
    /// menu that takes the message leaves no file behind.
    Refused,
}

pub(super) fn file_use(cx: &Context, conv: &Conversation, now: chrono::DateTime<chrono::Utc>) -> FileUse {
    match State::of(conv, now).and_then(|s| s.flow) {
        None => FileUse::Attachment,
        Some(f) if f.step == Step::Evidence && f.evidence < cx.config.portal.max_uploads => FileUse::Evidence,
        Some(_) => FileUse::Refused,
    }
}

/// The menu's answer to `m`, if the menu takes it (`None`: it is for a ticket). Runs in
/// the intake transaction with the conversation locked.
pub(super) async fn handle(
    cx: &Context,
    txn: &DatabaseTransaction,
    conv: &Conversation,
    m: &Inbound,
    media: &Media,
) -> ServiceResult<Option<String>> {
    let now = cx.now();
    let (mut state, lapsed): (State, bool) = match (&conv.menu, conv.menu_until) {
        (Some(json), Some(until)) if until > now => (serde_json::from_str(json).unwrap_or_default(), false),
        (Some(json), Some(_)) => {
            (State::default(), serde_json::from_str::<State>(json).is_ok_and(|s| s.flow.is_some()))
        }
        _ => (State::default(), false),
    };
    let active = state.shown || state.flow.is_some();
    let chosen = state.lang.as_deref().and_then(|l| Language::parse(l).ok());
    let lang = chosen.unwrap_or_else(|| Language::detect(m.content.words()));
    let client = Client { ip: format!("wa:{}", conv.id), via: Via::Whatsapp };
    let reply = match menu::command(&m.content, state.shown) {
        Some(Command::Menu) => show(&mut state, lang),
        Some(Command::Speak(l)) => {
            state.lang = Some(l.as_str().to_string());
            show(&mut state, l)
        }
        Some(Command::Cancel) if active => {
            state = State { lang: state.lang.take(), ..State::default() };
            say(
                lang,
                "Dibatalkan. Ketik MENU untuk layanan mandiri.",
                "Cancelled. Type MENU for self-service.",
            )
        }
        Some(Command::Pick(Action::Agent)) => {
            state = State { lang: state.lang.take(), ..State::default() };
            say(
                lang,
                "Silakan tulis keluhan Anda dalam satu pesan; petugas kami akan membalas di sini.",
                "Please write your complaint in one message; our staff will answer here.",
            )
        }
        Some(Command::Pick(action)) => {
            state.shown = false;
            state.evidence.clear();
            state.flow = Some(Flow::new(action));
            menu::prompt(Step::Nik, lang, &[])
        }
        // The answer to a question asked long ago: taken by the menu (it may be a code or a
        // birth date), never handed to a ticket.
        Some(Command::Cancel) | None if lapsed => say(
            lang,
            "Sesi layanan mandiri sudah berakhir. Ketik MENU untuk mulai lagi.",
            "The self-service session has ended. Type MENU to start again.",
        ),
        Some(Command::Cancel) => return Ok(None),
        None => match state.flow.take() {
            Some(flow) => {
                match Box::pin(answer(cx, txn, &client, &mut state, flow, (conv, m, media), lang)).await {
                    Ok(reply) => reply,
                    // The same words for a match and a miss: the counters do not depend on it.
                    Err(crate::error::ServiceError::RateLimited { .. }) => {
                        state.flow = None;
                        say(
                            lang,
                            "Terlalu banyak permintaan. Coba lagi nanti.",
                            "Too many requests. Please try again later.",
                        )
                    }
                    Err(e) => return Err(e),
                }
            }
            None => return Ok(None),
        },
    };
    let keep = state.shown || state.flow.is_some() || state.lang.is_some();
    let json = keep.then(|| serde_json::to_string(&state).unwrap_or_default());
    wstore::set_menu(txn, conv.id, json, keep.then_some(now + IDLE)).await?;
    Ok(Some(reply))
}

fn say(lang: Language, id: &str, en: &str) -> String {
    match lang {
        Language::Id => id.to_string(),
        Language::En => en.to_string(),
    }
}

fn show(state: &mut State, lang: Language) -> String {
    state.shown = true;
    state.flow = None;
    state.evidence.clear();
    menu::menu_text(lang).to_string()
}

/// The vaccines a citizen picks from, in menu order.
fn vaccines() -> Vec<(String, String)> {
    crate::domain::default_vaccines().into_iter().map(|v| (v.code, v.name)).collect()
}

/// The next step's answer: taken (and the next question, or the result), or asked again.
async fn answer(
    cx: &Context,
    txn: &DatabaseTransaction,
    client: &Client,
    state: &mut State,
    mut flow: Flow,
    (conv, m, media): (&Conversation, &Inbound, &Media),
    lang: Language,
) -> ServiceResult<String> {
    let text = m.content.words();
    let list = vaccines();
    if flow.step == Step::Code && flow.challenge.is_some() {
        if flow.action == Action::Phone {
            return Box::pin(phone::confirm(cx, txn, (client, conv, m), state, flow, text, lang)).await;
        }
        return Box::pin(confirm(cx, txn, client, state, flow, text, lang)).await;
    }
    if flow.step == Step::Evidence {
        if let Some(reply) = phone::take_file(cx, state, &mut flow, media, lang) {
            state.flow = Some(flow);
            return Ok(reply);
        }
    }
    if let Err(retry) = flow.take(text, &list) {
        let again = menu::retry_text(retry, lang).to_string();
        state.flow = Some(flow);
        return Ok(again);
    }
    if !flow.facts_complete() {
        let next = menu::prompt(flow.step, lang, &list);
        state.flow = Some(flow);
        return Ok(next);
    }
    let nik = Nik::parse(flow.nik.as_deref().unwrap_or_default())
        .map_err(|e| crate::error::ServiceError::invalid("nik", e))?;
    let full_name = flow.full_name.clone().unwrap_or_default();
    // The portal counts a NIK per client; a WhatsApp account is cheap to make, so the
    // chat also counts each NIK across every conversation.
    let p = &cx.config.portal;
    limits::hit(cx, txn, Scope::Nik, &format!("{}|whatsapp", nik.expose()), p.per_nik, p.per_nik_window)
        .await?;
    if flow.action == Action::Status {
        let status = lookup::check_status_in(cx, txn, client, StatusQuery { nik, full_name }).await?;
        return Ok(match status {
            Status::Processing => say(
                lang,
                "Data vaksinasi Anda masih diproses atau tidak cocok dengan yang kami terima. Periksa NIK dan nama, atau ketik MENU.",
                "Your vaccination data is still being processed or does not match what we received. Check the NIK and name, or type MENU.",
            ),
            Status::NoPhone => say(
                lang,
                "Sertifikat Anda sudah terbit, tetapi tidak ada nomor HP terdaftar. Ketik 4 setelah MENU untuk bicara dengan petugas.",
                "Your certificate is issued, but no phone number is on record. Type MENU, then 4, to talk to an agent.",
            ),
            Status::Sent { phone_masked } => match lang {
                Language::Id => format!("Sertifikat Anda sudah terbit; tautannya dikirim lewat SMS ke {phone_masked}."),
                Language::En => format!("Your certificate is issued; its link went by SMS to {phone_masked}."),
            },
        });
    }
    let claim = IdentityClaim {
        nik,
        full_name,
        birth_date: flow.birth_date.unwrap_or_default(),
        vaccinated_on: flow.vaccinated_on.unwrap_or_default(),
        vaccine: flow.vaccine.clone().unwrap_or_default(),
    };
    if flow.action == Action::Phone {
        return Box::pin(phone::start(cx, txn, client, state, flow, claim, lang)).await;
    }
    flow.challenge = Some(lookup::start_identity_in(cx, txn, client, claim).await?);
    state.flow = Some(flow);
    // The same words whether a code went or not.
    Ok(menu::prompt(Step::Code, lang, &list))
}

async fn confirm(
    cx: &Context,
    txn: &DatabaseTransaction,
    client: &Client,
    state: &mut State,
    flow: Flow,
    text: &str,
    lang: Language,
) -> ServiceResult<String> {
    let Ok(code) = OtpCode::parse(text.trim()) else {
        state.flow = Some(flow);
        return Ok(menu::retry_text(menu::Retry::Code, lang).to_string());
    };
    let challenge = flow.challenge.clone().unwrap_or_default();
    let person = match lookup::confirm_code_in(cx, txn, client, &challenge, &code).await? {
        Ok(p) => p,
        Err(refused) => {
            if matches!(refused, OtpRefusal::Wrong { .. }) {
                state.flow = Some(flow);
            }
            return Ok(menu::refused_text(&refused, lang).to_string());
        }
    };
    // One resend per verified code (the SMS outbox keys resends by their origin).
    let origin = format!("whatsapp:{}", &crate::service::otp::token_hash(&challenge)[..16]);
    match flow.action {
        Action::Download => download(txn, client, person, lang).await,
        _ => resend(cx, txn, client, person, lang, &origin).await,
    }
}

async fn download(
    txn: &DatabaseTransaction,
    client: &Client,
    person: crate::domain::PersonId,
    lang: Language,
) -> ServiceResult<String> {
    let mut certs: Vec<_> = store::certificates::of_person(txn, person)
        .await?
        .into_iter()
        .filter(|c| c.status == CertificateStatus::Active)
        .collect();
    certs.sort_by_key(|c| c.payload.dose);
    if certs.is_empty() {
        return Ok(say(
            lang,
            "Belum ada sertifikat yang terbit untuk data ini.",
            "No certificate has been issued for this record yet.",
        ));
    }
    let mut s = say(
        lang,
        "Tautan sertifikat Anda (berlaku terbatas, jangan dibagikan):",
        "Your certificate links (time-limited, do not share):",
    );
    for c in &certs {
        // A placeholder the send fills in: no live link is ever stored (as for SMS).
        s.push_str(&format!("\n{} {}: {{link:{}}}", say(lang, "Dosis", "Dose"), c.payload.dose, c.id));
        audit_via(
            txn,
            client.via,
            "portal.certificate_link",
            ("certificate", c.id.to_string()),
            serde_json::json!({"ip": client.ip, "version": c.version, "dose": c.payload.dose}),
        )
        .await?;
    }
    Ok(s)
}

async fn resend(
    cx: &Context,
    txn: &DatabaseTransaction,
    client: &Client,
    person: crate::domain::PersonId,
    lang: Language,
    origin: &str,
) -> ServiceResult<String> {
    let queued = match crate::service::actions::resend(cx, txn, person, None, origin).await {
        Ok(outcomes) => {
            outcomes.iter().filter(|o| matches!(o, crate::service::sms::SmsOutcome::Queued(_))).count()
        }
        Err(crate::service::job_queue::JobError::Permanent(_)) => 0,
        Err(crate::service::job_queue::JobError::Temporary(e)) => {
            return Err(crate::error::ServiceError::Unavailable(e))
        }
    };
    audit_via(
        txn,
        client.via,
        "portal.resend_sms",
        ("person", person.0.to_string()),
        serde_json::json!({"ip": client.ip, "queued": queued}),
    )
    .await?;
    Ok(if queued > 0 {
        say(
            lang,
            "SMS sertifikat dikirim ulang ke nomor HP yang terdaftar.",
            "The certificate SMS was sent again to the phone number on record.",
        )
    } else {
        say(
            lang,
            "Tidak ada SMS baru yang dikirim (belum ada sertifikat, atau baru saja dikirim).",
            "No new SMS was sent (no certificate yet, or one was just sent).",
        )
    })
}
