//! `crosscheck-dev bench embed` and `crosscheck-dev bench compare`: the sentence
//! model's throughput, and whole-story analysis time with and without it.

use std::io::Write;
use std::time::Instant;

use super::{bench_dir, meter_stories};
use crate::Outcome;
use crate::cli::BenchArgs;
use crosscheck_cli::load_model;

/// Sentences per second of the sentence model on METER sentences.
pub fn embed(args: BenchArgs) -> anyhow::Result<Outcome> {
    let stories = meter_stories(&bench_dir(&args)?)?;
    let count = args.articles.unwrap_or(1000);
    let sentences: Vec<&str> = stories
        .iter()
        .flatten()
        .flat_map(|a| a.sentences.iter().map(|s| a.slice(s.span)))
        .take(count)
        .collect();
    let started = Instant::now();
    let model = load_model(&args.data)?;
    let loaded = started.elapsed().as_secs_f64();
    let words: usize = sentences.iter().map(|s| s.split_whitespace().count()).sum();
    let started = Instant::now();
    let vectors = model.embed(&sentences)?;
    let secs = started.elapsed().as_secs_f64();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "model loaded in {loaded:.2} s; {} METER sentences ({:.1} words on average), {} threads",
        vectors.len(),
        words as f64 / sentences.len().max(1) as f64,
        rayon_threads()
    )?;
    writeln!(
        out,
        "embedded in {secs:.2} s: {:.1} sentences/s",
        vectors.len() as f64 / secs
    )?;
    Ok(Outcome::Done)
}

/// Time of the whole analysis of each METER story of at least
/// `--story-size` texts, lexical only, with the sentence model (after it is
/// loaded), and with the model and its bias head (`compare --bias-head`).
pub fn compare(args: BenchArgs) -> anyhow::Result<Outcome> {
    let stories = meter_stories(&bench_dir(&args)?)?;
    let model = load_model(&args.data)?;
    let settings = crosscheck_pipeline::Settings::default();
    let with_head = crosscheck_pipeline::Settings {
        bias_head: true,
        ..crosscheck_pipeline::Settings::default()
    };
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "story texts sentences  lexical-s  model-s  with-bias-head-s  alignments(lexical/model)"
    )?;
    let mut timed = 0;
    for story in stories.iter().filter(|s| s.len() >= args.story_size) {
        let sentences: usize = story.iter().map(|a| a.sentences.len()).sum();
        let started = Instant::now();
        let lexical = crosscheck_pipeline::analyse_with(story.clone(), None, &settings);
        let lexical_secs = started.elapsed().as_secs_f64();
        let started = Instant::now();
        let neural = crosscheck_pipeline::analyse_with(story.clone(), Some(&model), &settings);
        let model_secs = started.elapsed().as_secs_f64();
        let started = Instant::now();
        crosscheck_pipeline::analyse_with(story.clone(), Some(&model), &with_head);
        let head_secs = started.elapsed().as_secs_f64();
        writeln!(
            out,
            "{:<5} {:>5} {:>9} {:>10.3} {:>8.3} {:>17.3}  {}/{}",
            timed + 1,
            story.len(),
            sentences,
            lexical_secs,
            model_secs,
            head_secs,
            lexical.alignments.len(),
            neural.alignments.len()
        )?;
        timed += 1;
    }
    if timed == 0 {
        writeln!(out, "no story has {} texts or more", args.story_size)?;
    }
    Ok(Outcome::Done)
}

fn rayon_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
