//! Loaded language: words and sentences that judge while they report
//! ("slammed", "radical", "a slide into autocracy").
//!
//! Two logistic models, trained here on BABE (expert sentence labels and the
//! words the experts marked) by `crosscheck-dev train loaded`, weights
//! committed in `model/loaded.bin.gz` with the manifest `model/loaded.json`:
//!
//! - the **word model** reads a word's vector in the distilled static
//!   embedding of the sentence model (the cheap one alignment already uses as
//!   a prefilter) and gives the probability that annotators would mark the
//!   word as biased — it generalises from "slammed" to "trumpeted" because the
//!   embedding puts them near each other;
//! - the **sentence model** reads the sentence's distilled vector, its hashed
//!   word unigrams and bigrams, and what the word model says of its words
//!   (the highest probability, how many words are above 0.8 and 0.9, the
//!   mean), and gives the probability the sentence is biased.
//!
//! A sentence is reported when the sentence model gives it at least
//! [`SENTENCE_FLOOR`], with the words of it the word model gives at least
//! [`WORD_FLOOR`] (never a capitalised word: names are not loaded language). Without the sentence model's vectors nothing is reported
//! and the report says loaded language was not measured.
//!
//! Nothing here does I/O: vectors come in, probabilities go out.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::sync::LazyLock;

use crosscheck_model::{Article, Span};

/// The dimension of the embedding the models read.
pub const DIM: usize = 384;
/// Hashed n-gram features: 2^18 buckets.
const HASH_BITS: u32 = 18;
/// What the word model contributes to the sentence model.
pub const WORD_FEATURES: usize = 5;
/// A sentence at or above this probability is reported.
pub const SENTENCE_FLOOR: f32 = 0.5;
/// A word of a reported sentence at or above this probability is shown.
pub const WORD_FLOOR: f32 = 0.9;
/// With a tuned bias head, only the sentences the logistic sentence model
/// gives at least this are read by the head (the others are not loaded):
/// the head confirms or withdraws what the logistic models flag. Set by
/// the time the head may take (it reads about half of BABE's sentences and
/// fewer of a news story's), not by F1; `crosscheck-dev eval babe-tuned`
/// measures it.
pub const CASCADE_FLOOR: f32 = 0.5;
const MAGIC: &[u8; 6] = b"CCLL1\n";

/// The two models' weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    /// Word model: `DIM` weights then the bias.
    pub word: Vec<f32>,
    /// Sentence model, dense part: the sentence vector's `DIM` weights, then
    /// the word model's `WORD_FEATURES`, then the bias.
    pub dense: Vec<f32>,
    /// Sentence model, hashed n-grams: (bucket, weight), buckets ascending.
    pub hashed: Vec<(u32, f32)>,
}

/// Why the weights could not be read.
#[derive(Debug, thiserror::Error)]
pub enum WeightsError {
    /// Not gzip, or cut short.
    #[error("loaded-language weights: {0}")]
    Io(#[from] std::io::Error),
    /// Not this format.
    #[error("loaded-language weights: not a crosscheck loaded-language model")]
    Magic,
    /// Sizes that do not fit.
    #[error("loaded-language weights: {0}")]
    Shape(String),
}

/// The weights committed with the project.
pub fn shipped() -> &'static Weights {
    static W: LazyLock<Weights> = LazyLock::new(|| {
        Weights::from_bytes(include_bytes!("../model/loaded.bin.gz"))
            .expect("the committed loaded-language weights are read by a test")
    });
    &W
}

impl Weights {
    /// Serialise, gzip-compressed.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut raw = Vec::new();
        raw.extend_from_slice(MAGIC);
        let put_vec = |raw: &mut Vec<u8>, v: &[f32]| {
            raw.extend_from_slice(&(v.len() as u32).to_le_bytes());
            for x in v {
                raw.extend_from_slice(&x.to_le_bytes());
            }
        };
        put_vec(&mut raw, &self.word);
        put_vec(&mut raw, &self.dense);
        raw.extend_from_slice(&(self.hashed.len() as u32).to_le_bytes());
        for (k, w) in &self.hashed {
            raw.extend_from_slice(&k.to_le_bytes());
            raw.extend_from_slice(&w.to_le_bytes());
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).expect("writing to memory");
        gz.finish().expect("writing to memory")
    }

    /// Read what [`Weights::to_bytes`] wrote.
    pub fn from_bytes(bytes: &[u8]) -> Result<Weights, WeightsError> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut raw)?;
        let mut r = raw.as_slice();
        let mut magic = [0u8; MAGIC.len()];
        r.read_exact(&mut magic)?;
        if &magic != MAGIC {
            return Err(WeightsError::Magic);
        }
        fn u32_(r: &mut &[u8]) -> std::io::Result<u32> {
            let mut b = [0u8; 4];
            r.read_exact(&mut b)?;
            Ok(u32::from_le_bytes(b))
        }
        fn vec_(r: &mut &[u8]) -> std::io::Result<Vec<f32>> {
            let n = u32_(r)? as usize;
            (0..n).map(|_| u32_(r).map(f32::from_bits)).collect()
        }
        let word = vec_(&mut r)?;
        let dense = vec_(&mut r)?;
        let n = u32_(&mut r)? as usize;
        let mut hashed = Vec::with_capacity(n.min(1 << HASH_BITS));
        for _ in 0..n {
            let k = u32_(&mut r)?;
            let w = f32::from_bits(u32_(&mut r)?);
            hashed.push((k, w));
        }
        if word.len() != DIM + 1 || dense.len() != DIM + WORD_FEATURES + 1 {
            return Err(WeightsError::Shape(format!(
                "word model has {} weights, sentence model {} (expected {} and {})",
                word.len(),
                dense.len(),
                DIM + 1,
                DIM + WORD_FEATURES + 1
            )));
        }
        if !hashed.is_sorted_by_key(|(k, _)| *k) || hashed.iter().any(|(k, _)| *k >> HASH_BITS != 0)
        {
            return Err(WeightsError::Shape(
                "hashed buckets out of order or range".into(),
            ));
        }
        Ok(Weights {
            word,
            dense,
            hashed,
        })
    }

    /// The probability that annotators would mark a word with this vector
    /// as biased.
    pub fn word_probability(&self, vector: &[f32]) -> f32 {
        sigmoid(dot(&self.word[..DIM], vector) + self.word[DIM])
    }

    /// The probability that a sentence is biased, from its features.
    pub fn sentence_probability(&self, features: &SentenceFeatures) -> f32 {
        let d = &self.dense;
        let mut z = dot(&d[..DIM], &features.vector)
            + dot(&d[DIM..DIM + WORD_FEATURES], &features.words)
            + d[DIM + WORD_FEATURES];
        for (k, v) in &features.ngrams {
            if let Ok(i) = self.hashed.binary_search_by_key(k, |(b, _)| *b) {
                z += self.hashed[i].1 * v;
            }
        }
        sigmoid(z)
    }
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The words of a text as the models read them: runs of letters (with
/// inner apostrophes and hyphens), lower case, with their byte spans.
pub fn words(text: &str) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let close = |out: &mut Vec<(Span, String)>, s: usize, e: usize| {
        let w: String = text[s..e]
            .chars()
            .map(|c| if c == '\u{2019}' { '\'' } else { c })
            .collect::<String>()
            .to_lowercase();
        out.push((Span::new(s, e), w));
    };
    for (i, c) in text.char_indices() {
        let letter = c.is_alphabetic();
        let joiner = matches!(c, '\'' | '\u{2019}' | '-');
        match start {
            None if letter => {
                start = Some(i);
                end = i + c.len_utf8();
            }
            Some(_) if letter => end = i + c.len_utf8(),
            Some(_) if joiner => {}
            Some(s) => {
                close(&mut out, s, end);
                start = None;
            }
            None => {}
        }
    }
    if let Some(s) = start {
        close(&mut out, s, end);
    }
    out
}

/// What the sentence model reads of one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceFeatures {
    /// The sentence's distilled vector.
    pub vector: Vec<f32>,
    /// From the word model: the highest probability, the count above 0.8
    /// and above 0.9 (each / 5), the mean, the second highest.
    pub words: [f32; WORD_FEATURES],
    /// Hashed unigrams and bigrams, L2-normalised (bucket, value), buckets
    /// ascending and distinct.
    pub ngrams: Vec<(u32, f32)>,
}

impl SentenceFeatures {
    /// The features of a sentence with these words, the word model's
    /// probability of each, and its vector.
    pub fn new(words: &[String], probabilities: &[f32], vector: Vec<f32>) -> SentenceFeatures {
        let mut p: Vec<f32> = probabilities.to_vec();
        p.sort_by(|a, b| b.total_cmp(a));
        let n = p.len().max(1) as f32;
        let word_features = [
            p.first().copied().unwrap_or(0.0),
            p.iter().filter(|&&x| x > 0.8).count() as f32 / 5.0,
            p.iter().filter(|&&x| x > 0.9).count() as f32 / 5.0,
            p.iter().sum::<f32>() / n,
            p.get(1).copied().unwrap_or(0.0),
        ];
        let mut buckets: Vec<u32> = words
            .iter()
            .map(|w| bucket(&[w]))
            .chain(words.windows(2).map(|b| bucket(&[&b[0], &b[1]])))
            .collect();
        buckets.sort_unstable();
        buckets.dedup();
        let value = 1.0 / (buckets.len().max(1) as f32).sqrt();
        SentenceFeatures {
            vector,
            words: word_features,
            ngrams: buckets.into_iter().map(|b| (b, value)).collect(),
        }
    }
}

/// FNV-1a of the words (0xFF between them), folded to `HASH_BITS`.
fn bucket(parts: &[&str]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, part) in parts.iter().enumerate() {
        let sep = (i > 0).then_some(0xFF_u8);
        for b in sep.into_iter().chain(part.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    ((h ^ (h >> 32)) as u32) & ((1 << HASH_BITS) - 1)
}

/// A sentence of an article reported as loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedSentence {
    /// The sentence (index into the article's sentences).
    pub sentence: usize,
    /// The probability that it is biased, by `classifier`.
    pub probability: f32,
    /// Which model judged the sentence.
    pub classifier: Classifier,
    /// Its loaded words (bytes of the article text; words next to each
    /// other joined into one phrase), each with the word model's highest
    /// probability, in text order.
    pub words: Vec<(Span, f32)>,
}

/// Which model judged a sentence loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Classifier {
    /// The logistic sentence model over the distilled embedding.
    Logistic,
    /// The sentence model's fine-tuned bias head, on a sentence the
    /// logistic model flagged.
    BiasHead,
}

/// The distinct words of an article's sentences, for the caller to embed
/// (lower case, as [`words`] gives them).
pub fn vocabulary(article: &Article) -> Vec<String> {
    let mut v: Vec<String> = words(&article.text).into_iter().map(|(_, w)| w).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The word model's probability of each word of each sentence of an
/// article (`words` order), and the logistic sentence model's probability of
/// each sentence. `sentence_vectors` holds one distilled vector per
/// sentence, `word_vectors` one per word of [`vocabulary`]; a word without a
/// vector counts as not loaded.
pub fn logistic(
    article: &Article,
    sentence_vectors: &[Vec<f32>],
    word_vectors: &HashMap<String, Vec<f32>>,
    weights: &Weights,
) -> Vec<(f32, Vec<f32>)> {
    let mut cache: HashMap<&str, f32> = HashMap::new();
    article
        .sentences
        .iter()
        .zip(sentence_vectors)
        .map(|(sentence, vector)| {
            let found = words(article.slice(sentence.span));
            let probabilities: Vec<f32> = found
                .iter()
                .map(|(_, w)| match word_vectors.get_key_value(w.as_str()) {
                    Some((key, v)) => *cache
                        .entry(key.as_str())
                        .or_insert_with(|| weights.word_probability(v)),
                    None => 0.0,
                })
                .collect();
            let names: Vec<String> = found.into_iter().map(|(_, w)| w).collect();
            let features = SentenceFeatures::new(&names, &probabilities, vector.clone());
            (weights.sentence_probability(&features), probabilities)
        })
        .collect()
}

/// The loaded sentences of an article, from what [`logistic`] gave for
/// each and, when the sentence model has a tuned bias head, what the head
/// gave for the sentences it read (`tuned[i]`, `None` for a sentence under
/// [`CASCADE_FLOOR`], which is then not loaded). Words inside `quoted` (the
/// article's direct quotations) are the speaker's, not the outlet's: they
/// count for the sentence but are not shown.
pub fn loaded(
    article: &Article,
    quoted: &[Span],
    logistic: &[(f32, Vec<f32>)],
    tuned: Option<&[Option<f32>]>,
) -> Vec<LoadedSentence> {
    let mut out = Vec::new();
    for (i, (sentence, (cheap, probabilities))) in
        article.sentences.iter().zip(logistic).enumerate()
    {
        let (probability, classifier) = match tuned {
            None => (*cheap, Classifier::Logistic),
            Some(tuned) => match tuned.get(i).copied().flatten() {
                Some(p) => (p, Classifier::BiasHead),
                None => continue,
            },
        };
        if probability < SENTENCE_FLOOR {
            continue;
        }
        let text = article.slice(sentence.span);
        let found = words(text);
        // Loaded words next to each other (only spaces or hyphens between)
        // make one phrase, with the highest probability of its words.
        let mut words: Vec<(Span, f32)> = Vec::new();
        for ((span, _), &p) in found.iter().zip(probabilities.iter()) {
            // A capitalised word is a name (or a sentence's opener): rare
            // names get high probabilities from pieces the models never
            // saw marked, and a name is not loaded language.
            let capitalised = text[span.start..].starts_with(char::is_uppercase);
            if p < WORD_FLOOR || capitalised {
                continue;
            }
            let span = Span::new(
                sentence.span.start + span.start,
                sentence.span.start + span.end,
            );
            if quoted
                .iter()
                .any(|q| q.start <= span.start && span.end <= q.end)
            {
                continue;
            }
            match words.last_mut() {
                Some((last, q))
                    if article.text[last.end..span.start]
                        .chars()
                        .all(|c| c == ' ' || c == '-') =>
                {
                    last.end = span.end;
                    *q = q.max(p);
                }
                _ => words.push((span, p)),
            }
        }
        out.push(LoadedSentence {
            sentence: i,
            probability,
            classifier,
            words,
        });
    }
    out
}

/// One training example of a logistic model: sparse (index, value) pairs.
pub type Example = Vec<(usize, f32)>;

/// Fit a logistic model by full-batch Adam with an L2 penalty: `dim`
/// features (indices below it), a bias after them; `weight` per example
/// (class balance). Deterministic.
pub fn fit_logistic(
    examples: &[Example],
    labels: &[bool],
    weight: &[f32],
    dim: usize,
    l2: f32,
    iterations: usize,
) -> Vec<f32> {
    let n = dim + 1;
    let mut w = vec![0f32; n];
    let (mut m, mut v) = (vec![0f32; n], vec![0f32; n]);
    let total: f32 = weight.iter().sum();
    let (lr, b1, b2, eps) = (0.05_f32, 0.9_f32, 0.999_f32, 1e-8_f32);
    let mut g = vec![0f32; n];
    for t in 1..=iterations {
        g.iter_mut().for_each(|x| *x = 0.0);
        for ((x, &y), &c) in examples.iter().zip(labels).zip(weight) {
            let z: f32 = x.iter().map(|&(i, v)| w[i] * v).sum::<f32>() + w[dim];
            let err = (sigmoid(z) - f32::from(u8::from(y))) * c / total;
            for &(i, v) in x {
                g[i] += err * v;
            }
            g[dim] += err;
        }
        for i in 0..dim {
            g[i] += l2 * w[i];
        }
        let (c1, c2) = (1.0 - b1.powi(t as i32), 1.0 - b2.powi(t as i32));
        for i in 0..n {
            m[i] = b1 * m[i] + (1.0 - b1) * g[i];
            v[i] = b2 * v[i] + (1.0 - b2) * g[i] * g[i];
            w[i] -= lr * (m[i] / c1) / ((v[i] / c2).sqrt() + eps);
        }
    }
    w
}

/// The sentence model's features as one sparse example: the dense part
/// first, the hashed buckets after it.
pub fn sentence_example(f: &SentenceFeatures) -> Example {
    f.vector
        .iter()
        .copied()
        .chain(f.words)
        .enumerate()
        .chain(
            f.ngrams
                .iter()
                .map(|&(b, v)| (DIM + WORD_FEATURES + b as usize, v)),
        )
        .collect()
}

/// The number of features of [`sentence_example`].
pub const SENTENCE_DIM: usize = DIM + WORD_FEATURES + (1 << HASH_BITS);

/// Weights from fitted vectors: the word model's `DIM + 1`, the sentence
/// model's `SENTENCE_DIM + 1` (its bias last), small hashed weights dropped.
pub fn weights_from(word: Vec<f32>, sentence: &[f32]) -> Weights {
    let dense_end = DIM + WORD_FEATURES;
    let mut dense = sentence[..dense_end].to_vec();
    dense.push(sentence[SENTENCE_DIM]);
    let hashed = sentence[dense_end..SENTENCE_DIM]
        .iter()
        .enumerate()
        .filter(|(_, w)| w.abs() >= 1e-3)
        .map(|(b, w)| (b as u32, *w))
        .collect();
    Weights {
        word,
        dense,
        hashed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_letter_runs_in_lower_case_with_inner_apostrophes() {
        let got: Vec<String> = words("Obama’s “slide” — US-backed, 42 times.")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(got, ["obama's", "slide", "us-backed", "times"]);
    }

    #[test]
    fn the_shipped_weights_read() {
        let w = shipped();
        assert_eq!(w.word.len(), DIM + 1);
        assert!(!w.hashed.is_empty());
        assert_eq!(Weights::from_bytes(&w.to_bytes()).unwrap(), *w);
    }

    #[test]
    fn logistic_fit_separates_a_separable_set() {
        let xs: Vec<Example> = vec![
            vec![(0, 1.0)],
            vec![(1, 1.0)],
            vec![(0, 0.9)],
            vec![(1, 0.8)],
        ];
        let ys = [true, false, true, false];
        let w = fit_logistic(&xs, &ys, &[1.0; 4], 2, 1e-4, 300);
        assert!(w[0] > 1.0 && w[1] < -1.0, "{w:?}");
    }

    #[test]
    fn garbage_weights_are_an_error_not_a_panic() {
        assert!(Weights::from_bytes(b"not gzip").is_err());
    }
}
