//! BASIL (Fox News, The New York Times and HuffPost on the same events;
//! here the 2010–2014 events, 150 articles):
//!
//! - [`evaluate`]: the same quotation across outlets — crosscheck's quote
//!   comparison runs on each triplet and the verdicts are counted
//!   (identical, trivially different, truncated, altered, material or not).
//!   There is no gold for this: the examples are for checking by hand.
//! - [`entities`]: alias groups annotated by hand on a few triplets.
//! - [`lexical`]: the framing stage's loaded language against BASIL's
//!   annotated lexical (word-choice) bias, the benchmark's gold.

use std::collections::BTreeMap;
use std::path::Path;

use crosscheck_model::{Article, ArticleMeta, Origin};
use serde_json::Value;

use crate::{EvalError, read_jsonl};

/// One shared quotation and how two outlets render it.
#[derive(Debug, Clone)]
pub struct Example {
    /// The event.
    pub event: String,
    /// The two outlets.
    pub outlets: (String, String),
    /// The two renderings.
    pub texts: (String, String),
    /// The comparison.
    pub comparison: crosscheck_quotes::Comparison,
}

/// Counts and examples.
#[derive(Debug, Clone, Default)]
pub struct BasilReport {
    /// Events analysed.
    pub events: usize,
    /// Speech quotations found.
    pub quotes: usize,
    /// Verdict → shared quotation pairs.
    pub verdicts: BTreeMap<&'static str, usize>,
    /// Pairs flagged material.
    pub material: usize,
    /// Every pair that is not identical.
    pub examples: Vec<Example>,
}

/// Run the quote comparison on every BASIL triplet.
pub fn evaluate(bench: &Path) -> Result<BasilReport, EvalError> {
    let articles = read_jsonl(&bench.join("basil/articles.jsonl"))?;
    let by_id: BTreeMap<&str, &Value> = articles
        .iter()
        .filter_map(|a| Some((a["id"].as_str()?, a)))
        .collect();
    let triplets = read_jsonl(&bench.join("basil/triplets.jsonl"))?;
    let mut report = BasilReport::default();
    for t in &triplets {
        let mut story = Vec::new();
        let mut outlets = Vec::new();
        for source in ["fox", "nyt", "hpo"] {
            let Some(a) = t["articles"][source].as_str().and_then(|id| by_id.get(id)) else {
                continue;
            };
            let meta = ArticleMeta {
                outlet: Some(source.to_string()),
                ..ArticleMeta::default()
            };
            story.push(Article::from_text(
                Origin::default(),
                meta,
                a["text"].as_str().unwrap_or_default().to_string(),
            ));
            outlets.push(source);
        }
        let analysis = crosscheck_pipeline::analyse_quotes(story);
        report.events += 1;
        report.quotes += analysis
            .quotes
            .iter()
            .map(|q| q.quotes.len())
            .sum::<usize>();
        for v in &analysis.variants {
            *report
                .verdicts
                .entry(v.comparison.verdict.as_str())
                .or_default() += 1;
            report.material += usize::from(v.comparison.material);
            if v.comparison.verdict != crosscheck_quotes::Verdict::Identical {
                let text = |(k, i): (usize, usize)| {
                    analysis.articles[k]
                        .slice(analysis.quotes[k].quotes[i].span)
                        .to_string()
                };
                report.examples.push(Example {
                    event: t["main_event"].as_str().unwrap_or_default().to_string(),
                    outlets: (outlets[v.a.0].to_string(), outlets[v.b.0].to_string()),
                    texts: (text(v.a), text(v.b)),
                    comparison: v.comparison.clone(),
                });
            }
        }
    }
    Ok(report)
}

/// A BASIL record as an article, its outlet named as readers know it.
fn article_of(record: &Value) -> Article {
    let outlet = match record["source"].as_str() {
        Some("fox") => "Fox News",
        Some("nyt") => "The New York Times",
        Some("hpo") => "HuffPost",
        _ => "unknown",
    };
    let meta = ArticleMeta {
        outlet: Some(outlet.to_string()),
        ..ArticleMeta::default()
    };
    Article::from_text(
        Origin::default(),
        meta,
        record["text"].as_str().unwrap_or_default().to_string(),
    )
}

/// The entity groups annotated by hand on BASIL triplets: the entity stage
/// run on each triplet's three articles, scored with
/// [`crate::entities::score`], pairs pooled over the triplets. `file` is
/// `testdata/basil-entities.json` (four triplets the alias rules were
/// developed on) or `testdata/basil-entities-heldout.json` (three triplets
/// annotated before being run, not used to change the rules).
pub fn entities(
    bench: &Path,
    root: &Path,
    file: &str,
) -> Result<crate::entities::EntityScore, EvalError> {
    let gold = crate::read_json(&root.join("testdata").join(file))?;
    let articles = read_jsonl(&bench.join("basil/articles.jsonl"))?;
    let mut total = crate::entities::EntityScore::default();
    for t in gold.as_array().into_iter().flatten() {
        let triplet = t["triplet"].as_str().unwrap_or_default();
        let story: Vec<Article> = articles
            .iter()
            .filter(|a| a["triplet_uuid"].as_str() == Some(triplet))
            .map(article_of)
            .collect();
        if story.is_empty() {
            return Err(EvalError::Read {
                path: bench.join("basil/articles.jsonl").display().to_string(),
                reason: format!("no articles of triplet {triplet}"),
            });
        }
        let analysis = crosscheck_pipeline::analyse_entities(story);
        let s = crate::entities::score(
            &analysis.articles,
            &analysis.entities,
            &crate::entities::gold_groups(&t["entities"]),
        );
        total.gold += s.gold;
        total.found += s.found;
        total.typed += s.typed;
        total.pair_counts.0 += s.pair_counts.0;
        total.pair_counts.1 += s.pair_counts.1;
        total.pair_counts.2 += s.pair_counts.2;
        total.distinct.0 += s.distinct.0;
        total.distinct.1 += s.distinct.1;
        let event = t["event"].as_str().unwrap_or(triplet);
        total
            .misses
            .extend(s.misses.into_iter().map(|m| format!("{event}: {m}")));
    }
    let (both, pred, gold_pairs) = total.pair_counts;
    total.pairs = crate::Prf::from_counts(both, pred, gold_pairs);
    Ok(total)
}

/// Lexical bias (word choice) on BASIL, read off the framing stage's loaded
/// language: each event's articles analysed as one story with the sentence
/// model, and a BASIL sentence predicted biased when sentences the stage
/// flags cover most of it; words as character spans against the annotated
/// lexical-bias spans. Sentence-level and span-level figures count the
/// positive class, as `tools/score.py basil` does.
#[derive(Debug, Clone, Default)]
pub struct LexicalScore {
    /// Articles scored.
    pub articles: usize,
    /// BASIL sentences scored.
    pub sentences: usize,
    /// Sentences with lexical bias (gold).
    pub gold_sentences: usize,
    /// Per BASIL sentence: the highest probability of a flagged sentence
    /// covering most of it (0 when none), whether it has lexical bias, and
    /// whether it has some outside quotations (the stage never shows a
    /// speaker's words as the outlet's).
    pub predictions: Vec<(f32, bool, bool)>,
    /// Characters: (in both, predicted, gold), at the shipped floors.
    pub char_counts: (usize, usize, usize),
}

impl LexicalScore {
    /// Sentence-level P/R/F1 of the sentences flagged at `floor` or above;
    /// `unquoted`: against the lexical spans outside quotations only.
    pub fn sentences_prf(&self, floor: f32, unquoted: bool) -> crate::Prf {
        let mut c = (0, 0, 0);
        for &(p, gold, outside) in &self.predictions {
            let gold = if unquoted { outside } else { gold };
            let predicted = p > 0.0 && p >= floor;
            c.0 += usize::from(predicted && gold);
            c.1 += usize::from(predicted);
            c.2 += usize::from(gold);
        }
        crate::Prf::from_counts(c.0, c.1, c.2)
    }

    /// Character-overlap P/R/F1 of the loaded words against the spans.
    pub fn chars_prf(&self) -> crate::Prf {
        let (both, predicted, gold) = self.char_counts;
        crate::Prf::from_counts(both, predicted, gold)
    }
}

/// Score the loaded-language stage against BASIL's lexical-bias labels.
pub fn lexical(
    bench: &Path,
    encoder: &dyn crosscheck_pipeline::SentenceEncoder,
    settings: &crosscheck_pipeline::Settings,
) -> Result<LexicalScore, EvalError> {
    let path = bench.join("basil/articles.jsonl");
    let records = read_jsonl(&path)?;
    let mut events: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for r in &records {
        events
            .entry(r["triplet_uuid"].as_str().unwrap_or_default())
            .or_default()
            .push(r);
    }
    let bad = |reason: String| EvalError::Read {
        path: path.display().to_string(),
        reason,
    };
    let mut score = LexicalScore::default();
    for records in events.values() {
        let story: Vec<Article> = records.iter().copied().map(article_of).collect();
        let analysis = crosscheck_pipeline::analyse_with(story, Some(encoder), settings);
        for ((record, article), framing) in records
            .iter()
            .zip(&analysis.articles)
            .zip(&analysis.framing)
        {
            let id = record["id"].as_str().unwrap_or_default();
            let crosscheck_pipeline::Loaded::Found(loaded) = &framing.loaded else {
                return Err(bad(format!("{id}: loaded language was not measured")));
            };
            if article.text.as_str() != record["text"].as_str().unwrap_or_default() {
                return Err(bad(format!("{id}: the article text is not the record's")));
            }
            score.articles += 1;
            let spans: Vec<(usize, usize, bool)> = record["spans"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|s| s["bias"].as_str() == Some("lex"))
                .filter_map(|s| {
                    Some((
                        s["bstart"].as_u64()? as usize,
                        s["bend"].as_u64()? as usize,
                        s["quote"].as_bool().unwrap_or(false),
                    ))
                })
                .collect();
            for s in record["sentences"].as_array().into_iter().flatten() {
                let (Some(start), Some(end)) = (s["bstart"].as_u64(), s["bend"].as_u64()) else {
                    return Err(bad(format!("{id}: a sentence without byte offsets")));
                };
                let (start, end) = (start as usize, end as usize);
                let gold = s["has_lex"].as_bool().unwrap_or(false);
                let outside = spans
                    .iter()
                    .any(|&(a, b, quote)| !quote && a < end && start < b);
                // The flagged sentences covering it, most probable first:
                // the highest probability whose sentences (with the more
                // probable ones) cover most of it.
                let mut covering: Vec<(f32, usize)> = loaded
                    .iter()
                    .map(|l| {
                        let f = article.sentences[l.sentence].span;
                        (
                            l.probability,
                            f.end.min(end).saturating_sub(f.start.max(start)),
                        )
                    })
                    .filter(|&(_, bytes)| bytes > 0)
                    .collect();
                covering.sort_by(|x, y| y.0.total_cmp(&x.0));
                let mut covered = 0;
                let mut probability = 0.0;
                for (p, bytes) in covering {
                    covered += bytes;
                    if 2 * covered > end - start {
                        probability = p;
                        break;
                    }
                }
                score.sentences += 1;
                score.gold_sentences += usize::from(gold);
                score.predictions.push((probability, gold, outside));
            }
            let mut gold_bytes = vec![false; article.text.len()];
            for &(a, b, _) in &spans {
                for g in gold_bytes.iter_mut().take(b).skip(a) {
                    *g = true;
                }
            }
            for (w, _) in loaded.iter().flat_map(|l| &l.words) {
                let both = gold_bytes[w.start..w.end].iter().filter(|&&g| g).count();
                score.char_counts.0 += both;
                score.char_counts.1 += w.end - w.start;
            }
            score.char_counts.2 += gold_bytes.iter().filter(|&&g| g).count();
        }
    }
    Ok(score)
}
