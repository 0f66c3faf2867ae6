//! JSON Schemas of the contract's documents, generated from the types.
//!
//! The schemas are committed under `docs/schema/`; a test regenerates them
//! and fails when the committed files differ from the types (set
//! `CROSSCHECK_UPDATE_SCHEMA=1` to rewrite them after changing a type, then
//! review the diff: the contract is extended, never broken).

use schemars::{JsonSchema, Schema, SchemaGenerator, generate::SchemaSettings};

use crate::{
    ArticleDoc, ClusterLine, CompareDocument, EntitiesDocument, ExtractDocument, QuotesDocument,
    ReuseDocument, SearchDocument, StoriesDocument,
};

/// The documents that have a schema, by file stem: `compare` (`compare
/// --format json`), `quotes`, `entities`, `reuse`, `stories` (those
/// commands' JSON), `extract` (`extract --format json`), `article` (one line
/// of `extract`'s JSON Lines), `cluster` (one line of `cluster`'s JSON
/// Lines), `search` (`search --format json`).
pub const SCHEMAS: &[&str] = &[
    "compare", "quotes", "entities", "reuse", "stories", "extract", "article", "cluster", "search",
];

/// The JSON Schema (draft 2020-12) of a document named in [`SCHEMAS`].
pub fn schema_of(name: &str) -> Option<Schema> {
    Some(match name {
        "compare" => generate::<CompareDocument>(),
        "quotes" => generate::<QuotesDocument>(),
        "entities" => generate::<EntitiesDocument>(),
        "reuse" => generate::<ReuseDocument>(),
        "stories" => generate::<StoriesDocument>(),
        "extract" => generate::<ExtractDocument>(),
        "article" => generate::<ArticleDoc>(),
        "cluster" => generate::<ClusterLine>(),
        "search" => generate::<SearchDocument>(),
        _ => return None,
    })
}

fn generate<T: JsonSchema>() -> Schema {
    SchemaGenerator::new(SchemaSettings::draft2020_12()).into_root_schema_for::<T>()
}
