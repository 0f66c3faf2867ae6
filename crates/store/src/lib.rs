//! The embedded store: one data directory holding an SQLite database
//! (`crosscheck.sqlite3`, WAL mode) of articles and stories.
//!
//! Every article is written in a transaction together with its story
//! assignment, so the store never holds half an article: a crash or an error
//! leaves it as it was before that batch. Re-ingesting the same content is a
//! no-op: articles are keyed by a content hash of their story text, outlet,
//! URL and title.
//!
//! Until story clustering is built, every new article opens a story of its
//! own (method `singleton`); the stories say so.
//!
//! ```
//! use crosscheck_model::{Article, ArticleMeta, Origin};
//! use crosscheck_store::{Added, Store};
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = Store::open(dir.path()).unwrap();
//! let a = Article::from_paragraphs(Origin::default(), ArticleMeta::default(), ["Text."]);
//! assert!(matches!(store.add(&[a.clone()]).unwrap()[0], Added::New { .. }));
//! assert!(matches!(store.add(&[a]).unwrap()[0], Added::Duplicate { .. }));
//! assert_eq!(store.stories().unwrap().len(), 1);
//! ```

use std::path::{Path, PathBuf};

use crosscheck_model::{Article, ArticleMeta, Origin, Published, Sentence, Span};
use rusqlite::{Connection, OptionalExtension, params};

/// The database file inside the data directory.
pub const DB_FILE: &str = "crosscheck.sqlite3";

/// The schema version this build writes.
const SCHEMA_VERSION: i64 = 1;

/// A store error names the data directory and what failed.
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
    /// A query failed.
    #[error("store `{dir}`: {source}")]
    Sql {
        /// The data directory.
        dir: PathBuf,
        /// The SQLite error.
        source: rusqlite::Error,
    },
}

/// What happened to one article given to [`Store::add`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// Stored, in a new story.
    New {
        /// Its id in the store.
        article: i64,
        /// Its story.
        story: i64,
    },
    /// The same content was already stored.
    Duplicate {
        /// The id of the stored copy.
        article: i64,
    },
}

/// One story, summarised.
#[derive(Debug, Clone, PartialEq)]
pub struct StorySummary {
    /// Story id.
    pub id: i64,
    /// How the story was formed (`singleton` until clustering exists).
    pub method: String,
    /// The articles, earliest first: (article id, outlet, published, title).
    pub articles: Vec<StoredArticleRef>,
}

/// A reference to a stored article.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredArticleRef {
    /// Article id in the store.
    pub id: i64,
    /// Outlet.
    pub outlet: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Where it came from.
    pub source: String,
}

/// The store.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    conn: Connection,
}

impl Store {
    /// Open (creating if needed) the store in `dir`.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
            dir: dir.to_path_buf(),
            reason: e.to_string(),
        })?;
        let conn = Connection::open(dir.join(DB_FILE)).map_err(|e| StoreError::Open {
            dir: dir.to_path_buf(),
            reason: e.to_string(),
        })?;
        let mut store = Store {
            dir: dir.to_path_buf(),
            conn,
        };
        store.migrate()?;
        Ok(store)
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        |source| StoreError::Sql {
            dir: self.dir.clone(),
            source,
        }
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let err = |source| StoreError::Sql {
            dir: self.dir.clone(),
            source,
        };
        self.conn
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
            .map_err(err)?;
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(err)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                dir: self.dir.clone(),
                found: version,
            });
        }
        if version < 1 {
            let tx = self.conn.transaction().map_err(err)?;
            tx.execute_batch(
                "CREATE TABLE stories (
                    id INTEGER PRIMARY KEY,
                    method TEXT NOT NULL,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY,
                    content_hash TEXT NOT NULL UNIQUE,
                    story_id INTEGER NOT NULL REFERENCES stories(id),
                    source TEXT NOT NULL,
                    record_id TEXT,
                    format TEXT NOT NULL,
                    outlet TEXT,
                    outlet_as_written TEXT,
                    url TEXT,
                    title TEXT,
                    dek TEXT,
                    author TEXT,
                    published TEXT,
                    language TEXT,
                    text TEXT NOT NULL,
                    paragraphs TEXT NOT NULL,
                    sentences TEXT NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX articles_story ON articles(story_id);
                PRAGMA user_version = 1;",
            )
            .map_err(err)?;
            tx.commit().map_err(err)?;
        }
        Ok(())
    }

    /// Add articles in one transaction: all of them are stored, or (on error)
    /// none. Duplicates of stored content are reported, not stored again.
    pub fn add(&mut self, articles: &[Article]) -> Result<Vec<Added>, StoreError> {
        let dir = self.dir.clone();
        let err = |source| StoreError::Sql {
            dir: dir.clone(),
            source,
        };
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let tx = self.conn.transaction().map_err(err)?;
        let mut out = Vec::with_capacity(articles.len());
        {
            let mut find = tx
                .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")
                .map_err(err)?;
            let mut new_story = tx
                .prepare_cached("INSERT INTO stories (method, created_at) VALUES ('singleton', ?1)")
                .map_err(err)?;
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO articles (content_hash, story_id, source, record_id, format, outlet,
                        outlet_as_written, url, title, dek, author, published, language, text,
                        paragraphs, sentences, ingested_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                )
                .map_err(err)?;
            for a in articles {
                let hash = content_hash(a);
                if let Some(id) = find
                    .query_row([&hash], |r| r.get::<_, i64>(0))
                    .optional()
                    .map_err(err)?
                {
                    out.push(Added::Duplicate { article: id });
                    continue;
                }
                new_story.execute([&now]).map_err(err)?;
                let story = tx.last_insert_rowid();
                let m = &a.meta;
                insert
                    .execute(params![
                        hash,
                        story,
                        a.origin.source,
                        a.origin.record_id,
                        a.origin.format,
                        m.outlet,
                        m.outlet_as_written,
                        m.url,
                        m.title,
                        m.dek,
                        m.author,
                        m.published.map(|p| p.date.format("%Y-%m-%d").to_string()),
                        m.language,
                        a.text,
                        spans_json(&a.paragraphs),
                        sentences_json(&a.sentences),
                        now,
                    ])
                    .map_err(err)?;
                out.push(Added::New {
                    article: tx.last_insert_rowid(),
                    story,
                });
            }
        }
        tx.commit().map_err(err)?;
        Ok(out)
    }

    /// Every story with its articles, newest story first.
    pub fn stories(&self) -> Result<Vec<StorySummary>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT s.id, s.method, a.id, a.outlet, a.published, a.title, a.source
                 FROM stories s JOIN articles a ON a.story_id = s.id
                 ORDER BY s.id DESC, a.published, a.id",
            )
            .map_err(self.sql())?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    StoredArticleRef {
                        id: r.get(2)?,
                        outlet: r.get(3)?,
                        published: r.get(4)?,
                        title: r.get(5)?,
                        source: r.get(6)?,
                    },
                ))
            })
            .map_err(self.sql())?;
        let mut out: Vec<StorySummary> = Vec::new();
        for row in rows {
            let (id, method, article) = row.map_err(self.sql())?;
            match out.last_mut() {
                Some(last) if last.id == id => last.articles.push(article),
                _ => out.push(StorySummary {
                    id,
                    method,
                    articles: vec![article],
                }),
            }
        }
        Ok(out)
    }

    /// The number of stored articles.
    pub fn article_count(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .map_err(self.sql())
    }

    /// A stored article, rebuilt.
    pub fn article(&self, id: i64) -> Result<Option<Article>, StoreError> {
        self.conn
            .query_row(
                "SELECT source, record_id, format, outlet, outlet_as_written, url, title, dek, author,
                        published, language, text, paragraphs, sentences
                 FROM articles WHERE id = ?1",
                [id],
                |r| {
                    let published: Option<String> = r.get(9)?;
                    let format: String = r.get(2)?;
                    Ok(Article {
                        origin: Origin {
                            source: r.get(0)?,
                            record_id: r.get(1)?,
                            format: known_format(&format),
                        },
                        meta: ArticleMeta {
                            outlet: r.get(3)?,
                            outlet_as_written: r.get(4)?,
                            url: r.get(5)?,
                            title: r.get(6)?,
                            dek: r.get(7)?,
                            author: r.get(8)?,
                            published: published
                                .and_then(|p| chrono::NaiveDate::parse_from_str(&p, "%Y-%m-%d").ok())
                                .map(|date| Published { date, time: None }),
                            language: r.get(10)?,
                        },
                        text: r.get(11)?,
                        paragraphs: parse_spans(&r.get::<_, String>(12)?),
                        sentences: parse_sentences(&r.get::<_, String>(13)?),
                    })
                },
            )
            .optional()
            .map_err(self.sql())
    }
}

fn known_format(s: &str) -> &'static str {
    ["text", "html", "json", "json+html", "feed", "warc"]
        .into_iter()
        .find(|f| *f == s)
        .unwrap_or("unknown")
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

fn spans_json(spans: &[Span]) -> String {
    serde_json::to_string(&spans.iter().map(|s| [s.start, s.end]).collect::<Vec<_>>())
        .unwrap_or_default()
}

fn sentences_json(sentences: &[Sentence]) -> String {
    serde_json::to_string(
        &sentences
            .iter()
            .map(|s| [s.span.start, s.span.end, s.paragraph])
            .collect::<Vec<_>>(),
    )
    .unwrap_or_default()
}

fn parse_spans(json: &str) -> Vec<Span> {
    serde_json::from_str::<Vec<[usize; 2]>>(json)
        .unwrap_or_default()
        .into_iter()
        .map(|[s, e]| Span::new(s, e))
        .collect()
}

fn parse_sentences(json: &str) -> Vec<Sentence> {
    serde_json::from_str::<Vec<[usize; 3]>>(json)
        .unwrap_or_default()
        .into_iter()
        .map(|[s, e, p]| Sentence {
            span: Span::new(s, e),
            paragraph: p,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str, outlet: &str) -> Article {
        let mut a = Article::from_paragraphs(
            Origin {
                source: "x.txt".into(),
                record_id: None,
                format: "text",
            },
            ArticleMeta {
                outlet: Some(outlet.into()),
                ..ArticleMeta::default()
            },
            [text],
        );
        a.sentences = vec![Sentence {
            span: a.paragraphs[0],
            paragraph: 0,
        }];
        a
    }

    #[test]
    fn round_trip_and_idempotence() {
        let dir = tempfile::tempdir().unwrap();
        let a = article("Same words.", "Reuters");
        let b = article("Same words.", "AP");
        {
            let mut store = Store::open(dir.path()).unwrap();
            let added = store.add(&[a.clone(), b.clone(), a.clone()]).unwrap();
            assert!(matches!(added[0], Added::New { .. }));
            assert!(matches!(added[1], Added::New { .. }));
            assert!(matches!(added[2], Added::Duplicate { .. }));
        }
        // Reopen: the data is there, and adding again changes nothing.
        let mut store = Store::open(dir.path()).unwrap();
        assert_eq!(store.article_count().unwrap(), 2);
        assert!(
            store
                .add(std::slice::from_ref(&a))
                .unwrap()
                .iter()
                .all(|x| matches!(x, Added::Duplicate { .. }))
        );
        let stories = store.stories().unwrap();
        assert_eq!(stories.len(), 2);
        assert!(
            stories
                .iter()
                .all(|s| s.method == "singleton" && s.articles.len() == 1)
        );
        let back = store.article(stories[1].articles[0].id).unwrap().unwrap();
        assert_eq!(back.text, a.text);
        assert_eq!(back.sentences, a.sentences);
        assert_eq!(back.meta.outlet, a.meta.outlet);
    }

    #[test]
    fn newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path()).unwrap());
        let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
        drop(conn);
        let err = Store::open(dir.path()).unwrap_err();
        assert!(err.to_string().contains("schema version 99"), "{err}");
    }
}
