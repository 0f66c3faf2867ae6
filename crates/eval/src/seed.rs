//! The seed pair against its hand-made gold (`testdata/seed-pair.gold.json`).
//!
//! Gold sentences are named by a distinctive substring, so any segmentation
//! that keeps the sentence whole can be scored.

use std::path::Path;

use crosscheck_model::Article;
use crosscheck_pipeline::Analysis;
use serde_json::Value;

use crate::EvalError;

/// The seed articles (A, B) read and analysed, with the gold.
pub struct Seed {
    /// The gold file.
    pub gold: Value,
    /// The analysis of A and B, in that order.
    pub analysis: Analysis,
}

/// Read the gold and the two example articles from the repository root.
pub fn load(
    root: &Path,
    encoder: Option<&dyn crosscheck_pipeline::SentenceEncoder>,
) -> Result<Seed, EvalError> {
    let path = root.join("testdata/seed-pair.gold.json");
    let gold: Value = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .ok_or_else(|| EvalError::Read {
            path: path.display().to_string(),
            reason: "missing or not JSON".into(),
        })?;
    let mut articles = Vec::new();
    for key in ["A", "B"] {
        let file = root
            .join("examples")
            .join(gold["articles"][key]["file"].as_str().unwrap_or_default());
        crosscheck_ingest::read_inputs(
            &[file.display().to_string()],
            &Default::default(),
            &mut |item| {
                if let Ok(a) = item {
                    articles.push(a);
                }
            },
        );
    }
    if articles.len() != 2 {
        return Err(EvalError::Read {
            path: root.join("examples").display().to_string(),
            reason: "the two seed articles could not be read".into(),
        });
    }
    Ok(Seed {
        gold,
        analysis: crosscheck_pipeline::analyse_with(articles, encoder, &Default::default()),
    })
}

/// The index of the sentence of `article` that contains `needle`.
pub fn sentence_with(article: &Article, needle: &str) -> Option<usize> {
    article
        .sentences
        .iter()
        .position(|s| article.slice(s.span).contains(needle))
}

/// Alignment against the gold.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignmentReport {
    /// Gold alignments found (any relation).
    pub found: usize,
    /// Gold alignments.
    pub gold: usize,
    /// Gold alignments found with the gold relation.
    pub same_relation: usize,
    /// Alignments predicted across the two articles.
    pub predicted: usize,
    /// Gold `only_in` strings whose sentence is in the predicted `only_in`.
    pub only_in_found: usize,
    /// Gold `only_in` strings.
    pub only_in_gold: usize,
    /// Gold alignments that were missed, as (A substring, B substring).
    pub missed: Vec<(String, String)>,
}

/// Score the alignment stage on the seed pair.
pub fn alignment(seed: &Seed) -> AlignmentReport {
    let (a, b) = (&seed.analysis.articles[0], &seed.analysis.articles[1]);
    let gold = seed.gold["alignments"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut report = AlignmentReport {
        found: 0,
        gold: gold.len(),
        same_relation: 0,
        predicted: seed.analysis.alignments.len(),
        only_in_found: 0,
        only_in_gold: 0,
        missed: Vec::new(),
    };
    for g in &gold {
        let (ga, gb) = (g["A"].as_str().unwrap_or(""), g["B"].as_str().unwrap_or(""));
        let (Some(i), Some(j)) = (sentence_with(a, ga), sentence_with(b, gb)) else {
            report.missed.push((ga.into(), gb.into()));
            continue;
        };
        match seed
            .analysis
            .alignments
            .iter()
            .find(|al| al.a_sentence == i && al.b_sentence == j)
        {
            Some(al) => {
                report.found += 1;
                report.same_relation +=
                    usize::from(Some(al.relation.as_str()) == g["relation"].as_str());
            }
            None => report.missed.push((ga.into(), gb.into())),
        }
    }
    for (k, key) in ["A", "B"].iter().enumerate() {
        let article = &seed.analysis.articles[k];
        for s in seed.gold["only_in"][key].as_array().into_iter().flatten() {
            report.only_in_gold += 1;
            let hit = s
                .as_str()
                .and_then(|s| sentence_with(article, s))
                .is_some_and(|i| seed.analysis.only_in[k].contains(&i));
            report.only_in_found += usize::from(hit);
        }
    }
    report
}
