//! BABE (Spinde et al. 2021): sentences labelled biased or not by experts,
//! with the words they marked. Trains the framing stage's loaded-language
//! models and scores them by cross-validation (BABE ships no split; the
//! literature cross-validates): macro F1 over the two classes, as the
//! benchmark's scorer computes it, beside a lexicon learned from the same
//! training folds.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crosscheck_framing::loaded::{self, Example, SentenceFeatures, Weights};

use crate::EvalError;

/// One labelled sentence.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Row {
    /// Benchmark id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// `Biased`, `Non-biased` or `No agreement`.
    pub label_bias: String,
    /// The words the experts marked.
    pub biased_words: Vec<String>,
}

impl Row {
    /// The words the experts marked, as the models read words.
    pub fn marked(&self) -> HashSet<String> {
        self.biased_words
            .iter()
            .flat_map(|w| loaded::words(w).into_iter().map(|(_, w)| w))
            .collect()
    }

    /// The label, when the experts agreed.
    pub fn biased(&self) -> Option<bool> {
        match self.label_bias.as_str() {
            "Biased" => Some(true),
            "Non-biased" => Some(false),
            _ => None,
        }
    }
}

/// Read `babe/babe_sg2.jsonl`: the rows with an agreed label.
pub fn read(bench: &Path) -> Result<Vec<Row>, EvalError> {
    let path = bench.join("babe/babe_sg2.jsonl");
    let read_error = |reason: String| EvalError::Read {
        path: path.display().to_string(),
        reason,
    };
    let text = std::fs::read_to_string(&path).map_err(|e| read_error(e.to_string()))?;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let row: Row =
            serde_json::from_str(line).map_err(|e| read_error(format!("line {}: {e}", n + 1)))?;
        if row.biased().is_some() {
            rows.push(row);
        }
    }
    Ok(rows)
}

/// Vectors of sentences or words in the distilled embedding, in order.
pub type Embed<'a> = &'a dyn Fn(&[&str]) -> Result<Vec<Vec<f32>>, String>;

/// The rows' sentences and words with their vectors, computed once.
pub struct Embedded {
    sentences: Vec<Vec<f32>>,
    words: HashMap<String, Vec<f32>>,
    tokens: Vec<Vec<String>>,
}

impl Embedded {
    /// Embed every sentence and every distinct word of the rows.
    pub fn new(rows: &[Row], embed: Embed) -> Result<Embedded, String> {
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        let sentences = embed(&texts)?;
        let tokens: Vec<Vec<String>> = rows
            .iter()
            .map(|r| loaded::words(&r.text).into_iter().map(|(_, w)| w).collect())
            .collect();
        let mut vocab: Vec<&str> = tokens.iter().flatten().map(String::as_str).collect();
        vocab.sort_unstable();
        vocab.dedup();
        let vectors = embed(&vocab)?;
        let words = vocab.into_iter().map(str::to_string).zip(vectors).collect();
        Ok(Embedded {
            sentences,
            words,
            tokens,
        })
    }
}

/// The L2 penalty and iterations of both models (chosen on folds of the
/// training data only).
const L2_WORD: f32 = 1e-5;
const L2_SENTENCE: f32 = 1e-4;
const ITERATIONS: usize = 600;

/// Train both models on the rows `train`.
pub fn train(rows: &[Row], e: &Embedded, train: &[usize]) -> Weights {
    // The word model: one example per distinct word, weighted by how often
    // it was marked and not marked; classes balanced.
    let mut counts: HashMap<&str, (f32, f32)> = HashMap::new();
    for &i in train {
        let marked = rows[i].marked();
        for w in &e.tokens[i] {
            let c = counts.entry(w.as_str()).or_default();
            if marked.contains(w) {
                c.0 += 1.0;
            } else {
                c.1 += 1.0;
            }
        }
    }
    let mut vocab: Vec<(&str, (f32, f32))> = counts.into_iter().collect();
    vocab.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let (pos, neg) = vocab
        .iter()
        .fold((0.0, 0.0), |(p, n), (_, (a, b))| (p + a, n + b));
    let mut xs: Vec<Example> = Vec::new();
    let mut ys = Vec::new();
    let mut ws = Vec::new();
    for (w, (a, b)) in &vocab {
        let Some(v) = e.words.get(*w) else { continue };
        let x: Example = v.iter().copied().enumerate().collect();
        if *a > 0.0 {
            xs.push(x.clone());
            ys.push(true);
            ws.push(a * (pos + neg) / (2.0 * pos));
        }
        if *b > 0.0 {
            xs.push(x);
            ys.push(false);
            ws.push(b * (pos + neg) / (2.0 * neg));
        }
    }
    let word = loaded::fit_logistic(&xs, &ys, &ws, loaded::DIM, L2_WORD, ITERATIONS);
    let word_only = Weights {
        word,
        dense: vec![0.0; loaded::DIM + loaded::WORD_FEATURES + 1],
        hashed: Vec::new(),
    };
    let examples: Vec<Example> = train
        .iter()
        .map(|&i| loaded::sentence_example(&features(e, i, &word_only)))
        .collect();
    let labels: Vec<bool> = train
        .iter()
        .map(|&i| rows[i].biased() == Some(true))
        .collect();
    let sentence = loaded::fit_logistic(
        &examples,
        &labels,
        &vec![1.0; labels.len()],
        loaded::SENTENCE_DIM,
        L2_SENTENCE,
        ITERATIONS,
    );
    loaded::weights_from(word_only.word, &sentence)
}

fn features(e: &Embedded, i: usize, w: &Weights) -> SentenceFeatures {
    let p: Vec<f32> = e.tokens[i]
        .iter()
        .map(|t| e.words.get(t).map_or(0.0, |v| w.word_probability(v)))
        .collect();
    SentenceFeatures::new(&e.tokens[i], &p, e.sentences[i].clone())
}

/// The sentence model's probability for row `i`.
pub fn probability(e: &Embedded, i: usize, w: &Weights) -> f32 {
    w.sentence_probability(&features(e, i, w))
}

/// Cross-validated scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// Sentences scored.
    pub sentences: usize,
    /// Folds.
    pub folds: usize,
    /// Macro F1 of the models (sentence probability ≥ the floor).
    pub model_macro_f1: f64,
    /// Precision of "biased" at the floor.
    pub model_precision: f64,
    /// Recall of "biased" at the floor.
    pub model_recall: f64,
    /// Macro F1 of the lexicon alone: a sentence is biased when it holds a
    /// word the training folds' experts marked at least twice and in at
    /// least 30 % of its occurrences.
    pub lexicon_macro_f1: f64,
    /// Precision of the word model's words at the word floor, against the
    /// experts' marked words (tokens of sentences labelled biased and not).
    pub word_precision: f64,
    /// Its recall.
    pub word_recall: f64,
}

/// `folds`-fold cross-validation, stratified, shuffled by `seed`.
pub fn cross_validate(rows: &[Row], e: &Embedded, folds: usize, seed: u64) -> Scores {
    let fold_of = fold_of(rows, folds, seed);
    let mut predicted = vec![false; rows.len()];
    let mut lexicon = vec![false; rows.len()];
    let (mut wtp, mut wfp, mut wfn) = (0usize, 0usize, 0usize);
    for f in 0..folds {
        let train_idx: Vec<usize> = (0..rows.len()).filter(|&i| fold_of[i] != f).collect();
        let test: Vec<usize> = (0..rows.len()).filter(|&i| fold_of[i] == f).collect();
        let w = train(rows, e, &train_idx);
        let lex = learned_lexicon(rows, e, &train_idx);
        for &i in &test {
            predicted[i] = probability(e, i, &w) >= loaded::SENTENCE_FLOOR;
            lexicon[i] = e.tokens[i].iter().any(|t| lex.contains(t.as_str()));
            let marked = rows[i].marked();
            for t in &e.tokens[i] {
                let p = e.words.get(t).map_or(0.0, |v| w.word_probability(v));
                match (p >= loaded::WORD_FLOOR, marked.contains(t)) {
                    (true, true) => wtp += 1,
                    (true, false) => wfp += 1,
                    (false, true) => wfn += 1,
                    (false, false) => {}
                }
            }
        }
    }
    let gold: Vec<bool> = rows.iter().map(|r| r.biased() == Some(true)).collect();
    let (p, r, _) = prf(&gold, &predicted);
    Scores {
        sentences: rows.len(),
        folds,
        model_macro_f1: macro_f1(&gold, &predicted),
        model_precision: p,
        model_recall: r,
        lexicon_macro_f1: macro_f1(&gold, &lexicon),
        word_precision: ratio(wtp, wtp + wfp),
        word_recall: ratio(wtp, wtp + wfn),
    }
}

/// The fold of each row: stratified by label, shuffled by `seed`.
pub fn fold_of(rows: &[Row], folds: usize, seed: u64) -> Vec<usize> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut fold_of = vec![0usize; rows.len()];
    for label in [true, false] {
        let mut idx: Vec<usize> = (0..rows.len())
            .filter(|&i| rows[i].biased() == Some(label))
            .collect();
        rng.shuffle(&mut idx);
        for (k, i) in idx.into_iter().enumerate() {
            fold_of[i] = k % folds;
        }
    }
    fold_of
}

/// The tuned bias head of the sentence model, scored on the same folds as
/// [`cross_validate`], beside the logistic models it would back.
#[derive(Debug, Clone, PartialEq)]
pub struct TunedScores {
    /// Folds run (of `folds`).
    pub run: usize,
    /// Folds made.
    pub folds: usize,
    /// Sentences scored (those of the folds run).
    pub sentences: usize,
    /// Macro F1 of the tuned head alone, per fold run.
    pub tuned_per_fold: Vec<f64>,
    /// Macro F1 over every sentence scored: the tuned head alone.
    pub tuned: f64,
    /// The logistic models alone, on the same sentences.
    pub logistic: f64,
    /// The cascade: (floor of the logistic model, macro F1, share of the
    /// sentences the tuned head reads). Below the floor a sentence is not
    /// biased without running the tuned head.
    pub cascade: Vec<(f32, f64, f64)>,
    /// Blends of the two: (the logistic model's weight in the mean of the
    /// two probabilities, the floor the mean must reach, macro F1).
    pub blends: Vec<(f32, f32, f64)>,
    /// Seconds spent training and classifying.
    pub seconds: f64,
}

/// Cross-validate the tuned head (`run` of `folds` folds).
pub fn tuned_cross_validate(
    rows: &[Row],
    e: &Embedded,
    model: &crosscheck_embed::Model,
    folds: usize,
    run: std::ops::Range<usize>,
    seed: u64,
    options: &crosscheck_embed::tuned::TrainOptions,
) -> Result<TunedScores, crosscheck_embed::EmbedError> {
    use crosscheck_embed::tuned::BiasHead;
    let started = std::time::Instant::now();
    let fold_of = fold_of(rows, folds, seed);
    let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
    let from = model.layers() - options.top.min(model.layers());
    let lowers = model.lower(&texts, from)?;
    let labels: Vec<bool> = rows.iter().map(|r| r.biased() == Some(true)).collect();
    let (mut gold, mut tuned, mut cheap) = (Vec::new(), Vec::new(), Vec::new());
    let mut per_fold = Vec::new();
    for f in run.start..run.end.min(folds) {
        let train_idx: Vec<usize> = (0..rows.len()).filter(|&i| fold_of[i] != f).collect();
        let test: Vec<usize> = (0..rows.len()).filter(|&i| fold_of[i] == f).collect();
        let pick = |idx: &[usize]| -> Vec<crosscheck_embed::tuned::Lower> {
            idx.iter().map(|&i| lowers[i].clone()).collect()
        };
        let train_labels: Vec<bool> = train_idx.iter().map(|&i| labels[i]).collect();
        let head = BiasHead::train(model, &pick(&train_idx), &train_labels, options)?;
        let p = head.probabilities(&pick(&test))?;
        let w = train(rows, e, &train_idx);
        let fold_gold: Vec<bool> = test.iter().map(|&i| labels[i]).collect();
        let fold_pred: Vec<bool> = p.iter().map(|&p| p >= loaded::SENTENCE_FLOOR).collect();
        per_fold.push(macro_f1(&fold_gold, &fold_pred));
        gold.extend(fold_gold);
        tuned.extend(p);
        cheap.extend(test.iter().map(|&i| probability(e, i, &w)));
    }
    let at =
        |ps: &[f32]| -> Vec<bool> { ps.iter().map(|&p| p >= loaded::SENTENCE_FLOOR).collect() };
    let cascade = [0.1f32, 0.2, 0.3, 0.4, loaded::CASCADE_FLOOR, 0.6]
        .into_iter()
        .map(|floor| {
            let pred: Vec<bool> = tuned
                .iter()
                .zip(&cheap)
                .map(|(&t, &c)| c >= floor && t >= loaded::SENTENCE_FLOOR)
                .collect();
            let read = cheap.iter().filter(|&&c| c >= floor).count();
            (floor, macro_f1(&gold, &pred), ratio(read, cheap.len()))
        })
        .collect();
    let blends = [0.0f32, 0.1, 0.2, 0.3, 0.4, 0.5]
        .into_iter()
        .flat_map(|w| [0.3f32, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65].map(|f| (w, f)))
        .map(|(w, floor)| {
            let pred: Vec<bool> = tuned
                .iter()
                .zip(&cheap)
                .map(|(&t, &c)| blend_at(w, t, c) >= floor)
                .collect();
            (w, floor, macro_f1(&gold, &pred))
        })
        .collect();
    Ok(TunedScores {
        run: per_fold.len(),
        blends,
        folds,
        sentences: gold.len(),
        tuned_per_fold: per_fold,
        tuned: macro_f1(&gold, &at(&tuned)),
        logistic: macro_f1(&gold, &at(&cheap)),
        cascade,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// A blend of the head's and the logistic model's probabilities, chosen
/// on fold 1 (the logistic model's weight in their mean, 0.2, and the
/// floor, 0.45: macro F1 0.8095 against the head's 0.7998 there) and
/// measured on the held-out fold: not adopted (BENCHMARKS, "Loaded
/// language").
const BLEND_LOGISTIC_WEIGHT: f32 = 0.2;
/// The floor of [`blend`].
const BLEND_FLOOR: f32 = 0.45;

/// The mean of the head's and the logistic model's probability, the
/// logistic model's weighing `weight`.
fn blend_at(weight: f32, tuned: f32, logistic: f32) -> f32 {
    (1.0 - weight) * tuned + weight * logistic
}

/// The blend chosen on fold 1.
fn blend(tuned: f32, logistic: f32) -> f32 {
    blend_at(BLEND_LOGISTIC_WEIGHT, tuned, logistic)
}

/// The folds of BABE's cross-validation (`eval babe`, `eval babe-tuned`,
/// `train bias-head`).
pub const FOLDS: usize = 5;
/// Their seed.
pub const FOLD_SEED: u64 = 2021;
/// The fold the shipped bias head was not trained on (of [`FOLDS`]).
pub const HELD_OUT_FOLD: usize = 0;

/// The shipped bias head on the fold it was not trained on.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldOut {
    /// Sentences of the fold.
    pub sentences: usize,
    /// Macro F1 of the head alone.
    pub tuned: f64,
    /// Its precision on the biased class.
    pub tuned_precision: f64,
    /// Recall on the biased class.
    pub tuned_recall: f64,
    /// The logistic models trained on the other folds.
    pub logistic: f64,
    /// As the pipeline runs it: the head reads what the logistic model
    /// gives at least [`loaded::CASCADE_FLOOR`]. Macro F1.
    pub cascade: f64,
    /// Precision on the biased class of the cascade.
    pub cascade_precision: f64,
    /// Recall on the biased class of the cascade.
    pub cascade_recall: f64,
    /// The head's probability blended with the logistic model's
    /// ([`blend`], at [`BLEND_FLOOR`]). Macro F1.
    pub blend: f64,
    /// Its precision on the biased class.
    pub blend_precision: f64,
    /// Its recall on the biased class.
    pub blend_recall: f64,
    /// The blend in the cascade: of the sentences the logistic model gives
    /// at least [`loaded::CASCADE_FLOOR`]. Macro F1.
    pub blend_cascade: f64,
}

/// Score the model's shipped bias head on [`HELD_OUT_FOLD`]; `None` when
/// the model has no head.
pub fn held_out(
    rows: &[Row],
    e: &Embedded,
    model: &crosscheck_embed::Model,
) -> Result<Option<HeldOut>, crosscheck_embed::EmbedError> {
    let fold_of = fold_of(rows, FOLDS, FOLD_SEED);
    let train_idx: Vec<usize> = (0..rows.len())
        .filter(|&i| fold_of[i] != HELD_OUT_FOLD)
        .collect();
    let test: Vec<usize> = (0..rows.len())
        .filter(|&i| fold_of[i] == HELD_OUT_FOLD)
        .collect();
    let texts: Vec<&str> = test.iter().map(|&i| rows[i].text.as_str()).collect();
    let Some(tuned) = model.bias(&texts)? else {
        return Ok(None);
    };
    let w = train(rows, e, &train_idx);
    let cheap: Vec<f32> = test.iter().map(|&i| probability(e, i, &w)).collect();
    let gold: Vec<bool> = test
        .iter()
        .map(|&i| rows[i].biased() == Some(true))
        .collect();
    let at =
        |ps: &[f32]| -> Vec<bool> { ps.iter().map(|&p| p >= loaded::SENTENCE_FLOOR).collect() };
    let cascade: Vec<bool> = tuned
        .iter()
        .zip(&cheap)
        .map(|(&t, &c)| c >= loaded::CASCADE_FLOOR && t >= loaded::SENTENCE_FLOOR)
        .collect();
    let (tp, tr, _) = prf(&gold, &at(&tuned));
    let (cp, cr, _) = prf(&gold, &cascade);
    let blended: Vec<bool> = tuned
        .iter()
        .zip(&cheap)
        .map(|(&t, &c)| blend(t, c) >= BLEND_FLOOR)
        .collect();
    let blend_cascade: Vec<bool> = blended
        .iter()
        .zip(&cheap)
        .map(|(&b, &c)| b && c >= loaded::CASCADE_FLOOR)
        .collect();
    let (bp, br, _) = prf(&gold, &blended);
    Ok(Some(HeldOut {
        sentences: test.len(),
        tuned: macro_f1(&gold, &at(&tuned)),
        tuned_precision: tp,
        tuned_recall: tr,
        logistic: macro_f1(&gold, &at(&cheap)),
        cascade: macro_f1(&gold, &cascade),
        cascade_precision: cp,
        cascade_recall: cr,
        blend: macro_f1(&gold, &blended),
        blend_precision: bp,
        blend_recall: br,
        blend_cascade: macro_f1(&gold, &blend_cascade),
    }))
}

fn learned_lexicon<'a>(rows: &[Row], e: &'a Embedded, train: &[usize]) -> HashSet<&'a str> {
    let mut marked: HashMap<&str, usize> = HashMap::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for &i in train {
        let m = rows[i].marked();
        let distinct: HashSet<&str> = e.tokens[i].iter().map(String::as_str).collect();
        for t in distinct {
            *seen.entry(t).or_default() += 1;
            if m.contains(t) {
                *marked.entry(t).or_default() += 1;
            }
        }
    }
    marked
        .into_iter()
        .filter(|(t, c)| *c >= 2 && *c as f64 >= 0.3 * seen[t] as f64)
        .map(|(t, _)| t)
        .collect()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Precision, recall and F1 of the positive class.
fn prf(gold: &[bool], pred: &[bool]) -> (f64, f64, f64) {
    let tp = gold.iter().zip(pred).filter(|(g, p)| **g && **p).count();
    let fp = gold.iter().zip(pred).filter(|(g, p)| !**g && **p).count();
    let fn_ = gold.iter().zip(pred).filter(|(g, p)| **g && !**p).count();
    let (p, r) = (ratio(tp, tp + fp), ratio(tp, tp + fn_));
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Macro F1 over the two classes.
fn macro_f1(gold: &[bool], pred: &[bool]) -> f64 {
    let inv = |v: &[bool]| v.iter().map(|x| !x).collect::<Vec<_>>();
    (prf(gold, pred).2 + prf(&inv(gold), &inv(pred)).2) / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macro_f1_averages_both_classes() {
        let gold = [true, true, false, false];
        assert!((macro_f1(&gold, &gold) - 1.0).abs() < 1e-9);
        let all = [true; 4];
        // Positive F1 2/3, negative 0.
        assert!((macro_f1(&gold, &all) - 1.0 / 3.0).abs() < 1e-9);
    }
}
