//! Training: an averaged structured perceptron (Collins 2002) over the
//! features of [`super::features`], Viterbi-decoded, sentences shuffled with
//! a fixed seed, the epoch with the best F1 on the validation documents kept.
//! The same data and options give the same model, byte for byte.

use rustc_hash::FxHashMap;

use super::conll::{Counts, Document};
use super::features::{DocumentContext, sentence_features};
use super::model::{Model, N, key, viterbi};

/// Training options.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Seed of the shuffle.
    pub seed: u64,
    /// Weights below this (absolute, after averaging) are not written.
    pub min_weight: f32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            epochs: 12,
            seed: 2003,
            min_weight: 0.02,
        }
    }
}

/// One epoch's result.
#[derive(Debug, Clone, Copy)]
pub struct Epoch {
    /// 1-based epoch number.
    pub epoch: usize,
    /// Sentences the perceptron got wrong in this pass.
    pub mistakes: usize,
    /// Entity F1 on the validation documents with the averaged weights.
    pub valid_f1: f64,
}

/// A sentence ready for training: its features and gold tags.
struct Prepared {
    features: Vec<Vec<u32>>,
    tags: Vec<usize>,
}

/// The hashed features of every token of every sentence of a document.
pub type Featurize<'a> = dyn Fn(&Document) -> Vec<Vec<Vec<u64>>> + 'a;

/// The features the named-entity tagger uses.
pub fn ner_features(doc: &Document) -> Vec<Vec<Vec<u64>>> {
    let words: Vec<Vec<&str>> = doc
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    let context = DocumentContext::new(&words);
    words
        .iter()
        .map(|w| sentence_features(w, &context))
        .collect()
}

fn prepare(docs: &[Document], featurize: &Featurize) -> Vec<Prepared> {
    let mut out = Vec::new();
    for doc in docs {
        for (sentence, features) in doc.iter().zip(featurize(doc)) {
            out.push(Prepared {
                features: features
                    .into_iter()
                    .map(|f| f.into_iter().map(key).collect())
                    .collect(),
                tags: sentence.tags.clone(),
            });
        }
    }
    out
}

/// The perceptron's state: current weights and their running sums.
struct Perceptron {
    index: FxHashMap<u32, usize>,
    keys: Vec<u32>,
    w: Vec<[f32; N]>,
    sum: Vec<[f32; N]>,
    trans: [[f32; N]; N + 1],
    trans_sum: [[f32; N]; N + 1],
    step: f32,
}

impl Perceptron {
    fn new() -> Self {
        Perceptron {
            index: FxHashMap::default(),
            keys: Vec::new(),
            w: Vec::new(),
            sum: Vec::new(),
            trans: [[0.0; N]; N + 1],
            trans_sum: [[0.0; N]; N + 1],
            step: 1.0,
        }
    }

    fn emissions(&self, features: &[Vec<u32>]) -> Vec<[f32; N]> {
        features
            .iter()
            .map(|fs| {
                let mut e = [0.0; N];
                for f in fs {
                    if let Some(&i) = self.index.get(f) {
                        for (x, y) in e.iter_mut().zip(&self.w[i]) {
                            *x += y;
                        }
                    }
                }
                e
            })
            .collect()
    }

    fn bump(&mut self, f: u32, tag: usize, delta: f32) {
        let i = *self.index.entry(f).or_insert_with(|| {
            self.keys.push(f);
            self.w.push([0.0; N]);
            self.sum.push([0.0; N]);
            self.keys.len() - 1
        });
        self.w[i][tag] += delta;
        self.sum[i][tag] += self.step * delta;
    }

    fn bump_transition(&mut self, from: usize, to: usize, delta: f32) {
        self.trans[from][to] += delta;
        self.trans_sum[from][to] += self.step * delta;
    }

    /// Learn from one sentence; whether it was tagged wrong.
    fn learn(&mut self, s: &Prepared) -> bool {
        let predicted = viterbi(&self.emissions(&s.features), &self.trans, N);
        let wrong = predicted != s.tags;
        if wrong {
            for (i, fs) in s.features.iter().enumerate() {
                let (g, p) = (s.tags[i], predicted[i]);
                if g != p {
                    for &f in fs {
                        self.bump(f, g, 1.0);
                        self.bump(f, p, -1.0);
                    }
                }
                let (gp, pp) = if i == 0 {
                    (0, 0)
                } else {
                    (s.tags[i - 1] + 1, predicted[i - 1] + 1)
                };
                if (gp, g) != (pp, p) {
                    self.bump_transition(gp, g, 1.0);
                    self.bump_transition(pp, p, -1.0);
                }
            }
        }
        self.step += 1.0;
        wrong
    }

    /// The averaged weights as a model.
    fn averaged(&self) -> Model {
        let mut weights = FxHashMap::with_capacity_and_hasher(self.keys.len(), Default::default());
        for (i, &k) in self.keys.iter().enumerate() {
            let avg: [f32; N] = std::array::from_fn(|t| self.w[i][t] - self.sum[i][t] / self.step);
            if avg.iter().any(|x| *x != 0.0) {
                weights.insert(k, avg);
            }
        }
        let mut transitions = [[0.0; N]; N + 1];
        for (r, row) in transitions.iter_mut().enumerate() {
            for (t, x) in row.iter_mut().enumerate() {
                *x = self.trans[r][t] - self.trans_sum[r][t] / self.step;
            }
        }
        Model {
            weights,
            transitions,
        }
    }
}

fn score(model: &Model, prepared: &[Prepared]) -> Counts {
    let mut counts = Counts::default();
    for s in prepared {
        let emissions: Vec<[f32; N]> = s
            .features
            .iter()
            .map(|fs| {
                let mut e = [0.0; N];
                for f in fs {
                    if let Some(w) = model.weights.get(f) {
                        for (x, y) in e.iter_mut().zip(w) {
                            *x += y;
                        }
                    }
                }
                e
            })
            .collect();
        counts.add(&s.tags, &viterbi(&emissions, &model.transitions, N), None);
    }
    counts
}

/// Train on `train`, keep the epoch that scores best on `valid`; `progress`
/// is told about each epoch.
pub fn train(
    train: &[Document],
    valid: &[Document],
    options: Options,
    progress: impl FnMut(Epoch),
) -> (Model, Epoch) {
    train_with(train, valid, options, &ner_features, progress)
}

/// [`train`] with other features: the same perceptron and decoder serve any
/// BIO tagging over at most four labels (a [`Labels`](super::tags::Labels)
/// set; gold tags are its slots). Training decodes over all
/// [`SLOTS`](super::tags::SLOTS), as the committed weights were trained, so
/// the same command still reproduces them byte for byte.
pub fn train_with(
    train: &[Document],
    valid: &[Document],
    options: Options,
    featurize: &Featurize,
    mut progress: impl FnMut(Epoch),
) -> (Model, Epoch) {
    let train = prepare(train, featurize);
    let valid = prepare(valid, featurize);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let mut perceptron = Perceptron::new();
    let mut best: Option<(Model, Epoch)> = None;
    for epoch in 1..=options.epochs {
        rng.shuffle(&mut order);
        let mistakes = order
            .iter()
            .filter(|&&i| perceptron.learn(&train[i]))
            .count();
        let model = perceptron.averaged();
        let (_, _, valid_f1) = score(&model, &valid).prf();
        let report = Epoch {
            epoch,
            mistakes,
            valid_f1,
        };
        progress(report);
        if best.as_ref().is_none_or(|(_, b)| valid_f1 > b.valid_f1) {
            best = Some((model, report));
        }
    }
    best.expect("at least one epoch")
}
