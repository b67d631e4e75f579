//! Points 8 and 11: one-time code tries under parallel guessing; CSV cells a
//! spreadsheet would run.

use serde_json::json;

use crate::citizen::{code_sent_to, Citizen};
use crate::helpers::TestApp;
use crate::portal::{people, rizki_facts, RIZKI_PHONE};

pub async fn fifty_parallel_wrong_codes_use_up_the_code(app: TestApp) {
    people(&app).await;
    let mut c = Citizen::new(&app);
    c.get("/portal/verify").await;
    c.post("/portal/verify", &rizki_facts()).await;
    let code = code_sent_to(&app, RIZKI_PHONE).await;
    c.get("/portal/verify/code").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let statuses = c.post_parallel("/portal/verify/code", &[("code", wrong)], 50).await;
    assert!(statuses.iter().all(|s| !s.is_server_error()), "{statuses:?}");
    c.get("/portal/verify/code").await;
    c.post("/portal/verify/code", &[("code", &code)]).await;
    assert!(!c.html.contains("Halo,"), "the right code after the tries are used up opens nothing");
    assert_ne!(c.status, 200);
}

pub async fn csv_cells_that_a_spreadsheet_would_run_are_made_inert(app: TestApp) {
    let subjects =
        ["=HYPERLINK(\"http://evil.example\",\"klik\")", "+62 812 cmd", "-2+3", "@SUM(A1:A9)", "Biasa saja"];
    for s in subjects {
        app.ticket(&app.admin, json!({"subject": s})).await;
    }
    let r = app
        .client
        .get(format!("{}/api/v1/export/tickets", app.addr))
        .bearer_auth(&app.admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let text = r.text().await.unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let col = reader.headers().unwrap().iter().position(|h| h == "subject").unwrap();
    let cells: Vec<String> = reader.records().map(|r| r.unwrap()[col].to_string()).collect();
    for s in subjects {
        let expected = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
        assert!(cells.contains(&expected), "{expected} in {cells:?}");
    }
    assert!(cells.iter().all(|c| !c.starts_with(['=', '+', '-', '@'])), "{cells:?}");
}
