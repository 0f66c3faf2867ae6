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
