//! Point 6: evidence is written only after the limits, and files no request keeps are
//! swept.

use std::time::{Duration, SystemTime};

use crate::citizen::{png, Citizen};
use crate::helpers::TestApp;
use crate::portal::{people, rizki_facts};

/// Every file under the evidence area.
fn evidence_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    let root = app.cx.config.storage.data_dir.join("evidence");
    let mut out = Vec::new();
    for dir in std::fs::read_dir(root).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(dir.path()).into_iter().flatten().flatten() {
            out.push(f.path());
        }
    }
    out
}

pub async fn refused_phone_changes_write_no_evidence_and_orphans_are_swept(app: TestApp) {
    people(&app).await;
    // per_ip = 2 here: the third phone change from this address is refused.
    let mut c = Citizen::new(&app);
    let mut fields = rizki_facts();
    fields.push(("new_phone", "0857-1234-5678"));
    for _ in 0..2 {
        c.get("/portal/phone").await;
        c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp.png", png())]).await;
        assert_eq!(c.redirects.last().map(String::as_str), Some("/portal/phone/code"), "{}", c.html);
    }
    let kept = evidence_files(&app);
    assert_eq!(kept.len(), 1, "the same bytes are stored once: {kept:?}");
    std::fs::remove_file(&kept[0]).unwrap();
    c.get("/portal/phone").await;
    let mut other = png();
    other.extend_from_slice(b"another photo");
    c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp2.png", other)]).await;
    assert_eq!(c.status, 429, "{}", c.html);
    assert!(evidence_files(&app).is_empty(), "a refused request wrote nothing");

    // A file no correction request keeps, older than the sweep's age, goes; a fresh one
    // (its flow may still be confirmed) stays.
    let dir = app.cx.config.storage.data_dir.join("evidence").join("ab");
    std::fs::create_dir_all(&dir).unwrap();
    let old = dir.join("ab00000000000000000000000000000000000000000000000000000000000000.png");
    let fresh = dir.join("ab11111111111111111111111111111111111111111111111111111111111111.png");
    for f in [&old, &fresh] {
        std::fs::write(f, png()).unwrap();
    }
    let f = std::fs::File::options().append(true).open(&old).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(3 * 86_400)).unwrap();
    let removed =
        certdesk::service::portal::sweep_evidence(&app.cx, Duration::from_secs(2 * 86_400)).await.unwrap();
    assert_eq!(removed, 1);
    assert!(!old.exists() && fresh.exists());
}
