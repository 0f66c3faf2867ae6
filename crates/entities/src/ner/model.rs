//! The tagger's weights and its decoder: a linear model over hashed features
//! for each of the nine BIO tags, a tag-transition matrix, and Viterbi
//! decoding that never lets an `I-` tag follow anything but its own type.
//!
//! A model file is gzip-compressed little-endian binary: the magic
//! `CCNER1\n`, the weight scale (f32), the 10 × 9 transition matrix (f32, the
//! first row is the start of a sentence), the number of features (u32), then
//! per feature its 32-bit key, a 9-bit mask of the tags it has a weight for
//! (u16) and those weights (i16, multiplied by the scale).

use rustc_hash::FxHashMap;
use std::io::{Read, Write};

use super::tags::{Labels, SLOTS, slots};

/// The named-entity tagger's tags, in model order (the names of
/// [`Tag<NerLabel>`](super::tags::Tag) slot by slot).
pub const TAGS: [&str; SLOTS] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];

/// Number of tag slots.
pub const N: usize = SLOTS;

const MAGIC: &[u8] = b"CCNER1\n";

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// Not a gzip stream, or cut short.
    #[error("model file unreadable: {0}")]
    Io(#[from] std::io::Error),
    /// Not a crosscheck tagger model.
    #[error("not a crosscheck tagger model (bad magic)")]
    Magic,
}

/// The index of a tag name.
pub fn tag_index(tag: &str) -> Option<usize> {
    TAGS.iter().position(|t| *t == tag)
}

/// Whether tag slot `to` may follow slot `from` (`None`: start of
/// sentence): an `I-` slot only follows a slot of its own label.
pub fn allowed(from: Option<usize>, to: usize) -> bool {
    let inside = to > 0 && to % 2 == 0;
    let label = |slot: usize| (slot - 1) / 2;
    !inside || from.is_some_and(|f| f > 0 && label(f) == label(to))
}

/// Scores every tag of every token and finds the best allowed sequence over
/// the first `used` tag slots (the label set's; the others are never chosen).
pub fn viterbi(emissions: &[[f32; N]], transitions: &[[f32; N]; N + 1], used: usize) -> Vec<usize> {
    let (score, back) = forward(emissions, transitions, used);
    best_path(&score, &back, used)
}

/// The forward pass: for each token and tag, the best score of an allowed
/// sequence ending there, and the tag before it on that sequence.
fn forward(
    emissions: &[[f32; N]],
    transitions: &[[f32; N]; N + 1],
    used: usize,
) -> (Vec<[f32; N]>, Vec<[usize; N]>) {
    let n = emissions.len();
    let mut score = vec![[f32::NEG_INFINITY; N]; n];
    let mut back = vec![[0usize; N]; n];
    if n == 0 {
        return (score, back);
    }
    for t in 0..used {
        if allowed(None, t) {
            score[0][t] = transitions[0][t] + emissions[0][t];
        }
    }
    for i in 1..n {
        for t in 0..used {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0;
            for p in 0..used {
                if !allowed(Some(p), t) || score[i - 1][p] == f32::NEG_INFINITY {
                    continue;
                }
                let s = score[i - 1][p] + transitions[p + 1][t];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            score[i][t] = best + emissions[i][t];
            back[i][t] = arg;
        }
    }
    (score, back)
}

/// The best sequence, read back from the forward pass.
fn best_path(score: &[[f32; N]], back: &[[usize; N]], used: usize) -> Vec<usize> {
    let n = score.len();
    if n == 0 {
        return Vec::new();
    }
    let mut last = 0;
    for t in 1..used {
        if score[n - 1][t] > score[n - 1][last] {
            last = t;
        }
    }
    let mut path = vec![last; n];
    for i in (1..n).rev() {
        path[i - 1] = back[i][path[i]];
    }
    path
}

/// The Viterbi path with, for each token, how far its tag is ahead: the best
/// sequence's score less the best score of any allowed sequence that gives
/// the token another tag (max-marginals from the forward pass and a
/// backward one). A margin near zero means the tagger all but chose
/// otherwise there.
pub fn viterbi_margins(
    emissions: &[[f32; N]],
    transitions: &[[f32; N]; N + 1],
    used: usize,
) -> (Vec<usize>, Vec<f32>) {
    let (forward, back) = forward(emissions, transitions, used);
    let path = best_path(&forward, &back, used);
    let n = emissions.len();
    if n == 0 {
        return (path, Vec::new());
    }
    let mut backward = vec![[0f32; N]; n];
    for i in (0..n - 1).rev() {
        for t in 0..used {
            backward[i][t] = (0..used)
                .filter(|&next| allowed(Some(t), next))
                .map(|next| {
                    transitions[t + 1][next] + emissions[i + 1][next] + backward[i + 1][next]
                })
                .fold(f32::NEG_INFINITY, f32::max);
        }
    }
    let margins = path
        .iter()
        .enumerate()
        .map(|(i, &chosen)| {
            let through = |t: usize| forward[i][t] + backward[i][t];
            let other = (0..used)
                .filter(|&t| t != chosen)
                .map(through)
                .fold(f32::NEG_INFINITY, f32::max);
            (through(chosen) - other).max(0.0)
        })
        .collect();
    (path, margins)
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) weights: FxHashMap<u32, [f32; N]>,
    pub(crate) transitions: [[f32; N]; N + 1],
}

/// The 32-bit key a hashed feature is stored under.
pub(crate) fn key(feature: u64) -> u32 {
    (feature ^ (feature >> 32)) as u32
}

impl Model {
    /// The score of each tag for a token with these features.
    pub fn emission(&self, features: &[u64]) -> [f32; N] {
        let mut out = [0.0; N];
        for &f in features {
            if let Some(w) = self.weights.get(&key(f)) {
                for (o, x) in out.iter_mut().zip(w) {
                    *o += x;
                }
            }
        }
        out
    }

    /// The best sequence of tags over labels `L` (their slots) for a
    /// sentence's features.
    pub fn decode<L: Labels>(&self, features: &[Vec<u64>]) -> Vec<usize> {
        let emissions: Vec<[f32; N]> = features.iter().map(|f| self.emission(f)).collect();
        viterbi(&emissions, &self.transitions, slots::<L>())
    }

    /// As [`Model::decode`], with each token's margin ([`viterbi_margins`]).
    pub fn decode_with_margins<L: Labels>(&self, features: &[Vec<u64>]) -> (Vec<usize>, Vec<f32>) {
        let emissions: Vec<[f32; N]> = features.iter().map(|f| self.emission(f)).collect();
        viterbi_margins(&emissions, &self.transitions, slots::<L>())
    }

    /// Number of features with a weight.
    pub fn features(&self) -> usize {
        self.weights.len()
    }

    /// Serialise: weights quantised to 16 bits, entries below `min_weight`
    /// (absolute) dropped, gzip-compressed.
    pub fn to_bytes(&self, min_weight: f32) -> Vec<u8> {
        let max = self
            .weights
            .values()
            .flat_map(|w| w.iter())
            .fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut keys: Vec<u32> = self
            .weights
            .iter()
            .filter(|(_, w)| w.iter().any(|x| x.abs() >= min_weight))
            .map(|(&k, _)| k)
            .collect();
        keys.sort_unstable();
        let mut raw = Vec::new();
        raw.extend_from_slice(MAGIC);
        raw.extend_from_slice(&scale.to_le_bytes());
        for row in &self.transitions {
            for x in row {
                raw.extend_from_slice(&x.to_le_bytes());
            }
        }
        raw.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            let w = &self.weights[&k];
            let q: Vec<i16> = w.iter().map(|x| (x / scale).round() as i16).collect();
            let mut mask = 0u16;
            for (t, (&x, &qx)) in w.iter().zip(&q).enumerate() {
                if x.abs() >= min_weight && qx != 0 {
                    mask |= 1 << t;
                }
            }
            raw.extend_from_slice(&k.to_le_bytes());
            raw.extend_from_slice(&mask.to_le_bytes());
            for (t, qx) in q.iter().enumerate() {
                if mask & (1 << t) != 0 {
                    raw.extend_from_slice(&qx.to_le_bytes());
                }
            }
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).expect("writing to memory");
        gz.finish().expect("writing to memory")
    }

    /// Read a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut raw)?;
        let mut r = raw.as_slice();
        let mut magic = [0u8; MAGIC.len()];
        r.read_exact(&mut magic)?;
        if magic != MAGIC {
            return Err(ModelError::Magic);
        }
        fn f32_(r: &mut &[u8]) -> std::io::Result<f32> {
            let mut b = [0u8; 4];
            r.read_exact(&mut b)?;
            Ok(f32::from_le_bytes(b))
        }
        let scale = f32_(&mut r)?;
        let mut transitions = [[0f32; N]; N + 1];
        for row in &mut transitions {
            for x in row.iter_mut() {
                *x = f32_(&mut r)?;
            }
        }
        let mut b4 = [0u8; 4];
        let mut b2 = [0u8; 2];
        r.read_exact(&mut b4)?;
        let count = u32::from_le_bytes(b4) as usize;
        let mut weights =
            FxHashMap::with_capacity_and_hasher(count.min(r.len() / 6), Default::default());
        for _ in 0..count {
            r.read_exact(&mut b4)?;
            let k = u32::from_le_bytes(b4);
            r.read_exact(&mut b2)?;
            let mask = u16::from_le_bytes(b2);
            let mut w = [0f32; N];
            for (t, x) in w.iter_mut().enumerate() {
                if mask & (1 << t) != 0 {
                    r.read_exact(&mut b2)?;
                    *x = f32::from(i16::from_le_bytes(b2)) * scale;
                }
            }
            weights.insert(k, w);
        }
        Ok(Model {
            weights,
            transitions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_bio() {
        let mut e = [[0f32; N]; 2];
        // The second token alone prefers I-PER, which cannot follow O.
        e[0][0] = 1.0;
        e[1][2] = 2.0;
        e[1][1] = 1.5;
        let path = viterbi(&e, &[[0.0; N]; N + 1], N);
        assert_eq!(path, vec![0, 1]);
    }

    #[test]
    fn margins_measure_how_close_the_other_reading_was() {
        let mut e = [[0f32; N]; 2];
        // The first token: B-PER by 3 over O; the second: O by 0.5 over I-PER.
        e[0][1] = 3.0;
        e[1][0] = 0.5;
        let (path, margins) = viterbi_margins(&e, &[[0.0; N]; N + 1], N);
        assert_eq!(path, viterbi(&e, &[[0.0; N]; N + 1], N));
        assert_eq!(path, vec![1, 0]);
        assert!((margins[1] - 0.5).abs() < 1e-6, "{margins:?}");
        // Reading the first token otherwise costs its 3 points, less what
        // the best other path wins back (nothing here).
        assert!((margins[0] - 3.0).abs() < 1e-6, "{margins:?}");
        // A tie has no margin.
        let tie = [[1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]];
        assert_eq!(viterbi_margins(&tie, &[[0.0; N]; N + 1], N).1, vec![0.0]);
        assert!(viterbi_margins(&[], &[[0.0; N]; N + 1], N).1.is_empty());
    }

    /// Every allowed tag sequence of `n` tokens and its score.
    fn every_sequence(
        emissions: &[[f32; N]],
        transitions: &[[f32; N]; N + 1],
    ) -> Vec<(Vec<usize>, f32)> {
        let mut out: Vec<(Vec<usize>, f32)> = vec![(Vec::new(), 0.0)];
        for e in emissions {
            out = out
                .into_iter()
                .flat_map(|(path, score)| {
                    (0..N).filter_map(move |t| {
                        let from = path.last().copied();
                        allowed(from, t).then(|| {
                            let row = from.map_or(0, |f| f + 1);
                            let mut next = path.clone();
                            next.push(t);
                            (next, score + transitions[row][t] + e[t])
                        })
                    })
                })
                .collect();
        }
        out
    }

    #[test]
    fn margins_agree_with_every_sequence_scored() {
        // A small linear congruential generator: the same numbers each run.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            ((state >> 33) as f32 / (1u64 << 31) as f32) * 4.0 - 2.0
        };
        for n in 1..=3 {
            let mut transitions = [[0f32; N]; N + 1];
            for row in &mut transitions {
                for x in row.iter_mut() {
                    *x = next();
                }
            }
            let emissions: Vec<[f32; N]> = (0..n)
                .map(|_| {
                    let mut e = [0f32; N];
                    for x in &mut e {
                        *x = next();
                    }
                    e
                })
                .collect();
            let all = every_sequence(&emissions, &transitions);
            let (best, best_score) = all
                .iter()
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .cloned()
                .unwrap();
            let (path, margins) = viterbi_margins(&emissions, &transitions, N);
            assert_eq!(path, best);
            for i in 0..n {
                let other = all
                    .iter()
                    .filter(|(p, _)| p[i] != best[i])
                    .map(|(_, s)| *s)
                    .fold(f32::NEG_INFINITY, f32::max);
                let expected = (best_score - other).max(0.0);
                assert!(
                    (margins[i] - expected).abs() < 1e-3,
                    "n {n} token {i}: {} against {expected}",
                    margins[i]
                );
            }
        }
    }

    #[test]
    fn round_trip() {
        let mut weights = FxHashMap::default();
        weights.insert(7u32, [0.5, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0]);
        let m = Model {
            weights,
            transitions: [[0.25; N]; N + 1],
        };
        let back = Model::from_bytes(&m.to_bytes(0.0)).unwrap();
        let w = back.weights[&7];
        assert!((w[1] + 1.0).abs() < 1e-3 && (w[8] - 2.0).abs() < 1e-3 && w[2] == 0.0);
        assert_eq!(back.transitions, m.transitions);
        assert!(Model::from_bytes(b"nonsense").is_err());
    }
}
