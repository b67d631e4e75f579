//! The self-service menu in the chat, as the ministry's 2021 chatbot offered it: check
//! the status, get the certificate link, have the certificate SMS sent again, talk to an
//! agent, or change the phone number on record (with photos as evidence). What a message means while the menu is in use, and the steps of each
//! action; the service keeps the state between messages and does the work.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Content;
use crate::domain::{Language, Nik, OtpCode, PhoneNumber};

/// What the citizen can do in the chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// NIK and name: the same answer as the portal's status check.
    Status,
    /// The five facts and a code to the phone on record: the certificate links.
    Download,
    /// The five facts and a code: the certificate SMS again.
    Resend,
    /// The next message goes to an agent as a ticket.
    Agent,
    /// The five facts, the new number and photos as evidence, then a code to the new
    /// number: the portal's phone-change request, reviewed by staff.
    Phone,
}

impl Action {
    /// In menu order (the phone change came last: "4" stays "talk to an agent").
    const MENU: [Action; 5] =
        [Action::Status, Action::Download, Action::Resend, Action::Agent, Action::Phone];

    fn id(self) -> &'static str {
        match self {
            Action::Status => "menu.status",
            Action::Download => "menu.download",
            Action::Resend => "menu.resend",
            Action::Agent => "menu.agent",
            Action::Phone => "menu.phone",
        }
    }
}

/// What a message asks of the menu, before any step reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Menu,
    Cancel,
    Pick(Action),
    /// Switch the menu's language (and show it again).
    Speak(Language),
}

/// A command, if the message is one. A number picks from the menu only while it is
/// shown; anything else is a step's answer or a complaint for a ticket.
pub fn command(content: &Content, menu_shown: bool) -> Option<Command> {
    if let Content::Choice { id, .. } = content {
        return Action::MENU.iter().find(|a| a.id() == id).map(|a| Command::Pick(*a));
    }
    let Content::Text { body } = content else { return None };
    let t = body.trim().trim_end_matches(['.', '!']).to_lowercase();
    Some(match t.as_str() {
        "menu" | "mulai" | "start" | "layanan" | "#menu" => Command::Menu,
        "batal" | "cancel" | "stop" | "keluar" => Command::Cancel,
        "english" | "in english" => Command::Speak(Language::En),
        "bahasa" | "indonesia" | "bahasa indonesia" => Command::Speak(Language::Id),
        "1" | "2" | "3" | "4" | "5" if menu_shown => {
            Command::Pick(Action::MENU[t.parse::<usize>().ok()? - 1])
        }
        _ => return None,
    })
}

/// One step of an action: what the next message must answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Nik,
    Name,
    BirthDate,
    VaccinatedOn,
    Vaccine,
    /// The new phone number (a phone change).
    NewPhone,
    /// Photos or scans as evidence, one per message, until "selesai" (a phone change).
    Evidence,
    Code,
}

/// An action in progress and what the citizen has answered so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flow {
    pub action: Action,
    pub step: Step,
    pub nik: Option<String>,
    pub full_name: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub vaccinated_on: Option<NaiveDate>,
    pub vaccine: Option<String>,
    /// A phone change's new number.
    #[serde(default)]
    pub new_phone: Option<String>,
    /// How many evidence files a phone change has so far (the service keeps them).
    #[serde(default)]
    pub evidence: usize,
    /// The one-time-code flow token, once the facts are in.
    pub challenge: Option<String>,
}

/// Why an answer was not taken (the step is asked again).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    Nik,
    Name,
    Date,
    Vaccine,
    Phone,
    /// At the evidence step: a photo or scan, or "selesai" once one was sent.
    Evidence,
    Code,
}

/// Words that end the evidence step.
const DONE: [&str; 6] = ["selesai", "sudah", "done", "finish", "finished", "kirim"];

impl Flow {
    pub fn new(action: Action) -> Self {
        Self {
            action,
            step: Step::Nik,
            nik: None,
            full_name: None,
            birth_date: None,
            vaccinated_on: None,
            vaccine: None,
            new_phone: None,
            evidence: 0,
            challenge: None,
        }
    }

    /// Takes the answer to the current step and moves on. `vaccines` are the reference
    /// codes in menu order (an answer may be their number or their name).
    pub fn take(&mut self, answer: &str, vaccines: &[(String, String)]) -> Result<(), Retry> {
        let a = answer.trim();
        match self.step {
            Step::Nik => {
                let nik = Nik::parse(a).map_err(|_| Retry::Nik)?;
                self.nik = Some(nik.expose().to_string());
                self.step = Step::Name;
            }
            Step::Name => {
                if a.is_empty() || a.chars().count() > 100 || a.chars().any(|c| c.is_ascii_digit()) {
                    return Err(Retry::Name);
                }
                self.full_name = Some(a.to_string());
                // The status check needs only the NIK and the name.
                self.step = if self.action == Action::Status { Step::Code } else { Step::BirthDate };
            }
            Step::BirthDate => {
                self.birth_date = Some(crate::domain::correction::parse_date(a).ok_or(Retry::Date)?);
                self.step = Step::VaccinatedOn;
            }
            Step::VaccinatedOn => {
                self.vaccinated_on = Some(crate::domain::correction::parse_date(a).ok_or(Retry::Date)?);
                self.step = Step::Vaccine;
            }
            Step::Vaccine => {
                let lower = a.to_lowercase();
                let by_number = a.parse::<usize>().ok().and_then(|n| vaccines.get(n.wrapping_sub(1)));
                let by_name = vaccines.iter().find(|(code, name)| {
                    lower == *code || name.to_lowercase().contains(&lower) && lower.chars().count() >= 4
                });
                let (code, _) = by_number.or(by_name).ok_or(Retry::Vaccine)?;
                self.vaccine = Some(code.clone());
                self.step = if self.action == Action::Phone { Step::NewPhone } else { Step::Code };
            }
            Step::NewPhone => {
                let phone = PhoneNumber::parse(a).map_err(|_| Retry::Phone)?;
                self.new_phone = Some(phone.expose().to_string());
                self.step = Step::Evidence;
            }
            Step::Evidence => {
                let word = a.trim_end_matches(['.', '!']).to_lowercase();
                if self.evidence == 0 || !DONE.contains(&word.as_str()) {
                    return Err(Retry::Evidence);
                }
                self.step = Step::Code;
            }
            Step::Code => {
                OtpCode::parse(a).map_err(|_| Retry::Code)?;
            }
        }
        Ok(())
    }

    /// One more evidence file, unless `max` are in already.
    pub fn add_evidence(&mut self, max: usize) -> bool {
        let room = self.step == Step::Evidence && self.evidence < max;
        self.evidence += usize::from(room);
        room
    }

    /// Every fact an identity check needs, once the steps before the code are done.
    pub fn facts_complete(&self) -> bool {
        self.step == Step::Code && self.challenge.is_none()
    }
}

/// The menu, numbered, in the citizen's language.
pub fn menu_text(lang: Language) -> &'static str {
    match lang {
        Language::Id => {
            "Layanan mandiri sertifikat vaksin. Balas dengan angka:\n\
             1. Cek status sertifikat\n\
             2. Dapatkan tautan unduh sertifikat\n\
             3. Kirim ulang SMS sertifikat\n\
             4. Bicara dengan petugas\n\
             5. Ganti nomor HP\n\
             Ketik BATAL kapan saja untuk berhenti, ENGLISH for English."
        }
        Language::En => {
            "Vaccine certificate self-service. Reply with a number:\n\
             1. Check the certificate status\n\
             2. Get the certificate download link\n\
             3. Send the certificate SMS again\n\
             4. Talk to an agent\n\
             5. Change my phone number\n\
             Type CANCEL at any time to stop, BAHASA untuk Bahasa Indonesia."
        }
    }
}

/// What to ask for a step (`vaccines`: the numbered list shown at the vaccine step).
pub fn prompt(step: Step, lang: Language, vaccines: &[(String, String)]) -> String {
    let id = lang == Language::Id;
    match step {
        Step::Nik => if id { "Kirim NIK Anda (16 digit, sesuai KTP)." } else { "Send your NIK (16 digits, as on your KTP)." }.into(),
        Step::Name => if id { "Nama lengkap sesuai KTP?" } else { "Your full name as on your KTP?" }.into(),
        Step::BirthDate => if id { "Tanggal lahir (HH-BB-TTTT)?" } else { "Date of birth (DD-MM-YYYY)?" }.into(),
        Step::VaccinatedOn => {
            if id { "Tanggal salah satu vaksinasi Anda (HH-BB-TTTT)?" } else { "The date of one of your vaccinations (DD-MM-YYYY)?" }.into()
        }
        Step::Vaccine => {
            let mut s = String::from(if id { "Jenis vaksin pada tanggal itu? Balas dengan angka:" } else { "Which vaccine on that date? Reply with a number:" });
            for (i, (_, name)) in vaccines.iter().enumerate() {
                s.push_str(&format!("\n{}. {name}", i + 1));
            }
            s
        }
        Step::NewPhone => if id { "Nomor HP baru Anda (mis. 0812…)?" } else { "Your new phone number (e.g. 0812…)?" }.into(),
        Step::Evidence => if id {
            "Kirim foto KTP atau kartu vaksin Anda (foto JPEG, PNG, WebP atau PDF; satu per pesan). Ketik SELESAI jika sudah."
        } else {
            "Send a photo of your KTP or vaccination card (JPEG, PNG, WebP or PDF; one per message). Type DONE when finished."
        }
        .into(),
        Step::Code => if id {
            "Jika data cocok, kode 6 angka telah dikirim lewat SMS ke nomor HP yang terdaftar. Balas dengan kode itu."
        } else {
            "If the details match, a 6-digit code was sent by SMS to the phone number on record. Reply with that code."
        }
        .into(),
    }
}

/// What to ask once a phone change's facts are in: the code went to the new number.
pub fn new_phone_code_prompt(lang: Language) -> &'static str {
    match lang {
        Language::Id => "Kode 6 angka telah dikirim lewat SMS ke nomor HP baru Anda. Balas dengan kode itu.",
        Language::En => "A 6-digit code was sent by SMS to your new phone number. Reply with that code.",
    }
}

/// What to say when a code was refused: a wrong one may be tried again (the flow
/// stays), an expired or exhausted one means starting over.
pub fn refused_text(r: &crate::domain::OtpRefusal, lang: Language) -> &'static str {
    match (r, lang) {
        (crate::domain::OtpRefusal::Wrong { .. }, Language::Id) => "Kode salah. Coba lagi, atau ketik BATAL.",
        (crate::domain::OtpRefusal::Wrong { .. }, Language::En) => "Wrong code. Try again, or type CANCEL.",
        (_, Language::Id) => {
            "Kode tidak berlaku lagi (kedaluwarsa atau terlalu banyak percobaan). Ketik MENU untuk mulai lagi."
        }
        (_, Language::En) => "The code is no longer valid (expired or too many tries). Type MENU to start again.",
    }
}

/// What to say when an answer was not taken.
pub fn retry_text(r: Retry, lang: Language) -> &'static str {
    let id = lang == Language::Id;
    match r {
        Retry::Nik => {
            if id {
                "NIK harus 16 digit dan sah. Coba lagi, atau ketik BATAL."
            } else {
                "A NIK is 16 valid digits. Try again, or type CANCEL."
            }
        }
        Retry::Name => {
            if id {
                "Tulis nama lengkap tanpa angka."
            } else {
                "Write your full name without digits."
            }
        }
        Retry::Date => {
            if id {
                "Tulis tanggal seperti 17-08-1990."
            } else {
                "Write the date like 17-08-1990."
            }
        }
        Retry::Vaccine => {
            if id {
                "Balas dengan angka dari daftar vaksin."
            } else {
                "Reply with a number from the vaccine list."
            }
        }
        Retry::Phone => {
            if id {
                "Tulis nomor HP seluler Indonesia, mis. 081234567890."
            } else {
                "Write an Indonesian mobile number, e.g. 081234567890."
            }
        }
        Retry::Evidence => {
            if id {
                "Kirim foto atau pindaian (satu per pesan); ketik SELESAI setelah minimal satu terkirim."
            } else {
                "Send a photo or scan (one per message); type DONE once at least one is sent."
            }
        }
        Retry::Code => {
            if id {
                "Kode terdiri dari 6 angka."
            } else {
                "The code is 6 digits."
            }
        }
    }
}

#[cfg(test)]
mod tests;
