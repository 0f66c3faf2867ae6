//! Role descriptions that stand for a person: "Iran's foreign minister",
//! "Iranian Foreign Minister", "Iran's top diplomat". A description is
//! equated with a person where the article puts them side by side ("Iran's
//! foreign minister, Hossein Amir Abdollahian"; "Hossein Amir-Abdollahian,
//! Iran's foreign minister"; "Nicaraguan President Daniel Ortega"); elsewhere
//! it is a mention of the one person the story equates with the same role of
//! the same country (roles of one meaning share a name: a top diplomat is a
//! foreign minister).

use crosscheck_lexicon::{PlaceForm, PlaceKind, places};
use crosscheck_model::{Article, EntityKind, Mention, Span};
use crosscheck_text::TextFeatures;

/// Role phrases (lower-case words) and the role they name, longest first.
const ROLES: &[(&[&str], &str)] = &[
    (&["secretary", "of", "state"], "foreign minister"),
    (&["secretary", "of", "defense"], "defense minister"),
    (&["foreign", "minister"], "foreign minister"),
    (&["foreign", "secretary"], "foreign minister"),
    (&["top", "diplomat"], "foreign minister"),
    (&["chief", "diplomat"], "foreign minister"),
    (&["defense", "minister"], "defense minister"),
    (&["defence", "minister"], "defense minister"),
    (&["defense", "secretary"], "defense minister"),
    (&["defence", "secretary"], "defense minister"),
    (&["interior", "minister"], "interior minister"),
    (&["finance", "minister"], "finance minister"),
    (&["treasury", "secretary"], "finance minister"),
    (&["vice", "president"], "vice president"),
    (&["prime", "minister"], "prime minister"),
    (&["supreme", "leader"], "supreme leader"),
    (&["president"], "president"),
    (&["premier"], "prime minister"),
];

/// A role description found in an article.
#[derive(Debug, Clone)]
pub(crate) struct RoleMention {
    /// The description as a person mention.
    pub mention: Mention,
    /// The country whose role it is.
    pub country: &'static str,
    /// The role, by its common name.
    pub role: &'static str,
    /// The person mention (an index into the mentions given) it is equated
    /// with, when the article puts them side by side.
    pub equated: Option<usize>,
    /// Whether it runs into that person's mention or is written right before
    /// it as a title ("Nicaraguan President" of "President Daniel Ortega" or
    /// of "Daniel Ortega"): it equates, but is not a mention of its own.
    pub overlaps: bool,
}

struct Word {
    span: Span,
    lower: String,
}

/// The country a word names, as a possessive ("Iran's") or a demonym
/// ("Iranian").
fn country_of(word: &str) -> Option<&'static str> {
    let bare = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .map(|b| (b, true))
        .unwrap_or((word, false));
    let (place, form) = places().lookup(bare.0)?;
    if place.kind != PlaceKind::Country {
        return None;
    }
    match (form, bare.1) {
        (PlaceForm::Name | PlaceForm::Seat, true) | (PlaceForm::Demonym, false) => Some(place.name),
        _ => None,
    }
}

/// The role descriptions of an article; `mentions` are the mentions of the
/// story (only this article's people are looked at).
pub(crate) fn find(
    article: &Article,
    features: &TextFeatures,
    index: usize,
    mentions: &[&Mention],
) -> Vec<RoleMention> {
    let mut out = Vec::new();
    for (s, sentence) in article.sentences.iter().enumerate() {
        let words: Vec<Word> = features
            .tokens_in(sentence.span)
            .iter()
            .map(|t| Word {
                span: t.span,
                lower: article.slice(t.span).to_lowercase(),
            })
            .collect();
        let mut i = 0;
        while i < words.len() {
            // The country: one word ("Iran's", "Iranian") or two ("Saudi
            // Arabia's", "South Korean").
            let first = article.slice(words[i].span);
            let opens = first.chars().next().is_some_and(char::is_uppercase)
                && !first.eq_ignore_ascii_case("the");
            let head = (1..=2).rev().filter(|_| opens).find_map(|n| {
                let last = words.get(i + n - 1)?;
                let written = &article.text[words[i].span.start..last.span.end];
                country_of(written).map(|c| (c, n))
            });
            let Some((country, head_len)) = head else {
                i += 1;
                continue;
            };
            let after = i + head_len;
            let found = ROLES.iter().find(|(pattern, _)| {
                words.len() >= after + pattern.len()
                    && pattern
                        .iter()
                        .zip(&words[after..])
                        .all(|(p, w)| *p == w.lower)
            });
            let Some((pattern, role)) = found else {
                i += 1;
                continue;
            };
            let end = words[after + pattern.len() - 1].span.end;
            let span = Span::new(words[i].span.start, end);
            let people = mentions.iter().enumerate().filter(|(_, m)| {
                m.article == index && m.sentence == s && m.kind == EntityKind::Person
            });
            let mut equated = None;
            let mut overlaps = false;
            for (k, m) in people {
                let joined = |from: usize, to: usize| {
                    from <= to
                        && article.text[from..to]
                            .chars()
                            .all(|c| c == ',' || c.is_whitespace())
                        && article.text[from..to].chars().filter(|c| *c == ',').count() <= 1
                };
                let inside = span.start < m.span.start && m.span.start < span.end;
                // Written before the name as its title ("Nicaraguan
                // President Daniel Ortega"): part of that mention.
                let before = span.end <= m.span.start
                    && article.text[span.end..m.span.start]
                        .chars()
                        .all(char::is_whitespace);
                if inside || joined(span.end, m.span.start) || joined(m.span.end, span.start) {
                    equated = Some(k);
                    overlaps = inside || before;
                    break;
                }
            }
            out.push(RoleMention {
                mention: Mention {
                    article: index,
                    sentence: s,
                    span,
                    kind: EntityKind::Person,
                    margin: None,
                },
                country,
                role,
                equated,
                overlaps,
            });
            i = after + pattern.len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{ArticleMeta, Origin};

    #[test]
    fn roles_are_found_and_equated() {
        let mut a = Article::from_text(
            Origin::default(),
            ArticleMeta::default(),
            "The delegation, led by Iran’s foreign minister, Hossein Amir Abdollahian, met them. Iran’s top diplomat left.".into(),
        );
        crosscheck_text::segment(&mut a);
        let start = a.text.find("Hossein").unwrap();
        let person = Mention {
            article: 0,
            sentence: 0,
            span: Span::new(start, start + "Hossein Amir Abdollahian".len()),
            kind: EntityKind::Person,
            margin: None,
        };
        let roles = find(&a, &TextFeatures::of_article(&a), 0, &[&person]);
        assert_eq!(roles.len(), 2, "{roles:?}");
        assert_eq!(a.slice(roles[0].mention.span), "Iran’s foreign minister");
        assert_eq!(
            (roles[0].country, roles[0].role),
            ("Iran", "foreign minister")
        );
        assert_eq!(roles[0].equated, Some(0));
        assert_eq!(a.slice(roles[1].mention.span), "Iran’s top diplomat");
        assert_eq!(roles[1].role, "foreign minister");
        assert_eq!(roles[1].equated, None);
    }
}
