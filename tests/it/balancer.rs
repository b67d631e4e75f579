//! A load balancer for the fleet tests, as production puts one in front of the nodes:
//! each new connection goes round-robin to a node whose `/readyz` answered 200 at the
//! last health check (every 100 ms); a node refusing the connection is skipped for the
//! next ready one, as HAProxy's `redispatch` or nginx's `proxy_next_upstream` do.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};

pub struct Balancer {
    pub url: String,
    ready: Arc<Mutex<Vec<bool>>>,
}

impl Balancer {
    /// Starts in the current runtime in front of nodes on `ports` (ready once checked).
    pub async fn start(ports: Vec<u16>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let ready = Arc::new(Mutex::new(vec![false; ports.len()]));
        tokio::spawn(health_checks(ports.clone(), ready.clone()));
        let (r, next) = (ready.clone(), Arc::new(AtomicUsize::new(0)));
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let _ = client.set_nodelay(true);
                tokio::spawn(forward(client, ports.clone(), r.clone(), next.clone()));
            }
        });
        Self { url, ready }
    }

    /// Which nodes the last health check found ready.
    pub fn ready(&self) -> Vec<bool> {
        self.ready.lock().unwrap().clone()
    }
}

async fn health_checks(ports: Vec<u16>, ready: Arc<Mutex<Vec<bool>>>) {
    let client = reqwest::Client::builder().timeout(Duration::from_millis(500)).build().unwrap();
    loop {
        for (i, port) in ports.iter().enumerate() {
            let ok = client
                .get(format!("http://127.0.0.1:{port}/readyz"))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            ready.lock().unwrap()[i] = ok;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn forward(
    mut client: TcpStream,
    ports: Vec<u16>,
    ready: Arc<Mutex<Vec<bool>>>,
    next: Arc<AtomicUsize>,
) {
    let start = next.fetch_add(1, Ordering::Relaxed);
    for k in 0..ports.len() {
        let i = (start + k) % ports.len();
        if !ready.lock().unwrap()[i] {
            continue;
        }
        if let Ok(mut node) = TcpStream::connect(("127.0.0.1", ports[i])).await {
            let _ = node.set_nodelay(true);
            let _ = tokio::io::copy_bidirectional(&mut client, &mut node).await;
            return;
        }
    }
}
