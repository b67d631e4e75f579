//! A Meilisearch process of a test's own (`CERTDESK_TEST_MEILI_BIN`), for tests that
//! kill and restart the engine; the shared server (`CERTDESK_TEST_MEILI_URL`) must not.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use crate::servers::{free_port, wait_for_port};

/// The Meilisearch binary, when the suite was given one.
pub fn binary() -> Option<PathBuf> {
    std::env::var_os("CERTDESK_TEST_MEILI_BIN").map(PathBuf::from).filter(|p| p.is_file())
}

pub struct MeiliProcess {
    pub url: String,
    pub key: String,
    port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

impl MeiliProcess {
    pub fn start() -> Self {
        let mut p = Self {
            url: String::new(),
            key: "test-master-key-0123456789abcdef".into(),
            port: free_port(),
            dir: tempfile::tempdir().unwrap(),
            child: None,
        };
        p.url = format!("http://127.0.0.1:{}", p.port);
        p.spawn();
        p
    }

    fn spawn(&mut self) {
        let bin = binary().expect("CERTDESK_TEST_MEILI_BIN names the Meilisearch binary");
        let child = Command::new(bin)
            .args(["--http-addr", &format!("127.0.0.1:{}", self.port), "--no-analytics"])
            .arg("--db-path")
            .arg(self.dir.path().join("data.ms"))
            .arg("--dump-dir")
            .arg(self.dir.path().join("dumps"))
            .args(["--master-key", &self.key, "--env", "development"])
            .current_dir(self.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Meilisearch starts");
        self.child = Some(child);
        wait_for_port(self.port, "meilisearch");
    }

    /// SIGKILL: no clean shutdown, as in a crash.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts again on the same port and data.
    pub fn restart(&mut self) {
        self.kill();
        self.spawn();
    }
}

impl Drop for MeiliProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
