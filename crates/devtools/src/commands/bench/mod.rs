//! `crosscheck-dev bench`: throughput measurements (never timed tests).
//!
//! - `ingest`: ingest and segmentation of generated pasted pages;
//! - `embed`: the sentence model on benchmark sentences;
//! - `compare`: whole-story analysis of the largest benchmark stories, with
//!   and without the sentence model;
//! - `candidates`: candidate pairs over a generated corpus with known copies;
//! - `scale`: `compare` on ever larger stories and ever longer articles;
//! - `html`: the HTML report's size and its load time in Chromium;
//! - `grow`: a story analysed again as each of its texts joins.

mod candidates;
mod cluster;
mod grow;
mod html;
mod ingest;
mod model;
mod scale;

use std::path::{Path, PathBuf};

use anyhow::Context;
use crosscheck_model::Article;

use crate::Outcome;
use crate::cli::{BenchArgs, BenchTarget};
use crate::rng::Rng;

pub fn run(args: BenchArgs) -> anyhow::Result<Outcome> {
    match args.what {
        BenchTarget::Ingest => ingest::run(args),
        BenchTarget::Embed => model::embed(args),
        BenchTarget::Compare => model::compare(args),
        BenchTarget::Candidates => candidates::run(args),
        BenchTarget::Quotes => quotes(args),
        BenchTarget::Entities => entities(args),
        BenchTarget::Scale => scale::run(args),
        BenchTarget::Html => html::run(args),
        BenchTarget::Cluster => cluster::run(args),
        BenchTarget::Grow => grow::run(args),
    }
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
}

fn bench_dir(args: &BenchArgs) -> anyhow::Result<PathBuf> {
    args.bench
        .clone()
        .context("this benchmark reads the METER texts: give --bench DIR or set CROSSCHECK_BENCH")
}

/// The METER stories as crosscheck reads them (PA and newspaper texts of
/// one domain/date/catchline each), largest first.
fn meter_stories(bench: &Path) -> anyhow::Result<Vec<Vec<Article>>> {
    let mut stories: Vec<Vec<Article>> = crosscheck_eval::derivation::meter_stories(bench)?
        .iter()
        .map(|story| {
            let mut articles = story.articles();
            articles.iter_mut().for_each(crosscheck_pipeline::prepare);
            articles
        })
        .collect();
    stories.sort_by_key(|s| std::cmp::Reverse(s.len()));
    Ok(stories)
}

/// Quote and attribution extraction throughput (one core) on PolNeAR's
/// training articles, segmentation included.
fn entities(args: BenchArgs) -> anyhow::Result<Outcome> {
    use rayon::prelude::*;
    use std::io::Write;
    let path = bench_dir(&args)?.join("polnear/train.jsonl");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let mut articles: Vec<Article> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .map(|t| Article::from_text(Default::default(), Default::default(), t))
        .collect();
    // The text layer runs before the timing: this measures the stage.
    let features = crosscheck_pipeline::prepare_story(&mut articles);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let words: usize = articles
        .iter()
        .map(|a| a.text.split_whitespace().count())
        .sum();
    // Load the tagger before timing.
    let _ = crosscheck_pipeline::entities_of(&articles[..1], &features[..1]);
    let mut out = std::io::stdout().lock();
    let started = std::time::Instant::now();
    let (mut mentions, mut entities) = (0, 0);
    for (a, f) in articles.iter().zip(&features) {
        let found =
            crosscheck_pipeline::entities_of(std::slice::from_ref(a), std::slice::from_ref(f));
        entities += found.len();
        mentions += found.iter().map(|e| e.mentions.len()).sum::<usize>();
    }
    let one = started.elapsed().as_secs_f64();
    writeln!(
        out,
        "{} PolNeAR articles ({:.1} MB, {words} words): {mentions} mentions in {entities} entities in {one:.2} s — {:.0} articles/s, {:.0} words/s on one core",
        articles.len(),
        bytes as f64 / 1e6,
        articles.len() as f64 / one,
        words as f64 / one
    )?;
    let started = std::time::Instant::now();
    let total: usize = articles
        .par_iter()
        .zip(&features)
        .map(|(a, f)| {
            crosscheck_pipeline::entities_of(std::slice::from_ref(a), std::slice::from_ref(f)).len()
        })
        .sum();
    let all = started.elapsed().as_secs_f64();
    writeln!(
        out,
        "the same on {} threads: {total} entities in {all:.2} s — {:.0} articles/s",
        rayon::current_num_threads(),
        articles.len() as f64 / all
    )?;
    let started = std::time::Instant::now();
    let times: usize = articles
        .iter()
        .map(|a| crosscheck_time::expressions(a).len())
        .sum();
    let secs = started.elapsed().as_secs_f64();
    writeln!(
        out,
        "time expressions: {times} in {secs:.2} s — {:.0} articles/s on one core",
        articles.len() as f64 / secs
    )?;
    Ok(Outcome::Done)
}

fn quotes(args: BenchArgs) -> anyhow::Result<Outcome> {
    use std::io::Write;
    let path = bench_dir(&args)?.join("polnear/train.jsonl");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let texts: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let started = std::time::Instant::now();
    let (mut quotes, mut attributions) = (0, 0);
    for t in &texts {
        let mut a = [Article::from_text(
            Default::default(),
            Default::default(),
            t.clone(),
        )];
        let features = crosscheck_pipeline::prepare_story(&mut a);
        let found = crosscheck_pipeline::quotes_of(&a[0], &features[0]);
        quotes += found.quotes.len();
        attributions += found.attributions.len();
    }
    let secs = started.elapsed().as_secs_f64();
    writeln!(
        std::io::stdout().lock(),
        "{} PolNeAR articles ({:.1} MB): {quotes} quotations, {attributions} attributions in {secs:.2} s — {:.0} articles/s, {:.1} MB/s on one core",
        texts.len(),
        bytes as f64 / 1e6,
        texts.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    )?;
    Ok(Outcome::Done)
}
