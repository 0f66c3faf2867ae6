//! `crosscheck ingest` and `crosscheck stories`: the store.
//!
//! The commands open the data directory's [`SqliteStore`]; what they do with
//! it is written against the [`Store`] trait, so their tests run on a
//! [`crosscheck_store::MemoryStore`].

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use crosscheck_cluster::{Clusterer, Doc, Options as ClusterOptions, StoryIndex};
use crosscheck_index::{ArticleIndex, Writing};
use crosscheck_model::Article;
use crosscheck_store::{
    Added, ArticleId, Assignment, SqliteStore, Store, StoryId, StoryMethod, StorySummary,
    StoryTarget,
};
use crosscheck_text::Words;

use crate::Outcome;
use crate::cli::{AnalyseArgs, DataArgs, IngestArgs, InputArgs, StoriesArgs, StoriesFormat};

/// How many articles go into one store transaction.
const BATCH: usize = 256;

/// How stories are formed, as every story listing says it.
const CLUSTERING_NOTE: &str = "articles join the story whose words they share most, within 3 days (stories stored before clustering was built are one article each)";

/// How many of the newest stories whose articles are all undated are read
/// back to resume clustering (dated ones: those within the window of the
/// newest stored date).
const UNDATED_STORIES_RESUMED: usize = 200;

/// Story clustering across ingests: the clusterer, resumed from the stored
/// stories still open, and which stored story each of its stories is.
struct StoryClustering {
    clusterer: Clusterer,
    /// Stored story of each clusterer story (by its index when it was
    /// recorded; merges are followed through the clusterer).
    stored: HashMap<StoryIndex, StoryId>,
    /// The articles of each stored story the clustering knows.
    members: HashMap<StoryId, Vec<ArticleId>>,
}

impl StoryClustering {
    /// Read back the stored stories still open: those with an article
    /// within the window of the stored articles' clock (the newest date two
    /// of them agree on, see [`crosscheck_cluster::clock`]), and the newest
    /// [`UNDATED_STORIES_RESUMED`] whose articles are all undated.
    fn resume(store: &dyn Store) -> anyhow::Result<StoryClustering> {
        let options = ClusterOptions::default();
        let mut clustering = StoryClustering {
            clusterer: Clusterer::new(options.clone()),
            stored: HashMap::new(),
            members: HashMap::new(),
        };
        let stories = store.stories()?;
        // The newest date two stored articles agree on: one article dated
        // far ahead (a mistyped year) does not close every story.
        let newest = crosscheck_cluster::clock(
            stories
                .iter()
                .flat_map(|s| s.articles.iter().filter_map(|a| a.published)),
            options.window_days,
        )
        .or_else(|| {
            stories
                .iter()
                .flat_map(|s| s.articles.iter().filter_map(|a| a.published))
                .max()
        });
        let mut undated = 0;
        let mut open: Vec<&StorySummary> = stories
            .iter()
            .filter(|s| {
                let last = s.articles.iter().filter_map(|a| a.published).max();
                match (last, newest) {
                    (Some(last), Some(newest)) => (newest - last).num_days() <= options.window_days,
                    _ => {
                        undated += 1;
                        undated <= UNDATED_STORIES_RESUMED
                    }
                }
            })
            .collect();
        // Oldest first, as they came.
        open.reverse();
        for story in open {
            let mut index = None;
            for a in &story.articles {
                let article = store.article(a.id)?.with_context(|| {
                    format!("stored article {} of story {} is missing", a.id.0, story.id)
                })?;
                let at = clustering.take(&article, Some(index));
                index = Some(at);
            }
            if let Some(at) = index {
                clustering.stored.insert(at, story.id);
                clustering
                    .members
                    .insert(story.id, story.articles.iter().map(|a| a.id).collect());
            }
        }
        Ok(clustering)
    }

    /// Cluster one article: `known` is `Some(story)` for an article read
    /// back into a known story (`Some(None)`: the first of its story).
    fn take(&mut self, article: &Article, known: Option<Option<StoryIndex>>) -> StoryIndex {
        let words = Words::of(&article.text);
        let title = article.meta.title.as_deref().map(|t| (t, Words::of(t)));
        let doc = Doc {
            text: &article.text,
            words: &words,
            title: title.as_ref().map(|(t, w)| (*t, w)),
            date: article.meta.published.map(|p| p.date),
        };
        match known {
            Some(story) => self.clusterer.push_known(doc, story),
            None => self.clusterer.push(doc),
        }
    }

    /// The assignments of a batch's new articles (each with the story the
    /// clusterer gave it): stored stories the clusterer merged are moved
    /// into one first, then each new article joins its story's stored
    /// story or, for a story not stored yet, a new one.
    fn assignments(
        &mut self,
        new: &[(ArticleId, StoryIndex)],
    ) -> (Vec<Assignment>, Vec<StoryIndex>) {
        let mut out = Vec::new();
        let mut keys: Vec<StoryIndex> = self.stored.keys().copied().collect();
        keys.sort_unstable();
        for k in keys {
            let root = self.clusterer.representative(k);
            if root == k {
                continue;
            }
            let Some(from) = self.stored.remove(&k) else {
                continue;
            };
            match self.stored.get(&root).copied() {
                Some(into) if into != from => {
                    let moved = self.members.remove(&from).unwrap_or_default();
                    out.push(Assignment::to_story(into, moved.clone()));
                    self.members.entry(into).or_default().extend(moved);
                }
                Some(_) => {}
                None => {
                    self.stored.insert(root, from);
                }
            }
        }
        let mut groups: Vec<(StoryIndex, Vec<ArticleId>)> = Vec::new();
        for &(article, story) in new {
            let root = self.clusterer.representative(story);
            match groups.iter_mut().find(|(r, _)| *r == root) {
                Some((_, list)) => list.push(article),
                None => groups.push((root, vec![article])),
            }
        }
        let mut opened = Vec::new();
        for (root, articles) in groups {
            match self.stored.get(&root) {
                Some(&story) => {
                    self.members.entry(story).or_default().extend(&articles);
                    out.push(Assignment::to_story(story, articles));
                }
                None => {
                    opened.push(root);
                    out.push(Assignment::new_story(StoryMethod::Clustered, articles));
                }
            }
        }
        (out, opened)
    }

    /// Record the stored stories [`StoryClustering::assignments`] opened:
    /// `stories` is what the store returned for those assignments.
    fn opened(&mut self, opened: &[StoryIndex], assignments: &[Assignment], stories: &[StoryId]) {
        let new = assignments
            .iter()
            .zip(stories)
            .filter(|(a, _)| matches!(a.story, StoryTarget::New(_)));
        for (&root, (a, &story)) in opened.iter().zip(new) {
            self.stored.insert(root, story);
            self.members.insert(story, a.articles.clone());
        }
    }
}

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
/// batches, clustered into stories, each batch then added to the search
/// index when there is one (which first catches up with the store).
fn ingest_into(
    store: &mut dyn Store,
    input: &InputArgs,
    progress: &indicatif::ProgressBar,
    index: Option<&ArticleIndex>,
) -> anyhow::Result<Ingested> {
    let options = input.options();
    let mut counts = Ingested::default();
    if let Some(index) = index {
        index.catch_up(store)?;
    }
    let mut writing = index.map(ArticleIndex::writing).transpose()?;
    let mut clustering = StoryClustering::resume(store)?;
    // Articles an ingest stopped before assigning: into their stories first.
    for chunk in store.unassigned()?.chunks(BATCH) {
        let mut clustered = Vec::with_capacity(chunk.len());
        for &id in chunk {
            if let Some(article) = store.article(id)? {
                clustered.push((id, clustering.take(&article, None)));
            }
        }
        let (assignments, opened) = clustering.assignments(&clustered);
        let stories = store.assign(&assignments)?;
        clustering.opened(&opened, &assignments, &stories);
    }
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
                    if let Err(e) = add_batch(
                        store,
                        &mut batch,
                        &mut counts,
                        &mut clustering,
                        writing.as_mut(),
                    ) {
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
    add_batch(
        store,
        &mut batch,
        &mut counts,
        &mut clustering,
        writing.as_mut(),
    )?;
    if let Some(w) = writing.as_mut() {
        w.commit()?;
    }
    Ok(counts)
}

/// Add a batch, cluster every article that is in no story (new, or stored
/// by an ingest that stopped before assigning it) in the order they came,
/// and put them into their stories: one transaction to add, one to assign.
fn add_batch(
    store: &mut dyn Store,
    batch: &mut Vec<Article>,
    counts: &mut Ingested,
    clustering: &mut StoryClustering,
    index: Option<&mut Writing<'_>>,
) -> anyhow::Result<()> {
    let mut clustered = Vec::new();
    let mut seen = HashSet::new();
    let mut new = Vec::new();
    for (added, article) in store.add(batch)?.into_iter().zip(batch.iter()) {
        let id = match added {
            Added::New { article: id } => {
                counts.new += 1;
                new.push((id, article));
                id
            }
            Added::Duplicate { article, story } => {
                counts.duplicate += 1;
                if story.is_some() {
                    continue;
                }
                article
            }
        };
        if seen.insert(id) {
            clustered.push((id, clustering.take(article, None)));
        }
    }
    let (assignments, opened) = clustering.assignments(&clustered);
    let stories = store.assign(&assignments)?;
    clustering.opened(&opened, &assignments, &stories);
    if let Some(index) = index {
        index.add(&new)?;
    }
    batch.clear();
    Ok(())
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
    let done = super::analyse::analyse_stories(
        store,
        encoder,
        &crosscheck_pipeline::Settings::default(),
        &progress,
    )?;
    progress.finish_and_clear();
    writeln!(
        std::io::stdout().lock(),
        "{} stor{} analysed ({} articles, {}) in {:.1} s{}",
        done.stored,
        if done.stored == 1 { "y" } else { "ies" },
        done.articles,
        if encoder.is_some() {
            "with the sentence model"
        } else {
            "lexical evidence only"
        },
        started.elapsed().as_secs_f64(),
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
        assert_eq!(stories[0].method, StoryMethod::Clustered);
        assert_eq!(stories[0].articles.len(), 2);
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
        let mut clustering = StoryClustering::resume(&store).unwrap();
        add_batch(&mut store, &mut batch, &mut counts, &mut clustering, None).unwrap();
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
        let mut clustering = StoryClustering::resume(&store).unwrap();
        add_batch(&mut store, &mut vec![a], &mut counts, &mut clustering, None).unwrap();
        assert_eq!(counts.duplicate, 1);
        assert_eq!(store.stories().unwrap()[0].id, StoryId(1));
    }

    fn dated(text: &str, title: &str, day: u32) -> Article {
        let meta = crosscheck_model::ArticleMeta {
            title: Some(title.to_string()),
            published: Some(crosscheck_model::Published {
                date: chrono::NaiveDate::from_ymd_opt(2024, 5, day).unwrap(),
                time: None,
            }),
            ..Default::default()
        };
        Article::from_paragraphs(Default::default(), meta, [text])
    }

    #[test]
    fn a_later_ingest_joins_the_stored_story_it_continues() {
        let mut store = MemoryStore::new();
        let fire = dated(
            "A fire destroyed the Grenfell warehouse in Leeds. Firefighters fought the warehouse fire.",
            "Warehouse fire in Leeds",
            1,
        );
        let trial = dated(
            "The trial of Marcus Halloway opened at the Old Bailey. Halloway denies fraud.",
            "Halloway trial opens",
            1,
        );
        let mut counts = Ingested::default();
        let mut clustering = StoryClustering::resume(&store).unwrap();
        add_batch(
            &mut store,
            &mut vec![fire, trial],
            &mut counts,
            &mut clustering,
            None,
        )
        .unwrap();
        assert_eq!(store.stories().unwrap().len(), 2);
        // A second ingest, later: it resumes from the store.
        let more = dated(
            "Leeds firefighters said the Grenfell warehouse fire started in a storeroom.",
            "Leeds warehouse fire began in a storeroom",
            2,
        );
        let mut clustering = StoryClustering::resume(&store).unwrap();
        add_batch(
            &mut store,
            &mut vec![more],
            &mut counts,
            &mut clustering,
            None,
        )
        .unwrap();
        let stories = store.stories().unwrap();
        assert_eq!(stories.len(), 2);
        let fire_story = stories
            .iter()
            .find(|s| s.articles.len() == 2)
            .expect("the fire story has both articles");
        assert!(
            fire_story
                .articles
                .iter()
                .all(|a| a.title.as_deref().unwrap().contains("Leeds"))
        );
        // Three weeks later, the same words open a story of their own.
        let late = dated(
            "Leeds firefighters said the Grenfell warehouse fire started in a storeroom, a report found.",
            "Report on the Leeds warehouse fire",
            23,
        );
        let mut clustering = StoryClustering::resume(&store).unwrap();
        add_batch(
            &mut store,
            &mut vec![late],
            &mut counts,
            &mut clustering,
            None,
        )
        .unwrap();
        assert_eq!(store.stories().unwrap().len(), 3);
    }

    #[test]
    fn stored_stories_the_clusterer_merges_become_one_in_the_store() {
        let mut store = MemoryStore::new();
        // Opened apart (the join threshold is above what the first two
        // share), then an article like both brings them together.
        let options = ClusterOptions {
            join: 0.45,
            merge: 0.30,
            ..ClusterOptions::default()
        };
        let mut clustering = StoryClustering {
            clusterer: Clusterer::new(options),
            stored: HashMap::new(),
            members: HashMap::new(),
        };
        let mut counts = Ingested::default();
        let a = dated("Halloway fraud trial jury verdict", "a", 1);
        let b = dated("jury auditors prosecutors ledger accounts", "b", 1);
        add_batch(&mut store, &mut vec![a], &mut counts, &mut clustering, None).unwrap();
        add_batch(&mut store, &mut vec![b], &mut counts, &mut clustering, None).unwrap();
        assert_eq!(store.stories().unwrap().len(), 2);
        let both = dated(
            "Halloway fraud trial jury verdict auditors prosecutors ledger accounts",
            "both",
            1,
        );
        add_batch(
            &mut store,
            &mut vec![both],
            &mut counts,
            &mut clustering,
            None,
        )
        .unwrap();
        let stories = store.stories().unwrap();
        assert_eq!(stories.len(), 1, "{stories:?}");
        assert_eq!(stories[0].articles.len(), 3);
    }

    #[test]
    fn the_next_ingest_of_anything_assigns_articles_left_without_a_story() {
        let mut store = MemoryStore::new();
        let a = Article::from_paragraphs(Default::default(), Default::default(), ["Words."]);
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
