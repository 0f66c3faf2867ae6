//! Named-entity recognition: a feature-based tagger (averaged structured
//! perceptron, Viterbi over BIO tags) trained on CoNLL-2003 English. The
//! weights the product uses are committed (`model/ner.bin.gz`) with the
//! command and data hashes that reproduce them (`model/ner.json`).

pub mod conll;
pub mod features;
pub mod model;
pub mod tags;
pub mod train;

use std::sync::LazyLock;

pub use model::{Model, ModelError, TAGS};
pub use tags::{Labels, NerLabel, Tag};

static BUILT_IN: LazyLock<Model> = LazyLock::new(|| {
    Model::from_bytes(include_bytes!("../../model/ner.bin.gz"))
        .expect("the committed tagger model is readable")
});

/// The committed tagger.
pub fn built_in() -> &'static Model {
    &BUILT_IN
}

/// Tag a document: for each sentence (a list of words) the tag index of
/// each word.
pub fn tag_document<S: AsRef<str>>(model: &Model, sentences: &[Vec<S>]) -> Vec<Vec<usize>> {
    each_sentence(sentences, |features| model.decode::<NerLabel>(features))
}

/// As [`tag_document`], with each word's margin: how far the tagger's choice
/// of its tag is ahead of the best other choice.
pub fn tag_document_with_margins<S: AsRef<str>>(
    model: &Model,
    sentences: &[Vec<S>],
) -> Vec<(Vec<usize>, Vec<f32>)> {
    each_sentence(sentences, |features| {
        model.decode_with_margins::<NerLabel>(features)
    })
}

/// `decode` over each sentence's features, read in the document's context.
fn each_sentence<S: AsRef<str>, T>(
    sentences: &[Vec<S>],
    decode: impl Fn(&[Vec<u64>]) -> T,
) -> Vec<T> {
    let context = features::DocumentContext::new(sentences);
    sentences
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.iter().map(AsRef::as_ref).collect();
            decode(&features::sentence_features(&words, &context))
        })
        .collect()
}
