//! The attribution tagger of the quotes stage ([`crosscheck_quotes::learned`])
//! trained on PolNeAR train — the last tenth of train chooses the epoch, dev
//! stays for reporting — and, for comparison, its attributions on their own
//! (the `--learned` flag of `crosscheck-dev eval polnear`).

use std::path::Path;

use crosscheck_entities::ner::{self, conll, train};
use crosscheck_model::{Article, ArticleMeta, CharIndex, Origin, Span};
use crosscheck_quotes::learned::{self, Role};
use serde_json::Value;

use crate::{EvalError, read_jsonl};

fn article(text: &str) -> Article {
    let mut article =
        Article::from_text(Origin::default(), ArticleMeta::default(), text.to_string());
    crosscheck_text::segment(&mut article);
    article
}

/// A PolNeAR record as a tagged document.
fn document(record: &Value) -> conll::Document {
    let a = article(record["text"].as_str().unwrap_or_default());
    let mut fragments = Vec::new();
    for (n, attribution) in record["attributions"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        for (r, (name, role)) in [
            ("source", Role::Source),
            ("cue", Role::Cue),
            ("content", Role::Content),
        ]
        .into_iter()
        .enumerate()
        {
            for (k, f) in attribution[name]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
            {
                let (Some(s), Some(e)) = (f["bstart"].as_u64(), f["bend"].as_u64()) else {
                    continue;
                };
                fragments.push((
                    Span::new(s as usize, e as usize),
                    role,
                    (n * 3 + r) * 100 + k,
                ));
            }
        }
    }
    learned::training_document(&a, &fragments)
}

/// The training data: PolNeAR train's documents, split into the part
/// trained on and the last tenth that chooses the epoch.
pub fn training_data(
    bench: &Path,
) -> Result<(Vec<conll::Document>, Vec<conll::Document>), EvalError> {
    let mut docs: Vec<conll::Document> = read_jsonl(&bench.join("polnear/train.jsonl"))?
        .iter()
        .map(document)
        .collect();
    let valid = docs.split_off(docs.len() - docs.len() / 10);
    Ok((docs, valid))
}

/// Cue words: tagged as cue at least this often…
const CUE_MIN_COUNT: usize = 3;
/// …and in at least this share of their occurrences.
const CUE_MIN_SHARE: f64 = 0.2;

/// Train the attribution tagger; also returns the cue words it learned from
/// the training part (they are part of the model).
pub fn train_tagger(
    bench: &Path,
    options: train::Options,
    progress: impl FnMut(train::Epoch),
) -> Result<(ner::Model, train::Epoch, learned::Cues), EvalError> {
    let (train_docs, valid_docs) = training_data(bench)?;
    let cues = learned::Cues::learn(&train_docs, CUE_MIN_COUNT, CUE_MIN_SHARE);
    let (model, best) = train::train_with(
        &train_docs,
        &valid_docs,
        options,
        &|doc: &conll::Document| learned::document_features(doc, &cues),
        progress,
    );
    Ok((model, best, cues))
}

/// Character-offset fragments.
pub(crate) type Frags = Vec<(usize, usize)>;

/// The tagger's attributions on their own, in character offsets: (source,
/// cue, content).
pub(crate) fn predict(model: &ner::Model, text: &str) -> Vec<(Frags, Frags, Frags)> {
    let a = article(text);
    let index = CharIndex::new(&a.text);
    let chars = |spans: &[Span]| spans.iter().map(|s| index.char_span(*s)).collect();
    learned::tag(model, &a, &crosscheck_text::TextFeatures::of_article(&a))
        .iter()
        .map(|f| (chars(&f.source), chars(&f.cue), chars(&f.content)))
        .collect()
}
