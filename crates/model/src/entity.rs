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
    /// How far the tagger's reading of the name was ahead of its best other
    /// reading; `None` where a rule or a list, not the tagger alone, made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub margin: Option<TaggerMargin>,
}

/// The tagger's margin for a name: its best sequence's score less the best
/// score of a sequence that reads one of the name's words (or a word beside
/// it) otherwise, in tenths of the tagger's score units.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct TaggerMargin(u16);

impl TaggerMargin {
    /// From a score difference (negative and not-a-number read as zero,
    /// large ones saturate).
    pub fn from_score(score: f32) -> Self {
        let tenths = (score * 10.0).round();
        Self(if tenths.is_nan() || tenths <= 0.0 {
            0
        } else if tenths >= f32::from(u16::MAX) {
            u16::MAX
        } else {
            tenths as u16
        })
    }

    /// The margin in the tagger's score units.
    pub fn score(self) -> f32 {
        f32::from(self.0) / 10.0
    }
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
    /// Whether the report asserts it, or shows it as possible only.
    pub confidence: EntityConfidence,
}

/// How sure the reading of an entity is: its type, its extent and that it
/// names something at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityConfidence {
    /// A rule or a list named it, or the tagger read it clearly, over all
    /// its mentions: asserted.
    Asserted,
    /// The tagger all but read it otherwise (another type, other words, or
    /// no name): shown as possible, not asserted.
    Possible,
}

impl EntityConfidence {
    /// The contract's word (`asserted`, `possible`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Asserted => "asserted",
            Self::Possible => "possible",
        }
    }
}
