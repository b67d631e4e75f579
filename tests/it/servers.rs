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
        if tls {
            make_certs(root);
        }
        for d in ["mail", "run"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        let conf = dovecot_conf(dovecot_major_minor() >= (2, 4), root, port, tls.then_some(tls_port));
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

/// The installed Dovecot's version: 2.4 reads a rewritten configuration language.
fn dovecot_major_minor() -> (u32, u32) {
    let out = Command::new("/usr/sbin/dovecot").arg("--version").output().expect("dovecot --version");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text.split(|c: char| !c.is_ascii_digit()).filter_map(|p| p.parse().ok());
    (parts.next().unwrap_or(2), parts.next().unwrap_or(3))
}

/// A configuration for one user with a Maildir, plain IMAP on `port` and, with
/// `tls_port`, implicit TLS there: in Dovecot 2.3's syntax, or 2.4's with `v24`.
/// Both listeners inherit the top-level `listen`, which both versions spell the same.
fn dovecot_conf(v24: bool, root: &Path, port: u16, tls_port: Option<u16>) -> String {
    let r = root.display();
    let mut conf = String::new();
    if v24 {
        conf += "dovecot_config_version = 2.4.0\ndovecot_storage_version = 2.4.0\n";
    }
    conf += &format!(
        "protocols = imap\nlisten = 127.0.0.1\nbase_dir = {r}/run\nstate_dir = {r}/run/state\n\
         log_path = {r}/dovecot.log\nauth_mechanisms = plain login\ndefault_internal_user = dovecot\n\
         default_login_user = dovenull\nfirst_valid_uid = 0\n"
    );
    let imaps = |port: u16| format!("  inet_listener imaps {{\n    port = {port}\n    ssl = yes\n  }}\n");
    let listeners = format!("  inet_listener imap {{\n    port = {port}\n  }}\n")
        + &tls_port.map(imaps).unwrap_or_default();
    let ssl = tls_port.is_some();
    if v24 {
        conf += &format!(
            "auth_allow_cleartext = yes\n\
             passdb static {{\n  password = {IMAP_PASSWORD}\n}}\n\
             userdb static {{\n  fields {{\n    uid = dovecot\n    gid = dovecot\n    home = {r}/mail/%{{user}}\n  }}\n}}\n\
             mail_driver = maildir\nmail_path = ~/Maildir\nnamespace inbox {{\n  inbox = yes\n}}\n"
        );
        conf += &if ssl {
            format!(
                "ssl = yes\nssl_server_cert_file = {r}/server.pem\nssl_server_key_file = {r}/server.key\n"
            )
        } else {
            "ssl = no\n".into()
        };
    } else {
        conf += &format!(
            "disable_plaintext_auth = no\n\
             passdb {{\n  driver = static\n  args = password={IMAP_PASSWORD}\n}}\n\
             userdb {{\n  driver = static\n  args = uid=dovecot gid=dovecot home={r}/mail/%u\n}}\n\
             mail_location = maildir:~/Maildir\n"
        );
        conf += &if ssl {
            format!("ssl = yes\nssl_cert = <{r}/server.pem\nssl_key = <{r}/server.key\n")
        } else {
            "ssl = no\n".into()
        };
    }
    conf += &format!("service imap-login {{\n{listeners}}}\n");
    // Every process the test runs as may report statistics.
    conf += "service stats {\n  unix_listener stats-reader {\n    mode = 0666\n  }\n  unix_listener stats-writer {\n    mode = 0666\n  }\n}\n";
    conf
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
