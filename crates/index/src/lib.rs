//! The full-text index of the store (tantivy, in the data directory's
//! `index/`): each article's headline, text, outlet, the words it quotes
//! (inside quotation marks) and its names (runs of capitalised words that
//! do not open a sentence, each run a value of its own); and the claims of
//! each story whose analysis is stored (the text of their statements and
//! their outlets), replaced when the story is analysed again.
//!
//! The store is the truth and the index follows it: articles are indexed
//! after the store has them ([`ArticleIndex::catch_up`] indexes every
//! stored article above the highest one indexed, so an ingest killed
//! between the store's commit and the index's leaves nothing unindexed for
//! long), and the whole index can be rebuilt from the store
//! ([`ArticleIndex::rebuild`]). Article ids only grow (the store never
//! deletes), which is what catching up relies on.
//!
//! A query is read leniently (a user's words, not a syntax to get right):
//! words are searched in every field, all of them required; `"…"` is a
//! phrase; `quotes:word`, `names:word`, `title:word`, `outlet:word` search
//! one field.

use std::path::Path;

use crosscheck_model::Article;
use std::collections::HashMap;

use crosscheck_store::{ArticleId, Store, StoreError, StoryId};
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, QueryParser, TermQuery};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TEXT, Value,
};
use tantivy::{Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, doc};
use tantivy::{Term, tokenizer::TokenStream};

/// The index's folder in a data directory.
pub const INDEX_DIR: &str = "index";

/// How many articles a [`Writing`] adds between two commits.
pub const COMMIT_EVERY: usize = 20_000;

/// The memory the writer may use before it writes a segment.
const WRITER_HEAP_BYTES: usize = 64 * 1024 * 1024;

/// Why the index could not be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// Tantivy failed (the index folder named).
    #[error("search index `{dir}`: {source}")]
    Tantivy {
        /// The index folder.
        dir: String,
        /// What failed.
        source: tantivy::TantivyError,
    },
    /// The folder could not be made or opened.
    #[error("search index `{dir}`: {reason}")]
    Open {
        /// The index folder.
        dir: String,
        /// Why.
        reason: String,
    },
    /// The store failed while the index read it.
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Clone, Copy)]
struct Fields {
    /// `article` or `claim`.
    kind: Field,
    /// A claim's story.
    story: Field,
    /// A claim's id in its story's analysis (`c1`).
    claim: Field,
    /// A claim's statements and outlets, as shown (stored, not searched:
    /// they are searched as `text` and `outlet`).
    shown: Field,
    id: Field,
    title: Field,
    text: Field,
    outlet: Field,
    quotes: Field,
    names: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        kind: b.add_text_field("kind", STRING | STORED),
        story: b.add_u64_field("story", INDEXED | STORED | FAST),
        claim: b.add_text_field("claim", STRING | STORED),
        shown: b.add_text_field("shown", STORED),
        id: b.add_u64_field("id", INDEXED | STORED | FAST),
        title: b.add_text_field("title", TEXT),
        text: b.add_text_field("text", TEXT),
        outlet: b.add_text_field("outlet", TEXT),
        quotes: b.add_text_field("quotes", TEXT),
        names: b.add_text_field("names", TEXT),
    };
    (b.build(), fields)
}

/// One article found.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The article.
    pub article: ArticleId,
    /// Its score (BM25).
    pub score: f32,
}

/// The index of one data directory.
pub struct ArticleIndex {
    dir: String,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// Made anew when opened (none was there, or one of another schema):
    /// the next catch-up also indexes the claims of the stored analyses.
    made_anew: std::sync::atomic::AtomicBool,
}

impl std::fmt::Debug for ArticleIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArticleIndex")
            .field("dir", &self.dir)
            .finish()
    }
}

/// The names of an article: runs of capitalised words that do not open a
/// sentence ("the Old Bailey", "said Dana Wells"), one value per run, so
/// that a phrase never matches across two names.
fn names(article: &Article) -> Vec<String> {
    let mut runs = Vec::new();
    for sentence in &article.sentences {
        let mut run = String::new();
        for w in article.slice(sentence.span).split_whitespace().skip(1) {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            if bare.chars().next().is_some_and(char::is_uppercase) {
                if !run.is_empty() {
                    run.push(' ');
                }
                run.push_str(bare);
                // A run ends at punctuation after the word ("Leeds, said",
                // "Halloway's brother"); a full stop may be an
                // abbreviation's ("U.S. Capitol").
                if !w.ends_with([',', ';', ':', '!', '?', ')', '"', '”', '’', '\''])
                    && !w.ends_with("'s")
                    && !w.ends_with("’s")
                {
                    continue;
                }
            }
            if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
    }
    runs
}

impl ArticleIndex {
    /// Open (creating if needed) the index in `data`'s [`INDEX_DIR`].
    pub fn open(data: &Path) -> Result<ArticleIndex, IndexError> {
        let path = data.join(INDEX_DIR);
        let dir = path.display().to_string();
        std::fs::create_dir_all(&path).map_err(|e| IndexError::Open {
            dir: dir.clone(),
            reason: e.to_string(),
        })?;
        let err = |source| IndexError::Tantivy {
            dir: dir.clone(),
            source,
        };
        let (schema, fields) = schema();
        let directory =
            tantivy::directory::MmapDirectory::open(&path).map_err(|e| IndexError::Open {
                dir: dir.clone(),
                reason: e.to_string(),
            })?;
        // The index is made from the store: one written by another version
        // (another schema) is made again, empty, and catches up.
        let existed = Index::exists(&directory).map_err(|e| IndexError::Open {
            dir: dir.clone(),
            reason: e.to_string(),
        })?;
        let mut made_anew = !existed;
        let index = match Index::open_or_create(directory, schema.clone()) {
            Err(tantivy::TantivyError::SchemaError(_)) => {
                let fail = |e: std::io::Error| IndexError::Open {
                    dir: dir.clone(),
                    reason: e.to_string(),
                };
                std::fs::remove_dir_all(&path).map_err(fail)?;
                std::fs::create_dir_all(&path).map_err(fail)?;
                let directory = tantivy::directory::MmapDirectory::open(&path).map_err(|e| {
                    IndexError::Open {
                        dir: dir.clone(),
                        reason: e.to_string(),
                    }
                })?;
                made_anew = true;
                Index::create(directory, schema, tantivy::IndexSettings::default()).map_err(err)?
            }
            other => other.map_err(err)?,
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(err)?;
        Ok(ArticleIndex {
            dir,
            index,
            reader,
            fields,
            made_anew: std::sync::atomic::AtomicBool::new(made_anew),
        })
    }

    fn err(&self) -> impl Fn(tantivy::TantivyError) -> IndexError + '_ {
        |source| IndexError::Tantivy {
            dir: self.dir.clone(),
            source,
        }
    }

    fn writer(&self) -> Result<IndexWriter, IndexError> {
        self.index.writer(WRITER_HEAP_BYTES).map_err(self.err())
    }

    fn document(&self, id: ArticleId, a: &Article) -> TantivyDocument {
        let f = self.fields;
        let quoted: Vec<&str> = crosscheck_quotes::quotation_spans(a)
            .into_iter()
            .map(|s| a.slice(s))
            .collect();
        let mut document = doc!(
            f.kind => "article",
            f.id => id.0.unsigned_abs(),
            f.title => a.meta.title.clone().unwrap_or_default(),
            f.text => a.text.clone(),
            f.outlet => a.meta.outlet.clone().unwrap_or_default(),
            f.quotes => quoted.join(" . "),
        );
        for run in names(a) {
            document.add_text(f.names, run);
        }
        document
    }

    /// Start writing: articles added through the [`Writing`] are searchable
    /// once it commits (every [`COMMIT_EVERY`] articles, and when
    /// [`Writing::commit`] is called). Only one process writes at a time.
    pub fn writing(&self) -> Result<Writing<'_>, IndexError> {
        Ok(Writing {
            index: self,
            writer: self.writer()?,
            pending: 0,
        })
    }

    /// Index articles (the store has them) and commit them.
    pub fn add(&self, articles: &[(ArticleId, &Article)]) -> Result<(), IndexError> {
        if articles.is_empty() {
            return Ok(());
        }
        let mut w = self.writing()?;
        w.add(articles)?;
        w.commit()
    }

    /// The highest article id indexed.
    pub fn last_indexed(&self) -> Result<Option<ArticleId>, IndexError> {
        self.reader.reload().map_err(self.err())?;
        let searcher = self.reader.searcher();
        let top = searcher
            .search(
                &self.of_kind("article"),
                &TopDocs::with_limit(1).order_by_u64_field("id", Order::Desc),
            )
            .map_err(self.err())?;
        Ok(top
            .first()
            .map(|(id, _)| ArticleId(i64::try_from(*id).unwrap_or(i64::MAX))))
    }

    /// How many articles are indexed.
    pub fn len(&self) -> Result<u64, IndexError> {
        self.reader.reload().map_err(self.err())?;
        let n = self
            .reader
            .searcher()
            .search(&self.of_kind("article"), &tantivy::collector::Count)
            .map_err(self.err())?;
        Ok(n as u64)
    }

    /// The documents of one kind (`article`, `claim`).
    fn of_kind(&self, kind: &str) -> TermQuery {
        TermQuery::new(
            Term::from_field_text(self.fields.kind, kind),
            IndexRecordOption::Basic,
        )
    }

    /// Whether no article is indexed.
    pub fn is_empty(&self) -> Result<bool, IndexError> {
        Ok(self.len()? == 0)
    }

    /// Index every stored article above the highest one indexed; returns
    /// how many.
    pub fn catch_up(&self, store: &dyn Store) -> Result<usize, IndexError> {
        let after = self.last_indexed()?.unwrap_or(ArticleId(0));
        let n = self.index_from(store, after)?;
        // An index made anew has none of the stored analyses' claims.
        if self
            .made_anew
            .swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            self.index_claims_from(store)?;
        }
        Ok(n)
    }

    /// Index the claims of every story whose analysis is stored.
    fn index_claims_from(&self, store: &dyn Store) -> Result<(), IndexError> {
        let mut w = self.writing()?;
        for story in store.stories()? {
            if let Some(a) = store.analysis(story.id)? {
                w.put_claims(&[(story.id, a.json.as_str())])?;
            }
        }
        w.commit()
    }

    fn index_from(&self, store: &dyn Store, after: ArticleId) -> Result<usize, IndexError> {
        let ids = store.article_ids_after(after)?;
        if ids.is_empty() {
            return Ok(0);
        }
        let mut w = self.writing()?;
        for chunk in ids.chunks(1_000) {
            let mut articles = Vec::with_capacity(chunk.len());
            for &id in chunk {
                if let Some(a) = store.article(id)? {
                    articles.push((id, a));
                }
            }
            let refs: Vec<(ArticleId, &Article)> = articles.iter().map(|(k, a)| (*k, a)).collect();
            w.add(&refs)?;
        }
        w.commit()?;
        Ok(ids.len())
    }

    /// Drop the index and index every stored article again; returns how
    /// many.
    pub fn rebuild(&self, store: &dyn Store) -> Result<usize, IndexError> {
        let mut writer = self.writer()?;
        writer.delete_all_documents().map_err(self.err())?;
        writer.commit().map_err(self.err())?;
        drop(writer);
        let n = self.index_from(store, ArticleId(0))?;
        self.index_claims_from(store)?;
        Ok(n)
    }

    fn parse(&self, query: &str) -> Box<dyn tantivy::query::Query> {
        let f = self.fields;
        let mut parser = QueryParser::for_index(
            &self.index,
            vec![f.title, f.text, f.outlet, f.quotes, f.names],
        );
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, 2.0);
        parser.set_field_boost(f.names, 1.5);
        parser.parse_query_lenient(query).0
    }

    /// Where `query` matches in a text: the best passage (at most
    /// `chars` characters) and the byte ranges of the matching words in it.
    pub fn snippet(
        &self,
        query: &str,
        text: &str,
        chars: usize,
    ) -> Result<(String, Vec<std::ops::Range<usize>>), IndexError> {
        let searcher = self.reader.searcher();
        let query = self.parse(query);
        let mut generator =
            tantivy::snippet::SnippetGenerator::create(&searcher, &*query, self.fields.text)
                .map_err(self.err())?;
        generator.set_max_num_chars(chars);
        let snippet = generator.snippet(text);
        Ok((
            snippet.fragment().to_string(),
            snippet.highlighted().to_vec(),
        ))
    }

    /// The documents of one kind that match `query` best, at most `limit`,
    /// with their scores.
    fn top(
        &self,
        kind: &str,
        query: &str,
        limit: usize,
    ) -> Result<Vec<(f32, TantivyDocument)>, IndexError> {
        self.reader.reload().map_err(self.err())?;
        let searcher = self.reader.searcher();
        let query = self.within(kind, self.parse(query));
        let top = searcher
            .search(&query, &TopDocs::with_limit(limit.max(1)))
            .map_err(self.err())?;
        top.into_iter()
            .map(|(score, address)| Ok((score, searcher.doc(address).map_err(self.err())?)))
            .collect()
    }

    /// The articles that match `query` best, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>, IndexError> {
        let f = self.fields;
        let top = self.top("article", query, limit)?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, doc) in top {
            if let Some(id) = doc.get_first(f.id).and_then(|v| v.as_u64()) {
                hits.push(Hit {
                    article: ArticleId(i64::try_from(id).unwrap_or(i64::MAX)),
                    score,
                });
            }
        }
        Ok(hits)
    }
}

/// One claim found.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimHit {
    /// Its story.
    pub story: StoryId,
    /// Its id in the story's analysis (`c1`).
    pub claim: String,
    /// The text of its statements (each distinct one once).
    pub text: String,
    /// The outlets that carry it.
    pub outlets: String,
    /// Its score (BM25).
    pub score: f32,
}

/// A story's claims as its analysis document gives them: id, the text of
/// the statements, the outlets.
fn claims_of(json: &str) -> Vec<(String, String, String)> {
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new();
    };
    let mut sentences: HashMap<&str, &str> = HashMap::new();
    for a in doc["articles"].as_array().into_iter().flatten() {
        for s in a["sentences"].as_array().into_iter().flatten() {
            if let (Some(id), Some(text)) = (s["id"].as_str(), s["text"].as_str()) {
                sentences.insert(id, text);
            }
        }
    }
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect()
    };
    doc["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| {
            let id = c["id"].as_str()?.to_string();
            let mut texts: Vec<&str> = Vec::new();
            for s in strings(&c["statements"]) {
                if let Some(&t) = sentences.get(s.as_str())
                    && !texts.contains(&t)
                {
                    texts.push(t);
                }
            }
            Some((id, texts.join(" … "), strings(&c["outlets"]).join(", ")))
        })
        .collect()
}

impl ArticleIndex {
    /// `query` over the documents of one kind.
    fn within(&self, kind: &str, query: Box<dyn Query>) -> BooleanQuery {
        BooleanQuery::new(vec![
            (Occur::Must, query),
            (Occur::Must, Box::new(self.of_kind(kind))),
        ])
    }

    /// Index the claims of stories from their analysis documents (JSON, as
    /// stored), replacing the claims indexed for those stories before, and
    /// commit (see [`Writing::put_claims`] to index many).
    pub fn put_claims(&self, analyses: &[(StoryId, &str)]) -> Result<usize, IndexError> {
        if analyses.is_empty() {
            return Ok(0);
        }
        let mut w = self.writing()?;
        let n = w.put_claims(analyses)?;
        w.commit()?;
        Ok(n)
    }

    /// The claims that match `query` best, at most `limit`.
    pub fn search_claims(&self, query: &str, limit: usize) -> Result<Vec<ClaimHit>, IndexError> {
        let f = self.fields;
        let top = self.top("claim", query, limit)?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, doc) in top {
            let text = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string()
            };
            let shown = text(f.shown);
            let (outlets, said) = shown.split_once('\n').unwrap_or(("", &shown));
            if let Some(story) = doc.get_first(f.story).and_then(|v| v.as_u64()) {
                hits.push(ClaimHit {
                    story: StoryId(i64::try_from(story).unwrap_or(i64::MAX)),
                    claim: text(f.claim),
                    text: said.to_string(),
                    outlets: outlets.to_string(),
                    score,
                });
            }
        }
        Ok(hits)
    }

    /// Every article that names `name` (its words, in order, among the
    /// article's names), in id order; empty when `name` has no word.
    pub fn naming(&self, name: &str) -> Result<Vec<ArticleId>, IndexError> {
        self.reader.reload().map_err(self.err())?;
        let f = self.fields;
        let mut analyzer = self
            .index
            .tokenizer_for_field(f.names)
            .map_err(self.err())?;
        let mut terms = Vec::new();
        let mut stream = analyzer.token_stream(name);
        while stream.advance() {
            terms.push(Term::from_field_text(f.names, &stream.token().text));
        }
        drop(stream);
        let query: Box<dyn Query> = match terms.len() {
            0 => return Ok(Vec::new()),
            1 => Box::new(TermQuery::new(terms.remove(0), IndexRecordOption::Basic)),
            _ => Box::new(PhraseQuery::new(terms)),
        };
        let searcher = self.reader.searcher();
        let found = searcher
            .search(&query, &DocSetCollector)
            .map_err(self.err())?;
        let mut ids = Vec::with_capacity(found.len());
        // The id column of each segment, opened once.
        let mut columns = HashMap::new();
        for address in found {
            let column = match columns.entry(address.segment_ord) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(
                    searcher
                        .segment_reader(address.segment_ord)
                        .fast_fields()
                        .u64("id")
                        .map_err(self.err())?,
                ),
            };
            if let Some(id) = column.first(address.doc_id) {
                ids.push(ArticleId(i64::try_from(id).unwrap_or(i64::MAX)));
            }
        }
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }
}

/// Articles being indexed by one writer (see [`ArticleIndex::writing`]).
pub struct Writing<'a> {
    index: &'a ArticleIndex,
    writer: IndexWriter,
    pending: usize,
}

impl Writing<'_> {
    /// Add articles; every [`COMMIT_EVERY`] they are committed.
    pub fn add(&mut self, articles: &[(ArticleId, &Article)]) -> Result<(), IndexError> {
        for (id, a) in articles {
            self.writer
                .add_document(self.index.document(*id, a))
                .map_err(self.index.err())?;
        }
        self.pending += articles.len();
        if self.pending >= COMMIT_EVERY {
            self.commit()?;
        }
        Ok(())
    }

    /// Index the claims of stories from their analysis documents (JSON, as
    /// stored), replacing the claims indexed for those stories before;
    /// committed with the articles (every [`COMMIT_EVERY`] documents, and
    /// by [`Writing::commit`]). Returns how many claims were indexed.
    pub fn put_claims(&mut self, analyses: &[(StoryId, &str)]) -> Result<usize, IndexError> {
        let f = self.index.fields;
        let mut n = 0;
        for &(story, json) in analyses {
            self.writer
                .delete_term(Term::from_field_u64(f.story, story.0.unsigned_abs()));
            for (id, text, outlets) in claims_of(json) {
                self.writer
                    .add_document(doc!(
                        f.kind => "claim",
                        f.story => story.0.unsigned_abs(),
                        f.claim => id,
                        f.shown => format!("{outlets}\n{text}"),
                        f.text => text,
                        f.outlet => outlets,
                    ))
                    .map_err(self.index.err())?;
                n += 1;
            }
        }
        self.pending += n + analyses.len();
        if self.pending >= COMMIT_EVERY {
            self.commit()?;
        }
        Ok(n)
    }

    /// Make what was added searchable.
    pub fn commit(&mut self) -> Result<(), IndexError> {
        self.writer.commit().map_err(self.index.err())?;
        self.index.reader.reload().map_err(self.index.err())?;
        self.pending = 0;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_of_another_schema_is_made_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(INDEX_DIR);
        std::fs::create_dir_all(&path).unwrap();
        let mut b = Schema::builder();
        let old = b.add_text_field("old", TEXT);
        let directory = tantivy::directory::MmapDirectory::open(&path).unwrap();
        let index = Index::create(directory, b.build(), tantivy::IndexSettings::default()).unwrap();
        let mut w: IndexWriter = index.writer(WRITER_HEAP_BYTES).unwrap();
        w.add_document(doc!(old => "words")).unwrap();
        w.commit().unwrap();
        drop(w);
        drop(index);
        let opened = ArticleIndex::open(dir.path()).unwrap();
        assert_eq!(opened.len().unwrap(), 0);
        assert!(opened.search("words", 5).unwrap().is_empty());
    }
}
