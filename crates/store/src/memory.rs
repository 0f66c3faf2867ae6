//! [`MemoryStore`]: the store's semantics in memory, for the tests of every
//! caller and for runs that keep nothing.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crosscheck_model::{Article, Published};

use crate::{
    Added, ArticleId, Assignment, Store, StoreError, StoredAnalysis, StoredArticleRef, StoryId,
    StoryMethod, StorySummary, StoryTarget,
};

/// The store in memory: what [`crate::SqliteStore`] keeps, with the same ids
/// (the next id is one past the largest), the same order, and the same
/// errors; a call that fails changes nothing.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    articles: BTreeMap<ArticleId, Stored>,
    by_hash: HashMap<String, ArticleId>,
    stories: BTreeMap<StoryId, StoryMethod>,
    analyses: HashMap<StoryId, StoredAnalysis>,
    /// The highest story id ever given: ids of stories merged away are
    /// never given again.
    last_story: i64,
    /// Sentence vectors, by [`crate::vector_key`].
    vectors: HashMap<[u8; 32], Vec<f32>>,
    /// What the per-article stages found, by article: (version, JSON).
    article_results: HashMap<ArticleId, (String, String)>,
    /// Batches added or assigned so far.
    writes: u64,
}

/// An article as the store keeps it.
#[derive(Debug, Clone)]
struct Stored {
    article: Article,
    story: Option<StoryId>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        MemoryStore::default()
    }
}

impl Store for MemoryStore {
    fn add(&mut self, articles: &[Article]) -> Result<Vec<Added>, StoreError> {
        // Checked first: nothing below fails, so the batch goes in whole.
        crate::check_batch(articles)?;
        let mut out = Vec::with_capacity(articles.len());
        for a in articles {
            let hash = crate::content_hash(a);
            if let Some(&id) = self.by_hash.get(&hash) {
                out.push(Added::Duplicate {
                    article: id,
                    story: self.articles[&id].story,
                });
                continue;
            }
            let id = ArticleId(self.articles.keys().next_back().map_or(1, |a| a.0 + 1));
            let mut article = a.clone();
            // The store keeps the date of publication, not the time.
            article.meta.published = article
                .meta
                .published
                .map(|p| Published { time: None, ..p });
            self.articles.insert(
                id,
                Stored {
                    article,
                    story: None,
                },
            );
            self.by_hash.insert(hash, id);
            out.push(Added::New { article: id });
        }
        self.writes += 1;
        Ok(out)
    }

    fn assign(&mut self, assignments: &[Assignment]) -> Result<Vec<StoryId>, StoreError> {
        // Work on the assignments and stories alone, then apply them if every
        // assignment was valid.
        let mut stories = self.stories.clone();
        let mut last_story = self.last_story;
        let mut moved: BTreeMap<ArticleId, StoryId> = BTreeMap::new();
        let mut touched = BTreeSet::new();
        let mut out = Vec::with_capacity(assignments.len());
        for (i, assignment) in assignments.iter().enumerate() {
            if assignment.articles.is_empty() {
                return Err(StoreError::EmptyAssignment(i));
            }
            let mut before = Vec::with_capacity(assignment.articles.len());
            for article in &assignment.articles {
                let stored = self
                    .articles
                    .get(article)
                    .ok_or(StoreError::UnknownArticle(*article))?;
                before.push(moved.get(article).copied().or(stored.story));
            }
            let story = match assignment.story {
                StoryTarget::New(method) => {
                    last_story += 1;
                    let id = StoryId(last_story);
                    stories.insert(id, method);
                    id
                }
                StoryTarget::Existing(story) if stories.contains_key(&story) => story,
                StoryTarget::Existing(story) => return Err(StoreError::UnknownStory(story)),
            };
            for (&article, old) in assignment.articles.iter().zip(before) {
                if old == Some(story) {
                    continue;
                }
                moved.insert(article, story);
                touched.extend(old);
                touched.insert(story);
            }
            out.push(story);
        }
        for (article, story) in moved {
            if let Some(stored) = self.articles.get_mut(&article) {
                stored.story = Some(story);
            }
        }
        self.stories = stories;
        self.last_story = last_story;
        for story in touched {
            self.analyses.remove(&story);
            if !self.articles.values().any(|a| a.story == Some(story)) {
                self.stories.remove(&story);
            }
        }
        self.writes += 1;
        Ok(out)
    }

    fn article(&self, id: ArticleId) -> Result<Option<Article>, StoreError> {
        Ok(self.articles.get(&id).map(|s| s.article.clone()))
    }

    fn article_ids_after(&self, after: ArticleId) -> Result<Vec<ArticleId>, StoreError> {
        Ok(self
            .articles
            .range(ArticleId(after.0.saturating_add(1))..)
            .map(|(&id, _)| id)
            .collect())
    }

    fn unassigned(&self) -> Result<Vec<ArticleId>, StoreError> {
        Ok(self
            .articles
            .iter()
            .filter(|(_, s)| s.story.is_none())
            .map(|(&id, _)| id)
            .collect())
    }

    fn article_count(&self) -> Result<u64, StoreError> {
        Ok(self.articles.len() as u64)
    }

    fn stories(&self) -> Result<Vec<StorySummary>, StoreError> {
        let mut members: BTreeMap<StoryId, Vec<StoredArticleRef>> = BTreeMap::new();
        for (&id, stored) in &self.articles {
            let Some(story) = stored.story else { continue };
            let a = &stored.article;
            members.entry(story).or_default().push(StoredArticleRef {
                id,
                outlet: a.meta.outlet.clone(),
                published: a.meta.published.map(|p| p.date),
                title: a.meta.title.clone(),
                source: a.origin.source.clone(),
            });
        }
        Ok(members
            .into_iter()
            .rev()
            .map(|(id, mut articles)| {
                articles.sort_by_key(|a| (a.published, a.id));
                StorySummary {
                    id,
                    method: self.stories[&id],
                    articles,
                }
            })
            .collect())
    }

    fn story(&self, id: StoryId) -> Result<Option<StorySummary>, StoreError> {
        Ok(self.stories()?.into_iter().find(|s| s.id == id))
    }

    fn story_of(&self, article: ArticleId) -> Result<Option<StoryId>, StoreError> {
        Ok(self.articles.get(&article).and_then(|s| s.story))
    }

    fn version(&self) -> Result<u64, StoreError> {
        Ok(self.writes)
    }

    fn put_analysis(
        &mut self,
        story: StoryId,
        analysis: &StoredAnalysis,
    ) -> Result<(), StoreError> {
        crate::check_analysis(story, analysis)?;
        let Some(now) = self.story(story)? else {
            return Err(StoreError::UnknownStory(story));
        };
        let now: Vec<ArticleId> = now.articles.iter().map(|a| a.id).collect();
        if now != analysis.articles {
            return Err(StoreError::StaleAnalysis {
                story,
                analysed: analysis.articles.len(),
                now: now.len(),
            });
        }
        self.analyses.insert(story, analysis.clone());
        Ok(())
    }

    fn vectors(
        &self,
        model: &str,
        sentences: &[&str],
    ) -> Result<HashMap<String, Vec<f32>>, StoreError> {
        Ok(sentences
            .iter()
            .filter_map(|s| {
                self.vectors
                    .get(&crate::vector_key(model, s))
                    .map(|v| ((*s).to_string(), v.clone()))
            })
            .collect())
    }

    fn put_vectors(
        &mut self,
        model: &str,
        vectors: &HashMap<String, Vec<f32>>,
    ) -> Result<(), StoreError> {
        for (s, v) in vectors.iter().filter(|(_, v)| !v.is_empty()) {
            self.vectors
                .entry(crate::vector_key(model, s))
                .or_insert_with(|| v.clone());
        }
        Ok(())
    }

    fn has_analysis(&self, story: StoryId) -> Result<bool, StoreError> {
        Ok(self.analyses.contains_key(&story))
    }

    fn article_results(
        &self,
        version: &str,
        articles: &[ArticleId],
    ) -> Result<HashMap<ArticleId, String>, StoreError> {
        Ok(articles
            .iter()
            .filter_map(|a| match self.article_results.get(a) {
                Some((v, json)) if v == version => Some((*a, json.clone())),
                _ => None,
            })
            .collect())
    }

    fn put_article_results(
        &mut self,
        version: &str,
        results: &[(ArticleId, String)],
    ) -> Result<(), StoreError> {
        if let Some((a, _)) = results.iter().find(|(a, _)| !self.articles.contains_key(a)) {
            return Err(StoreError::UnknownArticle(*a));
        }
        for (a, json) in results {
            self.article_results
                .insert(*a, (version.to_string(), json.clone()));
        }
        Ok(())
    }

    fn unanalysed(&self) -> Result<Vec<StoryId>, StoreError> {
        let mut out: Vec<StoryId> = self
            .stories
            .keys()
            .filter(|s| !self.analyses.contains_key(s))
            .copied()
            .collect();
        out.sort_unstable();
        Ok(out)
    }

    fn analysis(&self, story: StoryId) -> Result<Option<StoredAnalysis>, StoreError> {
        if !self.stories.contains_key(&story) {
            return Err(StoreError::UnknownStory(story));
        }
        Ok(self.analyses.get(&story).cloned())
    }
}
