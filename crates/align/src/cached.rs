//! A sentence model whose vectors are remembered: [`CachedEncoder`] answers
//! from the vectors it was given (kept from earlier analyses) and asks the
//! model only for the sentences it has none for, keeping those for the
//! caller to store. A story re-analysed after an article joins asks the
//! model about the new article's sentences, not the story's.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::{EncoderError, SentenceEncoder};

/// A [`SentenceEncoder`] in front of another, with vectors already known.
pub struct CachedEncoder<'a> {
    inner: &'a dyn SentenceEncoder,
    known: HashMap<String, Vec<f32>>,
    fresh: Mutex<HashMap<String, Vec<f32>>>,
    reused: AtomicUsize,
}

impl<'a> CachedEncoder<'a> {
    /// `inner`, answering first from `known` (sentence text → its vector
    /// from `inner`).
    pub fn new(inner: &'a dyn SentenceEncoder, known: HashMap<String, Vec<f32>>) -> Self {
        CachedEncoder {
            inner,
            known,
            fresh: Mutex::new(HashMap::new()),
            reused: AtomicUsize::new(0),
        }
    }

    /// The vectors the model was asked for since this encoder was made (to
    /// be stored for the next analysis).
    pub fn fresh(self) -> HashMap<String, Vec<f32>> {
        self.fresh
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// How many sentences it answered from the vectors it was given.
    pub fn reused(&self) -> usize {
        self.reused.load(Ordering::Relaxed)
    }
}

impl SentenceEncoder for CachedEncoder<'_> {
    fn name(&self) -> String {
        self.inner.name()
    }

    fn encode(&self, sentences: &[&str]) -> Result<Vec<Vec<f32>>, EncoderError> {
        let mut out: Vec<Option<Vec<f32>>> = Vec::with_capacity(sentences.len());
        let mut missing: Vec<&str> = Vec::new();
        {
            let fresh = self
                .fresh
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            for &s in sentences {
                let known = self.known.get(s);
                if known.is_some() {
                    self.reused.fetch_add(1, Ordering::Relaxed);
                }
                let v = known.or_else(|| fresh.get(s)).cloned();
                if v.is_none() {
                    missing.push(s);
                }
                out.push(v);
            }
        }
        missing.sort_unstable();
        missing.dedup();
        if !missing.is_empty() {
            let vectors = self.inner.encode(&missing)?;
            let mut fresh = self
                .fresh
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            for (s, v) in missing.iter().zip(vectors) {
                fresh.insert((*s).to_string(), v);
            }
            for (slot, s) in out.iter_mut().zip(sentences) {
                if slot.is_none() {
                    *slot = fresh.get(*s).cloned();
                }
            }
        }
        out.into_iter()
            .map(|v| v.ok_or_else(|| EncoderError("the model gave too few vectors".to_string())))
            .collect()
    }

    fn prefilter(&self, sentences: &[&str]) -> Result<Option<Vec<Vec<f32>>>, EncoderError> {
        self.inner.prefilter(sentences)
    }

    fn bias(&self, sentences: &[&str]) -> Result<Option<Vec<f32>>, EncoderError> {
        self.inner.bias(sentences)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// A model whose vector of a sentence is its length, counting the
    /// sentences it is asked about.
    struct Counting(AtomicUsize);

    impl SentenceEncoder for Counting {
        fn name(&self) -> String {
            "counting".into()
        }
        fn encode(&self, sentences: &[&str]) -> Result<Vec<Vec<f32>>, EncoderError> {
            self.0.fetch_add(sentences.len(), Ordering::SeqCst);
            Ok(sentences.iter().map(|s| vec![s.len() as f32]).collect())
        }
    }

    #[test]
    fn only_sentences_it_has_no_vector_for_reach_the_model() {
        let model = Counting(AtomicUsize::new(0));
        let known = HashMap::from([("known one".to_string(), vec![9.0])]);
        let cached = CachedEncoder::new(&model, known);
        let got = cached
            .encode(&["known one", "new", "new", "newer"])
            .unwrap();
        assert_eq!(got, [vec![9.0], vec![3.0], vec![3.0], vec![5.0]]);
        assert_eq!(model.0.load(Ordering::SeqCst), 2, "each new sentence once");
        cached.encode(&["new", "known one"]).unwrap();
        assert_eq!(model.0.load(Ordering::SeqCst), 2);
        assert_eq!(cached.reused(), 2);
        let fresh = cached.fresh();
        assert_eq!(fresh.len(), 2);
        assert_eq!(fresh["newer"], [5.0]);
    }
}
