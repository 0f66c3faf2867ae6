//! Text features: what the analysis stages read of an article's text,
//! computed once per article.
//!
//! [`TextFeatures`] holds the normalised text (with its offset map), the
//! tokens, the words with their folded keys and content words, the hashed
//! word n-grams that seed passage reuse, and, per sentence, its content words,
//! numbers and letters. Every stage reads these instead of tokenising the
//! text again (alignment, reuse and derivation for every pair of articles).

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::ops::Range;

use crosscheck_lexicon::words;
use crosscheck_model::{Article, Span};

use crate::{Normalized, Token, TokenKind, fold_char, normalize, sentence_spans, tokens};

/// Words per hashed n-gram in [`Words::ngrams`] (the seeds of passage reuse).
pub const NGRAM: usize = 3;

/// A word as words are compared: typography folded, stops and apostrophes
/// dropped (`U.S.` = `us`, `don't` = `dont`), lower-cased.
fn folded_word(word: &str) -> String {
    word.chars()
        .map(fold_char)
        .filter(|c| *c != '.' && *c != '\'')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The content word of a folded word: crudely stemmed (plural and verb
/// endings), `None` for a stop word.
fn content_of(folded: &str) -> Option<String> {
    (!words::STOP_WORDS.contains(&folded) && !folded.is_empty()).then(|| stem(folded))
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

/// The content words of a text span: folded, lower-cased, crudely stemmed
/// (plural and verb endings), stop words left out. For text that has
/// [`TextFeatures`], read [`SentenceFeatures::content`] or
/// [`Words::content_in`] instead.
pub fn content_words(text: &str) -> HashSet<String> {
    tokens(text)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .filter_map(|t| content_of(&folded_word(t.span.slice(text))))
        .collect()
}

/// The hash of a run of word keys (one n-gram).
pub fn ngram_hash(keys: &[u64]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    keys.hash(&mut h);
    h.finish()
}

/// The words (word and number tokens) of a text, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    /// Bytes of the text.
    pub spans: Vec<Span>,
    /// Each word's folded form, hashed: equal for words that differ only in
    /// typography, case, stops and apostrophes.
    pub keys: Vec<u64>,
    /// Each word's content word (folded, stemmed), `None` for a stop word.
    pub content: Vec<Option<String>>,
    /// The hash of the [`NGRAM`] keys from each word on, for every word
    /// that has `NGRAM - 1` words after it.
    pub ngrams: Vec<u64>,
    /// Where each n-gram hash starts (word indexes, ascending).
    pub ngram_starts: HashMap<u64, Vec<u32>>,
}

impl Words {
    /// The words of a text.
    pub fn of(text: &str) -> Self {
        Self::from_tokens(text, &tokens(text))
    }

    fn from_tokens(text: &str, tokens: &[Token]) -> Self {
        let mut words = Words::default();
        for t in tokens.iter().filter(|t| t.kind != TokenKind::Punct) {
            let folded = folded_word(t.span.slice(text));
            let mut h = std::collections::hash_map::DefaultHasher::new();
            folded.chars().for_each(|c| c.hash(&mut h));
            words.keys.push(h.finish());
            words.content.push(content_of(&folded));
            words.spans.push(t.span);
        }
        words.ngrams = words.keys.windows(NGRAM).map(ngram_hash).collect();
        for (i, &h) in words.ngrams.iter().enumerate() {
            words.ngram_starts.entry(h).or_default().push(i as u32);
        }
        words
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The words that start inside `span` (bytes of the text).
    pub fn within(&self, span: Span) -> Range<usize> {
        let start = self.spans.partition_point(|w| w.start < span.start);
        let end = self.spans.partition_point(|w| w.start < span.end);
        start..end.max(start)
    }

    /// How many distinct content words the words inside `span` hold (what
    /// [`content_words`] of that piece of text counts, when `span` starts
    /// and ends on word boundaries).
    pub fn content_in(&self, span: Span) -> usize {
        self.content[self.within(span)]
            .iter()
            .flatten()
            .collect::<HashSet<_>>()
            .len()
    }
}

/// What the stages read of one sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceFeatures {
    /// Bytes of the text.
    pub span: Span,
    /// Its words (indexes into [`TextFeatures::words`]).
    pub words: Range<usize>,
    /// Its content words (as [`content_words`] gives them).
    pub content: HashSet<String>,
    /// Its numbers, thousands separators removed (`1,300` → `1300`).
    pub numbers: HashSet<String>,
    /// Its letters and digits only, normalised and lower-cased: equal for
    /// sentences that differ only in typography, spacing and punctuation.
    pub letters: String,
}

/// What the analysis stages read of an article's text, computed once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextFeatures {
    /// The text, typography normalised, with the map back to its offsets.
    pub normalized: Normalized,
    /// The normalised text lower-cased (for case-blind search).
    pub lower: String,
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// Its words, with their keys, content words and n-grams.
    pub words: Words,
    /// Its sentences, in order.
    pub sentences: Vec<SentenceFeatures>,
    /// For each content word, the sentences that hold it (ascending).
    pub postings: HashMap<String, Vec<usize>>,
}

impl TextFeatures {
    /// The features of a segmented article (its `sentences`, as the text
    /// stage found them).
    pub fn of_article(article: &Article) -> Self {
        Self::new(&article.text, article.sentences.iter().map(|s| s.span))
    }

    /// The features of a text that is not an article: its sentences are
    /// [`sentence_spans`] of the whole text.
    pub fn of_text(text: &str) -> Self {
        Self::new(text, sentence_spans(text).into_iter())
    }

    /// The tokens inside `span` (bytes of the text), with the text's
    /// offsets. For a sentence's span these are the tokens of [`tokens`] on
    /// the sentence's text alone (shifted to the text's offsets): the text
    /// is tokenised sentence by sentence.
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let first = self.tokens.partition_point(|t| t.span.start < span.start);
        let last = self.tokens.partition_point(|t| t.span.start < span.end);
        &self.tokens[first..last.max(first)]
    }

    /// The tokens inside a sentence's span, with spans relative to the
    /// sentence's start: the tokens of [`tokens`] on the sentence's text
    /// alone.
    pub fn sentence_tokens(&self, sentence: Span) -> Vec<Token> {
        self.tokens_in(sentence)
            .iter()
            .map(|t| Token {
                span: Span::new(t.span.start - sentence.start, t.span.end - sentence.start),
                kind: t.kind,
            })
            .collect()
    }

    fn new(text: &str, sentences: impl Iterator<Item = Span>) -> Self {
        let normalized = normalize(text);
        let lower = normalized.text.to_lowercase();
        let spans: Vec<Span> = sentences.collect();
        let tokens = tokens_by_sentence(text, &spans);
        let words = Words::from_tokens(text, &tokens);
        let sentences: Vec<SentenceFeatures> = spans
            .into_iter()
            .map(|span| {
                let range = words.within(span);
                let content = words.content[range.clone()]
                    .iter()
                    .flatten()
                    .cloned()
                    .collect();
                let first = tokens.partition_point(|t| t.span.start < span.start);
                let last = tokens.partition_point(|t| t.span.start < span.end);
                let numbers = tokens[first..last.max(first)]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Number)
                    .map(|t| t.span.slice(text).replace(',', ""))
                    .collect();
                let letters = normalize(span.slice(text))
                    .text
                    .to_lowercase()
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                SentenceFeatures {
                    span,
                    words: range,
                    content,
                    numbers,
                    letters,
                }
            })
            .collect();
        let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, s) in sentences.iter().enumerate() {
            for w in &s.content {
                postings.entry(w.clone()).or_default().push(i);
            }
        }
        TextFeatures {
            normalized,
            lower,
            tokens,
            words,
            sentences,
            postings,
        }
    }
}

/// The tokens of `text`, tokenised sentence by sentence and stretch by
/// stretch between them, so that no token crosses a sentence's ends (a
/// sentence glued to the next, "ended.Then", is two tokens, as it is read
/// alone). `sentences` are ascending and do not overlap.
fn tokens_by_sentence(text: &str, sentences: &[Span]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut push = |from: usize, to: usize| {
        if from < to {
            out.extend(tokens(&text[from..to]).into_iter().map(|t| Token {
                span: Span::new(from + t.span.start, from + t.span.end),
                kind: t.kind,
            }));
        }
    };
    let mut at = 0;
    for s in sentences {
        let start = s.start.max(at);
        push(at, start);
        push(start, s.end.max(start));
        at = s.end.max(start);
    }
    push(at, text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{ArticleMeta, Origin};
    use proptest::prelude::*;

    fn article(text: &str) -> Article {
        let mut a = Article::from_text(Origin::default(), ArticleMeta::default(), text.into());
        crate::segment(&mut a);
        a
    }

    /// Every sentence's features equal what tokenising it alone gives.
    fn check(text: &str) {
        let a = article(text);
        let f = TextFeatures::of_article(&a);
        assert_eq!(f.sentences.len(), a.sentences.len());
        for s in &f.sentences {
            let piece = s.span.slice(text);
            assert_eq!(s.content, content_words(piece), "{piece:?}");
            assert_eq!(f.sentence_tokens(s.span), tokens(piece), "{piece:?}");
            let alone: Vec<Span> = tokens(piece)
                .into_iter()
                .filter(|t| t.kind != TokenKind::Punct)
                .map(|t| Span::new(s.span.start + t.span.start, s.span.start + t.span.end))
                .collect();
            assert_eq!(f.words.spans[s.words.clone()], alone[..], "{piece:?}");
        }
    }

    #[test]
    fn sentence_features_match_the_sentence_alone() {
        check(
            "Mr. Ortega met the C.I.A. chief on Feb. 23. He left.\n\nThe U.S. said 1,300 men, 3.5% of them, don’t.",
        );
        check("  One.\r\n \r\nTwo.\nstill two words here.\n\n\n“Quoted,” she said…Then.");
    }

    #[test]
    fn no_token_crosses_a_sentence_end() {
        let text = "It ended.Then it began. ";
        let toks = tokens_by_sentence(text, &[Span::new(0, 9), Span::new(9, 23)]);
        let words: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(words, ["It", "ended", ".", "Then", "it", "began", "."]);
        assert_eq!(
            tokens(text).len(),
            5,
            "read whole, `ended.Then` is one token"
        );
    }

    #[test]
    fn words_fold_typography_and_case() {
        let w = Words::of("“U.S.” said DON’T us dont");
        assert_eq!(w.keys[0], w.keys[3]);
        assert_eq!(w.keys[2], w.keys[4]);
        assert_eq!(w.content[1], None);
        assert_eq!(w.ngrams.len(), 3);
        assert_eq!(w.ngram_starts[&w.ngrams[1]], [1]);
    }

    #[test]
    fn content_in_counts_distinct_content_words_of_a_span() {
        let text = "The talks ended and the talks resumed.";
        let w = Words::of(text);
        let span = Span::new(0, text.len() - 1);
        assert_eq!(w.content_in(span), content_words(span.slice(text)).len());
        assert_eq!(w.content_in(span), 3);
    }

    proptest! {
        #[test]
        fn sentence_features_match_on_any_text(s in "([A-Za-z]{1,6}|[0-9]{1,4}|[ .,'’\"“”!?\n-]){0,60}") {
            check(&s);
        }
    }
}
