//! The contract's ids: `a1` (article), `a1.s3` (sentence), `e2` (entity),
//! `q4` (quotation). Inside, everything is a 0-based index; these newtypes
//! are the one place an index becomes an id.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

/// Serialises an id as the string its `Display` gives, and describes it in
/// the schema as a string of that pattern.
macro_rules! string_id {
    ($name:ident, $pattern:literal, $description:literal) => {
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    "pattern": $pattern,
                    "description": $description,
                })
            }
        }
    };
}

/// An article of the story: `a1`, `a2`, … in input order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleId(pub usize);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a{}", self.0 + 1)
    }
}

string_id!(
    ArticleId,
    "^a[1-9][0-9]*$",
    "An article of the story: a1, a2, … in input order."
);

/// A sentence of an article: `a1.s1`, `a1.s2`, … in text order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceId {
    /// The article (index in the story).
    pub article: usize,
    /// The sentence (index in the article).
    pub sentence: usize,
}

impl SentenceId {
    /// Sentence `sentence` of article `article` (both indexes).
    pub fn new(article: usize, sentence: usize) -> Self {
        SentenceId { article, sentence }
    }
}

impl fmt::Display for SentenceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a{}.s{}", self.article + 1, self.sentence + 1)
    }
}

string_id!(
    SentenceId,
    "^a[1-9][0-9]*\\.s[1-9][0-9]*$",
    "A sentence: a1.s1 is the first sentence of the first article."
);

/// An entity of the story: `e1`, `e2`, … by first mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub usize);

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "e{}", self.0 + 1)
    }
}

string_id!(
    EntityId,
    "^e[1-9][0-9]*$",
    "An entity of the story: e1, e2, … by first mention."
);

/// A direct quotation: `q1`, `q2`, … numbered across the articles in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuoteId(pub usize);

impl fmt::Display for QuoteId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "q{}", self.0 + 1)
    }
}

string_id!(
    QuoteId,
    "^q[1-9][0-9]*$",
    "A direct quotation: q1, q2, … numbered across the articles in order."
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_count_from_one() {
        assert_eq!(ArticleId(0).to_string(), "a1");
        assert_eq!(SentenceId::new(1, 9).to_string(), "a2.s10");
        assert_eq!(EntityId(2).to_string(), "e3");
        assert_eq!(QuoteId(0).to_string(), "q1");
        assert_eq!(
            serde_json::to_string(&SentenceId::new(0, 0)).unwrap(),
            "\"a1.s1\""
        );
    }
}
