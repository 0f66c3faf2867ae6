//! "they said": the group a plural pronoun stands for.
//!
//! A quotation framed by "they said" is the words of the group the article
//! named just before as the subject of a clause ("Five senators urged Akin
//! to step aside. “…,” they said."; "Throwing down the gauntlet, all 42
//! members of the GOP caucus are sending the letter …. “…,” they wrote.").
//! Only a group stands for "they": a single person named in between is
//! passed over, a group named as an object ("Police arrested three men")
//! is not a subject, and with no group in reach the pronoun stays
//! unresolved. People named together as a clause's subject are a group
//! too ("Joanna Reyes, Luis Patel and Sam Whitcomb described …"), and the
//! only one "the two senators", "both" or "the pair" stands for, their
//! number matching.

use crosscheck_lexicon::words;
use crosscheck_model::{Article, Span};

use crate::names::{IRREGULAR_PASTS, Names, is_role, join_names};
use crate::variants::number_word;
use crate::{Attribution, garbled, is_channel, plural_phrase};

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
    "groups",
    "organisations",
    "organizations",
    "companies",
    "unions",
    "agencies",
    "climbers",
    "rescuers",
    "hikers",
    "passengers",
    "commuters",
    "shoppers",
    "tenants",
    "retirees",
    "veterans",
    "soldiers",
    "troops",
    "refugees",
    "migrants",
    "patients",
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
/// modifiers and numbers: determiners and quantifiers ("all 42", "both",
/// "the two").
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
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "most",
    "and",
];

/// Words after which a noun phrase opens a clause as its subject: a
/// sentence's start is one too, and so is a comma.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "and", "but", "when", "as", "while", "because", "before", "since", "though",
    "although", "where", "until", "once", "so", "yet", "then",
];

/// What a source phrase says of the group it stands for: "they" any group,
/// "the two senators", "both", "the pair" people named together, so many
/// of them (`None`: any number). `None` for any other phrase.
fn group_pronoun(phrase: &str) -> Option<(bool, Option<usize>)> {
    let lower = phrase.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |w: &str| match w {
        "two" | "both" | "pair" | "couple" | "duo" => Some(2),
        "three" | "trio" => Some(3),
        "four" => Some(4),
        _ => None,
    };
    match words.as_slice() {
        ["they"] => Some((false, None)),
        // "both", "both candidates", "the two", "the two senators", "the
        // pair", "the couple", "the three lawmakers".
        ["both"] | ["both", _] => Some((true, Some(2))),
        ["the", n] if number(n).is_some() => Some((true, number(n))),
        ["the", n, head] if number(n).is_some() && group_head(head, false) => {
            Some((true, number(n)))
        }
        _ => None,
    }
}

/// Whether a word is the head of a group of people: a plural of people,
/// lower case unless it opens a sentence (a party's members capitalised:
/// "Republicans").
fn group_head(word: &str, opens_sentence: bool) -> bool {
    let lower = word.to_lowercase();
    if AUDIENCES.contains(&lower.as_str()) {
        return false;
    }
    let party = words::PARTY_MEMBER_WORDS.contains(&lower.as_str());
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
        // Back over modifiers and determiners to where the phrase opens:
        // not past a verb ("The mayor thanked residents"), and past "of"
        // only after a quantity ("Hundreds of students").
        let quantity = |w: &Word| {
            let lower = w.text.to_lowercase();
            GROUP_DETERMINERS.contains(&lower.as_str())
                || number_word(&lower).is_some()
                || w.text.chars().all(|c| c.is_ascii_digit())
        };
        let mut first = h;
        while first > 0 && h - first < MAX_GROUP_MODIFIERS {
            let w = &words[first - 1];
            let lower = w.text.to_lowercase();
            let after_a_quantity = first < 2 || quantity(&words[first - 2]);
            let verb_like = w.text.starts_with(char::is_lowercase)
                && (crate::cues::is_verb(&lower)
                    || IRREGULAR_PASTS.contains(&lower.as_str())
                    || (lower.ends_with("ed") && !after_a_quantity));
            let of_a_quantity = lower == "of" && first >= 2 && quantity(&words[first - 2]);
            let modifier = !w.comma_after
                && !verb_like
                && (quantity(w) || of_a_quantity || !words::STOP_WORDS.contains(&lower.as_str()));
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
        // "of the GOP caucus", "at Harlow General": a body or place the
        // group belongs to, capitalised, with at most one lower-case noun
        // after it (not a verb: "Residents of Arden packed").
        let mut last = h;
        if !head.comma_after
            && words
                .get(h + 1)
                .is_some_and(|w| matches!(w.text, "of" | "at" | "in" | "from" | "on"))
        {
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
                    let lower = w.text.to_lowercase();
                    !words[k - 1].comma_after
                        && w.text.starts_with(char::is_lowercase)
                        && !words::STOP_WORDS.contains(&lower.as_str())
                        && !crate::cues::is_verb(&lower)
                        && !IRREGULAR_PASTS.contains(&lower.as_str())
                        && !lower.ends_with("ed")
                        && !lower.ends_with("ing")
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
    names: &Names,
    quoted: &[Span],
    in_quotation: &[bool],
    attributions: &mut [Attribution],
) {
    for k in 0..attributions.len() {
        let a = &attributions[k];
        let Some(source) = a.source else { continue };
        let Some((people_only, number)) = group_pronoun(article.slice(source)) else {
            continue;
        };
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
        // Each with whether it lists people by name.
        let mut candidates: Vec<(Span, String, bool)> = Vec::new();
        let mut consider = |span: Span, phrase: String, listed: bool| {
            if span.start >= window_start && span.end <= at {
                candidates.push((span, phrase, listed));
            }
        };
        for b in attributions[..k].iter().filter(|_| !people_only) {
            let (Some(x), Some(speaker)) = (b.source, b.speaker.as_deref()) else {
                continue;
            };
            if !is_channel(article, b)
                && names_a_group(speaker)
                && !garbled(speaker)
                && group_pronoun(speaker).is_none()
            {
                consider(x, speaker.to_string(), false);
            }
        }
        for s in std::iter::once(si).chain(reach.iter().copied()) {
            let Some(sentence) = article.sentences.get(s) else {
                continue;
            };
            if !people_only {
                let words = words_of(article, sentence.span, quoted);
                for phrase in subject_groups(&words, at) {
                    consider(phrase, article.slice(phrase).to_string(), false);
                }
            }
            for (list, people) in names.people_listed(sentence.span.start, at) {
                let before = &article.text[sentence.span.start..list.start];
                // "the couple": two of one surname.
                let couple = article.slice(source).to_lowercase().ends_with("couple");
                let surnames: std::collections::HashSet<&str> = people
                    .iter()
                    .filter_map(|p| p.split_whitespace().next_back())
                    .collect();
                // "the two senators": each of them may be a senator.
                let role = article
                    .slice(source)
                    .split_whitespace()
                    .next_back()
                    .map(str::to_lowercase)
                    .filter(|w| group_head(w, false))
                    .and_then(|w| w.strip_suffix('s').map(str::to_string));
                if opens_a_clause(before)
                    && number.is_none_or(|n| n == people.len())
                    && (!couple || surnames.len() == 1)
                    && role
                        .as_deref()
                        .is_none_or(|r| people.iter().all(|p| names.may_hold(p, r)))
                {
                    consider(list, join_names(&people), true);
                }
            }
        }
        // The nearest by where it ends; of two ending together (an
        // attribution's source cut short inside the phrase), the longer.
        // Two groups apart in reach leave it unresolved: which one speaks
        // is the reader's judgement ("Managers met while nurses picketed
        // outside. “…,” they said."). People listed by name are no other
        // group than one described ("Three former employees … Joanna
        // Reyes, Luis Patel and Sam Whitcomb described …").
        let Some(best) = candidates
            .iter()
            .max_by_key(|(span, _, _)| (span.end, std::cmp::Reverse(span.start)))
        else {
            continue;
        };
        let apart = candidates.iter().any(|(span, phrase, listed)| {
            (span.end <= best.0.start || best.0.end <= span.start)
                && !phrase.eq_ignore_ascii_case(&best.1)
                && !listed
                && !best.2
        });
        if !apart {
            attributions[k].speaker = Some(best.1.clone());
        }
    }
}

/// Whether a list of names after `before` (the sentence up to it) opens a
/// clause: past the words that describe them ("Representatives", "former
/// Sens.", "Opposition leaders"), the sentence's start, a comma or a word
/// that opens a clause.
fn opens_a_clause(before: &str) -> bool {
    let mut rest = before.trim_end();
    let mut skipped = 0;
    while let Some(word) = rest.split_whitespace().next_back() {
        let describes = is_role(word)
            || group_head(word, true)
            || word.eq_ignore_ascii_case("former")
            || word.starts_with(char::is_uppercase);
        if !describes || word.ends_with(',') || skipped == MAX_GROUP_MODIFIERS {
            break;
        }
        rest = rest[..rest.len() - word.len()].trim_end();
        skipped += 1;
    }
    rest.is_empty()
        || rest.ends_with(',')
        || rest
            .split_whitespace()
            .next_back()
            .is_some_and(|w| CLAUSE_OPENERS.contains(&w.to_lowercase().as_str()))
}
