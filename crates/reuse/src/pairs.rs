//! Which article pairs of a story the pairwise stages (alignment,
//! derivation) compare.
//!
//! A story of a few dozen articles is compared pair by pair. A larger one
//! would make those stages quadratic, so each article is compared with the
//! `max_partners` articles it shares the most word 3-grams with, found
//! through an inverted index of the story's 3-grams rather than by scoring
//! every pair. A 3-gram held by many articles (a wire story copied
//! everywhere) lists only the first `max_partners` of them in the story's
//! order (publication first), so an index entry costs at most that much
//! and a copy still finds the earliest articles it could derive from.

use std::collections::{HashMap, HashSet};

use crosscheck_text::TextFeatures;
use rayon::prelude::*;

/// The article pairs `(a, b)`, `a < b`, that the pairwise stages compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticlePairs {
    /// Ascending.
    pairs: Vec<(usize, usize)>,
    /// Every pair of the story (then `pairs` lists them all).
    all: bool,
    /// The partners each article was given, at most (by its own choice).
    max_partners: usize,
}

impl ArticlePairs {
    /// Every pair of `n` articles.
    pub fn all(n: usize) -> Self {
        ArticlePairs {
            pairs: (0..n)
                .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
                .collect(),
            all: true,
            max_partners: n.saturating_sub(1),
        }
    }

    /// The partners each article chose, at most (an article has more
    /// when others choose it).
    pub fn max_partners(&self) -> usize {
        self.max_partners
    }

    /// The pairs, ascending, each with `a < b`.
    pub fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.pairs.iter().copied()
    }

    /// The partners of `a` that come after it, ascending.
    pub fn after(&self, a: usize) -> impl Iterator<Item = usize> + '_ {
        let start = self.pairs.partition_point(|&(x, _)| x < a);
        self.pairs[start..]
            .iter()
            .take_while(move |&&(x, _)| x == a)
            .map(|&(_, b)| b)
    }

    /// Whether `a` and `b` (either order) are compared.
    pub fn contains(&self, a: usize, b: usize) -> bool {
        let key = (a.min(b), a.max(b));
        a != b && self.pairs.binary_search(&key).is_ok()
    }

    /// How many pairs.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there is no pair.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// Whether every pair of the story is compared.
    pub fn is_complete(&self) -> bool {
        self.all
    }

    /// These pairs and `more` (each `(a, b)` in either order, `a != b`).
    pub fn with(mut self, more: impl IntoIterator<Item = (usize, usize)>) -> Self {
        if self.all {
            return self;
        }
        self.pairs.extend(
            more.into_iter()
                .filter(|(a, b)| a != b)
                .map(|(a, b)| (a.min(b), a.max(b))),
        );
        self.pairs.sort_unstable();
        self.pairs.dedup();
        self
    }
}

/// The pairs to compare: all of them when the story has at most
/// `max_partners + 1` articles; otherwise each article with the
/// `max_partners` others it shares the most distinct word 3-grams with
/// (ties to the earlier in `order`), both ways. `order` ranks the
/// articles (publication order): it decides which articles a 3-gram held by
/// many lists.
pub fn article_pairs<K: Ord + Sync>(
    features: &[TextFeatures],
    order: &[K],
    max_partners: usize,
) -> ArticlePairs {
    assert_eq!(features.len(), order.len(), "one rank per article");
    let n = features.len();
    if n <= max_partners.saturating_add(1) {
        return ArticlePairs::all(n);
    }
    let mut ranked: Vec<usize> = (0..n).collect();
    ranked.sort_by(|&x, &y| order[x].cmp(&order[y]).then(x.cmp(&y)));
    let mut rank = vec![0; n];
    for (r, &a) in ranked.iter().enumerate() {
        rank[a] = r;
    }
    // Each 3-gram's articles, the first `max_partners` in rank order.
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    for &a in &ranked {
        for &gram in features[a].words.ngram_starts.keys() {
            let list = postings.entry(gram).or_default();
            if list.len() < max_partners {
                list.push(a as u32);
            }
        }
    }
    let chosen: Vec<Vec<usize>> = (0..n)
        .into_par_iter()
        .map(|a| {
            let mut shared: HashMap<usize, usize> = HashMap::new();
            for gram in features[a].words.ngram_starts.keys() {
                for &b in postings.get(gram).into_iter().flatten() {
                    let b = b as usize;
                    if b != a {
                        *shared.entry(b).or_default() += 1;
                    }
                }
            }
            let mut best: Vec<(usize, usize)> = shared.into_iter().collect();
            best.sort_by_key(|&(b, count)| (std::cmp::Reverse(count), rank[b]));
            best.truncate(max_partners);
            best.into_iter().map(|(b, _)| b).collect()
        })
        .collect();
    let mut pairs: HashSet<(usize, usize)> = HashSet::new();
    for (a, partners) in chosen.iter().enumerate() {
        pairs.extend(partners.iter().map(|&b| (a.min(b), a.max(b))));
    }
    let mut pairs: Vec<(usize, usize)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    ArticlePairs {
        pairs,
        all: false,
        max_partners,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{Article, ArticleMeta, Origin};

    fn features(texts: &[&str]) -> Vec<TextFeatures> {
        texts
            .iter()
            .map(|t| {
                let mut a =
                    Article::from_text(Origin::default(), ArticleMeta::default(), (*t).into());
                crosscheck_text::segment(&mut a);
                TextFeatures::of_article(&a)
            })
            .collect()
    }

    #[test]
    fn a_small_story_compares_every_pair() {
        let f = features(&["One two three four.", "Five six seven.", "Eight nine ten."]);
        let pairs = article_pairs(&f, &[0, 1, 2], 2);
        assert!(pairs.is_complete());
        assert_eq!(pairs.iter().collect::<Vec<_>>(), [(0, 1), (0, 2), (1, 2)]);
        assert_eq!(pairs.after(0).collect::<Vec<_>>(), [1, 2]);
        assert!(pairs.contains(2, 1));
    }

    #[test]
    fn a_large_story_pairs_each_article_with_those_it_shares_most_with() {
        let f = features(&[
            "The minister resigned on Tuesday after the inquiry reported.",
            "The minister resigned on Tuesday after the inquiry reported its findings.",
            "Heavy rain flooded the valley and closed the northern road.",
            "Heavy rain flooded the valley and closed the northern road overnight.",
            "A cat sat quietly on a warm mat by the door.",
        ]);
        let pairs = article_pairs(&f, &[0, 1, 2, 3, 4], 1);
        assert!(!pairs.is_complete());
        assert!(pairs.contains(0, 1));
        assert!(pairs.contains(2, 3));
        assert!(!pairs.contains(0, 2));
        assert!(!pairs.contains(4, 0));
        let more = pairs.with([(4, 0)]);
        assert!(more.contains(0, 4));
    }

    #[test]
    fn copies_of_a_widely_copied_text_find_the_earliest() {
        let text = "The central bank raised its main interest rate by half a point on Thursday.";
        let f = features(&[text; 6]);
        // Published in reverse order of input: the last is the first out.
        let pairs = article_pairs(&f, &[5, 4, 3, 2, 1, 0], 2);
        for a in 0..5 {
            assert!(pairs.contains(a, 5), "{a} is paired with the earliest");
        }
    }
}
