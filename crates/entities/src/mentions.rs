//! The named-entity mentions of one article: the tagger over its sentences,
//! token spans mapped back to offsets, types mapped to the contract's (a
//! CoNLL location is a GPE when it has a government), and a person's
//! honorific or title kept in the mention ("Mr. Ortega", "President Daniel
//! Ortega").

use crosscheck_lexicon::{PlaceKind, places, words};
use crosscheck_model::{Article, EntityKind, Mention, Span};
use crosscheck_text::{TokenKind, tokens};

use crate::ner::tags::spans;
use crate::ner::{self, Model, NerLabel, Tag};

/// Whether a word is an honorific or title ("Mr.", "President").
pub fn is_title(word: &str) -> bool {
    words::is_person_title(word)
}

/// Whether a word (lower case, no stop) is an abbreviation that CoNLL keeps
/// in one token with its stop ("Mr.", "Inc.", "Sept.").
fn is_abbreviation(lower: &str) -> bool {
    [
        words::HONORIFIC_ABBREVIATIONS,
        words::NAME_ABBREVIATIONS,
        words::COMPANY_ABBREVIATIONS,
        words::OTHER_ABBREVIATIONS,
    ]
    .iter()
    .any(|list| list.contains(&lower))
        || words::is_month_abbreviation(lower)
}

/// Words that make a location a place without a government.
const GEOGRAPHIC: &[&str] = &[
    "river",
    "sea",
    "ocean",
    "gulf",
    "lake",
    "mountain",
    "mountains",
    "mount",
    "strait",
    "valley",
    "desert",
    "island",
    "islands",
    "peninsula",
    "bay",
    "canal",
    "coast",
    "basin",
    "channel",
    "range",
    "plain",
    "plains",
    "forest",
    "cape",
    "delta",
    "glacier",
    "hills",
];

/// The contract type of a tagged location.
fn location_kind(text: &str) -> EntityKind {
    match places().lookup(text) {
        Some((p, _)) if p.kind == PlaceKind::Continent => EntityKind::Loc,
        Some(_) => EntityKind::Gpe,
        None => {
            let geographic = text
                .split(|c: char| c.is_whitespace() || c == '-')
                .any(|w| GEOGRAPHIC.contains(&w.to_lowercase().as_str()));
            if geographic {
                EntityKind::Loc
            } else {
                EntityKind::Gpe
            }
        }
    }
}

/// A token of a sentence as the tagger sees it.
struct Word {
    span: Span,
    text: String,
}

/// The words of a sentence: the text stage's tokens, with a possessive
/// `'s` split off as CoNLL does and curly quotes folded to straight ones.
fn words(text: &str, sentence: Span) -> Vec<Word> {
    let s = sentence.slice(text);
    let mut out: Vec<Word> = Vec::new();
    for t in tokens(s) {
        let span = Span::new(sentence.start + t.span.start, sentence.start + t.span.end);
        let raw = span.slice(text);
        let folded: String = raw
            .chars()
            .map(|c| match c {
                '’' | '‘' | '`' => '\'',
                '“' | '”' | '„' | '«' | '»' => '"',
                '–' | '—' => '-',
                c => c,
            })
            .collect();
        // "Mr." and "J." are one token in CoNLL, as in the tagger's training.
        if raw == "." && span.start > 0 {
            if let Some(last) = out.last_mut() {
                let abbreviation = last.span.end == span.start
                    && (is_abbreviation(&last.text.to_lowercase())
                        || (last.text.chars().count() == 1
                            && last.text.chars().all(char::is_uppercase)));
                if abbreviation {
                    last.span.end = span.end;
                    last.text.push('.');
                    continue;
                }
            }
        }
        if t.kind == TokenKind::Word && folded.len() > 2 && folded.ends_with("'s") {
            let cut = raw.len() - raw.chars().rev().take(2).map(char::len_utf8).sum::<usize>();
            out.push(Word {
                span: Span::new(span.start, span.start + cut),
                text: folded[..folded.len() - 2].to_string(),
            });
            out.push(Word {
                span: Span::new(span.start + cut, span.end),
                text: "'s".to_string(),
            });
        } else {
            out.push(Word { span, text: folded });
        }
    }
    out
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a tag slot is an `I-` tag (inside a name).
fn is_inside(slot: usize) -> bool {
    matches!(Tag::<NerLabel>::from_index(slot), Some(Tag::I(_)))
}

/// A capitalised name right after an honorific or title is a person ("Mr.
/// Ortega"): the Reuters texts the tagger learned from hardly use
/// honorifics, so it may call such a name an organisation or miss it.
fn people_after_titles(ws: &[Word], tags: &mut [usize]) {
    let (b_per, i_per) = (Tag::B(NerLabel::Per).index(), Tag::I(NerLabel::Per).index());
    let mut i = 0;
    while i + 1 < ws.len() {
        let next = i + 1;
        if !is_title(&ws[i].text) || !capitalised(&ws[next].text) || is_title(&ws[next].text) {
            i += 1;
            continue;
        }
        if tags[i] == b_per || tags[i] == i_per {
            i += 1;
            continue;
        }
        let was_entity = tags[next] != 0;
        tags[next] = b_per;
        let mut j = next + 1;
        while j < ws.len() {
            let continues = if was_entity {
                is_inside(tags[j])
            } else {
                tags[j] == 0 && capitalised(&ws[j].text) && ws[j].text.chars().count() > 1
            };
            if !continues {
                break;
            }
            tags[j] = i_per;
            j += 1;
        }
        i = j;
    }
}

/// A name of the organisation or outlet tables is one organisation: the
/// tagger may cut "El 19" at its number or miss an acronym. Multi-word names
/// are taken when they begin with a capital; a single word only when it is
/// an acronym of three letters or more that the tagger left untagged.
fn known_organisations(ws: &[Word], tags: &mut [usize]) {
    let (b_org, i_org) = (Tag::B(NerLabel::Org).index(), Tag::I(NerLabel::Org).index());
    let lower: Vec<String> = ws.iter().map(|w| w.text.to_lowercase()).collect();
    for (start, end, class) in ner::features::gazetteer_matches(&lower) {
        if !matches!(class, "org" | "outlet") || !capitalised(&ws[start].text) {
            continue;
        }
        let single = end - start == 1;
        if single {
            let letters: String = ws[start].text.chars().filter(|c| *c != '.').collect();
            let acronym = letters.chars().count() >= MIN_ACRONYM_LETTERS
                && letters.chars().all(char::is_uppercase);
            if !acronym || tags[start] != 0 {
                continue;
            }
        }
        // An entity the match cuts into on the left keeps its head.
        if is_inside(tags[start]) && start > 0 {
            continue;
        }
        tags[start] = b_org;
        for t in &mut tags[start + 1..end] {
            *t = i_org;
        }
        // What followed inside a cut entity now begins its own.
        if let Some(Tag::I(label)) = tags.get(end).and_then(|&t| Tag::<NerLabel>::from_index(t)) {
            tags[end] = Tag::B(label).index();
        }
    }
}

/// Two organisation names joined by "of" or "for" (with or without "the")
/// are one name: "National Association for the Advancement of Colored
/// People", which the tagger may cut in two.
fn joined_organisations(ws: &[Word], tags: &mut [usize]) {
    let (b_org, i_org) = (Tag::B(NerLabel::Org).index(), Tag::I(NerLabel::Org).index());
    let mut i = 1;
    while i + 1 < ws.len() {
        let inside_org = tags[i - 1] == b_org || tags[i - 1] == i_org;
        let connector = matches!(ws[i].text.as_str(), "of" | "for") && tags[i] == 0;
        if inside_org && connector {
            let mut j = i + 1;
            if ws[j].text == "the" && tags[j] == 0 {
                j += 1;
            }
            if j < ws.len() && tags[j] == b_org {
                for t in &mut tags[i..=j] {
                    *t = i_org;
                }
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
}

/// The mentions of an article (`index`: its place in the story), tagged by
/// `model`.
pub fn mentions_with(model: &Model, article: &Article, index: usize) -> Vec<Mention> {
    let sentence_words: Vec<Vec<Word>> = article
        .sentences
        .iter()
        .map(|s| words(&article.text, s.span))
        .collect();
    let texts: Vec<Vec<&str>> = sentence_words
        .iter()
        .map(|ws| ws.iter().map(|w| w.text.as_str()).collect())
        .collect();
    let mut tags = ner::tag_document(model, &texts);
    for (ws, tags) in sentence_words.iter().zip(&mut tags) {
        people_after_titles(ws, tags);
        known_organisations(ws, tags);
        joined_organisations(ws, tags);
    }
    let mut out = Vec::new();
    for (sentence, (ws, tags)) in sentence_words.iter().zip(&tags).enumerate() {
        for (start, end, label) in spans::<NerLabel>(tags) {
            let mut first = start;
            let span = Span::new(ws[start].span.start, ws[end - 1].span.end);
            let kind = match label {
                NerLabel::Per => {
                    while first > 0 && is_title(&ws[first - 1].text) {
                        first -= 1;
                    }
                    EntityKind::Person
                }
                NerLabel::Org => EntityKind::Org,
                NerLabel::Loc => location_kind(span.slice(&article.text)),
                NerLabel::Misc => EntityKind::Misc,
            };
            out.push(Mention {
                article: index,
                sentence,
                span: Span::new(ws[first].span.start, span.end),
                kind,
            });
        }
    }
    let headlines: Vec<bool> = sentence_words.iter().map(|ws| is_headline(ws)).collect();
    trust_headlines(&article.text, out, &headlines)
}

/// The fewest letters of a single capitalised word that a known
/// organisation's acronym must have to be tagged as one: two-letter
/// capitals are too often initials or states ("AP" is in the table as an
/// outlet; "US" is a place).
const MIN_ACRONYM_LETTERS: usize = 3;

/// The fewest letters of a word that headline detection counts: function
/// words ("of", "for", "the") are lower case even in title case.
const HEADLINE_WORD_LETTERS: usize = 4;

/// The fewest such words a sentence needs to be judged a headline.
const HEADLINE_MIN_WORDS: usize = 3;

/// The share of them (numerator, denominator) that must be capitalised:
/// four in five, so one lower-case word does not spoil a title.
const HEADLINE_CAPITALISED: (usize, usize) = (4, 5);

/// Whether a sentence is written in title case, as headlines are ("Indictment
/// Expected for Grimm, Staten Island Congressman"): at least three words of
/// four letters or more, nearly all capitalised.
fn is_headline(ws: &[Word]) -> bool {
    let long: Vec<&Word> = ws
        .iter()
        .filter(|w| w.text.chars().filter(|c| c.is_alphabetic()).count() >= HEADLINE_WORD_LETTERS)
        .collect();
    let capitalised = long.iter().filter(|w| capitalised(&w.text)).count();
    long.len() >= HEADLINE_MIN_WORDS
        && capitalised * HEADLINE_CAPITALISED.1 >= long.len() * HEADLINE_CAPITALISED.0
}

/// In a title-case headline every word looks like a name, and the tagger
/// (which learned capitals from running text) finds names that are not
/// there ("Attack Ad Against Obama"). A headline mention is kept when the
/// body names it the same way or a table knows it; else it shrinks to the
/// longest name the body gives inside it ("Obama"); else it is dropped.
fn trust_headlines(text: &str, mentions: Vec<Mention>, headlines: &[bool]) -> Vec<Mention> {
    let body: Vec<(&str, EntityKind)> = mentions
        .iter()
        .filter(|m| !headlines[m.sentence])
        .map(|m| (m.span.slice(text), m.kind))
        .collect();
    let known = |s: &str| {
        places().lookup(s).is_some()
            || crosscheck_lexicon::organizations().lookup(s).is_some()
            || crosscheck_lexicon::outlets().by_name(s).is_some()
    };
    mentions
        .into_iter()
        .filter_map(|m| {
            if !headlines[m.sentence] {
                return Some(m);
            }
            let written = m.span.slice(text);
            if body.iter().any(|(b, _)| *b == written) || known(written) {
                return Some(m);
            }
            let inside = body
                .iter()
                .filter_map(|&(b, kind)| {
                    let at = written.match_indices(b).find(|&(at, _)| {
                        let before = written[..at].chars().next_back();
                        let after = written[at + b.len()..].chars().next();
                        !before.is_some_and(char::is_alphanumeric)
                            && !after.is_some_and(char::is_alphanumeric)
                    })?;
                    Some((at.0, b.len(), kind))
                })
                .max_by_key(|&(_, len, _)| len)?;
            let start = m.span.start + inside.0;
            Some(Mention {
                span: Span::new(start, start + inside.1),
                kind: inside.2,
                ..m
            })
        })
        .collect()
}

/// The mentions of an article, tagged by the committed tagger.
pub fn mentions(article: &Article, index: usize) -> Vec<Mention> {
    mentions_with(ner::built_in(), article, index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{ArticleMeta, Origin};

    fn article(text: &str) -> Article {
        let mut a = Article::from_text(Origin::default(), ArticleMeta::default(), text.into());
        crosscheck_text::segment(&mut a);
        a
    }

    #[test]
    fn possessive_is_split_and_titles_kept() {
        let ws = words("Iran’s minister", Span::new(0, 17));
        assert_eq!(ws[0].text, "Iran");
        assert_eq!(ws[1].text, "'s");
        let a = article(
            "Mr. Ortega met Iran’s foreign minister, Hossein Amir-Abdollahian, in Managua on Monday.",
        );
        let found: Vec<(&str, EntityKind)> = mentions(&a, 0)
            .iter()
            .map(|m| (a.slice(m.span), m.kind))
            .collect();
        assert!(
            found.contains(&("Mr. Ortega", EntityKind::Person)),
            "{found:?}"
        );
        assert!(found.contains(&("Iran", EntityKind::Gpe)), "{found:?}");
        assert!(
            found.contains(&("Hossein Amir-Abdollahian", EntityKind::Person)),
            "{found:?}"
        );
        assert!(found.contains(&("Managua", EntityKind::Gpe)), "{found:?}");
    }

    #[test]
    fn locations_without_government() {
        assert_eq!(location_kind("Panama Canal"), EntityKind::Loc);
        assert_eq!(location_kind("Middle East"), EntityKind::Loc);
        assert_eq!(location_kind("Tehran"), EntityKind::Gpe);
        assert_eq!(location_kind("Springfield"), EntityKind::Gpe);
    }
}
