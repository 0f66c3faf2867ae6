//! Articles into the store: added in batches, clustered into stories with
//! the stored stories still open, added to the search index, and the
//! stories that changed analysed — what `crosscheck ingest` and the web
//! application's ingest both do.
//!
//! A [`Collector`] resumes story clustering from the store
//! (`StoryClustering::resume`: the stories still open, read back in order),
//! first puts into stories the articles an ingest stopped before assigning,
//! then takes articles one by one: every [`BATCH`] of them is one
//! transaction to add and one to assign (stored stories the clusterer
//! merged are moved into one in the same transaction), then indexed.
//! [`analyse_stories`] stores the analysis of every story that has none.
//!
//! Written against the [`Store`] trait; does no I/O of its own beyond the
//! store and the index it is given.

use std::collections::{HashMap, HashSet};

use crosscheck_cluster::{Clusterer, Doc, Options as ClusterOptions, StoryIndex};
use crosscheck_index::{ArticleIndex, IndexError, Writing};
use crosscheck_model::Article;
use crosscheck_store::{
    Added, ArticleId, Assignment, Store, StoreError, StoryId, StoryMethod, StorySummary,
    StoryTarget,
};
use crosscheck_text::Words;

mod analyse;

pub use analyse::{Analysed, analyse_stories};

/// Why articles could not be collected.
#[derive(Debug, thiserror::Error)]
pub enum CollectError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The search index failed.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// A stored story lists an article the store does not have.
    #[error("stored article {article} of story {story} is missing")]
    Missing {
        /// The article.
        article: ArticleId,
        /// Its story.
        story: StoryId,
    },
    /// Collecting panicked (the store, the clustering or the index, not the
    /// input): the ingest stops; what was committed before stays.
    #[error(
        "collecting the articles into the store failed (a panic): the ingest stopped; what it stored before stays"
    )]
    Panicked,
    /// An analysis could not be written as JSON.
    #[error("the analysis of story {story} could not be written: {source}")]
    Json {
        /// The story.
        story: StoryId,
        /// Why.
        source: serde_json::Error,
    },
}

/// What one ingest did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ingested {
    /// Articles stored.
    pub new: usize,
    /// Articles whose content was already stored.
    pub duplicate: usize,
    /// Inputs (or records of one) that could not be read.
    pub failed: usize,
}

/// How stories are formed, as every story listing says it.
pub const CLUSTERING_NOTE: &str = "articles join the story whose words they share most, within 3 days (stories stored before clustering was built are one article each)";

/// How many articles go into one store transaction.
pub const BATCH: usize = 256;

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
    /// The stored story of each article in `members`.
    member_of: HashMap<ArticleId, StoryId>,
    /// The article of each article the clusterer took, by its sequence
    /// number.
    ids: Vec<ArticleId>,
}

impl StoryClustering {
    /// Read back the stored stories still open: those with an article
    /// within the window of the stored articles' clock (the newest date two
    /// of them agree on, see [`crosscheck_cluster::clock`]), and the newest
    /// [`UNDATED_STORIES_RESUMED`] whose articles are all undated.
    fn resume(store: &dyn Store, options: ClusterOptions) -> Result<StoryClustering, CollectError> {
        let mut clustering = StoryClustering {
            clusterer: Clusterer::new(options.clone()),
            stored: HashMap::new(),
            members: HashMap::new(),
            member_of: HashMap::new(),
            ids: Vec::new(),
        };
        let stories = store.stories()?;
        // The newest date two stored articles agree on: one article dated
        // far ahead (a mistyped year) does not close every story.
        let mut dates: Vec<_> = stories
            .iter()
            .flat_map(|s| s.articles.iter().filter_map(|a| a.published))
            .collect();
        dates.sort_unstable();
        let newest = crosscheck_cluster::clock(dates.iter().copied(), options.window_days)
            // No two dates agree: the second latest (one wrong date far
            // ahead is not the clock), else the only one.
            .or_else(|| dates.iter().rev().nth(1).or(dates.last()).copied());
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
                let article = store.article(a.id)?.ok_or(CollectError::Missing {
                    article: a.id,
                    story: story.id,
                })?;
                let (_, at) = clustering.take(a.id, &article, Some(index));
                index = Some(at);
            }
            if let Some(at) = index {
                clustering.stored.insert(at, story.id);
                clustering.remember(story.id, story.articles.iter().map(|a| a.id));
            }
        }
        Ok(clustering)
    }

    /// Record articles as members of a stored story.
    fn remember(&mut self, story: StoryId, articles: impl IntoIterator<Item = ArticleId>) {
        let list = self.members.entry(story).or_default();
        for a in articles {
            list.push(a);
            self.member_of.insert(a, story);
        }
    }

    /// Cluster one article: `known` is `Some(story)` for an article read
    /// back into a known story (`Some(None)`: the first of its story).
    /// Returns its sequence number and the story it joined.
    fn take(
        &mut self,
        id: ArticleId,
        article: &Article,
        known: Option<Option<StoryIndex>>,
    ) -> (usize, StoryIndex) {
        let seq = self.ids.len();
        self.ids.push(id);
        let words = Words::of(&article.text);
        let title = article.meta.title.as_deref().map(|t| (t, Words::of(t)));
        let doc = Doc {
            text: &article.text,
            words: &words,
            title: title.as_ref().map(|(t, w)| (*t, w)),
            date: article.meta.published.map(|p| p.date),
        };
        let story = match known {
            Some(story) => self.clusterer.push_known(doc, story),
            None => self.clusterer.push(doc),
        };
        (seq, story)
    }

    /// The assignments of a batch's new articles (each with its sequence
    /// number): stored stories the clusterer merged are moved into one
    /// first; stored articles of a story the clusterer split go with the
    /// later part; then each of these and each new article joins its
    /// story's stored story or, for a story not stored yet, a new one.
    fn assignments(&mut self, new: &[(ArticleId, usize)]) -> (Vec<Assignment>, Vec<StoryIndex>) {
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
                    self.remember(into, moved);
                }
                Some(_) => {}
                None => {
                    self.stored.insert(root, from);
                }
            }
        }
        // Stored articles the clusterer moved into the later part of a
        // split story leave their stored story.
        let mut placed: Vec<(ArticleId, usize)> = new.to_vec();
        for split in self.clusterer.take_splits() {
            for seq in split.articles {
                let id = self.ids[seq];
                let Some(from) = self.member_of.remove(&id) else {
                    continue;
                };
                if let Some(list) = self.members.get_mut(&from) {
                    list.retain(|&a| a != id);
                }
                placed.push((id, seq));
            }
        }
        let mut groups: Vec<(StoryIndex, Vec<ArticleId>)> = Vec::new();
        for &(article, seq) in &placed {
            let Some(root) = self.clusterer.story_of(seq) else {
                continue;
            };
            match groups.iter_mut().find(|(r, _)| *r == root) {
                Some((_, list)) => list.push(article),
                None => groups.push((root, vec![article])),
            }
        }
        let mut opened = Vec::new();
        for (root, articles) in groups {
            match self.stored.get(&root) {
                Some(&story) => {
                    self.remember(story, articles.iter().copied());
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
            self.remember(story, a.articles.iter().copied());
        }
    }
}

/// Articles being added to a store: see the crate's documentation.
pub struct Collector<'s, 'i> {
    store: &'s mut dyn Store,
    clustering: StoryClustering,
    writing: Option<Writing<'i>>,
    batch: Vec<Article>,
    counts: Ingested,
}

impl<'s, 'i> Collector<'s, 'i> {
    /// Start collecting into `store` (and `index`, which first catches up
    /// with the store): clustering resumes from the stored stories still
    /// open, and articles a stopped ingest left in no story are put into
    /// stories first.
    pub fn start(
        store: &'s mut dyn Store,
        index: Option<&'i ArticleIndex>,
    ) -> Result<Collector<'s, 'i>, CollectError> {
        Collector::with_options(store, index, ClusterOptions::default())
    }

    /// [`Collector::start`] with story clustering's options.
    pub fn with_options(
        store: &'s mut dyn Store,
        index: Option<&'i ArticleIndex>,
        options: ClusterOptions,
    ) -> Result<Collector<'s, 'i>, CollectError> {
        if let Some(index) = index {
            index.catch_up(store)?;
        }
        let writing = index.map(ArticleIndex::writing).transpose()?;
        let mut clustering = StoryClustering::resume(store, options)?;
        for chunk in store.unassigned()?.chunks(BATCH) {
            let mut clustered = Vec::with_capacity(chunk.len());
            for &id in chunk {
                if let Some(article) = store.article(id)? {
                    clustered.push((id, clustering.take(id, &article, None).0));
                }
            }
            let (assignments, opened) = clustering.assignments(&clustered);
            let stories = store.assign(&assignments)?;
            clustering.opened(&opened, &assignments, &stories);
        }
        Ok(Collector {
            store,
            clustering,
            writing,
            batch: Vec::with_capacity(BATCH),
            counts: Ingested::default(),
        })
    }

    /// [`Collector::push`], a panic caught as [`CollectError::Panicked`]:
    /// called from inside an input reader, which would otherwise take the
    /// panic for the input's fault and go on.
    pub fn push_caught(&mut self, article: Article) -> Result<(), CollectError> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.push(article)))
            .unwrap_or(Err(CollectError::Panicked))
    }

    /// Take one article (prepared here: segmented, its text features
    /// computed); every [`BATCH`] articles are stored.
    pub fn push(&mut self, mut article: Article) -> Result<(), CollectError> {
        crosscheck_pipeline::prepare(&mut article);
        self.batch.push(article);
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Count an input (or a record of one) that could not be read.
    pub fn failed(&mut self) {
        self.counts.failed += 1;
    }

    /// What was done so far (articles still in the batch not counted).
    pub fn counts(&self) -> Ingested {
        self.counts
    }

    /// Store what is left and commit the index: what the whole ingest did.
    pub fn finish(mut self) -> Result<Ingested, CollectError> {
        self.flush()?;
        if let Some(w) = self.writing.as_mut() {
            w.commit()?;
        }
        Ok(self.counts)
    }

    /// Add the batch, cluster every article that is in no story (new, or
    /// stored by an ingest that stopped before assigning it) in the order
    /// they came, and put them into their stories: one transaction to add,
    /// one to assign.
    fn flush(&mut self) -> Result<(), CollectError> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let mut clustered = Vec::new();
        let mut seen = HashSet::new();
        let mut new = Vec::new();
        for (added, article) in self.store.add(&self.batch)?.into_iter().zip(&self.batch) {
            let id = match added {
                Added::New { article: id } => {
                    self.counts.new += 1;
                    new.push((id, article));
                    id
                }
                Added::Duplicate { article, story } => {
                    self.counts.duplicate += 1;
                    if story.is_some() {
                        continue;
                    }
                    article
                }
            };
            if seen.insert(id) {
                clustered.push((id, self.clustering.take(id, article, None).0));
            }
        }
        let (assignments, opened) = self.clustering.assignments(&clustered);
        let stories = self.store.assign(&assignments)?;
        self.clustering.opened(&opened, &assignments, &stories);
        if let Some(index) = self.writing.as_mut() {
            index.add(&new)?;
        }
        self.batch.clear();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crosscheck_store::MemoryStore;

    use super::*;

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

    /// One ingest of `articles` (a collector started, fed and finished).
    fn collect(store: &mut dyn Store, articles: Vec<Article>) -> Ingested {
        collect_with(store, articles, ClusterOptions::default())
    }

    fn collect_with(
        store: &mut dyn Store,
        articles: Vec<Article>,
        options: ClusterOptions,
    ) -> Ingested {
        let mut c = Collector::with_options(store, None, options).unwrap();
        for a in articles {
            c.push(a).unwrap();
        }
        c.finish().unwrap()
    }

    #[test]
    fn the_same_content_twice_in_a_batch_is_one_story() {
        let mut store = MemoryStore::new();
        let a = Article::from_paragraphs(Default::default(), Default::default(), ["Words."]);
        let counts = collect(&mut store, vec![a.clone(), a]);
        assert_eq!((counts.new, counts.duplicate), (1, 1));
        assert_eq!(store.stories().unwrap().len(), 1);
    }

    #[test]
    fn articles_left_without_a_story_get_one_when_ingested_again() {
        let mut store = MemoryStore::new();
        let mut a = Article::from_paragraphs(Default::default(), Default::default(), ["Words."]);
        crosscheck_pipeline::prepare(&mut a);
        // An ingest that stopped between adding and assigning.
        store.add(std::slice::from_ref(&a)).unwrap();
        assert!(store.stories().unwrap().is_empty());
        let counts = collect(&mut store, vec![a]);
        assert_eq!(counts.duplicate, 1);
        assert_eq!(store.stories().unwrap()[0].id, StoryId(1));
        assert!(store.unassigned().unwrap().is_empty());
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
        collect(&mut store, vec![fire, trial]);
        assert_eq!(store.stories().unwrap().len(), 2);
        // A second ingest, later: it resumes from the store.
        let more = dated(
            "Leeds firefighters said the Grenfell warehouse fire started in a storeroom.",
            "Leeds warehouse fire began in a storeroom",
            2,
        );
        collect(&mut store, vec![more]);
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
        collect(&mut store, vec![late]);
        assert_eq!(store.stories().unwrap().len(), 3);
    }

    #[test]
    fn a_stored_story_that_drifts_into_another_is_split_in_the_store() {
        const FIRE: &str = "A fire destroyed the Grenfell warehouse in Leeds on Monday. \
            Firefighters from Leeds fought the warehouse fire for hours.";
        const FIRE_AGAIN: &str = "Leeds firefighters said the Grenfell warehouse fire \
            started in a storeroom; the warehouse owner was questioned.";
        const TRIAL: &str = "The trial of Marcus Halloway opened at the Old Bailey. \
            Halloway denies fraud; the jury heard the Old Bailey prosecution case.";
        const TRIAL_AGAIN: &str = "Prosecutors told the Old Bailey jury that Halloway \
            hid the fraud from auditors; the Halloway trial continues.";
        let mut store = MemoryStore::new();
        // Articles that join one by one (a low join threshold), drifting
        // from a fire to a trial through two that speak of both.
        let options = ClusterOptions {
            join: 0.05,
            ..ClusterOptions::default()
        };
        let first = vec![
            dated(FIRE, "fire", 1),
            dated(FIRE_AGAIN, "fire again", 1),
            dated(
                "Leeds warehouse fire: Grenfell firefighters and the storeroom owner.",
                "fire owner",
                1,
            ),
            dated(&format!("{FIRE_AGAIN} {TRIAL}"), "both", 2),
            dated(&format!("{FIRE} {TRIAL_AGAIN}"), "both again", 2),
        ];
        collect_with(&mut store, first, options.clone());
        assert_eq!(store.stories().unwrap().len(), 1);
        let later = vec![
            dated(TRIAL, "trial", 2),
            dated(TRIAL_AGAIN, "trial again", 2),
            dated(
                "Halloway fraud jury at the Old Bailey heard from auditors.",
                "jury",
                2,
            ),
            dated(
                "The Old Bailey jury retired in the Halloway fraud trial.",
                "retired",
                3,
            ),
        ];
        collect_with(&mut store, later, options);
        let stories = store.stories().unwrap();
        assert_eq!(stories.len(), 2, "{stories:?}");
        let titles = |k: usize| -> Vec<&str> {
            stories[k]
                .articles
                .iter()
                .filter_map(|a| a.title.as_deref())
                .collect()
        };
        let (fire, trial) = if titles(0).contains(&"fire") {
            (titles(0), titles(1))
        } else {
            (titles(1), titles(0))
        };
        assert_eq!(fire.len(), 3, "{fire:?}");
        assert!(
            trial.contains(&"both") && trial.contains(&"retired"),
            "{trial:?}"
        );
        assert!(store.unassigned().unwrap().is_empty());
    }

    #[test]
    fn stored_stories_the_clusterer_merges_become_one_in_the_store() {
        let mut store = MemoryStore::new();
        // Opened apart (the join threshold is above what the first two
        // share), then an article like both brings them together, within
        // one ingest whose batches are stored as they fill.
        let options = ClusterOptions {
            join: 0.45,
            merge: 0.30,
            ..ClusterOptions::default()
        };
        let a = dated("Halloway fraud trial jury verdict", "a", 1);
        let b = dated("jury auditors prosecutors ledger accounts", "b", 1);
        let both = dated(
            "Halloway fraud trial jury verdict auditors prosecutors ledger accounts",
            "both",
            1,
        );
        let mut c = Collector::with_options(&mut store, None, options).unwrap();
        c.push(a).unwrap();
        c.push(b).unwrap();
        c.flush().unwrap();
        c.push(both).unwrap();
        c.finish().unwrap();
        let stories = store.stories().unwrap();
        assert_eq!(stories.len(), 1, "{stories:?}");
        assert_eq!(stories[0].articles.len(), 3);
    }
}
