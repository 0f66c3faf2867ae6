//! [`SqliteStore`]: the store in one data directory (`crosscheck.sqlite3`,
//! WAL mode), its schema versioned in `PRAGMA user_version` and migrated on
//! open.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crosscheck_model::{Article, ArticleMeta, Origin, Published};
use rusqlite::types::FromSql;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params};

use crate::{
    Added, ArticleId, Assignment, Store, StoreError, StoredAnalysis, StoredArticleRef, StoryId,
    StoryMethod, StorySummary, StoryTarget, check,
};

/// The database file inside the data directory.
pub const DB_FILE: &str = "crosscheck.sqlite3";

/// The schema version this build writes (the last migration's).
pub const SCHEMA_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].version;

/// One step of the schema.
struct Migration {
    /// The version it brings the database to.
    version: i64,
    /// What it runs.
    sql: &'static str,
}

/// Every schema step, in order. A step is never edited once released: a
/// change is a new step.
const MIGRATIONS: [Migration; 6] = [
    Migration {
        version: 1,
        sql: "CREATE TABLE stories (
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
        CREATE INDEX articles_story ON articles(story_id);",
    },
    // Adding an article no longer puts it in a story (the story becomes
    // nullable: an explicit assignment), and a story keeps its analysis.
    Migration {
        version: 2,
        sql: "CREATE TABLE articles_v2 (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            story_id INTEGER REFERENCES stories(id),
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
        INSERT INTO articles_v2 SELECT id, content_hash, story_id, source, record_id, format,
            outlet, outlet_as_written, url, title, dek, author, published, language, text,
            paragraphs, sentences, ingested_at FROM articles;
        DROP TABLE articles;
        ALTER TABLE articles_v2 RENAME TO articles;
        CREATE INDEX articles_story ON articles(story_id);
        CREATE TABLE analyses (
            story_id INTEGER PRIMARY KEY REFERENCES stories(id),
            schema TEXT NOT NULL,
            document TEXT NOT NULL,
            stored_at TEXT NOT NULL
        );",
    },
    // A story id is never given again once its story is merged away (a
    // link to it must not lead to another story): the highest id given is
    // kept, as AUTOINCREMENT would.
    Migration {
        version: 3,
        sql: "CREATE TABLE story_ids (last INTEGER NOT NULL);
        INSERT INTO story_ids SELECT COALESCE(MAX(id), 0) FROM stories;",
    },
    // The sentence model's vectors, kept so that a story analysed again
    // asks the model only about sentences it has not seen.
    Migration {
        version: 4,
        sql: "CREATE TABLE sentence_vectors (
            key BLOB PRIMARY KEY,
            vector BLOB NOT NULL
        ) WITHOUT ROWID;",
    },
    // An analysis document is kept compressed (gzip): a story's document
    // repeats its articles' text and sentences, several times the size of
    // the articles. Rows written before keep their text in `document`.
    Migration {
        version: 5,
        sql: "ALTER TABLE analyses ADD COLUMN packed BLOB;",
    },
    // What the per-article stages found in each article (gzip-compressed
    // JSON), by the version of the stages that found it: a story analysed
    // again runs them only on its new articles.
    Migration {
        version: 6,
        sql: "CREATE TABLE article_results (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            version TEXT NOT NULL,
            packed BLOB NOT NULL
        );",
    },
];

/// How long a writer waits for another process writing to the same store
/// before it gives up with [`StoreError::Busy`]. Every write is one short
/// transaction (a batch of articles, a set of assignments), so a wait this
/// long means the other process is stuck, not busy.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Text as the store keeps a large document: gzip-compressed.
fn pack(text: &str) -> std::io::Result<Vec<u8>> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, text.as_bytes())?;
    gz.finish()
}

/// An SQLite error as a store error: a lock still held by another process
/// after [`BUSY_TIMEOUT`] is [`StoreError::Busy`].
fn sql_error(dir: &Path, source: rusqlite::Error) -> StoreError {
    if is_busy(&source) {
        return StoreError::Busy {
            dir: dir.to_path_buf(),
            waited: BUSY_TIMEOUT.as_secs(),
        };
    }
    StoreError::Sql {
        dir: dir.to_path_buf(),
        source,
    }
}

/// Whether SQLite says another connection holds the lock.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// The store in a data directory.
#[derive(Debug)]
pub struct SqliteStore {
    dir: PathBuf,
    conn: Connection,
    /// Batches this handle added or assigned (SQLite's `data_version`
    /// counts the other connections' commits).
    writes: u64,
}

impl SqliteStore {
    /// Open (creating if needed) the store in `dir`, migrating its schema to
    /// [`SCHEMA_VERSION`] in one transaction: a database is at one version
    /// or the next, never between.
    pub fn open(dir: &Path) -> Result<SqliteStore, StoreError> {
        let open_err = |e: &dyn std::fmt::Display| StoreError::Open {
            dir: dir.to_path_buf(),
            reason: e.to_string(),
        };
        std::fs::create_dir_all(dir).map_err(|e| open_err(&e))?;
        let conn = Connection::open(dir.join(DB_FILE)).map_err(|e| open_err(&e))?;
        let mut store = SqliteStore {
            dir: dir.to_path_buf(),
            conn,
            writes: 0,
        };
        store.migrate()?;
        Ok(store)
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(self.sql())
    }

    /// Check the whole store: SQLite's own integrity and foreign-key
    /// checks, every article read back strictly (its spans, sentences and
    /// dates), every story holding an article, every analysis JSON. An
    /// error names the first thing wrong; otherwise the counts, with the
    /// articles in no story (an ingest stopped between adding and
    /// assigning; the next ingest assigns them).
    pub fn check(&self) -> Result<Checked, StoreError> {
        let integrity: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(self.sql())?;
        if integrity != "ok" {
            return Err(self
                .corrupt("database", 0, "integrity_check")
                .because(integrity));
        }
        let broken: Option<String> = self
            .conn
            .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
            .optional()
            .map_err(self.sql())?;
        if let Some(table) = broken {
            return Err(self
                .corrupt("database", 0, "foreign_key_check")
                .because(format!("a row of `{table}` points at nothing")));
        }
        let ids = self.article_ids_after(ArticleId(0))?;
        for &id in &ids {
            self.article(id)?;
        }
        let count = |sql: &str| -> Result<u64, StoreError> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n.unsigned_abs())
                .map_err(self.sql())
        };
        let empty = count(
            "SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)",
        )?;
        if empty > 0 {
            return Err(self
                .corrupt("stories", 0, "id")
                .because(format!("{empty} stories hold no article")));
        }
        let stories = count("SELECT count(*) FROM stories")?;
        let behind = count(
            "SELECT count(*) FROM story_ids WHERE last < (SELECT COALESCE(MAX(id), 0) FROM stories)",
        )? + count("SELECT count(*) != 1 FROM story_ids")?;
        if behind > 0 {
            return Err(self.corrupt("story_ids", 0, "last").because(
                "the highest story id given is not one row at or above every story's id",
            ));
        }
        for story in self.ids("SELECT story_id FROM analyses", [])? {
            self.analysis_now(StoryId(story))?;
        }
        Ok(Checked {
            articles: ids.len() as u64,
            stories,
            unassigned: count("SELECT count(*) FROM articles WHERE story_id IS NULL")?,
        })
    }

    /// The ids (one integer column) a query returns.
    fn ids(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(self.sql())?;
        stmt.query_map(params, |r| r.get::<_, i64>(0))
            .map_err(self.sql())?
            .collect::<Result<_, _>>()
            .map_err(self.sql())
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        |source| sql_error(&self.dir, source)
    }

    /// A write transaction (taking the write lock at once, waiting for
    /// other writers), with the data directory its errors name.
    fn immediate(&mut self) -> Result<(rusqlite::Transaction<'_>, PathBuf), StoreError> {
        let dir = self.dir.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|source| sql_error(&dir, source))?;
        Ok((tx, dir))
    }

    fn corrupt(&self, table: &'static str, row: i64, column: &'static str) -> Corrupt<'_> {
        Corrupt {
            dir: &self.dir,
            table,
            row,
            column,
        }
    }

    /// A [`pack`]ed document read back; one that is not a gzip of UTF-8
    /// text is the named row's corruption (its `packed` column).
    fn unpack(&self, bytes: &[u8], table: &'static str, row: i64) -> Result<String, StoreError> {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(bytes), &mut text)
            .map_err(|e| {
                self.corrupt(table, row, "packed")
                    .because(format!("not a gzip of UTF-8 text: {e}"))
            })?;
        Ok(text)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        // Wait for other writers first: every statement below may meet one.
        self.conn.busy_timeout(BUSY_TIMEOUT).map_err(self.sql())?;
        // Switching a fresh database to WAL takes an exclusive lock and SQLite
        // answers "busy" at once, without waiting, when another process holds
        // one: retry it within the same timeout.
        let start = std::time::Instant::now();
        loop {
            match self.conn.execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
            ) {
                Err(e) if is_busy(&e) && start.elapsed() < BUSY_TIMEOUT => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                result => break result.map_err(self.sql())?,
            }
        }
        if self.schema_version()? == SCHEMA_VERSION {
            return Ok(());
        }
        // The version is read again under the write lock: another process
        // may have migrated in between (a fresh directory opened by two).
        let dir = self.dir.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|source| sql_error(&dir, source))?;
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|source| sql_error(&dir, source))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                dir: self.dir.clone(),
                found: version,
            });
        }
        for m in MIGRATIONS.iter().filter(|m| m.version > version) {
            tx.execute_batch(m.sql)
                .and_then(|()| tx.pragma_update(None, "user_version", m.version))
                .map_err(|source| StoreError::Migration {
                    dir: dir.clone(),
                    version: m.version,
                    source,
                })?;
        }
        tx.commit().map_err(|source| sql_error(&dir, source))
    }

    /// The story an article is in, or `None` when there is no such article.
    fn story_of(tx: &Transaction<'_>, article: ArticleId) -> rusqlite::Result<Option<Option<i64>>> {
        tx.prepare_cached("SELECT story_id FROM articles WHERE id = ?1")?
            .query_row([article.0], |r| r.get::<_, Option<i64>>(0))
            .optional()
    }

    fn story_exists(tx: &Transaction<'_>, story: StoryId) -> rusqlite::Result<bool> {
        Ok(tx
            .prepare_cached("SELECT 1 FROM stories WHERE id = ?1")?
            .query_row([story.0], |_| Ok(()))
            .optional()?
            .is_some())
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The place of a value read from a row, for [`StoreError::Corrupt`].
/// What [`SqliteStore::check`] found in a sound store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    /// Articles stored.
    pub articles: u64,
    /// Stories.
    pub stories: u64,
    /// Articles in no story yet.
    pub unassigned: u64,
}

struct Corrupt<'a> {
    dir: &'a Path,
    table: &'static str,
    row: i64,
    column: &'static str,
}

impl Corrupt<'_> {
    fn because(&self, reason: impl Into<String>) -> StoreError {
        StoreError::Corrupt {
            dir: self.dir.to_path_buf(),
            table: self.table,
            row: self.row,
            column: self.column,
            reason: reason.into(),
        }
    }
}

/// Read column `column` (at `index`) of a row of `table`: a NULL where a
/// value is required, or a value of the wrong type, is corrupt.
fn get<T: FromSql>(
    store: &SqliteStore,
    r: &Row<'_>,
    index: usize,
    table: &'static str,
    row: i64,
    column: &'static str,
) -> Result<T, StoreError> {
    r.get(index).map_err(|e| {
        let reason = match e {
            rusqlite::Error::InvalidColumnType(_, _, rusqlite::types::Type::Null) => {
                "missing (NULL) where a value is required".to_string()
            }
            e => e.to_string(),
        };
        store.corrupt(table, row, column).because(reason)
    })
}

fn date(
    store: &SqliteStore,
    value: Option<String>,
    table: &'static str,
    row: i64,
) -> Result<Option<chrono::NaiveDate>, StoreError> {
    value
        .map(|p| {
            chrono::NaiveDate::parse_from_str(&p, "%Y-%m-%d").map_err(|e| {
                store
                    .corrupt(table, row, "published")
                    .because(format!("`{p}` is not a YYYY-MM-DD date: {e}"))
            })
        })
        .transpose()
}

impl Store for SqliteStore {
    fn add(&mut self, articles: &[Article]) -> Result<Vec<Added>, StoreError> {
        crate::check_batch(articles)?;
        let now = now();
        let (tx, dir) = self.immediate()?;
        let err = |source| sql_error(&dir, source);
        let mut out = Vec::with_capacity(articles.len());
        {
            let mut find = tx
                .prepare_cached("SELECT id, story_id FROM articles WHERE content_hash = ?1")
                .map_err(err)?;
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO articles (content_hash, story_id, source, record_id, format, outlet,
                        outlet_as_written, url, title, dek, author, published, language, text,
                        paragraphs, sentences, ingested_at)
                     VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                )
                .map_err(err)?;
            for a in articles {
                let hash = crate::content_hash(a);
                if let Some((id, story)) = find
                    .query_row([&hash], |r| {
                        Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
                    })
                    .optional()
                    .map_err(err)?
                {
                    out.push(Added::Duplicate {
                        article: ArticleId(id),
                        story: story.map(StoryId),
                    });
                    continue;
                }
                let m = &a.meta;
                insert
                    .execute(params![
                        hash,
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
                        check::spans_json(&a.paragraphs),
                        check::sentences_json(&a.sentences),
                        now,
                    ])
                    .map_err(err)?;
                out.push(Added::New {
                    article: ArticleId(tx.last_insert_rowid()),
                });
            }
        }
        tx.commit().map_err(err)?;
        self.writes += 1;
        Ok(out)
    }

    fn assign(&mut self, assignments: &[Assignment]) -> Result<Vec<StoryId>, StoreError> {
        let now = now();
        let (tx, dir) = self.immediate()?;
        let err = |source| sql_error(&dir, source);
        let mut out = Vec::with_capacity(assignments.len());
        // Stories that gained or lost an article.
        let mut touched = BTreeSet::new();
        for (i, assignment) in assignments.iter().enumerate() {
            if assignment.articles.is_empty() {
                return Err(StoreError::EmptyAssignment(i));
            }
            let mut before = Vec::with_capacity(assignment.articles.len());
            for &article in &assignment.articles {
                match Self::story_of(&tx, article).map_err(err)? {
                    None => return Err(StoreError::UnknownArticle(article)),
                    Some(story) => before.push(story),
                }
            }
            let story = match assignment.story {
                StoryTarget::New(method) => {
                    let id: i64 = tx
                        .prepare_cached("UPDATE story_ids SET last = last + 1 RETURNING last")
                        .and_then(|mut s| s.query_row([], |r| r.get(0)))
                        .map_err(err)?;
                    tx.prepare_cached(
                        "INSERT INTO stories (id, method, created_at) VALUES (?1, ?2, ?3)",
                    )
                    .and_then(|mut s| s.execute(params![id, method.as_str(), now]))
                    .map_err(err)?;
                    StoryId(id)
                }
                StoryTarget::Existing(story) => {
                    if !Self::story_exists(&tx, story).map_err(err)? {
                        return Err(StoreError::UnknownStory(story));
                    }
                    story
                }
            };
            let mut update = tx
                .prepare_cached("UPDATE articles SET story_id = ?1 WHERE id = ?2")
                .map_err(err)?;
            for (&article, old) in assignment.articles.iter().zip(before) {
                if old == Some(story.0) {
                    continue;
                }
                update.execute([story.0, article.0]).map_err(err)?;
                touched.extend(old);
                touched.insert(story.0);
            }
            out.push(story);
        }
        for story in touched {
            tx.execute("DELETE FROM analyses WHERE story_id = ?1", [story])
                .and_then(|_| {
                    tx.execute(
                        "DELETE FROM stories WHERE id = ?1
                         AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = ?1)",
                        [story],
                    )
                })
                .map_err(err)?;
        }
        tx.commit().map_err(err)?;
        self.writes += 1;
        Ok(out)
    }

    fn article(&self, id: ArticleId) -> Result<Option<Article>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT source, record_id, format, outlet, outlet_as_written, url, title, dek, author,
                        published, language, text, paragraphs, sentences
                 FROM articles WHERE id = ?1",
            )
            .map_err(self.sql())?;
        let mut rows = stmt.query([id.0]).map_err(self.sql())?;
        let Some(r) = rows.next().map_err(self.sql())? else {
            return Ok(None);
        };
        let row = id.0;
        let text = |index, column| get::<String>(self, r, index, "articles", row, column);
        let opt = |index, column| get::<Option<String>>(self, r, index, "articles", row, column);
        let format = text(2, "format")?;
        let format = check::format(&format)
            .map_err(|reason| self.corrupt("articles", row, "format").because(reason))?;
        let paragraphs = check::parse_spans(&text(12, "paragraphs")?)
            .map_err(|reason| self.corrupt("articles", row, "paragraphs").because(reason))?;
        let sentences = check::parse_sentences(&text(13, "sentences")?)
            .map_err(|reason| self.corrupt("articles", row, "sentences").because(reason))?;
        let article = Article {
            origin: Origin {
                source: text(0, "source")?,
                record_id: opt(1, "record_id")?,
                format,
            },
            meta: ArticleMeta {
                outlet: opt(3, "outlet")?,
                outlet_as_written: opt(4, "outlet_as_written")?,
                url: opt(5, "url")?,
                title: opt(6, "title")?,
                dek: opt(7, "dek")?,
                author: opt(8, "author")?,
                published: date(self, opt(9, "published")?, "articles", row)?
                    .map(|date| Published { date, time: None }),
                language: opt(10, "language")?,
                date_problem: None,
            },
            text: text(11, "text")?,
            paragraphs,
            sentences,
        };
        check::article(&article)
            .map_err(|(column, reason)| self.corrupt("articles", row, column).because(reason))?;
        Ok(Some(article))
    }

    fn article_ids_after(&self, after: ArticleId) -> Result<Vec<ArticleId>, StoreError> {
        let ids = self.ids(
            "SELECT id FROM articles WHERE id > ?1 ORDER BY id",
            params![after.0],
        )?;
        Ok(ids.into_iter().map(ArticleId).collect())
    }

    fn unassigned(&self) -> Result<Vec<ArticleId>, StoreError> {
        let ids = self.ids(
            "SELECT id FROM articles WHERE story_id IS NULL ORDER BY id",
            [],
        )?;
        Ok(ids.into_iter().map(ArticleId).collect())
    }

    fn article_count(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))
            .map(|n| n.unsigned_abs())
            .map_err(self.sql())
    }

    fn stories(&self) -> Result<Vec<StorySummary>, StoreError> {
        self.summaries(None)
    }

    fn story(&self, id: StoryId) -> Result<Option<StorySummary>, StoreError> {
        Ok(self.summaries(Some(id))?.pop())
    }

    fn story_of(&self, article: ArticleId) -> Result<Option<StoryId>, StoreError> {
        self.conn
            .query_row(
                "SELECT story_id FROM articles WHERE id = ?1",
                params![article.0],
                |r| r.get::<_, Option<i64>>(0),
            )
            .optional()
            .map(|s| s.flatten().map(StoryId))
            .map_err(self.sql())
    }

    fn version(&self) -> Result<u64, StoreError> {
        let others: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(self.sql())?;
        Ok((others.unsigned_abs() << 32) ^ self.writes)
    }

    fn put_analysis(
        &mut self,
        story: StoryId,
        analysis: &StoredAnalysis,
    ) -> Result<(), StoreError> {
        self.put_analysis_now(story, analysis)
    }

    fn vectors(
        &self,
        model: &str,
        sentences: &[&str],
    ) -> Result<HashMap<String, Vec<f32>>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT vector FROM sentence_vectors WHERE key = ?1")
            .map_err(self.sql())?;
        let mut out = HashMap::new();
        for (row, &s) in sentences.iter().enumerate() {
            let key = crate::vector_key(model, s);
            let bytes: Option<Vec<u8>> = stmt
                .query_row([&key[..]], |r| r.get(0))
                .optional()
                .map_err(self.sql())?;
            let Some(bytes) = bytes else {
                continue;
            };
            if bytes.is_empty() || bytes.len() % 4 != 0 {
                return Err(self
                    .corrupt("sentence_vectors", row as i64, "vector")
                    .because(format!(
                        "{} bytes, not a vector of 32-bit floats",
                        bytes.len()
                    )));
            }
            let v: Vec<f32> = bytes
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            out.insert(s.to_string(), v);
        }
        Ok(out)
    }

    fn put_vectors(
        &mut self,
        model: &str,
        vectors: &HashMap<String, Vec<f32>>,
    ) -> Result<(), StoreError> {
        if vectors.is_empty() {
            return Ok(());
        }
        let (tx, dir) = self.immediate()?;
        let err = |source| sql_error(&dir, source);
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO sentence_vectors (key, vector) VALUES (?1, ?2)",
                )
                .map_err(err)?;
            // An empty vector is no model's answer: not kept.
            for (s, v) in vectors.iter().filter(|(_, v)| !v.is_empty()) {
                let key = crate::vector_key(model, s);
                let bytes: Vec<u8> = v.iter().flat_map(|x| x.to_le_bytes()).collect();
                stmt.execute(params![&key[..], bytes]).map_err(err)?;
            }
        }
        tx.commit().map_err(err)
    }

    fn article_results(
        &self,
        version: &str,
        articles: &[ArticleId],
    ) -> Result<HashMap<ArticleId, String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT version, packed FROM article_results WHERE article_id = ?1")
            .map_err(self.sql())?;
        let mut out = HashMap::new();
        for &a in articles {
            let row: Option<(String, Vec<u8>)> = stmt
                .query_row([a.0], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()
                .map_err(self.sql())?;
            let Some((v, packed)) = row else {
                continue;
            };
            if v != version {
                continue;
            }
            out.insert(a, self.unpack(&packed, "article_results", a.0)?);
        }
        Ok(out)
    }

    fn put_article_results(
        &mut self,
        version: &str,
        results: &[(ArticleId, String)],
    ) -> Result<(), StoreError> {
        if results.is_empty() {
            return Ok(());
        }
        let packed: Vec<(ArticleId, Vec<u8>)> = results
            .iter()
            .map(|(a, json)| {
                pack(json)
                    .map(|bytes| (*a, bytes))
                    .map_err(|e| StoreError::Pack {
                        article: *a,
                        reason: e.to_string(),
                    })
            })
            .collect::<Result<_, _>>()?;
        let (tx, dir) = self.immediate()?;
        let err = |source| sql_error(&dir, source);
        {
            let mut exists = tx
                .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")
                .map_err(err)?;
            let mut put = tx
                .prepare_cached(
                    "INSERT INTO article_results (article_id, version, packed) VALUES (?1, ?2, ?3)
                     ON CONFLICT (article_id) DO UPDATE SET version = ?2, packed = ?3",
                )
                .map_err(err)?;
            for (a, bytes) in &packed {
                if !exists.exists([a.0]).map_err(err)? {
                    return Err(StoreError::UnknownArticle(*a));
                }
                put.execute(params![a.0, version, bytes]).map_err(err)?;
            }
        }
        tx.commit().map_err(err)
    }

    fn has_analysis(&self, story: StoryId) -> Result<bool, StoreError> {
        self.conn
            .prepare_cached("SELECT 1 FROM analyses WHERE story_id = ?1")
            .and_then(|mut s| s.exists([story.0]))
            .map_err(self.sql())
    }

    fn unanalysed(&self) -> Result<Vec<StoryId>, StoreError> {
        self.ids(
            "SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM analyses) ORDER BY id",
            [],
        )
        .map(|ids| ids.into_iter().map(StoryId).collect())
    }

    fn analysis(&self, story: StoryId) -> Result<Option<StoredAnalysis>, StoreError> {
        self.analysis_now(story)
    }
}

impl SqliteStore {
    /// Every story's summary, or one story's.
    fn summaries(&self, only: Option<StoryId>) -> Result<Vec<StorySummary>, StoreError> {
        let filter = if only.is_some() {
            "WHERE s.id = ?1"
        } else {
            ""
        };
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT s.id, s.method, a.id, a.outlet, a.published, a.title, a.source
                 FROM stories s JOIN articles a ON a.story_id = s.id {filter}
                 ORDER BY s.id DESC, a.published, a.id"
            ))
            .map_err(self.sql())?;
        let mut rows = match only {
            Some(id) => stmt.query(params![id.0]),
            None => stmt.query([]),
        }
        .map_err(self.sql())?;
        let mut out: Vec<StorySummary> = Vec::new();
        while let Some(r) = rows.next().map_err(self.sql())? {
            let id: i64 = r.get(0).map_err(self.sql())?;
            let article: i64 = r.get(2).map_err(self.sql())?;
            let opt =
                |index, column| get::<Option<String>>(self, r, index, "articles", article, column);
            let article = StoredArticleRef {
                id: ArticleId(article),
                outlet: opt(3, "outlet")?,
                published: date(self, opt(4, "published")?, "articles", article)?,
                title: opt(5, "title")?,
                source: get(self, r, 6, "articles", article, "source")?,
            };
            match out.last_mut() {
                Some(last) if last.id.0 == id => last.articles.push(article),
                _ => {
                    let method: String = get(self, r, 1, "stories", id, "method")?;
                    let method = StoryMethod::parse(&method).ok_or_else(|| {
                        self.corrupt("stories", id, "method")
                            .because(format!("`{method}` is not a story method"))
                    })?;
                    out.push(StorySummary {
                        id: StoryId(id),
                        method,
                        articles: vec![article],
                    })
                }
            }
        }
        Ok(out)
    }

    fn put_analysis_now(
        &mut self,
        story: StoryId,
        analysis: &StoredAnalysis,
    ) -> Result<(), StoreError> {
        crate::check_analysis(story, analysis)?;
        let (tx, dir) = self.immediate()?;
        let err = |source| sql_error(&dir, source);
        if !Self::story_exists(&tx, story).map_err(err)? {
            return Err(StoreError::UnknownStory(story));
        }
        // Of the story's articles as they are, in the order `story` lists
        // them (checked in the writing transaction: no ingest between).
        let current: Vec<ArticleId> = {
            let mut stmt = tx
                .prepare_cached(
                    "SELECT id FROM articles WHERE story_id = ?1 ORDER BY published, id",
                )
                .map_err(err)?;
            stmt.query_map([story.0], |r| r.get::<_, i64>(0).map(ArticleId))
                .and_then(|rows| rows.collect::<Result<_, _>>())
                .map_err(err)?
        };
        if current != analysis.articles {
            return Err(StoreError::StaleAnalysis {
                story,
                analysed: analysis.articles.len(),
                now: current.len(),
            });
        }
        let packed = pack(&analysis.json).map_err(|e| StoreError::InvalidAnalysis {
            story,
            schema: analysis.schema.clone(),
            reason: format!("could not be compressed: {e}"),
        })?;
        tx.execute(
            "INSERT INTO analyses (story_id, schema, document, packed, stored_at)
             VALUES (?1, ?2, '', ?3, ?4)
             ON CONFLICT (story_id) DO UPDATE SET schema = ?2, document = '', packed = ?3,
             stored_at = ?4",
            params![story.0, analysis.schema, packed, now()],
        )
        .map_err(err)?;
        tx.commit().map_err(err)
    }

    fn analysis_now(&self, story: StoryId) -> Result<Option<StoredAnalysis>, StoreError> {
        let exists = self
            .conn
            .query_row("SELECT 1 FROM stories WHERE id = ?1", [story.0], |_| Ok(()))
            .optional()
            .map_err(self.sql())?;
        if exists.is_none() {
            return Err(StoreError::UnknownStory(story));
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT schema, document, packed FROM analyses WHERE story_id = ?1")
            .map_err(self.sql())?;
        let mut rows = stmt.query([story.0]).map_err(self.sql())?;
        let Some(r) = rows.next().map_err(self.sql())? else {
            return Ok(None);
        };
        let articles = match self.summaries(Some(story))?.pop() {
            Some(s) => s.articles.iter().map(|a| a.id).collect(),
            None => Vec::new(),
        };
        let packed: Option<Vec<u8>> = get(self, r, 2, "analyses", story.0, "packed")?;
        let json = match packed {
            None => get(self, r, 1, "analyses", story.0, "document")?,
            Some(bytes) => self.unpack(&bytes, "analyses", story.0)?,
        };
        let analysis = StoredAnalysis {
            schema: get(self, r, 0, "analyses", story.0, "schema")?,
            json,
            articles,
        };
        serde_json::from_str::<serde_json::Value>(&analysis.json).map_err(|e| {
            self.corrupt("analyses", story.0, "document")
                .because(format!("not JSON: {e}"))
        })?;
        Ok(Some(analysis))
    }
}
