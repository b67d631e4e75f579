//! Search benchmark client: for each sampled person, misspells one word of their name
//! (an insertion, deletion, substitution or transposition), searches
//! `GET /api/v1/search/people?q=…&birth_date=…&limit=10` through certdesk's HTTP API,
//! and reports recall@10 and the latency distribution (server round trip, one request
//! at a time). Run by `.ci/bench-search`:
//! `cargo run --release --example search_bench -- BASE_URL TOKEN SAMPLE.jsonl`.

use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};

#[derive(serde::Deserialize)]
struct Truth {
    nik: String,
    full_name: String,
    birth_date: String,
}

/// One typo in one word of 5+ letters (never the first letter: callers get that right).
fn misspell(name: &str, rng: &mut impl Rng) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let long: Vec<usize> = (0..words.len()).filter(|&i| words[i].chars().count() >= 5).collect();
    let Some(&w) = long.get(rng.gen_range(0..long.len().max(1))) else { return name.to_string() };
    let mut c: Vec<char> = words[w].chars().collect();
    let at = rng.gen_range(1..c.len());
    let letter = (b'a' + rng.gen_range(0..26)) as char;
    match rng.gen_range(0..4) {
        0 => c.insert(at, letter),
        1 => {
            c.remove(at);
        }
        2 => c[at] = letter,
        _ if at + 1 < c.len() => c.swap(at, at + 1),
        _ => c.swap(at - 1, at),
    }
    let typo: String = c.into_iter().collect();
    words
        .iter()
        .enumerate()
        .map(|(i, x)| if i == w { typo.as_str() } else { x })
        .collect::<Vec<_>>()
        .join(" ")
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (base, token, sample) = (&args[1], &args[2], &args[3]);
    let truth: Vec<Truth> =
        std::fs::read_to_string(sample)?.lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
    let client = reqwest::Client::new();
    let mut rng = rand::rngs::StdRng::seed_from_u64(9);
    let mut latencies = Vec::with_capacity(truth.len());
    let mut found = 0usize;
    let mut misses = Vec::new();
    for (i, t) in truth.iter().enumerate() {
        let q = misspell(&t.full_name, &mut rng);
        let started = Instant::now();
        let r: serde_json::Value = client
            .get(format!("{base}/api/v1/search/people"))
            .bearer_auth(token)
            .query(&[("q", q.as_str()), ("birth_date", t.birth_date.as_str()), ("limit", "10")])
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        // The first queries warm the caches; they count for recall, not for latency.
        if i >= 20 {
            latencies.push(started.elapsed());
        }
        // Hits show the NIK masked (first and last four digits): the person is the hit
        // with that masked NIK and the name on record.
        let masked = format!("{}********{}", &t.nik[..4], &t.nik[t.nik.len() - 4..]);
        let hit = r["hits"].as_array().is_some_and(|h| {
            h.iter().any(|h| h["nik"] == masked.as_str() && h["full_name"] == t.full_name.as_str())
        });
        if hit {
            found += 1;
        } else if misses.len() < 10 {
            misses.push(format!("{} -> {q:?}", t.full_name));
        }
    }
    latencies.sort();
    println!(
        "recall@10 {:.3} ({found}/{}); latency ms p50 {:.2} p95 {:.2} p99 {:.2} max {:.2}",
        found as f64 / truth.len() as f64,
        truth.len(),
        pct(&latencies, 0.50),
        pct(&latencies, 0.95),
        pct(&latencies, 0.99),
        pct(&latencies, 1.0),
    );
    for m in misses {
        println!("  missed: {m}");
    }
    Ok(())
}
