//! `crosscheck-dev bench candidates`: candidate pairs over a generated corpus
//! with known copies.
//!
//! The corpus is built from METER sentences (deterministic for a seed):
//! originals draw 8–25 sentences at random; one article in five copies an
//! earlier article, wholly (most sentences kept) or partly (a run of 40–70%
//! of them, with new sentences added), and lightly edits what it keeps
//! (words dropped, substituted, swapped). The known copy relations are the
//! gold; recall is the share of them among the candidate pairs, overall and
//! among the copies whose true shingle Jaccard similarity reaches the
//! threshold (those a perfect index at that threshold would return).

use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::time::Instant;

use anyhow::Context;
use crosscheck_reuse::candidates::{CandidateOptions, candidate_pairs, shingles};
use serde_json::json;

use super::{Rng, bench_dir, meter_stories, peak_rss_kib};
use crate::Outcome;
use crate::cli::BenchArgs;

/// One generated article.
struct Doc {
    text: String,
    copy_of: Option<usize>,
}

/// Apply one light edit to a sentence: drop, substitute or swap a word.
fn edit(rng: &mut Rng, sentence: &str, donor: &str) -> String {
    let mut words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() < 4 {
        return sentence.to_string();
    }
    let at = 1 + rng.below(words.len() - 2);
    match rng.below(3) {
        0 => {
            words.remove(at);
        }
        1 => {
            let donor: Vec<&str> = donor.split_whitespace().collect();
            if !donor.is_empty() {
                words[at] = donor[rng.below(donor.len())];
            }
        }
        _ => words.swap(at, at + 1),
    }
    words.join(" ")
}

fn generate(rng: &mut Rng, pool: &[&str], count: usize) -> Vec<Doc> {
    let mut docs: Vec<Doc> = Vec::with_capacity(count);
    let mut sentences_of: Vec<Vec<String>> = Vec::with_capacity(count);
    let pick = |rng: &mut Rng| pool[rng.below(pool.len())];
    for id in 0..count {
        let (sentences, copy_of) = if id >= 100 && rng.chance(0.2) {
            let source = rng.below(id);
            let from = &sentences_of[source];
            let mut kept: Vec<String> = if rng.chance(0.5) {
                // Whole: nearly every sentence, in order.
                from.iter().filter(|_| rng.chance(0.9)).cloned().collect()
            } else {
                // Partial: a run of 40–70% of the sentences, then new ones.
                let len = (from.len() * (40 + rng.below(31)) / 100).max(1);
                let start = rng.below(from.len() - len + 1);
                let mut run = from[start..start + len].to_vec();
                for _ in 0..len * (30 + rng.below(31)) / 100 {
                    run.push(pick(rng).to_string());
                }
                run
            };
            for s in &mut kept {
                if rng.chance(0.3) {
                    let donor = pick(rng);
                    *s = edit(rng, s, donor);
                }
            }
            (kept, Some(source))
        } else {
            let n = 8 + rng.below(18);
            ((0..n).map(|_| pick(rng).to_string()).collect(), None)
        };
        docs.push(Doc {
            text: sentences.join(" "),
            copy_of,
        });
        sentences_of.push(sentences);
    }
    docs
}

fn read_corpus(path: &std::path::Path) -> anyhow::Result<Vec<Doc>> {
    let file = std::fs::File::open(path).with_context(|| format!("{}", path.display()))?;
    let mut docs = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line?;
        let v: serde_json::Value = serde_json::from_str(&line)
            .with_context(|| format!("{}: line {}", path.display(), n + 1))?;
        docs.push(Doc {
            text: v["text"].as_str().unwrap_or_default().to_string(),
            copy_of: v["copy_of"].as_u64().map(|x| x as usize),
        });
    }
    Ok(docs)
}

fn jaccard(x: &[u64], y: &[u64]) -> f64 {
    let (x, y): (HashSet<&u64>, HashSet<&u64>) = (x.iter().collect(), y.iter().collect());
    let union = x.union(&y).count();
    if union == 0 {
        0.0
    } else {
        x.intersection(&y).count() as f64 / union as f64
    }
}

pub fn run(args: BenchArgs) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    let started = Instant::now();
    let docs = match &args.from {
        Some(path) => read_corpus(path)?,
        None => {
            let stories = meter_stories(&bench_dir(&args)?)?;
            let pool: Vec<&str> = stories
                .iter()
                .flatten()
                .flat_map(|a| a.sentences.iter().map(|s| a.slice(s.span)))
                .filter(|s| (6..=60).contains(&s.split_whitespace().count()))
                .collect();
            let count = args.articles.unwrap_or(100_000);
            let docs = generate(&mut Rng::new(args.seed), &pool, count);
            writeln!(
                out,
                "corpus: {count} articles from {} METER sentences (seed {}), generated in {:.2} s",
                pool.len(),
                args.seed,
                started.elapsed().as_secs_f64()
            )?;
            docs
        }
    };
    if let Some(path) = &args.corpus {
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("{}", path.display()))?,
        );
        for (id, d) in docs.iter().enumerate() {
            writeln!(
                w,
                "{}",
                json!({"id": id, "text": d.text, "copy_of": d.copy_of})
            )?;
        }
        w.flush()?;
    }
    let options = CandidateOptions {
        threshold: args.threshold,
        ..CandidateOptions::default()
    };
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let started = Instant::now();
    let pairs = candidate_pairs(&texts, &options);
    let secs = started.elapsed().as_secs_f64();
    let found: HashSet<(usize, usize)> = pairs.iter().copied().collect();
    let known: Vec<(usize, usize)> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.copy_of.map(|s| (s.min(i), s.max(i))))
        .collect();
    let above: Vec<&(usize, usize)> = known
        .iter()
        .filter(|(i, j)| {
            jaccard(
                &shingles(texts[*i], options.shingle),
                &shingles(texts[*j], options.shingle),
            ) >= options.threshold
        })
        .collect();
    let hit = known.iter().filter(|p| found.contains(p)).count();
    let hit_above = above.iter().filter(|p| found.contains(p)).count();
    let n = docs.len() as f64;
    writeln!(
        out,
        "MinHash LSH ({} hashes, Jaccard ≥ {} on word {}-grams): {} candidate pairs in {secs:.2} s \
         ({:.0} articles/s, {:.3e} article pairs/s)",
        options.num_hashes,
        options.threshold,
        options.shingle,
        pairs.len(),
        n / secs,
        n * (n - 1.0) / 2.0 / secs
    )?;
    writeln!(
        out,
        "recall of the {} known copies: {:.4}; of the {} at or above the threshold: {:.4}; \
         known copies among the candidates: {:.4}; peak memory {} MiB",
        known.len(),
        hit as f64 / known.len().max(1) as f64,
        above.len(),
        hit_above as f64 / above.len().max(1) as f64,
        hit as f64 / pairs.len().max(1) as f64,
        peak_rss_kib().map_or("unknown".to_string(), |k| (k / 1024).to_string())
    )?;
    Ok(Outcome::Done)
}
