//! Named entities on CoNLL-2003 valid (`conll2003/valid.txt` of the
//! benchmark folder): entity-level exact precision, recall and F1, the
//! conlleval convention, overall and per type, with the committed tagger.

use std::path::Path;

use crosscheck_entities::ner::{self, conll};

use crate::{EvalError, Prf};

/// The scores.
#[derive(Debug, Clone)]
pub struct NerReport {
    /// Documents scored.
    pub documents: usize,
    /// Tokens scored.
    pub tokens: usize,
    /// Gold entities.
    pub gold: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Overall exact-match scores.
    pub overall: Prf,
    /// Per type (PER, ORG, LOC, MISC): scores and gold count.
    pub per_type: Vec<(&'static str, Prf, usize)>,
}

fn prf(c: &conll::Counts) -> Prf {
    let (p, r, _) = c.prf();
    Prf::new(p, r)
}

/// Read a CoNLL file of the benchmark folder.
pub fn read(bench: &Path, file: &str) -> Result<Vec<conll::Document>, EvalError> {
    let path = bench.join("conll2003").join(file);
    let text = std::fs::read_to_string(&path).map_err(|e| EvalError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    conll::parse(&text).map_err(|e| EvalError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
}

/// Score a tagger on documents.
pub fn score(model: &ner::Model, docs: &[conll::Document]) -> NerReport {
    const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
    let mut all = conll::Counts::default();
    let mut by_type = [conll::Counts::default(); 4];
    let mut tokens = 0;
    for doc in docs {
        let words: Vec<Vec<&str>> = doc
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        let tags = ner::tag_document(model, &words);
        for (s, predicted) in doc.iter().zip(&tags) {
            tokens += s.words.len();
            all.add(&s.tags, predicted, None);
            for (c, kind) in by_type.iter_mut().zip(TYPES) {
                c.add(&s.tags, predicted, Some(kind));
            }
        }
    }
    NerReport {
        documents: docs.len(),
        tokens,
        gold: all.gold,
        predicted: all.predicted,
        overall: prf(&all),
        per_type: TYPES
            .iter()
            .zip(&by_type)
            .map(|(k, c)| (*k, prf(c), c.gold))
            .collect(),
    }
}

/// Score the committed tagger on CoNLL-2003 valid.
pub fn evaluate(bench: &Path) -> Result<NerReport, EvalError> {
    Ok(score(ner::built_in(), &read(bench, "valid.txt")?))
}
