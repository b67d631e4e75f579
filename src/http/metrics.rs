//! Prometheus metrics: request counts and latency per route, plus gauges read from
//! the database at scrape time (tickets and jobs by status).

use std::sync::Arc;
use std::time::Instant;

use poem::{Endpoint, IntoResponse, Request, Response};
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts, Registry, TextEncoder,
};

use crate::service::{stats, Context};

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    tickets: IntGaugeVec,
    jobs: IntGaugeVec,
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
        for c in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(tickets.clone()),
            Box::new(jobs.clone()),
        ] {
            registry.register(c).expect("metrics are registered once");
        }
        Self { registry, requests, latency, tickets, jobs }
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

/// Collapses ids in a path so each route is one label value, not one per ticket.
pub fn route_label(path: &str) -> String {
    path.split('/')
        .map(|seg| {
            let id_like = seg.len() >= 8
                && (uuid::Uuid::parse_str(seg).is_ok()
                    || crate::domain::TicketNumber::parse(seg).is_ok()
                    || seg.bytes().all(|b| b.is_ascii_digit()));
            if id_like {
                ":id"
            } else {
                seg
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Middleware: count and time every request.
pub async fn track<E: Endpoint>(ep: Arc<E>, req: Request) -> poem::Result<Response> {
    let metrics = req.data::<Metrics>().cloned();
    let method = req.method().to_string();
    let route = route_label(req.uri().path());
    let started = Instant::now();
    let result = ep.call(req).await.map(IntoResponse::into_response);
    if let Some(m) = metrics {
        let status = match &result {
            Ok(r) => r.status().as_u16(),
            Err(e) => e.status().as_u16(),
        };
        m.observe(&method, &route, status, started);
    }
    result
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_collapse_into_one_route() {
        assert_eq!(
            super::route_label("/api/v1/tickets/0192c0de-0000-7000-8000-000000000000/messages"),
            "/api/v1/tickets/:id/messages"
        );
        assert_eq!(super::route_label("/api/v1/tickets/SRT-2021-000123"), "/api/v1/tickets/:id");
        assert_eq!(super::route_label("/api/v1/tickets"), "/api/v1/tickets");
    }
}
