//! The story's timeline: the time stage's dated statements and each
//! article's publication, in date order, joined with the alignment.

use std::collections::BTreeSet;

use crate::{Analysis, Precision, When};

/// What a timeline entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineKind {
    /// A time expression of the article (index into its `times`).
    Statement {
        /// The expression.
        expression: usize,
        /// The sentence that carries it.
        sentence: usize,
    },
    /// The article's publication date.
    Publication,
}

/// One dated point of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// When.
    pub when: When,
    /// The article (index in the story).
    pub article: usize,
    /// A statement or the publication.
    pub kind: TimelineKind,
    /// The other articles whose aligned sentence carries an expression of
    /// the same value (empty for publications, and when the alignment did
    /// not run).
    pub also_in: Vec<usize>,
}

/// Every dated statement and publication, in date order (then article, then
/// sentence; a publication before the statements of its day).
pub(crate) fn build(analysis: &Analysis) -> Vec<TimelineEntry> {
    let mut entries = Vec::new();
    for (k, times) in analysis.times.iter().enumerate() {
        for (e, t) in times.iter().enumerate() {
            entries.push(TimelineEntry {
                when: t.when,
                article: k,
                kind: TimelineKind::Statement {
                    expression: e,
                    sentence: t.sentence,
                },
                also_in: also_in(analysis, k, t.sentence, t.when.value()),
            });
        }
        if let Some(p) = analysis.articles[k].meta.published {
            entries.push(TimelineEntry {
                when: When {
                    start: p.date,
                    precision: Precision::Day,
                },
                article: k,
                kind: TimelineKind::Publication,
                also_in: Vec::new(),
            });
        }
    }
    entries.sort_by_key(|e| {
        let sentence = match e.kind {
            TimelineKind::Statement { sentence, .. } => Some(sentence),
            TimelineKind::Publication => None,
        };
        (e.when, e.article, sentence)
    });
    entries
}

/// The other articles whose sentence aligned with `sentence` of `article`
/// carries an expression of the same value.
fn also_in(analysis: &Analysis, article: usize, sentence: usize, value: String) -> Vec<usize> {
    analysis
        .alignments
        .iter()
        .filter_map(|al| {
            if al.a == article && al.a_sentence == sentence {
                Some((al.b, al.b_sentence))
            } else if al.b == article && al.b_sentence == sentence {
                Some((al.a, al.a_sentence))
            } else {
                None
            }
        })
        .filter(|&(o, s)| {
            analysis.times[o]
                .iter()
                .any(|x| x.sentence == s && x.when.value() == value)
        })
        .map(|(o, _)| o)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}
