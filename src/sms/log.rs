//! The zero-setup gateway: each SMS is a JSON line in a file (a developer's phone).
//! It holds full numbers, like a real gateway's logs: keep it out of production.

use std::io::Write;
use std::path::PathBuf;

use futures::future::BoxFuture;
use tokio::sync::Mutex;

use super::{Accepted, OutgoingSms, SmsError, SmsGateway};

pub struct LogGateway {
    path: PathBuf,
    file: Mutex<Option<std::fs::File>>,
}

impl LogGateway {
    pub fn new(path: PathBuf) -> Self {
        Self { path, file: Mutex::new(None) }
    }
}

impl SmsGateway for LogGateway {
    fn name(&self) -> &'static str {
        "log"
    }

    fn send<'a>(&'a self, sms: OutgoingSms<'a>) -> BoxFuture<'a, Result<Accepted, SmsError>> {
        Box::pin(async move {
            let id = uuid::Uuid::now_v7().to_string();
            let line = serde_json::json!({
                "at": chrono::Utc::now(),
                "id": id,
                "from": sms.from,
                "to": sms.to.expose(),
                "content": sms.content,
            });
            let mut guard = self.file.lock().await;
            if guard.is_none() {
                if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| SmsError::Temporary(e.to_string()))?;
                }
                let f = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&self.path)
                    .map_err(|e| SmsError::Temporary(format!("{}: {e}", self.path.display())))?;
                *guard = Some(f);
            }
            let f = guard.as_mut().expect("opened above");
            writeln!(f, "{line}").map_err(|e| SmsError::Temporary(e.to_string()))?;
            Ok(Accepted { message_id: id, delivered: true })
        })
    }
}
