//! The search behaviour suite, written once and run on every search backend (the
//! embedded engine always; Meilisearch when `CERTDESK_TEST_MEILI_URL` is set), on
//! every database.

use std::sync::Arc;

use serde_json::{json, Value};

use crate::helpers::TestApp;

const RIZKI: &str = "3275011205900001";
const SITI: &str = "3174014505850002";
const DJOKO: &str = "3578010101800003";
const KURNIAWAN: &str = "3273012202950004";
const RIZKY: &str = "3275011205900005";

pub(crate) fn person(nik: &str, name: &str, birth: &str, sex: &str, phone: Option<&str>) -> Value {
    json!({"nik": nik, "full_name": name, "birth_date": birth, "sex": sex, "phone": phone,
        "doses": [{"dose": 1, "vaccine": "coronavac", "date": "2021-07-12", "facility": "Puskesmas"}]})
}

pub(crate) async fn seed(app: &TestApp) {
    app.import(json!([
        person(RIZKI, "Muhammad Rizki", "1990-05-12", "M", Some("081234567890")),
        person(SITI, "Hj. Siti Noerhaliza, S.Pd.", "1985-05-05", "F", Some("0813-1111-2222")),
        person(DJOKO, "Djoko Santoso", "1980-01-01", "M", None),
        person(KURNIAWAN, "Kurniawan Saputra", "1995-02-22", "M", Some("085711112222")),
        person(RIZKY, "Rizky Pratama", "1990-05-12", "M", None),
    ]))
    .await;
    app.index_search().await;
}

pub(crate) async fn people(app: &TestApp, query: &str) -> Value {
    let path = format!("/api/v1/search/people?{query}");
    app.get(&path, &app.admin).await.expect(200).clone()
}

pub(crate) fn q(text: &str) -> String {
    format!("q={}", url::form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>())
}

/// The hits' NIKs. The API masks them (`3275********0001`); the seeded people differ in
/// their first and last four digits, so the mask names one of them.
pub(crate) fn niks(page: &Value) -> Vec<String> {
    const SEEDED: [&str; 7] = [RIZKI, SITI, DJOKO, KURNIAWAN, RIZKY, "3275011205900006", "3275011205900007"];
    let unmask = |m: &str| {
        assert!(m.contains("********"), "a search hit shows the NIK masked: {m}");
        SEEDED
            .iter()
            .find(|n| n[..4] == m[..4] && n[12..] == m[12..])
            .map_or(m.to_string(), |n| n.to_string())
    };
    page["hits"].as_array().unwrap().iter().map(|h| unmask(h["nik"].as_str().unwrap())).collect()
}

pub(crate) async fn top(app: &TestApp, query: &str) -> Option<String> {
    niks(&people(app, query).await).into_iter().next()
}

pub async fn a_nik_or_phone_in_any_format_finds_the_person(app: TestApp) {
    seed(&app).await;
    for nik in ["3275011205900001", "3275 0112 0590 0001", "3275.0112.0590.0001", "NIK 3275-011205-900001"] {
        let page = people(&app, &q(nik)).await;
        assert_eq!(niks(&page), [RIZKI], "{nik}");
        let hit = &page["hits"][0];
        assert_eq!(hit["full_name"], "Muhammad Rizki");
        assert_eq!(hit["birth_date"], "1990-05-12");
        assert_eq!(hit["province"], "32");
        assert_eq!(hit["phone"], "+62 812-****-890");
        assert!(hit["score"].is_number());
    }
    for phone in ["081234567890", "0812-3456-7890", "+62 812 3456 7890", "62812.3456.7890"] {
        assert_eq!(niks(&people(&app, &q(phone)).await), [RIZKI], "{phone}");
    }
    // Exact means exact: a NIK one digit off finds nobody, not a neighbour.
    assert!(niks(&people(&app, &q("3275011205900009")).await).is_empty());
    assert!(niks(&people(&app, &q("081234567899")).await).is_empty());
}

pub async fn names_are_found_despite_typos_old_spellings_and_titles(app: TestApp) {
    seed(&app).await;
    let cases = [
        ("Muhamad Rizki", RIZKI),
        ("Mohammad Rizki", RIZKI),
        ("M. Rizki", RIZKI),
        // insertion, deletion, substitution, transposition
        ("Kurniawanh Saputra", KURNIAWAN),
        ("Kurniwan Saputra", KURNIAWAN),
        ("Kurniawan Saputro", KURNIAWAN),
        ("Kurniawan Sapurta", KURNIAWAN),
        // old spellings meet new ones, both ways
        ("Joko Santoso", DJOKO),
        ("Siti Nurhaliza", SITI),
        // titles and honorifics are not part of the name
        ("Ibu Siti Nurhaliza", SITI),
        ("Bapak Djoko Santoso, S.H.", DJOKO),
        // the last word as typed so far
        ("Kurniawan Sap", KURNIAWAN),
    ];
    for (name, want) in cases {
        assert_eq!(top(&app, &q(name)).await.as_deref(), Some(want), "{name}");
    }
}

pub async fn filters_partial_niks_and_pagination_narrow_the_hits(app: TestApp) {
    seed(&app).await;
    let both = people(&app, &format!("{}&birth_date=1990-05-12", q("rizki"))).await;
    let mut found = niks(&both);
    found.sort();
    assert_eq!(found, [RIZKI, RIZKY]);
    assert_eq!(both["total"], 2);
    assert!(niks(&people(&app, &format!("{}&province=31", q("rizki"))).await).is_empty());
    assert_eq!(
        niks(&people(&app, &format!("{}&province=32&birth_date=1990-05-12", q("pratama"))).await),
        [RIZKY]
    );
    // Partial NIK: the last four digits, or the region, with a name.
    assert_eq!(niks(&people(&app, &q("rizki 0005")).await), [RIZKY]);
    let mut region = niks(&people(&app, &q("rizki 327501")).await);
    region.sort();
    assert_eq!(region, [RIZKI, RIZKY]);
    // What the caller says, as typed: the date in the text filters too.
    assert_eq!(niks(&people(&app, &q("Muhamad Rizki, lahir 12 Mei 1990, Bekasi")).await)[0], RIZKI);
    let said = people(&app, &q("Pratama 12-05-1990")).await;
    assert_eq!(niks(&said), [RIZKY]);
    // Only filters: everyone born that day.
    assert_eq!(people(&app, "birth_date=1980-01-01").await["total"], 1);
    assert_eq!(people(&app, "birth_date=1980-01-01&pending=false").await["total"], 1);
    assert_eq!(people(&app, "birth_date=1980-01-01&pending=true").await["total"], 0);
    assert_eq!(niks(&people(&app, "sex=F&province=31").await), [SITI]);
    // Pages: one hit each, together both, never the same twice.
    let base = format!("{}&birth_date=1990-05-12&limit=1", q("rizki"));
    let first = people(&app, &format!("{base}&offset=0")).await;
    let second = people(&app, &format!("{base}&offset=1")).await;
    assert_eq!(first["total"], 2);
    let mut paged = [niks(&first), niks(&second)].concat();
    paged.sort();
    assert_eq!(paged, [RIZKI, RIZKY]);
    // Bad filters are named.
    let r = app.get("/api/v1/search/people?province=3", &app.admin).await;
    assert_eq!(r.status.as_u16(), 422);
    assert!(r.body["message"].as_str().unwrap().contains("province"), "{}", r.body);
    let r = app.get("/api/v1/search/people", &app.admin).await;
    assert_eq!(r.status.as_u16(), 422);
    let r = app.get("/api/v1/search/people?q=x&limit=500", &app.admin).await;
    assert_eq!(r.status.as_u16(), 422);
}

pub async fn merged_and_deleted_people_leave_the_index(app: TestApp) {
    seed(&app).await;
    let db = app.cx.database().write();
    let id = |nik: &str| {
        let nik = certdesk::domain::Nik::parse(nik).unwrap();
        async move { certdesk::store::people::id_by_nik(db, &nik).await.unwrap().unwrap() }
    };
    certdesk::store::people::set_merged_into(db, id(RIZKY).await, id(RIZKI).await).await.unwrap();
    app.index_search().await;
    assert!(niks(&people(&app, &q(RIZKY)).await).is_empty(), "a merged record is not found");
    assert_eq!(niks(&people(&app, &q(RIZKI)).await), [RIZKI]);
    // A change reaches the index: a corrected name is found under the new one only.
    app.import_feed(json!([person(KURNIAWAN, "Kurniawati Saputri", "1995-02-22", "F", None)])).await;
    app.index_search().await;
    assert_eq!(top(&app, &q("Kurniawati Saputri")).await.as_deref(), Some(KURNIAWAN));
    let hit = people(&app, &q(KURNIAWAN)).await;
    assert_eq!(hit["hits"][0]["full_name"], "Kurniawati Saputri");
    assert_eq!(hit["hits"][0]["phone"], "+62 857-****-222", "a feed line without a phone erases none");
}

async fn tickets(app: &TestApp, token: &str, query: &str) -> Value {
    let path = format!("/api/v1/search/tickets?{query}");
    app.get(&path, token).await.expect(200).clone()
}

fn numbers(page: &Value) -> Vec<String> {
    page["hits"].as_array().unwrap().iter().map(|h| h["number"].as_str().unwrap().to_string()).collect()
}

pub async fn tickets_are_found_by_number_words_and_filters_within_the_agents_queues(app: TestApp) {
    let (_, agent) = app.staff("agen.cari", "agent", &["general"]).await;
    let sms = app
        .ticket(&app.admin, json!({"subject": "SMS 1199 tidak masuk", "body": "Sudah vaksin dosis kedua, SMS tidak masuk. NIK 3275011205900001"}))
        .await;
    let phone = app
        .ticket(&app.admin, json!({"subject": "Nomor HP salah", "body": "Nomor telepon saya salah ketik", "queue": "koreksi"}))
        .await;
    app.index_search().await;
    let n = |t: &Value| t["number"].as_str().unwrap().to_string();
    assert_eq!(numbers(&tickets(&app, &app.admin, &q(&n(&sms))).await), [n(&sms)]);
    assert_eq!(numbers(&tickets(&app, &app.admin, &q("sms tidak masuk")).await), [n(&sms)]);
    assert_eq!(numbers(&tickets(&app, &app.admin, &q("telepon")).await), [n(&phone)]);
    // A typo in the text, and the NIK the citizen wrote.
    assert_eq!(numbers(&tickets(&app, &app.admin, &q("telpon salah")).await), [n(&phone)]);
    assert_eq!(numbers(&tickets(&app, &app.admin, &q("3275 0112 0590 0001")).await), [n(&sms)]);
    // Filters and sort.
    assert_eq!(numbers(&tickets(&app, &app.admin, "queue=koreksi").await), [n(&phone)]);
    assert_eq!(numbers(&tickets(&app, &app.admin, "status=closed").await), Vec::<String>::new());
    let newest = tickets(&app, &app.admin, "sort=-created_at").await;
    assert_eq!(newest["total"], 2);
    let oldest = tickets(&app, &app.admin, "sort=created_at").await;
    assert_eq!(numbers(&oldest)[0], n(&sms));
    // An agent of `general` does not see the `koreksi` queue.
    assert_eq!(numbers(&tickets(&app, &agent, &q("nomor")).await), Vec::<String>::new());
    assert_eq!(numbers(&tickets(&app, &agent, "").await), [n(&sms)]);
    // A merged ticket leaves the index.
    let r = app
        .post(
            &format!("/api/v1/tickets/{}/merge", phone["id"].as_str().unwrap()),
            &app.admin,
            json!({"into": n(&sms)}),
        )
        .await;
    r.expect(200);
    app.index_search().await;
    assert_eq!(numbers(&tickets(&app, &app.admin, &q("telepon")).await), Vec::<String>::new());
}

pub async fn reindex_rebuilds_and_search_check_reports_drift(app: TestApp) {
    use certdesk::search::{Change, IndexName};
    use certdesk::service::search;
    seed(&app).await;
    app.ticket(&app.admin, json!({})).await;
    app.index_search().await;
    let report = search::check(&app.cx, 50).await.unwrap();
    assert!(report.iter().all(|r| r.ok()), "{report:?}");
    assert_eq!(report[0].database, 5);
    // Drift: a document vanishes from the index behind certdesk's back.
    let rizki = people(&app, &q(RIZKI)).await["hits"][0]["id"].as_str().unwrap().to_string();
    app.cx.search.apply_people(vec![Change::Delete(rizki.clone())]).await.unwrap();
    let report = search::check(&app.cx, 50).await.unwrap();
    assert_eq!((report[0].database, report[0].indexed), (5, 4), "{report:?}");
    assert!(report[0].drifted.contains(&rizki), "{report:?}");
    assert!(!report[0].ok());
    // A rebuild from the database repairs it and search answers as before.
    let done = std::sync::atomic::AtomicU64::new(0);
    let n = search::reindex(&app.cx, IndexName::People, &|d, _| {
        done.store(d, std::sync::atomic::Ordering::SeqCst)
    })
    .await
    .unwrap();
    assert_eq!((n, done.load(std::sync::atomic::Ordering::SeqCst)), (5, 5));
    assert_eq!(search::reindex(&app.cx, IndexName::Tickets, &|_, _| {}).await.unwrap(), 1);
    let report = search::check(&app.cx, 50).await.unwrap();
    assert!(report.iter().all(|r| r.ok()), "{report:?}");
    assert_eq!(niks(&people(&app, &q(RIZKI)).await), [RIZKI]);
    // Changes after the rebuild still reach the new index.
    app.import(json!([person("3275011205900006", "Budi Setiawan", "1990-05-12", "M", None)])).await;
    app.index_search().await;
    assert_eq!(top(&app, &q("Budi Setiawan")).await.as_deref(), Some("3275011205900006"));
}

pub async fn an_unreachable_engine_delays_indexing_and_loses_nothing(app: TestApp) {
    use certdesk::search::IndexName;
    seed(&app).await;
    // The same certdesk, its search engine down (nothing listens on that port).
    let mut down = app.cx.clone();
    let mut config = app.cx.config.search.clone();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    config.meilisearch_url = format!("http://127.0.0.1:{port}").parse().unwrap();
    down.search = Arc::new(certdesk::search::MeiliSearch::new(&config).unwrap());
    // Writes do not depend on the engine.
    app.import(json!([person("3275011205900007", "Dewi Lestari", "1992-03-03", "F", None)])).await;
    app.ticket(&app.admin, json!({"subject": "Dewi belum dapat sertifikat"})).await;
    let err = certdesk::service::search::catch_up(&down).await.unwrap_err();
    assert!(matches!(err, certdesk::error::ServiceError::Unavailable(_)), "{err:?}");
    let r = app.get(&format!("/api/v1/search/people?{}", q("Dewi")), &app.admin).await;
    assert_eq!(r.status.as_u16(), 200, "the live engine still answers");
    assert!(niks(&r.body).is_empty(), "not indexed yet");
    let owed =
        certdesk::store::search::owed_count(app.cx.database().read(), IndexName::People).await.unwrap();
    assert_eq!(owed, 1);
    // Supervisors see the backlog; agents may not.
    let status = app.get("/api/v1/search/status", &app.admin).await.expect(200).clone();
    assert_eq!(status["indexes"][0]["index"], "people");
    assert_eq!(
        (status["indexes"][0]["database"].as_u64(), status["indexes"][0]["owed"].as_u64()),
        (Some(6), Some(1))
    );
    let (_, agent) = app.staff("agen.status", "agent", &["general"]).await;
    assert_eq!(app.get("/api/v1/search/status", &agent).await.status.as_u16(), 403);
    // The engine is back: everything owed goes in.
    assert_eq!(app.index_search().await, 2);
    assert_eq!(top(&app, &q("Dewi Lestari")).await.as_deref(), Some("3275011205900007"));
    let found = tickets(&app, &app.admin, &q("dewi")).await;
    assert_eq!(found["total"], 1);
}
