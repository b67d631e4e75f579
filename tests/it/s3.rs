//! A real S3-compatible server for the object-storage tests: moto's server (PyPI
//! `moto[server]`, installed by `.ci/test`) on a free loopback port, reached through a
//! TCP link the test can cut and restore to play an outage.

use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use certdesk::config::{Config, Sources};
use certdesk::store::objects::Objects;
use tokio::net::{TcpListener, TcpStream};

use crate::servers::{free_port, wait_for_port};

pub const BUCKET: &str = "certdesk-files";
pub const PREFIX: &str = "node-test";

pub struct S3Server {
    child: Child,
    /// The server itself (for the test's own looks into the bucket).
    pub direct: String,
    /// What certdesk is configured with: the link in front of the server.
    pub endpoint: String,
    up: Arc<AtomicBool>,
}

/// Whether moto's server can be started here; why not, otherwise.
pub fn unavailable() -> Option<String> {
    let ok = Command::new("python3")
        .args(["-c", "import moto.server"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    (!ok).then(|| "python3 cannot import moto.server (pip install 'moto[server]'; .ci/test does)".into())
}

impl S3Server {
    pub async fn start() -> Self {
        let port = free_port();
        let child = Command::new("python3")
            .args(["-m", "moto.server", "-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("moto[server] is installed (bash .ci/test installs it)");
        tokio::task::spawn_blocking(move || wait_for_port(port, "moto_server")).await.unwrap();
        let direct = format!("http://127.0.0.1:{port}");
        let made =
            reqwest::Client::new().put(format!("{direct}/{BUCKET}")).send().await.expect("create bucket");
        assert!(made.status().is_success(), "creating the bucket: {}", made.status());
        let up = Arc::new(AtomicBool::new(true));
        let endpoint = link(port, up.clone()).await;
        Self { child, direct, endpoint, up }
    }

    /// The configuration that stores certdesk's objects here.
    pub fn config(&self) -> Vec<(&'static str, String)> {
        vec![
            ("storage.objects", "s3".into()),
            ("storage.s3.bucket", BUCKET.into()),
            ("storage.s3.prefix", PREFIX.into()),
            ("storage.s3.endpoint", self.endpoint.clone()),
            ("storage.s3.allow_http", "true".into()),
            ("storage.s3.access_key_id", "certdesk".into()),
            ("storage.s3.secret_access_key", "certdesk-secret".into()),
            ("storage.s3.timeout", "2s".into()),
        ]
    }

    /// Cuts the link: new connections are closed at once, open ones end.
    pub fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
    }

    pub fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }

    /// Every key in the bucket under `prefix/` (without it), as the server lists them.
    pub async fn keys(&self) -> Vec<String> {
        let url = format!("{}/{BUCKET}?list-type=2&prefix={PREFIX}/&max-keys=100000", self.direct);
        let body = reqwest::get(url).await.expect("list bucket").text().await.unwrap();
        body.split("<Key>")
            .skip(1)
            .filter_map(|s| s.split("</Key>").next())
            .map(|k| k.trim_start_matches(&format!("{PREFIX}/")).to_string())
            .collect()
    }

    /// The bucket as certdesk sees it, but straight to the server (no link to cut).
    fn objects(&self) -> Objects {
        let mut sources = Sources::default();
        for (k, v) in self.config() {
            sources = sources.set(k, if k == "storage.s3.endpoint" { self.direct.clone() } else { v });
        }
        Objects::from_config(&Config::load(&sources).expect("S3 config").storage).expect("S3 client")
    }

    /// An object's bytes, straight from the server.
    pub async fn get(&self, key: &str) -> Option<Vec<u8>> {
        self.objects().open(key).await.ok()?.read_all().await.ok()
    }

    pub async fn delete(&self, key: &str) {
        self.objects().remove(key).await.expect("delete object");
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A TCP forwarder to `port` on a free port that drops connections while `up` is false.
async fn link(port: u16, up: Arc<AtomicBool>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            if !up.load(Ordering::SeqCst) {
                continue;
            }
            let up = up.clone();
            tokio::spawn(async move {
                let Ok(mut server) = TcpStream::connect(("127.0.0.1", port)).await else { return };
                let copy = tokio::io::copy_bidirectional(&mut client, &mut server);
                let watch = async {
                    while up.load(Ordering::SeqCst) {
                        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                    }
                };
                tokio::select! { _ = copy => {}, _ = watch => {} }
            });
        }
    });
    url
}
