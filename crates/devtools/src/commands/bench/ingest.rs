//! `crosscheck-dev bench ingest`: ingest and segmentation throughput on a
//! generated corpus of pasted news pages (deterministic for a seed), measured
//! on one core, with peak memory.

use std::io::Write;
use std::time::Instant;

use super::{Rng, peak_rss_kib};
use crate::Outcome;
use crate::cli::BenchArgs;

/// The sentences the generator draws from: the bundled example articles.
const SOURCES: &[&str] = &[
    include_str!("../../../../../examples/000_690e2b9d6d846f06.txt"),
    include_str!("../../../../../examples/001_4375f67bd4bb9fb1.txt"),
];

const NAMES: &[&str] = &[
    "Vivian Yee",
    "Jane Doe",
    "Ahmed Karimi",
    "Lucía Fernández",
    "Tom O'Brien",
    "Mei Chen",
];

/// A pasted page: navigation, source line, date, title, dek, byline, 6–20
/// paragraphs of sentences drawn from the examples, a bio and a comment form.
fn page(rng: &mut Rng, sentences: &[&str], outlets: &[&str]) -> String {
    let pick = |rng: &mut Rng| sentences[rng.below(sentences.len())];
    let author = NAMES[rng.below(NAMES.len())];
    let mut s = String::with_capacity(6000);
    s.push_str("top of page\n\n");
    s.push_str(&format!(
        "Source: {}\n\n",
        outlets[rng.below(outlets.len())]
    ));
    s.push_str(&format!(
        "Apr {}, {}\n\n",
        1 + rng.below(28),
        2015 + rng.below(10)
    ));
    s.push_str(pick(rng).trim_end_matches('.'));
    s.push_str("\n\n");
    s.push_str(pick(rng));
    s.push_str(&format!("\n\nBy {author}\n\n"));
    for _ in 0..6 + rng.below(15) {
        for k in 0..1 + rng.below(4) {
            if k > 0 {
                s.push(' ');
            }
            s.push_str(pick(rng));
        }
        s.push_str("\n\n");
    }
    s.push_str(&format!(
        "{author} is a correspondent covering politics and diplomacy.\n\n"
    ));
    s.push_str("Leave a Reply\n\nYour email address will not be published.\n");
    s
}

pub fn run(args: BenchArgs) -> anyhow::Result<Outcome> {
    // The story sentences of the examples, as crosscheck reads them.
    let mut examples = Vec::new();
    for (i, text) in SOURCES.iter().enumerate() {
        crosscheck_ingest::read_bytes(
            &format!("example-{i}.txt"),
            text.as_bytes(),
            None,
            &Default::default(),
            &mut |item| {
                if let Ok(mut a) = item {
                    crosscheck_pipeline::prepare(&mut a);
                    examples.push(a);
                }
            },
        );
    }
    let sentences: Vec<&str> = examples
        .iter()
        .flat_map(|a| a.sentences.iter().map(|s| a.slice(s.span)))
        .filter(|s| s.split_whitespace().count() >= 6)
        .collect();
    let outlets: Vec<&str> = crosscheck_lexicon_names();
    let mut rng = Rng::new(args.seed);
    let started = Instant::now();
    let count = args.articles.unwrap_or(50_000);
    let corpus: Vec<String> = (0..count)
        .map(|_| page(&mut rng, &sentences, &outlets))
        .collect();
    let generated = started.elapsed();
    let bytes: usize = corpus.iter().map(String::len).sum();

    let options = crosscheck_ingest::Options::default();
    let (mut articles, mut sentences_out, mut failed) = (0usize, 0usize, 0usize);
    let started = Instant::now();
    for (i, text) in corpus.iter().enumerate() {
        let name = format!("bench-{i}.txt");
        crosscheck_ingest::read_bytes(
            &name,
            text.as_bytes(),
            Some(crosscheck_ingest::Format::Text),
            &options,
            &mut |item| match item {
                Ok(mut a) => {
                    crosscheck_pipeline::prepare(&mut a);
                    articles += 1;
                    sentences_out += a.sentences.len();
                }
                Err(e) => {
                    if failed < 3 {
                        tracing::warn!("{e}");
                    }
                    failed += 1;
                }
            },
        );
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "corpus: {} pasted pages, {:.1} MB, generated in {:.2} s (seed {})",
        count,
        mb,
        generated.as_secs_f64(),
        args.seed
    )?;
    writeln!(
        out,
        "ingest + segmentation on one core: {articles} articles, {sentences_out} sentences, {failed} failed"
    )?;
    writeln!(
        out,
        "time {:.2} s · {:.1} MB/s · {:.0} articles/s · peak memory {} MiB (corpus held in memory)",
        elapsed,
        mb / elapsed,
        articles as f64 / elapsed,
        peak_rss_kib().map_or("unknown".to_string(), |k| (k / 1024).to_string())
    )?;
    Ok(if failed == 0 {
        Outcome::Done
    } else {
        Outcome::SomeFailed
    })
}

fn crosscheck_lexicon_names() -> Vec<&'static str> {
    crosscheck_lexicon::outlets()
        .iter()
        .map(|o| o.name)
        .collect()
}
