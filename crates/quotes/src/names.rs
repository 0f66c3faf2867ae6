//! Who a source is: the fullest name the article gives for a person
//! ("Mr. Ortega" → Daniel Ortega), the antecedent of a pronoun, the person a
//! role stands for ("the Iranian foreign minister"), or the fuller phrase a
//! short one repeats ("the commanders" → Nicaraguan Army commanders) —
//! without merging different people who share a name part.

use crosscheck_lexicon::{PlaceForm, places, words};
use crosscheck_text::{TokenKind, tokens};

/// Words that are roles or descriptions, not names, when they open a run of
/// capitalised words ("Iranian Foreign Minister Hossein Amir-Abdollahian"),
/// besides the honorifics ([`words::HONORIFIC_ABBREVIATIONS`]).
const ROLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "defense",
    "defence",
    "interior",
    "secretary",
    "senator",
    "representative",
    "governor",
    "mayor",
    "judge",
    "justice",
    "general",
    "admiral",
    "colonel",
    "captain",
    "commander",
    "chief",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "ayatollah",
    "supreme",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "former",
    "late",
    "deputy",
    "acting",
    "state",
    "army",
    "sir",
    "lord",
    "lady",
    "pope",
    "cardinal",
    "bishop",
    "rabbi",
    "imam",
    "officer",
    "sergeant",
    "lieutenant",
    "major",
    "minister’s",
    "speaker",
    "attorney",
    "senior",
    "top",
    "diplomat",
    "official",
    "military",
    "commanders",
    "adviser",
    "advisor",
    "first",
    "son",
    "daughter",
    "wife",
    "husband",
];

/// How many words of an appositive before a name are kept as its role
/// ("Iran’s foreign minister, Hossein …" → iran’s, foreign, minister).
const APPOSITIVE_ROLE_WORDS: usize = 3;

/// Pronouns that stand for a person.
const PRONOUNS: &[&str] = &["he", "she", "him", "her"];

/// Leading words dropped from a common noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "some", "several", "two", "three", "many", "other", "another",
];

/// A person the article names in full.
#[derive(Debug, Clone)]
struct Person {
    /// As first written in full, roles dropped ("Hossein Amir-Abdollahian").
    name: String,
    /// Its words, folded (lower case, hyphens as spaces).
    folded: Vec<String>,
    /// Lower-case role words seen with it ("iranian", "foreign", "minister").
    roles: Vec<String>,
    /// Byte offset of its first full mention.
    first: usize,
}

fn fold(s: &str) -> Vec<String> {
    s.replace(['-', '‑'], " ")
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_role(w: &str) -> bool {
    let l = w.trim_end_matches('.').to_lowercase();
    ROLE_WORDS.contains(&l.as_str())
        || words::HONORIFIC_ABBREVIATIONS.contains(&l.as_str())
        || (capitalised(w) && is_demonym(&l))
}

/// A nationality adjective ("Iranian", "Nicaraguan", "Chinese", "Iraqi"):
/// a demonym of the place table, or a bloc's ("Soviet", "Western").
fn is_demonym(l: &str) -> bool {
    words::BLOC_ADJECTIVES.contains(&l)
        || places()
            .lookup(l)
            .is_some_and(|(_, form)| form == PlaceForm::Demonym)
}

/// The people of one article, in order of first full mention.
#[derive(Debug, Clone, Default)]
pub struct Names {
    people: Vec<Person>,
    text: String,
}

impl Names {
    /// Collect the full names of `text`.
    pub fn new(text: &str) -> Names {
        let toks = tokens(text);
        let mut people: Vec<Person> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            // A run of capitalised words (titles' stops allowed).
            let mut j = i;
            let mut words: Vec<(usize, &str)> = Vec::new();
            while j < toks.len() {
                let s = toks[j].span.slice(text);
                if toks[j].kind == TokenKind::Word && capitalised(s) {
                    words.push((toks[j].span.start, s));
                    j += 1;
                } else if s == "." && !words.is_empty() && is_role(words[words.len() - 1].1) {
                    j += 1;
                } else {
                    break;
                }
            }
            if words.is_empty() {
                i += 1;
                continue;
            }
            let roles_end = words
                .iter()
                .position(|(_, w)| !is_role(w))
                .unwrap_or(words.len());
            let name_words = &words[roles_end..];
            if name_words.len() >= 2 && name_words.len() <= 4 {
                let start = name_words[0].0;
                let last = name_words[name_words.len() - 1];
                let name = &text[start..last.0 + last.1.len()];
                let folded = fold(name);
                let mut roles: Vec<String> = words[..roles_end]
                    .iter()
                    .map(|(_, w)| w.trim_end_matches('.').to_lowercase())
                    .collect();
                // An appositive role before: "Iran’s foreign minister, Hossein …".
                let before = &text[..words[0].0];
                if let Some(stripped) = before.trim_end().strip_suffix(',') {
                    let clause = stripped
                        .rsplit(['.', ',', ';', '—', '(', '“', '”'])
                        .next()
                        .unwrap_or("");
                    roles.extend(
                        clause
                            .split_whitespace()
                            .rev()
                            .take(APPOSITIVE_ROLE_WORDS)
                            .map(|w| {
                                w.trim_matches(|c: char| !c.is_alphanumeric())
                                    .to_lowercase()
                            }),
                    );
                }
                match people.iter_mut().find(|p| p.folded == folded) {
                    Some(p) => p.roles.extend(roles),
                    None => people.push(Person {
                        name: name.to_string(),
                        folded,
                        roles,
                        first: start,
                    }),
                }
            }
            i = j.max(i + 1);
        }
        Names {
            people,
            text: text.to_string(),
        }
    }

    /// Whether the phrase names or stands for a person the article names.
    pub fn is_person(&self, resolved: &str) -> bool {
        let f = fold(resolved);
        self.people.iter().any(|p| p.folded == f)
    }

    /// The fullest form of a source phrase written at byte `at`; `last` is
    /// the most recent person a source resolved to (for pronouns).
    pub fn resolve(&self, phrase: &str, at: usize, last: Option<&str>) -> Option<String> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        if lower.len() == 1 && PRONOUNS.contains(&lower[0].as_str()) {
            return last.map(str::to_string);
        }
        let known = |p: &&Person| p.first <= at;
        // Capitalised name words, roles and determiners dropped.
        let name: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str()) || is_role(w))
            .collect();
        if !name.is_empty() && name.iter().all(|w| capitalised(w)) {
            let query = fold(&name.join(" "));
            let matches: Vec<&Person> = self
                .people
                .iter()
                .filter(known)
                .filter(|p| p.folded.ends_with(&query) || p.folded == query)
                .collect();
            if query.len() >= 2 {
                // A full name is itself; never another person's.
                return Some(
                    matches
                        .iter()
                        .find(|p| p.folded == query || p.folded.ends_with(&query))
                        .map_or_else(|| name.join(" "), |p| p.name.clone()),
                );
            }
            // A surname alone: the person of that name introduced first.
            return Some(
                matches
                    .first()
                    .map_or_else(|| name.join(" "), |p| p.name.clone()),
            );
        }
        // A role: the person seen with it.
        let head = lower
            .last()?
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        if let Some(p) = self
            .people
            .iter()
            .filter(known)
            .rev()
            .find(|p| p.roles.contains(&head))
        {
            return Some(p.name.clone());
        }
        // A short common phrase: its fuller earlier form.
        if lower
            .first()
            .is_some_and(|w| DETERMINERS.contains(&w.as_str()))
            || words.len() <= 3
        {
            return self.fuller(&head, at);
        }
        None
    }

    /// The first earlier phrase ending in `head` with capitalised words (or
    /// one modifier) before it: "Nicaraguan Army commanders",
    /// "intelligence report".
    fn fuller(&self, head: &str, at: usize) -> Option<String> {
        let text = &self.text[..at.min(self.text.len())];
        let toks = tokens(text);
        for (i, t) in toks.iter().enumerate() {
            if t.span.slice(text).to_lowercase() != head || i == 0 {
                continue;
            }
            let mut s = i;
            while s > 0
                && toks[s - 1].kind == TokenKind::Word
                && capitalised(toks[s - 1].span.slice(text))
                && i - s < 4
            {
                s -= 1;
            }
            if s == i {
                let p = toks[i - 1].span.slice(text);
                if toks[i - 1].kind == TokenKind::Word
                    && !DETERMINERS.contains(&p.to_lowercase().as_str())
                    && p.chars().all(char::is_lowercase)
                    && p.len() > 3
                {
                    s = i - 1;
                } else {
                    continue;
                }
            }
            return Some(text[toks[s].span.start..t.span.end].to_string());
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Nicaraguan President Daniel Ortega met Iran’s foreign minister, Hossein Amir Abdollahian, and senior Nicaraguan Army commanders. The intelligence report says so. Mr. Ortega spoke. Mr. Ortega’s son, Laureano Ortega, spoke too. Later the commanders told the minister.";

    #[test]
    fn role_words_from_the_lexicon() {
        for w in [
            "Iranian",
            "Nicaraguan",
            "Chinese",
            "Soviet",
            "Western",
            "Sen.",
            "Adm.",
            "Mr.",
        ] {
            assert!(is_role(w), "{w}");
        }
        // A demonym is a role only when capitalised; a place is not one.
        assert!(!is_role("iranian") && !is_role("Iran") && !is_role("Ortega"));
    }

    #[test]
    fn surnames_go_to_the_person_introduced_first_and_full_names_stay_apart() {
        let n = Names::new(TEXT);
        let at = TEXT.len();
        assert_eq!(
            n.resolve("Mr. Ortega", at, None).as_deref(),
            Some("Daniel Ortega")
        );
        assert_eq!(
            n.resolve("Laureano Ortega", at, None).as_deref(),
            Some("Laureano Ortega")
        );
        assert_eq!(
            n.resolve("Mr. Amir Abdollahian", at, None).as_deref(),
            Some("Hossein Amir Abdollahian")
        );
        assert_eq!(
            n.resolve("Amir-Abdollahian", at, None).as_deref(),
            Some("Hossein Amir Abdollahian")
        );
    }

    #[test]
    fn roles_pronouns_and_short_phrases() {
        let n = Names::new(TEXT);
        let at = TEXT.len();
        assert_eq!(
            n.resolve("the Iranian foreign minister", at, None)
                .as_deref(),
            Some("Hossein Amir Abdollahian")
        );
        assert_eq!(
            n.resolve("He", at, Some("Laureano Ortega")).as_deref(),
            Some("Laureano Ortega")
        );
        assert_eq!(
            n.resolve("the commanders", at, None).as_deref(),
            Some("Nicaraguan Army commanders")
        );
        assert_eq!(
            n.resolve("the report", at, None).as_deref(),
            Some("intelligence report")
        );
    }
}
