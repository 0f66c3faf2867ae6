//! Story clustering against the benchmarks' stories: METER's courts
//! stories (`meter/story_clusters.jsonl`, a story = domain/date/catchline;
//! texts in date order, a day's PA copy before the newspapers) and BASIL's
//! events (`basil/articles.jsonl`, an event = a triplet; articles in date
//! order). METER is split by year: 1999 tunes the options, 2000 is held
//! out; BASIL is not looked at when tuning.
//!
//! Scores: pairwise precision, recall and F1 over pairs of texts (as in
//! Miranda et al. 2018's evaluation code) and BCubed (Bagga and Baldwin
//! 1998) — the same formulas as the benchmark folder's
//! `tools/cluster_scores.py`.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use crosscheck_cluster::{Clusterer, Doc, Options};
use crosscheck_text::Words;

use crate::EvalError;

/// One text of a clustering benchmark.
#[derive(Debug, Clone)]
pub struct Item {
    /// Its id in the benchmark.
    pub id: String,
    /// Its gold story.
    pub story: String,
    /// Its publication date.
    pub date: Option<NaiveDate>,
    /// Its headline, if the benchmark gives one.
    pub title: Option<String>,
    /// Its text.
    pub text: String,
}

/// Which part of a benchmark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// METER 1999: the options are tuned here.
    MeterDev,
    /// METER 2000: held out.
    MeterHeldout,
    /// BASIL's events, 2010–2014: never tuned on.
    Basil,
}

impl Part {
    /// Every part, in report order.
    pub const ALL: [Part; 3] = [Part::MeterDev, Part::MeterHeldout, Part::Basil];

    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Part::MeterDev => "meter 1999 (dev)",
            Part::MeterHeldout => "meter 2000 (held out)",
            Part::Basil => "basil 2010-2014 (unseen)",
        }
    }
}

/// A record's id, gold story (the field `story`), date and text.
fn fields<'v>(
    v: &'v serde_json::Value,
    path: &Path,
    story: &str,
) -> Result<[&'v str; 4], EvalError> {
    let get = |k: &str| v[k].as_str();
    match (get("id"), get(story), get("date"), get("text")) {
        (Some(id), Some(s), Some(date), Some(text)) => Ok([id, s, date, text]),
        _ => Err(EvalError::Read {
            path: path.display().to_string(),
            reason: format!("a record without id, {story}, date or text: {}", v["id"]),
        }),
    }
}

/// The texts of a part, in the order they are streamed.
pub fn read(bench: &Path, part: Part) -> Result<Vec<Item>, EvalError> {
    let mut items = Vec::new();
    match part {
        Part::MeterDev | Part::MeterHeldout => {
            let path = bench.join("meter/story_clusters.jsonl");
            let year = if part == Part::MeterDev { "99" } else { "00" };
            for v in crate::read_jsonl(&path)? {
                let [id, story, date, text] = fields(&v, &path, "cluster")?;
                if !date.ends_with(year) {
                    continue;
                }
                let date = crate::audit::meter_date(date)
                    .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
                items.push(Item {
                    id: id.to_string(),
                    story: story.to_string(),
                    date,
                    title: None,
                    text: text.to_string(),
                });
            }
            // A day's PA copy comes before the next morning's papers.
            items.sort_by(|a, b| {
                (a.date, !a.id.starts_with("PA/"), &a.id).cmp(&(
                    b.date,
                    !b.id.starts_with("PA/"),
                    &b.id,
                ))
            });
        }
        Part::Basil => {
            let path = bench.join("basil/articles.jsonl");
            for v in crate::read_jsonl(&path)? {
                let [id, story, date, text] = fields(&v, &path, "triplet_uuid")?;
                items.push(Item {
                    id: id.to_string(),
                    story: story.to_string(),
                    date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
                    title: v["title"].as_str().map(str::to_string),
                    text: text.to_string(),
                });
            }
            items.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
        }
    }
    Ok(items)
}

/// Cluster the items in order: the story of each.
pub fn cluster(items: &[Item], options: &Options) -> Vec<usize> {
    let mut clusterer = Clusterer::new(options.clone());
    for item in items {
        let words = Words::of(&item.text);
        let title = item.title.as_deref().map(|t| (t, Words::of(t)));
        clusterer.push(Doc {
            text: &item.text,
            words: &words,
            title: title.as_ref().map(|(t, w)| (*t, w)),
            date: item.date,
        });
    }
    clusterer.assignments()
}

/// Pairwise and BCubed scores of a clustering.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scores {
    /// Texts.
    pub texts: usize,
    /// Gold stories.
    pub gold_stories: usize,
    /// Stories found.
    pub stories: usize,
    /// Pairwise precision.
    pub pair_p: f64,
    /// Pairwise recall.
    pub pair_r: f64,
    /// Pairwise F1.
    pub pair_f1: f64,
    /// BCubed precision.
    pub b3_p: f64,
    /// BCubed recall.
    pub b3_r: f64,
    /// BCubed F1.
    pub b3_f1: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn pairs(n: usize) -> f64 {
    (n * n.saturating_sub(1) / 2) as f64
}

/// Score predicted stories against gold ones (same length, same order).
pub fn score<G: std::hash::Hash + Eq, P: std::hash::Hash + Eq>(
    gold: &[G],
    predicted: &[P],
) -> Scores {
    let n = gold.len();
    let mut both: HashMap<(&G, &P), usize> = HashMap::new();
    let mut g: HashMap<&G, usize> = HashMap::new();
    let mut p: HashMap<&P, usize> = HashMap::new();
    for (x, y) in gold.iter().zip(predicted) {
        *both.entry((x, y)).or_default() += 1;
        *g.entry(x).or_default() += 1;
        *p.entry(y).or_default() += 1;
    }
    let tp: f64 = both.values().map(|&k| pairs(k)).sum();
    let tp_fp: f64 = p.values().map(|&k| pairs(k)).sum();
    let tp_fn: f64 = g.values().map(|&k| pairs(k)).sum();
    let pair_p = if tp_fp > 0.0 { tp / tp_fp } else { 0.0 };
    let pair_r = if tp_fn > 0.0 { tp / tp_fn } else { 0.0 };
    let (mut b3_p, mut b3_r) = (0.0, 0.0);
    for (x, y) in gold.iter().zip(predicted) {
        let shared = both[&(x, y)] as f64;
        b3_p += shared / p[y] as f64;
        b3_r += shared / g[x] as f64;
    }
    let (b3_p, b3_r) = if n > 0 {
        (b3_p / n as f64, b3_r / n as f64)
    } else {
        (0.0, 0.0)
    };
    Scores {
        texts: n,
        gold_stories: g.len(),
        stories: p.len(),
        pair_p,
        pair_r,
        pair_f1: f1(pair_p, pair_r),
        b3_p,
        b3_r,
        b3_f1: f1(b3_p, b3_r),
    }
}

/// Read, cluster and score a part.
pub fn evaluate(bench: &Path, part: Part, options: &Options) -> Result<Scores, EvalError> {
    let items = read(bench, part)?;
    let predicted = cluster(&items, options);
    let gold: Vec<&str> = items.iter().map(|i| i.story.as_str()).collect();
    Ok(score(&gold, &predicted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_agree_with_hand_counts() {
        // Gold {a,b,c} {d}; predicted {a,b} {c,d}.
        let s = score(&["x", "x", "x", "y"], &[1, 1, 2, 2]);
        // Pairs: tp = ab = 1; predicted pairs 2; gold pairs 3.
        assert!((s.pair_p - 0.5).abs() < 1e-9 && (s.pair_r - 1.0 / 3.0).abs() < 1e-9);
        // BCubed precision: a 1, b 1, c 1/2, d 1/2 → 0.75; recall: a 2/3,
        // b 2/3, c 1/3, d 1 → 2/3.
        assert!((s.b3_p - 0.75).abs() < 1e-9 && (s.b3_r - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!((s.gold_stories, s.stories), (2, 2));
    }
}
