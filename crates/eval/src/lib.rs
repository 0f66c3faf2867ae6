//! Evaluation: every stage scored against gold with the benchmark's own
//! metric. The benchmark data is never part of the repository; it is read
//! from a folder the caller names (`CROSSCHECK_BENCH`, `../shared/bench` in CI).
//!
//! - [`extraction`]: main-text extraction from HTML on the
//!   article-extraction benchmark (word 4-gram shingle F1).
//! - [`meter`]: text reuse on METER (character-level P/R/F1 of reused text).
//! - [`seed`]: the seed pair against its hand-made gold.
//! - [`derivation`]: wholly / partially / non-derived on METER and COUNTER.
//! - [`polnear`]: attribution source / cue / content spans on PolNeAR.
//! - [`basil`]: the same quotation compared across outlets on BASIL.
//! - [`time`]: time expressions against the hand-annotated set in `testdata/`.
//! - [`audit`]: what the report asserts, per kind of finding, on 30
//!   hand-judged multi-outlet stories (`testdata/audit/`).
//! - [`battery`]: quotation speakers on articles written for the purpose,
//!   every quotation marked (`testdata/speakers/batteries/`).

pub mod audit;
pub mod babe;
pub mod basil;
pub mod battery;
pub mod caveats;
pub mod claims;
pub mod cluster;
pub mod derivation;
pub mod entities;
pub mod extraction;
pub mod meter;
pub mod ner;
pub mod polnear;
pub mod polnear_tagger;
pub mod seed;
pub mod time;

use std::path::PathBuf;

/// The environment variable that names the benchmark folder.
pub const BENCH_ENV: &str = "CROSSCHECK_BENCH";

/// The benchmark folder named by [`BENCH_ENV`], if set.
pub fn bench_dir() -> Option<PathBuf> {
    std::env::var_os(BENCH_ENV).map(PathBuf::from)
}

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A benchmark file is missing or unreadable.
    #[error("cannot read benchmark file `{path}`: {reason}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
}

/// A JSON file.
pub(crate) fn read_json(path: &std::path::Path) -> Result<serde_json::Value, EvalError> {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .ok_or_else(|| EvalError::Read {
            path: path.display().to_string(),
            reason: "missing or not JSON".into(),
        })
}

/// The records of a JSON Lines file.
pub(crate) fn read_jsonl(path: &std::path::Path) -> Result<Vec<serde_json::Value>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|e| EvalError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str(l).map_err(|e| EvalError::Read {
                path: path.display().to_string(),
                reason: e.to_string(),
            })
        })
        .collect()
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Prf {
    /// From precision and recall.
    pub fn new(precision: f64, recall: f64) -> Self {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }

    /// From counts: right findings, findings asserted, gold items (0 where
    /// a count it divides by is 0).
    pub fn from_counts(right: usize, asserted: usize, gold: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        Prf::new(ratio(right, asserted), ratio(right, gold))
    }
}
