//! What only the SQLite store has: a data directory that outlives the
//! process, schema versions and migrations, and rows that may be damaged.

use std::path::Path;

use crosscheck_model::{Article, ArticleMeta, Origin};
use crosscheck_store::{
    Added, ArticleId, Assignment, DB_FILE, SCHEMA_VERSION, SqliteStore, Store, StoreError, StoryId,
    StoryMethod,
};
use rusqlite::Connection;

fn article(text: &str) -> Article {
    let mut a = Article::from_paragraphs(
        Origin {
            source: "x.txt".into(),
            record_id: None,
            format: "text",
        },
        ArticleMeta::default(),
        [text],
    );
    a.sentences = vec![crosscheck_model::Sentence {
        span: a.paragraphs[0],
        paragraph: 0,
    }];
    a
}

/// A store with one article in one story.
fn one_article(dir: &Path) -> ArticleId {
    let mut store = SqliteStore::open(dir).unwrap();
    let Added::New { article } = store.add(&[article("Some words.")]).unwrap()[0] else {
        panic!("not new")
    };
    store
        .assign(&[Assignment::new_story(StoryMethod::Singleton, vec![article])])
        .unwrap();
    article
}

fn sql(dir: &Path, sql: &str) {
    Connection::open(dir.join(DB_FILE))
        .unwrap()
        .execute_batch(sql)
        .unwrap();
}

#[test]
fn the_data_outlives_the_process() {
    let dir = tempfile::tempdir().unwrap();
    let id = one_article(dir.path());
    let mut store = SqliteStore::open(dir.path()).unwrap();
    assert_eq!(store.article_count().unwrap(), 1);
    assert_eq!(
        store.add(&[article("Some words.")]).unwrap(),
        vec![Added::Duplicate {
            article: id,
            story: Some(StoryId(1))
        }]
    );
    assert_eq!(store.stories().unwrap().len(), 1);
}

#[test]
fn a_store_written_by_schema_version_1_opens_and_migrates() {
    // `crosscheck ingest examples` as schema version 1 wrote it: each article
    // in a story of its own.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/v1")
            .join(DB_FILE),
        dir.path().join(DB_FILE),
    )
    .unwrap();
    let mut store = SqliteStore::open(dir.path()).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let stories = store.stories().unwrap();
    assert_eq!(stories.len(), 2);
    assert_eq!(stories[0].id, StoryId(2));
    assert_eq!(
        stories[1].articles[0].outlet.as_deref(),
        Some("The New York Times")
    );
    assert!(stories.iter().all(|s| s.method == StoryMethod::Singleton));
    let a = store.article(ArticleId(1)).unwrap().unwrap();
    assert_eq!(a.origin.format, "text");
    assert_eq!(a.meta.published.unwrap().date.to_string(), "2023-04-13");
    assert!(!a.sentences.is_empty());
    for s in &a.sentences {
        assert!(!a.slice(s.span).is_empty());
    }
    // Its content is known: ingesting it again adds nothing.
    let again = store.add(&[a]).unwrap();
    assert_eq!(
        again,
        vec![Added::Duplicate {
            article: ArticleId(1),
            story: Some(StoryId(1))
        }]
    );
    // Version 2 works on it: analyses, and adding without a story.
    let doc = crosscheck_store::StoredAnalysis {
        schema: "crosscheck.compare/1".into(),
        json: "{}".into(),
        articles: vec![ArticleId(1)],
    };
    store.put_analysis(StoryId(1), &doc).unwrap();
    assert_eq!(store.analysis(StoryId(1)).unwrap(), Some(doc));
    let added = store.add(&[article("New words.")]).unwrap();
    let Added::New { article: new } = added[0] else {
        panic!("{added:?}")
    };
    // Version 3: story ids go on from the highest the store had.
    let next = store
        .assign(&[crosscheck_store::Assignment::new_story(
            crosscheck_store::StoryMethod::Clustered,
            vec![new],
        )])
        .unwrap();
    assert_eq!(next, [StoryId(3)]);
    store.check().unwrap();
    drop(store);
    // Reopening does not migrate again.
    assert_eq!(
        SqliteStore::open(dir.path())
            .unwrap()
            .schema_version()
            .unwrap(),
        SCHEMA_VERSION
    );
}

#[test]
fn a_failing_migration_leaves_the_store_as_it_was() {
    // A version-1 store where migration 2 cannot copy the articles (a
    // table `articles_v2` is in the way).
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/v1")
            .join(DB_FILE),
        dir.path().join(DB_FILE),
    )
    .unwrap();
    sql(dir.path(), "CREATE TABLE articles_v2 (x)");
    let err = SqliteStore::open(dir.path()).unwrap_err();
    assert!(
        matches!(err, StoreError::Migration { version: 2, .. }),
        "{err}"
    );
    let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1);
    let analyses: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'analyses'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(analyses, 0);
    let articles: i64 = conn
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(articles, 2);
}

#[test]
fn a_fresh_directory_is_created_at_the_current_version() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("a/b");
    let store = SqliteStore::open(&data).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.dir(), data);
}

#[test]
fn newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(SqliteStore::open(dir.path()).unwrap());
    sql(dir.path(), "PRAGMA user_version = 99");
    let err = SqliteStore::open(dir.path()).unwrap_err();
    assert!(err.to_string().contains("schema version 99"), "{err}");
}

/// Damage one column of the stored article and read it back.
fn corrupt(update: &str) -> StoreError {
    let dir = tempfile::tempdir().unwrap();
    let id = one_article(dir.path());
    sql(dir.path(), update);
    let store = SqliteStore::open(dir.path()).unwrap();
    store
        .article(id)
        .err()
        .or_else(|| store.stories().err())
        .unwrap_or_else(|| panic!("`{update}` was read without an error"))
}

#[test]
fn corrupt_rows_are_errors_naming_table_row_and_column() {
    for (update, column, reason) in [
        (
            "UPDATE articles SET paragraphs = '[[0,4'",
            "paragraphs",
            "EOF",
        ),
        (
            "UPDATE articles SET paragraphs = '[[4,0]]'",
            "paragraphs",
            "after its end",
        ),
        (
            "UPDATE articles SET sentences = '[[0,4000,0]]'",
            "sentences",
            "outside the text",
        ),
        (
            "UPDATE articles SET sentences = '[[0,4,3]]'",
            "sentences",
            "paragraph 3 of 1",
        ),
        (
            "UPDATE articles SET text = 'Some wordsé'",
            "paragraphs",
            "inside a character",
        ),
        (
            "UPDATE articles SET sentences = '{}'",
            "sentences",
            "expected a sequence",
        ),
        (
            "UPDATE articles SET published = 'yesterday'",
            "published",
            "not a YYYY-MM-DD date",
        ),
        (
            "UPDATE articles SET format = 'pdf'",
            "format",
            "not a reader's name",
        ),
        (
            "UPDATE stories SET method = 'guess'",
            "method",
            "not a story method",
        ),
    ] {
        let err = corrupt(update);
        let message = err.to_string();
        let table = if column == "method" {
            "stories"
        } else {
            "articles"
        };
        assert!(
            matches!(&err, StoreError::Corrupt { table: t, row: 1, column: c, .. } if *t == table && *c == column),
            "{update}: {message}"
        );
        assert!(message.contains(reason), "{update}: {message}");
        assert!(
            message.contains(&format!("table `{table}`, row 1, column `{column}`")),
            "{message}"
        );
    }
}

#[test]
fn a_missing_required_value_is_corrupt_not_a_default() {
    // The schema forbids NULL in `text`; a damaged database (written by
    // other tools, NOT NULL dropped) may still hold one.
    let dir = tempfile::tempdir().unwrap();
    let id = one_article(dir.path());
    sql(
        dir.path(),
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_master SET sql = replace(sql, 'text TEXT NOT NULL', 'text TEXT')
           WHERE name = 'articles';
         PRAGMA writable_schema = OFF;",
    );
    sql(dir.path(), "UPDATE articles SET text = NULL");
    let err = SqliteStore::open(dir.path())
        .unwrap()
        .article(id)
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Corrupt {
                column: "text",
                row: 1,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("missing (NULL)"), "{err}");
}

#[test]
fn a_corrupt_analysis_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    one_article(dir.path());
    let mut store = SqliteStore::open(dir.path()).unwrap();
    let doc = crosscheck_store::StoredAnalysis {
        schema: "crosscheck.compare/1".into(),
        json: "{}".into(),
        articles: vec![ArticleId(1)],
    };
    store.put_analysis(StoryId(1), &doc).unwrap();
    // Kept compressed; a row of an older version keeps its text.
    assert_eq!(store.analysis(StoryId(1)).unwrap(), Some(doc.clone()));
    sql(dir.path(), "UPDATE analyses SET packed = x'1f8b0800'");
    let err = store.analysis(StoryId(1)).unwrap_err();
    assert!(
        err.to_string()
            .contains("table `analyses`, row 1, column `packed`"),
        "{err}"
    );
    sql(
        dir.path(),
        "UPDATE analyses SET packed = NULL, document = '{\"a\": 2}'",
    );
    assert_eq!(
        store.analysis(StoryId(1)).unwrap().unwrap().json,
        "{\"a\": 2}"
    );
    sql(dir.path(), "UPDATE analyses SET document = '{'");
    let err = store.analysis(StoryId(1)).unwrap_err();
    assert!(
        err.to_string()
            .contains("table `analyses`, row 1, column `document`"),
        "{err}"
    );
}

/// Writers on one fresh data directory at once (each with its own
/// connection, as separate processes have): every open migrates or waits,
/// every batch goes in whole, every article is stored once.
#[test]
fn concurrent_writers_on_a_fresh_directory_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let writers = 4;
    let batches = 10;
    std::thread::scope(|scope| {
        for w in 0..writers {
            let path = dir.path();
            scope.spawn(move || {
                let mut store = SqliteStore::open(path).unwrap();
                for b in 0..batches {
                    // Half shared by every writer, half its own.
                    let batch = [
                        article(&format!("Shared article {b}.")),
                        article(&format!("Article {b} of writer {w}.")),
                    ];
                    let added = store.add(&batch).unwrap();
                    let fresh: Vec<_> = added
                        .iter()
                        .filter_map(|a| match a {
                            Added::New { article } => Some(*article),
                            _ => None,
                        })
                        .map(|a| Assignment::new_story(StoryMethod::Singleton, vec![a]))
                        .collect();
                    store.assign(&fresh).unwrap();
                }
            });
        }
    });
    let store = SqliteStore::open(dir.path()).unwrap();
    assert_eq!(
        store.article_count().unwrap(),
        (batches + writers * batches) as u64
    );
    let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn a_readers_version_moves_when_another_process_writes() {
    let dir = tempfile::tempdir().unwrap();
    let reader = SqliteStore::open(dir.path()).unwrap();
    let before = reader.version().unwrap();
    one_article(dir.path());
    assert_ne!(reader.version().unwrap(), before);
    assert_eq!(reader.stories().unwrap().len(), 1);
}

#[test]
fn the_check_counts_a_sound_store_and_names_a_damaged_row() {
    let dir = tempfile::tempdir().unwrap();
    one_article(dir.path());
    let mut store = SqliteStore::open(dir.path()).unwrap();
    let Added::New { article: loose } = store.add(&[article("Not assigned.")]).unwrap()[0] else {
        panic!("not new")
    };
    let c = store.check().unwrap();
    assert_eq!((c.articles, c.stories, c.unassigned), (2, 1, 1));
    drop(store);
    sql(
        dir.path(),
        &format!(
            "UPDATE articles SET sentences = 'not json' WHERE id = {}",
            loose.0
        ),
    );
    let err = SqliteStore::open(dir.path()).unwrap().check().unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Corrupt {
                table: "articles",
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn corrupt_article_results_are_an_error_naming_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let id = one_article(dir.path());
    let mut store = SqliteStore::open(dir.path()).unwrap();
    store
        .put_article_results("v1", &[(id, "{}".to_string())])
        .unwrap();
    assert_eq!(store.article_results("v1", &[id]).unwrap()[&id], "{}");
    sql(
        dir.path(),
        "UPDATE article_results SET packed = x'1f8b0800'",
    );
    let err = store.article_results("v1", &[id]).unwrap_err();
    assert!(
        err.to_string()
            .contains("table `article_results`, row 1, column `packed`"),
        "{err}"
    );
}
