//! `crosscheck ingest` and `crosscheck stories`: the store.
//!
//! The commands open the data directory's [`SqliteStore`]; what they do with
//! it is written against the [`Store`] trait, so their tests run on a
//! [`crosscheck_store::MemoryStore`].

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use crosscheck_collect::{CLUSTERING_NOTE, Collector, Ingested};
use crosscheck_index::ArticleIndex;
use crosscheck_store::{ArticleId, SqliteStore, Store, StorySummary};

use crate::Outcome;
use crate::cli::{AnalyseArgs, DataArgs, IngestArgs, InputArgs, StoriesArgs, StoriesFormat};

/// The data directory: `--data`, else `$CROSSCHECK_DATA`, else the
/// platform's data directory.
pub fn data_dir(args: &DataArgs) -> anyhow::Result<PathBuf> {
    match &args.data {
        Some(dir) => Ok(dir.clone()),
        None => dirs::data_dir()
            .map(|d| d.join("crosscheck"))
            .context("no data directory: pass --data DIR or set CROSSCHECK_DATA"),
    }
}

pub fn ingest(args: IngestArgs) -> anyhow::Result<Outcome> {
    let dir = data_dir(&args.data)?;
    let mut store = SqliteStore::open(&dir)?;
    let progress = indicatif::ProgressBar::new_spinner();
    progress.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} articles read, {msg} [{elapsed}]")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let index = ArticleIndex::open(store.dir())?;
    let counts = ingest_into(&mut store, &args.input, &progress, Some(&index))?;
    progress.finish_and_clear();
    let Ingested {
        new,
        duplicate,
        failed,
    } = counts;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{new} article{} added, {duplicate} already in the store, {failed} failed; {} articles in `{}`\n{CLUSTERING_NOTE}",
        if new == 1 { "" } else { "s" },
        store.article_count()?,
        store.dir().display()
    )?;
    drop(out);
    if args.analyse.analyse {
        analyse(&mut store, &args.analyse, &args.data)?;
    }
    Ok(Outcome::of(new + duplicate, failed))
}

/// Read the inputs and collect every article into the store (see
/// [`Collector`]); each unreadable input is one line on stderr.
fn ingest_into(
    store: &mut dyn Store,
    input: &InputArgs,
    progress: &indicatif::ProgressBar,
    index: Option<&ArticleIndex>,
) -> anyhow::Result<Ingested> {
    let options = input.options();
    let mut collector = Collector::start(store, index)?;
    let mut store_error = None;
    crosscheck_ingest::read_inputs(&input.inputs, &options, &mut |item| {
        if store_error.is_some() {
            return;
        }
        match item {
            Ok(article) => {
                progress.suspend(|| super::warn_of_date(&article));
                if let Err(e) = collector.push_caught(article) {
                    store_error = Some(anyhow::Error::from(e));
                }
                progress.inc(1);
            }
            Err(err) => {
                collector.failed();
                progress.suspend(|| {
                    eprintln!("error: {}", crosscheck_report::visible(&err.to_string()))
                });
            }
        }
        progress.set_message(format!("{} failed", collector.counts().failed));
    });
    if let Some(e) = store_error {
        return Err(e);
    }
    Ok(collector.finish()?)
}

/// `--analyse`: analyse and store every story that needs it, with a
/// progress bar, then say what was done.
fn analyse(store: &mut SqliteStore, args: &AnalyseArgs, data: &DataArgs) -> anyhow::Result<()> {
    let model = if args.lexical {
        None
    } else {
        Some(super::load_model(data)?)
    };
    let encoder = model
        .as_ref()
        .map(|m| m as &dyn crosscheck_pipeline::SentenceEncoder);
    let progress = indicatif::ProgressBar::new(0);
    progress.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:30} {pos}/{len} stories analysed [{elapsed}, {eta} left]",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let started = std::time::Instant::now();
    let index = ArticleIndex::open(store.dir())?;
    let done = crosscheck_collect::analyse_stories(
        store,
        Some(&index),
        encoder,
        &crosscheck_pipeline::Settings::default(),
        &mut |k, n| {
            progress.set_length(n as u64);
            progress.set_position(k as u64);
        },
    )?;
    progress.finish_and_clear();
    writeln!(
        std::io::stdout().lock(),
        "{} stor{} analysed ({} articles, {}) in {:.1} s{}{}{}",
        done.stored,
        if done.stored == 1 { "y" } else { "ies" },
        done.articles,
        if encoder.is_some() {
            "with the sentence model"
        } else {
            "lexical evidence only"
        },
        started.elapsed().as_secs_f64(),
        if encoder.is_some() {
            format!(
                "; the sentence model encoded {} sentences, {} came from the store",
                done.encoded, done.reused
            )
        } else {
            String::new()
        },
        match done.articles_known {
            0 => String::new(),
            n => format!(
                "; the quotations, names and dates of {n} article{} came from the store",
                if n == 1 { "" } else { "s" }
            ),
        },
        match done.stale {
            0 => String::new(),
            n => format!(
                "; {n} changed while being analysed (another process added to them): run again"
            ),
        }
    )?;
    Ok(())
}

pub fn stories(args: StoriesArgs) -> anyhow::Result<Outcome> {
    let dir = data_dir(&args.data)?;
    let mut store = SqliteStore::open(&dir)?;
    if args.analyse.analyse {
        analyse(&mut store, &args.analyse, &args.data)?;
        return Ok(Outcome::Done);
    }
    if args.check {
        let c = store.check()?;
        // The search index holds every stored article once, or is behind
        // (an ingest stopped between the store's commit and its own).
        let index = ArticleIndex::open(&dir)?;
        let indexed = index.len()?;
        let behind = store
            .article_ids_after(index.last_indexed()?.unwrap_or(ArticleId(0)))?
            .len() as u64;
        anyhow::ensure!(
            indexed + behind == c.articles,
            "the search index of `{}` holds {indexed} articles and lacks {behind} of the store's {}: run `crosscheck search --rebuild`",
            dir.display(),
            c.articles
        );
        writeln!(
            std::io::stdout().lock(),
            "store `{}` is sound: {} articles, {} stories, {} articles in no story yet (an ingest that stopped before assigning them; the next ingest assigns them); search index: {indexed} articles, {behind} behind the store (the next ingest, search or serve catches up)",
            dir.display(),
            c.articles,
            c.stories,
            c.unassigned
        )?;
        return Ok(Outcome::Done);
    }
    let stories = store.stories()?;
    let mut out = std::io::stdout().lock();
    write_stories(&stories, args.format, &dir.display().to_string(), &mut out)?;
    Ok(Outcome::Done)
}

/// The story listing, in `format`; `place` names the store.
fn write_stories(
    stories: &[StorySummary],
    format: StoriesFormat,
    place: &str,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        StoriesFormat::Json => {
            let doc = crosscheck_report::StoriesDocument {
                clustering: "streaming: TF-IDF centroids of content words, 3-day window",
                note: CLUSTERING_NOTE,
                schema: crosscheck_report::STORIES_SCHEMA,
                stories: stories
                    .iter()
                    .map(|s| crosscheck_report::StoryDoc {
                        articles: s
                            .articles
                            .iter()
                            .map(|a| crosscheck_report::StoredArticleDoc {
                                id: a.id.0,
                                outlet: a.outlet.clone(),
                                published: a.published.map(|d| d.to_string()),
                                source_file: a.source.clone(),
                                title: a.title.clone(),
                            })
                            .collect(),
                        id: s.id.0,
                        method: s.method.as_str(),
                    })
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)?;
        }
        StoriesFormat::Text => {
            writeln!(
                out,
                "{} stor{} in `{place}` ({CLUSTERING_NOTE})",
                stories.len(),
                if stories.len() == 1 { "y" } else { "ies" }
            )?;
            for s in stories {
                for a in &s.articles {
                    let line = format!(
                        "story {:<6} {} · {} · {}",
                        s.id,
                        a.outlet.as_deref().unwrap_or("unknown outlet"),
                        a.published
                            .map(|d| d.to_string())
                            .as_deref()
                            .unwrap_or("undated"),
                        a.title.as_deref().unwrap_or(&a.source)
                    );
                    writeln!(out, "{}", crosscheck_report::visible(&line))?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crosscheck_store::{ArticleId, MemoryStore};

    use super::*;

    fn examples() -> InputArgs {
        InputArgs {
            inputs: vec![format!("{}/../../examples", env!("CARGO_MANIFEST_DIR"))],
            max_article_bytes: crosscheck_ingest::DEFAULT_MAX_ARTICLE_BYTES,
            max_input_bytes: crosscheck_ingest::DEFAULT_MAX_INPUT_BYTES,
            max_header_bytes: crosscheck_ingest::DEFAULT_MAX_HEADER_BYTES,
            max_depth: crosscheck_ingest::DEFAULT_MAX_DEPTH,
        }
    }

    fn ingest(store: &mut MemoryStore) -> Ingested {
        ingest_into(store, &examples(), &indicatif::ProgressBar::hidden(), None).unwrap()
    }

    #[test]
    fn ingest_is_idempotent_and_clusters_the_seed_pair_into_one_story() {
        let mut store = MemoryStore::new();
        assert_eq!(
            ingest(&mut store),
            Ingested {
                new: 2,
                duplicate: 0,
                failed: 0
            }
        );
        assert_eq!(
            ingest(&mut store),
            Ingested {
                new: 0,
                duplicate: 2,
                failed: 0
            }
        );
        assert_eq!(store.article_count().unwrap(), 2);
        let stories = store.stories().unwrap();
        assert_eq!(stories.len(), 1);
        assert_eq!(stories[0].method, crosscheck_store::StoryMethod::Clustered);
        assert_eq!(stories[0].articles.len(), 2);
        // Prepared before it was stored: the text stage's sentences are kept.
        let a = store.article(ArticleId(1)).unwrap().unwrap();
        assert!(!a.sentences.is_empty());
    }

    #[test]
    fn the_next_ingest_of_anything_assigns_articles_left_without_a_story() {
        let mut store = MemoryStore::new();
        let a = crosscheck_model::Article::from_paragraphs(
            Default::default(),
            Default::default(),
            ["Words."],
        );
        // An ingest that stopped between adding and assigning.
        store.add(std::slice::from_ref(&a)).unwrap();
        assert_eq!(store.unassigned().unwrap().len(), 1);
        let empty = InputArgs {
            inputs: Vec::new(),
            ..examples()
        };
        ingest_into(&mut store, &empty, &indicatif::ProgressBar::hidden(), None).unwrap();
        assert!(store.unassigned().unwrap().is_empty());
        assert_eq!(store.stories().unwrap().len(), 1);
    }

    #[test]
    fn story_listings() {
        let mut store = MemoryStore::new();
        ingest(&mut store);
        let stories = store.stories().unwrap();
        let mut text = Vec::new();
        write_stories(&stories, StoriesFormat::Text, "memory", &mut text).unwrap();
        let text = String::from_utf8(text).unwrap();
        assert_eq!(
            text.lines().collect::<Vec<_>>(),
            [
                format!("1 story in `memory` ({CLUSTERING_NOTE})").as_str(),
                "story 1      The New York Times · 2023-04-13 · Iran and Nicaragua Discussed Military Cooperation, Leaked Report Says",
                "story 1      The Cradle · 2023-04-14 · Iran, Nicaragua discussed ways to counter US influence in Latin America: Pentagon leaks",
            ]
        );
        let mut json = Vec::new();
        write_stories(&stories, StoriesFormat::Json, "memory", &mut json).unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(doc["schema"], "crosscheck.stories/1");
        assert_eq!(
            doc["clustering"],
            "streaming: TF-IDF centroids of content words, 3-day window"
        );
        assert_eq!(doc["stories"][0]["id"], 1);
        assert_eq!(doc["stories"][0]["method"], "clustered");
        assert_eq!(doc["stories"][0]["articles"][0]["published"], "2023-04-13");
        assert!(
            doc["stories"][0]["articles"][0]["source_file"]
                .as_str()
                .unwrap()
                .ends_with("examples/000_690e2b9d6d846f06.txt")
        );
    }
}
