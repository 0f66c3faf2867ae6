//! `crosscheck ingest` and `crosscheck stories`: the store.
//!
//! The commands open the data directory's [`SqliteStore`]; what they do with
//! it is written against the [`Store`] trait, so their tests run on a
//! [`crosscheck_store::MemoryStore`].

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use crosscheck_model::Article;
use crosscheck_store::{Added, Assignment, SqliteStore, Store, StoryMethod, StorySummary};

use crate::Outcome;
use crate::cli::{DataArgs, IngestArgs, InputArgs, StoriesArgs, StoriesFormat};

/// How many articles go into one store transaction.
const BATCH: usize = 256;

/// The note every story listing carries until clustering exists.
const SINGLETON_NOTE: &str = "each article is its own story: story clustering is not built yet";

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
    let counts = ingest_into(&mut store, &args.input, &progress)?;
    progress.finish_and_clear();
    let Ingested {
        new,
        duplicate,
        failed,
    } = counts;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{new} article{} added, {duplicate} already in the store, {failed} failed; {} articles in `{}`\n{SINGLETON_NOTE}",
        if new == 1 { "" } else { "s" },
        store.article_count()?,
        store.dir().display()
    )?;
    Ok(Outcome::of(new + duplicate, failed))
}

/// What one ingest did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Ingested {
    /// Articles stored.
    new: usize,
    /// Articles whose content was already stored.
    duplicate: usize,
    /// Inputs that could not be read (each named on stderr).
    failed: usize,
}

/// Read the inputs, prepare each article, and add them to the store in
/// batches, each new article in a story of its own.
fn ingest_into(
    store: &mut dyn Store,
    input: &InputArgs,
    progress: &indicatif::ProgressBar,
) -> anyhow::Result<Ingested> {
    let options = input.options();
    let mut counts = Ingested::default();
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut store_error = None;
    crosscheck_ingest::read_inputs(&input.inputs, &options, &mut |item| {
        if store_error.is_some() {
            return;
        }
        match item {
            Ok(mut article) => {
                crosscheck_pipeline::prepare(&mut article);
                batch.push(article);
                progress.inc(1);
                if batch.len() >= BATCH {
                    if let Err(e) = add_batch(store, &mut batch, &mut counts) {
                        store_error = Some(e);
                    }
                }
            }
            Err(err) => {
                counts.failed += 1;
                progress.suspend(|| {
                    eprintln!("error: {}", crosscheck_report::visible(&err.to_string()))
                });
            }
        }
        progress.set_message(format!("{} failed", counts.failed));
    });
    if let Some(e) = store_error {
        return Err(e);
    }
    add_batch(store, &mut batch, &mut counts)?;
    Ok(counts)
}

/// Add a batch and put every article that is in no story (new, or stored
/// by an ingest that stopped before assigning it) in a story of its own, in
/// the order they came.
fn add_batch(
    store: &mut dyn Store,
    batch: &mut Vec<Article>,
    counts: &mut Ingested,
) -> anyhow::Result<()> {
    let mut unassigned = Vec::new();
    let mut seen = HashSet::new();
    for added in store.add(batch)? {
        let article = match added {
            Added::New { article } => {
                counts.new += 1;
                article
            }
            Added::Duplicate { article, story } => {
                counts.duplicate += 1;
                if story.is_some() {
                    continue;
                }
                article
            }
        };
        if seen.insert(article) {
            unassigned.push(Assignment::new_story(StoryMethod::Singleton, vec![article]));
        }
    }
    store.assign(&unassigned)?;
    batch.clear();
    Ok(())
}

pub fn stories(args: StoriesArgs) -> anyhow::Result<Outcome> {
    let dir = data_dir(&args.data)?;
    let store = SqliteStore::open(&dir)?;
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
                clustering: "not built yet",
                note: SINGLETON_NOTE,
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
                "{} stories in `{place}` ({SINGLETON_NOTE})",
                stories.len(),
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
    use crosscheck_store::{ArticleId, MemoryStore, StoryId};

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
        ingest_into(store, &examples(), &indicatif::ProgressBar::hidden()).unwrap()
    }

    #[test]
    fn ingest_is_idempotent_and_opens_a_story_per_article() {
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
        assert_eq!(stories.len(), 2);
        assert!(
            stories
                .iter()
                .all(|s| s.method == StoryMethod::Singleton && s.articles.len() == 1)
        );
        // Prepared before it was stored: the text stage's sentences are kept.
        let a = store.article(ArticleId(1)).unwrap().unwrap();
        assert!(!a.sentences.is_empty());
    }

    #[test]
    fn the_same_content_twice_in_a_batch_is_one_story() {
        let mut store = MemoryStore::new();
        let a = Article::from_paragraphs(Default::default(), Default::default(), ["Words."]);
        let mut batch = vec![a.clone(), a];
        let mut counts = Ingested::default();
        add_batch(&mut store, &mut batch, &mut counts).unwrap();
        assert!(batch.is_empty());
        assert_eq!((counts.new, counts.duplicate), (1, 1));
        assert_eq!(store.stories().unwrap().len(), 1);
    }

    #[test]
    fn articles_left_without_a_story_get_one_when_ingested_again() {
        let mut store = MemoryStore::new();
        let a = Article::from_paragraphs(Default::default(), Default::default(), ["Words."]);
        // An ingest that stopped between adding and assigning.
        store.add(std::slice::from_ref(&a)).unwrap();
        assert!(store.stories().unwrap().is_empty());
        let mut counts = Ingested::default();
        add_batch(&mut store, &mut vec![a], &mut counts).unwrap();
        assert_eq!(counts.duplicate, 1);
        assert_eq!(store.stories().unwrap()[0].id, StoryId(1));
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
                format!("2 stories in `memory` ({SINGLETON_NOTE})").as_str(),
                "story 2      The Cradle · 2023-04-14 · Iran, Nicaragua discussed ways to counter US influence in Latin America: Pentagon leaks",
                "story 1      The New York Times · 2023-04-13 · Iran and Nicaragua Discussed Military Cooperation, Leaked Report Says",
            ]
        );
        let mut json = Vec::new();
        write_stories(&stories, StoriesFormat::Json, "memory", &mut json).unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(doc["schema"], "crosscheck.stories/1");
        assert_eq!(doc["clustering"], "not built yet");
        assert_eq!(doc["stories"][0]["id"], 2);
        assert_eq!(doc["stories"][0]["method"], "singleton");
        assert_eq!(doc["stories"][1]["articles"][0]["published"], "2023-04-13");
        assert!(
            doc["stories"][1]["articles"][0]["source_file"]
                .as_str()
                .unwrap()
                .ends_with("examples/000_690e2b9d6d846f06.txt")
        );
    }
}
