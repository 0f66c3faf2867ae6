//! Shared types of the crosscheck pipeline.
//!
//! Every stage reads and writes these types; none of them does I/O. Offsets in
//! [`Span`] are **byte** offsets into the string they refer to (always on `char`
//! boundaries); the report layer converts them to the `char` offsets of the
//! public contract with [`CharIndex`].
//!
//! ```
//! use crosscheck_model::{CharIndex, Span};
//! let text = "“Hi,” she said.";
//! let span = Span::new(3, 5); // "Hi" (the opening quote is 3 bytes)
//! assert_eq!(span.slice(text), "Hi");
//! let chars = CharIndex::new(text);
//! assert_eq!(chars.char_span(span), (1, 3));
//! ```

mod article;
mod entity;
mod offsets;

pub use article::{Article, ArticleMeta, Origin, Published, Sentence, paragraph_spans};
pub use entity::{Entity, EntityConfidence, EntityKind, Mention, TaggerMargin};
pub use offsets::{CharIndex, Span};
