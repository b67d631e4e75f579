//! People search on Meilisearch. A word a name is said with or without (`Muhammad`)
//! cannot be made to weigh little in one Meilisearch query: whichever matching
//! strategy drops words, it may drop a real word first (in a register where `Wati` is
//! as common as `Muhammad`). So a query holding one is asked twice: with every word
//! (all must match: the record carries it too), then without the optional ones; the
//! first answer's hits come first.

use meilisearch_sdk::indexes::Index;
use meilisearch_sdk::search::{MatchingStrategies, SearchResults};

use super::filters::{people_filter, total};
use super::map_err;
use crate::domain::names;
use crate::search::query::{PeopleQuery, MAX_LIMIT};
use crate::search::{Page, PersonDoc, PersonHit, SearchResult};

async fn ask(
    idx: &Index,
    words: &[String],
    strategy: MatchingStrategies,
    filter: &str,
    offset: usize,
    limit: usize,
) -> SearchResult<Page<PersonHit>> {
    let text = words.join(" ");
    let mut s = idx.search();
    s.with_query(&text)
        .with_limit(limit)
        .with_offset(offset)
        .with_show_ranking_score(true)
        .with_matching_strategy(strategy);
    if !filter.is_empty() {
        s.with_filter(filter);
    }
    let r: SearchResults<PersonDoc> = s.execute().await.map_err(map_err)?;
    let total = total(&r);
    let hits = r
        .hits
        .into_iter()
        .map(|h| PersonHit { score: h.ranking_score.unwrap_or(0.0) as f32, doc: h.result })
        .collect();
    Ok(Page { hits, total })
}

pub(super) async fn search(idx: &Index, q: &PeopleQuery) -> SearchResult<Page<PersonHit>> {
    let filter = people_filter(q);
    let limit = q.limit.clamp(1, MAX_LIMIT);
    let core: Vec<String> = q.words.iter().filter(|w| !names::is_optional(w)).cloned().collect();
    // `frequency`: when too few records hold every word, the most common words of the
    // query are dropped first, not the last word said.
    if core.is_empty() || core.len() == q.words.len() {
        return ask(idx, &q.words, MatchingStrategies::FREQUENCY, &filter, q.offset, limit).await;
    }
    // Both answers from the start, merged, then the page cut from the merge.
    let want = q.offset + limit;
    let with = ask(idx, &q.words, MatchingStrategies::ALL, &filter, 0, want).await?;
    let without = ask(idx, &core, MatchingStrategies::FREQUENCY, &filter, 0, want).await?;
    let total = with.total.max(without.total);
    let mut hits = with.hits;
    for h in without.hits {
        if !hits.iter().any(|x| x.doc.id == h.doc.id) {
            hits.push(h);
        }
    }
    let hits = hits.into_iter().skip(q.offset).take(limit).collect();
    Ok(Page { hits, total })
}
