//! Search benchmark client: for each sampled person, says their name the way a caller
//! would, searches `GET /api/v1/search/people?q=…&birth_date=…&limit=10` through
//! certdesk's HTTP API, and reports recall@10 and the latency distribution (server
//! round trip, one request at a time). Two query sets:
//! - `typo`: one typo in one word (an insertion, deletion, substitution or transposition);
//! - `heard`: one of five ways a name is said apart from how it was written (a leading
//!   `Muhammad`/`M.` added or left out, a middle name dropped, two words said as one,
//!   the other spelling era, two typos in a long word), recall reported per class.
//!
//! Run by `.ci/bench-search`:
//! `cargo run --release --example search_bench -- BASE_URL TOKEN SAMPLE.jsonl [typo|heard]`.

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
    let typo = edit(words[w], rng, true);
    words
        .iter()
        .enumerate()
        .map(|(i, x)| if i == w { typo.as_str() } else { x })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One edit of `word` at a random place after the first letter: an insertion, deletion
/// or substitution, and with `transpose` also a swap of neighbours.
fn edit(word: &str, rng: &mut impl Rng, transpose: bool) -> String {
    let mut c: Vec<char> = word.chars().collect();
    let at = rng.gen_range(1..c.len());
    let letter = (b'a' + rng.gen_range(0..26)) as char;
    match rng.gen_range(0..if transpose { 4 } else { 3 }) {
        0 => c.insert(at, letter),
        1 => {
            c.remove(at);
        }
        2 => c[at] = letter,
        _ if at + 1 < c.len() => c.swap(at, at + 1),
        _ => c.swap(at - 1, at),
    }
    c.into_iter().collect()
}

const LEADING: [&str; 5] = ["Muhammad", "Muhamad", "Mohamad", "Moh.", "M."];

/// The name as a caller says it, and which way it differs from the record.
fn as_heard(name: &str, rng: &mut impl Rng) -> (&'static str, String) {
    let words: Vec<String> = name.split_whitespace().map(String::from).collect();
    // Titles stay as written: the agent types what is said, and those are said too.
    let body = words.iter().position(|w| !w.ends_with('.') || LEADING.contains(&w.as_str())).unwrap_or(0);
    let join = |w: &[String]| w.join(" ");
    for _ in 0..8 {
        match rng.gen_range(0..5) {
            0 => {
                let mut w = words.clone();
                if LEADING.contains(&w[body].as_str()) && w.len() - body > 2 {
                    w.remove(body);
                } else {
                    w.insert(body, LEADING[rng.gen_range(0..LEADING.len())].to_string());
                }
                return ("leading word", join(&w));
            }
            1 if words.len() - body >= 3 => {
                let mut w = words.clone();
                w.remove(rng.gen_range(body + 1..words.len() - 1));
                return ("dropped middle", join(&w));
            }
            2 if words.len() - body >= 2 => {
                let mut w = words.clone();
                let at = rng.gen_range(body..words.len() - 1);
                let next = w.remove(at + 1);
                w[at] = format!("{}{}", w[at], next.to_lowercase());
                return ("joined", join(&w));
            }
            3 => {
                let old = [("oe", "u"), ("Oe", "U"), ("dj", "j"), ("Dj", "J"), ("tj", "c"), ("Tj", "C")];
                if let Some((o, n)) = old.iter().find(|(o, _)| name.contains(o)) {
                    return ("other spelling", name.replacen(o, n, 1));
                }
                for (n, o) in [("u", "oe"), ("J", "Dj"), ("j", "dj"), ("C", "Tj"), ("c", "tj")] {
                    if let Some(i) = words[body..].iter().position(|w| w.contains(n)) {
                        let mut w = words.clone();
                        w[body + i] = w[body + i].replacen(n, o, 1);
                        return ("other spelling", join(&w));
                    }
                }
            }
            4 => {
                let long: Vec<usize> =
                    (body..words.len()).filter(|&i| words[i].chars().count() >= 8).collect();
                if let Some(&i) = long.get(rng.gen_range(0..long.len().max(1))) {
                    let mut w = words.clone();
                    w[i] = edit(&edit(&w[i], rng, false), rng, false);
                    return ("two typos", join(&w));
                }
            }
            _ => {}
        }
    }
    ("unchanged", name.to_string())
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (base, token, sample) = (&args[1], &args[2], &args[3]);
    let heard = match args.get(4).map(String::as_str) {
        None | Some("typo") => false,
        Some("heard") => true,
        Some(other) => anyhow::bail!("query set {other:?}: typo or heard"),
    };
    let truth: Vec<Truth> =
        std::fs::read_to_string(sample)?.lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
    let client = reqwest::Client::new();
    let mut rng = rand::rngs::StdRng::seed_from_u64(9);
    let mut latencies = Vec::with_capacity(truth.len());
    let mut found = 0usize;
    let mut misses = Vec::new();
    // Per class: (found, asked).
    let mut classes: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for (i, t) in truth.iter().enumerate() {
        let (class, q) =
            if heard { as_heard(&t.full_name, &mut rng) } else { ("typo", misspell(&t.full_name, &mut rng)) };
        classes.entry(class).or_default().1 += 1;
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
            classes.entry(class).or_default().0 += 1;
        } else if misses.len() < 10 {
            misses.push(format!("{} -> {q:?} ({class})", t.full_name));
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
    if heard {
        for (class, (f, n)) in &classes {
            println!("  {class}: {f}/{n}");
        }
    }
    for m in misses {
        println!("  missed: {m}");
    }
    Ok(())
}
