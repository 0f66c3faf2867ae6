//! Text that is safe to show: control characters (ESC, BEL, NUL, CR, …)
//! and the invisible bidirectional controls (U+202E and kin) are replaced by
//! a visible escape, `\u{1b}`, so nothing in an article can drive a
//! terminal or reorder what a reader sees. Line breaks and tabs stay.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal or a page raw.
fn hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every control character and bidirectional control written as
/// `\u{…}` (lower-case hex); borrowed when there is none.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_shown() {
        assert_eq!(
            visible("a\u{1b}[31mb\u{7}c\0d\u{202e}e\r\n\tf"),
            "a\\u{1b}[31mb\\u{7}c\\u{0}d\\u{202e}e\\u{d}\n\tf"
        );
        assert!(matches!(visible("plain “text”\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn no_report_carries_a_control_character_raw() {
        use crosscheck_model::{Article, ArticleMeta, Origin};
        let a = Article::from_paragraphs(
            Origin::default(),
            ArticleMeta {
                title: Some("Title \u{1b}]0;pwned\u{7} here".into()),
                ..ArticleMeta::default()
            },
            ["Text with \u{1b}[2J a clear screen, a NUL \0 and \u{202e}reversed words."],
        );
        let analysis = crosscheck_pipeline::analyse(vec![a]);
        for report in [
            crate::compare_text(&analysis),
            crate::compare_html(&analysis),
            crate::quotes_text(&analysis),
            crate::entities_text(&analysis),
        ] {
            assert!(!report.chars().any(hidden), "{report}");
        }
        let text = crate::compare_text(&analysis);
        assert!(text.contains("Title \\u{1b}]0;pwned\\u{7} here"), "{text}");
        assert!(text.contains("\\u{202e}reversed"), "{text}");
    }
}
