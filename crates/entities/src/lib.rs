//! Entities of crosscheck: who and what each article names.
//!
//! - [`ner`]: the named-entity tagger (trained on CoNLL-2003; the weights are
//!   committed) and its training and scoring.

pub mod ner;
