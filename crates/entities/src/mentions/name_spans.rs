//! Rules over the tagger's tags that join names it cut in two, or cut the
//! description it took into a name: each reads a sentence's words and
//! rewrites their tags before the spans are read.

use super::{Word, capitalised, is_inside, is_title};
use crate::ner::{NerLabel, Tag};
use crosscheck_lexicon::words;

/// The label of a tag slot.
fn label_of(slot: usize) -> Option<NerLabel> {
    Tag::<NerLabel>::from_index(slot).and_then(|t| t.label())
}

/// Where the span holding word `i` starts.
fn span_start(tags: &[usize], i: usize) -> usize {
    let mut s = i;
    while s > 0 && is_inside(tags[s]) {
        s -= 1;
    }
    s
}

/// Where the span starting at word `start` ends (exclusive).
fn span_end(tags: &[usize], start: usize) -> usize {
    let mut e = start + 1;
    while e < tags.len() && is_inside(tags[e]) {
        e += 1;
    }
    e
}

/// Tag words `start..end` as one name with `label`.
fn retag(tags: &mut [usize], start: usize, end: usize, label: NerLabel) {
    tags[start] = Tag::B(label).index();
    for t in &mut tags[start + 1..end] {
        *t = Tag::I(label).index();
    }
}

/// A court case's name ("Wal-Mart Stores v. Dukes") is one name of a
/// case (MISC), whatever the tagger made of its parties: a name, "v." and
/// a capitalised name. "vs." is left alone: it also pits candidates or
/// teams against each other, each of them a name of its own.
pub(super) fn case_names(ws: &[Word], tags: &mut [usize]) {
    let mut i = 1;
    while i + 1 < ws.len() {
        let glued_stop = ws[i + 1].text == "." && ws[i + 1].span.start == ws[i].span.end;
        let connector = match ws[i].text.as_str() {
            "v." => 1,
            "v" if glued_stop => 2,
            _ => 0,
        };
        let right = i + connector;
        if connector == 0 || tags[i - 1] == 0 || right >= ws.len() || !capitalised(&ws[right].text)
        {
            i += 1;
            continue;
        }
        let left = span_start(tags, i - 1);
        let end = if tags[right] != 0 {
            span_end(tags, right)
        } else {
            let mut e = right + 1;
            while e < ws.len() && tags[e] == 0 && capitalised(&ws[e].text) {
                e += 1;
            }
            e
        };
        retag(tags, left, end, NerLabel::Misc);
        i = end;
    }
}

/// Two organisation names joined by "of" or "for" (with or without "the")
/// are one name: "National Association for the Advancement of Colored
/// People", which the tagger may cut in two. A place or another name after
/// "of" does not join ("Associated General Contractors of America" stays
/// cut): joining them gained two entities on the audit's dev stories and
/// lost two held out, twice.
pub(super) fn joined_organisations(ws: &[Word], tags: &mut [usize]) {
    let b_org = Tag::B(NerLabel::Org).index();
    let mut i = 1;
    while i + 1 < ws.len() {
        let inside_org = label_of(tags[i - 1]) == Some(NerLabel::Org);
        let connector = matches!(ws[i].text.as_str(), "of" | "for") && tags[i] == 0;
        if !(inside_org && connector) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if ws[j].text == "the" && tags[j] == 0 {
            j += 1;
        }
        if j < ws.len() && tags[j] == b_org {
            let start = span_start(tags, i - 1);
            let end = span_end(tags, j);
            retag(tags, start, end, NerLabel::Org);
            i = end;
            continue;
        }
        i += 1;
    }
}

/// A party's word and a chamber's written together ("the Senate GOP
/// campaign arm", "the GOP House budget", "the Democratic Senate primary")
/// name two bodies, not one: each is a name of its own.
pub(super) fn party_beside_chamber(ws: &[Word], tags: &mut [usize]) {
    const PARTY: &[&str] = &["gop", "democratic", "republican", "democrat"];
    const CHAMBER: &[&str] = &["house", "senate"];
    let mut i = 0;
    while i + 1 < ws.len() {
        let two = tags[i] != 0 && !is_inside(tags[i]) && is_inside(tags[i + 1]);
        let ends = i + 2 >= ws.len() || !is_inside(tags[i + 2]);
        let (a, b) = (ws[i].text.to_lowercase(), ws[i + 1].text.to_lowercase());
        let pair = (PARTY.contains(&a.as_str()) && CHAMBER.contains(&b.as_str()))
            || (CHAMBER.contains(&a.as_str()) && PARTY.contains(&b.as_str()));
        if two && ends && pair {
            tags[i] = Tag::B(NerLabel::Org).index();
            tags[i + 1] = Tag::B(NerLabel::Org).index();
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// A capitalised word the tagger left out, joined by "and" to an
/// organisation's name of two words or more after "the", opens that name:
/// "the Gay and Lesbian Alliance Against Defamation".
pub(super) fn coordinated_organisations(ws: &[Word], tags: &mut [usize]) {
    let b_org = Tag::B(NerLabel::Org).index();
    for i in 1..ws.len().saturating_sub(3) {
        let after_the = ws[i - 1].text.eq_ignore_ascii_case("the");
        let joins = tags[i] == 0
            && capitalised(&ws[i].text)
            && ws[i + 1].text == "and"
            && tags[i + 1] == 0
            && tags[i + 2] == b_org
            && is_inside(tags[i + 3]);
        if after_the && joins {
            let end = span_end(tags, i + 2);
            retag(tags, i, end, NerLabel::Org);
        }
    }
}

/// Words of an event's or a body's name after a party word, never of a
/// person's ("Republican National Convention", "Republican Liberty
/// Caucus").
const EVENT_WORDS: &[&str] = &[
    "national",
    "convention",
    "debate",
    "primary",
    "primaries",
    "caucus",
    "caucuses",
    "platform",
    "liberty",
    "presidential",
    "senate",
    "house",
    "state",
    "party",
];

/// Heads of a legislature's committees.
const COMMITTEE_HEADS: &[&str] = &["committee", "subcommittee", "commission", "caucus"];

/// A chamber's committee named for two fields, which the tagger may cut at
/// "and": "House Oversight" | "and" | "Government Reform Committee" is one
/// name. The first part opens with the chamber and has no head of its own;
/// the second ends in a committee's head.
pub(super) fn committees_of_two_fields(ws: &[Word], tags: &mut [usize]) {
    let b_org = Tag::B(NerLabel::Org).index();
    let mut i = 1;
    while i + 1 < ws.len() {
        let joins = ws[i].text == "and"
            && tags[i] == 0
            && label_of(tags[i - 1]) == Some(NerLabel::Org)
            && tags[i + 1] == b_org;
        if !joins {
            i += 1;
            continue;
        }
        let start = span_start(tags, i - 1);
        let end = span_end(tags, i + 1);
        let chamber = matches!(ws[start].text.as_str(), "House" | "Senate" | "Joint")
            // "House Democrats and Senate Finance Committee Chairman …" are
            // two: the second opens with a chamber of its own, the first
            // ends in a plural.
            && !matches!(ws[i + 1].text.as_str(), "House" | "Senate" | "Joint")
            && !ws[i - 1].text.ends_with('s');
        let first_head = ws[i - 1].text.to_lowercase();
        let last_head = ws[end - 1].text.to_lowercase();
        if chamber
            && !words::INSTITUTION_WORDS.contains(&first_head.as_str())
            && !COMMITTEE_HEADS.contains(&first_head.as_str())
            && COMMITTEE_HEADS.contains(&last_head.as_str())
        {
            retag(tags, start, end, NerLabel::Org);
            i = end;
            continue;
        }
        i += 1;
    }
}

/// A given name tagged apart from, or left out of, the initial and surname
/// after it ("Theodore" | "J. Boutrous Jr.") is one person's name.
pub(super) fn names_split_at_initials(ws: &[Word], tags: &mut [usize]) {
    let (b_per, i_per) = (Tag::B(NerLabel::Per).index(), Tag::I(NerLabel::Per).index());
    for i in 1..ws.len() {
        let initial = {
            let t = ws[i].text.as_str();
            t.len() == 2 && t.ends_with('.') && t.starts_with(|c: char| c.is_ascii_uppercase())
        };
        if tags[i] != b_per || !initial {
            continue;
        }
        let before = &ws[i - 1].text;
        let given = tags[i - 1] == 0
            && capitalised(before)
            && before.chars().count() > 1
            && before.chars().all(char::is_alphabetic)
            && !words::STOP_WORDS.contains(&before.to_lowercase().as_str())
            && !is_title(before);
        if label_of(tags[i - 1]) == Some(NerLabel::Per) {
            tags[i] = i_per;
        } else if given {
            tags[i - 1] = b_per;
            tags[i] = i_per;
        }
    }
}

/// Two person's names the tagger read side by side, with nothing between
/// them, are one name: "Sen. Kay" | "Bailey Hutchison", "Debbie" |
/// "Wasserman Schultz". (Two people are never written so: a comma, "and"
/// or a possessive stands between.)
pub(super) fn adjacent_people(ws: &[Word], tags: &mut [usize]) {
    let (b_per, i_per) = (Tag::B(NerLabel::Per).index(), Tag::I(NerLabel::Per).index());
    for i in 1..ws.len() {
        if tags[i] != b_per || label_of(tags[i - 1]) != Some(NerLabel::Per) {
            continue;
        }
        // The first opens with a given name ("Sen. Kay", "Debbie"): two
        // surnames side by side modify a noun ("the Romney Ryan ticket").
        let start = span_start(tags, i - 1);
        let given = ws[start..i]
            .iter()
            .any(|w| crosscheck_lexicon::first_names::gender_of_first_name(&w.text).is_some());
        if capitalised(&ws[i - 1].text)
            && ws[i - 1]
                .text
                .chars()
                .all(|c| c.is_alphabetic() || c == '-')
            && given
        {
            tags[i] = i_per;
        }
    }
}

/// Words of a role that, inside a run the tagger took for one name, end a
/// description before a person's name ("Jesuit Father Thomas J. Reese",
/// "RNC Political Director Gentry Collins"), besides the titles.
const INNER_ROLES: &[&str] = &[
    "father",
    "director",
    "secretary",
    "spokesman",
    "spokeswoman",
    "commissioner",
    "reverend",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "pastor",
    "editor",
    "coach",
    "professor",
    // Offices and trades of political news ("White House Chief of Staff
    // Rahm Emanuel", "AARP CEO A. Barry Rand", "Democrat Elizabeth
    // Warren").
    "staff",
    "ceo",
    "founder",
    "strategist",
    "host",
    "anchor",
    "columnist",
    "correspondent",
    "organizer",
    "chairman",
    "chairwoman",
    "democrat",
    "republican",
];

/// Words that qualify a role rather than name its organisation ("RNC
/// Political Director", "Campaign Finance Director").
const ROLE_QUALIFIERS: &[&str] = &[
    "political",
    "deputy",
    "executive",
    "senior",
    "chief",
    "assistant",
    "press",
    "communications",
    "finance",
    "legal",
    "acting",
    "managing",
];

/// How many words a person's name after a role inside an organisation's
/// run may have.
const NAME_AFTER_ROLE: std::ops::RangeInclusive<usize> = 2..=3;

/// A run tagged as one name that holds a role word before a person's name
/// is a description and a name: the description's words are no part of
/// the name ("Jesuit Father Thomas J. Reese" → "Thomas J. Reese"). In an
/// organisation's run, two or three capitalised words after a role word of
/// [`INNER_ROLES`] (not a title: "Associated General Contractors") become
/// the person ("FBI Director James Comey" → "FBI", "James Comey"); the
/// organisation keeps the words before the role, less those that qualify
/// it ("RNC Political Director Gentry Collins" → "RNC", "Gentry Collins").
/// The role needs two name words after it: "Martin Luther King Jr." and
/// "Francis Cardinal George" are names, not descriptions. Words before the role that
/// are titles or offices ("Vice President Joe Biden") are a title, not a
/// description, and stay.
pub(super) fn roles_inside_names(ws: &[Word], tags: &mut [usize]) {
    let inner_role = |w: &Word| {
        let lower = w.text.trim_end_matches('.').to_lowercase();
        capitalised(&w.text) && INNER_ROLES.contains(&lower.as_str())
    };
    let role = |w: &Word| inner_role(w) || (capitalised(&w.text) && is_title(&w.text));
    // Words of a name after a role: capitalised, not a suffix, an initial
    // or a role's acronym ("Martin Luther King Jr.", "Julian Bishop QC",
    // "Francis Cardinal George" hold no description: fewer than two).
    let name_word = |w: &Word| {
        let lower = w.text.trim_end_matches('.').to_lowercase();
        capitalised(&w.text)
            && w.text.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !words::NAME_SUFFIXES.contains(&lower.as_str())
            && !super::ROLE_ACRONYMS.contains(&lower.as_str())
    };
    // A person's name after a role in an organisation's run: capitalised
    // words, none an institution's ("Associated General Contractors of
    // America" holds no person).
    let person_after = |from: usize, to: usize| {
        NAME_AFTER_ROLE.contains(&(to - from))
            && ws[from..to].iter().all(|w| {
                capitalised(&w.text)
                    && !words::INSTITUTION_WORDS.contains(&w.text.to_lowercase().as_str())
            })
    };
    let title_or_office = |w: &Word| {
        is_title(&w.text) || words::OFFICE_WORDS.contains(&w.text.to_lowercase().as_str())
    };
    let mut start = 0;
    while start < ws.len() {
        let Some(label) = label_of(tags[start]) else {
            start += 1;
            continue;
        };
        let end = span_end(tags, start);
        // A person's run may open with the role ("Staff Rahm Emanuel" of
        // "Chief of Staff Rahm Emanuel"); an organisation's holds its name
        // before it.
        let from = if label == NerLabel::Org {
            start + 1
        } else {
            start
        };
        let at = (from..end.saturating_sub(1))
            .rev()
            .find(|&t| role(&ws[t]) && ws[t + 1..end].iter().filter(|w| name_word(w)).count() >= 2);
        let Some(t) = at else {
            start = end;
            continue;
        };
        if ws[start..t].iter().any(title_or_office) {
            start = end;
            continue;
        }
        match label {
            NerLabel::Per => {
                for slot in &mut tags[start..=t] {
                    *slot = 0;
                }
                retag(tags, t + 1, end, NerLabel::Per);
            }
            // "Democrat Elizabeth Warren" read as one thing: the person.
            NerLabel::Misc
                if inner_role(&ws[t])
                    && person_after(t + 1, end)
                    && !ws[t + 1..end]
                        .iter()
                        .any(|w| EVENT_WORDS.contains(&w.text.to_lowercase().as_str())) =>
            {
                for slot in &mut tags[start..=t] {
                    *slot = 0;
                }
                retag(tags, t + 1, end, NerLabel::Per);
            }
            NerLabel::Org if inner_role(&ws[t]) && person_after(t + 1, end) => {
                // The organisation is what comes before the role, less the
                // words that qualify the role ("RNC Political Director").
                let mut org_end = t;
                while org_end > start
                    && ROLE_QUALIFIERS.contains(&ws[org_end - 1].text.to_lowercase().as_str())
                {
                    org_end -= 1;
                }
                for slot in &mut tags[org_end..=t] {
                    *slot = 0;
                }
                if org_end > start {
                    retag(tags, start, org_end, NerLabel::Org);
                }
                retag(tags, t + 1, end, NerLabel::Per);
            }
            _ => {}
        }
        start = end;
    }
}

/// Words that open a sentence before a name and are never part of one
/// ("But Congress said", "At Fort Bragg"): conjunctions, articles
/// and prepositions that no given name, and hardly an organisation, begins
/// with (a name the tables know keeps them). Words that may ("Will Smith",
/// "Under Armour", "One Direction") are not here.
const OPENING_WORDS: &[&str] = &[
    "but", "and", "or", "if", "so", "a", "an", "as", "yet", "while", "whereas", "although", "at",
    "in", "on", "from", "with", "by", "during",
];

/// Whether a word that opens a sentence before a name is no part of it
/// ([`OPENING_WORDS`]): capitalised only because the sentence opens with it.
pub(super) fn opening_function_word(word: &str) -> bool {
    OPENING_WORDS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::Span;

    fn ws(text: &str) -> Vec<Word> {
        let mut at = 0;
        text.split(' ')
            .map(|w| {
                let span = Span::new(at, at + w.len());
                at += w.len() + 1;
                Word {
                    span,
                    text: w.to_string(),
                }
            })
            .collect()
    }

    fn tags(spec: &str) -> Vec<usize> {
        spec.split(' ')
            .map(|t| match t {
                "O" => 0,
                t => {
                    let label = match &t[2..] {
                        "PER" => NerLabel::Per,
                        "ORG" => NerLabel::Org,
                        "LOC" => NerLabel::Loc,
                        _ => NerLabel::Misc,
                    };
                    if t.starts_with('B') {
                        Tag::B(label).index()
                    } else {
                        Tag::I(label).index()
                    }
                }
            })
            .collect()
    }

    /// The tags a rule leaves over `text` tagged `before`.
    fn rewrite(rule: fn(&[Word], &mut [usize]), text: &str, before: &str) -> Vec<usize> {
        let mut t = tags(before);
        rule(&ws(text), &mut t);
        t
    }

    /// Each (text, tags before, tags after) as the rule leaves it.
    fn check(rule: fn(&[Word], &mut [usize]), cases: &[(&str, &str, &str)]) {
        for &(text, before, after) in cases {
            assert_eq!(rewrite(rule, text, before), tags(after), "{text}");
        }
    }

    #[test]
    fn a_case_is_one_name() {
        check(
            case_names,
            &[(
                "the case , Wal-Mart Stores v. Dukes , is",
                "O O O B-ORG I-ORG O B-PER O O",
                "O O O B-MISC I-MISC I-MISC I-MISC O O",
            )],
        );
    }

    #[test]
    fn organisations_join_across_of() {
        check(
            joined_organisations,
            &[
                (
                    "the National Association for the Advancement of Colored People said",
                    "O B-ORG I-ORG O O B-ORG I-ORG I-ORG I-ORG O",
                    "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
                ),
                // A place, a nationality or a person stays apart.
                (
                    "Associated General Contractors of America have",
                    "B-ORG I-ORG I-ORG O B-LOC O",
                    "B-ORG I-ORG I-ORG O B-LOC O",
                ),
                (
                    "asked Congress for Ukraine aid",
                    "O B-ORG O B-LOC O",
                    "O B-ORG O B-LOC O",
                ),
                (
                    "the Justice Department of Russian interference",
                    "O B-ORG I-ORG O B-MISC O",
                    "O B-ORG I-ORG O B-MISC O",
                ),
                (
                    "Goldman Sachs of John Smith",
                    "B-ORG I-ORG O B-PER I-PER",
                    "B-ORG I-ORG O B-PER I-PER",
                ),
            ],
        );
    }

    #[test]
    fn a_capitalised_word_and_an_organisation() {
        check(
            coordinated_organisations,
            &[
                (
                    "The Gay and Lesbian Alliance Against Defamation has",
                    "O O O B-ORG I-ORG I-ORG I-ORG O",
                    "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
                ),
                // Not without "the" before it.
                (
                    "said Gay and Lesbian Alliance Against Defamation",
                    "O O O B-ORG I-ORG I-ORG I-ORG",
                    "O O O B-ORG I-ORG I-ORG I-ORG",
                ),
            ],
        );
    }

    #[test]
    fn an_initial_continues_a_name() {
        check(
            names_split_at_initials,
            &[
                (
                    "Theodore J. Boutrous Jr. , a lawyer",
                    "B-PER B-PER I-PER I-PER O O O",
                    "B-PER I-PER I-PER I-PER O O O",
                ),
                (
                    "Theodore J. Boutrous Jr. , a lawyer",
                    "O B-PER I-PER I-PER O O O",
                    "B-PER I-PER I-PER I-PER O O O",
                ),
                // A function word before an initial is no given name.
                ("But J. Smith said", "O B-PER I-PER O", "O B-PER I-PER O"),
            ],
        );
    }

    #[test]
    fn two_names_side_by_side_are_one() {
        check(
            adjacent_people,
            &[
                (
                    "Sen. Kay Bailey Hutchison , R-Texas",
                    "O B-PER B-PER I-PER O O",
                    "O B-PER I-PER I-PER O O",
                ),
                // Two surnames modify a noun; a comma or "and" keeps two
                // people apart.
                (
                    "the Romney Ryan ticket",
                    "O B-PER B-PER O",
                    "O B-PER B-PER O",
                ),
                (
                    "Smith , Jones and Brown",
                    "B-PER O B-PER O B-PER",
                    "B-PER O B-PER O B-PER",
                ),
            ],
        );
    }

    #[test]
    fn a_role_inside_a_name_ends_a_description() {
        check(
            roles_inside_names,
            &[
                (
                    "said Jesuit Father Thomas J. Reese ,",
                    "O B-PER I-PER I-PER I-PER I-PER O",
                    "O O O B-PER I-PER I-PER O",
                ),
                (
                    "former RNC Political Director Gentry Collins .",
                    "O B-ORG I-ORG I-ORG I-ORG I-ORG O",
                    "O B-ORG O O B-PER I-PER O",
                ),
                (
                    "Homeland Security Secretary Janet Napolitano said",
                    "B-ORG I-ORG I-ORG I-ORG I-ORG O",
                    "B-ORG I-ORG O B-PER I-PER O",
                ),
                (
                    "FBI Director James Comey said",
                    "B-ORG I-ORG I-ORG I-ORG O",
                    "B-ORG O B-PER I-PER O",
                ),
                // A title word in an organisation's name is no role.
                (
                    "the Associated General Contractors of America have",
                    "O B-ORG I-ORG I-ORG I-ORG I-ORG O",
                    "O B-ORG I-ORG I-ORG I-ORG I-ORG O",
                ),
                // A title before the role is a title: the run stays.
                (
                    "Vice President Joe Biden said",
                    "B-PER I-PER I-PER I-PER O",
                    "B-PER I-PER I-PER I-PER O",
                ),
            ],
        );
        // A title word that is part of a name is no role.
        for name in [
            "Martin Luther King Jr.",
            "Francis Cardinal George",
            "Julian Bishop QC",
        ] {
            let n = name.split(' ').count();
            let spec = format!("B-PER{} O", " I-PER".repeat(n - 1));
            let text = format!("{name} said");
            assert_eq!(
                rewrite(roles_inside_names, &text, &spec),
                tags(&spec),
                "{name}"
            );
        }
    }

    #[test]
    fn opening_words_that_name_nothing() {
        assert!(opening_function_word("But"));
        assert!(opening_function_word("And"));
        assert!(opening_function_word("At"));
        for name in [
            "The", "Mr", "New", "Will", "Under", "One", "No", "All", "Do", "Said",
        ] {
            assert!(!opening_function_word(name), "{name}");
        }
    }
}
