//! Word, number and punctuation tokens with offsets.

use crosscheck_model::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with internal apostrophes, hyphens or stops
    /// (`don’t`, `Amir-Abdollahian`, `U.S.`).
    Word,
    /// Digits, possibly with internal separators (`1,300`, `3.5`).
    Number,
    /// Any other visible character.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the text.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
}

/// Tokenise text. Joining characters (`'`, `’`, `-`, `.`, `,`) stay inside a
/// token only between two alphanumerics; a dotted initialism keeps its final
/// stop (`C.I.A.`).
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                span: Span::new(at, at + c.len_utf8()),
                kind: TokenKind::Punct,
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut all_digits = c.is_numeric();
        let mut dotted = false;
        while j < chars.len() {
            let ch = chars[j].1;
            if ch.is_alphanumeric() {
                all_digits &= ch.is_numeric();
                j += 1;
            } else if matches!(ch, '\'' | '’' | '-' | '‑' | '.' | ',')
                && j + 1 < chars.len()
                && chars[j + 1].1.is_alphanumeric()
                && (ch != ',' || (all_digits && chars[j + 1].1.is_numeric()))
            {
                dotted |= ch == '.' && !all_digits;
                j += 1;
            } else {
                break;
            }
        }
        // Keep the final stop of a dotted initialism: `U.S.`, `C.I.A.`.
        if dotted && j < chars.len() && chars[j].1 == '.' {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(o, _)| o);
        out.push(Token {
            span: Span::new(at, end),
            kind: if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
        });
        i = j;
    }
    out
}

/// Whether `start..end` of `text` is whole words: no letter or digit right
/// before or right after it ("the Times" in "at the Times", not in
/// "sometimes").
pub fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_stand_between_non_letters() {
        let t = "at the Times, sometimes";
        assert!(whole_words(t, 7, 12));
        assert!(!whole_words(t, 19, 23));
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.span.slice(text)).collect()
    }

    #[test]
    fn joins_inside_words_and_numbers() {
        assert_eq!(
            words("Amir-Abdollahian’s 1,300 C.I.A. men, 3.5%."),
            [
                "Amir-Abdollahian’s",
                "1,300",
                "C.I.A.",
                "men",
                ",",
                "3.5",
                "%",
                "."
            ]
        );
    }
}
