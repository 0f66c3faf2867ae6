//! The audit: what crosscheck's report asserts, judged against hand-made
//! gold for 30 multi-outlet stories (`testdata/audit/`, 17 in `dev/`, 13 in
//! `heldout/`; definitions in the gold's README).
//!
//! Each story's articles are read from the benchmark folder as a user's JSON
//! records would be (the text byte for byte, the gold's outlet name, the
//! record's date), analysed with every stage ([`crosscheck_pipeline::analyse_with`]),
//! and each kind of finding the report asserts is counted: how many it
//! asserts and how many of those are right (precision), how many gold items
//! there are and how many it finds (recall, where the gold lists every
//! item). Gold items are short exact substrings of the article texts;
//! [`score`] says how each finding is matched.
//!
//! Library code: nothing here prints ([`text`] renders a report as a
//! string).

pub mod gold;
pub mod score;
pub mod text;

use std::collections::HashMap;
use std::fmt;
use std::ops::AddAssign;
use std::path::Path;

use crosscheck_model::Article;
use crosscheck_pipeline::SentenceEncoder;
use serde_json::{Value, json};

pub use gold::{GoldFile, Split};

/// Why the audit could not run.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// A file is missing or unreadable.
    #[error("cannot read `{path}`: {reason}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// A gold file does not parse, or an item in it is malformed.
    #[error("`{file}`, {item}: {reason}")]
    Gold {
        /// The gold file.
        file: String,
        /// The item (`quotations[3]`, `articles.B`, …).
        item: String,
        /// What is wrong.
        reason: String,
    },
    /// A story's article cannot be read from the benchmark.
    #[error("`{file}`, article `{key}` (`{id}`): {reason}")]
    Article {
        /// The gold file.
        file: String,
        /// The article's key.
        key: String,
        /// Its benchmark id.
        id: String,
        /// What is wrong.
        reason: String,
    },
}

impl From<crate::EvalError> for AuditError {
    fn from(e: crate::EvalError) -> Self {
        match e {
            crate::EvalError::Read { path, reason } => AuditError::Read { path, reason },
        }
    }
}

/// `hits` of `total`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    /// Right (for a precision) or found (for a recall).
    pub hits: usize,
    /// Asserted (for a precision) or in the gold (for a recall).
    pub total: usize,
}

impl Ratio {
    /// The ratio, `None` when there is nothing to count.
    pub fn value(self) -> Option<f64> {
        (self.total > 0).then(|| self.hits as f64 / self.total as f64)
    }

    /// Count one item, right or not.
    pub fn count(&mut self, right: bool) {
        self.total += 1;
        self.hits += usize::from(right);
    }
}

impl AddAssign for Ratio {
    fn add_assign(&mut self, o: Ratio) {
        self.hits += o.hits;
        self.total += o.total;
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.value() {
            Some(v) => write!(f, "{v:.3} ({}/{})", self.hits, self.total),
            None => write!(f, "n/a (0/0)"),
        }
    }
}

/// Precision and recall of one kind of finding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pr {
    /// Asserted findings that are right.
    pub precision: Ratio,
    /// Gold items found.
    pub recall: Ratio,
}

impl AddAssign for Pr {
    fn add_assign(&mut self, o: Pr) {
        self.precision += o.precision;
        self.recall += o.recall;
    }
}

/// Every kind of finding, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// Derivation edges (derived, source) against the gold edges.
    pub derivation: Pr,
    /// Asserted edges between a pair the gold notes as no derivation.
    pub derivation_noted: usize,
    /// Derivation edges with a METER paper's own label for the gold of its
    /// edges from Press Association copy (`MeterLabel`): an edge from a
    /// copy METER names as the paper's source is right when METER calls the
    /// paper wholly or partially derived; a paper it calls derived is found
    /// when an edge comes from one of those copies. Every other edge is
    /// judged by the audit's gold, as in `derivation`.
    pub derivation_meter_labels: Pr,
    /// Quotations: a system quotation is right when it overlaps a gold one.
    pub quotations: Pr,
    /// System quotations on a gold `not_quotations` item (wrong).
    pub quotations_noted: usize,
    /// The speaker of each gold quotation the system found (the system
    /// quotation overlapping it most), continuations included.
    pub speakers: Ratio,
    /// The same gold quotations whose system speaker at least names the
    /// gold speaker ([`score::names`]: a role or apposition around the full
    /// name allowed).
    pub speakers_named: Ratio,
    /// The same, over continuations alone.
    pub speakers_continuations: Ratio,
    /// The same over every gold quotation: one not found counts as wrong.
    pub speakers_all: Ratio,
    /// Speaker accuracy by how the system found the speaker: named in the
    /// quotation's sentence, by a pronoun, continuing, a document's words.
    pub speakers_named_basis: Ratio,
    /// See [`Scores::speakers_named_basis`].
    pub speakers_pronoun_basis: Ratio,
    /// See [`Scores::speakers_named_basis`].
    pub speakers_continuation_basis: Ratio,
    /// See [`Scores::speakers_named_basis`].
    pub speakers_document_basis: Ratio,
    /// Quotation pairs said to change materially (in either direction)
    /// that are gold pairs with a material change.
    pub material: Ratio,
    /// Gold material pairs found and said to change materially.
    pub material_recall: Ratio,
    /// Quotation pairs: a system pair is right when it is a gold pair (both
    /// sides overlap).
    pub pairs: Pr,
    /// Attributions within the annotated scope.
    pub attributions: Pr,
    /// System attributions in scope on a gold `not_attributions` item.
    pub attributions_noted: usize,
    /// Entities the report asserts: right when every mention is a form of
    /// one gold entity of the same type.
    pub entities: Pr,
    /// Entities, the possible ones (not asserted) too.
    pub all_entities: Pr,
    /// Why entities were wrong.
    pub entity_errors: EntityErrors,
    /// Dated statements of the timeline.
    pub timeline: Pr,
    /// Why dated statements were wrong.
    pub time_errors: TimeErrors,
    /// Aligned sentence pairs the report asserts.
    pub alignments: Pr,
    /// Aligned sentence pairs, the possibly related ones (not asserted)
    /// too.
    pub all_alignments: Pr,
    /// What each article adds: a sentence shown as only this article's is
    /// right when no gold alignment pairs it with another article's
    /// (recall: over the sentences no gold alignment pairs).
    pub adds: Pr,
}

/// The kinds of entity error, one per wrong entity (the first that
/// applies, in this order).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EntityErrors {
    /// A mention that is no form of any gold entity (a span error or a
    /// spurious entity).
    pub no_gold_form: usize,
    /// Mentions of two or more gold entities merged.
    pub merged: usize,
    /// One gold entity, the wrong type.
    pub wrong_type: usize,
    /// Of the merges, those joining forms the gold says to keep apart.
    pub not_merged: usize,
}

impl AddAssign for EntityErrors {
    fn add_assign(&mut self, o: EntityErrors) {
        self.no_gold_form += o.no_gold_form;
        self.merged += o.merged;
        self.wrong_type += o.wrong_type;
        self.not_merged += o.not_merged;
    }
}

/// The kinds of timeline error.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimeErrors {
    /// On a gold time expression, with another date or precision.
    pub wrong_value: usize,
    /// Of those, a coarser value the gold date lies in (`last year` read
    /// alone inside `October 9 last year`): not false, less than the gold.
    pub coarser: usize,
    /// On a gold `not_time` item.
    pub not_time: usize,
    /// On words the gold does not list as a time expression.
    pub unlisted: usize,
}

impl AddAssign for TimeErrors {
    fn add_assign(&mut self, o: TimeErrors) {
        self.wrong_value += o.wrong_value;
        self.coarser += o.coarser;
        self.not_time += o.not_time;
        self.unlisted += o.unlisted;
    }
}

impl AddAssign for Scores {
    fn add_assign(&mut self, o: Scores) {
        self.derivation += o.derivation;
        self.derivation_noted += o.derivation_noted;
        self.derivation_meter_labels += o.derivation_meter_labels;
        self.quotations += o.quotations;
        self.quotations_noted += o.quotations_noted;
        self.speakers += o.speakers;
        self.speakers_named += o.speakers_named;
        self.speakers_continuations += o.speakers_continuations;
        self.speakers_all += o.speakers_all;
        self.speakers_named_basis += o.speakers_named_basis;
        self.speakers_pronoun_basis += o.speakers_pronoun_basis;
        self.speakers_continuation_basis += o.speakers_continuation_basis;
        self.speakers_document_basis += o.speakers_document_basis;
        self.material += o.material;
        self.material_recall += o.material_recall;
        self.pairs += o.pairs;
        self.attributions += o.attributions;
        self.attributions_noted += o.attributions_noted;
        self.entities += o.entities;
        self.all_entities += o.all_entities;
        self.entity_errors += o.entity_errors;
        self.timeline += o.timeline;
        self.time_errors += o.time_errors;
        self.alignments += o.alignments;
        self.all_alignments += o.all_alignments;
        self.adds += o.adds;
    }
}

/// A kind of finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Finding {
    /// A derivation edge.
    Derivation,
    /// A quotation.
    Quotation,
    /// A quotation's speaker.
    Speaker,
    /// A quotation pair and its materiality.
    QuotePair,
    /// An attribution.
    Attribution,
    /// An entity.
    Entity,
    /// A dated statement.
    Time,
    /// An aligned sentence pair.
    Alignment,
    /// A sentence shown as what only its article adds.
    Addition,
}

impl Finding {
    /// A short name.
    pub fn as_str(self) -> &'static str {
        match self {
            Finding::Derivation => "derivation",
            Finding::Quotation => "quotation",
            Finding::Speaker => "speaker",
            Finding::QuotePair => "quote pair",
            Finding::Attribution => "attribution",
            Finding::Entity => "entity",
            Finding::Time => "time",
            Finding::Alignment => "alignment",
            Finding::Addition => "adds",
        }
    }
}

/// One finding that disagrees with the gold: asserted and wrong (`gold`
/// says what the gold has there, if anything), or in the gold and missed
/// (`system` is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The kind of finding.
    pub finding: Finding,
    /// Where (`A`, `B→A`, …).
    pub article: String,
    /// The words it is about.
    pub text: String,
    /// What the gold has, if anything.
    pub gold: Option<String>,
    /// What the system asserts, if anything.
    pub system: Option<String>,
}

/// One story scored.
#[derive(Debug, Clone)]
pub struct StoryReport {
    /// The story's name.
    pub story: String,
    /// Its split.
    pub split: Split,
    /// The event.
    pub event: String,
    /// Whether the gold judges some kinds of finding only.
    pub partial: bool,
    /// The counts.
    pub scores: Scores,
    /// Every finding that disagrees with the gold.
    pub mismatches: Vec<Mismatch>,
    /// Gold items that could not be placed in the system's sentences (a cue
    /// not found in its sentence, …): not counted either way.
    pub unplaced: Vec<String>,
}

/// The audit of every story.
#[derive(Debug, Clone)]
pub struct AuditReport {
    /// The sentence model the alignment was given, `None` for lexical
    /// evidence only.
    pub sentence_model: Option<String>,
    /// Per story, in split then name order.
    pub stories: Vec<StoryReport>,
}

impl AuditReport {
    /// The counts of one split.
    pub fn split(&self, split: Split) -> Scores {
        let mut total = Scores::default();
        for s in self.stories.iter().filter(|s| s.split == split) {
            total += s.scores;
        }
        total
    }

    /// The counts of every story.
    pub fn overall(&self) -> Scores {
        let mut total = Scores::default();
        for s in &self.stories {
            total += s.scores;
        }
        total
    }

    /// How many stories a split holds.
    pub fn stories_in(&self, split: Split) -> usize {
        self.stories.iter().filter(|s| s.split == split).count()
    }

    /// How many stories of a split (every split for `None`) are judged for
    /// some kinds of finding only.
    pub fn partial_in(&self, split: Option<Split>) -> usize {
        self.stories
            .iter()
            .filter(|s| s.partial && split.is_none_or(|x| s.split == x))
            .count()
    }
}

/// A benchmark record: its text byte for byte, its date as ISO, its title.
#[derive(Debug, Clone)]
struct Record {
    text: String,
    date: String,
    title: Option<String>,
    /// A METER paper's label and the Press Association copies it names.
    meter: Option<MeterLabel>,
}

/// What METER's annotators say of a newspaper text: whether it derives from
/// the Press Association copy it names (`wholly-derived`,
/// `partially-derived`, `non-derived`) and which copies those are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeterLabel {
    /// Wholly or partially derived.
    pub derived: bool,
    /// The ids of the Press Association copies.
    pub pa_sources: Vec<String>,
}

/// The benchmark records the gold names, by benchmark and id.
#[derive(Debug, Default)]
pub struct BenchIndex {
    basil: HashMap<String, Record>,
    meter: HashMap<String, Record>,
}

/// METER's `DD.MM.YY` as ISO (`YY` above 50 is 19YY).
pub(crate) fn meter_date(d: &str) -> Option<String> {
    let p: Vec<&str> = d.split('.').collect();
    let [day, month, year] = p.as_slice() else {
        return None;
    };
    let year: u32 = year.parse().ok()?;
    let year = if year > 50 { 1900 + year } else { 2000 + year };
    Some(format!("{year}-{month}-{day}"))
}

impl BenchIndex {
    /// Read the records of the benchmarks the stories use.
    pub fn load(bench: &Path, stories: &[GoldFile]) -> Result<BenchIndex, AuditError> {
        let mut index = BenchIndex::default();
        let uses = |b: gold::Bench| stories.iter().any(|f| f.story.bench == b);
        let record = |path: &Path, v: &Value, date: Option<String>| {
            let text = v["text"].as_str();
            let id = v["id"].as_str();
            match (id, text, date) {
                (Some(id), Some(text), Some(date)) => Ok((
                    id.to_string(),
                    Record {
                        text: text.to_string(),
                        date,
                        title: v["title"].as_str().map(str::to_string),
                        meter: v["label"].as_str().map(|label| MeterLabel {
                            derived: label != "non-derived",
                            pa_sources: v["pa_sources"]
                                .as_array()
                                .map(|a| {
                                    a.iter()
                                        .filter_map(|x| x.as_str().map(str::to_string))
                                        .collect()
                                })
                                .unwrap_or_default(),
                        }),
                    },
                )),
                _ => Err(AuditError::Read {
                    path: path.display().to_string(),
                    reason: format!(
                        "a record without `id`, `text` or a readable `date`: `{}`",
                        v["id"]
                    ),
                }),
            }
        };
        if uses(gold::Bench::Basil) {
            let path = bench.join("basil/articles.jsonl");
            for v in crate::read_jsonl(&path)? {
                let (id, r) = record(&path, &v, v["date"].as_str().map(str::to_string))?;
                index.basil.insert(id, r);
            }
        }
        if uses(gold::Bench::Meter) {
            for file in ["meter/pa_sources.jsonl", "meter/newspapers.jsonl"] {
                let path = bench.join(file);
                for v in crate::read_jsonl(&path)? {
                    let (id, r) = record(&path, &v, v["date"].as_str().and_then(meter_date))?;
                    index.meter.insert(id, r);
                }
            }
        }
        Ok(index)
    }

    fn get(&self, bench: gold::Bench, id: &str) -> Option<&Record> {
        match bench {
            gold::Bench::Basil => self.basil.get(id),
            gold::Bench::Meter => self.meter.get(id),
        }
    }

    /// The story's articles in key order, read as a user's JSON records
    /// are (`id`, `outlet` the gold's outlet name, `published` the record's
    /// date, `text` byte for byte) through the ingest JSON reader, so that
    /// outlets resolve as for a user. The record's date must be the gold's.
    pub fn articles(&self, file: &GoldFile) -> Result<Vec<Article>, AuditError> {
        let story = &file.story;
        let mut out = Vec::new();
        for (key, a) in &story.articles {
            let fail = |reason: String| AuditError::Article {
                file: file.path.display().to_string(),
                key: key.0.clone(),
                id: a.id.clone(),
                reason,
            };
            let record = self
                .get(story.bench, &a.id)
                .ok_or_else(|| fail("no such record in the benchmark".into()))?;
            if record.date != a.published {
                return Err(fail(format!(
                    "the record's date `{}` is not the gold's `{}`",
                    record.date, a.published
                )));
            }
            let json = json!({
                "id": a.id,
                "outlet": a.outlet,
                "published": record.date,
                "text": record.text,
            });
            let mut read = Vec::new();
            crosscheck_ingest::read_bytes(
                &format!("{}#{key}", story.story),
                json.to_string().as_bytes(),
                Some(crosscheck_ingest::Format::Json),
                &crosscheck_ingest::Options::default(),
                &mut |item| read.push(item),
            );
            let article = match read.pop() {
                Some(Ok(article)) if read.is_empty() => article,
                Some(Err(e)) => return Err(fail(e.to_string())),
                _ => return Err(fail("not read as one article".into())),
            };
            if article.text != record.text {
                return Err(fail("the text was not kept byte for byte".into()));
            }
            if article.meta.published.is_none() {
                return Err(fail(format!("the date `{}` was not read", record.date)));
            }
            out.push(article);
        }
        Ok(out)
    }

    /// METER's label of the record, if it is a METER paper.
    fn meter_label(&self, bench: gold::Bench, id: &str) -> Option<&MeterLabel> {
        self.get(bench, id).and_then(|r| r.meter.as_ref())
    }

    /// The record's title, if the benchmark gives one.
    fn title(&self, bench: gold::Bench, id: &str) -> Option<&str> {
        self.get(bench, id).and_then(|r| r.title.as_deref())
    }
}

/// Run the audit: every story of `gold_dir` (`dev/` and `heldout/`), its
/// articles read from `bench`, analysed with every stage (`encoder` adds
/// the sentence model to the alignment), and scored.
pub fn run(
    bench: &Path,
    gold_dir: &Path,
    encoder: Option<&dyn SentenceEncoder>,
) -> Result<AuditReport, AuditError> {
    let files = gold::load_all(gold_dir)?;
    if let Some(problem) = files.iter().flat_map(gold::check).next() {
        return Err(problem);
    }
    let index = BenchIndex::load(bench, &files)?;
    let mut stories = Vec::new();
    let mut sentence_model = None;
    for file in &files {
        let articles = index.articles(file)?;
        let analysis = crosscheck_pipeline::analyse_with(
            articles,
            encoder,
            &crosscheck_pipeline::Settings::default(),
        );
        sentence_model = analysis.sentence_model.clone();
        let (titles, labels): (Vec<Option<&str>>, Vec<Option<&MeterLabel>>) = file
            .story
            .articles
            .values()
            .map(|a| {
                (
                    index.title(file.story.bench, &a.id),
                    index.meter_label(file.story.bench, &a.id),
                )
            })
            .unzip();
        stories.push(score::story(file, &analysis, &titles, &labels)?);
    }
    Ok(AuditReport {
        sentence_model,
        stories,
    })
}
