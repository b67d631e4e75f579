//! `certdesk serve`: run the HTTP server until a shutdown signal (and on a first start,
//! create the admin account and print its token).

use crate::app::{shutdown_signal, Application};
use crate::config::Config;
use crate::service;

pub(super) async fn serve(config: Config) -> anyhow::Result<()> {
    let stop = shutdown_signal();
    let bootstrap = config.security.bootstrap_admin;
    let app = Application::build(config).await?;
    let addr = app.addr();
    tracing::info!(%addr, "certdesk listening");
    println!("certdesk is running: console at http://{addr}/docs, API at http://{addr}/api/v1");
    if let Some(m) = app.metrics_addr() {
        println!("metrics (keep private) at http://{m}/metrics");
    }
    if bootstrap {
        if let Some(token) = service::staff::bootstrap_admin(app.context()).await? {
            println!("first start: created staff account 'admin'. Its API token (shown once; paste it");
            println!("into the console's Authorize dialog):\n{}", token.0);
        }
    }
    app.run_until(stop).await
}
