//! "they said": the group a plural pronoun stands for.
//!
//! A quotation framed by "they said" is the words of the group the article
//! named just before as the subject of a clause ("Five senators urged Akin
//! to step aside. “…,” they said."; "Throwing down the gauntlet, all 42
//! members of the GOP caucus are sending the letter …. “…,” they wrote.").
//! Only a group stands for "they": a single person named in between is
//! passed over, a group named as an object ("Police arrested three men")
//! is not a subject, and with no group in reach the pronoun stays
//! unresolved.

use crosscheck_lexicon::words;
use crosscheck_model::{Article, Span};

use crate::names::is_role;
use crate::{Attribution, is_channel, plural_phrase};

/// Sentences of the article's own (not wholly inside a quotation) before
/// the pronoun's, besides its own, in which its group may be named.
const GROUP_REACH: usize = 2;

/// The most words of modifiers before a group's head ("five past and
/// present Missouri Republican senators").
const MAX_GROUP_MODIFIERS: usize = 6;

/// Plural nouns of people that name a group by themselves ("residents",
/// "members"); plurals of role words ("senators", "officers") count too.
const GROUP_NOUNS: &[&str] = &[
    "members",
    "officials",
    "residents",
    "lawmakers",
    "legislators",
    "leaders",
    "protesters",
    "protestors",
    "demonstrators",
    "families",
    "parents",
    "students",
    "workers",
    "employees",
    "staff",
    "neighbours",
    "neighbors",
    "villagers",
    "activists",
    "scholars",
    "bishops",
    "critics",
    "supporters",
    "opponents",
    "organisers",
    "organizers",
    "campaigners",
    "authorities",
    "experts",
    "analysts",
    "economists",
    "investigators",
    "relatives",
    "survivors",
    "witnesses",
    "victims",
    "fans",
    "players",
    "voters",
    "delegates",
    "negotiators",
    "regulators",
    "diplomats",
    "executives",
    "owners",
    "farmers",
    "doctors",
    "nurses",
    "teachers",
    "pupils",
    "police",
    "republicans",
    "democrats",
    "conservatives",
    "liberals",
];

/// Listeners, never the group a later "they said" stands for ("Smith told
/// reporters").
const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "listeners",
    "viewers",
    "readers",
];

/// Words that may stand before a group's head inside its phrase besides
/// modifiers: determiners and quantifiers ("all 42", "both", "the two").
const GROUP_DETERMINERS: &[&str] = &[
    "the",
    "all",
    "both",
    "several",
    "many",
    "some",
    "other",
    "these",
    "those",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "and",
];

/// Words after which a noun phrase opens a clause as its subject: a
/// sentence's start is one too, and so is a comma.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "and", "but", "when", "as", "while", "because", "before", "since", "though",
    "although", "where", "until", "once", "so", "yet", "then",
];

/// Whether a word is the head of a group of people: a plural of people,
/// lower case unless it opens a sentence (a party's members capitalised:
/// "Republicans").
fn group_head(word: &str, opens_sentence: bool) -> bool {
    let lower = word.to_lowercase();
    if AUDIENCES.contains(&lower.as_str()) {
        return false;
    }
    let party = matches!(
        lower.as_str(),
        "republicans" | "democrats" | "conservatives" | "liberals"
    );
    if word.starts_with(char::is_uppercase) && !party && !opens_sentence {
        return false;
    }
    GROUP_NOUNS.contains(&lower.as_str())
        || lower
            .strip_suffix('s')
            .is_some_and(|singular| singular.len() > 2 && is_role(singular))
}

/// A speaker that is a group: a plural phrase, or names joined by "and".
fn names_a_group(speaker: &str) -> bool {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    plural_phrase(speaker)
        || words
            .last()
            .is_some_and(|w| group_head(w, words.len() == 1))
        || words.iter().enumerate().any(|(k, w)| {
            *w == "and"
                && k > 0
                && words[k - 1].starts_with(char::is_uppercase)
                && words
                    .get(k + 1)
                    .is_some_and(|n| n.starts_with(char::is_uppercase))
        })
}

/// A word of a sentence: its bytes and its letters.
struct Word<'a> {
    span: Span,
    text: &'a str,
    /// Punctuation right after it (",", ".").
    comma_after: bool,
}

/// The words of `span` outside quotation marks, with the punctuation that
/// follows each; a run inside quotation marks breaks the sequence like a
/// comma.
fn words_of<'a>(article: &'a Article, span: Span, quoted: &[Span]) -> Vec<Word<'a>> {
    let text = &article.text;
    let mut out: Vec<Word<'a>> = Vec::new();
    let mut at = span.start;
    for piece in article.slice(span).split_inclusive(char::is_whitespace) {
        let start = at;
        at += piece.len();
        let trimmed = piece.trim_end();
        let core_start = trimmed
            .find(|c: char| c.is_alphanumeric())
            .unwrap_or(trimmed.len());
        let inside = quoted
            .iter()
            .any(|q| q.start <= start + core_start && start + core_start < q.end);
        let core_end = trimmed
            .rfind(|c: char| c.is_alphanumeric())
            .map_or(core_start, |k| {
                k + trimmed[k..].chars().next().map_or(1, char::len_utf8)
            });
        if inside || core_start >= core_end {
            if let Some(last) = out.last_mut() {
                last.comma_after = true;
            }
            continue;
        }
        if core_start > 0 {
            if let Some(last) = out.last_mut() {
                last.comma_after = true;
            }
        }
        let w = Span::new(start + core_start, start + core_end);
        out.push(Word {
            span: w,
            text: &text[w.start..w.end],
            comma_after: !trimmed[core_end..].is_empty(),
        });
    }
    out
}

/// The group phrases of a sentence that open a clause, with where each
/// starts: "[after] five past and present Missouri Republican senators",
/// "all 42 members of the GOP caucus".
fn subject_groups(words: &[Word], before: usize) -> Vec<Span> {
    let mut out = Vec::new();
    for (h, head) in words.iter().enumerate() {
        if head.span.start >= before || !group_head(head.text, h == 0) {
            continue;
        }
        // Back over modifiers and determiners to where the phrase opens.
        let mut first = h;
        while first > 0 && h - first < MAX_GROUP_MODIFIERS {
            let w = &words[first - 1];
            let lower = w.text.to_lowercase();
            let modifier = !w.comma_after
                && (GROUP_DETERMINERS.contains(&lower.as_str())
                    || w.text.chars().all(|c| c.is_ascii_digit())
                    || !words::STOP_WORDS.contains(&lower.as_str()));
            if !modifier {
                break;
            }
            first -= 1;
        }
        // "and" closes no phrase.
        while first < h && words[first].text.eq_ignore_ascii_case("and") {
            first += 1;
        }
        let opens_clause = first == 0
            || words[first - 1].comma_after
            || CLAUSE_OPENERS.contains(&words[first - 1].text.to_lowercase().as_str());
        if !opens_clause {
            continue;
        }
        // "of the GOP caucus": a body the group belongs to, capitalised,
        // with at most one lower-case noun after it.
        let mut last = h;
        if !head.comma_after && words.get(h + 1).is_some_and(|w| w.text == "of") {
            let mut k = h + 2;
            if words
                .get(k)
                .is_some_and(|w| matches!(w.text.to_lowercase().as_str(), "the" | "a"))
            {
                k += 1;
            }
            let named = k;
            while words.get(k).is_some_and(|w| {
                w.text.starts_with(char::is_uppercase) && !words[k - 1].comma_after
            }) {
                k += 1;
            }
            if k > named
                && words.get(k).is_some_and(|w| {
                    w.text.starts_with(char::is_lowercase)
                        && !words[k - 1].comma_after
                        && !words::STOP_WORDS.contains(&w.text)
                })
            {
                k += 1;
            }
            if k > named {
                last = k - 1;
            }
        }
        out.push(Span::new(words[first].span.start, words[last].span.end));
    }
    out
}

/// For each attribution whose source is "they", the group it stands for:
/// the nearest group named before it — an earlier attribution's group
/// speaker, or a group phrase opening a clause — in its own sentence or
/// the [`GROUP_REACH`] sentences of the article's own before.
pub(crate) fn resolve_they(
    article: &Article,
    quoted: &[Span],
    in_quotation: &[bool],
    attributions: &mut [Attribution],
) {
    for k in 0..attributions.len() {
        let a = &attributions[k];
        let Some(source) = a.source else { continue };
        if !article.slice(source).trim().eq_ignore_ascii_case("they") {
            continue;
        }
        let si = a.sentence;
        let at = source.start;
        // The sentences in reach: its own and GROUP_REACH of the article's
        // own before it.
        let mut reach = Vec::new();
        let mut own = 0;
        for s in (0..si).rev() {
            if own == GROUP_REACH {
                break;
            }
            if !in_quotation.get(s).copied().unwrap_or(false) {
                own += 1;
            }
            reach.push(s);
        }
        let from = reach.last().copied().unwrap_or(si);
        let Some(window_start) = article.sentences.get(from).map(|s| s.span.start) else {
            continue;
        };
        // The nearest by where it ends; of two ending together (an
        // attribution's source cut short inside the phrase), the longer.
        let mut best: Option<(Span, String)> = None;
        let mut consider = |span: Span, phrase: String| {
            if span.start >= window_start
                && span.end <= at
                && best.as_ref().is_none_or(|(b, _)| {
                    span.end > b.end || (span.end == b.end && span.start < b.start)
                })
            {
                best = Some((span, phrase));
            }
        };
        for b in &attributions[..k] {
            let (Some(x), Some(speaker)) = (b.source, b.speaker.as_deref()) else {
                continue;
            };
            if !is_channel(article, b)
                && names_a_group(speaker)
                && !speaker.eq_ignore_ascii_case("they")
            {
                consider(x, speaker.to_string());
            }
        }
        for s in std::iter::once(si).chain(reach.iter().copied()) {
            let Some(sentence) = article.sentences.get(s) else {
                continue;
            };
            let words = words_of(article, sentence.span, quoted);
            for phrase in subject_groups(&words, at) {
                consider(phrase, article.slice(phrase).to_string());
            }
        }
        if let Some((_, group)) = best {
            attributions[k].speaker = Some(group);
        }
    }
}
