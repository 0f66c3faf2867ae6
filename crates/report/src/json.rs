//! The JSON documents of the contract.

use std::collections::BTreeMap;

use crosscheck_model::{Article, CharIndex};
use crosscheck_pipeline::{Analysis, STAGES, StageStatus};
use serde::Serialize;
use serde_json::Value;

/// The schema name of the `compare` document.
pub const COMPARE_SCHEMA: &str = "crosscheck.compare/1";

/// One article as the contract shows it (`compare`'s `articles[]`, and one
/// line of `extract`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleDoc {
    /// `a1`, `a2`, ... in input order.
    pub id: String,
    /// The input it came from (with the member inside a container).
    pub source_file: String,
    /// The JSON record's (or feed entry's, or WARC record's) own id.
    pub record_id: Option<String>,
    /// Which reader produced it.
    pub format: &'static str,
    /// Canonical outlet name.
    pub outlet: Option<String>,
    /// The outlet as the input wrote it.
    pub outlet_as_written: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Standfirst.
    pub dek: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// The story text.
    pub text: String,
    /// Paragraphs: `char` offsets into `text`.
    pub paragraphs: Vec<[usize; 2]>,
    /// Sentences.
    pub sentences: Vec<SentenceDoc>,
}

/// One sentence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SentenceDoc {
    /// `a1.s1`, ...
    pub id: String,
    /// First `char` of the sentence in the article text.
    pub start: usize,
    /// One past the last `char`.
    pub end: usize,
    /// `text[start..end]`.
    pub text: String,
}

/// A stage and whether it ran (an addition to the contract).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StageDoc {
    /// Stage name.
    pub name: &'static str,
    /// `built` or `not built yet`.
    pub status: &'static str,
    /// The document keys it fills.
    pub fills: &'static [&'static str],
}

/// The `compare` document. Every key of the contract is present; stages that
/// are not built give empty values and are listed in `stages` as such.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CompareDocument {
    /// `crosscheck.compare/1`.
    pub schema: &'static str,
    /// The articles.
    pub articles: Vec<ArticleDoc>,
    /// Sentence alignments.
    pub alignments: Vec<Value>,
    /// Sentences with no counterpart, per article.
    pub only_in: BTreeMap<String, Vec<String>>,
    /// Derivation edges.
    pub derivation: Vec<Value>,
    /// Articles that share an upstream source without deriving from each
    /// other (an addition to the contract).
    pub siblings: Vec<Value>,
    /// Direct quotations.
    pub quotes: Vec<Value>,
    /// Attributions.
    pub attributions: Vec<Value>,
    /// Claims.
    pub claims: Vec<Value>,
    /// Framing per article.
    pub framing: BTreeMap<String, Value>,
    /// Entities.
    pub entities: Vec<Value>,
    /// Timeline.
    pub timeline: Vec<Value>,
    /// Which stages ran.
    pub stages: Vec<StageDoc>,
    /// The sentence model the alignment used, or null for lexical evidence
    /// only (an addition to the contract).
    pub sentence_model: Option<String>,
    /// How much the sentence model was asked (an addition to the contract;
    /// absent without a model).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence_model_use: Option<ModelUseDoc>,
}

/// `sentence_model_use`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ModelUseDoc {
    /// Candidate sentence pairs the lexical evidence left open.
    pub open_pairs: usize,
    /// Of those, the pairs the model judged (most promising first, within
    /// its sentence budget).
    pub judged_pairs: usize,
    /// Distinct sentences the model encoded.
    pub sentences: usize,
}

/// A score rounded for output (in f64, so 0.99 prints as 0.99).
fn round(x: f32, scale: f64) -> f64 {
    (f64::from(x) * scale).round() / scale
}

/// The contract's view of one article, with id `a{n}` (`n` from 1).
pub fn article_document(article: &Article, n: usize) -> ArticleDoc {
    let id = format!("a{n}");
    let chars = CharIndex::new(&article.text);
    let meta = &article.meta;
    ArticleDoc {
        source_file: article.origin.source.clone(),
        record_id: article.origin.record_id.clone(),
        format: article.origin.format,
        outlet: meta.outlet.clone(),
        outlet_as_written: meta.outlet_as_written.clone(),
        url: meta.url.clone(),
        title: meta.title.clone(),
        dek: meta.dek.clone(),
        author: meta.author.clone(),
        published: meta
            .published
            .map(|p| p.date.format("%Y-%m-%d").to_string()),
        language: meta.language.clone(),
        text: article.text.clone(),
        paragraphs: article
            .paragraphs
            .iter()
            .map(|p| {
                let (s, e) = chars.char_span(*p);
                [s, e]
            })
            .collect(),
        sentences: article
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let (start, end) = chars.char_span(s.span);
                SentenceDoc {
                    id: format!("{id}.s{}", i + 1),
                    start,
                    end,
                    text: article.slice(s.span).to_string(),
                }
            })
            .collect(),
        id,
    }
}

/// The `compare` document of an analysis.
pub fn compare_document(analysis: &Analysis) -> CompareDocument {
    CompareDocument {
        schema: COMPARE_SCHEMA,
        articles: analysis
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| article_document(a, i + 1))
            .collect(),
        alignments: analysis
            .alignments
            .iter()
            .map(|al| {
                serde_json::json!({
                    "a": format!("a{}.s{}", al.a + 1, al.a_sentence + 1),
                    "b": format!("a{}.s{}", al.b + 1, al.b_sentence + 1),
                    "relation": al.relation.as_str(),
                    "score": round(al.score, 1000.0),
                })
            })
            .collect(),
        only_in: analysis
            .only_in
            .iter()
            .enumerate()
            .map(|(k, sentences)| {
                (
                    format!("a{}", k + 1),
                    sentences
                        .iter()
                        .map(|i| format!("a{}.s{}", k + 1, i + 1))
                        .collect(),
                )
            })
            .collect(),
        derivation: analysis
            .derivation
            .edges
            .iter()
            .map(|d| {
                let derived = &analysis.articles[d.derived];
                let chars = CharIndex::new(&derived.text);
                serde_json::json!({
                    "derived": format!("a{}", d.derived + 1),
                    "source": format!("a{}", d.source + 1),
                    "confidence": round(d.confidence, 100.0),
                    "extent": d.extent.as_str(),
                    "shared_fraction": round(d.shared_fraction, 1000.0),
                    "combined_fraction": round(d.combined_fraction, 1000.0),
                    "evidence": d.evidence.iter().map(|e| {
                        let mut v = serde_json::json!({"kind": e.kind.as_str(), "detail": e.detail});
                        if let Some(span) = e.span {
                            let (start, end) = chars.char_span(span);
                            v["start"] = start.into();
                            v["end"] = end.into();
                        }
                        v
                    }).collect::<Vec<_>>(),
                })
            })
            .collect(),
        siblings: analysis
            .derivation
            .siblings
            .iter()
            .map(|s| {
                serde_json::json!({
                    "a": format!("a{}", s.a + 1),
                    "b": format!("a{}", s.b + 1),
                    "common_source": format!("a{}", s.common_source + 1),
                })
            })
            .collect(),
        quotes: quotes_json(analysis),
        attributions: attributions_json(analysis),
        claims: Vec::new(),
        framing: BTreeMap::new(),
        entities: entities_json(analysis),
        timeline: timeline_json(analysis),
        sentence_model: analysis.sentence_model.clone(),
        sentence_model_use: analysis.sentence_model.as_ref().map(|_| ModelUseDoc {
            open_pairs: analysis.model_use.open_pairs,
            judged_pairs: analysis.model_use.judged_pairs,
            sentences: analysis.model_use.sentences,
        }),
        stages: STAGES
            .iter()
            .map(|s| StageDoc {
                name: s.name,
                status: match s.status {
                    StageStatus::Built => "built",
                    StageStatus::NotBuilt => "not built yet",
                },
                fills: s.keys,
            })
            .collect(),
    }
}

/// The id of quote `i` of article `k`: quotes are numbered across articles
/// in order (`q1`, `q2`, …).
fn quote_ids(analysis: &Analysis) -> Vec<Vec<String>> {
    let mut n = 0;
    analysis
        .quotes
        .iter()
        .map(|q| {
            q.quotes
                .iter()
                .map(|_| {
                    n += 1;
                    format!("q{n}")
                })
                .collect()
        })
        .collect()
}

fn comparison_json(quote: &str, c: &crosscheck_quotes::Comparison) -> Value {
    serde_json::json!({
        "quote": quote,
        "verdict": c.verdict.as_str(),
        "material": c.material,
        "changes": c.changes.iter().map(|ch| serde_json::json!({
            "op": ch.op, "a": ch.a, "b": ch.b, "kind": ch.kind.as_str(),
        })).collect::<Vec<_>>(),
    })
}

/// `quotes[]`: every direct quotation with its speaker, channel and its
/// renderings in the other articles.
pub fn quotes_json(analysis: &Analysis) -> Vec<Value> {
    let ids = quote_ids(analysis);
    let mut out = Vec::new();
    for (k, aq) in analysis.quotes.iter().enumerate() {
        let article = &analysis.articles[k];
        let chars = CharIndex::new(&article.text);
        for (i, q) in aq.quotes.iter().enumerate() {
            let (start, end) = chars.char_span(q.span);
            let text = article.slice(q.span);
            let variants: Vec<Value> = analysis
                .variants
                .iter()
                .filter_map(|v| {
                    if v.a == (k, i) {
                        Some(comparison_json(&ids[v.b.0][v.b.1], &v.comparison))
                    } else if v.b == (k, i) {
                        let other = &analysis.articles[v.a.0];
                        let theirs = other.slice(analysis.quotes[v.a.0].quotes[v.a.1].span);
                        Some(comparison_json(
                            &ids[v.a.0][v.a.1],
                            &crosscheck_quotes::compare(text, theirs),
                        ))
                    } else {
                        None
                    }
                })
                .collect();
            out.push(serde_json::json!({
                "id": ids[k][i],
                "article": format!("a{}", k + 1),
                "sentence": format!("a{}.s{}", k + 1, q.sentence + 1),
                "start": start,
                "end": end,
                "text": text,
                "speaker": q.speaker,
                "speaker_entity": speaker_entity(analysis, k, q.speaker.as_deref()),
                "via": q.via,
                "continues": q.continues,
                "variants": variants,
            }));
        }
    }
    out
}

/// `attributions[]`: every attribution with source, cue and content spans.
pub fn attributions_json(analysis: &Analysis) -> Vec<Value> {
    let mut out = Vec::new();
    for (k, aq) in analysis.quotes.iter().enumerate() {
        let article = &analysis.articles[k];
        let chars = CharIndex::new(&article.text);
        let span = |s: crosscheck_model::Span| {
            let (start, end) = chars.char_span(s);
            serde_json::json!({"start": start, "end": end, "text": article.slice(s)})
        };
        // In text order.
        let mut ordered: Vec<&crosscheck_quotes::Attribution> = aq.attributions.iter().collect();
        ordered.sort_by_key(|a| (a.sentence, a.cue.start));
        for a in ordered {
            out.push(serde_json::json!({
                "article": format!("a{}", k + 1),
                "sentence": format!("a{}.s{}", k + 1, a.sentence + 1),
                "direct": a.direct,
                "source": a.source.map(span),
                "cue": span(a.cue),
                "content": span(a.content),
                "content_parts": a.content_parts.iter().map(|&s| span(s)).collect::<Vec<_>>(),
                "speaker": a.speaker,
                "chain": a.chain,
                "source_type": a.source_type.as_str(),
                "via": a.via,
                "aside": a.aside.map(span),
                "method": if a.learned { "learned" } else { "rules" },
            }));
        }
    }
    out
}

/// `entities[]`: the story's named entities (`e1`, `e2`, … by first
/// mention), each with its canonical name, type, every way it is written,
/// and its mentions with offsets.
pub fn entities_json(analysis: &Analysis) -> Vec<Value> {
    let chars: Vec<CharIndex> = analysis
        .articles
        .iter()
        .map(|a| CharIndex::new(&a.text))
        .collect();
    analysis
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            serde_json::json!({
                "id": format!("e{}", i + 1),
                "name": e.name,
                "type": e.kind.as_str(),
                "aliases": e.aliases,
                "articles": e.mentions.iter().map(|m| m.article).collect::<std::collections::BTreeSet<_>>()
                    .into_iter().map(|k| format!("a{}", k + 1)).collect::<Vec<_>>(),
                "mentions": e.mentions.iter().map(|m| {
                    let (start, end) = chars[m.article].char_span(m.span);
                    serde_json::json!({
                        "article": format!("a{}", m.article + 1),
                        "sentence": format!("a{}.s{}", m.article + 1, m.sentence + 1),
                        "start": start,
                        "end": end,
                        "text": analysis.articles[m.article].slice(m.span),
                    })
                }).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// The entity a quotation's speaker is: the person of the story whose name
/// or an alias is the speaker's name, preferring one mentioned in the
/// quotation's article.
fn speaker_entity(analysis: &Analysis, article: usize, speaker: Option<&str>) -> Value {
    let Some(speaker) = speaker else {
        return Value::Null;
    };
    let names = |e: &crosscheck_pipeline::Entity| {
        e.kind == crosscheck_pipeline::EntityKind::Person
            && (e.name == speaker || e.aliases.iter().any(|a| a == speaker))
    };
    let found = analysis
        .entities
        .iter()
        .position(|e| names(e) && e.mentions.iter().any(|m| m.article == article))
        .or_else(|| analysis.entities.iter().position(names));
    found.map_or(Value::Null, |i| Value::String(format!("e{}", i + 1)))
}

/// The `entities` command's document: the articles, the entities and the
/// timeline.
pub fn entities_document(analysis: &Analysis) -> Value {
    serde_json::json!({
        "articles": articles_json(analysis),
        "entities": entities_json(analysis),
        "timeline": timeline_json(analysis),
    })
}

/// `articles[]` of the per-stage commands' documents.
fn articles_json(analysis: &Analysis) -> Vec<ArticleDoc> {
    analysis
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| article_document(a, i + 1))
        .collect()
}

/// The `quotes` command's document: the articles, their quotations and
/// attributions.
pub fn quotes_document(analysis: &Analysis) -> Value {
    serde_json::json!({
        "articles": articles_json(analysis),
        "quotes": quotes_json(analysis),
        "attributions": attributions_json(analysis),
    })
}

/// `timeline[]`: every dated statement (a time expression with its value
/// and precision, the sentence that carries it, and the other articles whose
/// aligned sentence carries the same value), and each article's publication,
/// in date order.
pub fn timeline_json(analysis: &Analysis) -> Vec<Value> {
    let mut entries: Vec<(crosscheck_pipeline::When, usize, Option<usize>, Value)> = Vec::new();
    for (k, times) in analysis.times.iter().enumerate() {
        let article = &analysis.articles[k];
        let chars = CharIndex::new(&article.text);
        for t in times {
            let (start, end) = chars.char_span(t.span);
            let value = t.when.value();
            // Aligned sentences elsewhere with an expression of the same value.
            let also: Vec<String> = analysis
                .alignments
                .iter()
                .filter_map(|al| {
                    if al.a == k && al.a_sentence == t.sentence {
                        Some((al.b, al.b_sentence))
                    } else if al.b == k && al.b_sentence == t.sentence {
                        Some((al.a, al.a_sentence))
                    } else {
                        None
                    }
                })
                .filter(|&(o, s)| {
                    analysis.times[o]
                        .iter()
                        .any(|x| x.sentence == s && x.when.value() == value)
                })
                .map(|(o, _)| format!("a{}", o + 1))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            entries.push((
                t.when,
                k,
                Some(t.sentence),
                serde_json::json!({
                    "date": value,
                    "precision": t.when.precision.as_str(),
                    "text": article.slice(t.span),
                    "start": start,
                    "end": end,
                    "article": format!("a{}", k + 1),
                    "sentence": format!("a{}.s{}", k + 1, t.sentence + 1),
                    "kind": "statement",
                    "also_in": also,
                }),
            ));
        }
        if let Some(p) = article.meta.published {
            let when = crosscheck_pipeline::When {
                start: p.date,
                precision: crosscheck_pipeline::Precision::Day,
            };
            entries.push((
                when,
                k,
                None,
                serde_json::json!({
                    "date": when.value(),
                    "precision": "day",
                    "text": "published",
                    "article": format!("a{}", k + 1),
                    "sentence": Value::Null,
                    "kind": "publication",
                    "also_in": [],
                }),
            ));
        }
    }
    entries.sort_by_key(|e| (e.0, e.1, e.2));
    entries.into_iter().map(|e| e.3).collect()
}
