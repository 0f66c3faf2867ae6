//! Caveats against the hand-annotated gold of `testdata/caveats`: whole
//! articles of BASIL triplets and METER stories in which every reliability
//! caveat was marked (`caveats.jsonl`), and for each caveat and each other
//! article of its story whether that article carries the claim without it
//! (`omissions.jsonl`). Split by year: `dev/` (BASIL 2010–2012, METER 1999)
//! is what the cue list may be tuned on, `heldout/` (BASIL 2013–2014, METER
//! 2000) is reported.
//!
//! A caveat is matched by its sentence: the claims stage reports the
//! sentence that carries a caveat, the gold the words of the caveat inside
//! it. An omission is matched by the caveat's sentence and the article said
//! to omit it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use rayon::prelude::*;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::derivation::Story;
use crate::{EvalError, read_jsonl};

/// One annotated article.
#[derive(Debug, Clone, Deserialize)]
struct GoldArticle {
    article: String,
    caveats: Vec<GoldCaveat>,
}

/// One caveat of the gold.
#[derive(Debug, Clone, Deserialize)]
struct GoldCaveat {
    text: String,
    sentence: String,
    kind: String,
}

/// One omission line of the gold.
#[derive(Debug, Clone, Deserialize)]
struct GoldOmission {
    story: String,
    with: OmissionWith,
    other: String,
    verdict: String,
    other_claim: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct OmissionWith {
    article: String,
    caveat: String,
    claim: String,
}

/// Precision and recall counts of one kind of finding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Findings asserted (in the annotated articles).
    pub predicted: usize,
    /// Of those, right.
    pub right: usize,
    /// Gold items.
    pub gold: usize,
    /// Of those, found.
    pub found: usize,
}

impl Counts {
    /// Precision, `None` with nothing asserted.
    pub fn precision(&self) -> Option<f64> {
        (self.predicted > 0).then(|| self.right as f64 / self.predicted as f64)
    }

    /// Recall, `None` with no gold.
    pub fn recall(&self) -> Option<f64> {
        (self.gold > 0).then(|| self.found as f64 / self.gold as f64)
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Self) {
        self.predicted += o.predicted;
        self.right += o.right;
        self.gold += o.gold;
        self.found += o.found;
    }
}

/// The scores of one split.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// Stories analysed.
    pub stories: usize,
    /// Articles annotated.
    pub articles: usize,
    /// Caveats, every kind the gold marks.
    pub caveats: Counts,
    /// Caveats leaving out the gold's `allegation` kind ("accused of",
    /// "charged with"): a prediction on a sentence whose only gold caveats
    /// are allegations counts neither way.
    pub reliability: Counts,
    /// Omissions: the article said to carry the claim without the caveat.
    pub omissions: Counts,
    /// Gold omissions missed, by why: the caveat not found; found, but the
    /// other article's statement of the claim is not in one claim with the
    /// statement the caveat qualifies (the alignment did not assert them);
    /// both found, and the omission not asserted.
    pub omissions_missed: [usize; 3],
    /// Gold caveats by kind: (kind, gold, found).
    pub by_kind: BTreeMap<String, (usize, usize)>,
    /// What went wrong, for `--details`: one line each.
    pub details: Vec<String>,
}

/// The splits, in report order.
pub const SPLITS: [&str; 2] = ["dev", "heldout"];

/// Score the caveats of every split of `gold_dir` (`testdata/caveats`) on
/// the benchmark texts of `bench`; `analyse` runs the pipeline on a story.
pub fn run(
    bench: &Path,
    gold_dir: &Path,
    analyse: &(dyn Fn(&[crosscheck_model::Article]) -> crosscheck_pipeline::Analysis + Sync),
) -> Result<Vec<(&'static str, Scores)>, EvalError> {
    let records = Records::load(bench)?;
    SPLITS
        .iter()
        .map(|&split| {
            let dir = gold_dir.join(split);
            let articles: Vec<GoldArticle> = parse(&dir.join("caveats.jsonl"))?;
            let omissions: Vec<GoldOmission> = parse(&dir.join("omissions.jsonl"))?;
            Ok((split, score(&records, &articles, &omissions, analyse)?))
        })
        .collect()
}

fn parse<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, EvalError> {
    read_jsonl(path)?
        .into_iter()
        .enumerate()
        .map(|(n, v)| {
            serde_json::from_value(v).map_err(|e| EvalError::Read {
                path: path.display().to_string(),
                reason: format!("line {}: {e}", n + 1),
            })
        })
        .collect()
}

/// The benchmark records by id, with the story each belongs to.
struct Records {
    /// id → `{"id","outlet","published","text"}`.
    by_id: HashMap<String, Value>,
    /// Story key (as the gold writes it) → record ids, agency copies first.
    stories: HashMap<String, Vec<String>>,
    /// Record id → story key.
    story_of: HashMap<String, String>,
}

impl Records {
    fn load(bench: &Path) -> Result<Records, EvalError> {
        let mut r = Records {
            by_id: HashMap::new(),
            stories: HashMap::new(),
            story_of: HashMap::new(),
        };
        for v in read_jsonl(&bench.join("basil/articles.jsonl"))? {
            let (Some(id), Some(triplet)) = (v["id"].as_str(), v["triplet_uuid"].as_str()) else {
                continue;
            };
            let outlet = match v["source"].as_str() {
                Some("fox") => "Fox News",
                Some("nyt") => "The New York Times",
                Some("hpo") => "HuffPost",
                _ => "unknown",
            };
            let key = format!("basil-{}", &triplet[..8.min(triplet.len())]);
            r.add(
                &key,
                json!({"id": id, "outlet": outlet, "published": v["date"], "text": v["text"]}),
            );
        }
        let dir = bench.join("meter");
        let pa: HashMap<String, Value> = read_jsonl(&dir.join("pa_sources.jsonl"))?
            .into_iter()
            .filter_map(|v| Some((v["id"].as_str()?.to_string(), v)))
            .collect();
        for np in read_jsonl(&dir.join("newspapers.jsonl"))? {
            let date = np["date"].as_str().unwrap_or_default();
            let key = format!(
                "meter-{}/{}/{}",
                np["domain"].as_str().unwrap_or_default(),
                date,
                np["catchline"].as_str().unwrap_or_default()
            );
            let published = crate::audit::meter_date(date);
            for id in np["pa_sources"].as_array().into_iter().flatten() {
                if let Some(p) = id.as_str().and_then(|id| pa.get(id)) {
                    r.add(
                        &key,
                        json!({"id": p["id"], "outlet": "PA", "published": published, "text": p["text"]}),
                    );
                }
            }
            r.add(
                &key,
                json!({"id": np["id"], "outlet": np["newspaper"], "published": published, "text": np["text"]}),
            );
        }
        // Agency copies first, then the rest, each in id order.
        for ids in r.stories.values_mut() {
            ids.sort_by_key(|id| (!id.starts_with("PA/"), id.clone()));
        }
        Ok(r)
    }

    fn add(&mut self, key: &str, record: Value) {
        let id = record["id"].as_str().unwrap_or_default().to_string();
        if self.by_id.contains_key(&id) {
            return;
        }
        self.stories
            .entry(key.to_string())
            .or_default()
            .push(id.clone());
        self.story_of.insert(id.clone(), key.to_string());
        self.by_id.insert(id, record);
    }
}

/// The sentence (index) of `article` holding the gold's caveat: where its
/// words start inside the unique `sentence` substring.
fn sentence_of(article: &crosscheck_model::Article, sentence: &str, words: &str) -> Option<usize> {
    let at = article.text.find(sentence)?;
    let inner = sentence.find(words).unwrap_or(0);
    let byte = at + inner;
    article
        .sentences
        .iter()
        .position(|s| s.span.start <= byte && byte < s.span.end.max(s.span.start + 1))
}

fn score(
    records: &Records,
    articles: &[GoldArticle],
    omissions: &[GoldOmission],
    analyse: &(dyn Fn(&[crosscheck_model::Article]) -> crosscheck_pipeline::Analysis + Sync),
) -> Result<Scores, EvalError> {
    let missing = |id: &str| EvalError::Read {
        path: "testdata/caveats".to_string(),
        reason: format!("`{id}` is not a record of the benchmark"),
    };
    let mut keys: BTreeSet<&str> = BTreeSet::new();
    for a in articles {
        keys.insert(
            records
                .story_of
                .get(&a.article)
                .ok_or_else(|| missing(&a.article))?,
        );
    }
    for o in omissions {
        if !records.stories.contains_key(&o.story) {
            return Err(missing(&o.story));
        }
    }
    let keys: Vec<&str> = keys.into_iter().collect();
    let per_story: Vec<Scores> = keys
        .par_iter()
        .map(|key| {
            let ids = &records.stories[*key];
            let story = Story {
                records: ids.iter().map(|id| records.by_id[id].clone()).collect(),
                gold: BTreeMap::new(),
            };
            let read = story.articles();
            let analysis = analyse(&read);
            score_story(key, &analysis, articles, omissions)
        })
        .collect();
    let mut total = Scores {
        stories: keys.len(),
        ..Scores::default()
    };
    for s in per_story {
        total.articles += s.articles;
        total.caveats += s.caveats;
        total.reliability += s.reliability;
        total.omissions += s.omissions;
        for (t, m) in total.omissions_missed.iter_mut().zip(s.omissions_missed) {
            *t += m;
        }
        for (k, (g, f)) in s.by_kind {
            let e = total.by_kind.entry(k).or_default();
            e.0 += g;
            e.1 += f;
        }
        total.details.extend(s.details);
    }
    Ok(total)
}

fn score_story(
    key: &str,
    analysis: &crosscheck_pipeline::Analysis,
    articles: &[GoldArticle],
    omissions: &[GoldOmission],
) -> Scores {
    let mut s = Scores::default();
    let index: HashMap<&str, usize> = analysis
        .articles
        .iter()
        .enumerate()
        .filter_map(|(k, a)| Some((a.origin.record_id.as_deref()?, k)))
        .collect();
    // Gold caveats: (article, sentence) → kinds.
    let mut gold: BTreeMap<(usize, usize), Vec<&str>> = BTreeMap::new();
    let mut annotated: BTreeSet<usize> = BTreeSet::new();
    for a in articles {
        let Some(&k) = index.get(a.article.as_str()) else {
            continue;
        };
        annotated.insert(k);
        for c in &a.caveats {
            match sentence_of(&analysis.articles[k], &c.sentence, &c.text) {
                Some(i) => gold.entry((k, i)).or_default().push(&c.kind),
                None => s
                    .details
                    .push(format!("{key}: gold caveat not placed: {:?}", c.text)),
            }
        }
    }
    s.articles = annotated.len();
    // Predicted caveats and omissions in the annotated articles.
    let mut predicted: BTreeMap<(usize, usize), BTreeSet<usize>> = BTreeMap::new();
    // What the other article says of the claim (for the details).
    let mut said: BTreeMap<(usize, usize, usize), Vec<usize>> = BTreeMap::new();
    for claim in &analysis.claims {
        for c in &claim.caveats {
            if annotated.contains(&c.article) {
                predicted
                    .entry((c.article, c.sentence))
                    .or_default()
                    .extend(c.omitted_by.iter().copied());
                for &other in &c.omitted_by {
                    said.entry((c.article, c.sentence, other))
                        .or_default()
                        .extend(
                            claim
                                .statements
                                .iter()
                                .filter(|(a, _)| *a == other)
                                .map(|(_, i)| *i),
                        );
                }
            }
        }
    }
    let where_ = |(k, i): (usize, usize)| {
        let a = &analysis.articles[k];
        format!(
            "{} a{}.s{} {:?}",
            a.origin.record_id.as_deref().unwrap_or("?"),
            k + 1,
            i + 1,
            a.slice(a.sentences[i].span)
        )
    };
    for &at in predicted.keys() {
        s.caveats.predicted += 1;
        match gold.get(&at) {
            Some(kinds) => {
                s.caveats.right += 1;
                if kinds.iter().any(|k| *k != "allegation") {
                    s.reliability.predicted += 1;
                    s.reliability.right += 1;
                }
            }
            None => {
                s.reliability.predicted += 1;
                s.details
                    .push(format!("{key}: caveat not in the gold: {}", where_(at)));
            }
        }
    }
    for (&at, kinds) in &gold {
        let found = predicted.contains_key(&at);
        s.caveats.gold += 1;
        s.caveats.found += usize::from(found);
        if kinds.iter().any(|k| *k != "allegation") {
            s.reliability.gold += 1;
            s.reliability.found += usize::from(found);
        }
        for kind in kinds {
            let e = s.by_kind.entry((*kind).to_string()).or_default();
            e.0 += 1;
            e.1 += usize::from(found);
        }
        if !found {
            s.details.push(format!(
                "{key}: gold caveat missed ({}): {}",
                kinds.join(", "),
                where_(at)
            ));
        }
    }
    // Omissions: gold verdicts by (caveat article, caveat sentence, other).
    let mut verdicts: BTreeMap<(usize, usize, usize), &str> = BTreeMap::new();
    // A gold omission placed: (caveat article, caveat sentence, other).
    let place = |o: &GoldOmission| -> Option<(usize, usize, usize)> {
        let k = *index.get(o.with.article.as_str())?;
        let other = *index.get(o.other.as_str())?;
        let caveat = articles
            .iter()
            .filter(|a| a.article == o.with.article)
            .flat_map(|a| &a.caveats)
            .find(|c| c.text == o.with.caveat)?;
        let i = sentence_of(&analysis.articles[k], &caveat.sentence, &caveat.text)?;
        Some((k, i, other))
    };
    for o in omissions.iter().filter(|o| o.story == key) {
        let Some((k, i, other)) = place(o) else {
            continue;
        };
        // Two caveats of one sentence: omitted when either is.
        let v = verdicts.entry((k, i, other)).or_insert(o.verdict.as_str());
        if o.verdict == "omitted" {
            *v = "omitted";
        }
    }
    for (&(k, i), by) in &predicted {
        for &other in by {
            s.omissions.predicted += 1;
            match verdicts.get(&(k, i, other)) {
                Some(&"omitted") => s.omissions.right += 1,
                v => s.details.push(format!(
                    "{key}: omission by a{} not in the gold ({}): {}\n      the claim in a{}: {}",
                    other + 1,
                    v.unwrap_or(&"no such caveat"),
                    where_((k, i)),
                    other + 1,
                    said.get(&(k, i, other))
                        .into_iter()
                        .flatten()
                        .map(|&j| where_((other, j)))
                        .collect::<Vec<_>>()
                        .join(" | ")
                )),
            }
        }
    }
    for (&(k, i, other), v) in &verdicts {
        if *v == "omitted" {
            s.omissions.gold += 1;
            let found = predicted.get(&(k, i)).is_some_and(|by| by.contains(&other));
            s.omissions.found += usize::from(found);
        }
    }
    // Why the gold omissions were missed.
    let claim_of: HashMap<(usize, usize), usize> = analysis
        .claims
        .iter()
        .enumerate()
        .flat_map(|(c, claim)| claim.statements.iter().map(move |&st| (st, c)))
        .collect();
    for o in omissions
        .iter()
        .filter(|o| o.story == key && o.verdict == "omitted")
    {
        let Some((k, i, other)) = place(o) else {
            continue;
        };
        if predicted.get(&(k, i)).is_some_and(|by| by.contains(&other)) {
            continue;
        }
        let qualified = sentence_of(&analysis.articles[k], &o.with.claim, "");
        let theirs = o
            .other_claim
            .as_deref()
            .and_then(|c| sentence_of(&analysis.articles[other], c, ""));
        let linked = match (qualified, theirs) {
            (Some(q), Some(t)) => {
                claim_of.contains_key(&(k, q)) && claim_of.get(&(k, q)) == claim_of.get(&(other, t))
            }
            _ => false,
        };
        let why = if !predicted.contains_key(&(k, i)) {
            0
        } else if !linked {
            if let (Some(q), Some(t)) = (qualified, theirs) {
                let aligned = analysis.alignments.iter().find(|al| {
                    (al.a, al.a_sentence, al.b, al.b_sentence) == (k, q, other, t)
                        || (al.b, al.b_sentence, al.a, al.a_sentence) == (k, q, other, t)
                });
                s.details.push(format!(
                    "{key}: omission missed, statements not in one claim (alignment: {}): {}\n      {}",
                    aligned.map_or("none".to_string(), |al| format!(
                        "{} {:.2} asserted {}",
                        al.relation.as_str(),
                        al.score,
                        al.asserted
                    )),
                    where_((k, q)),
                    where_((other, t))
                ));
            }
            1
        } else {
            2
        };
        s.omissions_missed[why] += 1;
    }
    s
}
