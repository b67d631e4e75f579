//! The CSV export of a ticket filter, streamed page by page.

use chrono::{DateTime, Utc};
use futures::{Stream, StreamExt};

use crate::error::ServiceResult;

#[derive(poem_openapi::ApiResponse)]
pub enum CsvExport {
    /// The tickets as CSV (RFC 4180, UTF-8), one row per ticket.
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Ok(poem_openapi::payload::Binary<poem::Body>, #[oai(header = "Content-Disposition")] String),
}

const CSV_HEADER: &str = "number,status,priority,category,channel,queue,assignee_id,person_id,nik,subject,\
created_at,first_response_at,resolved_at,closed_at\r\n";

/// A cell a spreadsheet will not run as a formula (OWASP CSV injection): text that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
fn inert_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn csv_rows(items: &[crate::domain::Ticket]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let time = |t: Option<DateTime<Utc>>| t.map(|t| t.to_rfc3339()).unwrap_or_default();
    for t in items {
        let _ = w.write_record([
            t.number.to_string(),
            t.status.as_str().into(),
            t.priority.as_str().into(),
            t.category.as_str().into(),
            t.channel.as_str().into(),
            t.queue.as_str().into(),
            t.assignee.map(|a| a.0.to_string()).unwrap_or_default(),
            t.person.map(|p| p.0.to_string()).unwrap_or_default(),
            t.nik.as_ref().map(|n| n.masked()).unwrap_or_default(),
            inert_cell(&t.subject),
            t.created_at.to_rfc3339(),
            time(t.first_response_at),
            time(t.resolved_at),
            time(t.closed_at),
        ]);
    }
    w.into_inner().unwrap_or_default()
}

impl CsvExport {
    /// The header, then one chunk of rows per page. A page that fails after the
    /// headers are out ends the file short, and the log says why.
    pub fn of(pages: impl Stream<Item = ServiceResult<Vec<crate::domain::Ticket>>> + Send + 'static) -> Self {
        let header = futures::stream::once(async { Ok::<_, std::io::Error>(CSV_HEADER.as_bytes().to_vec()) });
        let rows = pages.map(|page| match page {
            Ok(items) => Ok(csv_rows(&items)),
            Err(e) => {
                tracing::error!(error = %e, "ticket export failed mid-stream");
                Err(std::io::Error::other("export failed"))
            }
        });
        let body = poem::Body::from_bytes_stream(header.chain(rows));
        CsvExport::Ok(poem_openapi::payload::Binary(body), "attachment; filename=\"tickets.csv\"".into())
    }
}
