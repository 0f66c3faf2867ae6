//! Typographic normalisation with a map back to original offsets.

use crosscheck_model::Span;

/// Normalised text and the way back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// For every byte offset of `text` (and one past the end), the byte offset
    /// in the original where the char it came from starts.
    starts: Vec<usize>,
    /// For every byte offset of `text`, where that original char ends.
    ends: Vec<usize>,
}

impl Default for Normalized {
    /// The empty text.
    fn default() -> Self {
        normalize("")
    }
}

impl Normalized {
    /// The original byte offset of normalised byte offset `at`.
    pub fn original_offset(&self, at: usize) -> usize {
        self.starts[at]
    }

    /// The original span of a normalised span. A span that ends inside an
    /// expansion (such as "..." from "…") is widened to the whole original char.
    pub fn original_span(&self, span: Span) -> Span {
        let start = self.starts[span.start];
        if span.is_empty() {
            return Span::new(start, start);
        }
        Span::new(start, self.ends[span.end - 1])
    }
}

/// What a character becomes: itself, a replacement, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    Keep,
    Drop,
    Char(char),
    Str(&'static str),
}

fn fold(c: char) -> Fold {
    match c {
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\t' => {
            Fold::Char(' ')
        }
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Fold::Drop,
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{ff07}' => {
            Fold::Char('\'')
        }
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}'
        | '\u{ff02}' => Fold::Char('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => Fold::Char('-'),
        '\u{2026}' => Fold::Str("..."),
        '\u{fb01}' => Fold::Str("fi"),
        '\u{fb02}' => Fold::Str("fl"),
        '\r' => Fold::Char('\n'),
        _ => Fold::Keep,
    }
}

/// The plain form of one character, for comparisons that must not depend on
/// typography (`’` → `'`, `“` → `"`, `–` → `-`, no-break space → space).
/// Characters that normalise to nothing or to several characters are returned
/// unchanged.
pub fn fold_char(c: char) -> char {
    match fold(c) {
        Fold::Char(r) => r,
        _ => c,
    }
}

/// Normalise typography: spaces, quotes, apostrophes, dashes, ellipses,
/// ligatures, invisible characters and line endings (`\r\n` → `\n`).
/// Letters, digits and other punctuation are untouched, so the text keeps its
/// words; the result maps back to the original offsets.
pub fn normalize(original: &str) -> Normalized {
    let mut text = String::with_capacity(original.len());
    let mut starts = Vec::with_capacity(original.len() + 1);
    let mut ends = Vec::with_capacity(original.len());
    let mut chars = original.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
            continue;
        }
        let end = at + c.len_utf8();
        let mut push = |r: char| {
            text.push(r);
            starts.extend(std::iter::repeat_n(at, r.len_utf8()));
            ends.extend(std::iter::repeat_n(end, r.len_utf8()));
        };
        match fold(c) {
            Fold::Keep => push(c),
            Fold::Drop => {}
            Fold::Char(r) => push(r),
            Fold::Str(s) => s.chars().for_each(push),
        }
    }
    starts.push(original.len());
    Normalized { text, starts, ends }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_typography() {
        let n = normalize("to the New\u{a0}York Times — “US” it’s…\r\nend\u{ad}ing");
        assert_eq!(n.text, "to the New York Times - \"US\" it's...\nending");
    }

    #[test]
    fn maps_back_to_original() {
        let original = "“perceived U.S. efforts”";
        let n = normalize(original);
        let at = n.text.find("U.S.").unwrap();
        let span = n.original_span(Span::new(at, at + 4));
        assert_eq!(span.slice(original), "U.S.");
        let whole = n.original_span(Span::new(0, n.text.len()));
        assert_eq!(whole.slice(original), original);
    }

    #[test]
    fn expansion_maps_to_whole_char() {
        let original = "wait… what";
        let n = normalize(original);
        let at = n.text.find("...").unwrap();
        assert_eq!(n.original_span(Span::new(at, at + 3)).slice(original), "…");
    }

    proptest! {
        #[test]
        fn every_normalised_span_maps_to_a_valid_original_span(s in "\\PC{0,60}", a in 0usize..80, b in 0usize..80) {
            let n = normalize(&s);
            let boundaries: Vec<usize> = n.text.char_indices().map(|(i, _)| i).chain([n.text.len()]).collect();
            let (a, b) = (boundaries[a % boundaries.len()], boundaries[b % boundaries.len()]);
            let span = n.original_span(Span::new(a.min(b), a.max(b)));
            prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
            prop_assert!(span.start <= span.end && span.end <= s.len());
        }
    }
}
