//! `crosscheck bench`: throughput measurements (never timed tests).
//!
//! - `ingest`: ingest and segmentation of generated pasted pages;
//! - `embed`: the sentence model on benchmark sentences;
//! - `compare`: whole-story analysis of the largest benchmark stories, with
//!   and without the sentence model;
//! - `candidates`: candidate pairs over a generated corpus with known copies.

mod candidates;
mod ingest;
mod model;

use std::path::{Path, PathBuf};

use anyhow::Context;
use crosscheck_model::Article;

use crate::Outcome;
use crate::cli::{BenchArgs, BenchTarget};

pub fn run(args: BenchArgs) -> anyhow::Result<Outcome> {
    match args.what {
        BenchTarget::Ingest => ingest::run(args),
        BenchTarget::Embed => model::embed(args),
        BenchTarget::Compare => model::compare(args),
        BenchTarget::Candidates => candidates::run(args),
    }
}

/// A small deterministic generator (xorshift*), so that a seed names a corpus.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
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
    let options = crosscheck_ingest::Options::default();
    let mut stories: Vec<Vec<Article>> = crosscheck_eval::derivation::meter_stories(bench)?
        .into_iter()
        .map(|story| {
            let jsonl: String = story.records.iter().map(|r| format!("{r}\n")).collect();
            let mut articles = Vec::new();
            crosscheck_ingest::read_bytes(
                "story.jsonl",
                jsonl.as_bytes(),
                Some(crosscheck_ingest::Format::Jsonl),
                &options,
                &mut |item| {
                    if let Ok(mut a) = item {
                        crosscheck_pipeline::prepare(&mut a);
                        articles.push(a);
                    }
                },
            );
            articles
        })
        .collect();
    stories.sort_by_key(|s| std::cmp::Reverse(s.len()));
    Ok(stories)
}
