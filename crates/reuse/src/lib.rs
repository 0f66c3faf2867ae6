//! Passage-level text reuse between two texts.
//!
//! The method follows passim's outline: candidate *seeds* are word n-grams the
//! two texts share (hashed, with n-grams that are common in the source left
//! out); seeds that lie close together in both texts are *chained* into
//! passages, which tolerates the insertions, deletions and substitutions of a
//! rewrite; each passage is then told *verbatim* (one unbroken run of
//! identical words, give or take a few) or *rewrite* (shared words interleaved
//! with changed ones).
//!
//! Words are compared after typographic folding and lower-casing, so
//! `“U.S.”` and `"u.s."` match; offsets are byte spans into the texts as given.
//!
//! ```
//! use crosscheck_reuse::{reuse, Options, ReuseKind};
//! let source = "The commanders told the minister that Nicaragua opposed perceived U.S. efforts to expand influence in Latin America.";
//! let target = "Nicaraguan commanders told Amir-Abdollahian that Managua opposed U.S. efforts to expand influence in Latin America.";
//! let passages = reuse(source, target, &Options::default());
//! assert_eq!(passages.len(), 1);
//! assert_eq!(passages[0].kind, ReuseKind::Verbatim);
//! assert_eq!(passages[0].target.slice(target), "U.S. efforts to expand influence in Latin America");
//! ```

pub mod candidates;
mod pairs;
mod sentences;

pub use candidates::{CandidateOptions, candidate_pairs};
pub use crosscheck_text::content_words;
pub use pairs::{ArticlePairs, article_pairs};
pub use sentences::{
    SentenceIndex, SentenceMatch, best_sentence_matches, contained, sentence_matches,
};

use std::collections::HashMap;

use crosscheck_model::Span;
use crosscheck_text::{NGRAM, Words, ngram_hash};

/// How a passage was reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReuseKind {
    /// Copied word for word (allowing typography and case).
    Verbatim,
    /// Rewritten: shared words interleaved with changed, added or dropped ones.
    Rewrite,
}

impl ReuseKind {
    /// The contract's name (`verbatim`, `paraphrase`).
    pub fn as_str(self) -> &'static str {
        match self {
            ReuseKind::Verbatim => "verbatim",
            ReuseKind::Rewrite => "paraphrase",
        }
    }
}

/// One reused passage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Passage {
    /// Bytes of the source text.
    pub source: Span,
    /// Bytes of the target text.
    pub target: Span,
    /// Verbatim or rewritten.
    pub kind: ReuseKind,
    /// Share of the target passage's words that are matched in the source.
    pub coverage: f32,
    /// Words in the target passage.
    pub target_words: usize,
}

/// Tuning of the seed and chain steps.
#[derive(Debug, Clone)]
pub struct Options {
    /// Words per seed n-gram.
    pub ngram: usize,
    /// Largest gap, in words, between two seeds of one passage (in either text).
    pub max_gap: usize,
    /// Smallest passage, in target words.
    pub min_words: usize,
    /// Seeds whose n-gram occurs more often than this in the source are skipped.
    pub max_seed_frequency: usize,
    /// Share of a passage that one unbroken run must cover for it to be verbatim.
    pub verbatim_share: f32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            ngram: 3,
            max_gap: 20,
            min_words: 3,
            max_seed_frequency: 8,
            verbatim_share: 0.9,
        }
    }
}

/// A chain of seeds: (source word, target word) starts of shared n-grams.
#[derive(Debug)]
struct Chain {
    seeds: Vec<(usize, usize)>,
}

/// Find the passages of `target` reused from `source`, in target order.
/// For texts that have [`TextFeatures`](crosscheck_text::TextFeatures),
/// [`reuse_words`] reads their words instead of tokenising them again.
pub fn reuse(source: &str, target: &str, options: &Options) -> Vec<Passage> {
    reuse_words(&Words::of(source), &Words::of(target), options)
}

/// [`reuse`] on the words of the two texts (spans are bytes of the texts
/// the words came from).
pub fn reuse_words(s: &Words, t: &Words, options: &Options) -> Vec<Passage> {
    let n = options.ngram.max(1);
    if s.len() < n || t.len() < n {
        return Vec::new();
    }
    // The source's n-grams and where they start, and the target's: the
    // words' own at the default size.
    let other_size: (HashMap<u64, Vec<u32>>, Vec<u64>);
    let (index, seeds) = if n == NGRAM {
        (&s.ngram_starts, &t.ngrams)
    } else {
        let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
        for (i, w) in s.keys.windows(n).enumerate() {
            index.entry(ngram_hash(w)).or_default().push(i as u32);
        }
        other_size = (index, t.keys.windows(n).map(ngram_hash).collect());
        (&other_size.0, &other_size.1)
    };
    // Seeds in target order; chains grow while the next seed is close in both texts.
    let mut chains: Vec<Chain> = Vec::new();
    let mut active: Vec<usize> = Vec::new();
    for (j, seed) in seeds.iter().enumerate() {
        let Some(hits) = index.get(seed) else {
            continue;
        };
        if hits.len() > options.max_seed_frequency {
            continue;
        }
        active.retain(|&c| {
            let (_, lj) = *chains[c].seeds.last().expect("chains are never empty");
            j <= lj + n + options.max_gap
        });
        for &i in hits {
            let i = i as usize;
            // The active chain this seed continues best: monotone in both
            // texts, closest in the source.
            let best = active
                .iter()
                .copied()
                .filter(|&c| {
                    let (li, lj) = *chains[c].seeds.last().expect("chains are never empty");
                    i > li && j > lj && i <= li + n + options.max_gap
                })
                .min_by_key(|&c| {
                    let (li, lj) = *chains[c].seeds.last().expect("chains are never empty");
                    (i - li).abs_diff(j - lj)
                });
            match best {
                Some(c) => chains[c].seeds.push((i, j)),
                None => {
                    chains.push(Chain {
                        seeds: vec![(i, j)],
                    });
                    active.push(chains.len() - 1);
                }
            }
        }
    }
    // A passage of function words only ("a member of the") is not reuse.
    let mut passages: Vec<Passage> = chains
        .iter()
        .filter_map(|c| passage(c, s, t, n, options))
        .filter(|p| t.content_in(p.target) >= 2)
        .collect();
    passages.sort_by_key(|p| (p.target.start, p.source.start));
    remove_overlaps(passages)
}

fn passage(chain: &Chain, s: &Words, t: &Words, n: usize, options: &Options) -> Option<Passage> {
    let (first_i, first_j) = chain.seeds[0];
    let (last_i, last_j) = *chain.seeds.last()?;
    let (si, ei) = (first_i, last_i + n); // source words [si, ei)
    let (sj, ej) = (first_j, last_j + n);
    let target_words = ej - sj;
    if target_words < options.min_words {
        return None;
    }
    // Target words covered by a seed, and the longest unbroken diagonal run.
    let mut covered = vec![false; target_words];
    let mut longest = 0;
    let mut run_start = chain.seeds[0];
    let mut prev = chain.seeds[0];
    for &(i, j) in &chain.seeds {
        covered[j - sj..j - sj + n]
            .iter_mut()
            .for_each(|c| *c = true);
        let continues = i == prev.0 + 1 && j == prev.1 + 1;
        if !continues && (i, j) != chain.seeds[0] {
            run_start = (i, j);
        }
        longest = longest.max(j + n - run_start.1);
        prev = (i, j);
    }
    let coverage = covered.iter().filter(|c| **c).count() as f32 / target_words as f32;
    let kind = if longest as f32 >= options.verbatim_share * target_words as f32 {
        ReuseKind::Verbatim
    } else {
        ReuseKind::Rewrite
    };
    Some(Passage {
        source: Span::new(s.spans[si].start, s.spans[ei - 1].end),
        target: Span::new(t.spans[sj].start, t.spans[ej - 1].end),
        kind,
        coverage,
        target_words,
    })
}

/// The share of `text`'s non-space characters covered by `spans` (byte spans
/// of `text`, possibly overlapping).
pub fn coverage(text: &str, spans: impl IntoIterator<Item = Span>) -> f32 {
    let mut covered = vec![false; text.len()];
    for span in spans {
        covered[span.start..span.end]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    let (mut shared, mut total) = (0usize, 0usize);
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            total += 1;
            shared += usize::from(covered[i]);
        }
    }
    shared as f32 / total.max(1) as f32
}

/// Keep the larger of two passages that overlap in the target.
fn remove_overlaps(passages: Vec<Passage>) -> Vec<Passage> {
    let mut out: Vec<Passage> = Vec::with_capacity(passages.len());
    for p in passages {
        match out.last_mut() {
            Some(last) if p.target.start < last.target.end => {
                if p.target_words > last.target_words {
                    *last = p;
                }
            }
            _ => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_copy_is_found_with_offsets() {
        let source = "Intro words here. The court heard that the diver broke his back in two places after a crane lowered a cage. Other text.";
        let target = "Something else first. The court heard that the diver broke his back in two places after a crane lowered a cage. Then more.";
        let p = reuse(source, target, &Options::default());
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].kind, ReuseKind::Verbatim);
        assert_eq!(p[0].target.slice(target), p[0].source.slice(source));
        assert!(p[0].target.slice(target).starts_with("The court heard"));
    }

    #[test]
    fn other_seed_sizes_index_the_words_themselves() {
        let source = "Intro words here. The court heard that the diver broke his back in two places after a crane lowered a cage. Other text.";
        let target = "Something else first. The court heard that the diver broke his back in two places after a crane lowered a cage. Then more.";
        for ngram in [2, 4] {
            let options = Options {
                ngram,
                ..Options::default()
            };
            let p = reuse(source, target, &options);
            assert_eq!(p.len(), 1, "{ngram}");
            assert_eq!(p[0].target.slice(target), p[0].source.slice(source));
        }
    }

    #[test]
    fn unrelated_texts_share_nothing() {
        let p = reuse(
            "Iran and Nicaragua discussed military cooperation in February.",
            "The football season opened with a draw between two rival clubs.",
            &Options::default(),
        );
        assert!(p.is_empty());
    }

    #[test]
    fn typography_and_case_do_not_matter() {
        let source = "officials said “perceived U.S. efforts to expand influence in Latin America” were opposed";
        let target = "OFFICIALS SAID \"PERCEIVED US EFFORTS TO EXPAND INFLUENCE IN LATIN AMERICA\" WERE OPPOSED";
        let p = reuse(source, target, &Options::default());
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].kind, ReuseKind::Verbatim);
    }
}
