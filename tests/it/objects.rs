//! Attachments and evidence in an S3-compatible bucket (moto's server): where they
//! land, how they come back, what an outage of the store does, and moving a data
//! dir's files into a bucket with `certdesk storage migrate`.

use std::process::Command;
use std::time::Duration;

use libtest_mimic::Failed;
use serde_json::Value;

use crate::citizen::{png, Citizen};
use crate::helpers::TestApp;
use crate::portal::{people, rizki_facts};
use crate::s3::S3Server;

/// A complaint mail with the given attachments.
pub fn mail_with(id: &str, from: &str, files: &[(&str, &[u8])]) -> String {
    use base64::Engine;
    let mut m = format!(
        "From: {from}\r\nTo: sertifikat@certdesk.test\r\nSubject: Sertifikat {id}\r\nMessage-ID: <{id}@example.id>\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n\
         --b\r\nContent-Type: text/plain\r\n\r\nSertifikat saya belum ada, foto terlampir.\r\n"
    );
    for (name, bytes) in files {
        let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        m.push_str(&format!(
            "--b\r\nContent-Type: application/octet-stream; name=\"{name}\"\r\n\
             Content-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}\r\n"
        ));
    }
    m + "--b--\r\n"
}

/// Bytes that differ by `seed`, long enough to be streamed in many chunks.
fn blob(seed: u8, len: usize) -> Vec<u8> {
    (0..len).map(|i| (i as u32).wrapping_mul(2_654_435_761).to_be_bytes()[0] ^ seed).collect()
}

pub async fn files_live_in_the_bucket_are_streamed_back_and_orphans_are_swept(app: TestApp) {
    let s3 = app.s3.as_ref().expect("an S3 test");
    let scan = blob(7, 300_000);
    app.ingest(&mail_with("obj-1", "ani@example.id", &[("ktp.png", &png()), ("scan.bin", &scan)])).await;
    let keys = s3.keys().await;
    assert_eq!(keys.len(), 2, "{keys:?}");
    assert!(keys.iter().all(|k| k.starts_with("attachments/")), "{keys:?}");
    assert!(!app.cx.config.storage.data_dir.join("attachments").exists(), "nothing on the node's disk");
    let stored = keys.iter().find(|k| k.ends_with(&certdesk::store::objects::sha256_hex(&scan))).unwrap();
    assert_eq!(s3.get(stored).await.unwrap(), scan, "the bucket holds the bytes as sent");

    // Served back by certdesk, whole, to a member of staff.
    let list = app.get("/api/v1/tickets?channel=email", &app.admin).await.expect(200).clone();
    let n = list["items"][0]["number"].as_str().unwrap().to_string();
    crate::desk::agent_with_password(&app, "wulan", &["general"]).await;
    let mut c = Citizen::new(&app);
    crate::desk::sign_in(&app, &mut c, "wulan", crate::desk::PASSWORD).await;
    c.get(&format!("/desk/tickets/{n}")).await;
    let links: Vec<String> = regex::Regex::new(r#""(/desk/tickets/[^"]+/attachments/[^"]+)""#)
        .unwrap()
        .captures_iter(&c.html)
        .map(|m| m[1].to_string())
        .collect();
    let mut got = Vec::new();
    for l in links.iter().collect::<std::collections::BTreeSet<_>>() {
        let (status, _, bytes) = c.get_bytes(l).await;
        assert_eq!(status.as_u16(), 200);
        got.push(bytes);
    }
    got.sort();
    let mut want = vec![png(), scan];
    want.sort();
    assert_eq!(got, want, "both files, byte for byte");

    // Evidence of a phone change goes to the bucket too; the sweep clears what no
    // request keeps (here: everything older than now) and leaves attachments alone.
    people(&app).await;
    let mut fields = rizki_facts();
    fields.push(("new_phone", "0857-1234-5678"));
    c.get("/portal/phone").await;
    c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp.png", blob(9, 5_000))]).await;
    assert_eq!(c.status, 422, "not a picture: refused before anything is stored");
    c.get("/portal/phone").await;
    c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp.png", png())]).await;
    assert_eq!(c.redirects.last().map(String::as_str), Some("/portal/phone/code"), "{}", c.html);
    let evidence: Vec<String> = s3.keys().await.into_iter().filter(|k| k.starts_with("evidence/")).collect();
    assert_eq!(evidence.len(), 1, "{evidence:?}");
    // S3 times are whole seconds: the sweep's cut-off must lie after the upload's.
    let uploaded = std::time::SystemTime::now();
    while std::time::SystemTime::now().duration_since(uploaded).unwrap() < Duration::from_millis(1100) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let removed = certdesk::service::portal::sweep_evidence(&app.cx, Duration::ZERO).await.unwrap();
    assert_eq!(removed, 1);
    let left = s3.keys().await;
    assert_eq!(left.len(), 2, "the attachments stay: {left:?}");
    assert!(left.iter().all(|k| k.starts_with("attachments/")), "{left:?}");
}

/// The mailbox's state as the API shows it.
async fn mailbox(app: &TestApp) -> Value {
    app.get("/api/v1/mail/mailboxes", &app.admin).await.expect(200)[0].clone()
}

pub async fn an_object_store_outage_answers_503_and_mail_waits_in_the_mailbox(app: TestApp) {
    let s3 = app.s3.as_ref().expect("an S3 test");
    people(&app).await;
    s3.cut();
    // An upload answers 503 and leaves nothing behind.
    let mut c = Citizen::new(&app);
    let mut fields = rizki_facts();
    fields.push(("new_phone", "0857-1234-5678"));
    c.get("/portal/phone").await;
    c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp.png", png())]).await;
    assert_eq!(c.status, 503, "{}", c.html);
    assert!(c.html.contains("<html"), "a page, not a bare error");
    assert!(!app.cx.config.storage.data_dir.join("evidence").exists(), "no fallback to the node's disk");
    // A store that takes connections and never answers: a 503 within the configured
    // 2 s (retries included), not a request held for minutes.
    s3.hang();
    c.get("/portal/phone").await;
    let asked = std::time::Instant::now();
    c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp.png", png())]).await;
    assert_eq!(c.status, 503, "{}", c.html);
    assert!(asked.elapsed() < Duration::from_secs(4), "answered after {:?}", asked.elapsed());
    s3.cut();

    // Mail without files flows; mail with files waits in the inbox, untouched.
    let dv = app.dovecot();
    let plain = crate::mail::mail("budi@mail.example.id", "Sertifikat belum ada", "tolong dicek", "").0;
    let with_file = mail_with("obj-wait", "citra@mail.example.id", &[("kartu.png", &png())]);
    dv.append("INBOX", &[plain.into_bytes(), with_file.into_bytes()]).await;
    dv.wait_count("Processed", 1).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while !mailbox(&app).await["last_error"].as_str().is_some_and(|e| e.contains("unavailable")) {
        assert!(std::time::Instant::now() < deadline, "the poll reports the outage: {}", mailbox(&app).await);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(dv.count("INBOX").await, 1, "the mail with a file stays where it was");
    let tickets = app.get("/api/v1/tickets", &app.admin).await.expect(200).clone();
    assert_eq!(tickets["items"].as_array().unwrap().len(), 1, "{tickets}");
    assert!(s3.keys().await.is_empty());

    // The store is back: the waiting mail becomes a ticket with its file.
    s3.restore();
    dv.wait_count("Processed", 2).await;
    dv.wait_count("INBOX", 0).await;
    let tickets = app.get("/api/v1/tickets", &app.admin).await.expect(200).clone();
    assert_eq!(tickets["items"].as_array().unwrap().len(), 2, "{tickets}");
    let sha = certdesk::store::objects::sha256_hex(&png());
    assert_eq!(s3.keys().await, vec![format!("attachments/{}/{sha}", &sha[..2])]);
    c.get("/portal/phone").await;
    c.post_files("/portal/phone", &fields, &[("ev_ktp", "ktp.png", png())]).await;
    assert_eq!(c.redirects.last().map(String::as_str), Some("/portal/phone/code"), "{}", c.html);
}

/// `certdesk <args>` on `db` and `dir`, with the bucket of `s3` configured.
fn certdesk(db: &str, dir: &std::path::Path, s3: &S3Server) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_certdesk"));
    c.env("CERTDESK_DATABASE__URL", db)
        .env("CERTDESK_STORAGE__DATA_DIR", dir)
        .env("CERTDESK_MAIL__OUTBOX_DIR", dir.join("outbox"))
        .env("CERTDESK_LOG__LEVEL", "warn");
    for (key, value) in s3.config() {
        if key != "storage.objects" {
            c.env(format!("CERTDESK_{}", key.to_uppercase().replace('.', "__")), value);
        }
    }
    c
}

/// Object keys under `dir/attachments`, sorted.
fn local_keys(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for sub in std::fs::read_dir(dir.join("attachments")).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(sub.path()).into_iter().flatten().flatten() {
            let (a, b) = (sub.file_name(), f.file_name());
            out.push(format!("attachments/{}/{}", a.to_string_lossy(), b.to_string_lossy()));
        }
    }
    out.sort();
    out
}

fn run(mut c: Command) -> Result<(i32, String), Failed> {
    let out = c.output()?;
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    Ok((out.status.code().unwrap_or(-1), text))
}

pub fn storage_migrate_moves_every_file_into_the_bucket_and_checks_each_row() -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    rt.block_on(async {
        let s3 = S3Server::start().await;
        let dir = tempfile::tempdir()?;
        let mails = dir.path().join("mails");
        std::fs::create_dir(&mails)?;
        let shared = blob(1, 40_000);
        for i in 0..5u8 {
            let own = blob(10 + i, 1_000 + usize::from(i));
            let own_name = format!("own{i}.bin");
            let mut files: Vec<(&str, &[u8])> = vec![(&own_name, &own)];
            if i % 2 == 0 {
                files.push(("shared.bin", &shared));
            }
            let m = mail_with(&format!("mig-{i}"), &format!("w{i}@mail.example.id"), &files);
            std::fs::write(mails.join(format!("{i}.eml")), m)?;
        }
        let db = format!("sqlite://{}/c.db?mode=rwc", dir.path().display());
        let mut ingest = certdesk(&db, dir.path(), &s3);
        ingest.args(["ingest-mail", "--dir"]).arg(&mails);
        let (code, out) = run(ingest)?;
        if code != 0 || !out.contains("5 new tickets") {
            return Err(format!("ingest into the data dir: {code} {out}").into());
        }
        let local = local_keys(dir.path());
        if local.len() != 6 {
            return Err(format!("five own files and one shared: {local:?}").into());
        }
        let migrate = || {
            let mut c = certdesk(&db, dir.path(), &s3);
            c.args(["storage", "migrate", "--to", "s3"]);
            c
        };
        let (code, out) = run(migrate())?;
        if code != 0 || !out.contains("copied 6 objects, 0 already there; 8 database rows checked") {
            return Err(format!("first migration: {code} {out}").into());
        }
        let mut remote = s3.keys().await;
        remote.sort();
        if remote != local {
            return Err(format!("the bucket holds {remote:?}, the data dir {local:?}").into());
        }
        for key in &local {
            if s3.get(key).await != Some(std::fs::read(dir.path().join(key))?) {
                return Err(format!("{key} differs in the bucket").into());
            }
        }
        let (code, out) = run(migrate())?;
        if code != 0 || !out.contains("copied 0 objects, 6 already there") {
            return Err(format!("a second run copies nothing: {code} {out}").into());
        }
        // And back: from the bucket into another node's empty data dir.
        let other = tempfile::tempdir()?;
        // The same installation: the same key material.
        for f in std::fs::read_dir(dir.path())?.flatten() {
            if f.file_name().to_string_lossy().starts_with("issuer") {
                std::fs::copy(f.path(), other.path().join(f.file_name()))?;
            }
        }
        let mut back = certdesk(&db, other.path(), &s3);
        back.args(["storage", "migrate", "--to", "local"]);
        let (code, out) = run(back)?;
        if code != 0 || !out.contains("copied 6 objects, 0 already there; 8 database rows checked") {
            return Err(format!("migrating back: {code} {out}").into());
        }
        if local_keys(other.path()) != local {
            return Err(format!("back in a data dir: {:?}", local_keys(other.path())).into());
        }
        // A file damaged on disk and absent from the bucket: named, and exit code 1.
        let bad = &local[0];
        let mut bytes = std::fs::read(dir.path().join(bad))?;
        bytes[0] ^= 0xFF;
        std::fs::write(dir.path().join(bad), bytes)?;
        s3.delete(bad).await;
        let (code, out) = run(migrate())?;
        let named = out
            .contains(&format!("corrupt in the source (bytes do not match the name), not copied: {bad}"))
            && out.contains(&format!("missing from the target or with other bytes: {bad}"));
        if code != 1 || !named {
            return Err(format!("a damaged file must fail the migration: {code} {out}").into());
        }

        // Served from the bucket, a mail with a file waits (EX_TEMPFAIL) while the store is away.
        let pipe = |raw: String| -> Result<i32, Failed> {
            use std::io::Write;
            let mut c = certdesk(&db, dir.path(), &s3);
            c.env("CERTDESK_STORAGE__OBJECTS", "s3").arg("ingest-mail");
            let mut child =
                c.stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::null()).spawn()?;
            child.stdin.take().ok_or("stdin")?.write_all(raw.as_bytes())?;
            Ok(child.wait()?.code().unwrap_or(-1))
        };
        s3.cut();
        let late = mail_with("mig-late", "late@mail.example.id", &[("late.bin", &blob(99, 2_000))]);
        let code = pipe(late.clone())?;
        if code != 75 {
            return Err(format!("store away: exit {code}, want 75 (try again later)").into());
        }
        s3.restore();
        let code = pipe(late)?;
        let sha = certdesk::store::objects::sha256_hex(&blob(99, 2_000));
        if code != 0 || s3.get(&format!("attachments/{}/{sha}", &sha[..2])).await.is_none() {
            return Err(format!("store back: exit {code}, and the file must be in the bucket").into());
        }
        Ok(())
    })
}
