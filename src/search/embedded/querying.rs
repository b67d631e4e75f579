//! Searching: building tantivy queries from a parsed people or ticket query (with
//! Meilisearch's typo rules), running them, and reading back the stored documents.

use std::ops::Bound;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{Order, TantivyDocument, Term};

use super::failed;
use super::generations::Live;
use crate::domain::names;
use crate::search::query::{typos_allowed, PeopleQuery, TicketQuery, TicketSort, MAX_LIMIT};
use crate::search::TICKET_TEXTS;
use crate::search::{Page, PersonHit, SearchResult, TicketHit};

pub(super) fn term(live: &Live, field: &str, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(live.field(field), value), IndexRecordOption::Basic))
}

/// A word: exact (boosted), within its typo budget, and as a prefix when it is the last
/// word typed (results as you type).
fn word_query(field: Field, word: &str, last: bool) -> Box<dyn Query> {
    let t = Term::from_field_text(field, word);
    let mut alts: Vec<(Occur, Box<dyn Query>)> = vec![(
        Occur::Should,
        Box::new(BoostQuery::new(Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)), 3.0)),
    )];
    let typos = typos_allowed(word);
    if typos > 0 {
        alts.push((Occur::Should, Box::new(FuzzyTermQuery::new(t.clone(), typos, true))));
    }
    if last && word.chars().count() >= 2 {
        alts.push((Occur::Should, Box::new(FuzzyTermQuery::new_prefix(t, typos.min(1), true))));
    }
    Box::new(BooleanQuery::new(alts))
}

fn people_query(live: &Live, q: &PeopleQuery) -> Box<dyn Query> {
    let mut must: Vec<(Occur, Box<dyn Query>)> =
        q.exact_filters().iter().map(|(field, v)| (Occur::Must, term(live, field, v))).collect();
    if !q.words.is_empty() {
        let field = live.field("name_norm");
        let n = q.words.len();
        // An optional word (`Muhammad`) weighs little: "M. Fajar Bagus" is Fajar Bagus
        // Setiawan (one optional word short), not Muhammad Fajar (a real word short).
        let weigh = |q: Box<dyn Query>, optional: bool| -> Box<dyn Query> {
            if optional {
                Box::new(BoostQuery::new(q, 0.2))
            } else {
                q
            }
        };
        let mut any: Vec<(Occur, Box<dyn Query>)> = q
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| (Occur::Should, weigh(word_query(field, w, i + 1 == n), names::is_optional(w))))
            .collect();
        // Neighbours typed apart but stored together (or the reverse: the index stores both).
        for pair in q.words.windows(2) {
            let joined = word_query(field, &format!("{}{}", pair[0], pair[1]), false);
            any.push((Occur::Should, weigh(joined, pair.iter().any(|w| names::is_optional(w)))));
        }
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    if must.is_empty() {
        return Box::new(AllQuery);
    }
    Box::new(BooleanQuery::new(must))
}

fn ticket_query(live: &Live, q: &TicketQuery) -> Box<dyn Query> {
    let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(nik) = &q.nik {
        // The linked NIK, or one the citizen wrote.
        let any = ["nik", "subject", "text"].iter().map(|f| (Occur::Should, term(live, f, nik))).collect();
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    must.extend(q.exact_filters().iter().map(|(field, v)| (Occur::Must, term(live, field, v))));
    if !q.status.is_empty() {
        let any = q.status.iter().map(|s| (Occur::Should, term(live, "status", s))).collect();
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    if let Some((queues, me)) = &q.visible_to {
        let mut any: Vec<(Occur, Box<dyn Query>)> =
            queues.iter().map(|s| (Occur::Should, term(live, "queue", s))).collect();
        any.push((Occur::Should, term(live, "assignee", me)));
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    for (field, from, to) in
        [("created_at", q.created_from, q.created_to), ("updated_at", q.updated_from, q.updated_to)]
    {
        if from.is_some() || to.is_some() {
            let f = live.field(field);
            let bound =
                |v: Option<i64>| v.map_or(Bound::Unbounded, |v| Bound::Included(Term::from_field_i64(f, v)));
            must.push((Occur::Must, Box::new(RangeQuery::new(bound(from), bound(to)))));
        }
    }
    let n = q.words.len();
    for (i, w) in q.words.iter().enumerate() {
        // Every word must appear in the subject, the text or the requester.
        let any = TICKET_TEXTS
            .iter()
            .map(|f| {
                let boost = if *f == "subject" { 2.0 } else { 1.0 };
                (
                    Occur::Should,
                    Box::new(BoostQuery::new(word_query(live.field(f), w, i + 1 == n), boost))
                        as Box<dyn Query>,
                )
            })
            .collect();
        must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    if must.is_empty() {
        return Box::new(AllQuery);
    }
    Box::new(BooleanQuery::new(must))
}

pub(super) fn stored<D: serde::de::DeserializeOwned>(live: &Live, doc: &TantivyDocument) -> SearchResult<D> {
    let json = doc.get_first(live.field("doc")).and_then(|v| v.as_str()).unwrap_or("{}");
    serde_json::from_str(json).map_err(failed)
}

pub(super) fn search_people(live: &Live, q: &PeopleQuery) -> SearchResult<Page<PersonHit>> {
    let query = people_query(live, q);
    let searcher = live.reader.searcher();
    let limit = q.limit.clamp(1, MAX_LIMIT);
    let (top, total) = searcher
        .search(&*query, &(TopDocs::with_limit(limit).and_offset(q.offset).order_by_score(), Count))
        .map_err(failed)?;
    let hits = top
        .into_iter()
        .map(|(score, addr)| {
            let doc: TantivyDocument = searcher.doc(addr).map_err(failed)?;
            Ok(PersonHit { doc: stored(live, &doc)?, score })
        })
        .collect::<SearchResult<_>>()?;
    Ok(Page { hits, total: total as u64 })
}

pub(super) fn search_tickets(live: &Live, q: &TicketQuery) -> SearchResult<Page<TicketHit>> {
    let query = ticket_query(live, q);
    let searcher = live.reader.searcher();
    let limit = q.limit.clamp(1, MAX_LIMIT);
    let top = || TopDocs::with_limit(limit).and_offset(q.offset);
    let by = |field: &str, order: Order| -> SearchResult<Vec<(f32, tantivy::DocAddress)>> {
        let (docs, _) = searcher
            .search(&*query, &(top().order_by_fast_field::<i64>(field, order), Count))
            .map_err(failed)?;
        Ok(docs.into_iter().map(|(_, a)| (0.0, a)).collect())
    };
    let sort = match q.sort {
        TicketSort::Relevance if q.words.is_empty() => TicketSort::CreatedDesc,
        s => s,
    };
    let docs = match sort {
        TicketSort::Relevance => searcher.search(&*query, &top().order_by_score()).map_err(failed)?,
        TicketSort::CreatedDesc => by("created_at", Order::Desc)?,
        TicketSort::CreatedAsc => by("created_at", Order::Asc)?,
        TicketSort::UpdatedDesc => by("updated_at", Order::Desc)?,
        TicketSort::UpdatedAsc => by("updated_at", Order::Asc)?,
    };
    let total = searcher.search(&*query, &Count).map_err(failed)? as u64;
    let hits = docs
        .into_iter()
        .map(|(score, addr)| {
            let doc: TantivyDocument = searcher.doc(addr).map_err(failed)?;
            Ok(TicketHit { doc: stored(live, &doc)?, score })
        })
        .collect::<SearchResult<_>>()?;
    Ok(Page { hits, total })
}
