//! The named-entity mentions of one article: the tagger over its sentences,
//! token spans mapped back to offsets, types mapped to the contract's (a
//! CoNLL location is a GPE when it has a government), and a person's
//! honorific or title kept in the mention ("Mr. Ortega", "President Daniel
//! Ortega").

use crosscheck_lexicon::{PlaceForm, PlaceKind, places, words};
use crosscheck_model::{Article, EntityKind, Mention, Span, TaggerMargin};
use crosscheck_text::{TextFeatures, Token, TokenKind};

use crate::ner::tags::spans;
use crate::ner::{self, Model, NerLabel, Tag};

mod name_spans;

/// Whether a word is an honorific or title ("Mr.", "President").
pub fn is_title(word: &str) -> bool {
    words::is_person_title(word)
        || words::POLICE_RANK_TITLES.contains(&word.trim_end_matches('.').to_lowercase().as_str())
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
        // "West London", "eastern Ukraine": a compass part of a place the
        // tables know, which no table knows as a place of its own ("West
        // Virginia", "South Africa" are), is a region without a government.
        None if compass_region(text) => EntityKind::Loc,
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

/// Compass adjectives that open a region's name ("eastern Ukraine").
const COMPASS_ADJECTIVES: &[&str] = &["northern", "southern", "eastern", "western"];

/// Whether a name is a compass word and a country, a region, a state, a
/// continent or a country's seat of government the tables know.
fn compass_region(text: &str) -> bool {
    let Some((first, rest)) = text.split_once(char::is_whitespace) else {
        return false;
    };
    let first = first.to_lowercase();
    let compass =
        COMPASS_WORDS.contains(&first.as_str()) || COMPASS_ADJECTIVES.contains(&first.as_str());
    // A part of a city is a region only of a country's seat of government
    // ("West London"); a compass word before another city, a state's
    // capital among them, names a city of its own ("West Hollywood", "East
    // Lansing").
    let large = |(p, form): (&crosscheck_lexicon::Place, PlaceForm)| match form {
        PlaceForm::Name => p.kind != PlaceKind::City,
        PlaceForm::Seat => p.kind == PlaceKind::Country,
        PlaceForm::Demonym => false,
    };
    compass && places().lookup(rest.trim()).is_some_and(large)
}

/// A token of a sentence as the tagger sees it.
struct Word {
    span: Span,
    text: String,
}

/// The words of a sentence: the text stage's tokens, with a possessive
/// `'s` split off as CoNLL does and curly quotes folded to straight ones.
fn words(text: &str, toks: &[Token]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    for t in toks {
        let span = t.span;
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
        // A title word inside an organisation's name ("General Electric",
        // "Associated General Contractors") opens no person.
        let (b_org, i_org) = (Tag::B(NerLabel::Org).index(), Tag::I(NerLabel::Org).index());
        if (tags[i] == b_org || tags[i] == i_org) && (tags[next] == i_org) {
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

/// A name with a possessive inside ("Sam's Club", "Vicar's Close") is one
/// name: a one-word name, "'s", and an institution's or a street's head
/// word that no table knows, tagged apart by the tagger, are joined: a
/// street is a place (LOC), an institution an organisation.
fn possessive_names(ws: &[Word], tags: &mut [usize]) {
    for i in 0..ws.len().saturating_sub(2) {
        let single = matches!(Tag::<NerLabel>::from_index(tags[i]), Some(Tag::B(_)))
            && !is_inside(tags[i + 1]);
        let head = &ws[i + 2];
        let lower = head.text.to_lowercase();
        let head_word = capitalised(&head.text)
            && (words::INSTITUTION_WORDS.contains(&lower.as_str())
                || STREET_WORDS.contains(&lower.as_str()))
            && !ws.get(i + 3).is_some_and(|w| capitalised(&w.text))
            && crosscheck_lexicon::organizations()
                .lookup(&head.text)
                .is_none();
        if single && ws[i + 1].text == "'s" && head_word {
            let label = if STREET_WORDS.contains(&lower.as_str()) {
                NerLabel::Loc
            } else {
                NerLabel::Org
            };
            tags[i] = Tag::B(label).index();
            tags[i + 1] = Tag::I(label).index();
            tags[i + 2] = Tag::I(label).index();
        }
    }
}

/// The mentions of an article (`index`: its place in the story; `features`:
/// its text features), tagged by `model`.
pub fn mentions_with(
    model: &Model,
    article: &Article,
    features: &TextFeatures,
    index: usize,
) -> Vec<Mention> {
    let sentence_words: Vec<Vec<Word>> = article
        .sentences
        .iter()
        .map(|s| words(&article.text, features.tokens_in(s.span)))
        .collect();
    let texts: Vec<Vec<&str>> = sentence_words
        .iter()
        .map(|ws| ws.iter().map(|w| w.text.as_str()).collect())
        .collect();
    let (mut tags, margins): (Vec<Vec<usize>>, Vec<Vec<f32>>) =
        ner::tag_document_with_margins(model, &texts)
            .into_iter()
            .unzip();
    let tagged = tags.clone();
    for (ws, tags) in sentence_words.iter().zip(&mut tags) {
        people_after_titles(ws, tags);
        known_organisations(ws, tags);
        name_spans::joined_organisations(ws, tags);
        name_spans::party_beside_chamber(ws, tags);
        name_spans::coordinated_organisations(ws, tags);
        name_spans::committees_of_two_fields(ws, tags);
        name_spans::case_names(ws, tags);
        name_spans::names_split_at_initials(ws, tags);
        name_spans::adjacent_people(ws, tags);
        name_spans::roles_inside_names(ws, tags);
        possessive_names(ws, tags);
    }
    let mut out = Vec::new();
    for (sentence, (ws, tags)) in sentence_words.iter().zip(&tags).enumerate() {
        for (start, end, label) in spans::<NerLabel>(tags) {
            let Some((start, end)) = name_words_of(ws, start, end) else {
                continue;
            };
            if label != NerLabel::Per && names_an_office(ws, start, end) {
                continue;
            }
            // "Senate Majority Leader Harry Reid": the leader's office,
            // not part of the chamber's name.
            let end = if label == NerLabel::Org
                && end - start >= 2
                && matches!(ws[end - 1].text.as_str(), "Majority" | "Minority")
                && ws
                    .get(end)
                    .is_some_and(|w| matches!(w.text.as_str(), "Leader" | "Whip"))
            {
                end - 1
            } else {
                end
            };
            // "The White House said": a sentence's capital "The" is no part
            // of a name the article writes elsewhere without it ("the
            // White House"); "The New York Times" keeps it.
            // "Presidents Bush and Obama": a title in the plural belongs to
            // both names, to neither's form.
            let start = if label == NerLabel::Per
                && end - start >= 2
                && PLURAL_TITLES.contains(&ws[start].text.as_str())
                && ws.get(end).is_some_and(|w| w.text == "and")
            {
                start + 1
            } else {
                start
            };
            let start = if start == 0
                && end - start >= 2
                && ws[start].text == "The"
                && written_without_the(
                    &article.text,
                    Span::new(ws[start + 1].span.start, ws[end - 1].span.end).slice(&article.text),
                ) {
                start + 1
            } else {
                start
            };
            // “Fox News Sunday”: a name and a weekday together inside
            // quotation marks are a programme's title.
            let programme = ws.get(end).is_some_and(|w| {
                crosscheck_lexicon::words::WEEKDAYS.contains(&w.text.to_lowercase().as_str())
                    && capitalised(&w.text)
                    && quoted_alone(&article.text, Span::new(ws[start].span.start, w.span.end))
            });
            let end = end + usize::from(programme);
            let mut first = start;
            let span = Span::new(ws[start].span.start, ws[end - 1].span.end);
            let written = span.slice(&article.text);
            let kind = match label {
                NerLabel::Per => {
                    first = with_titles(ws, start);
                    EntityKind::Person
                }
                NerLabel::Org => EntityKind::Org,
                NerLabel::Loc => location_kind(written),
                NerLabel::Misc => EntityKind::Misc,
            };
            let margin = span_margin(&tagged[sentence], tags, &margins[sentence], start, end);
            let mut kind = kind_by_head(written, kind);
            if is_place(kind) && acts_as_a_body(&article.text[span.end..]) && !known_place(written)
            {
                kind = EntityKind::Org;
            }
            // "on Capitol Hill", "in Park Lane": a street after a preposition
            // of place, whatever surname its head word also is.
            let after_preposition = start > 0
                && STREET_PREPOSITIONS.contains(&ws[start - 1].text.to_lowercase().as_str());
            let last = ws[end - 1].text.to_lowercase();
            if kind == EntityKind::Person
                && end - start >= 2
                && after_preposition
                && STREET_WORDS.contains(&last.as_str())
            {
                kind = EntityKind::Loc;
                first = start;
            }
            // "his sister Elizabeth", "the victim's father Peter": a kin
            // word names a person; so does an age after the name
            // ("Elizabeth, 12, the family").
            let after_kin =
                start > 0 && words::KIN_WORDS.contains(&ws[start - 1].text.to_lowercase().as_str());
            if kind != EntityKind::Person && (after_kin || age_follows(&article.text[span.end..])) {
                kind = EntityKind::Person;
            }
            // "Victoria Nuland, who helped …": "who" stands for a person,
            // never a place (a known place, or one after "in", is the
            // person's before it: "Dean Heller in Nevada, who …").
            if is_place(kind)
                && !known_place(written)
                && !after_preposition
                && article.text[span.end..].starts_with(", who ")
            {
                kind = EntityKind::Person;
            }
            // "Vanity Fair magazine": a publication (not "the Israeli
            // newspaper Haaretz", "a Texas newspaper").
            if matches!(kind, EntityKind::Person | EntityKind::Org)
                && !known_place(written)
                && publication_follows(&article.text[span.end..])
            {
                kind = EntityKind::Org;
            }
            // What the word before says it is: "think tank Third Way" an
            // organisation, "the group's founder Gloria Steinem" a person
            // (a name of two words or more).
            let before = start
                .checked_sub(1)
                .map(|k| ws[k].text.as_str())
                .filter(|w| w.chars().all(char::is_lowercase));
            // Not where a clause follows ("the private equity firm Romney
            // co-founded", "told the group Obama had failed").
            let clause_follows = ws
                .get(end)
                .is_some_and(|w| w.text.chars().next().is_some_and(char::is_lowercase));
            if before.is_some_and(|w| ORG_CLASSIFIERS.contains(&w)) && !clause_follows {
                kind = EntityKind::Org;
            } else if before.is_some_and(|w| PERSON_CLASSIFIERS.contains(&w))
                && end - start >= 2
                && ws[start..end].iter().all(|w| capitalised(&w.text))
            {
                kind = EntityKind::Person;
            }
            // A faith and its book are no place ("Christianity", "the
            // Bible").
            if FAITHS.contains(&written) {
                kind = EntityKind::Misc;
            }
            // A common noun in apposition says what the name is ("Notre
            // Dame, also a Catholic university"; "their 45ft boat, Winnie
            // Rigg").
            if let Some(apposed) = apposed_kind(&article.text[..ws[first].span.start])
                .or_else(|| apposed_kind_after(&article.text[span.end..]))
            {
                kind = apposed;
            }
            if programme {
                kind = EntityKind::Misc;
            }
            out.push(Mention {
                article: index,
                sentence,
                span: Span::new(ws[first].span.start, span.end),
                kind,
                margin: margin.is_finite().then(|| TaggerMargin::from_score(margin)),
            });
        }
    }
    places_in_addresses(&article.text, &mut out);
    given_names_alone(&article.text, &mut out);
    let out = district_of_columbia(&article.text, out);
    let headlines: Vec<bool> = sentence_words.iter().map(|ws| is_headline(ws)).collect();
    let titles = quoted_titles(&article.text);
    let in_headline: Vec<bool> = out
        .iter()
        .map(|m| {
            // A quotation that is the name itself ("“National Same-Sex
            // Kiss Day”") names it.
            let whole = |t: &Span| {
                let rest = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
                let before = article.text[t.start..m.span.start].trim_start();
                (rest(before) || before.eq_ignore_ascii_case("the "))
                    && rest(&article.text[m.span.end..t.end])
            };
            headlines[m.sentence]
                || titles
                    .iter()
                    .any(|t| t.start <= m.span.start && m.span.end <= t.end && !whole(t))
        })
        .collect();
    let out = trust_headlines(&article.text, out, &in_headline);
    shouted_common_words(&article.text, out, &sentence_words)
}

/// Titles in the plural, written before two names or more.
const PLURAL_TITLES: &[&str] = &[
    "Presidents",
    "Senators",
    "Sens.",
    "Reps.",
    "Representatives",
    "Governors",
    "Govs.",
    "Generals",
    "Gens.",
    "Drs.",
];

/// Whether `span` of `text` stands alone inside quotation marks, a comma
/// or a stop aside (“Fox News Sunday,”).
fn quoted_alone(text: &str, span: Span) -> bool {
    const MARKS: &[char] = &['"', '“', '”'];
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..]
        .trim_start_matches([',', '.'])
        .chars()
        .next();
    before.is_some_and(|c| MARKS.contains(&c)) && after.is_some_and(|c| MARKS.contains(&c))
}

/// Whether `text` writes `name` somewhere after a word in lower case ("the
/// White House", "at White House briefings"): not after a capital "The",
/// nor as the end of a longer name ("New York Times" is no "Times").
fn written_without_the(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].trim_end();
        let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
        crosscheck_text::whole_words(text, at, at + name.len())
            && prev.chars().next().is_some_and(char::is_lowercase)
    })
}

/// Head nouns of a phrase in apposition with a name, and the kind of name
/// they make it.
const APPOSED_HEADS: &[(&str, EntityKind)] = &[
    ("university", EntityKind::Org),
    ("college", EntityKind::Org),
    ("company", EntityKind::Org),
    ("firm", EntityKind::Org),
    ("bank", EntityKind::Org),
    ("newspaper", EntityKind::Org),
    ("charity", EntityKind::Org),
    ("airline", EntityKind::Org),
    ("retailer", EntityKind::Org),
    ("chain", EntityKind::Org),
    ("foundation", EntityKind::Org),
    ("city", EntityKind::Gpe),
    ("town", EntityKind::Gpe),
    ("village", EntityKind::Gpe),
    ("county", EntityKind::Gpe),
    ("suburb", EntityKind::Gpe),
    ("river", EntityKind::Loc),
    ("island", EntityKind::Loc),
    ("boat", EntityKind::Misc),
    ("yacht", EntityKind::Misc),
    ("ship", EntityKind::Misc),
    ("vessel", EntityKind::Misc),
    ("trawler", EntityKind::Misc),
    ("novel", EntityKind::Misc),
    ("film", EntityKind::Misc),
    ("album", EntityKind::Misc),
];

/// The most words of an appositive phrase after its article.
const APPOSED_WORDS: usize = 4;

/// The kind an appositive phrase's head gives: `words` are the phrase
/// after its article or possessive, in order, its head last.
fn head_kind(words: &[&str]) -> Option<EntityKind> {
    let head = words.last()?;
    if words.len() > APPOSED_WORDS || capitalised(head) {
        return None;
    }
    APPOSED_HEADS
        .iter()
        .find(|(h, _)| h == head)
        .map(|&(_, kind)| kind)
}

/// The kind a phrase in apposition right before a name gives it ("their
/// 45ft boat, Winnie Rigg"): `before` ends with the phrase and a comma.
fn apposed_kind(before: &str) -> Option<EntityKind> {
    let phrase = before.trim_end().strip_suffix(',')?;
    let clause = phrase.rsplit(['.', ',', ';', ':', '(', '\n']).next()?;
    let words: Vec<&str> = clause.split_whitespace().collect();
    let opener = words
        .iter()
        .rposition(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))?;
    head_kind(&words[opener + 1..])
}

/// The kind a phrase in apposition right after a name gives it ("Notre
/// Dame, also a Catholic university,"): `after` opens with a comma, an
/// adverb at most, an article, the phrase, and a stop, a comma or a
/// preposition after its head.
fn apposed_kind_after(after: &str) -> Option<EntityKind> {
    let rest = after.strip_prefix(',')?;
    let clause = rest.split(['.', ',', ';', ':', '(', ')', '\n']).next()?;
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    if words
        .first()
        .is_some_and(|w| matches!(*w, "also" | "now" | "still" | "once"))
    {
        words.remove(0);
    }
    if !words
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
    {
        return None;
    }
    let end = words
        .iter()
        .position(|w| {
            matches!(
                *w,
                "in" | "of" | "on" | "at" | "near" | "from" | "that" | "which" | "where" | "with"
            )
        })
        .unwrap_or(words.len());
    head_kind(&words[1..end])
}

/// Words that open a phrase in apposition before a name.
const DETERMINERS: &[&str] = &["a", "an", "the", "their", "his", "her", "its", "our"];

/// How sure the tagger was of the name at words `start..end`: the least
/// margin of its words and of the untagged words on either side (where the
/// name stops), or infinite when a rule, not the tagger, made it.
fn span_margin(tagged: &[usize], tags: &[usize], margins: &[f32], start: usize, end: usize) -> f32 {
    if tagged[start..end] != tags[start..end] {
        return f32::INFINITY;
    }
    let lo = start.saturating_sub(1);
    let hi = (end + 1).min(tags.len());
    (lo..hi)
        .filter(|&i| (start..end).contains(&i) || tags[i] == 0)
        .map(|i| margins[i])
        .fold(f32::INFINITY, f32::min)
}

/// Whether a word is in capitals throughout, with at least `letters`
/// letters.
fn in_capitals(w: &Word, letters: usize) -> bool {
    w.text.chars().filter(|c| c.is_alphabetic()).count() >= letters
        && !w.text.chars().any(char::is_lowercase)
}

/// A common word written in capitals among shouted words ("LEFT 'FORGIVE
/// US' SUICIDE NOTE", a wire slug run into its first line) is a word,
/// whatever place it also spells: it is kept only when the article writes
/// it the same way where it is not shouted.
fn shouted_common_words(
    text: &str,
    mentions: Vec<Mention>,
    sentence_words: &[Vec<Word>],
) -> Vec<Mention> {
    let shouted = |m: &Mention| {
        let written = m.span.slice(text);
        let lower = written.to_lowercase();
        let common = words::STOP_WORDS.contains(&lower.as_str())
            || OBJECT_PRONOUNS.contains(&lower.as_str());
        if !common || written.chars().any(char::is_lowercase) {
            return false;
        }
        let ws = &sentence_words[m.sentence];
        let lettered = |w: &&Word| w.text.chars().any(char::is_alphabetic);
        let before = ws
            .iter()
            .filter(|w| w.span.end <= m.span.start)
            .rev()
            .find(lettered);
        let after = ws
            .iter()
            .filter(|w| w.span.start >= m.span.end)
            .find(lettered);
        [before, after]
            .into_iter()
            .any(|w| w.is_some_and(|w| in_capitals(w, 3)))
    };
    let flags: Vec<bool> = mentions.iter().map(shouted).collect();
    let plain: Vec<&str> = mentions
        .iter()
        .zip(&flags)
        .filter(|(_, s)| !**s)
        .map(|(m, _)| m.span.slice(text))
        .collect();
    mentions
        .into_iter()
        .zip(flags)
        .filter(|(m, s)| !s || plain.contains(&m.span.slice(text)))
        .map(|(m, _)| m)
        .collect()
}

/// Whether a word is a title, an honorific or another abbreviation that
/// names nothing on its own ("Mr.", "Representative", "No.").
fn names_nothing_alone(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    is_title(word)
        || words::OTHER_ABBREVIATIONS.contains(&lower.as_str())
        || words::NAME_SUFFIXES.contains(&lower.as_str())
}

/// Whether a word is a party and state tag after a legislator's name
/// ("R-Wis.", "D-Calif"): an affiliation, not a name.
fn party_tag(word: &str) -> bool {
    let mut chars = word.trim_end_matches('.').chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some('R' | 'D' | 'I'), Some('-'), Some(c)) if c.is_uppercase()
    ) && chars.all(char::is_alphabetic)
}

/// Whether a word is a compound adjective made from a name
/// ("Atlanta-based", "Democratic-controlled", "Korean-born"): it describes,
/// it does not name.
fn name_compound(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty()
            && tail.chars().count() > 1
            && tail.chars().all(|c| c.is_lowercase() && c.is_alphabetic())
    })
}

/// Words of an office that end its name ("District Attorney", "Surgeon
/// General", "Foreign Secretary").
const OFFICES: &[&str] = &[
    "attorney",
    "general",
    "secretary",
    "minister",
    "commissioner",
    "director",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
];

/// Whether words `start..end`, not tagged as a person, name an office
/// rather than an entity: two words or more ending with an office's word,
/// no name after them, and no table knowing them ("the District Attorney
/// and", not "Notre Dame" or "Burger King", whose last words are titles
/// but no offices).
fn names_an_office(ws: &[Word], start: usize, end: usize) -> bool {
    let last = ws[end - 1].text.to_lowercase();
    let next_capitalised = ws.get(end).is_some_and(|w| capitalised(&w.text));
    let joined: Vec<&str> = ws[start..end].iter().map(|w| w.text.as_str()).collect();
    end - start >= 2
        && OFFICES.contains(&last.as_str())
        && !next_capitalised
        && !in_tables(&joined.join(" "))
}

/// Whether a capitalised word reads as an adjective of office or law
/// ("Congressional", "Presidential", "Judicial"): "-ional" or "-ial".
fn capitalised_adjective(word: &str) -> bool {
    capitalised(word)
        && word.chars().count() > 5
        && ["ional", "ial"].iter().any(|end| word.ends_with(end))
}

/// Whether the place, organisation or outlet table knows a name.
fn in_tables(name: &str) -> bool {
    places().lookup(name).is_some()
        || crosscheck_lexicon::organizations().lookup(name).is_some()
        || crosscheck_lexicon::outlets().by_name(name).is_some()
}

/// Whether a word is the plural of an acronym ("CEOs"): a common noun.
fn plural_acronym(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|stem| {
        stem.chars().count() >= 2 && stem.chars().all(|c| c.is_uppercase() || c == '.')
    })
}

/// The words of a tagged span that name something: none when every word
/// is a title or an abbreviation on its own ("Mr.", "No."), a party tag
/// ("R-Wis."), a compound adjective ("Atlanta-based") or an acronym's
/// plural ("CEOs").
fn name_words_of(ws: &[Word], start: usize, end: usize) -> Option<(usize, usize)> {
    // A control character the tagger took into a name (the paragraph mark
    // of a wire text before its first word) is not part of it.
    let control = |w: &Word| w.text.chars().all(char::is_control);
    let (mut start, mut end) = (start, end);
    while start < end && control(&ws[start]) {
        start += 1;
    }
    while end > start && control(&ws[end - 1]) {
        end -= 1;
    }
    if start == end {
        return None;
    }
    let texts = || ws[start..end].iter().map(|w| w.text.as_str());
    if texts().all(names_nothing_alone) {
        return None;
    }
    let last = ws[end - 1].text.as_str();
    let stop_word = words::STOP_WORDS.contains(&last.to_lowercase().as_str());
    let role_acronym = ROLE_ACRONYMS.contains(&last.trim_end_matches('.').to_lowercase().as_str());
    if end - start == 1 && (party_tag(last) || plural_acronym(last) || stop_word || role_acronym) {
        return None;
    }
    if name_compound(last) {
        return None;
    }
    let next_lower = ws
        .get(end)
        .is_some_and(|w| w.text.starts_with(|c: char| c.is_lowercase()));
    // "the Congressional schedule", "a Presidential debate": an adjective
    // capitalised before a noun, not a name (unless a table knows it).
    if end - start == 1 && next_lower && capitalised_adjective(last) && !in_tables(last) {
        return None;
    }
    // "You've", "Don't": a contraction opening a sentence.
    let contraction = |w: &Word| {
        let t = w.text.to_lowercase();
        ["'ve", "'re", "'ll", "'d", "n't", "'m"]
            .iter()
            .any(|c| t.ends_with(c))
    };
    if ws[start..end].iter().any(contraction) {
        return None;
    }
    // Words in capitals of six letters or more are shouted rather than
    // abbreviated: a run of capitals holding one names nothing
    // ("INDULGING IN SEXUAL ACTIVITY", "KILLER"); before a name they are a
    // wire copy's slug ("COURTS Walker").
    let letters = |w: &Word| w.text.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = |w: &Word| letters(w) > 0 && !w.text.chars().any(char::is_lowercase);
    let shouted = |w: &Word| letters(w) >= SHOUTED_LETTERS && capitals(w);
    let run = &ws[start..end];
    let joined: Vec<&str> = run.iter().map(|w| w.text.as_str()).collect();
    let joined = joined.join(" ");
    let known = in_tables(&joined);
    if !known && run.iter().all(|w| capitals(w) || letters(w) == 0) && run.iter().any(shouted) {
        return None;
    }
    while end - start > 1 && shouted(&ws[start]) {
        start += 1;
    }
    // "But Obama": a conjunction or article capitalised because it opens
    // the sentence (or a quotation or bracket there).
    let quote_marks = |w: &Word| w.text.chars().all(|c| matches!(c, '"' | '\'' | '(' | '['));
    let opens_sentence = start == 0 || (start == 1 && quote_marks(&ws[0]));
    if end - start > 1
        && opens_sentence
        && !known
        && name_spans::opening_function_word(&ws[start].text)
    {
        start += 1;
    }
    // "House Republicans", "New York Democrat", "Democrat of Vermont".
    let member = |w: &Word| words::PARTY_MEMBER_WORDS.contains(&w.text.to_lowercase().as_str());
    let group = end - start >= 2 && member(&ws[end - 1]);
    let described = end - start >= 3 && member(&ws[start]) && ws[start + 1].text == "of";
    if group || described {
        return None;
    }
    Some((start, end))
}

/// Where a person's mention starts: with the titles written before the
/// name ("Rep. Paul Ryan", "Chairman Ryan") when they are capitalised and
/// open the title, not when they end a longer description ("Republican
/// National Committee Chairman Michael Steele", "former Vice President Dick
/// Cheney", "Michigan GOP chairman Saul Anuzis"): the description is not the
/// person's name.
fn with_titles(ws: &[Word], start: usize) -> usize {
    let mut first = start;
    while first > 0 && is_title(&ws[first - 1].text) && capitalised(&ws[first - 1].text) {
        first -= 1;
    }
    let described = first > 0 && capitalised(&ws[first - 1].text) && !is_opening(&ws[first - 1]);
    if described { start } else { first }
}

/// Whether a token opens a quotation or is punctuation (so the word after
/// it begins a phrase).
fn is_opening(w: &Word) -> bool {
    !w.text.chars().any(char::is_alphanumeric)
}

/// Head words of a street, road or other place without a government at
/// the end of a name ("Delaware Road", "Key Bridge"); the first ones are
/// seldom surnames, so they retype a name the tagger took for a person.
const STREET_WORDS: &[&str] = &[
    "road",
    "street",
    "avenue",
    "gardens",
    "estate",
    "bridge",
    "waterway",
    "square",
    "terrace",
    "crescent",
    "boulevard",
    "parkway",
    // Landmarks and features of the land ("Pearl Harbor", "Grand Canyon",
    // "Lincoln Memorial").
    "harbor",
    "harbour",
    "canyon",
    "peninsula",
    "riverfront",
    "waterfront",
    "memorial",
    "monument",
    "island",
    "islands",
    // Also surnames ("Anita Hill", "John Tower", "John Towers"): only over
    // another type's tag.
    "lane",
    "hill",
    "close",
    "way",
    "drive",
    "bay",
    "beach",
    "coast",
    "tower",
    "towers",
    "valley",
];

/// Prepositions of place before a street's name.
const STREET_PREPOSITIONS: &[&str] = &["in", "on", "at", "near", "off", "along"];

/// How many of [`STREET_WORDS`] retype a person.
const STREET_WORDS_NOT_SURNAMES: usize = 22;

/// Head words of institutions that are also surnames ("Hall", "Church",
/// "Post"): they do not retype a name the tagger took for a person.
const INSTITUTION_SURNAMES: &[&str] = &[
    "hall",
    "church",
    "house",
    "post",
    "bank",
    "street",
    "road",
    "park",
    "water",
    "town",
    "city",
    "times",
    "news",
    "force",
    "trust",
    "union",
    "square",
    "tower",
    "bridge",
    "chamber",
    "court",
    "district",
    "county",
    "republic",
    "police",
    "journal",
    "avenue",
    "cathedral",
    "capitol",
    "prison",
    "railway",
    "fund",
    "group",
    "board",
];

/// Geographic words that open a place's name ("River Thames", "Lake
/// Geneva", "Mount Everest").
const GEOGRAPHIC_FIRST: &[&str] = &["river", "lake", "mount", "cape", "strait"];

/// Head words of institutions that also end places' names ("Kansas City",
/// "Orange County", "Trafalgar Square"): they do not make a place an
/// organisation.
const INSTITUTION_PLACES: &[&str] = &[
    "city",
    "county",
    "district",
    "republic",
    "town",
    "square",
    "street",
    "road",
    "avenue",
    "bridge",
    "park",
    "water",
    "capitol",
    "palace",
    "tower",
    "station",
    "airport",
    "cathedral",
    "stadium",
    "hall",
    "house",
    "museum",
];

/// Words that end the name of a law or a document ("Civil Rights Act",
/// "First Amendment").
const LAW_WORDS: &[&str] = &["act", "amendment", "constitution", "treaty", "accords"];

/// Head words of an award, a grant or a named lecture ("Pell Grants",
/// "Whittington Lecture", "Templeton Prize"): a thing (MISC), whoever it is
/// named after. Not "Grant" alone, a surname ("Hugh Grant").
const AWARD_WORDS: &[&str] = &[
    "lecture",
    "lectures",
    "prize",
    "prizes",
    "award",
    "awards",
    "grants",
    "medal",
    "trophy",
    "scholarship",
    "scholarships",
    "fellowship",
];

/// Plural head words of a firm's name ("Macroeconomic Advisors", "Cerberus
/// Capital"): an organisation, never a person's name. ("Brothers" is not
/// one: the Wright Brothers are people.)
const COMPANY_HEADS: &[&str] = &[
    "advisors",
    "advisers",
    "partners",
    "associates",
    "holdings",
    "industries",
    "consultants",
    "investors",
    "securities",
    "ventures",
    "enterprises",
    "capital",
];

/// The type a name's head word gives, over the tagger's: a street or a
/// geographic feature is a place without a government, a law or an award is
/// MISC, a building, firm or institution named after a person is an
/// organisation ("Rockefeller Center", "Macroeconomic Advisors").
fn kind_by_head(written: &str, tagged: EntityKind) -> EntityKind {
    let words: Vec<String> = written
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() == 1 && words[0] == "constitution" {
        return EntityKind::Misc;
    }
    let (Some(last), true) = (words.last(), words.len() >= 2) else {
        return tagged;
    };
    let last = last.as_str();
    let person = tagged == EntityKind::Person;
    if LAW_WORDS.contains(&last)
        || AWARD_WORDS.contains(&last)
        || (words[0] == "title" && words.len() == 2)
    {
        return EntityKind::Misc;
    }
    if COMPANY_HEADS.contains(&last) {
        return EntityKind::Org;
    }
    // "County Durham", "Co Meath", "Co. Cork": a county.
    let first_written = written.split_whitespace().next().unwrap_or("");
    if matches!(first_written, "County" | "Co" | "Co.") && !words::INSTITUTION_WORDS.contains(&last)
    {
        return EntityKind::Gpe;
    }
    let institution =
        words::INSTITUTION_WORDS.contains(&last) && !INSTITUTION_PLACES.contains(&last);
    if matches!(tagged, EntityKind::Misc | EntityKind::Gpe) && institution {
        return EntityKind::Org;
    }
    let streets = if person {
        &STREET_WORDS[..STREET_WORDS_NOT_SURNAMES]
    } else {
        STREET_WORDS
    };
    // "Capitol Hill", "Church Lane": an institution's word opens no
    // person's name, so a surname-like street word after it is a street's.
    let institution_first = words::INSTITUTION_WORDS.contains(&words[0].as_str());
    if streets.contains(&last)
        || GEOGRAPHIC_FIRST.contains(&words[0].as_str())
        || (person && institution_first && STREET_WORDS.contains(&last))
    {
        return EntityKind::Loc;
    }
    if person && words::INSTITUTION_WORDS.contains(&last) && !INSTITUTION_SURNAMES.contains(&last) {
        return EntityKind::Org;
    }
    tagged
}

/// The fewest letters of a word in capitals that is shouted, not an
/// acronym ("COURTS", not "NAACP" or "FBI").
const SHOUTED_LETTERS: usize = 6;

/// Whether the text before a name ends with a kin word ("his sister
/// Elizabeth").
pub(crate) fn kin_before(before: &str) -> bool {
    before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| words::KIN_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The oldest age news gives after a name.
const MAX_AGE: u32 = 120;

/// Whether the text after a name gives an age, as news writes it: ", 12, "
/// and a lower-case word ("Elizabeth, 12, the family"; not a score,
/// "Chelsea, 1, Arsenal").
pub(crate) fn age_follows(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 {
        return false;
    }
    let Ok(age) = digits.parse::<u32>() else {
        return false;
    };
    let Some(tail) = rest[digits.len()..].strip_prefix(", ") else {
        return false;
    };
    (1..=MAX_AGE).contains(&age) && tail.starts_with(|c: char| c.is_lowercase())
}

/// Compass words: lower case between a place and the larger place it is in
/// ("Maida Vale, west London"), or opening a region's name ("West London").
const COMPASS_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "central",
    "north-west",
    "north-east",
    "south-west",
    "south-east",
    "northwest",
    "northeast",
    "southwest",
    "southeast",
];

/// Whether a kind is a place's.
fn is_place(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Gpe | EntityKind::Loc)
}

/// A name written as part of an address is a place whatever the tagger
/// called it: right before ", " and a place ("Bentonville, Ark.", "St
/// Mawes, Cornwall"), or right after a place and ", " and closed by
/// punctuation ("Chingford, Essex,"; "Rufford, Lancs.").
fn places_in_addresses(text: &str, mentions: &mut [Mention]) {
    let known_place = |s: &str| {
        places()
            .lookup(s)
            .is_some_and(|(_, f)| f != PlaceForm::Demonym)
    };
    let kinds: Vec<EntityKind> = mentions.iter().map(|m| m.kind).collect();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let after = &text[m.span.end..];
        // "Maida Vale, west London": a compass word may come between.
        let compass = after
            .strip_prefix(", ")
            .and_then(|rest| rest.split(' ').next())
            .filter(|w| COMPASS_WORDS.contains(w))
            .map_or(0, |w| w.len() + 1);
        // A person's full name is never a place ("Nick Allen, PA News"),
        // unless it follows a preposition of place and a compass word and a
        // place follow it ("of Maida Vale, west London").
        let words = m.span.slice(text).split_whitespace().count();
        let address_opens = [" of ", " in ", " from ", " at "]
            .iter()
            .any(|p| text[..m.span.start].ends_with(p));
        let full_name =
            m.kind == EntityKind::Person && words > 1 && !(address_opens && compass > 0);
        // A building's name is where it is, not a place ("the Grosvenor
        // House Hotel, Park Lane,"); "Earls Court, west London" is one.
        let last = m.span.slice(text).rsplit(' ').next().unwrap_or("");
        let institution = words > 1 && BUILDINGS.contains(&last.to_lowercase().as_str());
        if is_place(m.kind) || words > 3 || full_name || institution {
            continue;
        }
        // The place closes the address: "Kingston, Surrey, who", not
        // "Amir-Abdollahian, Iran's foreign minister".
        let next_is_place = after.starts_with(", ")
            && mentions.get(i + 1).is_some_and(|n| {
                let closed = text[n.span.end..]
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ',' | '.' | ';' | ')' | '\n'));
                n.span.start == m.span.end + 2 + compass
                    && closed
                    && (is_place(kinds[i + 1]) || known_place(n.span.slice(text)))
            });
        let state_follows = after
            .strip_prefix(", ")
            .and_then(|rest| rest.split([' ', ',', '-']).next())
            .is_some_and(|w| {
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                capital && (words::is_place_abbreviation(w) || known_place(w.trim_end_matches('.')))
            });
        let abbreviation = words::is_place_abbreviation(m.span.slice(text))
            && m.span.slice(text).chars().any(char::is_lowercase);
        let prev_is_place = i > 0
            && is_place(kinds[i - 1])
            && mentions[i - 1].span.end + 2 == m.span.start
            && text[mentions[i - 1].span.end..m.span.start] == *", "
            && after.starts_with([',', '.', ';']);
        if next_is_place || state_follows || prev_is_place || abbreviation {
            mentions[i].kind = EntityKind::Gpe;
        }
    }
}

/// A lone word that is the given name of a person the article names
/// ("Elizabeth and Timothy assisted", after "Elizabeth Prankerd" or "his
/// sister Elizabeth") is that person's where the tagger called it an
/// organisation, unless a table knows it. A place or another name keeps
/// its type ("Chelsea" beside Chelsea Clinton, "Christian groups").
fn given_names_alone(text: &str, mentions: &mut [Mention]) {
    let given: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| {
            let names: Vec<&str> = m
                .span
                .slice(text)
                .split_whitespace()
                .filter(|w| !is_title(w))
                .collect();
            // A one-word name counts where a kin word or an age makes it a
            // person's ("his sister Elizabeth", "Elizabeth, 12,"): the
            // tagger's one-word people are too often not ("Twitter").
            let sure = names.len() >= 2
                || kin_before(&text[..m.span.start])
                || age_follows(&text[m.span.end..]);
            names.first().copied().filter(|_| sure)
        })
        .collect();
    for m in mentions.iter_mut() {
        let written = m.span.slice(text);
        let alone = !written.contains(char::is_whitespace);
        if m.kind == EntityKind::Org && alone && given.contains(&written) && !in_tables(written) {
            m.kind = EntityKind::Person;
        }
    }
}

/// Words after a name that make it a body rather than a place: a court
/// hears and is told ("the Old Bailey heard", "the Old Bailey was told"), a
/// body has a spokesman ("a Scotland Yard spokesman", "Scotland Yard's
/// spokeswoman").
const BODY_FOLLOWERS: &[&str] = &[
    "heard",
    "has heard",
    "had heard",
    "was told",
    "has been told",
    "had been told",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "'s spokesman",
    "'s spokeswoman",
    "’s spokesman",
    "’s spokeswoman",
    // A business's premises, staff and stock ("At Chick-fil-A locations
    // across the country").
    "locations",
    "restaurants",
    "stores",
    "franchises",
    "employees",
    "executives",
    "shareholders",
    "shares",
];

/// Whether the text after a name makes it a body ([`BODY_FOLLOWERS`]),
/// whole words only.
fn acts_as_a_body(after: &str) -> bool {
    let after = after.strip_prefix(' ').unwrap_or(after);
    BODY_FOLLOWERS.iter().any(|f| {
        after.starts_with(f) && !after[f.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Common nouns right before a name that make it an organisation ("think
/// tank Third Way", "the advocacy group Strengthen Social Security").
const ORG_CLASSIFIERS: &[&str] = &[
    "tank",
    "group",
    "organization",
    "organisation",
    "coalition",
    "firm",
    "company",
    "magazine",
    "newspaper",
    "network",
    "website",
    "party",
    "union",
    "agency",
];

/// Common nouns right before a name that make it a person ("the group's
/// founder Gloria Steinem", "Democratic strategist Hank Sheinkopf").
const PERSON_CLASSIFIERS: &[&str] = &[
    "founder",
    "president",
    "director",
    "spokesman",
    "spokeswoman",
    "strategist",
    "host",
    "anchor",
    "editor",
    "chairman",
    "chairwoman",
    "candidate",
    "nominee",
    "senator",
    "governor",
    "congressman",
    "congresswoman",
    "activist",
    "blogger",
    "columnist",
    "author",
    "historian",
    "professor",
    "lawyer",
    "attorney",
];

/// Faiths and their books, which the tagger may take for places.
const FAITHS: &[&str] = &[
    "Christianity",
    "Islam",
    "Judaism",
    "Hinduism",
    "Buddhism",
    "Bible",
    "Koran",
    "Quran",
    "Torah",
];

/// Common nouns after a name that make it a publication ("Vanity Fair
/// magazine", "the Des Moines Register newspaper").
const PUBLICATION_NOUNS: &[&str] = &["magazine", "newspaper"];

/// Whether the text after a name opens with a [`PUBLICATION_NOUNS`] word.
fn publication_follows(after: &str) -> bool {
    let after = after.strip_prefix(' ').unwrap_or(after);
    PUBLICATION_NOUNS.iter().any(|n| {
        let rest = after.strip_prefix(n).unwrap_or("x");
        !rest.starts_with(|c: char| c.is_alphanumeric())
            // Not a classifier before the publication's own name ("the
            // Israeli newspaper Haaretz").
            && !rest.trim_start().starts_with(char::is_uppercase)
    })
}

/// Whether the place table knows a name (a country, a state, a city):
/// a place whatever follows it ("a Washington spokesman").
fn known_place(name: &str) -> bool {
    places().lookup(name).is_some()
}

/// How the District of Columbia is written after a city's name.
const DISTRICT: &[&str] = &[", D.C.", ", DC"];

/// "Washington, D.C." is one place's name: the district is no state or
/// place of its own after the city, so the mention takes it in (and a
/// mention of the district alone there goes).
fn district_of_columbia(text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        // The district's own mention, now inside the city's.
        if out
            .last()
            .is_some_and(|prev| prev.span.start <= m.span.start && m.span.end <= prev.span.end)
        {
            continue;
        }
        let after = &text[m.span.end..];
        let district = DISTRICT.iter().find(|d| {
            after.starts_with(*d) && !after[d.len()..].starts_with(|c: char| c.is_alphanumeric())
        });
        match district {
            Some(d) if is_place(m.kind) => out.push(Mention {
                span: Span::new(m.span.start, m.span.end + d.len()),
                kind: EntityKind::Gpe,
                margin: None,
                ..m
            }),
            _ => out.push(m),
        }
    }
    out
}

/// Head words of a building's name, which an address may follow.
const BUILDINGS: &[&str] = &[
    "hotel",
    "hospital",
    "school",
    "college",
    "university",
    "church",
    "cathedral",
    "prison",
    "station",
    "airport",
    "stadium",
    "museum",
    "centre",
    "center",
];

/// Acronyms of a role or a job ("the DJ", "an MP", "the CEO"): they name
/// no one on their own.
pub(crate) const ROLE_ACRONYMS: &[&str] = &[
    "dj", "mp", "mep", "msp", "qc", "kc", "gp", "ceo", "cfo", "coo", "wpc",
];

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
    let n_capitalised = long.iter().filter(|w| capitalised(&w.text)).count();
    let title_case = long.len() >= HEADLINE_MIN_WORDS
        && n_capitalised * HEADLINE_CAPITALISED.1 >= long.len() * HEADLINE_CAPITALISED.0;
    // A line without a lower-case word is not running text either (a wire
    // header, "Page 1 (HHH) COURTS Attack").
    let alphabetic: Vec<&Word> = ws
        .iter()
        .filter(|w| w.text.chars().any(char::is_alphabetic))
        .collect();
    let no_lower_case = !alphabetic.is_empty() && alphabetic.iter().all(|w| capitalised(&w.text));
    title_case || no_lower_case
}

/// Quoted stretches written in title case: a headline, a cover line or a
/// title quoted in running text ("a story headlined “Newsweek Puts
/// Bachmann on Cover That Makes Her Look Crazy”"), whose capitals name
/// nothing by themselves, as a headline's do not.
fn quoted_titles(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(at + c.len_utf8()),
            ('"', None) => open = Some(at + 1),
            ('”' | '"', Some(start)) => {
                let inside = &text[start..at];
                let long: Vec<&str> = inside
                    .split_whitespace()
                    .filter(|w| {
                        w.chars().filter(|c| c.is_alphabetic()).count() >= HEADLINE_WORD_LETTERS
                    })
                    .collect();
                let n_capitalised = long.iter().filter(|w| capitalised(w)).count();
                if long.len() >= HEADLINE_MIN_WORDS
                    && n_capitalised * HEADLINE_CAPITALISED.1 >= long.len() * HEADLINE_CAPITALISED.0
                {
                    out.push(Span::new(start, at));
                }
                open = None;
            }
            ('\n', _) => open = None,
            _ => {}
        }
    }
    out
}

/// Pronouns that a shouted headline writes like a place's abbreviation
/// ("FORGIVE US") and that are not stop words (the content words keep
/// "us", which also stands for the country).
const OBJECT_PRONOUNS: &[&str] = &["us", "me", "him", "them"];

/// In a title-case headline every word looks like a name, and the tagger
/// (which learned capitals from running text) finds names that are not
/// there ("Attack Ad Against Obama"). A headline mention is kept when the
/// body names it the same way or a table knows it; else it shrinks to the
/// longest name the body gives inside it ("Obama"); else it is dropped.
fn trust_headlines(text: &str, mentions: Vec<Mention>, in_headline: &[bool]) -> Vec<Mention> {
    let body: Vec<(&str, EntityKind)> = mentions
        .iter()
        .zip(in_headline)
        .filter(|(_, h)| !**h)
        .map(|(m, _)| (m.span.slice(text), m.kind))
        .collect();
    mentions
        .into_iter()
        .zip(in_headline)
        .filter_map(|(m, h)| {
            if !*h {
                return Some(m);
            }
            let written = m.span.slice(text);
            // A shouted headline's common word ("FORGIVE US") is a word,
            // whatever place or body it also spells; the body must name it.
            let lower = written.to_lowercase();
            let common = words::STOP_WORDS.contains(&lower.as_str())
                || OBJECT_PRONOUNS.contains(&lower.as_str());
            if body.iter().any(|(b, _)| *b == written) || (in_tables(written) && !common) {
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

/// The mentions of an article (read from its text features), tagged by the
/// committed tagger.
pub fn mentions(article: &Article, features: &TextFeatures, index: usize) -> Vec<Mention> {
    mentions_with(ner::built_in(), article, features, index)
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

    /// The mentions of an article, as written.
    fn written(a: &Article) -> Vec<&str> {
        mentions(a, &TextFeatures::of_article(a), 0)
            .iter()
            .map(|m| a.slice(m.span))
            .collect()
    }

    /// The type of the mention written `name`.
    fn kind_of(a: &Article, name: &str) -> Option<EntityKind> {
        mentions(a, &TextFeatures::of_article(a), 0)
            .iter()
            .find(|m| a.slice(m.span) == name)
            .map(|m| m.kind)
    }

    #[test]
    fn a_landmarks_head_makes_a_place() {
        for (name, tagged, kind) in [
            ("Pearl Harbor", EntityKind::Person, EntityKind::Loc),
            ("Lincoln Memorial", EntityKind::Person, EntityKind::Loc),
            // A surname over a person's tag stays a person's.
            ("John Tower", EntityKind::Person, EntityKind::Person),
            ("Trump Tower", EntityKind::Org, EntityKind::Loc),
            ("John Towers", EntityKind::Person, EntityKind::Person),
        ] {
            assert_eq!(kind_by_head(name, tagged), kind, "{name}");
        }
    }

    #[test]
    fn a_sentences_capital_the_is_no_part_of_a_name_written_without_it() {
        let a = article(
            "The White House said on Friday that it had asked Bill Clinton to call. Officials \
             at the White House declined to comment. The New York Times reported it first, \
             he told The New York Times.",
        );
        let texts: Vec<String> = mentions(&a, &TextFeatures::of_article(&a), 0)
            .iter()
            .map(|m| a.slice(m.span).to_string())
            .collect();
        assert!(!texts.iter().any(|t| t == "The White House"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "The New York Times"), "{texts:?}");
        // The end of a longer name is no writing of the name without "The".
        let a = article(
            "The documents were provided to The New York Times. The Times described them to \
             officials.",
        );
        let texts: Vec<String> = mentions(&a, &TextFeatures::of_article(&a), 0)
            .iter()
            .map(|m| a.slice(m.span).to_string())
            .collect();
        assert!(!texts.iter().any(|t| t == "Times"), "{texts:?}");
        // A programme's title in quotation marks, not "on CNN Sunday".
        let a =
            article("Corker said on \"Fox News Sunday.\" He said on CNN Sunday that it was over.");
        assert_eq!(kind_of(&a, "Fox News Sunday"), Some(EntityKind::Misc));
        assert_eq!(kind_of(&a, "CNN"), Some(EntityKind::Org));
    }

    #[test]
    fn a_noun_in_apposition_gives_the_type() {
        let a = article(
            "Dozens of faculty members at Notre Dame, also a Catholic university, signed it. \
             The Walkers spent years at sea on their 45ft boat, Winnie Rigg. Michael Hyde, a \
             former bank executive, was there. They flew from Paris, the city of light.",
        );
        assert_eq!(kind_of(&a, "Notre Dame"), Some(EntityKind::Org));
        assert_eq!(kind_of(&a, "Winnie Rigg"), Some(EntityKind::Misc));
        assert_eq!(kind_of(&a, "Michael Hyde"), Some(EntityKind::Person));
        assert_eq!(kind_of(&a, "Paris"), Some(EntityKind::Gpe));
        // A business by its premises or staff; a place the tables know
        // stays one.
        let a = article(
            "At Chick-fil-A locations across the country, crowds gathered. London stores \
             closed early.",
        );
        assert_eq!(kind_of(&a, "Chick-fil-A"), Some(EntityKind::Org));
        assert_eq!(kind_of(&a, "London"), Some(EntityKind::Gpe));
    }

    #[test]
    fn a_party_beside_a_chamber_is_two_names() {
        let a = article(
            "Sen. John Cornyn, head of the Senate GOP campaign arm, spoke. He backed the GOP \
             House budget. Sestak won the Democratic Senate primary. The Senate voted.",
        );
        let found = written(&a);
        for two in ["Senate GOP", "GOP House", "Democratic Senate"] {
            assert!(!found.contains(&two), "{found:?}");
        }
        assert!(found.contains(&"GOP"), "{found:?}");
    }

    #[test]
    fn offices_committees_publications_and_who_in_political_news() {
        let a = article(
            "The senators sent the letter to Senate Majority Leader Harry Reid on Monday. \
             Victoria Nuland, who helped edit the talking points, spoke. Vanity Fair \
             magazine estimated it. Representative Darrell Issa of California, the senior \
             Republican on the House Oversight and Government Reform Committee, said the \
             interactions were wrong. Dean Heller in Nevada, who was appointed, won.",
        );
        let found = written(&a);
        assert!(found.contains(&"Senate"), "{found:?}");
        assert!(!found.contains(&"Senate Majority"), "{found:?}");
        assert!(
            found.contains(&"House Oversight and Government Reform Committee"),
            "{found:?}"
        );
        assert_eq!(kind_of(&a, "Victoria Nuland"), Some(EntityKind::Person));
        let b = article(
            "Jonathan Cowan, president of centrist think tank Third Way, hailed it. Critics \
             cited a test by the group's founder Gloria Steinem to explain it. It is a theology \
             based on the Bible. The offer was made at the behest of White House Chief of \
             Staff Rahm Emanuel, who was Clinton's political director. Sen. Scott Brown, who's \
             in a tough race against Democrat Elizabeth Warren in Massachusetts, was the first.",
        );
        assert_eq!(kind_of(&b, "Third Way"), Some(EntityKind::Org));
        // And where those rules must not fire.
        let c = article(
            "Delegates gathered at the Republican National Convention in Tampa. House \
             Democrats and Senate Finance Committee Chairman Max Baucus met. He ran Bain \
             Capital, the private equity firm Romney co-founded. It was reported by the \
             Israeli newspaper Haaretz on Monday.",
        );
        assert_ne!(kind_of(&c, "National Convention"), Some(EntityKind::Person));
        assert_ne!(
            kind_of(&c, "Republican National Convention"),
            Some(EntityKind::Person)
        );
        let found = written(&c);
        assert!(
            !found.iter().any(|f| f.contains("Democrats and Senate")),
            "{found:?}"
        );
        assert_ne!(kind_of(&c, "Romney"), Some(EntityKind::Org));
        assert_ne!(kind_of(&c, "Israeli"), Some(EntityKind::Org));
        assert_eq!(kind_of(&b, "Gloria Steinem"), Some(EntityKind::Person));
        assert_eq!(kind_of(&b, "Bible"), Some(EntityKind::Misc));
        let found = written(&b);
        assert!(found.contains(&"Rahm Emanuel"), "{found:?}");
        assert!(found.contains(&"Elizabeth Warren"), "{found:?}");
        assert_eq!(kind_of(&a, "Vanity Fair"), Some(EntityKind::Org));
        assert_eq!(kind_of(&a, "Nevada"), Some(EntityKind::Gpe));
    }

    #[test]
    fn kin_words_ages_counties_and_compass_addresses_give_the_type() {
        let a = article(
            "In 1975, when Simon was 10, his brother Timothy, eight, and sister Elizabeth, 12, \
             the family set off around the world. Walker, 54, of Maida Vale, west London, was \
             remanded. He wanted to bankroll a trip to Co Meath in Ireland.",
        );
        assert_eq!(kind_of(&a, "Elizabeth"), Some(EntityKind::Person));
        assert_eq!(kind_of(&a, "Timothy"), Some(EntityKind::Person));
        // The tagger's person stays one ("Peter Jones, south London" is a
        // person too); a place it did not call a person is placed.
        let b = article("He was arrested in Hackney, east London, on Monday.");
        assert_eq!(kind_of(&b, "Hackney"), Some(EntityKind::Gpe));
        for org in ["County Court", "Co-op"] {
            let c = article(&format!("The case went to the {org} in Leeds."));
            assert_ne!(kind_of(&c, org), Some(EntityKind::Gpe), "{org}");
        }
        assert_eq!(kind_of(&a, "Co Meath"), Some(EntityKind::Gpe));
        // A number after a name that a capital follows is no age (a score).
        assert!(!age_follows(", 1, Arsenal 2"));
        assert!(age_follows(", 12, the family"));
        assert!(!age_follows(", 1999, the year"));
    }

    #[test]
    fn spans_and_types_the_tagger_gets_wrong() {
        let a = article(
            "The president spoke in Washington, D.C., on Monday. The DJ was suspended by \
             the News of the World. Cuts in Pell Grants worried Macroeconomic Advisors, a \
             firm. Johnnie Walker, 54, the Radio 2 DJ, of Maida Vale, west London, was \
             remanded. He met an undercover reporter at the Grosvenor House Hotel, Park Lane, \
             in April. Vice President Joseph R. Biden Jr. planned to return to Capitol Hill.",
        );
        let found = written(&a);
        assert!(found.contains(&"Washington, D.C."), "{found:?}");
        assert!(!found.contains(&"D.C."), "{found:?}");
        assert!(!found.contains(&"DJ"), "{found:?}");
        assert_eq!(kind_of(&a, "Pell Grants"), Some(EntityKind::Misc));
        assert_eq!(kind_of(&a, "Macroeconomic Advisors"), Some(EntityKind::Org));
        assert_eq!(
            kind_of(&a, "Maida Vale"),
            Some(EntityKind::Gpe),
            "{found:?}"
        );
        assert_ne!(kind_of(&a, "Grosvenor House Hotel"), Some(EntityKind::Gpe));
        assert_eq!(kind_of(&a, "Capitol Hill"), Some(EntityKind::Loc));
        // A court hears; a body has a spokesman; a known place stays one.
        assert!(acts_as_a_body(" heard that he had"));
        assert!(acts_as_a_body(" was told today."));
        assert!(acts_as_a_body("'s spokesman said"));
        assert!(!acts_as_a_body(" hearde"));
        assert!(!acts_as_a_body(" spokesmanship"));
        assert!(known_place("London"));
        // A given name alone is the person the article names in full.
        let b = article(
            "In 1975, when Simon was 10, his brother Timothy, eight, and sister Elizabeth, 12, \
             the family set off. The family did not attend the trial in America but Elizabeth \
             and Timothy assisted greatly with the investigation.",
        );
        let kinds: Vec<EntityKind> = mentions(&b, &TextFeatures::of_article(&b), 0)
            .iter()
            .filter(|m| b.slice(m.span) == "Elizabeth")
            .map(|m| m.kind)
            .collect();
        assert_eq!(kinds, [EntityKind::Person; 2], "{:?}", written(&b));
    }

    #[test]
    fn the_span_rules_leave_ordinary_names_alone() {
        let a = article(
            "The actor Hugh Grant gave evidence on Tuesday. Will Smith arrived later. \
             He lives at Earls Court, west London, with his \
             wife. The crowd heard the Rev. Martin Luther King Jr. speak in Washington.",
        );
        let found = written(&a);
        assert_eq!(
            kind_of(&a, "Hugh Grant"),
            Some(EntityKind::Person),
            "{found:?}"
        );
        assert_eq!(
            kind_of(&a, "Will Smith"),
            Some(EntityKind::Person),
            "{found:?}"
        );
        assert_eq!(
            kind_of(&a, "Earls Court"),
            Some(EntityKind::Gpe),
            "{found:?}"
        );
        assert!(found.contains(&"Rev. Martin Luther King Jr."), "{found:?}");
        let b = article(
            "He invoked God in the debate over the Congressional schedule. He worked with the \
             District Attorney and interviewed witnesses. Attorney General Eric Holder spoke.",
        );
        let found = written(&b);
        assert!(!found.contains(&"Congressional"), "{found:?}");
        assert!(!found.contains(&"District Attorney"), "{found:?}");
        assert!(capitalised_adjective("Presidential"));
        let c =
            article("Dozens of faculty members at Notre Dame, also a Catholic university, signed.");
        assert!(written(&c).contains(&"Notre Dame"), "{:?}", written(&c));
        assert!(!capitalised_adjective("Tal"));
    }

    #[test]
    fn a_wire_paragraph_mark_is_not_part_of_a_name() {
        let a = article(
            "By James Lyons, PA News<\n\u{19}Radio 2 disc jockey Johnnie Walker was charged.",
        );
        let found = written(&a);
        assert!(found.iter().all(|m| !m.contains('\u{19}')), "{found:?}");
    }

    #[test]
    fn a_shouted_headline_pronoun_is_not_a_place() {
        // Run into the byline, as wire copy writes it.
        let a = article(
            "TEENAGE LOVERS LEFT 'FORGIVE US' SUICIDE NOTE< By Lisa Salmon, PA News< Two teenagers left a note.",
        );
        let found = written(&a);
        assert!(!found.contains(&"US"), "{found:?}");
        let a = article(
            "TEENAGE LOVERS LEFT 'FORGIVE US' SUICIDE NOTE\n\nTwo teenagers left a note asking their families to forgive them, an inquest in Wakefield heard.",
        );
        let found = written(&a);
        assert!(!found.contains(&"US"), "{found:?}");
        // Written so in the body, it is the country.
        let a = article(
            "TROOPS LEAVE US BASE\n\nThe last troops left the US base in Germany on Monday.",
        );
        let found = written(&a);
        assert_eq!(found.iter().filter(|m| **m == "US").count(), 2, "{found:?}");
    }

    #[test]
    fn a_quoted_headline_names_only_what_the_body_names() {
        let a = article(
            "A blogger asked about a story headlined “Newsweek Puts Michele Bachmann on Cover \
             That Makes Her Look Crazy.” Michele Bachmann did not answer.",
        );
        let found = written(&a);
        assert!(!found.iter().any(|m| m.contains("Crazy")), "{found:?}");
        assert!(found.contains(&"Michele Bachmann"), "{found:?}");
    }

    #[test]
    fn possessive_is_split_and_titles_kept() {
        let ws = words(
            "Iran’s minister",
            &crosscheck_text::tokens("Iran’s minister"),
        );
        assert_eq!(ws[0].text, "Iran");
        assert_eq!(ws[1].text, "'s");
        let a = article(
            "Mr. Ortega met Iran’s foreign minister, Hossein Amir-Abdollahian, in Managua on Monday.",
        );
        let found: Vec<(&str, EntityKind)> = mentions(&a, &TextFeatures::of_article(&a), 0)
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
        // A compass part of a country or a seat of government is a region;
        // a compass word before a mere city, or a place a table knows whole,
        // is a place with a government.
        assert_eq!(location_kind("West London"), EntityKind::Loc);
        assert_eq!(location_kind("eastern Ukraine"), EntityKind::Loc);
        assert_eq!(location_kind("West Hollywood"), EntityKind::Gpe);
        assert_eq!(location_kind("South Africa"), EntityKind::Gpe);
        assert_eq!(location_kind("West Virginia"), EntityKind::Gpe);
        assert_eq!(location_kind("East Lansing"), EntityKind::Gpe);
    }
}
