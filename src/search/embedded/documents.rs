//! Index documents: turning a person or ticket into a tantivy document, and applying
//! a batch of puts and deletes to the live generation.

use tantivy::{TantivyDocument, Term};

use super::failed;
use super::generations::Live;
use crate::search::{Change, PersonDoc, SearchResult, TicketDoc};

pub(super) fn person_document(live: &Live, d: &PersonDoc) -> SearchResult<TantivyDocument> {
    let mut doc = TantivyDocument::default();
    for (name, value) in [
        ("id", &d.id),
        ("nik", &d.nik),
        ("nik6", &d.nik6),
        ("nik4", &d.nik4),
        ("phone", &d.phone),
        ("birth_date", &d.birth_date),
        ("sex", &d.sex),
        ("province", &d.province),
        ("regency", &d.regency),
        ("cert_status", &d.cert_status),
        ("sms_status", &d.sms_status),
    ] {
        if !value.is_empty() {
            doc.add_text(live.field(name), value);
        }
    }
    doc.add_text(live.field("pending"), if d.pending { "true" } else { "false" });
    doc.add_text(live.field("name_norm"), &d.name_norm);
    doc.add_text(live.field("doc"), serde_json::to_string(d).map_err(failed)?);
    Ok(doc)
}

pub(super) fn ticket_document(live: &Live, d: &TicketDoc) -> SearchResult<TantivyDocument> {
    let mut doc = TantivyDocument::default();
    for (name, value) in [
        ("id", &d.id),
        ("number", &d.number),
        ("nik", &d.nik),
        ("status", &d.status),
        ("category", &d.category),
        ("queue", &d.queue),
        ("assignee", &d.assignee),
        ("priority", &d.priority),
        ("channel", &d.channel),
        ("subject", &d.subject),
        ("text", &d.text),
        ("requester", &d.requester),
    ] {
        if !value.is_empty() {
            doc.add_text(live.field(name), value);
        }
    }
    doc.add_i64(live.field("created_at"), d.created_at);
    doc.add_i64(live.field("updated_at"), d.updated_at);
    doc.add_text(live.field("doc"), serde_json::to_string(d).map_err(failed)?);
    Ok(doc)
}

pub(super) fn apply<D: Send + 'static>(
    live: &Live,
    changes: Vec<Change<D>>,
    build: fn(&Live, &D) -> SearchResult<TantivyDocument>,
    id_of: fn(&D) -> &str,
) -> SearchResult<()> {
    let id = live.field("id");
    live.write(|w| {
        for c in &changes {
            match c {
                Change::Put(d) => {
                    w.delete_term(Term::from_field_text(id, id_of(d)));
                    w.add_document(build(live, d)?).map_err(failed)?;
                }
                Change::Delete(i) => {
                    w.delete_term(Term::from_field_text(id, i));
                }
            }
        }
        Ok(())
    })
}
