//! Keeping the index current while writes are in flight: on every engine, a document
//! changed during its write ends in its latest state; on Meilisearch, a refused write
//! is reported and sent again, and a crash of the engine loses nothing.

use std::sync::Arc;
use std::time::Duration;

use certdesk::search::{
    Change, IndexName, Page, PeopleQuery, PersonDoc, PersonHit, Progress, Rebuild, SearchBackend,
    SearchResult, Submission, TicketDoc, TicketHit, TicketQuery,
};
use certdesk::service::search::{self, Indexer};
use futures::future::BoxFuture;
use sea_orm::ConnectionTrait;
use serde_json::{json, Value};

use crate::helpers::TestApp;
use crate::search::{niks, people, person, q, top};

async fn rename(app: &TestApp, nik: &str, name: &str) {
    let sql = format!("UPDATE person SET full_name = '{name}' WHERE nik = '{nik}'");
    app.cx.database().write().execute_unprepared(&sql).await.unwrap();
}

async fn owed(app: &TestApp) -> u64 {
    certdesk::store::search::owed_count(app.cx.database().read(), IndexName::People).await.unwrap()
}

/// Steps `ix` until nothing is owed or in flight; returns the documents applied.
async fn drain(cx: &certdesk::service::Context, ix: &mut Indexer) -> usize {
    let mut applied = 0;
    for _ in 0..3000 {
        applied += ix.step(cx, None).await.unwrap().applied;
        let owed =
            certdesk::store::search::owed_count(cx.database().read(), IndexName::People).await.unwrap();
        if owed == 0 && ix.in_flight() == 0 {
            return applied;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("the indexer did not drain in 15 s");
}

const FIVE: [(&str, &str); 5] = [
    ("3275011205900001", "Bambang Pamungkas"),
    ("3174014505850002", "Siti Aminah"),
    ("3578010101800003", "Joko Susilo"),
    ("3273012202950004", "Kurniawan Saputra"),
    ("3275011205900005", "Rizky Pratama"),
];

/// Runs with `search.batch = 2`: five people go as three batches, all in flight at once.
pub async fn a_person_changed_while_their_write_is_in_flight_ends_in_their_latest_state(app: TestApp) {
    let records: Vec<Value> =
        FIVE.iter().map(|(nik, name)| person(nik, name, "1990-05-12", "M", None)).collect();
    app.import(json!(records)).await;
    let mut ix = Indexer::new(&app.cx);
    let first = ix.step(&app.cx, None).await.unwrap();
    assert_eq!((first.sent, ix.in_flight()), (5, 3), "three batches handed over before any is confirmed");
    // Renamed twice while the first write may still wait in the engine's queue.
    rename(&app, FIVE[0].0, "Bambang Sudarsono").await;
    rename(&app, FIVE[0].0, "Bambang Wicaksono").await;
    let second = ix.step(&app.cx, None).await.unwrap();
    assert_eq!(second.sent, 1, "two changes of one person are one document");
    drain(&app.cx, &mut ix).await;
    assert_eq!(owed(&app).await, 0);
    assert_eq!(top(&app, &q("Bambang Wicaksono")).await.as_deref(), Some(FIVE[0].0));
    for stale in ["Pamungkas", "Sudarsono"] {
        assert!(niks(&people(&app, &q(stale)).await).is_empty(), "{stale} is an old name");
    }
    let id = people(&app, &q("Wicaksono")).await["hits"][0]["id"].as_str().unwrap().to_string();
    let stored = app.cx.search.fetch(IndexName::People, &[id]).await.unwrap();
    assert_eq!(stored[0]["name"], "Bambang Wicaksono");
    let report = search::check(&app.cx, 20).await.unwrap();
    assert!(report.iter().all(|r| r.ok()), "{report:?}");
    // What the indexer did is on the status page, for any node to show.
    ix.report(&app.cx, true).await;
    let status = app.get("/api/v1/search/status", &app.admin).await.expect(200).clone();
    let indexer = &status["indexes"][0]["indexer"];
    assert_eq!(indexer["documents"], 6, "{status}");
    assert_eq!((indexer["tasks_in_flight"].as_i64(), indexer["refusals"].as_i64()), (Some(0), Some(0)));
    assert!(indexer["rate"].as_f64().unwrap() > 0.0, "{status}");
    assert!(status["indexes"][0].get("oldest_owed_seconds").is_none(), "nothing is owed: {status}");
}

/// The people index replaced behind certdesk's back (same name, another primary key):
/// Meilisearch refuses every write to it.
async fn replace_people_index(app: &TestApp) -> meilisearch_sdk::client::Client {
    let (url, key) = crate::helpers::meili_server().expect("a Meilisearch test");
    let client = meilisearch_sdk::client::Client::new(url, (!key.is_empty()).then_some(key)).unwrap();
    let uid = format!("{}people", app.cx.config.search.index_prefix);
    let done = |t: meilisearch_sdk::task_info::TaskInfo| {
        let client = client.clone();
        async move {
            let t = t.wait_for_completion(&client, None, Some(Duration::from_secs(30))).await.unwrap();
            assert!(t.is_success(), "{t:?}");
        }
    };
    done(client.delete_index(&uid).await.unwrap()).await;
    done(client.create_index(&uid, Some("ident")).await.unwrap()).await;
    done(
        client
            .index(&uid)
            .add_documents(&[json!({"ident": "x", "name": "placeholder"})], None)
            .await
            .unwrap(),
    )
    .await;
    client
}

pub async fn a_write_meilisearch_refuses_is_reported_and_sent_again(app: TestApp) {
    // certdesk's own set-up of the indexes first (it runs at start, in the background).
    app.cx.search.prepare().await.unwrap();
    let client = replace_people_index(&app).await;
    app.import(json!([person(FIVE[1].0, FIVE[1].1, "1985-05-05", "F", None)])).await;
    let err = search::catch_up(&app.cx).await.unwrap_err().to_string();
    assert!(err.contains("index_primary_key_already_exists"), "{err}");
    assert_eq!(owed(&app).await, 1, "a refused change stays owed");
    // The indexer in `serve` reports it: on the status page and in the metrics.
    let mut ix = Indexer::new(&app.cx);
    let mut refused = 0;
    for _ in 0..400 {
        refused += ix.step(&app.cx, None).await.unwrap().refused;
        if refused > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(refused, 1);
    ix.report(&app.cx, true).await;
    let status = app.get("/api/v1/search/status", &app.admin).await.expect(200).clone();
    let people_status = &status["indexes"][0];
    assert_eq!(people_status["indexer"]["refusals"], 1, "{status}");
    let why = people_status["indexer"]["last_refusal"].as_str().unwrap();
    assert!(why.ends_with(": index_primary_key_already_exists"), "the code, never a quoted document: {why}");
    assert!(people_status["oldest_owed_seconds"].as_f64().is_some(), "{status}");
    let metrics = app.client.get(format!("{}/metrics", app.metrics_addr)).send().await.unwrap();
    let text = metrics.text().await.unwrap();
    assert!(text.contains("certdesk_search_task_refusals{index=\"people\"} 1"), "{text}");
    assert!(text.contains("certdesk_search_oldest_owed_seconds{index=\"people\"}"), "{text}");
    // Repaired (the stray index removed): the same indexer sets the index up again,
    // settings included (a birth date filter works), and the change lands.
    let uid = format!("{}people", app.cx.config.search.index_prefix);
    let t = client.delete_index(&uid).await.unwrap();
    t.wait_for_completion(&client, None, Some(Duration::from_secs(30))).await.unwrap();
    assert_eq!(drain(&app.cx, &mut ix).await, 1);
    let filtered = format!("{}&birth_date=1985-05-05", q(FIVE[1].1));
    assert_eq!(niks(&people(&app, &filtered).await), [FIVE[1].0]);
    assert_eq!(owed(&app).await, 0);
}

/// A Meilisearch of the test's own, killed (SIGKILL) with writes in flight and started
/// again: every document ends up in the index.
pub async fn meilisearch_killed_during_indexing_loses_nothing(app: TestApp) {
    let mut meili = crate::meili_process::MeiliProcess::start();
    let mut cx = app.cx.clone();
    let mut config = (*app.cx.config).clone();
    config.search.meilisearch_url = meili.url.parse().unwrap();
    config.search.meilisearch_key = meili.key.clone().into();
    config.search.batch = 100;
    cx.config = Arc::new(config);
    cx.search = Arc::new(certdesk::search::MeiliSearch::new(&cx.config.search).unwrap());
    let records: Vec<Value> = (0..1200)
        .map(|i| {
            person(&format!("32750112059{:05}", i + 10), &format!("Warga Uji {i}"), "1990-05-12", "M", None)
        })
        .collect();
    for chunk in records.chunks(400) {
        app.import(json!(chunk)).await;
    }
    let mut ix = Indexer::new(&cx);
    let first = ix.step(&cx, None).await.unwrap();
    assert_eq!((first.sent, ix.in_flight()), (400, 4));
    // Some batches confirmed, others in flight behind them: then the crash.
    let mut applied = 0;
    for _ in 0..1000 {
        applied += ix.step(&cx, None).await.unwrap().applied;
        if applied > 0 && ix.in_flight() > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(applied > 0 && ix.in_flight() > 0, "applied {applied}, in flight {}", ix.in_flight());
    meili.kill();
    assert!(ix.step(&cx, None).await.is_err(), "the engine is down");
    // As the background indexer does after an error: everything unconfirmed goes again.
    ix.restart();
    meili.restart();
    drain(&cx, &mut ix).await;
    assert_eq!(cx.search.count(IndexName::People).await.unwrap(), 1200);
    assert_eq!(
        certdesk::store::search::owed_count(cx.database().read(), IndexName::People).await.unwrap(),
        0
    );
    let report = search::check(&cx, 50).await.unwrap();
    assert!(report.iter().all(|r| r.ok()), "{report:?}");
}

/// PostgreSQL numbers a change when it is written, not when it commits: a change that
/// commits after a later-numbered one is indexed all the same.
pub async fn a_change_committed_after_a_later_one_is_still_indexed(app: TestApp) {
    use sea_orm::TransactionTrait;
    let records: Vec<Value> =
        FIVE[..2].iter().map(|(nik, name)| person(nik, name, "1990-05-12", "M", None)).collect();
    app.import(json!(records)).await;
    app.index_search().await;
    let slow = app.cx.database().write().begin().await.unwrap();
    let sql = format!("UPDATE person SET full_name = 'Bambang Lambat' WHERE nik = '{}'", FIVE[0].0);
    slow.execute_unprepared(&sql).await.unwrap();
    rename(&app, FIVE[1].0, "Siti Cepat").await;
    let mut ix = Indexer::new(&app.cx);
    drain(&app.cx, &mut ix).await;
    assert_eq!(top(&app, &q("Siti Cepat")).await.as_deref(), Some(FIVE[1].0));
    slow.commit().await.unwrap();
    drain(&app.cx, &mut ix).await;
    assert_eq!(top(&app, &q("Bambang Lambat")).await.as_deref(), Some(FIVE[0].0));
}

/// An engine that refuses any write holding one document (as Meilisearch refuses a
/// task), in front of the test's real engine.
struct Refusing {
    inner: Arc<dyn SearchBackend>,
    poison: String,
    refused: std::sync::Mutex<Vec<usize>>,
}

const REFUSED_TASK: u32 = u32::MAX;

impl SearchBackend for Refusing {
    fn name(&self) -> &'static str {
        self.inner.name()
    }
    fn prepare(&self) -> BoxFuture<'_, SearchResult<()>> {
        self.inner.prepare()
    }
    fn apply_people(&self, c: Vec<Change<PersonDoc>>) -> BoxFuture<'_, SearchResult<()>> {
        self.inner.apply_people(c)
    }
    fn apply_tickets(&self, c: Vec<Change<TicketDoc>>) -> BoxFuture<'_, SearchResult<()>> {
        self.inner.apply_tickets(c)
    }
    fn submit_people(&self, c: Vec<Change<PersonDoc>>) -> BoxFuture<'_, SearchResult<Submission>> {
        if c.iter().any(|c| matches!(c, Change::Put(d) if d.id == self.poison)) {
            self.refused.lock().unwrap().push(c.len());
            return Box::pin(async { Ok(Submission { tasks: vec![REFUSED_TASK] }) });
        }
        self.inner.submit_people(c)
    }
    fn submit_tickets(&self, c: Vec<Change<TicketDoc>>) -> BoxFuture<'_, SearchResult<Submission>> {
        self.inner.submit_tickets(c)
    }
    fn progress<'a>(&'a self, s: &'a Submission) -> BoxFuture<'a, SearchResult<Progress>> {
        if s.tasks.contains(&REFUSED_TASK) {
            return Box::pin(async { Ok(Progress::Refused("task 1: invalid_document_fields".into())) });
        }
        self.inner.progress(s)
    }
    fn search_people<'a>(&'a self, q: &'a PeopleQuery) -> BoxFuture<'a, SearchResult<Page<PersonHit>>> {
        self.inner.search_people(q)
    }
    fn search_tickets<'a>(&'a self, q: &'a TicketQuery) -> BoxFuture<'a, SearchResult<Page<TicketHit>>> {
        self.inner.search_tickets(q)
    }
    fn count(&self, index: IndexName) -> BoxFuture<'_, SearchResult<u64>> {
        self.inner.count(index)
    }
    fn fetch<'a>(&'a self, index: IndexName, ids: &'a [String]) -> BoxFuture<'a, SearchResult<Vec<Value>>> {
        self.inner.fetch(index, ids)
    }
    fn rebuild(&self, index: IndexName) -> BoxFuture<'_, SearchResult<Box<dyn Rebuild>>> {
        self.inner.rebuild(index)
    }
}

/// Runs with `search.batch = 8`: twenty people, one of whom the engine refuses.
pub async fn a_document_the_engine_refuses_ends_up_alone_and_the_rest_lands(app: TestApp) {
    let niks: Vec<String> = (0..20).map(|i| format!("32750112059{:05}", i + 10)).collect();
    let records: Vec<Value> = niks
        .iter()
        .enumerate()
        .map(|(i, nik)| person(nik, &format!("Warga Uji {i}"), "1990-05-12", "M", None))
        .collect();
    app.import(json!(records)).await;
    let row = app
        .cx
        .database()
        .read()
        .query_one_raw(sea_orm::Statement::from_string(
            app.cx.database().read().get_database_backend(),
            format!("SELECT id FROM person WHERE nik = '{}'", niks[4]),
        ))
        .await
        .unwrap()
        .unwrap();
    let poison: uuid::Uuid = row.try_get("", "id").unwrap();
    let engine = Arc::new(Refusing {
        inner: app.cx.search.clone(),
        poison: poison.to_string(),
        refused: Default::default(),
    });
    let mut cx = app.cx.clone();
    cx.search = engine.clone();
    let mut ix = Indexer::new(&cx);
    let started = std::time::Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        ix.step(&cx, None).await.unwrap();
        let alone = engine.refused.lock().unwrap().last() == Some(&1);
        if alone && owed(&app).await == 1 && ix.in_flight() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let refused = engine.refused.lock().unwrap().clone();
    // A batch is 8 log rows; a person logged twice (an import's person and dose rows a
    // moment apart on PostgreSQL) makes it fewer documents, never one.
    assert!(
        refused.first().is_some_and(|n| (2..=8).contains(n)),
        "the first refusal is a whole batch: {refused:?}"
    );
    assert_eq!(refused.last(), Some(&1), "halved until the document is alone: {refused:?}");
    assert!(refused.windows(2).all(|w| w[1] <= w[0]), "{refused:?}");
    assert_eq!(owed(&app).await, 1, "only the refused document's change is still owed");
    assert_eq!(app.cx.search.count(IndexName::People).await.unwrap(), 19);
}
