//! Which record a complaint is about when it names several NIKs (the writer's and a
//! relative's, a wrong one and the right one): the one its words point at (a NIK called
//! right, a relative's in a complaint written for one, the writer's own otherwise); else
//! who is writing, as an agent reads it: of two records on file, the sender's own (by
//! the address on record, else by display name) or, written for a relative, the other;
//! else the only one on record. When the words and the sender point at different
//! records, or the words at a record whose certificate arrived while the other's did
//! not, or nothing decides, nothing is linked: a wrong link is worse than none, and the
//! others stay visible to the agent as related records. Only when the words leave two
//! records open and say nothing that could be about a delivered certificate (no wrong
//! data, no changed phone) do the records decide alone: the one whose certificate did
//! not arrive, tagged for the agent to confirm.

use sea_orm::ConnectionTrait;

use crate::domain::claims::{Claims, NikRole};
use crate::domain::{EmailAddress, IntakeTag, Nik, Tag};
use crate::error::ServiceResult;
use crate::service::diagnose::in_trouble;
use crate::store;
use crate::store::people::Person;

/// What intake links a complaint to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// The NIK to link, if any.
    pub nik: Option<Nik>,
    /// Chosen by the records alone: the words left two open.
    pub by_records: bool,
}

impl Choice {
    fn words(nik: Option<Nik>) -> Self {
        Self { nik, by_records: false }
    }
}

/// The NIK to link, if any, and how it was chosen.
pub async fn choose<C: ConnectionTrait>(
    db: &C,
    niks: &[Nik],
    claims: &Claims,
    from: Option<&EmailAddress>,
    from_name: Option<&str>,
) -> ServiceResult<Choice> {
    if niks.len() <= 1 {
        return Ok(Choice::words(niks.first().cloned()));
    }
    let mut on_record = Vec::new();
    for n in niks {
        if let Some(p) = store::people::find_by_nik(db, n).await? {
            on_record.push((n, p));
        }
    }
    // The writer's NIK and another's, and nothing says which is meant: the sender's
    // identity would only repeat that the writer wrote it.
    if claims.another_unexplained() {
        return records_alone(db, niks, &on_record, claims).await;
    }
    let corrects = claims.corrects_a_nik();
    // Of two records, the one the sender's identity points at.
    let by_sender = match (on_record.as_slice(), sender_of(&on_record, from, from_name)) {
        ([_, _], Some(me)) if !corrects => {
            let other = on_record.iter().map(|(n, _)| *n).find(|n| *n != me);
            match (claims.on_behalf.is_some(), claims.own_meant) {
                (true, false) => other,
                (false, true) => Some(me),
                // Both: written for kin and about the writer's own, the words contradict
                // themselves (a relative jabbed alongside, or "her certificate" read as
                // the writer's). Neither: which NIK is the writer's says nothing of
                // whether the mail is about them (kin the reader has no word for).
                _ => None,
            }
        }
        _ => None,
    }
    // Never the one the words call fine ("ibu saya sudah dapat").
    .filter(|n| !settled(claims, n));
    let chosen = if let Some(n) = claims.subject_nik() {
        // Roles read from words fail on constructions nobody listed: a sender who
        // contradicts them leaves the choice to the agent.
        if by_sender.is_some_and(|s| s != n) {
            return Ok(Choice::default());
        }
        // The one meant is on record, or it is not and only the other is (the record
        // carries the NIK the citizen calls wrong: that is the record to correct).
        if on_record.iter().any(|(m, _)| *m == n) || on_record.len() != 1 {
            n
        } else if settled(claims, on_record[0].0) {
            return Ok(Choice::default());
        } else {
            on_record[0].0
        }
    } else if let Some(n) = by_sender {
        n
    } else if on_record.len() == 1 && !settled(claims, on_record[0].0) {
        on_record[0].0
    } else {
        // Nothing decides, or the only one on record is one the words call fine ("anak
        // saya … sudah dapat"): the writer's own is the one not on file. Of two on
        // file, the records may still tell.
        return records_alone(db, niks, &on_record, claims).await;
    };
    // The records, read as an agent reads them: of two, one whose certificate has not
    // arrived beside one whose has is the one complained about. Words that point at the
    // other leave the choice to the agent.
    if by_records(db, &on_record, &claims.doses).await?.is_some_and(|r| r != chosen) {
        return Ok(Choice::default());
    }
    Ok(Choice::words(Some(chosen.clone())))
}

/// Of exactly two records, the one that shows why a certificate did not arrive (at the
/// doses named, if any) beside one that does not.
async fn by_records<'a, C: ConnectionTrait>(
    db: &C,
    on_record: &[(&'a Nik, Person)],
    named: &[u8],
) -> ServiceResult<Option<&'a Nik>> {
    let [(a, pa), (b, pb)] = on_record else { return Ok(None) };
    Ok(match (in_trouble(db, pa.id, named).await?, in_trouble(db, pb.id, named).await?) {
        (true, false) => Some(*a),
        (false, true) => Some(*b),
        _ => None,
    })
}

/// The words left two records open: the records decide when one shows why its
/// certificate did not arrive and the other does not, unless the mail names a third NIK
/// (off record, perhaps the one meant), or the words could be about a delivered
/// certificate (wrong data, a changed phone), call a NIK right or wrong, or call that
/// one fine.
async fn records_alone<C: ConnectionTrait>(
    db: &C,
    niks: &[Nik],
    on_record: &[(&Nik, Person)],
    claims: &Claims,
) -> ServiceResult<Choice> {
    let not_for_records =
        niks.len() != 2 || !claims.fields.is_empty() || claims.phone_changed || claims.corrects_a_nik();
    if not_for_records {
        return Ok(Choice::default());
    }
    Ok(match by_records(db, on_record, &claims.doses).await? {
        Some(n) if !settled(claims, n) => Choice { nik: Some(n.clone()), by_records: true },
        _ => Choice::default(),
    })
}

/// The tags a new ticket takes from its words and the choice: `on_behalf` when written
/// for a relative, `person_unsure` when it names several NIKs and none was chosen (the
/// agent picks; the sender's address must not pick the writer instead),
/// `person_by_records` when the records chose.
pub fn tags(claims: &Claims, niks: &[Nik], choice: &Choice) -> Vec<Tag> {
    let mut tags = claims.ticket_tags();
    if niks.len() > 1 && choice.nik.is_none() {
        tags.push(IntakeTag::PersonUnsure.into());
    }
    if choice.by_records {
        tags.push(IntakeTag::PersonByRecords.into());
    }
    tags
}

/// Whether the words call `n`'s certificate fine (a relative's said to have come).
fn settled(claims: &Claims, n: &Nik) -> bool {
    claims.niks.iter().any(|(m, r)| m == n && *r == NikRole::Settled)
}

/// The one record among `on_record` that is the sender's: by the address on record;
/// when no record has it, by the display name. Several matches (a family sharing one
/// address or name) say nothing.
fn sender_of<'a>(
    on_record: &[(&'a Nik, Person)],
    from: Option<&EmailAddress>,
    from_name: Option<&str>,
) -> Option<&'a Nik> {
    let matching = |hit: &dyn Fn(&Person) -> bool| -> Vec<&'a Nik> {
        on_record.iter().filter(|(_, p)| hit(p)).map(|(n, _)| *n).collect()
    };
    let by_address =
        matching(&|p| matches!((from, &p.email), (Some(f), Some(e)) if f.as_str().eq_ignore_ascii_case(e)));
    let hits = if by_address.is_empty() {
        matching(&|p| from_name.is_some_and(|n| crate::domain::identity::same_name(n, &p.full_name)))
    } else {
        by_address
    };
    (hits.len() == 1).then(|| hits[0])
}
