//! Main-text extraction scored like the article-extraction benchmark: per
//! page, the texts become `\w+` word tokens and then the multiset of 4-token
//! shingles; TP/FP/FN are shingle counts normalised to sum to one per page;
//! precision and recall are averaged over pages and F1 is taken of the
//! averages (the benchmark's `extraction_score.py`, re-implemented so tests
//! can pin floors without Python).

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::{EvalError, Prf};

/// One page's result.
#[derive(Debug, Clone)]
pub struct PageScore {
    /// Page id (file stem).
    pub id: String,
    /// Shingle precision.
    pub precision: f64,
    /// Shingle recall.
    pub recall: f64,
}

/// The whole run.
#[derive(Debug, Clone)]
pub struct ExtractionReport {
    /// Averaged precision/recall and their F1.
    pub score: Prf,
    /// Share of pages whose token lists are identical.
    pub accuracy: f64,
    /// Per page.
    pub pages: Vec<PageScore>,
    /// Predicted bodies by id (for writing in the benchmark's format).
    pub predictions: Vec<(String, String)>,
}

fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_' || is_mark(c);
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Combining marks count as word characters in Python's `\w`.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036f | 0x0483..=0x0489 | 0x0591..=0x05bd | 0x0610..=0x061a | 0x064b..=0x065f | 0x0900..=0x0903 | 0x093a..=0x094f | 0x3099..=0x309a)
}

fn shingles<'a>(tokens: &[&'a str]) -> HashMap<Vec<&'a str>, usize> {
    let mut out = HashMap::new();
    let n = 4;
    let count = tokens.len().saturating_sub(n - 1).max(1);
    for i in 0..count {
        let end = (i + n).min(tokens.len());
        if i < end {
            *out.entry(tokens[i..end].to_vec()).or_insert(0) += 1;
        }
    }
    out
}

/// Precision and recall of one page (None for a side the benchmark skips).
fn page(truth: &str, pred: &str) -> (Option<f64>, Option<f64>, bool) {
    let (tw, pw) = (words(truth), words(pred));
    let (t, p) = (shingles(&tw), shingles(&pw));
    let mut tp = 0usize;
    for (k, &c) in &t {
        tp += c.min(*p.get(k).unwrap_or(&0));
    }
    let fp: usize = p
        .iter()
        .map(|(k, &c)| c.saturating_sub(*t.get(k).unwrap_or(&0)))
        .sum();
    let fn_: usize = t
        .iter()
        .map(|(k, &c)| c.saturating_sub(*p.get(k).unwrap_or(&0)))
        .sum();
    let s = (tp + fp + fn_) as f64;
    let (tp, fp, fn_) = if s > 0.0 {
        (tp as f64 / s, fp as f64 / s, fn_ as f64 / s)
    } else {
        (0.0, 0.0, 0.0)
    };
    let all_zero = tp == 0.0 && fp == 0.0 && fn_ == 0.0;
    let prec = if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    };
    let rec = if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fn_ == 0.0 {
        0.0
    } else {
        tp / (tp + fn_)
    };
    let p = (tp + fp > 0.0 || all_zero).then_some(prec);
    let r = (tp + fn_ > 0.0 || all_zero).then_some(rec);
    (p, r, tw == pw)
}

/// Run crosscheck's HTML ingest over the benchmark's pages
/// (`article-extraction/html/*.html.gz`) and score it against
/// `ground-truth.json`.
pub fn run(bench: &Path) -> Result<ExtractionReport, EvalError> {
    let dir = bench.join("article-extraction");
    let read = |p: &Path| -> Result<Vec<u8>, EvalError> {
        std::fs::read(p).map_err(|e| EvalError::Read {
            path: p.display().to_string(),
            reason: e.to_string(),
        })
    };
    let truth_path = dir.join("ground-truth.json");
    let truth: Value =
        serde_json::from_slice(&read(&truth_path)?).map_err(|e| EvalError::Read {
            path: truth_path.display().to_string(),
            reason: e.to_string(),
        })?;
    let truth = truth.as_object().cloned().unwrap_or_default();
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let options = crosscheck_ingest::Options::default();
    let mut pages = Vec::new();
    let mut predictions = Vec::new();
    let (mut ps, mut rs, mut exact) = (Vec::new(), Vec::new(), 0usize);
    for id in ids {
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(&read(&path)?[..])
            .read_to_end(&mut html)
            .map_err(|e| EvalError::Read {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
        let mut body = String::new();
        crosscheck_ingest::read_bytes(
            id,
            &html,
            Some(crosscheck_ingest::Format::Html),
            &options,
            &mut |item| {
                if let Ok(article) = item {
                    body = article.text;
                }
            },
        );
        let gold = truth[id]["articleBody"].as_str().unwrap_or_default();
        let (p, r, same) = page(gold, &body);
        ps.extend(p);
        rs.extend(r);
        exact += usize::from(same);
        pages.push(PageScore {
            id: id.clone(),
            precision: p.unwrap_or(1.0),
            recall: r.unwrap_or(1.0),
        });
        predictions.push((id.clone(), body));
    }
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    Ok(ExtractionReport {
        score: Prf::new(mean(&ps), mean(&rs)),
        accuracy: exact as f64 / pages.len().max(1) as f64,
        pages,
        predictions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_like_the_benchmark() {
        let (p, r, same) = page("one two three four five", "one two three four five");
        assert_eq!((p, r, same), (Some(1.0), Some(1.0), true));
        let (p, r, _) = page("one two three four five", "one two three four six");
        assert_eq!(p, Some(0.5));
        assert_eq!(r, Some(0.5));
        let (p, r, _) = page("", "");
        assert_eq!((p, r), (Some(1.0), Some(1.0)));
    }
}
