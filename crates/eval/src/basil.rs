//! The same quotation across outlets on BASIL: each of the 100 events is
//! covered by Fox News, The New York Times and HuffPost; crosscheck's quote
//! comparison runs on each triplet and the verdicts are counted — identical,
//! trivially different (punctuation or spelling only), truncated, altered
//! (material or not). There is no gold for this: the examples are for
//! checking by hand.

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
            .map(|a| {
                let outlet = match a["source"].as_str() {
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
                    a["text"].as_str().unwrap_or_default().to_string(),
                )
            })
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
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    total.pairs = crate::Prf::new(ratio(both, pred), ratio(both, gold_pairs));
    Ok(total)
}
