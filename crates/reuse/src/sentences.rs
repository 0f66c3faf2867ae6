//! Sentence-level lexical overlap: for each sentence of a target text, the
//! sentence of a source text that shares the largest share of its content
//! words. This is the lexical path of sentence alignment: cheap, and good at
//! rewrites that keep the names, numbers and key words of the source.

use std::collections::{HashMap, HashSet};

use crosscheck_model::Span;
use crosscheck_text::TextFeatures;

/// A text's sentences with their content words, and which sentences hold
/// each word: built once per text, then matched against many others. A text
/// that has [`TextFeatures`] needs no index: [`contained`] and
/// [`sentence_matches`] read the features.
#[derive(Debug, Clone, Default)]
pub struct SentenceIndex {
    features: TextFeatures,
}

impl SentenceIndex {
    /// Index a text.
    pub fn new(text: &str) -> Self {
        Self {
            features: TextFeatures::of_text(text),
        }
    }

    /// The sentences of `target` (spans into its text) with at least
    /// `min_words` content words (and at least one), at least
    /// `min_containment` of which one sentence of this text holds — as
    /// [`best_sentence_matches`] finds them.
    pub fn contained(
        &self,
        target: &SentenceIndex,
        min_containment: f32,
        min_words: usize,
    ) -> Vec<Span> {
        contained(&self.features, &target.features, min_containment, min_words)
    }
}

impl From<TextFeatures> for SentenceIndex {
    fn from(features: TextFeatures) -> Self {
        Self { features }
    }
}

/// The sentence of `source` holding most of `words` (the first on a tie)
/// and how many it holds.
fn best(source: &TextFeatures, words: &HashSet<String>) -> Option<(usize, usize)> {
    let mut shared: HashMap<usize, usize> = HashMap::new();
    for w in words {
        for &i in source.postings.get(w).into_iter().flatten() {
            *shared.entry(i).or_default() += 1;
        }
    }
    shared
        .into_iter()
        .max_by_key(|&(i, c)| (c, std::cmp::Reverse(i)))
}

/// How many adjacent source sentences a rewritten sentence may draw on
/// together (a rewrite often merges two of them).
const CONTAINED_WINDOW: usize = 3;

/// The most of `words` that `window` adjacent sentences of `source` hold
/// together.
fn best_window(source: &TextFeatures, words: &HashSet<String>, window: usize) -> Option<usize> {
    let mut shared: HashMap<usize, usize> = HashMap::new();
    for w in words {
        let mut starts: Vec<usize> = source
            .postings
            .get(w)
            .into_iter()
            .flatten()
            .flat_map(|&i| i.saturating_sub(window - 1)..=i)
            .collect();
        starts.sort_unstable();
        starts.dedup();
        for j in starts {
            *shared.entry(j).or_default() += 1;
        }
    }
    shared.into_values().max()
}

/// The sentences of `target` (spans into its text) with at least
/// `min_words` content words (and at least one), at least `min_containment`
/// of which one sentence of `source` (or two adjacent ones) holds — as [`sentence_matches`] finds
/// them.
pub fn contained(
    source: &TextFeatures,
    target: &TextFeatures,
    min_containment: f32,
    min_words: usize,
) -> Vec<Span> {
    target
        .sentences
        .iter()
        .filter(|s| s.content.len() >= min_words.max(1))
        .filter(|s| {
            best_window(source, &s.content, CONTAINED_WINDOW)
                .is_some_and(|count| count as f32 / s.content.len() as f32 >= min_containment)
        })
        .map(|s| s.span)
        .collect()
}

/// One target sentence and its best source sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceMatch {
    /// The target sentence (bytes of the target).
    pub target: Span,
    /// The source sentence sharing most of its content words (bytes of the source).
    pub source: Span,
    /// The part of the target sentence from its first to its last shared
    /// content word (bytes of the target).
    pub shared: Span,
    /// Share of the target sentence's content words found in that source sentence.
    pub containment: f32,
    /// Content words of the target sentence.
    pub words: usize,
}

/// For every sentence of `target` with content words, its best match in `source`.
pub fn best_sentence_matches(source: &str, target: &str) -> Vec<SentenceMatch> {
    sentence_matches(
        &TextFeatures::of_text(source),
        &TextFeatures::of_text(target),
    )
}

/// [`best_sentence_matches`] on the two texts' features.
pub fn sentence_matches(source: &TextFeatures, target: &TextFeatures) -> Vec<SentenceMatch> {
    let mut out = Vec::new();
    for sentence in &target.sentences {
        let Some((best, count)) = best(source, &sentence.content) else {
            continue;
        };
        let best_words = &source.sentences[best].content;
        let mut hits = sentence.words.clone().filter(|&k| {
            target.words.content[k]
                .as_ref()
                .is_some_and(|w| best_words.contains(w))
        });
        let first = hits.next();
        let shared = match (first, hits.next_back().or(first)) {
            (Some(f), Some(l)) => Span::new(target.words.spans[f].start, target.words.spans[l].end),
            _ => sentence.span,
        };
        out.push(SentenceMatch {
            target: sentence.span,
            shared,
            source: source.sentences[best].span,
            containment: count as f32 / sentence.content.len() as f32,
            words: sentence.content.len(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrite_shares_content_words() {
        let source = "Iran and Nicaragua held discussions in February about bolstering their military cooperation as a way of countering American influence. Other things happened.";
        let target = "In February, the two discussed bolstering military cooperation to counter US influence.";
        let m = best_sentence_matches(source, target);
        assert_eq!(m.len(), 1);
        assert!(m[0].source.slice(source).starts_with("Iran and Nicaragua"));
        assert!(m[0].containment >= 0.5, "{}", m[0].containment);
    }

    #[test]
    fn index_finds_what_the_matches_find() {
        let source = "Iran and Nicaragua held discussions in February about bolstering their military cooperation as a way of countering American influence. Other things happened.";
        let target = "In February, the two discussed bolstering military cooperation to counter US influence. The weather was fine in Managua that week.";
        let expected: Vec<Span> = best_sentence_matches(source, target)
            .into_iter()
            .filter(|m| m.containment >= 0.5 && m.words >= 3)
            .map(|m| m.target)
            .collect();
        let found = SentenceIndex::new(source).contained(&SentenceIndex::new(target), 0.5, 3);
        assert_eq!(found, expected);
        assert_eq!(found.len(), 1);
        assert!(found[0].slice(target).starts_with("In February"));
    }
}
