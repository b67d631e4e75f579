//! The facts a citizen gives to say who they are. They *identify* a record; they never
//! authenticate anyone (all of them were public for the President in September 2021):
//! acting on a record also takes a one-time code to its phone.

use chrono::NaiveDate;

use super::names::normalise;
use super::Nik;

/// NIK and name: enough to look up a status, nothing more.
#[derive(Debug, Clone)]
pub struct StatusQuery {
    pub nik: Nik,
    pub full_name: String,
}

/// The five facts the ministry planned to use, as the citizen typed them.
#[derive(Debug, Clone)]
pub struct IdentityClaim {
    pub nik: Nik,
    pub full_name: String,
    pub birth_date: NaiveDate,
    pub vaccinated_on: NaiveDate,
    /// Vaccine code of the reference data.
    pub vaccine: String,
}

/// What a record says, for matching.
pub struct RecordFacts<'a> {
    pub full_name: &'a str,
    pub birth_date: NaiveDate,
    /// (vaccine code, date) of each complete dose.
    pub doses: Vec<(&'a str, NaiveDate)>,
}

/// Names match when they are the same after normalisation (case, spacing, titles, old
/// spellings); a typo is not the same name.
pub fn same_name(typed: &str, on_record: &str) -> bool {
    let (a, b) = (normalise(typed), normalise(on_record));
    !a.is_empty() && a == b
}

/// Why two records may not be folded into one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeRefusal {
    #[error("the records disagree (name or birth date): only a supervisor may merge them, with a reason")]
    NeedsSupervisor,
}

/// Two records may be merged when they describe the same person (the same name after
/// normalisation and the same birth date); records that disagree only by a supervisor
/// who gives a reason (e.g. "KTP and both vaccination cards checked").
pub fn merge_check(
    a: (&str, NaiveDate),
    b: (&str, NaiveDate),
    role: crate::domain::Role,
    reason: Option<&str>,
) -> Result<(), MergeRefusal> {
    let agree = same_name(a.0, b.0) && a.1 == b.1;
    let vouched =
        role.at_least(crate::domain::Role::Supervisor) && reason.is_some_and(|r| !r.trim().is_empty());
    if agree || vouched {
        Ok(())
    } else {
        Err(MergeRefusal::NeedsSupervisor)
    }
}

impl IdentityClaim {
    /// Every fact must agree, and one dose must have that vaccine on that date.
    pub fn matches(&self, r: &RecordFacts<'_>) -> bool {
        same_name(&self.full_name, r.full_name)
            && self.birth_date == r.birth_date
            && r.doses.iter().any(|(v, d)| *v == self.vaccine && *d == self.vaccinated_on)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn records_merge_when_they_agree_or_a_supervisor_vouches() {
        use crate::domain::Role;
        let born = d("1990-05-12");
        let (a, b) = (("Siti Aminah", born), ("SITI  AMINAH", born));
        assert_eq!(merge_check(a, b, Role::Agent, None), Ok(()));
        let other = ("Budi Santoso", born);
        assert_eq!(merge_check(a, other, Role::Agent, None), Err(MergeRefusal::NeedsSupervisor));
        assert_eq!(
            merge_check(a, other, Role::Agent, Some("looked alike")),
            Err(MergeRefusal::NeedsSupervisor)
        );
        assert_eq!(merge_check(a, other, Role::Supervisor, None), Err(MergeRefusal::NeedsSupervisor));
        assert_eq!(merge_check(a, other, Role::Supervisor, Some("  ")), Err(MergeRefusal::NeedsSupervisor));
        assert_eq!(merge_check(a, other, Role::Supervisor, Some("KTP and both cards checked")), Ok(()));
        let later = ("Siti Aminah", d("1990-05-13"));
        assert_eq!(merge_check(a, later, Role::Agent, None), Err(MergeRefusal::NeedsSupervisor));
    }

    #[test]
    fn every_fact_must_agree() {
        let record = RecordFacts {
            full_name: "SITI AMINAH",
            birth_date: d("1990-05-12"),
            doses: vec![("sinovac", d("2021-07-01")), ("sinovac", d("2021-07-29"))],
        };
        let claim = IdentityClaim {
            nik: Nik::parse("3275015205900001").unwrap(),
            full_name: "Siti  Aminah".into(),
            birth_date: d("1990-05-12"),
            vaccinated_on: d("2021-07-29"),
            vaccine: "sinovac".into(),
        };
        assert!(claim.matches(&record));
        let cases: Vec<(&str, IdentityClaim)> = vec![
            ("typo in the name", IdentityClaim { full_name: "Siti Aminha".into(), ..claim.clone() }),
            ("other birth date", IdentityClaim { birth_date: d("1990-05-13"), ..claim.clone() }),
            ("no dose that day", IdentityClaim { vaccinated_on: d("2021-07-30"), ..claim.clone() }),
            ("other vaccine", IdentityClaim { vaccine: "astrazeneca".into(), ..claim.clone() }),
            ("empty name", IdentityClaim { full_name: " ".into(), ..claim.clone() }),
        ];
        for (why, c) in cases {
            assert!(!c.matches(&record), "{why}");
        }
    }

    #[test]
    fn titles_and_case_do_not_matter_in_names() {
        assert!(same_name("Hj. Siti Aminah", "SITI AMINAH"));
        assert!(!same_name("Siti", "Siti Aminah"));
    }
}
