//! A real S3-compatible server for the object-storage tests: moto's server (PyPI
//! `moto[server]`, installed by `.ci/test`) on a free loopback port, reached through a
//! TCP link the test can cut (connections refused and reset), hang (connections taken
//! and never answered) and restore, to play outages.

use std::process::{Child, Command, Stdio};

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
    link: tokio::sync::watch::Sender<Link>,
}

/// What the link between certdesk and the server does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    Up,
    /// New connections are closed at once, open ones are reset.
    Cut,
    /// New connections are accepted and never answered; open ones are dropped.
    Hang,
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
        let (link, state) = tokio::sync::watch::channel(Link::Up);
        let endpoint = forward(port, state).await;
        Self { child, direct, endpoint, link }
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
            ("storage.s3.timeout", "10s".into()),
        ]
    }

    /// Cuts the link: new connections are closed at once, open ones end.
    pub fn cut(&self) {
        self.link.send_replace(Link::Cut);
    }

    /// The server stops answering: connections are taken and left hanging.
    pub fn hang(&self) {
        self.link.send_replace(Link::Hang);
    }

    pub fn restore(&self) {
        self.link.send_replace(Link::Up);
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

/// A TCP forwarder to `port` on a free port, doing what the link's state says.
async fn forward(port: u16, state: tokio::sync::watch::Receiver<Link>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((mut client, _)) = listener.accept().await {
            // Read and marked seen at once: a change after this ends the connection.
            let mut state = state.clone();
            let link = *state.borrow_and_update();
            if link != Link::Hang {
                // Connections left hanging end once the link changes.
                held.clear();
            }
            match link {
                Link::Cut => continue,
                Link::Hang => {
                    held.push(client);
                    continue;
                }
                Link::Up => {}
            }
            tokio::spawn(async move {
                let Ok(mut server) = TcpStream::connect(("127.0.0.1", port)).await else { return };
                let copy = tokio::io::copy_bidirectional(&mut client, &mut server);
                // Any change of the link ends the connections it carried.
                tokio::select! { _ = copy => {}, _ = state.changed() => {} }
            });
        }
    });
    url
}
