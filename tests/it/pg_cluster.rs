//! A PostgreSQL cluster of one test's own, which it may stop and start (a database
//! restart mid-load) without disturbing the tests sharing the suite's cluster. Built
//! with the binaries of the suite's throwaway cluster (`CERTDESK_TEST_PG_CTL`, set by
//! `.ci/pg-throwaway`).

use std::path::PathBuf;
use std::process::Command;

use libtest_mimic::Failed;

pub struct PgCluster {
    bin: PathBuf,
    dir: tempfile::TempDir,
    pub port: u16,
}

/// Why a cluster cannot be made here, if it cannot.
pub fn unavailable() -> Option<String> {
    match std::env::var("CERTDESK_TEST_PG_CTL") {
        Ok(p) if PathBuf::from(&p).with_file_name("initdb").exists() => None,
        _ => Some("CERTDESK_TEST_PG_CTL is not set (bash .ci/test sets it)".into()),
    }
}

/// Runs a PostgreSQL tool as the cluster's owner: initdb and postgres refuse root.
fn as_owner(program: &std::path::Path) -> Command {
    let root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
    if root {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

impl PgCluster {
    pub fn start() -> Result<Self, Failed> {
        let ctl = PathBuf::from(std::env::var("CERTDESK_TEST_PG_CTL")?);
        let bin = ctl.parent().ok_or("pg_ctl has a directory")?.to_path_buf();
        let dir = tempfile::tempdir()?;
        let _ = Command::new("chown").arg("postgres:").arg(dir.path()).status();
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let out = as_owner(&bin.join("initdb"))
            .arg("-D")
            .arg(dir.path().join("data"))
            .args(["-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
            .output()?;
        if !out.status.success() {
            return Err(format!("initdb: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        let cluster = Self { bin, dir, port };
        cluster.up()?;
        Ok(cluster)
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn ctl(&self, args: &[&str]) -> Result<(), Failed> {
        let out = as_owner(&self.bin.join("pg_ctl"))
            .arg("-D")
            .arg(self.dir.path().join("data"))
            .args(args)
            .output()?;
        if !out.status.success() {
            return Err(format!("pg_ctl {args:?}: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        Ok(())
    }

    /// Starts the server and waits until it accepts connections.
    pub fn up(&self) -> Result<(), Failed> {
        let opts = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("server.log");
        self.ctl(&["-l", &log.to_string_lossy(), "-o", &opts, "-w", "-t", "60", "start"])
    }

    /// Stops the server the way a restart or failover does: every connection is cut.
    pub fn down(&self) -> Result<(), Failed> {
        self.ctl(&["-m", "fast", "-w", "stop"])
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        let _ = self.ctl(&["-m", "immediate", "-w", "stop"]);
    }
}
