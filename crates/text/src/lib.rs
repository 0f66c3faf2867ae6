//! The text layer: what every analysis stage needs to read article text.
//!
//! - [`normalize`]: folds typographic variants (no-break spaces, curly quotes,
//!   dashes, ellipses, invisible characters) into plain forms while keeping a
//!   map back to the original offsets, so that matches found on normalised
//!   text can be cited in the original.
//! - [`segment`]: sentence segmentation that survives news abbreviations
//!   (Mr., Feb. 23, U.S., C.I.A.), quotations and missing spaces.
//! - [`tokens`]: word, number and punctuation tokens with offsets.
//! - [`TextFeatures`]: what the analysis stages read of an article's text —
//!   normalised text, tokens, words with their folded keys, content words and
//!   hashed n-grams, per-sentence content words — computed once per article.
//!
//! Nothing here does I/O or can fail.
//!
//! ```
//! use crosscheck_text::{normalize, sentence_spans};
//! let text = "Mr. Ortega met the C.I.A. chief on Feb. 23. He left.";
//! let spans = sentence_spans(text);
//! assert_eq!(spans.len(), 2);
//! assert_eq!(spans[1].slice(text), "He left.");
//! let n = normalize("“perceived” U.S.\u{a0}efforts");
//! assert_eq!(n.text, "\"perceived\" U.S. efforts");
//! ```

mod features;
mod normalize;
mod segment;
mod tokens;

pub use features::{NGRAM, SentenceFeatures, TextFeatures, Words, content_words, ngram_hash};
pub use normalize::{Normalized, fold_char, normalize};
pub use segment::{segment, sentence_spans};
pub use tokens::{Token, TokenKind, tokens, whole_words};
