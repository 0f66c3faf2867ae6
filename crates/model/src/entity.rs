//! Named entities: mentions in one article and the entities they are
//! grouped into across a story.

use crate::Span;

/// The type of a named entity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: agency, company, outlet, party, armed group.
    Org,
    /// A geopolitical entity: country, state, city, region with a government.
    Gpe,
    /// A location without a government: continent, sea, mountain range.
    Loc,
    /// Other names: events, nationalities without a country, works, laws.
    Misc,
}

impl EntityKind {
    /// The contract's name (`PERSON`, `ORG`, `GPE`, `LOC`, `MISC`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "PERSON",
            Self::Org => "ORG",
            Self::Gpe => "GPE",
            Self::Loc => "LOC",
            Self::Misc => "MISC",
        }
    }
}

/// One mention of a named entity in an article.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// Index of the article in the story.
    pub article: usize,
    /// Index of the sentence that holds it.
    pub sentence: usize,
    /// Bytes of the article's text.
    pub span: Span,
    /// Its type as tagged (a demonym tagged MISC stays MISC here, though it
    /// belongs to a country's entity).
    pub kind: EntityKind,
}

/// An entity of a story: its mentions across articles under one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The canonical name ("Hossein Amir Abdollahian", "Iran").
    pub name: String,
    /// Its type.
    pub kind: EntityKind,
    /// Every distinct way the story writes it, most frequent first.
    pub aliases: Vec<String>,
    /// Its mentions, in article and text order.
    pub mentions: Vec<Mention>,
}
