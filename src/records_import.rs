//! `certdesk import-records FILE`: streams a JSON-lines or CSV feed in batches, so
//! memory stays flat whatever the file size, and writes rejected lines beside it.

use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use serde::Deserialize;

use crate::domain::record::{RawDose, RawPerson};
use crate::domain::Actor;
use crate::service::records::{self, ImportReport, Line};
use crate::service::Context;

/// Lines per transaction.
const BATCH: usize = 2000;

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
}

pub async fn run(cx: &Context, file: &Path, rejects: Option<PathBuf>) -> anyhow::Result<Totals> {
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
    let mut total = Totals::default();
    let mut rejects_out = std::io::BufWriter::new(
        std::fs::File::create(&rejects_path)
            .with_context(|| format!("creating {}", rejects_path.display()))?,
    );
    let is_csv = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let reader = BufReader::with_capacity(1 << 20, std::fs::File::open(file)?);
    let mut batch: Vec<Line> = Vec::with_capacity(BATCH);
    let mut pipe = Pipeline::new(cx, records::known_vaccines(cx).await?);
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
            if batch.len() >= BATCH {
                pipe.push(std::mem::take(&mut batch), &mut total, &mut rejects_out).await?;
                bar.set_position(record.position().map_or(0, |p| p.byte()));
                bar.set_message(format!("{} records", total.imported));
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
            bar.inc(text.len() as u64 + 1);
            batch.push((
                line,
                serde_json::from_str::<RawPerson>(&text).map_err(|e| format!("not a record: {e}")),
            ));
            if batch.len() >= BATCH {
                pipe.push(std::mem::take(&mut batch), &mut total, &mut rejects_out).await?;
                bar.set_message(format!("{} records", total.imported));
            }
        }
    }
    pipe.push(batch, &mut total, &mut rejects_out).await?;
    pipe.finish(&mut total).await?;
    rejects_out.flush()?;
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{} records imported in {secs:.2} s ({:.0}/s), {} doses pending input, {} lines rejected, {} warnings (see {})",
        total.imported,
        total.imported as f64 / secs.max(1e-9),
        total.pending_doses,
        total.rejected,
        total.warnings,
        rejects_path.display(),
    );
    Ok(total)
}

/// Checks each batch on a blocking thread, then hands its people to writer lanes.
/// A NIK always goes to the same lane and each lane writes its batches in file order,
/// so a later line about the same NIK still wins. PostgreSQL gets one lane per core
/// (its backends do most of the work); SQLite has one writer, so one lane.
struct Pipeline {
    known: std::sync::Arc<std::collections::HashSet<String>>,
    lanes: Vec<Lane>,
}

struct Lane {
    tx: tokio::sync::mpsc::Sender<records::Checked>,
    task: tokio::task::JoinHandle<anyhow::Result<ImportReport>>,
}

impl Pipeline {
    fn new(cx: &Context, known: std::collections::HashSet<String>) -> Self {
        let lanes = match cx.store.write().get_database_backend() {
            sea_orm::DbBackend::Postgres => {
                std::thread::available_parallelism().map_or(2, |n| n.get().min(4))
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
        Self { known: std::sync::Arc::new(known), lanes }
    }

    async fn push(
        &mut self,
        batch: Vec<Line>,
        total: &mut Totals,
        rejects: &mut impl Write,
    ) -> anyhow::Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let known = self.known.clone();
        let mut checked = tokio::task::spawn_blocking(move || records::check(&known, batch)).await?;
        let report = checked.take_report();
        for (line, reason) in &report.rejected {
            writeln!(rejects, "{}", serde_json::json!({"line": line, "rejected": reason}))?;
        }
        for (line, warning) in &report.warnings {
            writeln!(rejects, "{}", serde_json::json!({"line": line, "warning": warning}))?;
        }
        total.rejected += report.rejected.len() as u64;
        total.warnings += report.warnings.len() as u64;
        for (lane, part) in self.lanes.iter().zip(checked.split(self.lanes.len())) {
            if lane.tx.send(part).await.is_err() {
                // The lane's writer stopped on an error: `finish` reports it.
                break;
            }
        }
        Ok(())
    }

    /// Waits for every lane to write what it was given and accounts for it.
    async fn finish(self, total: &mut Totals) -> anyhow::Result<()> {
        for lane in self.lanes {
            drop(lane.tx);
            let report = lane.task.await??;
            total.imported += report.imported;
            total.pending_doses += report.pending_doses;
        }
        Ok(())
    }
}
