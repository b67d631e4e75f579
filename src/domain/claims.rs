//! What a complaint claims, read like an agent would: which dose it is about, whom it is
//! written for, what each phone number and NIK in it is (old or new, mine or my
//! mother's, wrong or right), and which recorded field the citizen says is wrong, with
//! the values they give. Table-driven (`lexicon`), Bahasa Indonesia and English; only
//! the writer's own words count (quotes and signatures are cut first). Pure.

mod fields;
pub mod lexicon;
mod roles;
mod values;
mod whom;

use chrono::NaiveDate;

pub use fields::CONTRAST;
pub use roles::{doses, has_word, phrases, sentence};
pub use values::{dates, month, quoted, vaccines};

use super::extract::{extract_own, own_words_of};
use super::{Nik, PhoneNumber};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneRole {
    /// The writer says it is old, lost or no longer in use.
    Old,
    /// The one to use now.
    New,
    Unspecified,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NikRole {
    /// "NIK saya", the sender's.
    Own,
    /// A relative's ("NIK ibu saya").
    Relative,
    /// "the correct NIK is …", "seharusnya …".
    Correct,
    /// The one the writer asks to have checked ("tolong cek …", "please check …").
    Asked,
    /// "… not …", "yang salah".
    Wrong,
    /// A relative's, said to be fine ("NIK bapak … tidak ada masalah"): not the subject.
    Settled,
    Unspecified,
}

/// What the words beside a NIK say of its certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NikStatus {
    /// "(received)", "udh keluar", "sudah beres".
    Fine,
    /// "belum", "is the problem".
    Missing,
    Unsaid,
}

/// A recorded field a complaint can say is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldName {
    FullName,
    BirthDate,
    VaccinatedOn,
    Vaccine,
    Sex,
    Nik,
}

impl FieldName {
    /// As correction requests name it.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldName::FullName => "full_name",
            FieldName::BirthDate => "birth_date",
            FieldName::VaccinatedOn => "vaccinated_on",
            FieldName::Vaccine => "vaccine",
            FieldName::Sex => "sex",
            FieldName::Nik => "nik",
        }
    }
}

/// "This field is wrong", with the values written near it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldClaim {
    pub field: FieldName,
    /// The writer's sentence, as evidence (at most 200 characters).
    pub quote: String,
    pub dates: Vec<NaiveDate>,
    /// Vaccine brand codes.
    pub vaccines: Vec<String>,
    /// Quoted or capitalised names.
    pub names: Vec<String>,
    /// Only a value given ("tanggal lahir saya 12-05-1990"), no word of wrongness: a
    /// claim only where the record says otherwise.
    pub stated: bool,
}

#[derive(Clone, Default, PartialEq, Eq)]
pub struct Claims {
    /// Doses the complaint names (3 for a booster), in order of mention.
    pub doses: Vec<u8>,
    /// The relative it is written for ("ibu"), if any.
    pub on_behalf: Option<String>,
    pub phones: Vec<(PhoneNumber, PhoneRole)>,
    pub niks: Vec<(Nik, NikRole)>,
    /// The writer says their phone or number changed, or is lost (numbers or not).
    pub phone_changed: bool,
    pub fields: Vec<FieldClaim>,
    /// The writer says their own record is the one meant: their certificate is missing
    /// ("NIK saya … belum keluar", "mine is still missing") or they ask for their own
    /// NIK to be checked ("mohon dicek NIK saya, …").
    pub own_meant: bool,
    /// The writer's own words (quotes and signatures cut), for checks against the record.
    pub own: String,
}

/// Without the writer's words: they hold NIKs and phone numbers in full.
impl std::fmt::Debug for Claims {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Claims")
            .field("doses", &self.doses)
            .field("on_behalf", &self.on_behalf)
            .field("phones", &self.phones)
            .field("niks", &self.niks)
            .field("phone_changed", &self.phone_changed)
            .field("fields", &self.fields)
            .field("own_meant", &self.own_meant)
            .field("own", &format_args!("[{} bytes]", self.own.len()))
            .finish()
    }
}

impl Claims {
    /// The number to reach the writer at: one the words do not call old or lost, else
    /// the first mobile number `found` in the text.
    pub fn contact_phone(&self, found: &[PhoneNumber]) -> Option<PhoneNumber> {
        self.phones
            .iter()
            .find(|(_, role)| *role != PhoneRole::Old)
            .map(|(p, _)| p.clone())
            .or_else(|| found.first().cloned())
    }

    /// The tags a new ticket starts with: `on_behalf` when written for a relative (the
    /// sender's own address and number are not the record's: no link by contact, and
    /// the agent sees it at once).
    pub fn ticket_tags(&self) -> Vec<super::Tag> {
        self.on_behalf.as_ref().map(|_| super::IntakeTag::OnBehalf.into()).into_iter().collect()
    }

    /// The NIK the complaint is about: the one called correct; else a relative's when
    /// written for one, the sender's otherwise; else the only one not called wrong; else
    /// the one asked to be checked. `None` when the words cannot decide (the caller may
    /// look at the records).
    pub fn subject_nik(&self) -> Option<&Nik> {
        if self.niks.len() == 1 {
            return self.niks.first().map(|(n, _)| n);
        }
        let only = |keep: &dyn Fn(NikRole) -> bool| -> Option<&Nik> {
            let mut hits = self.niks.iter().filter(|(_, r)| keep(*r)).map(|(n, _)| n);
            match (hits.next(), hits.next()) {
                (Some(n), None) => Some(n),
                _ => None,
            }
        };
        let written_for = self.on_behalf.is_some();
        let own_given = self.niks.iter().any(|(_, r)| *r == NikRole::Own);
        if self.another_unexplained() {
            return None;
        }
        let strong = only(&|r| r == NikRole::Correct)
            // The writer's own given beside one they ask to have checked ("NIK saya …
            // sebagai pelapor. NIK yang perlu dicek: …"): the latter.
            .or_else(|| only(&|r| r == NikRole::Asked).filter(|_| own_given));
        // Written for kin and about the writer's own at once (a relative vaccinated
        // alongside, whose certificate came in words no list holds): whose NIK is whose
        // does not say which is meant.
        if written_for && self.own_meant {
            return strong;
        }
        strong
            .or_else(|| if written_for { only(&|r| r == NikRole::Relative) } else { None })
            .or_else(|| if written_for { None } else { only(&|r| r == NikRole::Own) })
            // Not written for a relative: a relative's NIK is not the subject.
            .or_else(|| {
                if written_for {
                    None
                } else {
                    only(&|r| !matches!(r, NikRole::Wrong | NikRole::Settled | NikRole::Relative))
                }
            })
            .or_else(|| only(&|r| !matches!(r, NikRole::Wrong | NikRole::Settled)))
            // Of several the words cannot tell apart, the one asked to be checked.
            .or_else(|| only(&|r| r == NikRole::Asked))
    }

    /// Whether the words call a NIK right or wrong ("NIK X salah ketik, yang benar Y").
    pub fn corrects_a_nik(&self) -> bool {
        self.niks.iter().any(|(_, r)| matches!(r, NikRole::Correct | NikRole::Wrong))
    }

    /// The writer's own NIK given beside another person's, with nothing that says which
    /// of the two the mail is about: no relative it is written for, neither called right,
    /// wrong, fine or the one to check, and no word that the writer's own is meant. A writer
    /// who names their own NIK "to avoid a mix-up" and then another's is usually writing
    /// for that other person in words for kin the reader may not know ("uwak", "si
    /// mbarep", "my old man"); linking either would be a guess, so the agent chooses.
    pub fn another_unexplained(&self) -> bool {
        let [(_, a), (_, b)] = self.niks.as_slice() else { return false };
        let other = |r: &NikRole| matches!(r, NikRole::Unspecified | NikRole::Relative);
        self.on_behalf.is_none()
            && !self.own_meant
            && ((*a == NikRole::Own && other(b)) || (*b == NikRole::Own && other(a)))
    }
}

/// Reads the claims of a complaint (text and subject).
pub fn read(text: &str, subject: &str) -> Claims {
    let own = own_words_of(text, subject);
    let found = extract_own(&own);
    // ASCII lower case keeps byte offsets, so spans found in one hold in the other.
    let lower = own.to_ascii_lowercase();
    let spans = roles::Spans::locate(&own, &found.niks, &found.phones);
    let phones: Vec<_> = found.phones.iter().map(|p| (p.clone(), spans.phone_role(&lower, p))).collect();
    // A new handset with the same number is no change of number.
    let same_number = lexicon::SAME_NUMBER.iter().any(|p| roles::has_word(&lower, p));
    let said =
        lexicon::PHONE_CHANGED.iter().any(|p| roles::has_word(&lower, p)) || roles::phone_change_said(&lower);
    let phone_changed = (said && !same_number) || phones.iter().any(|(_, r)| *r == PhoneRole::Old);
    let read_niks: Vec<_> = found
        .niks
        .iter()
        .map(|n| (n.clone(), spans.nik_role(&lower, n), spans.nik_status(&lower, n)))
        .collect();
    // Of two NIKs, the writer's own said missing and no relative's: the relative named
    // beside it is context ("anak saya (…) yang terbit, NIK saya … belum").
    let own_said_missing = read_niks.iter().any(|(n, r, s)| {
        *s == NikStatus::Missing
            && (*r == NikRole::Own || (*r == NikRole::Unspecified && spans.mine_before(&lower, n)))
    });
    let own_asked = read_niks.iter().any(|(n, r, _)| *r == NikRole::Own && spans.asked_of(&lower, n));
    let mine_missing = read_niks.len() > 1
        && own_said_missing
        && !read_niks.iter().any(|(_, r, s)| *r == NikRole::Relative && *s == NikStatus::Missing);
    let own_missing = whom::own_missing(&lower);
    // A NIK whose certificate is said to have come is not the one complained about.
    let niks: Vec<_> = read_niks
        .into_iter()
        .map(|(n, r, s)| match (r, s) {
            (NikRole::Correct | NikRole::Wrong, _) => (n, r),
            (_, NikStatus::Fine) => (n, NikRole::Settled),
            _ => (n, r),
        })
        .collect();
    // "NIK X salah ketik, yang benar Y" corrects the mail, not the record.
    let corrects_itself = niks.iter().any(|(_, r)| matches!(r, NikRole::Wrong | NikRole::Correct));
    let mut fields = fields::field_claims(&own, &lower);
    fields.retain(|f| {
        f.field != FieldName::Nik || !corrects_itself || fields::on_record(&f.quote.to_ascii_lowercase())
    });
    Claims {
        doses: roles::doses(&lower),
        // "Only mine is missing; my daughter's came": a relative named is not whom it is for.
        on_behalf: whom::on_behalf(&lower).filter(|_| !mine_missing && !own_missing),
        phones,
        niks,
        phone_changed,
        fields,
        own_meant: own_said_missing || own_asked || own_missing || whom::own_trouble(&lower),
        own,
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod two_niks_tests;
