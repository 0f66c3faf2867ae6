//! Entities of crosscheck: who and what each article names, and the same
//! entity across a story's articles.
//!
//! - [`ner`]: the named-entity tagger (trained on CoNLL-2003; the weights are
//!   committed) and its training and scoring.
//! - [`mentions`]: one article's mentions with offsets and contract types.
//! - [`aliases`]: mentions grouped into entities within and across articles.

pub mod aliases;
pub mod mentions;
pub mod ner;
mod roles;

pub use aliases::group;
pub use mentions::{mentions, mentions_with};
