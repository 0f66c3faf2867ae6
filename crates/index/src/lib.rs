//! The full-text index of the store (tantivy, in the data directory's
//! `index/`): each article's headline, text, outlet, the words it quotes
//! (inside quotation marks) and its names (runs of capitalised words that
//! do not open a sentence, each run a value of its own); and, of each story
//! whose analysis is stored, its claims (the text of their statements and
//! their outlets), its quotations (the words quoted, the speaker, the
//! outlet) and its entities (their names and every form the story writes),
//! replaced when the story is analysed again.
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

mod analysis;

use std::path::Path;

use crosscheck_model::Article;
use std::collections::HashMap;

use analysis::{AnalysisDoc, Shown};

use crosscheck_store::{ArticleId, Store, StoreError, StoryId};
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{PhraseQuery, Query, QueryParser, TermQuery};
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
    /// A stored analysis could not be read (the story named).
    #[error(
        "the stored analysis of story {story} could not be read for the search index: {reason}"
    )]
    Analysis {
        /// The story.
        story: i64,
        /// Why.
        reason: String,
    },
}

#[derive(Debug, Clone, Copy)]
struct Fields {
    /// `article`, `claim`, `quote` or `entity`.
    kind: Field,
    /// The story of a claim, quotation or entity.
    story: Field,
    /// Its id in its story's analysis (`c1`, `q1`, `e1`).
    item: Field,
    /// What a hit of an analysis shows, as JSON (stored, not searched: its
    /// words are searched in the other fields).
    shown: Field,
    id: Field,
    title: Field,
    text: Field,
    outlet: Field,
    quotes: Field,
    names: Field,
    /// A claim's statements (claims only: each kind of an analysis has
    /// fields of its own, so that a search of one kind reads only its
    /// postings).
    claim_text: Field,
    /// The outlets that carry a claim.
    claim_outlets: Field,
    /// The words of a quotation.
    quote_text: Field,
    /// Its speaker.
    quote_speaker: Field,
    /// The outlet of its article.
    quote_outlet: Field,
    /// An entity's name and every form of it, each a value.
    entity_names: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        kind: b.add_text_field("kind", STRING | STORED),
        story: b.add_u64_field("story", INDEXED | STORED | FAST),
        item: b.add_text_field("item", STRING | STORED),
        shown: b.add_text_field("shown", STORED),
        id: b.add_u64_field("id", INDEXED | STORED | FAST),
        title: b.add_text_field("title", TEXT),
        text: b.add_text_field("text", TEXT),
        outlet: b.add_text_field("outlet", TEXT),
        quotes: b.add_text_field("quotes", TEXT),
        names: b.add_text_field("names", TEXT),
        claim_text: b.add_text_field("claim_text", TEXT),
        claim_outlets: b.add_text_field("claim_outlets", TEXT),
        quote_text: b.add_text_field("quote_text", TEXT),
        quote_speaker: b.add_text_field("quote_speaker", TEXT),
        quote_outlet: b.add_text_field("quote_outlet", TEXT),
        entity_names: b.add_text_field("entity_names", TEXT),
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
    /// the next catch-up also indexes the stored analyses.
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
        // An index made anew has none of the stored analyses.
        if self
            .made_anew
            .swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            self.index_analyses_from(store)?;
        }
        Ok(n)
    }

    /// Index the claims, quotations and entities of every story whose
    /// analysis is stored.
    fn index_analyses_from(&self, store: &dyn Store) -> Result<(), IndexError> {
        let mut w = self.writing()?;
        for story in store.stories()? {
            if let Some(a) = store.analysis(story.id)? {
                w.put_analyses(&[(story.id, a.json.as_str())])?;
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
        self.index_analyses_from(store)?;
        Ok(n)
    }

    fn parse(&self, query: &str) -> Box<dyn tantivy::query::Query> {
        self.parse_kind("article", query)
    }

    /// `query` over the fields of one kind of document, the field names a
    /// user may write (`quotes:`, `names:`, `outlet:`, `title:`) read as
    /// that kind's.
    fn parse_kind(&self, kind: &str, query: &str) -> Box<dyn tantivy::query::Query> {
        let f = self.fields;
        // The fields searched, their boosts, and the field names a user
        // writes read as these.
        type Searched = (
            Vec<Field>,
            Vec<(Field, f32)>,
            &'static [(&'static str, &'static str)],
        );
        let (fields, boosts, renames): Searched = match kind {
            "claim" => (
                vec![f.claim_text, f.claim_outlets],
                vec![],
                &[("outlet", "claim_outlets"), ("text", "claim_text")],
            ),
            "quote" => (
                vec![f.quote_text, f.quote_speaker, f.quote_outlet],
                vec![(f.quote_speaker, 1.5)],
                &[
                    ("quotes", "quote_text"),
                    ("text", "quote_text"),
                    ("names", "quote_speaker"),
                    ("outlet", "quote_outlet"),
                ],
            ),
            "entity" => (vec![f.entity_names], vec![], &[("names", "entity_names")]),
            _ => (
                vec![f.title, f.text, f.outlet, f.quotes, f.names],
                vec![(f.title, 2.0), (f.names, 1.5)],
                &[],
            ),
        };
        let mut parser = QueryParser::for_index(&self.index, fields);
        parser.set_conjunction_by_default();
        for (field, boost) in boosts {
            parser.set_field_boost(field, boost);
        }
        parser.parse_query_lenient(&renamed(query, renames)).0
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
        // The fields of each kind are its own: no filter by kind is needed.
        let query = self.parse_kind(kind, query);
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
    /// Its first statement's sentence (`a1.s4`), where the story's page
    /// shows it.
    pub sentence: Option<String>,
    /// Its score (BM25).
    pub score: f32,
}

/// One quotation found.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteHit {
    /// Its story.
    pub story: StoryId,
    /// Its id in the story's analysis (`q1`).
    pub quote: String,
    /// The words quoted.
    pub text: String,
    /// Who said it, if the article says.
    pub speaker: Option<String>,
    /// The outlet of its article.
    pub outlet: Option<String>,
    /// The sentence where it starts (`a2.s3`).
    pub sentence: String,
    /// Its score (BM25).
    pub score: f32,
}

/// One entity found.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityHit {
    /// Its story.
    pub story: StoryId,
    /// Its id in the story's analysis (`e1`).
    pub entity: String,
    /// Its canonical name.
    pub name: String,
    /// Its type (`PERSON`, `ORG`, `GPE`, `LOC`, `MISC`).
    pub kind: String,
    /// Every way the story writes it.
    pub aliases: Vec<String>,
    /// How many of the story's articles name it.
    pub articles: usize,
    /// The sentence of its first mention (`a1.s1`).
    pub sentence: Option<String>,
    /// Whether the report shows it as possible only: the tagger all but
    /// read it otherwise.
    pub possible: bool,
    /// Its score (BM25).
    pub score: f32,
}

impl ArticleIndex {
    /// Index the claims, quotations and entities of stories from their
    /// analysis documents (JSON, as stored), replacing what was indexed for
    /// those stories before, and commit (see [`Writing::put_analyses`] to
    /// index many).
    pub fn put_analyses(&self, analyses: &[(StoryId, &str)]) -> Result<usize, IndexError> {
        if analyses.is_empty() {
            return Ok(0);
        }
        let mut w = self.writing()?;
        let n = w.put_analyses(analyses)?;
        w.commit()?;
        Ok(n)
    }

    /// The documents of analyses of one kind that match `query` best, at
    /// most `limit`: their story, id, what they show and score.
    fn analysed(
        &self,
        kind: &str,
        query: &str,
        limit: usize,
    ) -> Result<Vec<(StoryId, String, Shown, f32)>, IndexError> {
        let f = self.fields;
        let mut out = Vec::new();
        for (score, doc) in self.top(kind, query, limit)? {
            let (Some(story), Some(item), Some(shown)) = (
                doc.get_first(f.story).and_then(|v| v.as_u64()),
                doc.get_first(f.item).and_then(|v| v.as_str()),
                doc.get_first(f.shown).and_then(|v| v.as_str()),
            ) else {
                continue;
            };
            let story = StoryId(i64::try_from(story).unwrap_or(i64::MAX));
            let shown: Shown = serde_json::from_str(shown).map_err(|e| IndexError::Analysis {
                story: story.0,
                reason: format!(
                    "its indexed {kind} {item}: {e}; run `crosscheck search --rebuild`"
                ),
            })?;
            out.push((story, item.to_string(), shown, score));
        }
        Ok(out)
    }

    /// The claims that match `query` best, at most `limit`.
    pub fn search_claims(&self, query: &str, limit: usize) -> Result<Vec<ClaimHit>, IndexError> {
        Ok(self
            .analysed("claim", query, limit)?
            .into_iter()
            .filter_map(|(story, claim, shown, score)| match shown {
                Shown::Claim {
                    text,
                    outlets,
                    sentence,
                } => Some(ClaimHit {
                    story,
                    claim,
                    text,
                    outlets,
                    sentence,
                    score,
                }),
                _ => None,
            })
            .collect())
    }

    /// The quotations that match `query` best (their words, speaker or
    /// outlet), at most `limit`.
    pub fn search_quotes(&self, query: &str, limit: usize) -> Result<Vec<QuoteHit>, IndexError> {
        Ok(self
            .analysed("quote", query, limit)?
            .into_iter()
            .filter_map(|(story, quote, shown, score)| match shown {
                Shown::Quote {
                    text,
                    speaker,
                    outlet,
                    sentence,
                } => Some(QuoteHit {
                    story,
                    quote,
                    text,
                    speaker,
                    outlet,
                    sentence,
                    score,
                }),
                _ => None,
            })
            .collect())
    }

    /// The entities whose names match `query` best, at most `limit`.
    pub fn search_entities(&self, query: &str, limit: usize) -> Result<Vec<EntityHit>, IndexError> {
        Ok(self
            .analysed("entity", query, limit)?
            .into_iter()
            .filter_map(|(story, entity, shown, score)| match shown {
                Shown::Entity {
                    name,
                    kind,
                    aliases,
                    articles,
                    sentence,
                    possible,
                } => Some(EntityHit {
                    story,
                    entity,
                    name,
                    kind,
                    aliases,
                    articles,
                    sentence,
                    possible,
                    score,
                }),
                _ => None,
            })
            .collect())
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

/// `query` with the field names a user writes (`quotes:`) replaced by a
/// kind's own (`quote_text:`), where they begin a word.
fn renamed(query: &str, renames: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(query.len());
    let mut rest = query;
    'scan: while !rest.is_empty() {
        let at_word = out
            .chars()
            .last()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '+' | '-'));
        if at_word {
            for (from, to) in renames {
                if let Some(after) = rest.strip_prefix(from).and_then(|r| r.strip_prefix(':')) {
                    out.push_str(to);
                    out.push(':');
                    rest = after;
                    continue 'scan;
                }
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
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

    /// Index the claims, quotations and entities of stories from their
    /// analysis documents (JSON, as stored), replacing what was indexed for
    /// those stories before; committed with the articles (every
    /// [`COMMIT_EVERY`] documents, and by [`Writing::commit`]). Returns how
    /// many documents were indexed. A document that cannot be read is an
    /// error naming its story, and nothing of it is indexed.
    pub fn put_analyses(&mut self, analyses: &[(StoryId, &str)]) -> Result<usize, IndexError> {
        let f = self.index.fields;
        let mut n = 0;
        for &(story, json) in analyses {
            let doc: AnalysisDoc =
                serde_json::from_str(json).map_err(|e| IndexError::Analysis {
                    story: story.0,
                    reason: e.to_string(),
                })?;
            self.writer
                .delete_term(Term::from_field_u64(f.story, story.0.unsigned_abs()));
            for item in doc.items() {
                let shown =
                    serde_json::to_string(&item.shown).map_err(|e| IndexError::Analysis {
                        story: story.0,
                        reason: e.to_string(),
                    })?;
                let mut document = doc!(
                    f.kind => item.kind,
                    f.story => story.0.unsigned_abs(),
                    f.item => item.id,
                    f.shown => shown,
                );
                let (text, outlets, names) = match item.kind {
                    "claim" => (f.claim_text, f.claim_outlets, f.claim_text),
                    "quote" => (f.quote_text, f.quote_outlet, f.quote_speaker),
                    _ => (f.entity_names, f.entity_names, f.entity_names),
                };
                for (field, value) in [
                    (text, item.text),
                    (text, item.quoted),
                    (outlets, item.outlets),
                ] {
                    if !value.is_empty() {
                        document.add_text(field, value);
                    }
                }
                for name in item.names {
                    document.add_text(names, name);
                }
                self.writer
                    .add_document(document)
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
    fn field_names_are_renamed_where_they_begin_a_word() {
        let r = [("quotes", "quote_text"), ("outlet", "quote_outlet")];
        assert_eq!(renamed("quotes:torch", &r), "quote_text:torch");
        assert_eq!(
            renamed("fire (outlet:AP OR -quotes:x)", &r),
            "fire (quote_outlet:AP OR -quote_text:x)"
        );
        assert_eq!(renamed("misquotes:x outlets", &r), "misquotes:x outlets");
        assert_eq!(renamed("“naïve” quotes", &r), "“naïve” quotes");
    }

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
