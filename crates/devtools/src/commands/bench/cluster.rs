//! `crosscheck-dev bench cluster`: story clustering of a large resampled
//! stream, one core.
//!
//! The stream is built from the benchmark's real stories (METER's courts
//! stories and BASIL's events; deterministic for a seed). Each generated
//! story resamples one real story: 2 to 12 articles, each a real article of
//! it with a run of 60–100% of its sentences; the capitalised words of a
//! generated story (names, places) are replaced by invented words drawn
//! once for that story, so that two resamplings of one real story are two
//! stories that share their common words but not their names, as two court
//! cases do. Stories start day after day (`--articles` over 400 days) and
//! their articles are spread over up to three days, interleaved with the
//! other stories of those days.
//!
//! It prints the articles per second of the text layer's words and the
//! clustering together (what `crosscheck cluster` does per article), the
//! time per article at 10,000, 50,000 and 200,000 articles clustered, the
//! peak memory, and the pairwise F1 against the generated stories.

use std::collections::HashMap;
use std::io::Write;

use anyhow::Context;
use std::time::Instant;

use crosscheck_cluster::{Clusterer, Doc, Options};
use crosscheck_text::Words;

use super::{Rng, bench_dir, peak_rss_kib};
use crate::Outcome;
use crate::cli::BenchArgs;

/// The outlets the written stream's records name, in turn.
const OUTLETS: &[&str] = &[
    "Reuters",
    "The Guardian",
    "The Times",
    "BBC News",
    "Associated Press",
];

/// One generated article.
struct Generated {
    story: usize,
    day: i64,
    text: String,
}

/// An invented word: two to four syllables, capitalised.
fn invented(rng: &mut Rng) -> String {
    const ONSETS: &[&str] = &[
        "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "dr",
        "gr", "st", "tr", "ch", "sh",
    ];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou"];
    let mut w = String::new();
    for _ in 0..2 + rng.below(3) {
        w.push_str(rng.pick(ONSETS));
        w.push_str(rng.pick(VOWELS));
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The stream: `count` articles in day order.
fn generate(rng: &mut Rng, stories: &[Vec<Vec<String>>], count: usize) -> Vec<Generated> {
    let days = 400i64;
    let mut out: Vec<Generated> = Vec::with_capacity(count + 12);
    let mut story = 0;
    while out.len() < count {
        let real = &stories[rng.below(stories.len())];
        let start = (out.len() as i64 * days) / count as i64;
        let mut names: HashMap<String, String> = HashMap::new();
        for _ in 0..2 + rng.below(11) {
            let sentences = &real[rng.below(real.len())];
            let keep = (sentences.len() * (60 + rng.below(41)) / 100).max(1);
            let from = rng.below(sentences.len() - keep + 1);
            let mut text = String::new();
            for s in &sentences[from..from + keep] {
                for (k, word) in s.split_whitespace().enumerate() {
                    if k > 0 {
                        text.push(' ');
                    }
                    let capital = word.chars().next().is_some_and(char::is_uppercase);
                    if capital && k > 0 && word.chars().count() > 2 {
                        let name = names
                            .entry(word.to_string())
                            .or_insert_with(|| invented(rng));
                        text.push_str(name);
                    } else {
                        text.push_str(word);
                    }
                }
                text.push(' ');
            }
            out.push(Generated {
                story,
                day: start + rng.below(3) as i64,
                text,
            });
        }
        story += 1;
    }
    out.truncate(count);
    // In day order; within a day, stories interleave.
    out.sort_by_key(|g| (g.day, (g.story * 7919) % 104_729));
    out
}

pub fn run(args: BenchArgs) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    let bench = bench_dir(&args)?;
    let count = args.articles.unwrap_or(200_000);
    let mut stories: Vec<Vec<Vec<String>>> = Vec::new();
    for part in crosscheck_eval::cluster::Part::ALL {
        let items = crosscheck_eval::cluster::read(&bench, part)?;
        let mut by: HashMap<&str, Vec<Vec<String>>> = HashMap::new();
        for item in &items {
            let sentences = crosscheck_text::sentence_spans(&item.text)
                .into_iter()
                .map(|s| {
                    s.slice(&item.text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>();
            if !sentences.is_empty() {
                by.entry(&item.story).or_default().push(sentences);
            }
        }
        let mut keys: Vec<&&str> = by.keys().collect();
        keys.sort();
        stories.extend(keys.into_iter().map(|k| by[*k].clone()));
    }
    let started = Instant::now();
    let stream = generate(&mut Rng::new(args.seed), &stories, count);
    writeln!(
        out,
        "stream: {count} articles of {} generated stories, resampled from {} real ones (seed {}), generated in {:.1} s",
        stream
            .last()
            .map_or(0, |_| stream.iter().map(|g| g.story).max().unwrap_or(0) + 1),
        stories.len(),
        args.seed,
        started.elapsed().as_secs_f64()
    )?;
    let origin = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).expect("a valid date");
    if let Some(path) = &args.corpus {
        // The stream as JSON Lines records for `crosscheck ingest` and
        // `crosscheck cluster` (`story` is the generated story).
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("{}", path.display()))?,
        );
        for (k, g) in stream.iter().enumerate() {
            serde_json::to_writer(
                &mut w,
                &serde_json::json!({
                    "id": format!("g{k}"),
                    "text": g.text,
                    "published": (origin + chrono::Duration::days(g.day)).to_string(),
                    "outlet": OUTLETS[k % OUTLETS.len()],
                    "story": g.story,
                }),
            )?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
    }
    let mut clusterer = Clusterer::new(Options::default());
    let marks = [10_000usize, 50_000, 200_000];
    let started = Instant::now();
    let mut last = (0usize, 0.0f64);
    for (k, g) in stream.iter().enumerate() {
        let words = Words::of(&g.text);
        clusterer.push(Doc {
            text: &g.text,
            words: &words,
            title: None,
            date: Some(origin + chrono::Duration::days(g.day)),
        });
        let done = k + 1;
        if marks.contains(&done) || done == stream.len() {
            let secs = started.elapsed().as_secs_f64();
            writeln!(
                out,
                "  at {done:>7} articles: {:.1} s, {:.0} articles/s overall, {:.3} ms per article over the last {}",
                secs,
                done as f64 / secs,
                (secs - last.1) * 1000.0 / (done - last.0) as f64,
                done - last.0
            )?;
            last = (done, secs);
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let found = clusterer.assignments();
    let gold: Vec<usize> = stream.iter().map(|g| g.story).collect();
    let s = crosscheck_eval::cluster::score(&gold, &found);
    writeln!(
        out,
        "{count} articles in {secs:.1} s: {:.0} articles/s (words and clustering, one core); {} stories found, {} generated; pairwise P {:.4} R {:.4} F1 {:.4} (resamplings of one real story alive on the same days share every sentence but their names: a load, not a quality measure — `eval cluster` measures quality); peak memory {} MiB",
        count as f64 / secs,
        s.stories,
        s.gold_stories,
        s.pair_p,
        s.pair_r,
        s.pair_f1,
        peak_rss_kib().map_or_else(|| "unknown".to_string(), |k| (k / 1024).to_string())
    )?;
    Ok(Outcome::of(count, 0))
}
