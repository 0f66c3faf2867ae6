//! Sentence-level lexical overlap: for each sentence of a target text, the
//! sentence of a source text that shares the largest share of its content
//! words. This is the lexical path of sentence alignment: cheap, and good at
//! rewrites that keep the names, numbers and key words of the source.

use std::collections::{HashMap, HashSet};

use crosscheck_model::Span;
use crosscheck_text::{TokenKind, fold_char, sentence_spans, tokens};

/// English function words, left out of the overlap.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "said",
    "says",
    "say",
    "mr",
    "mrs",
    "ms",
    "yesterday",
    "today",
];

/// The content words of a text span: folded, lower-cased, crudely stemmed
/// (plural and verb endings), stop words left out.
pub fn content_words(text: &str) -> HashSet<String> {
    tokens(text)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .filter_map(|t| {
            let w: String = t
                .span
                .slice(text)
                .chars()
                .map(fold_char)
                .filter(|c| *c != '.' && *c != '\'')
                .flat_map(char::to_lowercase)
                .collect();
            (!STOPWORDS.contains(&w.as_str()) && !w.is_empty()).then(|| stem(&w))
        })
        .collect()
}

fn stem(w: &str) -> String {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.chars().count() >= 3 {
                return base.to_string();
            }
        }
    }
    w.to_string()
}

/// A text's sentences with their content words, and which sentences hold
/// each word: built once per text, then matched against many others.
#[derive(Debug, Clone, Default)]
pub struct SentenceIndex {
    sentences: Vec<(Span, HashSet<String>)>,
    postings: HashMap<String, Vec<usize>>,
}

impl SentenceIndex {
    /// Index a text.
    pub fn new(text: &str) -> Self {
        let sentences: Vec<(Span, HashSet<String>)> = sentence_spans(text)
            .into_iter()
            .map(|s| (s, content_words(s.slice(text))))
            .collect();
        let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (_, words)) in sentences.iter().enumerate() {
            for w in words {
                postings.entry(w.clone()).or_default().push(i);
            }
        }
        Self {
            sentences,
            postings,
        }
    }

    /// The sentence of this text holding most of `words` (the first on a
    /// tie) and how many it holds.
    fn best(&self, words: &HashSet<String>) -> Option<(usize, usize)> {
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for w in words {
            for &i in self.postings.get(w).into_iter().flatten() {
                *shared.entry(i).or_default() += 1;
            }
        }
        shared
            .into_iter()
            .max_by_key(|&(i, c)| (c, std::cmp::Reverse(i)))
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
        target
            .sentences
            .iter()
            .filter(|(_, words)| words.len() >= min_words.max(1))
            .filter(|(_, words)| {
                self.best(words)
                    .is_some_and(|(_, count)| count as f32 / words.len() as f32 >= min_containment)
            })
            .map(|(span, _)| *span)
            .collect()
    }
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
    let index = SentenceIndex::new(source);
    let mut out = Vec::new();
    for (span, words) in SentenceIndex::new(target).sentences {
        let Some((best, count)) = index.best(&words) else {
            continue;
        };
        let best_words = &index.sentences[best].1;
        let sentence = span.slice(target);
        let hits: Vec<Span> = tokens(sentence)
            .into_iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .filter(|t| {
                content_words(t.span.slice(sentence))
                    .iter()
                    .any(|w| best_words.contains(w))
            })
            .map(|t| t.span)
            .collect();
        let shared_span = match (hits.first(), hits.last()) {
            (Some(f), Some(l)) => Span::new(span.start + f.start, span.start + l.end),
            _ => span,
        };
        out.push(SentenceMatch {
            target: span,
            shared: shared_span,
            source: index.sentences[best].0,
            containment: count as f32 / words.len() as f32,
            words: words.len(),
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
