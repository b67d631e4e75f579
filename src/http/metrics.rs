//! Prometheus metrics: request counts and latency per route, plus gauges read from
//! the database at scrape time (tickets and jobs by status, the search indexer).

mod search;

use std::sync::Arc;
use std::time::Instant;

use poem::PathPattern;
use poem::{Endpoint, IntoResponse, Request, Response};
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGaugeVec, Opts, Registry, TextEncoder,
};

use crate::service::{stats, Context};

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    tickets: IntGaugeVec,
    jobs: IntGaugeVec,
    lane_waiting: IntGaugeVec,
    lane_oldest: prometheus::GaugeVec,
    lane_running: IntGaugeVec,
    lane_run: IntCounterVec,
    otp_refused: IntCounter,
    search: search::SearchGauges,
}

impl Metrics {
    pub fn new() -> Self {
        let registry =
            Registry::new_custom(Some("certdesk".into()), None).expect("static registry prefix is valid");
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests by method, route and status"),
            &["method", "route", "status"],
        )
        .expect("static metric definition");
        let latency = HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "HTTP request latency")
                .buckets(vec![0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0]),
            &["method", "route"],
        )
        .expect("static metric definition");
        let tickets = IntGaugeVec::new(Opts::new("tickets", "Tickets by status"), &["status"])
            .expect("static metric definition");
        let jobs = IntGaugeVec::new(Opts::new("jobs", "Durable jobs by status"), &["status"])
            .expect("static metric definition");
        let lane_waiting =
            IntGaugeVec::new(Opts::new("jobs_lane_waiting", "Due jobs not yet taken, by lane"), &["lane"])
                .expect("static metric definition");
        let lane_oldest = prometheus::GaugeVec::new(
            Opts::new("jobs_lane_oldest_waiting_seconds", "How long the oldest due job of a lane has waited"),
            &["lane"],
        )
        .expect("static metric definition");
        let lane_running =
            IntGaugeVec::new(Opts::new("jobs_lane_running", "Jobs being run, by lane"), &["lane"])
                .expect("static metric definition");
        let lane_run = IntCounterVec::new(
            Opts::new("jobs_run_total", "Jobs this process ran, by lane (its rate is the lane's pace)"),
            &["lane"],
        )
        .expect("static metric definition");
        let otp_refused = IntCounter::new(
            "otp_budget_refused_total",
            "One-time codes not sent: the destination's or the SMS-pumping budget was spent (alert on a rise)",
        )
        .expect("static metric definition");
        for c in [
            Box::new(otp_refused.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(requests.clone()),
            Box::new(latency.clone()),
            Box::new(tickets.clone()),
            Box::new(jobs.clone()),
            Box::new(lane_waiting.clone()),
            Box::new(lane_oldest.clone()),
            Box::new(lane_running.clone()),
            Box::new(lane_run.clone()),
        ] {
            registry.register(c).expect("metrics are registered once");
        }
        let search = search::SearchGauges::register(&registry);
        Self {
            search,
            registry,
            requests,
            latency,
            tickets,
            jobs,
            lane_waiting,
            lane_oldest,
            lane_running,
            lane_run,
            otp_refused,
        }
    }

    fn observe(&self, method: &str, route: &str, status: u16, started: Instant) {
        self.requests.with_label_values(&[method, route, &status.to_string()]).inc();
        self.latency.with_label_values(&[method, route]).observe(started.elapsed().as_secs_f64());
    }

    /// The text exposition, with gauges refreshed from the database.
    pub async fn render(&self, cx: &Context) -> String {
        match stats::gauges(cx).await {
            Ok((tickets, jobs)) => {
                self.tickets.reset();
                self.jobs.reset();
                for (status, n) in tickets {
                    self.tickets.with_label_values(&[&status]).set(n);
                }
                for (status, n) in jobs {
                    self.jobs.with_label_values(&[&status]).set(n);
                }
            }
            Err(e) => tracing::warn!(error = %e, "metrics: could not read gauges"),
        }
        match crate::service::job_queue::lane_stats(cx).await {
            Ok(lanes) => {
                let now = chrono::Utc::now();
                for (lane, s) in lanes {
                    let l = [lane.as_str()];
                    self.lane_waiting.with_label_values(&l).set(s.waiting);
                    self.lane_running.with_label_values(&l).set(s.running);
                    let oldest =
                        s.oldest_waiting.map_or(0.0, |t| (now - t).num_milliseconds().max(0) as f64 / 1e3);
                    self.lane_oldest.with_label_values(&l).set(oldest);
                }
            }
            Err(e) => tracing::warn!(error = %e, "metrics: could not read the job lanes"),
        }
        for &lane in crate::domain::Lane::ALL {
            let c = self.lane_run.with_label_values(&[lane.as_str()]);
            c.inc_by(crate::jobs::metrics::done_so_far(lane).saturating_sub(c.get()));
        }
        self.search.refresh(cx).await;
        let refused = crate::service::otp::budget_refusals();
        self.otp_refused.inc_by(refused.saturating_sub(self.otp_refused.get()));
        let mut buf = Vec::new();
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut buf);
        String::from_utf8(buf).unwrap_or_default()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

/// The label of a request: the route template poem matched (`/c/:token`), never the
/// path itself (which may carry a certificate token, a NIK or a name), and one `other`
/// for everything that matched no route, so made-up paths cannot grow the label set.
fn route_label(pattern: Option<&PathPattern>) -> &str {
    pattern.map(|p| p.0.as_ref()).filter(|p| !p.is_empty()).unwrap_or("other")
}

/// Middleware: count and time every request.
pub async fn track<E: Endpoint>(ep: Arc<E>, req: Request) -> poem::Result<Response> {
    let metrics = req.data::<Metrics>().cloned();
    let method = match req.method().as_str() {
        m @ ("GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS") => m.to_string(),
        _ => "other".to_string(),
    };
    let started = Instant::now();
    let result = ep.call(req).await.map(IntoResponse::into_response);
    if let Some(m) = metrics {
        let (status, route) = match &result {
            Ok(r) => (r.status().as_u16(), route_label(r.data::<PathPattern>()).to_string()),
            Err(e) => (e.status().as_u16(), route_label(e.data::<PathPattern>()).to_string()),
        };
        m.observe(&method, &route, status, started);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_labelled_by_its_route_template_or_other() {
        assert_eq!(route_label(Some(&PathPattern("/c/:token".into()))), "/c/:token");
        assert_eq!(route_label(Some(&PathPattern("".into()))), "other");
        assert_eq!(route_label(None), "other");
    }
}
