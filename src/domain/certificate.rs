//! Certificates: what one says (the payload, frozen at issue), its life cycle
//! (active → superseded | revoked, never edited in place) and the digest that tells
//! when the record behind it changed so a new version is due.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::ticket::named_enum;
use super::PersonId;

named_enum!(
    CertificateStatus { Active = "active", Superseded = "superseded", Revoked = "revoked" }
);

named_enum!(
    /// Why a certificate stopped being valid. Public on the verify page, so no personal data.
    RevocationReason {
        /// The record was corrected; a new version carries the right data.
        RecordCorrected = "record_corrected",
        /// Reissued on request (lost, damaged, ticket resolution).
        ReissueRequested = "reissue_requested",
        /// The vaccination did not happen as recorded.
        IssuedInError = "issued_in_error",
        /// The record was a duplicate of another person's record and was merged.
        DuplicateRecord = "duplicate_record",
        /// Forged or obtained by fraud.
        Fraud = "fraud",
    }
);

impl RevocationReason {
    /// Whether the holder should expect a replacement (superseded) or none (revoked).
    pub fn replaces(self) -> bool {
        matches!(self, Self::RecordCorrected | Self::ReissueRequested | Self::DuplicateRecord)
    }
}

/// What a certificate says, frozen when it is issued. Stored as JSON with the row and
/// rendered on the HTML page, the PDF and (in part) the signed QR payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificatePayload {
    pub id: Uuid,
    pub version: u32,
    pub holder_name: String,
    pub birth_date: NaiveDate,
    /// Masked as on the printed card (`3275********0001`): the full NIK is never printed.
    pub nik_masked: String,
    pub vaccine_code: String,
    pub vaccine_name: String,
    pub manufacturer: String,
    pub batch: Option<String>,
    pub vaccinated_on: NaiveDate,
    pub dose: u8,
    pub facility: String,
    pub issuer: String,
    pub issued_at: DateTime<Utc>,
}

/// The facts a certificate certifies, in the order they are hashed.
pub struct CertifiedFacts<'a> {
    pub nik: &'a str,
    pub full_name: &'a str,
    pub birth_date: NaiveDate,
    pub dose: u8,
    pub vaccine: &'a str,
    pub vaccinated_on: NaiveDate,
    pub facility: &'a str,
    pub batch: Option<&'a str>,
}

impl CertifiedFacts<'_> {
    /// A short, stable digest: when it changes, the certificate no longer matches the
    /// record and a new version is due. Phone and email are not in it: changing them
    /// needs a new SMS, not a new certificate.
    pub fn digest(&self) -> String {
        let mut h = Sha256::new();
        for part in [
            self.nik,
            self.full_name,
            &self.birth_date.to_string(),
            &self.dose.to_string(),
            self.vaccine,
            &self.vaccinated_on.to_string(),
            self.facility,
            self.batch.unwrap_or(""),
        ] {
            h.update(part.as_bytes());
            h.update([0x1f]);
        }
        hex::encode(&h.finalize()[..16])
    }
}

/// The public revocation list entry for a certificate id: a hash, so the list carries
/// no personal data and cannot be turned back into ids.
pub fn revocation_hash(id: Uuid) -> String {
    hex::encode(Sha256::digest(id.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(name: &str) -> CertifiedFacts<'_> {
        CertifiedFacts {
            nik: "3275011205900001",
            full_name: name,
            birth_date: NaiveDate::from_ymd_opt(1990, 5, 12).unwrap(),
            dose: 1,
            vaccine: "coronavac",
            vaccinated_on: NaiveDate::from_ymd_opt(2021, 7, 12).unwrap(),
            facility: "Puskesmas",
            batch: None,
        }
    }

    #[test]
    fn the_digest_follows_every_certified_fact() {
        let a = facts("Rizki").digest();
        assert_eq!(a, facts("Rizki").digest());
        assert_ne!(a, facts("Rizky").digest());
        let mut b = facts("Rizki");
        b.batch = Some("A1");
        assert_ne!(a, b.digest());
        // Field boundaries count: moving a character between fields changes the digest.
        let mut c = facts("Rizki");
        c.facility = "Puskesmas ";
        assert_ne!(a, c.digest());
    }

    #[test]
    fn revocation_hashes_are_stable_and_hide_the_id() {
        let id = Uuid::new_v4();
        assert_eq!(revocation_hash(id), revocation_hash(id));
        assert!(!revocation_hash(id).contains(&id.simple().to_string()));
        assert_eq!(revocation_hash(id).len(), 64);
    }
}

#[derive(Debug, Clone)]
pub struct Certificate {
    pub id: Uuid,
    pub person: PersonId,
    pub vaccination: Uuid,
    pub version: u32,
    pub status: CertificateStatus,
    pub reason: Option<RevocationReason>,
    pub replaced_by: Option<Uuid>,
    pub payload: CertificatePayload,
    pub issued_at: DateTime<Utc>,
    pub changed_at: Option<DateTime<Utc>>,
}
