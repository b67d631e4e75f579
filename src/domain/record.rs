//! Vaccination records as the facilities' feed delivers them: parsing one person's
//! line into checked values, and deciding which doses are complete enough for a
//! certificate (the rest stay `pending_input`, the "still queued" cause).

use chrono::NaiveDate;
use serde::Deserialize;

use super::{Nik, PhoneNumber, Sex};

/// One person as the feed sends them. Fields a feed adds beyond these are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct RawPerson {
    pub nik: String,
    pub full_name: String,
    pub birth_date: String,
    pub sex: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub doses: Vec<RawDose>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RawDose {
    pub dose: i64,
    #[serde(default)]
    pub vaccine: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub facility: Option<String>,
    #[serde(default)]
    pub batch: Option<String>,
}

/// A person whose identity fields are valid. Doses may still be incomplete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRecord {
    pub nik: Nik,
    pub full_name: String,
    pub birth_date: NaiveDate,
    pub sex: Sex,
    pub phone: Option<PhoneNumber>,
    pub email: Option<String>,
    pub doses: Vec<DoseRecord>,
    /// Problems that did not stop the import (an unusable phone number, …).
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoseRecord {
    pub dose: u8,
    pub vaccine: String,
    pub date: Option<NaiveDate>,
    pub facility: Option<String>,
    pub batch: Option<String>,
    /// Why a certificate cannot be issued yet; `None` when the dose is complete.
    pub pending: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {reason}")]
pub struct RecordError {
    pub field: &'static str,
    pub reason: String,
}

fn err(field: &'static str, reason: impl ToString) -> RecordError {
    RecordError { field, reason: reason.to_string() }
}

fn date(field: &'static str, s: &str) -> Result<NaiveDate, RecordError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| err(field, "must be a date like 2021-07-12"))
}

fn blank_to_none(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

impl PersonRecord {
    /// The digest a certificate of `dose` would carry; `None` while the dose is pending.
    pub fn dose_digest(&self, dose: &DoseRecord) -> Option<String> {
        if dose.pending.is_some() {
            return None;
        }
        Some(
            super::CertifiedFacts {
                nik: self.nik.expose(),
                full_name: &self.full_name,
                birth_date: self.birth_date,
                dose: dose.dose,
                vaccine: &dose.vaccine,
                vaccinated_on: dose.date?,
                facility: dose.facility.as_deref()?,
                batch: dose.batch.as_deref(),
            }
            .digest(),
        )
    }
}

impl RawPerson {
    /// Checks identity fields (a bad one rejects the line) and classifies each dose.
    /// `known_vaccine` tells whether a brand code is in the reference data.
    pub fn check(self, known_vaccine: impl Fn(&str) -> bool) -> Result<PersonRecord, RecordError> {
        let nik = Nik::parse(&self.nik).map_err(|e| err("nik", e))?;
        let full_name = self.full_name.split_whitespace().collect::<Vec<_>>().join(" ");
        if full_name.is_empty() || full_name.chars().count() > 200 {
            return Err(err("full_name", "must be 1-200 characters"));
        }
        let birth_date = date("birth_date", &self.birth_date)?;
        let sex = match self.sex.trim().to_ascii_uppercase().as_str() {
            "M" | "L" | "MALE" | "LAKI-LAKI" => Sex::Male,
            "F" | "P" | "FEMALE" | "PEREMPUAN" => Sex::Female,
            _ => return Err(err("sex", "must be M or F")),
        };
        let mut warnings = Vec::new();
        let phone = match blank_to_none(self.phone) {
            None => None,
            Some(p) => match PhoneNumber::parse(&p) {
                Ok(p) => Some(p),
                Err(e) => {
                    // A mistyped number is one of the causes certdesk exists for: keep the
                    // person, record the number as missing, and say why.
                    warnings.push(format!("phone ignored: {e}"));
                    None
                }
            },
        };
        let mut doses = Vec::with_capacity(self.doses.len());
        for d in self.doses {
            let dose = u8::try_from(d.dose)
                .ok()
                .filter(|n| (1..=9).contains(n))
                .ok_or_else(|| err("doses.dose", "must be 1-9"))?;
            if doses.iter().any(|x: &DoseRecord| x.dose == dose) {
                return Err(err("doses.dose", format!("dose {dose} appears twice")));
            }
            let vaccine = blank_to_none(d.vaccine).map(|v| v.to_ascii_lowercase());
            let date = blank_to_none(d.date).map(|s| date("doses.date", &s)).transpose()?;
            let facility = blank_to_none(d.facility);
            let mut missing = Vec::new();
            match &vaccine {
                None => missing.push("vaccine".to_string()),
                Some(v) if !known_vaccine(v) => missing.push(format!("unknown vaccine {v}")),
                _ => {}
            }
            if date.is_none() {
                missing.push("date".into());
            }
            if facility.is_none() {
                missing.push("facility".into());
            }
            if let Some(day) = date {
                if day < birth_date {
                    return Err(err("doses.date", "is before the birth date"));
                }
            }
            doses.push(DoseRecord {
                dose,
                vaccine: vaccine.unwrap_or_default(),
                date,
                facility,
                batch: blank_to_none(d.batch),
                pending: (!missing.is_empty()).then(|| format!("waiting for {}", missing.join(", "))),
            });
        }
        doses.sort_by_key(|d| d.dose);
        Ok(PersonRecord {
            nik,
            full_name,
            birth_date,
            sex,
            phone,
            email: blank_to_none(self.email),
            doses,
            warnings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> RawPerson {
        serde_json::from_str(json).unwrap()
    }

    const OK: &str = r#"{"nik":"3275011205900001","full_name":" Muhamad  Rizki ","birth_date":"1990-05-12","sex":"M","phone":"0812-3456-7890","extra":"ignored","doses":[{"dose":2,"vaccine":"CoronaVac","date":"2021-08-09","facility":"Puskesmas Bekasi"},{"dose":1,"vaccine":"coronavac","date":"2021-07-12","facility":"Puskesmas Bekasi","batch":"A1"}]}"#;

    #[test]
    fn a_complete_line_checks_out() {
        let p = raw(OK).check(|v| v == "coronavac").unwrap();
        assert_eq!(p.full_name, "Muhamad Rizki");
        assert_eq!(p.phone.unwrap().expose(), "+6281234567890");
        assert_eq!(p.doses.iter().map(|d| d.dose).collect::<Vec<_>>(), [1, 2]);
        assert!(p.doses.iter().all(|d| d.pending.is_none()));
    }

    #[test]
    fn incomplete_doses_stay_pending_with_the_reason() {
        let p = raw(r#"{"nik":"3275011205900001","full_name":"A","birth_date":"1990-05-12","sex":"F","phone":null,"doses":[{"dose":1,"vaccine":"brandx","date":null,"facility":""}]}"#)
            .check(|v| v == "coronavac")
            .unwrap();
        assert_eq!(p.doses[0].pending.as_deref(), Some("waiting for unknown vaccine brandx, date, facility"));
        assert!(p.phone.is_none());
    }

    #[test]
    fn a_bad_phone_is_a_warning_not_a_rejection() {
        let p = raw(r#"{"nik":"3275011205900001","full_name":"A","birth_date":"1990-05-12","sex":"M","phone":"021-555"}"#)
            .check(|_| true)
            .unwrap();
        assert!(p.phone.is_none());
        assert!(p.warnings[0].starts_with("phone ignored"));
    }

    #[test]
    fn bad_identity_fields_reject_the_line_naming_the_field() {
        let cases = [
            (r#"{"nik":"123","full_name":"A","birth_date":"1990-05-12","sex":"M"}"#, "nik"),
            (
                r#"{"nik":"3275011205900001","full_name":" ","birth_date":"1990-05-12","sex":"M"}"#,
                "full_name",
            ),
            (
                r#"{"nik":"3275011205900001","full_name":"A","birth_date":"12/05/1990","sex":"M"}"#,
                "birth_date",
            ),
            (r#"{"nik":"3275011205900001","full_name":"A","birth_date":"1990-05-12","sex":"X"}"#, "sex"),
            (
                r#"{"nik":"3275011205900001","full_name":"A","birth_date":"1990-05-12","sex":"M","doses":[{"dose":0}]}"#,
                "doses.dose",
            ),
            (
                r#"{"nik":"3275011205900001","full_name":"A","birth_date":"1990-05-12","sex":"M","doses":[{"dose":1},{"dose":1}]}"#,
                "doses.dose",
            ),
            (
                r#"{"nik":"3275011205900001","full_name":"A","birth_date":"1990-05-12","sex":"M","doses":[{"dose":1,"date":"1980-01-01"}]}"#,
                "doses.date",
            ),
        ];
        for (json, field) in cases {
            assert_eq!(raw(json).check(|_| true).unwrap_err().field, field, "{json}");
        }
    }
}
