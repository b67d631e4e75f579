//! Importing vaccination records from the facilities' feed (file or API), in batches.

use std::collections::{HashMap, HashSet};

use sea_orm::TransactionTrait;
use serde_json::json;

use super::{record_changes, Context};
use crate::domain::record::{PersonRecord, RawPerson};
use crate::domain::{default_vaccines, Actor, AuditEntry, Role, Vaccine};
use crate::error::{ServiceError, ServiceResult};
use crate::store;

/// One line of a feed: its number (1-based) and content, or why it could not be read.
pub type Line = (u64, Result<RawPerson, String>);

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub imported: u64,
    pub pending_doses: u64,
    /// (line, reason) of every rejected line.
    pub rejected: Vec<(u64, String)>,
    /// (line, warning) of accepted lines with something worth knowing.
    pub warnings: Vec<(u64, String)>,
    /// Existing people whose name, birth date, sex or phone a member of staff's import
    /// would change: held as correction requests (the ticket numbers) for another
    /// person to approve; their doses are imported.
    pub held: Vec<String>,
    /// Existing people whose identity the operator's feed changed (each audited).
    pub changed: u64,
}

impl ImportReport {
    pub fn add(&mut self, other: ImportReport) {
        self.imported += other.imported;
        self.pending_doses += other.pending_doses;
        self.rejected.extend(other.rejected);
        self.warnings.extend(other.warnings);
        self.held.extend(other.held);
        self.changed += other.changed;
    }
}

/// Seeds the vaccine reference data with the shipped brands (idempotent).
pub async fn ensure_reference_data(cx: &Context) -> ServiceResult<()> {
    store::records::seed_vaccines(cx.store.write(), &default_vaccines()).await
}

pub async fn vaccines(cx: &Context) -> ServiceResult<Vec<Vaccine>> {
    store::records::active_vaccines(cx.store.read()).await
}

/// Lines that passed their checks, and the report so far.
pub struct Checked {
    people: Vec<PersonRecord>,
    report: ImportReport,
}

impl Checked {
    /// No person to write.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// Takes the rejected lines and warnings out (bulk callers report them as they go).
    pub fn take_report(&mut self) -> ImportReport {
        std::mem::take(&mut self.report)
    }

    /// Splits the people into `n` parts by NIK, so the same NIK always lands in the
    /// same part (writers of different parts never touch the same rows).
    pub fn split(self, n: usize) -> Vec<Checked> {
        use std::hash::{Hash, Hasher};
        let n = n.max(1);
        let mut parts: Vec<Checked> =
            (0..n).map(|_| Checked { people: Vec::new(), report: ImportReport::default() }).collect();
        parts[0].report = self.report;
        for p in self.people {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            p.nik.expose().hash(&mut h);
            parts[(h.finish() % n as u64) as usize].people.push(p);
        }
        parts
    }
}

fn authorise(actor: &Actor) -> ServiceResult<()> {
    match actor.role() {
        Some(r) if r.at_least(Role::Supervisor) => Ok(()),
        None if matches!(actor, Actor::Operator) => Ok(()),
        _ => Err(ServiceError::forbidden("only supervisors and facility feeds import records")),
    }
}

/// The brand codes a dose may name.
pub async fn known_vaccines(cx: &Context) -> ServiceResult<HashSet<String>> {
    Ok(vaccines(cx).await?.into_iter().map(|v| v.code).collect())
}

/// Checks a batch (CPU only, no I/O), so bulk callers can check the next batch while
/// the previous one is being written.
pub fn check(known: &HashSet<String>, lines: Vec<Line>) -> Checked {
    let mut report = ImportReport::default();
    let mut people: Vec<Option<PersonRecord>> = Vec::with_capacity(lines.len());
    let mut seen = HashMap::new();
    for (line, raw) in lines {
        match raw.and_then(|r| r.check(|v| known.contains(v)).map_err(|e| e.to_string())) {
            Ok(p) => {
                report.warnings.extend(p.warnings.iter().map(|w| (line, w.clone())));
                // The same NIK twice in one batch: the later line wins, as in a later batch.
                if let Some(i) = seen.insert(p.nik.clone(), people.len()) {
                    people[i] = None;
                }
                people.push(Some(p));
            }
            Err(reason) => report.rejected.push((line, reason)),
        }
    }
    Checked { people: people.into_iter().flatten().collect(), report }
}

/// Upserts a checked batch in one transaction, audited as one import.
pub async fn write(cx: &Context, actor: &Actor, checked: Checked) -> ServiceResult<ImportReport> {
    authorise(actor)?;
    let Checked { mut people, mut report } = checked;
    let import = uuid::Uuid::now_v7();
    let niks: Vec<_> = people.iter().map(|p| p.nik.clone()).collect();
    // A member of staff's changes to people on record are decided before the write (a
    // read, and a look at each such record spent from their hourly budget); the write
    // then leaves those people's identity alone, so a correction approved meanwhile
    // stands.
    let mut held = Vec::new();
    if let Actor::Staff(staff) = actor {
        let at: HashMap<String, usize> =
            people.iter().enumerate().map(|(i, p)| (p.nik.expose().to_string(), i)).collect();
        for known in store::people::find_by_niks(cx.store.read(), &niks).await? {
            let Some(feed) = at.get(&known.nik).map(|&i| &mut people[i]) else { continue };
            let (changes, warning) = record_changes::staff_changes(cx.store.read(), &known, feed).await?;
            if let Some(w) = warning {
                let nik = feed.nik.masked();
                report.warnings.push((0, format!("{nik}: {w}")));
            }
            if !changes.is_empty() {
                super::people::spend_lookup(cx, staff).await?;
                held.push((known, changes));
            }
        }
    }
    let txn = cx.store.write().begin().await?;
    if !matches!(actor, Actor::Staff(_)) {
        let on_record: HashMap<String, store::people::Person> =
            store::people::find_by_niks(&txn, &niks).await?.into_iter().map(|p| (p.nik.clone(), p)).collect();
        for feed in &mut people {
            let Some(known) = on_record.get(feed.nik.expose()) else { continue };
            record_changes::keep_contacts_if_absent(known, feed);
            let changes = record_changes::identity_changes(known, feed);
            if !changes.is_empty() {
                record_changes::applied(cx, &txn, import, known, &changes).await?;
                report.changed += 1;
            }
        }
    }
    report.pending_doses =
        store::records::upsert(&txn, &people, matches!(actor, Actor::Staff(_))).await? as u64;
    report.imported = people.len() as u64;
    if let Actor::Staff(staff) = actor {
        for (known, changes) in held {
            report.held.push(record_changes::hold(cx, &txn, staff, &known, changes).await?);
        }
    }
    // Complete doses are now due for a certificate: make sure the issuing job runs.
    super::certificates::enqueue_issuing(cx, &txn).await?;
    store::audit::append(
        &txn,
        AuditEntry::new(actor, "records.import", "record_batch", import).after(json!({
            "imported": report.imported,
            "pending_doses": report.pending_doses,
            "rejected": report.rejected.len(),
            "changed": report.changed,
            "held": report.held.len(),
        })),
    )
    .await?;
    txn.commit().await?;
    cx.jobs_wake.notify_waiters();
    Ok(report)
}

/// Checks and upserts one batch of lines in one transaction, audited as one import.
pub async fn import_batch(cx: &Context, actor: &Actor, lines: Vec<Line>) -> ServiceResult<ImportReport> {
    authorise(actor)?;
    let known = known_vaccines(cx).await?;
    write(cx, actor, check(&known, lines)).await
}
