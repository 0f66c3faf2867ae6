//! Candidate pairs over a whole corpus: which articles may share text, found
//! without comparing every pair.
//!
//! Each article becomes the set of its word 3-grams (shingles: lower-cased
//! runs of letters and digits), summarised by a MinHash signature; a banded
//! locality-sensitive index over the signatures returns the articles whose
//! estimated Jaccard similarity with a given one reaches the threshold. The
//! bands are chosen so that a pair at the threshold is found with
//! probability 0.99. Signatures and queries run in parallel (rayon).
//!
//! Passage-level reuse ([`crate::reuse`]) then runs on the candidate pairs
//! only.

use std::borrow::Cow;
use std::hash::{Hash, Hasher};

use gaoya::minhash::{MinHashIndex, MinHasher, MinHasher32};
use rayon::prelude::*;

/// Settings of candidate generation.
#[derive(Debug, Clone)]
pub struct CandidateOptions {
    /// Words per shingle.
    pub shingle: usize,
    /// Estimated Jaccard similarity of shingle sets at or above which two
    /// articles are candidates.
    pub threshold: f64,
    /// Hash functions per signature.
    pub num_hashes: usize,
    /// How far below the threshold a band collision's estimated similarity
    /// may be and still be returned (the estimate's noise at 128 hashes is
    /// about ±0.04).
    pub margin: f64,
}

impl Default for CandidateOptions {
    fn default() -> Self {
        CandidateOptions {
            shingle: 3,
            threshold: 0.3,
            num_hashes: 128,
            margin: 0.1,
        }
    }
}

/// The hashed word shingles of a text (a set: sorted, without repeats).
pub fn shingles(text: &str, size: usize) -> Vec<u64> {
    // Words already in lower case are borrowed, not copied; a `Cow<str>`
    // hashes as the `String` it stands for, so the shingles do not change.
    let words: Vec<Cow<str>> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().all(|c| c.to_lowercase().eq([c])) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
        .collect();
    let size = size.max(1);
    let mut out: Vec<u64> = words
        .windows(size)
        .map(|w| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    if out.is_empty() && !words.is_empty() {
        // A text shorter than one shingle is its words.
        let mut h = std::collections::hash_map::DefaultHasher::new();
        words.hash(&mut h);
        out.push(h.finish());
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Bands and rows per band for a threshold: the split of `num_hashes` that
/// minimises the probability mass of false positives (similarity below the
/// threshold, yet colliding in a band) plus false negatives (above it, yet
/// colliding in none), weighted equally — the usual choice of banded LSH.
pub fn bands_for(threshold: f64, num_hashes: usize) -> (usize, usize) {
    let collide = |s: f64, b: usize, r: usize| 1.0 - (1.0 - s.powi(r as i32)).powi(b as i32);
    let integrate = |from: f64, to: f64, f: &dyn Fn(f64) -> f64| {
        let steps = 200;
        let h = (to - from) / steps as f64;
        (0..steps)
            .map(|k| f(from + (k as f64 + 0.5) * h) * h)
            .sum::<f64>()
    };
    let mut best = (1, num_hashes.max(1), f64::INFINITY);
    for b in 1..=num_hashes {
        for r in 1..=num_hashes / b {
            let fp = integrate(0.0, threshold, &|s| collide(s, b, r));
            let fn_ = integrate(threshold, 1.0, &|s| 1.0 - collide(s, b, r));
            let error = 0.5 * fp + 0.5 * fn_;
            if error < best.2 {
                best = (b, r, error);
            }
        }
    }
    (best.0, best.1)
}

/// Pairs `(i, j)`, `i < j`, of texts whose estimated shingle Jaccard
/// similarity reaches the threshold, sorted.
pub fn candidate_pairs(texts: &[&str], options: &CandidateOptions) -> Vec<(usize, usize)> {
    let (bands, width) = bands_for(options.threshold, options.num_hashes);
    let hasher = MinHasher32::new(bands * width);
    // Texts without a word have no signature (they would all look alike).
    let signatures: Vec<Option<Vec<u32>>> = texts
        .par_iter()
        .map(|t| {
            let set = shingles(t, options.shingle);
            (!set.is_empty()).then(|| hasher.create_signature(set.into_iter()))
        })
        .collect();
    let ids: Vec<usize> = (0..texts.len())
        .filter(|&i| signatures[i].is_some())
        .collect();
    // Band collisions are checked against the signatures' estimate, with a
    // margin so that pairs near the threshold are not lost to its noise.
    let verify = (options.threshold - options.margin).max(0.0);
    let mut index: MinHashIndex<u32, usize> = MinHashIndex::new(bands, width, verify);
    index.par_bulk_insert(
        ids.clone(),
        ids.iter().filter_map(|&i| signatures[i].clone()).collect(),
    );
    let mut pairs: Vec<(usize, usize)> = ids
        .par_iter()
        .flat_map_iter(|&i| {
            index
                .query(
                    signatures[i]
                        .as_ref()
                        .expect("indexed texts have signatures"),
                )
                .into_iter()
                .filter(move |&&j| j > i)
                .map(move |&j| (i, j))
                .collect::<Vec<_>>()
        })
        .collect();
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_follow_the_threshold() {
        assert_eq!(bands_for(0.3, 128), (37, 3));
        assert_eq!(bands_for(0.5, 128), (25, 5));
    }

    #[test]
    fn borrowed_words_hash_as_strings() {
        let text = "The ǅemal ΟΔΟΣ said, “no” to 1,300 Élan men";
        let owned: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let mut expected: Vec<u64> = owned
            .windows(3)
            .map(|w| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                w.hash(&mut h);
                h.finish()
            })
            .collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(shingles(text, 3), expected);
    }

    #[test]
    fn shingles_ignore_case_and_punctuation() {
        assert_eq!(
            shingles("The U.S. said, “no.”", 3),
            shingles("the u s said no", 3)
        );
        assert_eq!(shingles("one two", 3).len(), 1);
        assert!(shingles("", 3).is_empty());
    }

    #[test]
    fn a_lightly_edited_copy_is_a_candidate_and_an_unrelated_text_is_not() {
        let original = "Iran and Nicaragua held discussions in February about bolstering their military cooperation as a way of countering American influence in Latin America, according to an intelligence update contained in a cache of leaked documents.";
        let copy = "Iran and Nicaragua held talks in February about bolstering their military cooperation as a way of countering US influence in Latin America, according to an intelligence update contained in a cache of leaked documents.";
        let other = "The football season opened on Saturday with a goalless draw between the two rival clubs, watched by a crowd of forty thousand in the rain.";
        let pairs = candidate_pairs(&[original, other, copy], &CandidateOptions::default());
        assert_eq!(pairs, vec![(0, 2)]);
    }
}
