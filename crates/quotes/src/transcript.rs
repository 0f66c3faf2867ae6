//! Transcripts: paragraphs that open with a speaker's label in capitals and
//! a colon ("PENCE: Well, look, …", "“WALLACE: Let’s start …"), the way
//! papers print interviews and debates. Each is one attribution: the label is
//! the source, the colon the cue, the rest of the paragraph the content.
//!
//! A section label looks the same ("UPDATE: …", "VIDEO: …"), so a label
//! counts only where the article is a transcript: the same speaker (by the
//! label's last word: "JAKE TAPPER", then "TAPPER") opens at least two
//! paragraphs.

use std::collections::HashMap;

use crosscheck_model::{Article, Span};

/// One speaker's turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Turn {
    /// The label as written ("PENCE", "JAKE TAPPER").
    pub label: Span,
    /// The colon after it.
    pub colon: Span,
    /// What follows, to the end of the paragraph.
    pub content: Span,
}

/// Labels that head a section, not a speaker's turn.
const SECTIONS: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "UPDATES",
    "VIDEO",
    "WATCH",
    "RELATED",
    "CORRECTION",
    "PREVIOUSLY",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "READ MORE",
    "PHOTO",
    "PHOTOS",
    "BREAKING",
    "SOURCE",
    "SOURCES",
    "CLARIFICATION",
];

/// The speaker's label a paragraph opens with, after an opening quotation
/// mark: (label, colon), byte offsets into the paragraph.
fn label_of(paragraph: &str) -> Option<(Span, Span)> {
    let start = paragraph.len() - paragraph.trim_start_matches(['"', '“', '\'', '‘']).len();
    let rest = &paragraph[start..];
    let colon = rest.find(':')?;
    let label = &rest[..colon];
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let words = label.split_whitespace().count();
    let shaped = label
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
        && label.starts_with(|c: char| c.is_uppercase())
        && label.ends_with(|c: char| c.is_uppercase() || c == '.');
    let spoken = rest[colon + 1..]
        .chars()
        .next()
        .is_some_and(char::is_whitespace)
        && !rest[colon + 1..].trim().is_empty();
    (shaped && spoken && letters >= 2 && (1..=4).contains(&words) && !SECTIONS.contains(&label))
        .then(|| {
            (
                Span::new(start, start + colon),
                Span::new(start + colon, start + colon + 1),
            )
        })
}

/// The speakers' turns of an article, when it holds a transcript.
pub(crate) fn turns(article: &Article) -> Vec<Turn> {
    let found: Vec<Turn> = article
        .paragraphs
        .iter()
        .filter_map(|p| {
            let text = article.slice(*p);
            let (label, colon) = label_of(text)?;
            let after = &text[colon.end..];
            let lead = after.len() - after.trim_start().len();
            let body = after.trim_end();
            Some(Turn {
                label: Span::new(p.start + label.start, p.start + label.end),
                colon: Span::new(p.start + colon.start, p.start + colon.end),
                content: Span::new(p.start + colon.end + lead, p.start + colon.end + body.len()),
            })
        })
        .collect();
    let speaker = |t: &Turn| {
        article
            .slice(t.label)
            .split_whitespace()
            .next_back()
            .unwrap_or_default()
            .to_string()
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for t in &found {
        *counts.entry(speaker(t)).or_default() += 1;
    }
    found
        .into_iter()
        .filter(|t| counts[&speaker(t)] >= 2)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{ArticleMeta, Origin};

    fn article(text: &str) -> Article {
        Article::from_text(Origin::default(), ArticleMeta::default(), text.to_string())
    }

    fn turns_of(text: &str) -> Vec<(String, String)> {
        let a = article(text);
        turns(&a)
            .iter()
            .map(|t| (a.slice(t.label).to_string(), a.slice(t.content).to_string()))
            .collect()
    }

    #[test]
    fn a_transcript_gives_each_speaker_turn() {
        let text = "Partial transcript as follows:\n\n\"WALLACE: Let’s start with the debate.\n\n\
                    \"PENCE: Well, look, she is wrong.\n\n\"JAKE WALLACE: But, Governor?\n\n\
                    “PENCE: No.";
        assert_eq!(
            turns_of(text),
            vec![
                ("WALLACE".into(), "Let’s start with the debate.".into()),
                ("PENCE".into(), "Well, look, she is wrong.".into()),
                ("JAKE WALLACE".into(), "But, Governor?".into()),
                ("PENCE".into(), "No.".into()),
            ]
        );
    }

    #[test]
    fn section_labels_and_lone_labels_are_not_turns() {
        assert!(turns_of("UPDATE: the site removed it.\n\nUPDATE: again.").is_empty());
        assert!(turns_of("TRUMP: one word.\n\nThe rest of the story.").is_empty());
        assert!(turns_of("The Latest: Trump speaks.\n\nThe Latest: again.").is_empty());
        assert!(turns_of("Q: A question?\n\nA: An answer.\n\nQ: Again?").is_empty());
    }
}
