//! The audit gold: one JSON file per story (`testdata/audit/README.md` gives
//! the format), read into typed structs that refuse unknown keys, and checked
//! for well-formedness without the benchmark texts.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::AuditError;

/// Which half of the audit set a story belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Split {
    /// What the stages may be tuned on (`dev/`).
    Dev,
    /// Scored and reported, never looked at while tuning (`heldout/`).
    Heldout,
}

impl Split {
    /// Both, in report order.
    pub const ALL: [Split; 2] = [Split::Dev, Split::Heldout];

    /// The folder name under the gold directory.
    pub fn dir(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Heldout => "heldout",
        }
    }
}

impl fmt::Display for Split {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.dir())
    }
}

/// An article's key in a story (`A`, `B`, …).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct ArticleKey(pub String);

impl fmt::Display for ArticleKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The benchmark a story's articles come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bench {
    /// BASIL (`basil/articles.jsonl`, by `id`).
    Basil,
    /// METER (`meter/pa_sources.jsonl` and `meter/newspapers.jsonl`, by `id`).
    Meter,
}

/// One hand-judged story.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// The story's name (the file's stem).
    pub story: String,
    /// Where its articles are.
    pub bench: Bench,
    /// A few words naming the event.
    pub event: String,
    /// The articles by key, in key order.
    pub articles: BTreeMap<ArticleKey, ArticleRef>,
    /// Every true derivation edge.
    pub derivation: Vec<Edge>,
    /// Pairs that look like a derivation but are not.
    pub not_derivation: Vec<NotEdge>,
    /// Every quotation of every article.
    pub quotations: Vec<Quotation>,
    /// Quoted words that are not quotations.
    pub not_quotations: Vec<Noted>,
    /// Every pair of renderings of one quotation in two articles.
    pub quote_pairs: Vec<QuotePair>,
    /// The attributions inside each article's scope.
    pub attributions: Attributions,
    /// Every named entity of the story.
    pub entities: Vec<GoldEntity>,
    /// Forms that must not be merged.
    pub not_merged: Vec<NotMerged>,
    /// Every time expression, resolved.
    pub timeline: Vec<TimeItem>,
    /// Words a tool might take for a time expression.
    pub not_time: Vec<Noted>,
    /// Every pair of sentences that report the same statement.
    pub alignments: Vec<GoldAlignment>,
    /// The kinds of finding this story was judged for; absent, every kind.
    /// A story judged for some kinds only leaves the others out of every
    /// count (an empty list there is not a judgement that there is none).
    #[serde(default)]
    pub annotated: Option<Vec<Judged>>,
}

/// A kind of finding a story's gold judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Judged {
    /// `derivation` and `not_derivation`.
    Derivation,
    /// `quotations` and `not_quotations`.
    Quotations,
    /// `quote_pairs` (and with them material changes).
    QuotePairs,
    /// `attributions`.
    Attributions,
    /// `entities` and `not_merged`.
    Entities,
    /// `timeline` and `not_time`.
    Timeline,
    /// `alignments`.
    Alignments,
}

impl Story {
    /// Whether the gold judges `kind`.
    pub fn judges(&self, kind: Judged) -> bool {
        self.annotated.as_ref().is_none_or(|k| k.contains(&kind))
    }
}

/// An article of the story: its benchmark record and what a user would say
/// of it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRef {
    /// The benchmark record's `id`.
    pub id: String,
    /// The outlet's name.
    pub outlet: String,
    /// The publication date (`YYYY-MM-DD`).
    pub published: String,
}

/// Whole or partial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Extent {
    /// The whole derived text relays the source.
    Whole,
    /// Part of it does.
    Partial,
}

/// `derived` derives from `source`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edge {
    /// The copy.
    pub derived: ArticleKey,
    /// The original.
    pub source: ArticleKey,
    /// How much of it.
    pub extent: Extent,
    /// The annotator's reason.
    pub why: String,
}

/// Two articles that are not a derivation, in either direction.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotEdge {
    /// One article.
    pub a: ArticleKey,
    /// The other.
    pub b: ArticleKey,
    /// Why not.
    pub why: String,
}

/// One quotation and whose words they are.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quotation {
    /// The article.
    pub article: ArticleKey,
    /// A unique substring from inside the marks.
    pub text: String,
    /// The speaker, as fully as the article names them; `None` where the
    /// article does not say.
    pub speaker: Option<String>,
    /// The speaker is only given by an earlier sentence.
    pub continuation: bool,
}

/// Words in an article that are not what a tool might take them for.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Noted {
    /// The article.
    pub article: ArticleKey,
    /// The words (every occurrence counts).
    pub text: String,
    /// Why not.
    pub why: String,
}

/// A quotation's words in one article.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteSide {
    /// The article.
    pub article: ArticleKey,
    /// A unique substring from inside the marks.
    pub text: String,
}

/// How a quotation changed between two articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// The same words.
    Identical,
    /// Changed without changing what was said.
    NotMaterial,
    /// What the speaker is reported to have said changed.
    Material,
}

/// Two renderings of one quotation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotePair {
    /// One rendering.
    pub a: QuoteSide,
    /// The other.
    pub b: QuoteSide,
    /// How it changed.
    pub change: Change,
    /// What changed, in the annotator's words.
    pub what: String,
}

/// The attributions of the scope of each article.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attributions {
    /// Per article, how many blocks (separated by a blank line; a BASIL
    /// title not counted) are annotated.
    pub scope: BTreeMap<ArticleKey, usize>,
    /// Every attribution inside the scope.
    pub items: Vec<GoldAttribution>,
    /// Predicates inside the scope that are not attributions.
    pub not_attributions: Vec<NotAttribution>,
}

/// One attribution.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldAttribution {
    /// The article.
    pub article: ArticleKey,
    /// A unique substring of the sentence.
    pub sentence: String,
    /// The exact cue words.
    pub cue: String,
    /// The whole source phrase as written, if any.
    pub source: Option<String>,
    /// The named source it stands for, where the article allows.
    pub resolved: Option<String>,
}

/// A predicate that is not an attribution.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotAttribution {
    /// The article.
    pub article: ArticleKey,
    /// A unique substring of the sentence.
    pub sentence: String,
    /// The predicate's words.
    pub predicate: String,
    /// Why not.
    pub why: String,
}

/// The gold's entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation.
    Org,
    /// A geopolitical entity.
    Gpe,
    /// A location without a government.
    Loc,
    /// Other names.
    Misc,
}

impl EntityType {
    /// The entity stage's kind of the same name.
    pub fn kind(self) -> crosscheck_model::EntityKind {
        use crosscheck_model::EntityKind as K;
        match self {
            EntityType::Person => K::Person,
            EntityType::Org => K::Org,
            EntityType::Gpe => K::Gpe,
            EntityType::Loc => K::Loc,
            EntityType::Misc => K::Misc,
        }
    }
}

/// One real-world referent and every way the story writes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEntity {
    /// Its name.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Every form, as written.
    pub forms: Vec<String>,
    /// The articles that name it.
    pub articles: Vec<ArticleKey>,
}

/// Forms of different referents.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotMerged {
    /// The forms.
    pub forms: Vec<String>,
    /// Why they are apart.
    pub why: String,
}

/// The precision of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimePrecision {
    /// `YYYY-MM-DD`.
    Day,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
}

impl TimePrecision {
    /// The time stage's precision of the same name.
    pub fn stage(self) -> crosscheck_pipeline::Precision {
        use crosscheck_pipeline::Precision as P;
        match self {
            TimePrecision::Day => P::Day,
            TimePrecision::Month => P::Month,
            TimePrecision::Year => P::Year,
        }
    }
}

/// One time expression, resolved.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeItem {
    /// The article.
    pub article: ArticleKey,
    /// The expression's words.
    pub text: String,
    /// Its value at its precision.
    pub date: String,
    /// Its precision.
    pub precision: TimePrecision,
}

/// A sentence named by a unique substring.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceRef {
    /// The article.
    pub article: ArticleKey,
    /// A unique substring of the sentence.
    pub sentence: String,
}

/// How two aligned sentences relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GoldRelation {
    /// The same words.
    Verbatim,
    /// The same statement rewritten.
    Paraphrase,
    /// One carries part of the other.
    Partial,
}

/// Two sentences of different articles that report the same statement.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldAlignment {
    /// One sentence.
    pub a: SentenceRef,
    /// The other.
    pub b: SentenceRef,
    /// How they relate.
    pub relation: GoldRelation,
}

/// A gold file read.
#[derive(Debug, Clone)]
pub struct GoldFile {
    /// Where it was read from.
    pub path: PathBuf,
    /// Its split.
    pub split: Split,
    /// The story.
    pub story: Story,
}

/// Read every story of `dir/dev` and `dir/heldout`, in split then file
/// order.
pub fn load_all(dir: &Path) -> Result<Vec<GoldFile>, AuditError> {
    let mut out = Vec::new();
    for split in Split::ALL {
        let folder = dir.join(split.dir());
        let entries = std::fs::read_dir(&folder).map_err(|e| AuditError::Read {
            path: folder.display().to_string(),
            reason: e.to_string(),
        })?;
        let mut paths = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| AuditError::Read {
                path: folder.display().to_string(),
                reason: e.to_string(),
            })?;
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "json") {
                paths.push(path);
            }
        }
        paths.sort();
        for path in paths {
            let story = load(&path)?;
            out.push(GoldFile { path, split, story });
        }
    }
    Ok(out)
}

/// Read one gold file.
pub fn load(path: &Path) -> Result<Story, AuditError> {
    let text = std::fs::read_to_string(path).map_err(|e| AuditError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    serde_json::from_str(&text).map_err(|e| AuditError::Gold {
        file: path.display().to_string(),
        item: "the file".into(),
        reason: e.to_string(),
    })
}

/// Check what can be checked without the article texts: the story is named
/// after its file, article keys are `A`, `B`, … in order, every key an item
/// names exists, pairs join two different articles, dates are dates at
/// their precision, strings are not empty, quotations are three words or
/// more. Every problem found, each naming the file and the item.
pub fn check(file: &GoldFile) -> Vec<AuditError> {
    let story = &file.story;
    let mut problems = Vec::new();
    let mut bad = |item: String, reason: String| {
        problems.push(AuditError::Gold {
            file: file.path.display().to_string(),
            item,
            reason,
        })
    };
    let stem = file.path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if story.story != stem {
        bad(
            "story".into(),
            format!("`{}` is not the file's name `{stem}`", story.story),
        );
    }
    for (i, key) in story.articles.keys().enumerate() {
        let expected = char::from(b'A' + u8::try_from(i).unwrap_or(25)).to_string();
        if key.0 != expected {
            bad(
                format!("articles.{key}"),
                format!("keys should run `A`, `B`, … (expected `{expected}`)"),
            );
        }
    }
    let unjudged_filled = [
        (
            Judged::Derivation,
            story.derivation.is_empty() && story.not_derivation.is_empty(),
        ),
        (
            Judged::Quotations,
            story.quotations.is_empty() && story.not_quotations.is_empty(),
        ),
        (Judged::QuotePairs, story.quote_pairs.is_empty()),
        (
            Judged::Attributions,
            story.attributions.items.is_empty() && story.attributions.not_attributions.is_empty(),
        ),
        (
            Judged::Entities,
            story.entities.is_empty() && story.not_merged.is_empty(),
        ),
        (
            Judged::Timeline,
            story.timeline.is_empty() && story.not_time.is_empty(),
        ),
        (Judged::Alignments, story.alignments.is_empty()),
    ];
    for (kind, empty) in unjudged_filled {
        if !story.judges(kind) && !empty {
            bad(
                "annotated".into(),
                format!("{kind:?} is not judged, yet its items are filled"),
            );
        }
    }
    for (key, a) in &story.articles {
        if a.id.trim().is_empty() || a.outlet.trim().is_empty() {
            bad(format!("articles.{key}"), "empty `id` or `outlet`".into());
        }
        if chrono::NaiveDate::parse_from_str(&a.published, "%Y-%m-%d").is_err() {
            bad(
                format!("articles.{key}"),
                format!("`published` `{}` is not YYYY-MM-DD", a.published),
            );
        }
    }
    let known = |k: &ArticleKey| story.articles.contains_key(k);
    let mut key = |item: String, k: &ArticleKey| {
        if !known(k) {
            bad(item, format!("no article `{k}`"));
        }
    };
    for (i, e) in story.derivation.iter().enumerate() {
        key(format!("derivation[{i}]"), &e.derived);
        key(format!("derivation[{i}]"), &e.source);
    }
    for (i, e) in story.not_derivation.iter().enumerate() {
        key(format!("not_derivation[{i}]"), &e.a);
        key(format!("not_derivation[{i}]"), &e.b);
    }
    for (i, q) in story.quotations.iter().enumerate() {
        key(format!("quotations[{i}]"), &q.article);
    }
    for (i, q) in story.not_quotations.iter().enumerate() {
        key(format!("not_quotations[{i}]"), &q.article);
    }
    for (i, p) in story.quote_pairs.iter().enumerate() {
        key(format!("quote_pairs[{i}]"), &p.a.article);
        key(format!("quote_pairs[{i}]"), &p.b.article);
    }
    for k in story.attributions.scope.keys() {
        key("attributions.scope".into(), k);
    }
    for (i, a) in story.attributions.items.iter().enumerate() {
        key(format!("attributions.items[{i}]"), &a.article);
    }
    for (i, a) in story.attributions.not_attributions.iter().enumerate() {
        key(format!("attributions.not_attributions[{i}]"), &a.article);
    }
    for (i, e) in story.entities.iter().enumerate() {
        for k in &e.articles {
            key(format!("entities[{i}] `{}`", e.name), k);
        }
    }
    for (i, t) in story.timeline.iter().enumerate() {
        key(format!("timeline[{i}]"), &t.article);
    }
    for (i, t) in story.not_time.iter().enumerate() {
        key(format!("not_time[{i}]"), &t.article);
    }
    for (i, a) in story.alignments.iter().enumerate() {
        key(format!("alignments[{i}]"), &a.a.article);
        key(format!("alignments[{i}]"), &a.b.article);
    }
    for k in story.articles.keys() {
        if story.judges(Judged::Attributions) && !story.attributions.scope.contains_key(k) {
            bad("attributions.scope".into(), format!("no scope for `{k}`"));
        }
    }
    for (i, e) in story.derivation.iter().enumerate() {
        if e.derived == e.source {
            bad(
                format!("derivation[{i}]"),
                "an article derives from itself".into(),
            );
        }
    }
    for (i, p) in story.quote_pairs.iter().enumerate() {
        if p.a.article == p.b.article {
            bad(
                format!("quote_pairs[{i}]"),
                "both sides in one article".into(),
            );
        }
    }
    for (i, a) in story.alignments.iter().enumerate() {
        if a.a.article == a.b.article {
            bad(
                format!("alignments[{i}]"),
                "both sentences in one article".into(),
            );
        }
    }
    for (i, q) in story.quotations.iter().enumerate() {
        if q.text.split_whitespace().count() < 3 {
            bad(
                format!("quotations[{i}]"),
                format!("`{}` is shorter than three words", q.text),
            );
        }
        if q.speaker.as_deref().is_some_and(|s| s.trim().is_empty()) {
            bad(
                format!("quotations[{i}]"),
                "empty speaker (use null)".into(),
            );
        }
    }
    for (i, e) in story.entities.iter().enumerate() {
        if e.forms.is_empty() || e.forms.iter().any(|f| f.trim().is_empty()) {
            bad(format!("entities[{i}] `{}`", e.name), "empty form".into());
        }
    }
    for (i, t) in story.timeline.iter().enumerate() {
        let full = match t.precision {
            TimePrecision::Day => t.date.clone(),
            TimePrecision::Month => format!("{}-01", t.date),
            TimePrecision::Year => format!("{}-01-01", t.date),
        };
        let digits = match t.precision {
            TimePrecision::Day => 10,
            TimePrecision::Month => 7,
            TimePrecision::Year => 4,
        };
        if t.date.len() != digits || chrono::NaiveDate::parse_from_str(&full, "%Y-%m-%d").is_err() {
            bad(
                format!("timeline[{i}]"),
                format!("`{}` is not a date at {:?} precision", t.date, t.precision),
            );
        }
    }
    let texts = story
        .quotations
        .iter()
        .map(|q| (format!("quotations `{}`", q.text), &q.text))
        .chain(
            story
                .attributions
                .items
                .iter()
                .flat_map(|a| [(format!("attribution `{}`", a.sentence), &a.cue)]),
        )
        .chain(
            story
                .timeline
                .iter()
                .map(|t| (format!("timeline `{}`", t.text), &t.text)),
        )
        .chain(story.alignments.iter().flat_map(|a| {
            [
                (format!("alignment `{}`", a.a.sentence), &a.a.sentence),
                (format!("alignment `{}`", a.b.sentence), &a.b.sentence),
            ]
        }));
    for (item, text) in texts {
        if text.trim().is_empty() {
            bad(item, "empty text".into());
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(json: &str) -> Result<GoldFile, serde_json::Error> {
        Ok(GoldFile {
            path: PathBuf::from("dev/s.json"),
            split: Split::Dev,
            story: serde_json::from_str(json)?,
        })
    }

    const OK: &str = r#"{"story": "s", "bench": "basil", "event": "e",
      "articles": {"A": {"id": "1", "outlet": "Fox News", "published": "2010-02-20"},
                   "B": {"id": "2", "outlet": "HuffPost", "published": "2010-02-20"}},
      "derivation": [], "not_derivation": [],
      "quotations": [{"article": "A", "text": "one two three", "speaker": null, "continuation": false}],
      "not_quotations": [], "quote_pairs": [],
      "attributions": {"scope": {"A": 1, "B": 1}, "items": [], "not_attributions": []},
      "entities": [], "not_merged": [],
      "timeline": [{"article": "B", "text": "on Monday", "date": "2010-02", "precision": "month"}],
      "not_time": [], "alignments": []}"#;

    #[test]
    fn a_well_formed_story_has_no_problems() {
        assert!(check(&story(OK).unwrap()).is_empty());
    }

    #[test]
    fn problems_name_the_item() {
        let check_one = |from: &str, to: &str, expected: &str| {
            let file = story(&OK.replace(from, to)).unwrap();
            let problems: Vec<String> = check(&file).iter().map(ToString::to_string).collect();
            assert!(
                problems.iter().any(|p| p.contains(expected)),
                "{expected} not in {problems:?}"
            );
        };
        check_one(
            r#""article": "A", "text""#,
            r#""article": "Z", "text""#,
            "quotations[0]: no article `Z`",
        );
        check_one(
            "one two three",
            "one two",
            "quotations[0]: `one two` is shorter",
        );
        check_one(
            r#""date": "2010-02""#,
            r#""date": "2010-02-30""#,
            "timeline[0]",
        );
        check_one(
            r#""story": "s""#,
            r#""story": "t""#,
            "story: `t` is not the file's name `s`",
        );
        check_one(r#", "B": 1}"#, "}", "no scope for `B`");
    }

    #[test]
    fn a_story_may_be_judged_for_some_kinds_only() {
        let all = story(OK).unwrap();
        assert!(all.story.judges(Judged::Timeline));
        let some = story(&OK.replace(
            r#""alignments": []}"#,
            r#""alignments": [], "annotated": ["quotations", "timeline"]}"#,
        ))
        .unwrap();
        assert!(check(&some).is_empty());
        assert!(some.story.judges(Judged::Quotations));
        assert!(!some.story.judges(Judged::Derivation));
        let filled = story(&OK.replace(
            r#""alignments": []}"#,
            r#""alignments": [], "annotated": ["quotations"]}"#,
        ))
        .unwrap();
        let problems: Vec<String> = check(&filled).iter().map(ToString::to_string).collect();
        assert!(
            problems
                .iter()
                .any(|p| p.contains("annotated: Timeline is not judged")),
            "{problems:?}"
        );
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(story(&OK.replace(r#""event": "e""#, r#""event": "e", "note": "x""#)).is_err());
        assert!(story(&OK.replace(r#""precision": "month""#, r#""precision": "week""#)).is_err());
    }
}
