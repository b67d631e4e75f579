//! Meilisearch's filter expressions, built from the parsed queries' exact filters.

use meilisearch_sdk::search::SearchResults;

use crate::search::query::{PeopleQuery, TicketQuery};

/// A filter value, quoted for Meilisearch's filter syntax.
fn quoted(v: &str) -> String {
    format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
}

pub(super) fn people_filter(q: &PeopleQuery) -> String {
    equalities(q.exact_filters()).join(" AND ")
}

/// `field = "value"` for each exact filter.
fn equalities(filters: Vec<(&str, String)>) -> Vec<String> {
    filters.into_iter().map(|(field, v)| format!("{field} = {}", quoted(&v))).collect()
}

pub(super) fn ticket_filter(q: &TicketQuery) -> String {
    let mut parts = equalities(q.exact_filters());
    if !q.status.is_empty() {
        let list: Vec<String> = q.status.iter().map(|s| quoted(s)).collect();
        parts.push(format!("status IN [{}]", list.join(", ")));
    }
    if let Some((queues, me)) = &q.visible_to {
        let list: Vec<String> = queues.iter().map(|s| quoted(s)).collect();
        parts.push(format!("(queue IN [{}] OR assignee = {})", list.join(", "), quoted(me)));
    }
    for (field, from, to) in
        [("created_at", q.created_from, q.created_to), ("updated_at", q.updated_from, q.updated_to)]
    {
        if let Some(f) = from {
            parts.push(format!("{field} >= {f}"));
        }
        if let Some(t) = to {
            parts.push(format!("{field} <= {t}"));
        }
    }
    parts.join(" AND ")
}

pub(super) fn total<T>(r: &SearchResults<T>) -> u64 {
    r.total_hits.or(r.estimated_total_hits).unwrap_or(r.hits.len()) as u64
}
