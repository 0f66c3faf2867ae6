//! METER (Press Association copy → UK newspapers, courts domain).
//!
//! [`spans`]: token-level reuse. Each annotated newspaper text is compared
//! with every PA text of its story; the union of the passages found is the
//! predicted "reused" text, scored per character (white space excluded)
//! against the gold verbatim + rewrite spans.

use std::collections::HashMap;
use std::path::Path;

use crosscheck_model::CharIndex;

use crate::{EvalError, Prf, read_jsonl};

/// The PA texts by id.
fn pa_texts(dir: &Path) -> Result<HashMap<String, String>, EvalError> {
    Ok(read_jsonl(&dir.join("pa_sources.jsonl"))?
        .into_iter()
        .filter_map(|v| {
            Some((
                v["id"].as_str()?.to_string(),
                v["text"].as_str()?.to_string(),
            ))
        })
        .collect())
}

/// Character-level reuse scores.
#[derive(Debug, Clone)]
pub struct SpanReport {
    /// Reused (verbatim + rewrite) vs new, over all characters pooled.
    pub reused: Prf,
    /// Recall of the gold verbatim characters alone.
    pub verbatim_recall: f64,
    /// Recall of the gold rewrite characters alone.
    pub rewrite_recall: f64,
    /// Newspaper texts scored.
    pub texts: usize,
}

/// Score passage-level reuse on `meter/lexical_spans.jsonl`.
pub fn spans(
    bench: &Path,
    options: &crosscheck_reuse::Options,
    sentence_containment: f32,
) -> Result<SpanReport, EvalError> {
    let dir = bench.join("meter");
    let pa = pa_texts(&dir)?;
    let gold = read_jsonl(&dir.join("lexical_spans.jsonl"))?;
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut verb_hit, mut verb_all, mut rew_hit, mut rew_all) = (0usize, 0usize, 0usize, 0usize);
    for item in &gold {
        let text = item["text"].as_str().unwrap_or_default();
        let chars: Vec<char> = text.chars().collect();
        // Gold label per char: 0 new, 1 verbatim, 2 rewrite.
        let mut label = vec![0u8; chars.len()];
        for span in item["spans"].as_array().into_iter().flatten() {
            let (Some(s), Some(e), Some(kind)) =
                (span[0].as_u64(), span[1].as_u64(), span[2].as_str())
            else {
                continue;
            };
            let v = match kind {
                "verbatim" => 1,
                "rewrite" => 2,
                _ => 0,
            };
            for l in label
                .iter_mut()
                .take((e as usize).min(chars.len()))
                .skip(s as usize)
            {
                *l = v;
            }
        }
        let mut predicted = vec![false; chars.len()];
        let index = CharIndex::new(text);
        for id in item["pa_sources"].as_array().into_iter().flatten() {
            let Some(source) = id.as_str().and_then(|id| pa.get(id)) else {
                continue;
            };
            for p in crosscheck_reuse::reuse(source, text, options) {
                let (s, e) = index.char_span(p.target);
                predicted[s..e].iter_mut().for_each(|x| *x = true);
            }
            // The sentences derivation counts as rewritten (as it finds them).
            let source = crosscheck_reuse::SentenceIndex::new(source);
            let target = crosscheck_reuse::SentenceIndex::new(text);
            for span in source.contained(&target, sentence_containment, 3) {
                let (s, e) = index.char_span(span);
                predicted[s..e].iter_mut().for_each(|x| *x = true);
            }
        }
        for ((c, l), p) in chars.iter().zip(&label).zip(&predicted) {
            if c.is_whitespace() {
                continue;
            }
            match (*l > 0, *p) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fn_ += 1,
                _ => {}
            }
            match l {
                1 => {
                    verb_all += 1;
                    verb_hit += usize::from(*p);
                }
                2 => {
                    rew_all += 1;
                    rew_hit += usize::from(*p);
                }
                _ => {}
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Ok(SpanReport {
        reused: Prf::new(ratio(tp, tp + fp), ratio(tp, tp + fn_)),
        verbatim_recall: ratio(verb_hit, verb_all),
        rewrite_recall: ratio(rew_hit, rew_all),
        texts: gold.len(),
    })
}
