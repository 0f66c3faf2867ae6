//! Framing: how each article words what it reports.
//!
//! - **Hedges** soften a statement's certainty ("appears to be",
//!   "reportedly", "perceived", "neither disputed … nor confirmed"): an
//!   outlet that keeps them tells its reader the claim is uncertain. They
//!   are words about the statement; a caveat (the claims stage) is a
//!   statement about the evidence or the source behind a claim.
//! - **Certainty markers** do the opposite ("clearly", "undoubtedly", "in
//!   fact").
//! - **Voices**: whose words the article carries, by the type of source of
//!   its attributions (named officials, anonymous officials, state media,
//!   leaked documents, other outlets, …), all attributions and the direct
//!   quotations among them.
//!
//! - **What it adds**: the sentences only this article has (no counterpart
//!   in any other, and no other article's sentence sharing a tenth of their
//!   rarity-weighted words: [`ADDITION_ECHO`]), grouped by topic — the person,
//!   organisation or place most of them name.
//!
//! - **Loaded language** (module [`loaded`]): words and sentences that
//!   judge while they report, found by two small models trained on BABE
//!   over the sentence model's distilled embedding.
//!
//! Informational bias is not built yet; the report says so.
//!
//! The stage does no I/O and cannot fail.

use std::collections::BTreeMap;

pub mod loaded;
pub use loaded::LoadedSentence;

use crosscheck_model::{Article, Entity, EntityKind, Span};
use crosscheck_quotes::{ArticleQuotes, SourceType};

/// A word or phrase of an article that marks how it frames a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The sentence (index into the article's sentences).
    pub sentence: usize,
    /// The words, as bytes of the article text.
    pub span: Span,
}

/// How many attributions of one type of source an article carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voice {
    /// The type of source.
    pub source_type: SourceType,
    /// Its attributions.
    pub attributions: usize,
    /// Of those, the direct quotations.
    pub direct: usize,
}

/// Loaded language in one article, or why it was not measured.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// The sentences the models find loaded (those at or above
    /// [`loaded::SENTENCE_FLOOR`]), in text order.
    Found(Vec<loaded::LoadedSentence>),
    /// Why nothing was looked for (no sentence model, or it failed).
    NotMeasured(String),
}

impl Default for Loaded {
    fn default() -> Loaded {
        Loaded::NotMeasured("the framing stage did not run".to_string())
    }
}

/// The framing of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Framing {
    /// Hedges, in text order.
    pub hedges: Vec<Marker>,
    /// Certainty markers, in text order.
    pub certainty: Vec<Marker>,
    /// Voices, most attributions first.
    pub voices: Vec<Voice>,
    /// What only this article says, by topic, the largest group first.
    pub adds: Vec<Addition>,
    /// Loaded language.
    pub loaded: Loaded,
    /// Which classifier judged the story's sentences loaded: `None` when
    /// loaded language was not measured.
    pub loaded_by: Option<loaded::Classifier>,
}

/// Sentences only one article has, on one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addition {
    /// The entity (index into the story's entities) they name; `None` for
    /// sentences that name none.
    pub topic: Option<usize>,
    /// The sentences, in text order.
    pub sentences: Vec<usize>,
}

/// The people, organisations and places each sentence of each article
/// names (entity indexes, ascending), from the story's entities: what
/// [`additions`] reads.
pub fn named_in_sentences(
    articles: usize,
    entities: &[Entity],
) -> Vec<BTreeMap<usize, Vec<usize>>> {
    let mut out: Vec<BTreeMap<usize, Vec<usize>>> = vec![BTreeMap::new(); articles];
    for (i, e) in entities.iter().enumerate() {
        if !matches!(
            e.kind,
            EntityKind::Person | EntityKind::Org | EntityKind::Gpe
        ) {
            continue;
        }
        for m in &e.mentions {
            if let Some(of) = out.get_mut(m.article) {
                let list = of.entry(m.sentence).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
    }
    out
}

/// The share of a sentence's words (weighed by their rarity in the story)
/// below which no sentence of another article may hold them for it to be
/// shown as what its article adds. A sentence no alignment pairs, but whose
/// words another article's sentence partly holds, often reports the same
/// thing in other words: on the audit's dev stories, 70 % of the sentences
/// no alignment paired had no counterpart in the gold, 89 % of those below
/// this share (the distilled embedding's cosine, tried beside it, did not
/// separate them further).
pub const ADDITION_ECHO: f32 = 0.1;

/// Group the sentences only one article has (`only_in`) by topic, those
/// another article's sentence echoes (`echo`: the article's, per sentence,
/// from the alignment; at [`ADDITION_ECHO`] or above) left out: each goes
/// with the person, organisation or place it names (`named`: the article's,
/// from [`named_in_sentences`]) that the most of them name (the first named
/// on a tie); the ones naming none go together.
pub fn additions(
    only_in: &[usize],
    echo: &[f32],
    named: &BTreeMap<usize, Vec<usize>>,
) -> Vec<Addition> {
    let only_in: Vec<usize> = only_in
        .iter()
        .copied()
        .filter(|&i| echo.get(i).copied().unwrap_or(0.0) < ADDITION_ECHO)
        .collect();
    let named: Vec<&[usize]> = only_in
        .iter()
        .map(|s| named.get(s).map_or(&[][..], Vec::as_slice))
        .collect();
    let mut count: BTreeMap<usize, usize> = BTreeMap::new();
    for e in named.iter().copied().flatten() {
        *count.entry(*e).or_default() += 1;
    }
    let mut groups: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    for (&s, of) in only_in.iter().zip(&named) {
        let topic = of
            .iter()
            .copied()
            .max_by_key(|e| (count[e], std::cmp::Reverse(*e)));
        groups.entry(topic).or_default().push(s);
    }
    let mut out: Vec<Addition> = groups
        .into_iter()
        .map(|(topic, sentences)| Addition { topic, sentences })
        .collect();
    out.sort_by_key(|a| {
        (
            a.topic.is_none(),
            std::cmp::Reverse(a.sentences.len()),
            a.sentences[0],
        )
    });
    out
}

/// Hedges, lower case, longest first where one holds another; matched at
/// word boundaries ("may" only in lower case: "May" is a month).
pub const HEDGES: &[&str] = &[
    "appears to be",
    "appear to be",
    "appeared to be",
    "seems to be",
    "seem to be",
    "is believed to",
    "are believed to",
    "is thought to",
    "are thought to",
    "is said to",
    "are said to",
    "neither disputed",
    "neither confirmed",
    "nor confirmed",
    "nor denied",
    "it is unclear",
    "it was unclear",
    "reportedly",
    "allegedly",
    "purportedly",
    "apparently",
    "seemingly",
    "perceived",
    "possibly",
    "perhaps",
    "presumably",
    "unconfirmed",
    "may",
    "might",
];

/// Certainty markers, lower case.
pub const CERTAINTY: &[&str] = &[
    "without a doubt",
    "beyond doubt",
    "no doubt",
    "in fact",
    "of course",
    "clearly",
    "undoubtedly",
    "undeniably",
    "indisputably",
    "unquestionably",
    "certainly",
    "definitely",
    "obviously",
];

/// The framing of an article; `quotes` is what the quotes stage found in it.
pub fn framing(article: &Article, quotes: &ArticleQuotes) -> Framing {
    let mut hedges = Vec::new();
    let mut certainty = Vec::new();
    for (i, s) in article.sentences.iter().enumerate() {
        let text = article.slice(s.span);
        for (found, into) in [(HEDGES, &mut hedges), (CERTAINTY, &mut certainty)] {
            for span in find(text, found) {
                into.push(Marker {
                    sentence: i,
                    span: Span::new(s.span.start + span.start, s.span.start + span.end),
                });
            }
        }
    }
    let mut by_type: BTreeMap<&'static str, Voice> = BTreeMap::new();
    for at in &quotes.attributions {
        let v = by_type.entry(at.source_type.as_str()).or_insert(Voice {
            source_type: at.source_type,
            attributions: 0,
            direct: 0,
        });
        v.attributions += 1;
        v.direct += usize::from(at.direct);
    }
    let mut voices: Vec<Voice> = by_type.into_values().collect();
    voices.sort_by_key(|v| (std::cmp::Reverse(v.attributions), v.source_type.as_str()));
    Framing {
        hedges,
        certainty,
        voices,
        adds: Vec::new(),
        loaded: Loaded::default(),
        loaded_by: None,
    }
}

/// Where the phrases occur in `text`, at word boundaries, without overlaps
/// (the longer phrase, listed first, wins), in text order.
fn find(text: &str, phrases: &[&str]) -> Vec<Span> {
    let lower = text.to_lowercase();
    // Offsets are only given where lower-casing keeps them.
    if lower.len() != text.len() {
        return Vec::new();
    }
    let word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
    let mut found: Vec<Span> = Vec::new();
    for phrase in phrases {
        for (at, _) in lower.match_indices(phrase) {
            let end = at + phrase.len();
            let before = lower[..at].chars().next_back().is_none_or(|c| !word(c));
            let after = lower[end..].chars().next().is_none_or(|c| !word(c));
            // "may" in lower case only: "May" is a month.
            let case_ok = *phrase != "may" || &text[at..end] == "may";
            let free = !found.iter().any(|s| at < s.end && s.start < end);
            if before && after && case_ok && free {
                found.push(Span::new(at, end));
            }
        }
    }
    found.sort_by_key(|s| s.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, kind: EntityKind, at: &[(usize, usize)]) -> Entity {
        Entity {
            name: name.to_string(),
            kind,
            aliases: vec![name.to_string()],
            mentions: at
                .iter()
                .map(|&(article, sentence)| crosscheck_model::Mention {
                    article,
                    sentence,
                    span: Span::new(0, 0),
                    kind,
                    margin: None,
                })
                .collect(),
            confidence: crosscheck_model::EntityConfidence::Asserted,
        }
    }

    #[test]
    fn additions_go_with_the_entity_most_of_them_name() {
        let entities = [
            entity("Brazil", EntityKind::Gpe, &[(1, 2), (1, 3), (1, 5), (0, 1)]),
            entity("Lula", EntityKind::Person, &[(1, 3)]),
        ];
        let named = named_in_sentences(2, &entities);
        let adds = additions(&[2, 3, 4, 5], &[], &named[1]);
        assert_eq!(
            adds,
            [
                Addition {
                    topic: Some(0),
                    sentences: vec![2, 3, 5]
                },
                Addition {
                    topic: None,
                    sentences: vec![4]
                },
            ]
        );
    }

    #[test]
    fn hedges_are_whole_words_and_the_longest_phrase() {
        let text = "The documents appear to be genuine and were reportedly seen in May; they may be altered.";
        let spans: Vec<&str> = find(text, HEDGES)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(spans, ["appear to be", "reportedly", "may"]);
        assert!(find("The mayor spoke.", HEDGES).is_empty());
    }
}
