//! Attribution extraction on PolNeAR (political news, source / cue /
//! content spans), scored as the benchmark's `score.py polnear` does:
//! exact-match P/R/F1 per role and for the whole triple (multiset matching),
//! character-overlap P/R/F1 per role, and content matching at gold-coverage
//! thresholds 0.3 and 0.8 with the share of matched attributions whose
//! predicted source overlaps the gold one. Also the speaker accuracy of
//! direct quotations: of the gold attributions whose content holds a
//! quotation mark and that are matched at 0.3, the share whose predicted
//! source overlaps the gold source.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use crosscheck_model::{Article, ArticleMeta, CharIndex, Origin};
use serde_json::{Value, json};

use crate::{EvalError, Prf, read_jsonl};

/// Character offsets of one role (several fragments for a discontinuous span).
type Frags = Vec<(usize, usize)>;

/// One attribution as spans of characters.
#[derive(Debug, Clone, Default)]
struct Triple {
    source: Frags,
    cue: Frags,
    content: Frags,
    quoted: bool,
}

/// The scores.
#[derive(Debug, Clone, Default)]
pub struct PolnearReport {
    /// Articles scored.
    pub articles: usize,
    /// Gold attributions.
    pub gold: usize,
    /// Predicted attributions.
    pub predicted: usize,
    /// Exact match per role (`source`, `cue`, `content`, `triple`).
    pub exact: BTreeMap<&'static str, Prf>,
    /// Character overlap per role.
    pub overlap: BTreeMap<&'static str, Prf>,
    /// Content matched at a coverage threshold (0.3, 0.8), with the share of
    /// matches whose sources overlap.
    pub content_match: Vec<(f64, Prf, f64)>,
    /// Direct quotations matched at 0.3 whose predicted source overlaps the gold.
    pub quote_speaker_accuracy: f64,
    /// Direct quotations matched at 0.3.
    pub quotes_matched: usize,
}

fn frags(v: &Value) -> Frags {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| Some((f["start"].as_u64()? as usize, f["end"].as_u64()? as usize)))
                .collect()
        })
        .unwrap_or_default()
}

fn key(f: &Frags) -> Vec<(usize, usize)> {
    let mut k = f.clone();
    k.sort_unstable();
    k
}

fn chars(f: &Frags) -> BTreeSet<usize> {
    f.iter().flat_map(|&(s, e)| s..e).collect()
}

/// crosscheck's attributions of one PolNeAR text (character offsets).
fn predict(text: &str) -> Vec<Triple> {
    let mut article =
        Article::from_text(Origin::default(), ArticleMeta::default(), text.to_string());
    crosscheck_text::segment(&mut article);
    let found = crosscheck_quotes::analyse(&article);
    let index = CharIndex::new(&article.text);
    let span = |s: crosscheck_model::Span| {
        let (a, b) = index.char_span(s);
        vec![(a, b)]
    };
    found
        .attributions
        .iter()
        .map(|a| Triple {
            source: a.source.map(span).unwrap_or_default(),
            cue: span(a.cue),
            content: if a.content_parts.is_empty() {
                span(a.content)
            } else {
                a.content_parts.iter().flat_map(|&s| span(s)).collect()
            },
            quoted: a.direct,
        })
        .collect()
}

fn prf(tp: usize, fp: usize, fn_: usize) -> Prf {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    Prf::new(p, r)
}

/// Score crosscheck on a PolNeAR split (`dev.jsonl`, `train.jsonl`);
/// `predictions`, when given, receives the predictions in the scorer's format.
pub fn evaluate(file: &Path, predictions: Option<&Path>) -> Result<PolnearReport, EvalError> {
    evaluate_with(file, predictions, &predict)
}

/// Score the learned attribution tagger (an experiment; see
/// [`crate::polnear_tagger`]) on a PolNeAR split.
pub fn evaluate_learned(
    file: &Path,
    predictions: Option<&Path>,
    model: &crosscheck_entities::ner::Model,
) -> Result<PolnearReport, EvalError> {
    let predictor = |text: &str| -> Vec<Triple> {
        // The rules' speakers of direct quotations are the more accurate:
        // a learned attribution whose content is mostly a quotation the
        // rules attribute takes the rules' source.
        let rules = predict(text);
        crate::polnear_tagger::predict(model, text)
            .into_iter()
            .map(|(mut source, cue, content)| {
                let mine = chars(&content);
                let quoted = rules.iter().find(|r| {
                    r.quoted
                        && !r.source.is_empty()
                        && 2 * chars(&r.content).intersection(&mine).count()
                            >= mine.len().min(chars(&r.content).len())
                        && !mine.is_empty()
                });
                if let Some(r) = quoted {
                    source = r.source.clone();
                }
                Triple {
                    source,
                    cue,
                    content,
                    quoted: false,
                }
            })
            .collect()
    };
    evaluate_with(file, predictions, &predictor)
}

fn evaluate_with(
    file: &Path,
    predictions: Option<&Path>,
    predict: &dyn Fn(&str) -> Vec<Triple>,
) -> Result<PolnearReport, EvalError> {
    let records = read_jsonl(file)?;
    let roles: [&'static str; 3] = ["source", "cue", "content"];
    let mut exact: HashMap<&'static str, [usize; 3]> = HashMap::new();
    let mut overlap: HashMap<&'static str, [usize; 3]> = HashMap::new();
    let mut thresholds = [(0.3, [0usize; 5]), (0.8, [0usize; 5])];
    let (mut quotes_matched, mut quote_speaker_ok) = (0usize, 0usize);
    let mut report = PolnearReport::default();
    let mut lines = Vec::new();
    for r in &records {
        let text = r["text"].as_str().unwrap_or_default();
        let gold: Vec<Triple> = r["attributions"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|x| Triple {
                        source: frags(&x["source"]),
                        cue: frags(&x["cue"]),
                        content: frags(&x["content"]),
                        quoted: x["content_has_quote_mark"].as_bool().unwrap_or(false),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let pred = predict(text);
        report.articles += 1;
        report.gold += gold.len();
        report.predicted += pred.len();
        if predictions.is_some() {
            let f = |fr: &Frags| {
                fr.iter()
                    .map(|&(s, e)| json!({"start": s, "end": e}))
                    .collect::<Vec<_>>()
            };
            lines.push(json!({"id": r["id"], "attributions": pred.iter().map(|t| json!({
                "source": f(&t.source), "cue": f(&t.cue), "content": f(&t.content)})).collect::<Vec<_>>()}));
        }
        let role = |t: &Triple, name: &str| -> Frags {
            match name {
                "source" => t.source.clone(),
                "cue" => t.cue.clone(),
                _ => t.content.clone(),
            }
        };
        // Exact match, multiset.
        for name in roles.iter().copied().chain(["triple"]) {
            let k = |t: &Triple| -> Vec<Vec<(usize, usize)>> {
                if name == "triple" {
                    roles.iter().map(|r| key(&role(t, r))).collect()
                } else {
                    vec![key(&role(t, name))]
                }
            };
            let count = |ts: &[Triple]| {
                let mut m: HashMap<Vec<Vec<(usize, usize)>>, usize> = HashMap::new();
                for t in ts
                    .iter()
                    .filter(|t| name == "triple" || !role(t, name).is_empty())
                {
                    *m.entry(k(t)).or_default() += 1;
                }
                m
            };
            let (g, p) = (count(&gold), count(&pred));
            let tp: usize = g
                .iter()
                .map(|(k, n)| (*n).min(p.get(k).copied().unwrap_or(0)))
                .sum();
            let e = exact.entry(name).or_default();
            e[0] += tp;
            e[1] += p.values().sum::<usize>() - tp;
            e[2] += g.values().sum::<usize>() - tp;
        }
        // Character overlap.
        for name in roles {
            let gc: BTreeSet<usize> = gold.iter().flat_map(|t| chars(&role(t, name))).collect();
            let pc: BTreeSet<usize> = pred.iter().flat_map(|t| chars(&role(t, name))).collect();
            let o = overlap.entry(name).or_default();
            o[0] += gc.intersection(&pc).count();
            o[1] += pc.len();
            o[2] += gc.len();
        }
        // Content matching at coverage thresholds.
        for (threshold, c) in &mut thresholds {
            let mut used: BTreeSet<usize> = BTreeSet::new();
            for g in &gold {
                let gcont = chars(&g.content);
                if gcont.is_empty() {
                    continue;
                }
                let mut best: Option<(f64, usize)> = None;
                for (j, p) in pred.iter().enumerate() {
                    if used.contains(&j) {
                        continue;
                    }
                    let sc =
                        gcont.intersection(&chars(&p.content)).count() as f64 / gcont.len() as f64;
                    if sc > *threshold && best.is_none_or(|(b, _)| sc > b) {
                        best = Some((sc, j));
                    }
                }
                let Some((_, j)) = best else {
                    c[2] += 1;
                    continue;
                };
                used.insert(j);
                c[0] += 1;
                let (gs, ps) = (chars(&g.source), chars(&pred[j].source));
                let agree = !gs.is_disjoint(&ps);
                if !gs.is_empty() || !ps.is_empty() {
                    c[3] += 1;
                    c[4] += usize::from(agree);
                }
                if *threshold < 0.5 && g.quoted && !gs.is_empty() {
                    quotes_matched += 1;
                    quote_speaker_ok += usize::from(agree);
                }
            }
            c[1] += pred
                .iter()
                .enumerate()
                .filter(|(j, p)| !used.contains(j) && !p.content.is_empty())
                .count();
        }
    }
    if let Some(path) = predictions {
        let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
        std::fs::write(path, body).map_err(|e| EvalError::Read {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
    }
    for (name, e) in exact {
        report.exact.insert(name, prf(e[0], e[1], e[2]));
    }
    for (name, o) in overlap {
        let p = if o[1] > 0 {
            o[0] as f64 / o[1] as f64
        } else {
            0.0
        };
        let r = if o[2] > 0 {
            o[0] as f64 / o[2] as f64
        } else {
            0.0
        };
        report.overlap.insert(name, Prf::new(p, r));
    }
    report.content_match = thresholds
        .iter()
        .map(|(t, c)| {
            (
                *t,
                prf(c[0], c[1], c[2]),
                if c[3] > 0 {
                    c[4] as f64 / c[3] as f64
                } else {
                    0.0
                },
            )
        })
        .collect();
    report.quotes_matched = quotes_matched;
    report.quote_speaker_accuracy = if quotes_matched > 0 {
        quote_speaker_ok as f64 / quotes_matched as f64
    } else {
        0.0
    };
    Ok(report)
}
