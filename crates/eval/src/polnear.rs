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
    // PolNeAR's attributions include stances and wishes.
    found
        .attributions
        .iter()
        .chain(&found.stances)
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
    let mut tally = Tally::default();
    let mut lines = Vec::new();
    for r in &records {
        let text = r["text"].as_str().unwrap_or_default();
        let gold = triples(&r["attributions"]);
        let pred = predict(text);
        if predictions.is_some() {
            let f = |fr: &Frags| {
                fr.iter()
                    .map(|&(s, e)| json!({"start": s, "end": e}))
                    .collect::<Vec<_>>()
            };
            lines.push(json!({"id": r["id"], "attributions": pred.iter().map(|t| json!({
                "source": f(&t.source), "cue": f(&t.cue), "content": f(&t.content)})).collect::<Vec<_>>()}));
        }
        tally.add(&gold, &pred);
    }
    if let Some(path) = predictions {
        let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
        std::fs::write(path, body).map_err(|e| EvalError::Read {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
    }
    Ok(tally.report())
}

/// The attributions of one annotation (a record's `attributions`, or one
/// annotator's list in `other_annotators`).
fn triples(v: &Value) -> Vec<Triple> {
    v.as_array()
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
        .unwrap_or_default()
}

const ROLES: [&str; 3] = ["source", "cue", "content"];

fn role<'t>(t: &'t Triple, name: &str) -> &'t Frags {
    match name {
        "source" => &t.source,
        "cue" => &t.cue,
        _ => &t.content,
    }
}

/// The counts behind a [`PolnearReport`], added up over (gold, predicted)
/// pairs of annotations of one text.
#[derive(Debug)]
struct Tally {
    articles: usize,
    gold: usize,
    predicted: usize,
    /// Per role: true positives, false positives, false negatives.
    exact: HashMap<&'static str, [usize; 3]>,
    /// Per role: shared, predicted and gold characters.
    overlap: HashMap<&'static str, [usize; 3]>,
    /// Per threshold: matched, unmatched predicted, unmatched gold, matches
    /// with a source on either side, those whose sources overlap.
    thresholds: [(f64, [usize; 5]); 2],
    quotes_matched: usize,
    quote_speaker_ok: usize,
}

impl Default for Tally {
    fn default() -> Self {
        Tally {
            articles: 0,
            gold: 0,
            predicted: 0,
            exact: HashMap::new(),
            overlap: HashMap::new(),
            thresholds: [(0.3, [0; 5]), (0.8, [0; 5])],
            quotes_matched: 0,
            quote_speaker_ok: 0,
        }
    }
}

impl Tally {
    /// One text: `gold` as the reference, `pred` scored against it.
    fn add(&mut self, gold: &[Triple], pred: &[Triple]) {
        self.articles += 1;
        self.gold += gold.len();
        self.predicted += pred.len();
        // Exact match, multiset.
        for name in ROLES.iter().copied().chain(["triple"]) {
            let k = |t: &Triple| -> Vec<Vec<(usize, usize)>> {
                if name == "triple" {
                    ROLES.iter().map(|r| key(role(t, r))).collect()
                } else {
                    vec![key(role(t, name))]
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
            let (g, p) = (count(gold), count(pred));
            let tp: usize = g
                .iter()
                .map(|(k, n)| (*n).min(p.get(k).copied().unwrap_or(0)))
                .sum();
            let e = self.exact.entry(name).or_default();
            e[0] += tp;
            e[1] += p.values().sum::<usize>() - tp;
            e[2] += g.values().sum::<usize>() - tp;
        }
        // Character overlap.
        for name in ROLES {
            let gc: BTreeSet<usize> = gold.iter().flat_map(|t| chars(role(t, name))).collect();
            let pc: BTreeSet<usize> = pred.iter().flat_map(|t| chars(role(t, name))).collect();
            let o = self.overlap.entry(name).or_default();
            o[0] += gc.intersection(&pc).count();
            o[1] += pc.len();
            o[2] += gc.len();
        }
        // Content matching at coverage thresholds.
        for (threshold, c) in &mut self.thresholds {
            let mut used: BTreeSet<usize> = BTreeSet::new();
            for g in gold {
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
                    self.quotes_matched += 1;
                    self.quote_speaker_ok += usize::from(agree);
                }
            }
            c[1] += pred
                .iter()
                .enumerate()
                .filter(|(j, p)| !used.contains(j) && !p.content.is_empty())
                .count();
        }
    }

    fn report(self) -> PolnearReport {
        let ratio = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        PolnearReport {
            articles: self.articles,
            gold: self.gold,
            predicted: self.predicted,
            exact: self
                .exact
                .iter()
                .map(|(name, e)| (*name, prf(e[0], e[1], e[2])))
                .collect(),
            overlap: self
                .overlap
                .iter()
                .map(|(name, o)| (*name, Prf::new(ratio(o[0], o[1]), ratio(o[0], o[2]))))
                .collect(),
            content_match: self
                .thresholds
                .iter()
                .map(|(t, c)| (*t, prf(c[0], c[1], c[2]), ratio(c[4], c[3])))
                .collect(),
            quote_speaker_accuracy: ratio(self.quote_speaker_ok, self.quotes_matched),
            quotes_matched: self.quotes_matched,
        }
    }
}

/// How far PolNeAR's own annotators agree with each other, and crosscheck
/// with them, on the texts that several annotators annotated.
#[derive(Debug, Clone)]
pub struct Agreement {
    /// Texts with several annotations.
    pub articles: usize,
    /// Distinct annotators over them.
    pub annotators: usize,
    /// Every annotator scored against every other (each ordered pair: one
    /// taken as gold, the other as predictions; counts pooled).
    pub between_annotators: PolnearReport,
    /// crosscheck scored against each annotator in turn (counts pooled).
    pub crosscheck: PolnearReport,
}

/// The PolNeAR files that hold texts several annotators annotated.
pub fn agreement_files(bench: &Path) -> Vec<std::path::PathBuf> {
    ["annotator_training", "dev", "train"]
        .iter()
        .map(|name| bench.join("polnear").join(format!("{name}.jsonl")))
        .collect()
}

/// Inter-annotator agreement on the texts of `files` that several
/// annotators annotated (`attributions` and `other_annotators`), beside
/// crosscheck's agreement with the same annotators. None when no file has
/// such a text.
pub fn agreement(files: &[&Path]) -> Result<Option<Agreement>, EvalError> {
    let mut records = Vec::new();
    for file in files {
        records.extend(read_jsonl(file)?);
    }
    let (mut between, mut mine) = (Tally::default(), Tally::default());
    let mut annotators: BTreeSet<String> = BTreeSet::new();
    let mut articles = 0;
    for r in &records {
        let Some(others) = r["other_annotators"].as_object().filter(|o| !o.is_empty()) else {
            continue;
        };
        let mut annotations = vec![triples(&r["attributions"])];
        annotators.insert(r["annotator"].as_str().unwrap_or_default().to_string());
        for (name, list) in others {
            annotators.insert(name.clone());
            annotations.push(triples(list));
        }
        articles += 1;
        let pred = predict(r["text"].as_str().unwrap_or_default());
        for (i, gold) in annotations.iter().enumerate() {
            for (j, other) in annotations.iter().enumerate() {
                if i != j {
                    between.add(gold, other);
                }
            }
            mine.add(gold, &pred);
        }
    }
    if articles == 0 {
        return Ok(None);
    }
    Ok(Some(Agreement {
        articles,
        annotators: annotators.len(),
        between_annotators: between.report(),
        crosscheck: mine.report(),
    }))
}
