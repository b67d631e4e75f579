//! `certdesk import-records FILE`: streams a JSON-lines or CSV feed in batches, so
//! memory stays flat whatever the file size, and writes rejected lines beside it.

use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use sea_orm::ConnectionTrait as _;
use serde::Deserialize;

use crate::domain::record::{RawDose, RawPerson};
use crate::domain::Actor;
use crate::service::records::{self, ImportReport, Line};
use crate::service::Context;

/// How the import writes: lines per transaction and writers side by side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tuning {
    /// 0: 10,000 on SQLite (fewer, larger commits for its single writer), 2,000 on
    /// PostgreSQL (split across the writers).
    pub batch: usize,
    /// 0: one per core on PostgreSQL (at least two, so one writes while another waits
    /// for its commit), one on SQLite (a single writer).
    pub writers: usize,
}

/// CSV: one row per dose; consecutive rows with the same NIK are one person.
#[derive(Debug, Deserialize)]
struct CsvRow {
    nik: String,
    full_name: String,
    birth_date: String,
    sex: String,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    dose: Option<i64>,
    #[serde(default)]
    vaccine: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    facility: Option<String>,
    #[serde(default)]
    batch: Option<String>,
}

/// Counts only: the rejected lines go to the rejects file, not into memory.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub imported: u64,
    pub pending_doses: u64,
    pub rejected: u64,
    pub warnings: u64,
    /// People already on record whose name, birth date, sex or phone changed (each
    /// audited; an old phone number told).
    pub changed: u64,
}

pub async fn run(
    cx: &Context,
    file: &Path,
    rejects: Option<PathBuf>,
    tuning: Tuning,
) -> anyhow::Result<Totals> {
    let rejects_path = rejects.unwrap_or_else(|| {
        let mut p = file.as_os_str().to_owned();
        p.push(".rejects.jsonl");
        PathBuf::from(p)
    });
    let size = std::fs::metadata(file).with_context(|| format!("reading {}", file.display()))?.len();
    let bar = if std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new(size);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg} eta {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    } else {
        indicatif::ProgressBar::hidden()
    };
    let started = Instant::now();
    let rejects_out = std::io::BufWriter::new(
        std::fs::File::create(&rejects_path)
            .with_context(|| format!("creating {}", rejects_path.display()))?,
    );
    // Reading, parsing and checking run on their own thread, so the writers' database
    // round trips never wait behind a batch being parsed; two checked batches queue.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<records::Checked>(2);
    let feed = Feed {
        file: file.to_path_buf(),
        batch: match (tuning.batch, cx.store.backend()) {
            (0, sea_orm::DbBackend::Sqlite) => 10_000,
            (0, _) => 2000,
            (n, _) => n,
        },
        known: records::known_vaccines(cx).await?,
        rejects: rejects_out,
        bar: bar.clone(),
        out: tx,
    };
    let reader = tokio::task::spawn_blocking(move || feed.read());
    let sqlite = cx.store.backend() == sea_orm::DbBackend::Sqlite;
    if sqlite {
        // Checkpoint every ~120 MB of WAL instead of every 4 MB: a hot index page is
        // copied back once per checkpoint, and a million-record import runs ~25%
        // faster. Only this connection, only for the import.
        cx.store.write().execute_unprepared("PRAGMA wal_autocheckpoint = 30000").await?;
    }
    let mut pipe = Pipeline::new(cx, tuning.writers);
    while let Some(checked) = rx.recv().await {
        if !pipe.push(checked).await {
            break;
        }
    }
    drop(rx);
    let read = reader.await?;
    let mut total = Totals::default();
    // A writer's error explains a reader that stopped because nobody took its batches.
    let written = pipe.finish(&mut total).await;
    if sqlite {
        cx.store.write().execute_unprepared("PRAGMA wal_autocheckpoint = 1000").await?;
    }
    written?;
    let counted = read?;
    total.rejected = counted.rejected;
    total.warnings = counted.warnings;
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{} records imported in {secs:.2} s ({:.0}/s), {} doses pending input, {} people's identity changed \
         (audited), {} lines rejected, {} warnings (see {})",
        total.imported,
        total.imported as f64 / secs.max(1e-9),
        total.pending_doses,
        total.changed,
        total.rejected,
        total.warnings,
        rejects_path.display(),
    );
    Ok(total)
}

/// The reading side of an import: lines in, checked batches out.
struct Feed {
    file: PathBuf,
    batch: usize,
    known: std::collections::HashSet<String>,
    rejects: std::io::BufWriter<std::fs::File>,
    bar: indicatif::ProgressBar,
    out: tokio::sync::mpsc::Sender<records::Checked>,
}

impl Feed {
    /// Reads the whole file; returns the rejected and warned counts.
    fn read(mut self) -> anyhow::Result<Totals> {
        let mut total = Totals::default();
        let is_csv = self.file.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        let reader = BufReader::with_capacity(1 << 20, std::fs::File::open(&self.file)?);
        let mut batch: Vec<Line> = Vec::with_capacity(self.batch);
        if is_csv {
            let mut rdr = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(reader);
            let headers = rdr.headers()?.clone();
            let mut current: Option<(u64, RawPerson)> = None;
            let mut record = csv::StringRecord::new();
            let mut line = 1u64;
            while rdr.read_record(&mut record)? {
                line += 1;
                let row = match record.deserialize::<CsvRow>(Some(&headers)) {
                    Ok(r) => r,
                    Err(e) => {
                        batch.push((line, Err(format!("unreadable CSV row: {e}"))));
                        continue;
                    }
                };
                let dose = row.dose.map(|d| RawDose {
                    dose: d,
                    vaccine: row.vaccine,
                    date: row.date,
                    facility: row.facility,
                    batch: row.batch,
                });
                match &mut current {
                    Some((_, p)) if p.nik == row.nik => p.doses.extend(dose),
                    _ => {
                        if let Some((l, p)) = current.take() {
                            batch.push((l, Ok(p)));
                        }
                        current = Some((
                            line,
                            RawPerson {
                                nik: row.nik,
                                full_name: row.full_name,
                                birth_date: row.birth_date,
                                sex: row.sex,
                                phone: row.phone,
                                email: row.email,
                                doses: dose.into_iter().collect(),
                            },
                        ));
                    }
                }
                if batch.len() >= self.batch {
                    self.bar.set_position(record.position().map_or(0, |p| p.byte()));
                    if !self.emit(std::mem::take(&mut batch), &mut total)? {
                        return Ok(total);
                    }
                }
            }
            if let Some((l, p)) = current.take() {
                batch.push((l, Ok(p)));
            }
        } else {
            for (i, text) in reader.lines().enumerate() {
                let line = i as u64 + 1;
                let text = text.with_context(|| format!("reading line {line}"))?;
                if text.trim().is_empty() {
                    continue;
                }
                self.bar.inc(text.len() as u64 + 1);
                batch.push((
                    line,
                    serde_json::from_str::<RawPerson>(&text).map_err(|e| format!("not a record: {e}")),
                ));
                if batch.len() >= self.batch && !self.emit(std::mem::take(&mut batch), &mut total)? {
                    return Ok(total);
                }
            }
        }
        self.emit(batch, &mut total)?;
        self.rejects.flush()?;
        Ok(total)
    }

    /// Checks a batch, writes its rejects, hands it on; false once the writers stopped.
    fn emit(&mut self, batch: Vec<Line>, total: &mut Totals) -> anyhow::Result<bool> {
        if batch.is_empty() {
            return Ok(true);
        }
        let mut checked = records::check(&self.known, batch);
        let report = checked.take_report();
        for (line, reason) in &report.rejected {
            writeln!(self.rejects, "{}", serde_json::json!({"line": line, "rejected": reason}))?;
        }
        for (line, warning) in &report.warnings {
            writeln!(self.rejects, "{}", serde_json::json!({"line": line, "warning": warning}))?;
        }
        total.rejected += report.rejected.len() as u64;
        total.warnings += report.warnings.len() as u64;
        Ok(self.out.blocking_send(checked).is_ok())
    }
}

/// Hands checked batches to writer lanes. A NIK always goes to the same lane and
/// each lane writes its batches in file order, so a later line about the same NIK
/// still wins. PostgreSQL gets several lanes (its backends do most of the work, and
/// one lane writes while another waits for its commit); SQLite has one writer.
struct Pipeline {
    lanes: Vec<Lane>,
}

struct Lane {
    tx: tokio::sync::mpsc::Sender<records::Checked>,
    task: tokio::task::JoinHandle<anyhow::Result<ImportReport>>,
}

impl Pipeline {
    fn new(cx: &Context, writers: usize) -> Self {
        let lanes = match cx.store.write().get_database_backend() {
            sea_orm::DbBackend::Postgres if writers > 0 => writers,
            sea_orm::DbBackend::Postgres => {
                std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 8))
            }
            _ => 1,
        };
        let lanes = (0..lanes)
            .map(|_| {
                // One batch waiting per lane: memory stays flat whatever the file size.
                let (tx, mut rx) = tokio::sync::mpsc::channel::<records::Checked>(1);
                let cx = cx.clone();
                let task = tokio::spawn(async move {
                    let mut total = ImportReport::default();
                    while let Some(checked) = rx.recv().await {
                        if checked.is_empty() {
                            continue;
                        }
                        total.add(records::write(&cx, &Actor::Operator, checked).await?);
                    }
                    Ok(total)
                });
                Lane { tx, task }
            })
            .collect();
        Self { lanes }
    }

    /// False when a lane's writer stopped on an error (`finish` reports it).
    async fn push(&mut self, checked: records::Checked) -> bool {
        for (lane, part) in self.lanes.iter().zip(checked.split(self.lanes.len())) {
            if lane.tx.send(part).await.is_err() {
                return false;
            }
        }
        true
    }

    /// Waits for every lane to write what it was given and accounts for it.
    async fn finish(self, total: &mut Totals) -> anyhow::Result<()> {
        for lane in self.lanes {
            drop(lane.tx);
            let report = lane.task.await??;
            total.imported += report.imported;
            total.pending_doses += report.pending_doses;
            total.changed += report.changed;
        }
        Ok(())
    }
}
