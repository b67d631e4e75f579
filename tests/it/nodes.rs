//! The `serve` processes of a fleet test, killed when the test ends however it ends
//! (a failed assertion must not leave three servers eating a 2-core runner), and
//! stopped within a deadline (a node that ignores SIGTERM fails the test, not hangs it).

use std::process::{Child, Command, ExitStatus};
use std::time::{Duration, Instant};

#[derive(Default)]
pub struct Nodes(Vec<Child>);

impl Nodes {
    pub fn push(&mut self, child: Child) {
        self.0.push(child);
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn pid(&self, i: usize) -> u32 {
        self.0[i].id()
    }

    /// Which node has this process id.
    pub fn find(&self, pid: u32) -> Option<usize> {
        self.0.iter().position(|c| c.id() == pid)
    }

    /// Whether node `i` still runs.
    pub fn running(&mut self, i: usize) -> bool {
        matches!(self.0[i].try_wait(), Ok(None))
    }

    /// SIGTERM, then its exit within `within`; SIGKILL and an error after that.
    pub fn terminate(&mut self, i: usize, within: Duration) -> Result<ExitStatus, String> {
        if !self.running(i) {
            return Err(format!("node {i} had already exited"));
        }
        signal("-TERM", self.pid(i));
        let deadline = Instant::now() + within;
        loop {
            if let Ok(Some(status)) = self.0[i].try_wait() {
                return Ok(status);
            }
            if Instant::now() > deadline {
                let _ = self.0[i].kill();
                let _ = self.0[i].wait();
                return Err(format!("node {i} did not stop within {within:?} of SIGTERM"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGSTOP: frozen mid-work, so what it had in flight can be read before the kill.
    pub fn freeze(&mut self, i: usize) {
        signal("-STOP", self.pid(i));
    }

    /// SIGKILL, reaped.
    pub fn kill(&mut self, i: usize) {
        let _ = self.0[i].kill();
        let _ = self.0[i].wait();
    }

    /// Node `i` again (after it exited).
    pub fn replace(&mut self, i: usize, child: Child) {
        self.0[i] = child;
    }

    /// Every node still running, stopped by SIGTERM within `within` each.
    pub fn stop_all(&mut self, within: Duration) -> Result<(), String> {
        for i in 0..self.len() {
            if self.running(i) {
                self.terminate(i, within)?;
            }
        }
        Ok(())
    }
}

fn signal(sig: &str, pid: u32) {
    let _ = Command::new("kill").args([sig, &pid.to_string()]).status();
}

impl Drop for Nodes {
    fn drop(&mut self) {
        for c in &mut self.0 {
            if matches!(c.try_wait(), Ok(None)) {
                let _ = c.kill();
                let _ = c.wait();
            }
        }
    }
}
