//! The search indexer's gauges, per index, read at scrape time from what the indexer
//! (whichever node runs it) last reported, so every node shows the fleet's indexing.

use prometheus::{GaugeVec, Opts, Registry};

use crate::service::Context;

#[derive(Clone)]
pub(super) struct SearchGauges {
    rate: GaugeVec,
    in_flight: GaugeVec,
    oldest_owed: GaugeVec,
    refusals: GaugeVec,
    report_age: GaugeVec,
}

fn gauge(name: &str, help: &str) -> GaugeVec {
    GaugeVec::new(Opts::new(name, help), &["index"]).expect("static metric definition")
}

impl SearchGauges {
    pub(super) fn register(registry: &Registry) -> Self {
        let g = Self {
            rate: gauge(
                "search_indexing_rate",
                "Documents the search engine confirmed per second, last minute",
            ),
            in_flight: gauge(
                "search_tasks_in_flight",
                "Search engine tasks handed over and not yet confirmed",
            ),
            oldest_owed: gauge(
                "search_oldest_owed_seconds",
                "Age of the oldest change the search index has not seen (0 when none)",
            ),
            refusals: gauge(
                "search_task_refusals",
                "Writes the search engine refused since the indexer started (each is sent again)",
            ),
            report_age: gauge(
                "search_indexer_report_age_seconds",
                "Age of the indexer's last report (growing: no indexer runs; the other figures are stale)",
            ),
        };
        for c in [&g.rate, &g.in_flight, &g.oldest_owed, &g.refusals, &g.report_age] {
            registry.register(Box::new(c.clone())).expect("metrics are registered once");
        }
        g
    }

    pub(super) async fn refresh(&self, cx: &Context) {
        match crate::service::search::indexing(cx).await {
            Ok(indexes) => {
                for (index, age, report) in indexes {
                    let l = [index.as_str()];
                    self.oldest_owed.with_label_values(&l).set(age.unwrap_or(0.0));
                    let r = report.as_ref();
                    self.rate.with_label_values(&l).set(r.map_or(0.0, |r| r.rate));
                    self.in_flight.with_label_values(&l).set(r.map_or(0.0, |r| r.in_flight as f64));
                    self.refusals.with_label_values(&l).set(r.map_or(0.0, |r| r.refusals as f64));
                    if let Some(r) = r {
                        let age = (chrono::Utc::now() - r.updated_at).num_milliseconds().max(0) as f64 / 1e3;
                        self.report_age.with_label_values(&l).set(age);
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "metrics: could not read the search indexer's state"),
        }
    }
}
