//! A phone change in the chat: the portal's request, step for step. The five facts and
//! the new number as the menu asked them, photos or scans sent one per message (checked
//! and stored as portal uploads are, by the intake job before the conversation is
//! locked), then a code to the new number; the right code files the same correction
//! request and ticket as the portal, with channel `whatsapp`.

use sea_orm::DatabaseTransaction;

use super::{Media, State};
use crate::domain::identity::IdentityClaim;
use crate::domain::whatsapp::menu::{self, Flow, Retry};
use crate::domain::{Language, OtpCode, OtpRefusal, PhoneNumber};
use crate::error::{ServiceError, ServiceResult};
use crate::service::portal::requests::{
    admit_phone_change, confirm_phone_change_in, send_new_phone_code, PhoneChange,
};
use crate::service::portal::Client;
use crate::service::Context;
use crate::store::whatsapp::{self as wstore, Conversation};

/// A file at the evidence step: taken (and counted), or refused with the reason the
/// citizen can act on. `None`: the message is text, for the step to read.
pub(super) fn take_file(
    cx: &Context,
    state: &mut State,
    flow: &mut Flow,
    media: &Media,
    lang: Language,
) -> Option<String> {
    let max = cx.config.portal.max_uploads;
    Some(match media {
        Media::None => return None,
        Media::Evidence(stored) if flow.add_evidence(max) => {
            state.evidence.push(stored.clone());
            match lang {
                Language::Id => {
                    format!("Diterima ({} berkas). Kirim lagi, atau ketik SELESAI.", flow.evidence)
                }
                Language::En => format!("Received ({} file(s)). Send another, or type DONE.", flow.evidence),
            }
        }
        Media::Evidence(_) => match lang {
            Language::Id => format!("Paling banyak {max} berkas. Ketik SELESAI untuk lanjut."),
            Language::En => format!("At most {max} files. Type DONE to go on."),
        },
        // Refused by its content or size, not fetched, or sent before this step.
        Media::Unavailable(_) | Media::Stored(_) => {
            let mb = cx.config.portal.max_upload_bytes / (1024 * 1024);
            match lang {
                Language::Id => format!(
                    "Berkas ini tidak dapat dipakai: hanya foto JPEG, PNG, WebP atau PDF, paling besar {mb} MB. Kirim lagi."
                ),
                Language::En => {
                    format!("This file cannot be used: only JPEG, PNG, WebP photos or PDF scans, at most {mb} MB. Send it again.")
                }
            }
        }
    })
}

/// The facts, the number and the evidence are in: the portal's checks and a code to the
/// new number, whether or not the facts matched (the same answer either way).
pub(super) async fn start(
    cx: &Context,
    txn: &DatabaseTransaction,
    client: &Client,
    state: &mut State,
    mut flow: Flow,
    claim: IdentityClaim,
    lang: Language,
) -> ServiceResult<String> {
    let new_phone = PhoneNumber::parse(flow.new_phone.as_deref().unwrap_or_default())
        .map_err(|e| ServiceError::invalid("new_phone", e))?;
    let matched = admit_phone_change(cx, txn, client, &claim, &new_phone).await?;
    let evidence = std::mem::take(&mut state.evidence);
    flow.challenge =
        Some(Box::pin(send_new_phone_code(cx, txn, client, &claim, &new_phone, matched, evidence)).await?);
    state.flow = Some(flow);
    Ok(menu::new_phone_code_prompt(lang).to_string())
}

/// The code from the new number: the request filed (and the chat linked to its ticket,
/// so the agent can answer there), or the code asked again.
pub(super) async fn confirm(
    cx: &Context,
    txn: &DatabaseTransaction,
    (client, conv, m): (&Client, &Conversation, &crate::domain::whatsapp::Inbound),
    state: &mut State,
    flow: Flow,
    text: &str,
    lang: Language,
) -> ServiceResult<String> {
    let Ok(code) = OtpCode::parse(text.trim()) else {
        state.flow = Some(flow);
        return Ok(menu::retry_text(Retry::Code, lang).to_string());
    };
    let challenge = flow.challenge.clone().unwrap_or_default();
    Ok(match Box::pin(confirm_phone_change_in(cx, txn, client, &challenge, &code)).await? {
        PhoneChange::Filed { number, ticket } => {
            wstore::link_ticket(txn, &m.wamid, ticket).await?;
            wstore::touched(txn, conv, ticket, None, cx.now()).await?;
            filed_text(&number, lang)
        }
        PhoneChange::Refused(refused) => {
            if matches!(refused, OtpRefusal::Wrong { .. }) {
                state.flow = Some(flow);
            }
            menu::refused_text(&refused, lang).to_string()
        }
    })
}

fn filed_text(number: &crate::domain::TicketNumber, lang: Language) -> String {
    match lang {
        Language::Id => format!(
            "Permintaan ganti nomor HP tercatat dengan nomor {number}. Petugas akan memeriksanya; \
                 hasilnya dikirim lewat SMS."
        ),
        Language::En => format!(
            "Your phone number change is filed as {number}. Our staff will review it; the outcome \
                 goes by SMS."
        ),
    }
}
