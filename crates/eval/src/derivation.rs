//! Document-level derivation on METER (English) and COUNTER (Urdu): each
//! newspaper text is wholly, partially or non-derived from the agency copy of
//! its story, read off the `derivation` edges that `compare` finds when the
//! story's agency and newspaper texts are analysed together.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value, json};

use crate::{EvalError, Prf, read_jsonl};

/// The three classes.
pub const CLASSES: [&str; 3] = ["wholly", "partially", "non"];

/// One story: JSONL records (agency copies first), and for each newspaper
/// record's id its gold class (0 wholly, 1 partially, 2 non).
pub struct Story {
    /// `{"id","outlet","published","text"}` records.
    pub records: Vec<Value>,
    /// Gold class per newspaper record id.
    pub gold: BTreeMap<String, usize>,
}

impl Story {
    /// The records read as articles, as `compare` reads a JSONL file (not
    /// yet segmented; unreadable records left out).
    pub fn articles(&self) -> Vec<crosscheck_model::Article> {
        let jsonl: String = self.records.iter().map(|r| format!("{r}\n")).collect();
        let mut articles = Vec::new();
        crosscheck_ingest::read_bytes(
            "story.jsonl",
            jsonl.as_bytes(),
            Some(crosscheck_ingest::Format::Jsonl),
            &crosscheck_ingest::Options::default(),
            &mut |item| {
                if let Ok(a) = item {
                    articles.push(a);
                }
            },
        );
        articles
    }
}

/// One newspaper text's features and its gold class.
#[derive(Debug, Clone)]
pub struct Item {
    /// Record id.
    pub id: String,
    /// Gold class.
    pub gold: usize,
    /// Largest shared fraction over edges from an agency copy to it (0 if none).
    pub shared: f32,
    /// Largest share of its text in verbatim passages of five or more words
    /// shared with one agency copy.
    pub verbatim: f32,
    /// The class read off the edges with the thresholds in force.
    pub predicted: usize,
}

/// Scores of a run.
#[derive(Debug, Clone)]
pub struct DerivationReport {
    /// Ternary macro P/R/F1.
    pub ternary: Prf,
    /// Per class (wholly, partially, non).
    pub per_class: [Prf; 3],
    /// Binary (derived vs non-derived) macro P/R/F1.
    pub binary: Prf,
    /// Binary, the derived class alone.
    pub derived_class: Prf,
    /// The items.
    pub items: Vec<Item>,
}

fn meter_date(d: &str) -> String {
    // "12.07.99" → "1999-07-12"
    let p: Vec<&str> = d.split('.').collect();
    if p.len() == 3 {
        let year: u32 = p[2].parse().unwrap_or(0);
        let year = if year > 50 { 1900 + year } else { 2000 + year };
        format!("{year}-{}-{}", p[1], p[0])
    } else {
        d.to_string()
    }
}

/// The METER courts stories: PA texts and newspaper texts per catchline.
pub fn meter_stories(bench: &Path) -> Result<Vec<Story>, EvalError> {
    let dir = bench.join("meter");
    let pa: BTreeMap<String, Value> = read_jsonl(&dir.join("pa_sources.jsonl"))?
        .into_iter()
        .filter_map(|v| Some((v["id"].as_str()?.to_string(), v)))
        .collect();
    let mut stories: BTreeMap<String, Story> = BTreeMap::new();
    for np in read_jsonl(&dir.join("newspapers.jsonl"))? {
        let key = format!(
            "{}/{}/{}",
            np["domain"].as_str().unwrap_or(""),
            np["date"].as_str().unwrap_or(""),
            np["catchline"].as_str().unwrap_or("")
        );
        let class = match np["label"].as_str() {
            Some("wholly-derived") => 0,
            Some("partially-derived") => 1,
            _ => 2,
        };
        let date = meter_date(np["date"].as_str().unwrap_or(""));
        let story = stories.entry(key).or_insert_with(|| Story {
            records: Vec::new(),
            gold: BTreeMap::new(),
        });
        if story.records.is_empty() {
            for id in np["pa_sources"].as_array().into_iter().flatten() {
                if let Some(p) = id.as_str().and_then(|id| pa.get(id)) {
                    story.records.push(json!({"id": p["id"], "outlet": "PA", "published": date, "text": p["text"]}));
                }
            }
        }
        let id = np["id"].as_str().unwrap_or_default().to_string();
        story.records.push(
            json!({"id": id, "outlet": np["newspaper"], "published": date, "text": np["text"]}),
        );
        story.gold.insert(id, class);
    }
    Ok(stories.into_values().collect())
}

/// The METER texts annotated word by word (`lexical_spans.jsonl`), each
/// with the shares of its text the annotators marked reused (verbatim or
/// rewrite: `shared`) and verbatim (`verbatim`), non-space characters
/// counted. Classifying these shares shows how far the document classes
/// follow from the reuse itself: the ceiling of any classifier that reads
/// the share of reused text, however well it finds that text.
pub fn meter_gold_shares(bench: &Path) -> Result<Vec<Item>, EvalError> {
    let records = read_jsonl(&bench.join("meter").join("lexical_spans.jsonl"))?;
    Ok(records
        .iter()
        .map(|r| {
            let chars: Vec<char> = r["text"].as_str().unwrap_or_default().chars().collect();
            let mut counts = [0usize; 3];
            for span in r["spans"].as_array().into_iter().flatten() {
                let (Some(s), Some(e)) = (span[0].as_u64(), span[1].as_u64()) else {
                    continue;
                };
                let kind = match span[2].as_str() {
                    Some("verbatim") => 0,
                    Some("rewrite") => 1,
                    _ => 2,
                };
                let (s, e) = (s as usize, (e as usize).min(chars.len()));
                counts[kind] += chars[s.min(e)..e]
                    .iter()
                    .filter(|c| !c.is_whitespace())
                    .count();
            }
            let all = counts.iter().sum::<usize>().max(1) as f32;
            Item {
                id: r["id"].as_str().unwrap_or_default().to_string(),
                gold: match r["label"].as_str() {
                    Some("wholly-derived") => 0,
                    Some("partially-derived") => 1,
                    _ => 2,
                },
                shared: (counts[0] + counts[1]) as f32 / all,
                verbatim: counts[0] as f32 / all,
                predicted: 2,
            }
        })
        .collect())
}

/// The items of `items` that are also in `among` (by id).
pub fn among(items: &[Item], among: &[Item]) -> Vec<Item> {
    let ids: std::collections::HashSet<&str> = among.iter().map(|g| g.id.as_str()).collect();
    items
        .iter()
        .filter(|i| ids.contains(i.id.as_str()))
        .cloned()
        .collect()
}

/// `items` classified by thresholds `(whole, partial)` on the shared
/// fraction ([`classify`]) and scored.
pub fn with_thresholds(items: &[Item], (whole, partial): (f32, f32)) -> DerivationReport {
    score(
        items
            .iter()
            .map(|i| Item {
                predicted: classify(i.shared, whole, partial),
                ..i.clone()
            })
            .collect(),
    )
}

/// The COUNTER pairs: agency copy and newspaper story.
pub fn counter_stories(bench: &Path) -> Result<Vec<Story>, EvalError> {
    let rows = read_jsonl(&bench.join("counter/events.jsonl"))?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let arts = row["articles"].as_array()?;
            let class = match row["labels"]["derivation"]["classification"].as_str()? {
                "wholly_derived" => 0,
                "partially_derived" => 1,
                _ => 2,
            };
            let records: Vec<Value> = arts
                .iter()
                .enumerate()
                .map(|(k, a)| {
                    json!({"id": format!("{}:{k}", row["event_id"].as_str().unwrap_or("")), "outlet": a["outlet"], "published": a["date"], "text": a["text"]})
                })
                .collect();
            let id = records.get(1)?["id"].as_str()?.to_string();
            Some(Story {
                records,
                gold: BTreeMap::from([(id, class)]),
            })
        })
        .collect())
}

/// Analyse every story and read each newspaper text's largest shared
/// fraction over derivation edges from an agency copy.
pub fn features(stories: &[Story], settings: &crosscheck_pipeline::Settings) -> Vec<Item> {
    let mut items = Vec::new();
    for story in stories {
        let articles = story.articles();
        let analysis = crosscheck_pipeline::analyse_with(articles, None, settings);
        let ids: Vec<Option<&str>> = analysis
            .articles
            .iter()
            .map(|a| a.origin.record_id.as_deref())
            .collect();
        for (k, id) in ids.iter().enumerate() {
            let Some(id) = id else { continue };
            let Some(&gold) = story.gold.get(*id) else {
                continue;
            };
            let shared = analysis
                .derivation
                .edges
                .iter()
                .filter(|e| e.derived == k && !story.gold.contains_key(ids[e.source].unwrap_or("")))
                .map(|e| e.combined_fraction)
                .fold(0.0f32, f32::max);
            let predicted = analysis
                .derivation
                .edges
                .iter()
                .filter(|e| e.derived == k && !story.gold.contains_key(ids[e.source].unwrap_or("")))
                .map(|e| match e.extent {
                    crosscheck_pipeline::Extent::Whole => 0,
                    crosscheck_pipeline::Extent::Partial => 1,
                })
                .min()
                .unwrap_or(2);
            let target = &analysis.articles[k];
            let verbatim = analysis
                .articles
                .iter()
                .enumerate()
                .filter(|(j, _)| ids[*j].is_some_and(|i| !story.gold.contains_key(i)))
                .map(|(_, source)| verbatim_share(&source.text, &target.text))
                .fold(0.0f32, f32::max);
            items.push(Item {
                id: id.to_string(),
                gold,
                shared,
                verbatim,
                predicted,
            });
        }
    }
    items
}

/// The share of `target`'s non-space characters in verbatim passages of five
/// or more words shared with `source`.
fn verbatim_share(source: &str, target: &str) -> f32 {
    let options = crosscheck_reuse::Options {
        min_words: 5,
        ..crosscheck_reuse::Options::default()
    };
    let passages = crosscheck_reuse::reuse(source, target, &options)
        .into_iter()
        .filter(|p| p.kind == crosscheck_reuse::ReuseKind::Verbatim)
        .map(|p| p.target);
    crosscheck_reuse::coverage(target, passages)
}

/// Score predicted against gold classes.
pub fn score(items: Vec<Item>) -> DerivationReport {
    let prf = |tp: usize, fp: usize, fn_: usize| {
        let p = if tp + fp == 0 {
            0.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fn_ == 0 {
            0.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        Prf::new(p, r)
    };
    let class_prf = |c: usize, map: &dyn Fn(usize) -> usize| {
        let tp = items
            .iter()
            .filter(|i| map(i.gold) == c && map(i.predicted) == c)
            .count();
        let fp = items
            .iter()
            .filter(|i| map(i.gold) != c && map(i.predicted) == c)
            .count();
        let fn_ = items
            .iter()
            .filter(|i| map(i.gold) == c && map(i.predicted) != c)
            .count();
        prf(tp, fp, fn_)
    };
    let id = |c: usize| c;
    let per_class = [class_prf(0, &id), class_prf(1, &id), class_prf(2, &id)];
    let macro_of = |v: &[Prf]| {
        let n = v.len() as f64;
        Prf {
            precision: v.iter().map(|p| p.precision).sum::<f64>() / n,
            recall: v.iter().map(|p| p.recall).sum::<f64>() / n,
            f1: v.iter().map(|p| p.f1).sum::<f64>() / n,
        }
    };
    let bin = |c: usize| usize::from(c == 2);
    let derived_class = class_prf(0, &bin);
    let non_class = class_prf(1, &bin);
    DerivationReport {
        ternary: macro_of(&per_class),
        per_class,
        binary: macro_of(&[derived_class, non_class]),
        derived_class,
        items,
    }
}

/// Classify by thresholds on the shared fraction.
pub fn classify(shared: f32, whole: f32, partial: f32) -> usize {
    if shared >= whole {
        0
    } else if shared >= partial {
        1
    } else {
        2
    }
}

/// Classify by the shared fraction (whole) and, for derived at all, either
/// enough verbatim passages or enough shared text.
pub fn classify2(item: &Item, whole: f32, verbatim: f32, partial: f32) -> usize {
    if item.shared >= whole {
        0
    } else if item.verbatim >= verbatim || item.shared >= partial {
        1
    } else {
        2
    }
}

/// Ten-fold cross-validation (folds by position, deterministic): thresholds
/// fitted by `fit` on nine folds classify the tenth with `classify`. Returns
/// the scores and the thresholds fitted on all items.
fn cross_validate<T: Copy>(
    items: &[Item],
    fit: impl Fn(&[&Item]) -> T,
    classify: impl Fn(&Item, T) -> usize,
) -> (DerivationReport, T) {
    let folds = 10;
    let mut predicted = Vec::new();
    for k in 0..folds {
        let train: Vec<&Item> = items
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, x)| x)
            .collect();
        let t = fit(&train);
        predicted.extend(
            items
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds == k)
                .map(|(_, x)| Item {
                    predicted: classify(x, t),
                    ..x.clone()
                }),
        );
    }
    let all: Vec<&Item> = items.iter().collect();
    (score(predicted), fit(&all))
}

/// The ternary macro F1 of `classify` with thresholds `t` on `items`.
fn fitness<T: Copy>(items: &[&Item], t: T, classify: &impl Fn(&Item, T) -> usize) -> f64 {
    score(
        items
            .iter()
            .map(|i| Item {
                predicted: classify(i, t),
                ..(*i).clone()
            })
            .collect(),
    )
    .ternary
    .f1
}

/// Cross-validated scores of the two-feature rule ([`classify2`]) and its
/// thresholds fitted on all items.
pub fn cross_validated2(items: &[Item]) -> (DerivationReport, (f32, f32, f32)) {
    let grid: Vec<f32> = (0..30).map(|i| i as f32 * 0.0333).collect();
    let rule = |i: &Item, (w, v, p): (f32, f32, f32)| classify2(i, w, v, p);
    let fit = |train: &[&Item]| {
        let mut best = (0.0, (0.6, 0.1, 0.3));
        for &w in &grid {
            for &v in &grid {
                for &p in grid.iter().filter(|&&p| p <= w) {
                    let f = fitness(train, (w, v, p), &rule);
                    if f > best.0 {
                        best = (f, (w, v, p));
                    }
                }
            }
        }
        best.1
    };
    cross_validate(items, fit, rule)
}

/// Cross-validated scores of thresholds on the shared fraction alone
/// ([`classify`]) and the thresholds fitted on all items.
pub fn cross_validated(items: &[Item]) -> (DerivationReport, (f32, f32)) {
    let grid: Vec<f32> = (1..40).map(|i| i as f32 * 0.025).collect();
    let rule = |i: &Item, (w, p): (f32, f32)| classify(i.shared, w, p);
    let fit = |train: &[&Item]| {
        let mut best = (0.0, (0.6, 0.2));
        for &w in &grid {
            for &p in grid.iter().filter(|&&p| p < w) {
                let f = fitness(train, (w, p), &rule);
                if f > best.0 {
                    best = (f, (w, p));
                }
            }
        }
        best.1
    };
    cross_validate(items, fit, rule)
}
