//! `crosscheck-dev bench grow`: a story analysed again each time an article
//! joins it, as `ingest --analyse` does, in the SQLite store.
//!
//! The largest METER story's texts join one at a time; after each, the
//! story's analysis (dropped by the join) is made again and stored. Beside
//! it, the same articles analysed from nothing in the same process (no
//! stored vectors). With the sentence model when it is set up, lexically
//! otherwise (`--lexical`).

use std::io::Write;
use std::time::Instant;

use anyhow::Context;
use crosscheck_pipeline::{SentenceEncoder, Settings};
use crosscheck_store::{Added, ArticleId, Assignment, SqliteStore, Store, StoryMethod};

use super::{bench_dir, meter_stories};
use crate::Outcome;
use crate::cli::BenchArgs;

pub fn run(args: BenchArgs) -> anyhow::Result<Outcome> {
    let stories = meter_stories(&bench_dir(&args)?)?;
    let story = stories.first().context("no METER story")?;
    let model = if args.lexical {
        None
    } else {
        Some(crosscheck_cli::load_model(&args.data)?)
    };
    let encoder = model.as_ref().map(|m| m as &dyn SentenceEncoder);
    let dir = std::env::temp_dir().join(format!("crosscheck-bench-grow-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let result = grow(story, encoder, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    result?;
    Ok(Outcome::Done)
}

fn grow(
    story: &[crosscheck_model::Article],
    encoder: Option<&dyn SentenceEncoder>,
    dir: &std::path::Path,
) -> anyhow::Result<()> {
    let settings = Settings::default();
    let mut store = SqliteStore::open(dir)?;
    let ids: Vec<ArticleId> = store
        .add(story)?
        .into_iter()
        .map(|a| match a {
            Added::New { article } | Added::Duplicate { article, .. } => article,
        })
        .collect();
    // The fixed costs of a process (the taggers' tables, the model's first
    // call) are paid before anything is timed.
    crosscheck_pipeline::analyse_with(story[..2].to_vec(), encoder, &settings);
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "METER story of {} texts, {}; each row: the story analysed again after its n-th text joined",
        story.len(),
        encoder.map_or("lexical".to_string(), |e| e.name())
    )?;
    writeln!(
        out,
        "{:>3} {:>9} {:>12} {:>11} {:>8} {:>8} {:>6}",
        "n", "sentences", "again-ms", "fresh-ms", "encoded", "reused", "known"
    )?;
    let story_id = store.assign(&[Assignment::new_story(StoryMethod::Clustered, vec![ids[0]])])?[0];
    let mut total_again = 0.0;
    let mut total_fresh = 0.0;
    for n in 1..=ids.len() {
        if n > 1 {
            store.assign(&[Assignment::to_story(story_id, vec![ids[n - 1]])])?;
        }
        let started = Instant::now();
        let done = crosscheck_collect::analyse_stories(
            &mut store,
            None,
            encoder,
            &settings,
            &mut |_, _| {},
        )?;
        let again = started.elapsed().as_secs_f64() * 1000.0;
        anyhow::ensure!(
            done.stored == 1,
            "the story was not analysed again: {done:?}"
        );
        let started = Instant::now();
        crosscheck_pipeline::analyse_with(story[..n].to_vec(), encoder, &settings);
        let fresh = started.elapsed().as_secs_f64() * 1000.0;
        total_again += again;
        total_fresh += fresh;
        let sentences: usize = story[..n].iter().map(|a| a.sentences.len()).sum();
        writeln!(
            out,
            "{n:>3} {sentences:>9} {again:>12.1} {fresh:>11.1} {:>8} {:>8} {:>6}",
            done.encoded, done.reused, done.articles_known
        )?;
    }
    writeln!(
        out,
        "total: analysed again {total_again:.0} ms, from nothing {total_fresh:.0} ms ({:.2}×)",
        total_fresh / total_again.max(1e-9)
    )?;
    Ok(())
}
