//! The store: articles, the stories they are assigned to, and each story's
//! analysis document, behind one trait ([`Store`]) with two implementations:
//!
//! - [`SqliteStore`]: one data directory holding an SQLite database
//!   (`crosscheck.sqlite3`, WAL mode), with versioned schema migrations;
//! - [`MemoryStore`]: the same semantics in memory, for the tests of every
//!   caller (and for runs that keep nothing).
//!
//! Every call that writes is one transaction: a batch of articles given to
//! [`Store::add`] is stored whole or (on error) not at all, and so is a batch
//! of assignments given to [`Store::assign`]. Re-adding the same content is a
//! no-op: articles are keyed by a content hash of their story text, outlet,
//! URL and title ([`content_hash`]).
//!
//! Adding an article does not put it in a story: the caller asks for that
//! with [`Store::assign`]. `crosscheck ingest` clusters the new articles
//! with the stored stories still open ([`StoryMethod::Clustered`]); stories
//! stored before clustering was built are one article each
//! ([`StoryMethod::Singleton`]).
//!
//! Rows are read strictly: a span column that is not valid JSON, offsets out
//! of range or off `char` boundaries, a missing required value are a
//! [`StoreError::Corrupt`] naming the table, the row and the column, never a
//! default.
//!
//! ```
//! use crosscheck_model::{Article, ArticleMeta, Origin};
//! use crosscheck_store::{Added, Assignment, MemoryStore, Store, StoryMethod};
//! let mut store = MemoryStore::new();
//! let a = Article::from_paragraphs(Origin::default(), ArticleMeta::default(), ["Text."]);
//! let Added::New { article } = store.add(&[a.clone()]).unwrap()[0] else { panic!() };
//! assert!(matches!(store.add(&[a]).unwrap()[0], Added::Duplicate { .. }));
//! store.assign(&[Assignment::new_story(StoryMethod::Singleton, vec![article])]).unwrap();
//! assert_eq!(store.stories().unwrap().len(), 1);
//! ```

mod check;
mod memory;
mod sqlite;

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use crosscheck_model::Article;

pub use memory::MemoryStore;
pub use sqlite::{BUSY_TIMEOUT, Checked, DB_FILE, SCHEMA_VERSION, SqliteStore};

/// A stored article's id (the store's own, not the contract's `a1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleId(pub i64);

/// A story's id in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StoryId(pub i64);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for StoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The store: what every caller (ingest, the story listing, a clustering
/// stage, a web application) needs, whatever keeps the data.
pub trait Store {
    /// Add articles in one transaction: all of them are stored, or (on error)
    /// none. Content already stored (or earlier in the same batch) is
    /// reported as a duplicate, not stored again. New articles are in no
    /// story until [`Store::assign`] puts them in one.
    fn add(&mut self, articles: &[Article]) -> Result<Vec<Added>, StoreError>;

    /// Put articles into stories, in one transaction: every assignment is
    /// made, or (on error) none. An article moves out of the story it was in;
    /// a story left without articles is removed. The analysis of every story
    /// that gains or loses an article is dropped (it no longer describes the
    /// story). Returns the story of each assignment.
    fn assign(&mut self, assignments: &[Assignment]) -> Result<Vec<StoryId>, StoreError>;

    /// A stored article, as it was added.
    fn article(&self, id: ArticleId) -> Result<Option<Article>, StoreError>;

    /// The ids of the stored articles above `after`, ascending (ids only
    /// grow: an index catches up from the highest it holds).
    fn article_ids_after(&self, after: ArticleId) -> Result<Vec<ArticleId>, StoreError>;

    /// The stored articles in no story (an ingest stopped between adding
    /// them and assigning them), ascending.
    fn unassigned(&self) -> Result<Vec<ArticleId>, StoreError>;

    /// The number of stored articles.
    fn article_count(&self) -> Result<u64, StoreError>;

    /// Every story with its articles, newest story first; a story's articles
    /// undated first, then by date, then in the order they were added.
    fn stories(&self) -> Result<Vec<StorySummary>, StoreError>;

    /// One story with its articles (in the order of [`Store::stories`]), if
    /// it exists.
    fn story(&self, id: StoryId) -> Result<Option<StorySummary>, StoreError>;

    /// The story an article is in (`None` when it is in none, or there is
    /// no such article).
    fn story_of(&self, article: ArticleId) -> Result<Option<StoryId>, StoreError>;

    /// A number that changes whenever articles are added or assigned,
    /// through this handle or (for a store other processes write) any
    /// other: a reader keeps what it read under it.
    fn version(&self) -> Result<u64, StoreError>;

    /// Store a story's analysis document (JSON, checked to parse), replacing
    /// the one it had. The analysis must be of the story's articles as they
    /// are now, in the order of [`Store::story`]: an analysis made before
    /// another process changed the story is [`StoreError::StaleAnalysis`]
    /// and not stored. A story's analysis goes when its articles change.
    fn put_analysis(&mut self, story: StoryId, analysis: &StoredAnalysis)
    -> Result<(), StoreError>;

    /// A story's analysis document, if one is stored (it is of the story's
    /// articles as they are).
    fn analysis(&self, story: StoryId) -> Result<Option<StoredAnalysis>, StoreError>;

    /// The stories that have no analysis stored (new ones, and those whose
    /// articles changed since), in id order.
    fn unanalysed(&self) -> Result<Vec<StoryId>, StoreError>;

    /// Whether a story has an analysis stored (without reading it).
    fn has_analysis(&self, story: StoryId) -> Result<bool, StoreError>;

    /// The sentence vectors of `model` stored for these sentences (those it
    /// has, by sentence text).
    fn vectors(
        &self,
        model: &str,
        sentences: &[&str],
    ) -> Result<HashMap<String, Vec<f32>>, StoreError>;

    /// Keep sentence vectors of `model` for later analyses (one
    /// transaction; a sentence stored already keeps its vector).
    fn put_vectors(
        &mut self,
        model: &str,
        vectors: &HashMap<String, Vec<f32>>,
    ) -> Result<(), StoreError>;

    /// What the per-article stages of `version` found in these articles
    /// (JSON, as [`Store::put_article_results`] kept it), for those that
    /// have it. Results of another version are not returned.
    fn article_results(
        &self,
        version: &str,
        articles: &[ArticleId],
    ) -> Result<HashMap<ArticleId, String>, StoreError>;

    /// Keep what the per-article stages of `version` found in articles
    /// (JSON), in one transaction, replacing what any version found in
    /// them before. An article that is not stored is
    /// [`StoreError::UnknownArticle`] and nothing is kept.
    fn put_article_results(
        &mut self,
        version: &str,
        results: &[(ArticleId, String)],
    ) -> Result<(), StoreError>;
}

/// What happened to one article given to [`Store::add`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// Stored, in no story yet.
    New {
        /// Its id in the store.
        article: ArticleId,
    },
    /// The same content was already stored.
    Duplicate {
        /// The id of the stored copy.
        article: ArticleId,
        /// The story the stored copy is in, if it was assigned one.
        story: Option<StoryId>,
    },
}

/// How a story was formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StoryMethod {
    /// One article, its own story (stories stored before clustering was
    /// built).
    Singleton,
    /// Formed by story clustering (`crosscheck-cluster`): articles joined
    /// the story they were most like.
    Clustered,
}

impl StoryMethod {
    /// The name stored and shown (`singleton`, `clustered`).
    pub fn as_str(self) -> &'static str {
        match self {
            StoryMethod::Singleton => "singleton",
            StoryMethod::Clustered => "clustered",
        }
    }

    /// The method of a stored name.
    pub fn parse(name: &str) -> Option<StoryMethod> {
        [StoryMethod::Singleton, StoryMethod::Clustered]
            .into_iter()
            .find(|m| m.as_str() == name)
    }
}

/// Where [`Store::assign`] puts articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryTarget {
    /// A new story, formed by this method.
    New(StoryMethod),
    /// A story that exists.
    Existing(StoryId),
}

/// Some articles put into one story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// The story.
    pub story: StoryTarget,
    /// The articles (at least one).
    pub articles: Vec<ArticleId>,
}

impl Assignment {
    /// Articles put into a new story.
    pub fn new_story(method: StoryMethod, articles: Vec<ArticleId>) -> Self {
        Assignment {
            story: StoryTarget::New(method),
            articles,
        }
    }

    /// Articles put into a story that exists.
    pub fn to_story(story: StoryId, articles: Vec<ArticleId>) -> Self {
        Assignment {
            story: StoryTarget::Existing(story),
            articles,
        }
    }
}

/// One story, summarised.
#[derive(Debug, Clone, PartialEq)]
pub struct StorySummary {
    /// Story id.
    pub id: StoryId,
    /// How the story was formed.
    pub method: StoryMethod,
    /// Its articles (see [`Store::stories`] for the order).
    pub articles: Vec<StoredArticleRef>,
}

/// A reference to a stored article.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredArticleRef {
    /// Article id in the store.
    pub id: ArticleId,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date.
    pub published: Option<chrono::NaiveDate>,
    /// Headline.
    pub title: Option<String>,
    /// Where it came from.
    pub source: String,
}

/// A story's analysis document: JSON, with the name of its schema
/// (`crosscheck.compare/1`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAnalysis {
    /// The schema the document follows.
    pub schema: String,
    /// The document.
    pub json: String,
    /// The articles it analyses, in its order (`a1` is the first): the
    /// story's articles in the order of [`Store::story`].
    pub articles: Vec<ArticleId>,
}

/// A store error names what failed: the data directory, the row, the input.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The directory could not be created or opened.
    #[error("cannot open the data directory `{dir}`: {reason}")]
    Open {
        /// The data directory.
        dir: PathBuf,
        /// Why.
        reason: String,
    },
    /// The database was written by a newer crosscheck.
    #[error(
        "the store in `{dir}` has schema version {found}; this crosscheck reads up to {SCHEMA_VERSION}"
    )]
    TooNew {
        /// The data directory.
        dir: PathBuf,
        /// The version found.
        found: i64,
    },
    /// A schema migration failed (nothing of it was applied).
    #[error("store `{dir}`: migration to schema version {version} failed: {source}")]
    Migration {
        /// The data directory.
        dir: PathBuf,
        /// The version being migrated to.
        version: i64,
        /// The SQLite error.
        source: rusqlite::Error,
    },
    /// Another process kept the store locked for longer than the store
    /// waits ([`BUSY_TIMEOUT`]).
    #[error(
        "the store in `{dir}` is busy: another process is writing to it (waited up to {waited} s); try again when it is done"
    )]
    Busy {
        /// The data directory.
        dir: PathBuf,
        /// How long this process waited, in seconds.
        waited: u64,
    },
    /// A query failed.
    #[error("store `{dir}`: {source}")]
    Sql {
        /// The data directory.
        dir: PathBuf,
        /// The SQLite error.
        source: rusqlite::Error,
    },
    /// A stored value is not what the store writes.
    #[error("store `{dir}`: corrupt row: table `{table}`, row {row}, column `{column}`: {reason}")]
    Corrupt {
        /// The data directory.
        dir: PathBuf,
        /// The table.
        table: &'static str,
        /// The row id.
        row: i64,
        /// The column.
        column: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// An article given to [`Store::add`] breaks the article invariants.
    #[error("article {index} of the batch (`{source_name}`) cannot be stored: `{field}`: {reason}")]
    InvalidArticle {
        /// Its position in the batch.
        index: usize,
        /// Where it came from.
        source_name: String,
        /// The field.
        field: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// No stored article has this id.
    #[error("no article {0} in the store")]
    UnknownArticle(ArticleId),
    /// No story has this id.
    #[error("no story {0} in the store")]
    UnknownStory(StoryId),
    /// An assignment names no article.
    #[error("assignment {0} names no article")]
    EmptyAssignment(usize),
    /// An analysis was made of articles the story no longer has (or lacks
    /// some it has now): another process changed the story meanwhile.
    #[error(
        "the analysis of story {story} is of {analysed} articles the story no longer has as they were ({now} now): analyse it again"
    )]
    StaleAnalysis {
        /// The story.
        story: StoryId,
        /// How many articles the analysis was of.
        analysed: usize,
        /// How many the story has now.
        now: usize,
    },
    /// What the per-article stages found in an article could not be
    /// compressed for keeping.
    #[error("the results of article {article} could not be compressed: {reason}")]
    Pack {
        /// The article.
        article: ArticleId,
        /// Why.
        reason: String,
    },
    /// An analysis document is not JSON.
    #[error("the analysis of story {story} (`{schema}`) is not JSON: {reason}")]
    InvalidAnalysis {
        /// The story.
        story: StoryId,
        /// The schema it claims.
        schema: String,
        /// The parser's message.
        reason: String,
    },
}

/// The key a sentence vector is stored by: the model and the sentence.
pub fn vector_key(model: &str, sentence: &str) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    h.update(model.as_bytes());
    h.update(&[0]);
    h.update(sentence.as_bytes());
    *h.finalize().as_bytes()
}

/// The content hash an article is keyed by.
pub fn content_hash(a: &Article) -> String {
    let mut h = blake3::Hasher::new();
    for part in [
        a.text.as_str(),
        a.meta.outlet.as_deref().unwrap_or(""),
        a.meta.url.as_deref().unwrap_or(""),
        a.meta.title.as_deref().unwrap_or(""),
    ] {
        h.update(part.as_bytes());
        h.update(&[0]);
    }
    h.finalize().to_hex().to_string()
}

/// Check what [`Store::add`] is given: the article invariants the reading
/// side checks too.
fn check_batch(articles: &[Article]) -> Result<(), StoreError> {
    for (index, a) in articles.iter().enumerate() {
        check::article(a).map_err(|(field, reason)| StoreError::InvalidArticle {
            index,
            source_name: a.origin.source.clone(),
            field,
            reason,
        })?;
    }
    Ok(())
}

/// Check an analysis document before it is stored.
fn check_analysis(story: StoryId, analysis: &StoredAnalysis) -> Result<(), StoreError> {
    serde_json::from_str::<serde_json::Value>(&analysis.json)
        .map(|_| ())
        .map_err(|e| StoreError::InvalidAnalysis {
            story,
            schema: analysis.schema.clone(),
            reason: e.to_string(),
        })
}
