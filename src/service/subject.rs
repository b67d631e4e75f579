//! Which record a complaint is about when it names several NIKs (the writer's and a
//! relative's, a wrong one and the right one): the one its words point at, else the
//! only one on record, else the one whose record has the sender's address or name. The others
//! stay visible to the agent as related records; when nothing decides, nothing is
//! linked (a wrong link is worse than none).

use sea_orm::ConnectionTrait;

use crate::domain::claims::Claims;
use crate::domain::{EmailAddress, Nik};
use crate::error::ServiceResult;
use crate::store;

/// The NIK to link, if any.
pub async fn choose<C: ConnectionTrait>(
    db: &C,
    niks: &[Nik],
    claims: &Claims,
    from: Option<&EmailAddress>,
    from_name: Option<&str>,
) -> ServiceResult<Option<Nik>> {
    if niks.len() <= 1 {
        return Ok(niks.first().cloned());
    }
    let mut on_record = Vec::new();
    for n in niks {
        if let Some(p) = store::people::find_by_nik(db, n).await? {
            on_record.push((n, p));
        }
    }
    if let Some(n) = claims.subject_nik() {
        // The one meant is on record, or it is not and only the other is (the record
        // carries the NIK the citizen calls wrong: that is the record to correct).
        if on_record.iter().any(|(m, _)| *m == n) || on_record.len() != 1 {
            return Ok(Some(n.clone()));
        }
        return Ok(Some(on_record[0].0.clone()));
    }
    if on_record.len() == 1 {
        return Ok(Some(on_record[0].0.clone()));
    }
    // Written for someone else, the sender's own record is the one it is not about.
    if claims.on_behalf.is_some() {
        return Ok(None);
    }
    let by_address: Vec<&Nik> = on_record
        .iter()
        .filter(|(_, p)| matches!((from, &p.email), (Some(f), Some(e)) if f.as_str().eq_ignore_ascii_case(e)))
        .map(|(n, _)| *n)
        .collect();
    if by_address.len() == 1 {
        return Ok(Some(by_address[0].clone()));
    }
    let by_name: Vec<&Nik> = on_record
        .iter()
        .filter(|(_, p)| from_name.is_some_and(|n| crate::domain::identity::same_name(n, &p.full_name)))
        .map(|(n, _)| *n)
        .collect();
    Ok((by_name.len() == 1).then(|| by_name[0].clone()))
}
