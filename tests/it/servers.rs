//! Real servers the mail tests talk to: an SMTP sink (Debian's python3-aiosmtpd,
//! writing a Maildir) and an IMAP server (Debian's dovecot-imapd), each on a free
//! loopback port with its own directory, stopped when dropped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub fn wait_for_port(port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "{what} did not start on port {port}");
        std::thread::sleep(Duration::from_millis(25));
    }
}

pub struct SmtpSink {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Child,
}

impl SmtpSink {
    pub fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let child = Command::new("/usr/bin/python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(dir.path().join("maildir"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3-aiosmtpd is installed (bash .ci/test installs it)");
        wait_for_port(port, "aiosmtpd");
        Self { port, dir, child }
    }

    /// Every message received so far, oldest first, as text.
    pub fn messages(&self) -> Vec<String> {
        let new = self.dir.path().join("maildir/new");
        let mut files: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(&new)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| {
                        (e.metadata().and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH), e.path())
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
            .into_iter()
            .map(|(_, p)| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned())
            .collect()
    }

    /// Waits until at least `n` messages arrived.
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let m = self.messages();
            if m.len() >= n {
                return m;
            }
            assert!(Instant::now() < deadline, "expected {n} mails, got {}", m.len());
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Dovecot {
    pub port: u16,
    /// The implicit-TLS port and the CA that signed its certificate, when started with TLS.
    pub tls: Option<(u16, PathBuf)>,
    dir: tempfile::TempDir,
    child: Child,
}

pub const IMAP_USER: &str = "sertifikat";
pub const IMAP_PASSWORD: &str = "secret";

impl Dovecot {
    pub fn start() -> Self {
        Self::start_with(false)
    }

    /// With `tls`, also an implicit-TLS listener whose certificate a private CA signed.
    pub fn start_with(tls: bool) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let port = free_port();
        let tls_port = free_port();
        let tls_conf = if tls {
            make_certs(root);
            format!(
                "ssl = yes\nssl_cert = <{r}/server.pem\nssl_key = <{r}/server.key\nservice imap-login {{\n  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {tls_port}\n    ssl = yes\n  }}\n}}\n",
                r = root.display()
            )
        } else {
            "ssl = no\n".to_string()
        };
        for d in ["mail", "run"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        let conf = format!(
            r#"protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/run/state
log_path = {root}/dovecot.log
{tls_conf}disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 0
passdb {{
  driver = static
  args = password={IMAP_PASSWORD}
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={root}/mail/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"#,
            root = root.display()
        );
        std::fs::write(root.join("dovecot.conf"), conf).unwrap();
        chown_dovecot(&root.join("mail"));
        // The temp dir is 0700: dovecot's own users must reach the Maildir inside.
        let _ = Command::new("chmod").arg("755").arg(root).status();
        let child = Command::new("/usr/sbin/dovecot")
            .arg("-F")
            .arg("-c")
            .arg(root.join("dovecot.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dovecot-imapd is installed (bash .ci/test installs it)");
        wait_for_port(port, "dovecot");
        let tls = tls.then(|| {
            wait_for_port(tls_port, "dovecot imaps");
            (tls_port, root.join("ca.pem"))
        });
        Self { port, tls, dir, child }
    }

    /// The TOML that points certdesk at this server (over TLS when it has TLS).
    pub fn config_toml(&self, poll: &str) -> String {
        let conn = match &self.tls {
            Some((port, ca)) => format!(
                "host = \"localhost\"\nport = {port}\ntls = true\ntls_ca_file = \"{}\"\n",
                ca.display()
            ),
            None => format!("host = \"127.0.0.1\"\nport = {}\ntls = false\n", self.port),
        };
        format!(
            "[[mail.imap]]\nname = \"sertifikat\"\n{conn}username = \"{IMAP_USER}\"\npassword = \"{IMAP_PASSWORD}\"\npoll_interval = \"{poll}\"\n"
        )
    }

    async fn session(&self) -> async_imap::Session<tokio::net::TcpStream> {
        let tcp = tokio::net::TcpStream::connect(("127.0.0.1", self.port)).await.unwrap();
        let mut client = async_imap::Client::new(tcp);
        client.read_response().await.unwrap();
        client.login(IMAP_USER, IMAP_PASSWORD).await.map_err(|(e, _)| e).unwrap()
    }

    /// Delivers messages into a folder, the way the MTA would.
    pub async fn append(&self, folder: &str, messages: &[Vec<u8>]) {
        let mut s = self.session().await;
        for m in messages {
            s.append(folder, None, None, m).await.unwrap();
        }
        let _ = s.logout().await;
    }

    /// How many messages a folder holds (0 when it does not exist).
    pub async fn count(&self, folder: &str) -> u32 {
        let mut s = self.session().await;
        let n = match s.examine(folder).await {
            Ok(mb) => mb.exists,
            Err(_) => 0,
        };
        let _ = s.logout().await;
        n
    }

    /// Waits until `folder` holds `n` messages.
    pub async fn wait_count(&self, folder: &str, n: u32) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let c = self.count(folder).await;
            if c == n {
                return;
            }
            assert!(Instant::now() < deadline, "{folder} holds {c} messages, expected {n}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// A private CA and a server certificate for localhost / 127.0.0.1 (openssl CLI).
fn make_certs(dir: &Path) {
    let run = |args: &[&str]| {
        let ok = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        assert!(ok.is_ok_and(|s| s.success()), "openssl {args:?}");
    };
    run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=certdesk test CA",
    ]);
    run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]);
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    run(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
    ]);
    let _ = Command::new("chmod").args(["644", "server.key"]).current_dir(dir).status();
}

fn chown_dovecot(path: &Path) {
    let _ = Command::new("chown").args(["-R", "dovecot:dovecot"]).arg(path).status();
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        // SIGTERM, so the master takes its login and auth processes down with it.
        let _ = Command::new("kill").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
        let _ = &self.dir;
    }
}
