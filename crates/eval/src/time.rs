//! Time expressions against the hand-annotated set in
//! `testdata/time-expressions.jsonl`: sentences from the BASIL and PolNeAR
//! texts with their publication dates, each expected expression with its
//! normalised value and precision (annotated by hand; a week, "last week",
//! has the month of its Monday, as the contract has no week precision).
//!
//! A predicted expression is right when it overlaps an expected one and has
//! its value and precision.

use std::path::Path;

use chrono::NaiveDate;
use serde_json::Value;

use crate::{EvalError, Prf, read_jsonl};

/// The scores.
#[derive(Debug, Clone)]
pub struct TimeReport {
    /// Sentences.
    pub sentences: usize,
    /// Expected expressions.
    pub expected: usize,
    /// Predicted expressions.
    pub predicted: usize,
    /// Precision / recall / F1 of (span overlap, value, precision).
    pub score: Prf,
    /// The misses and wrong values: (sentence, expected or predicted text, detail).
    pub errors: Vec<String>,
}

/// Score the time expressions of the repository's annotated set.
pub fn evaluate(root: &Path) -> Result<TimeReport, EvalError> {
    let items = read_jsonl(&root.join("testdata/time-expressions.jsonl"))?;
    let (mut expected_n, mut predicted_n, mut tp_pred, mut tp_gold) = (0, 0, 0, 0);
    let mut errors = Vec::new();
    for item in &items {
        let text = item["text"].as_str().unwrap_or_default();
        let anchor = item["published"]
            .as_str()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        // Expected spans: successive occurrences of each expected text.
        let mut from = 0;
        let expected: Vec<(usize, usize, &str, &str)> = item["expected"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e: &Value| {
                let t = e["text"].as_str()?;
                let at = text[from..]
                    .find(t)
                    .map(|o| o + from)
                    .or_else(|| text.find(t))?;
                from = at + t.len();
                Some((
                    at,
                    at + t.len(),
                    e["value"].as_str()?,
                    e["precision"].as_str()?,
                ))
            })
            .collect();
        let predicted = crosscheck_time::expressions_in(text, anchor);
        expected_n += expected.len();
        predicted_n += predicted.len();
        let right = |(s, e): (usize, usize), value: &str, precision: &str| {
            predicted.iter().any(|(span, w)| {
                span.start < e
                    && s < span.end
                    && w.value() == value
                    && w.precision.as_str() == precision
            })
        };
        for &(s, e, value, precision) in &expected {
            if right((s, e), value, precision) {
                tp_gold += 1;
            } else {
                errors.push(format!(
                    "missed\t{:?} {value} ({precision})\t{text}",
                    &text[s..e]
                ));
            }
        }
        for (span, w) in &predicted {
            let ok = expected.iter().any(|&(s, e, value, precision)| {
                span.start < e
                    && s < span.end
                    && w.value() == value
                    && w.precision.as_str() == precision
            });
            if ok {
                tp_pred += 1;
            } else {
                errors.push(format!(
                    "wrong\t{:?} {} ({})\t{text}",
                    span.slice(text),
                    w.value(),
                    w.precision.as_str()
                ));
            }
        }
    }
    let p = if predicted_n > 0 {
        tp_pred as f64 / predicted_n as f64
    } else {
        0.0
    };
    let r = if expected_n > 0 {
        tp_gold as f64 / expected_n as f64
    } else {
        0.0
    };
    Ok(TimeReport {
        sentences: items.len(),
        expected: expected_n,
        predicted: predicted_n,
        score: Prf::new(p, r),
        errors,
    })
}
