//! A static embedding distilled from the sentence model (model2vec-style):
//! every word piece of the vocabulary is embedded once by the transformer,
//! alone between `[CLS]` and `[SEP]`; a sentence's vector is then the
//! weighted mean of its pieces' vectors — tens of thousands of sentences per
//! second instead of tens. Weights are inverse document frequencies over the
//! sentences embedded together, so that pieces every sentence has ("the",
//! ".") count for little.
//!
//! It is too coarse to decide a paraphrase, but good enough to say which
//! candidate pairs are worth the transformer's time.

use std::collections::HashMap;
use std::path::Path;

use candle_core::{DType, Device, Tensor};
use tokenizers::Tokenizer;

use crate::{EmbedError, Model, io};

/// The distilled table's file in the model directory (derived locally, so
/// not in `SHA256SUMS`; written atomically, rebuilt when unreadable).
pub(crate) const FILE: &str = "distilled.safetensors";
/// Word pieces embedded together while distilling.
const BATCH: usize = 512;

/// The distilled table: one unit vector per word piece.
pub struct Distilled {
    table: Vec<f32>,
    dim: usize,
    tokenizer: Tokenizer,
}

impl std::fmt::Debug for Distilled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Distilled")
            .field("pieces", &(self.table.len() / self.dim.max(1)))
            .field("dim", &self.dim)
            .finish_non_exhaustive()
    }
}

fn model_error(e: impl std::fmt::Display) -> EmbedError {
    EmbedError::Model(e.to_string())
}

impl Distilled {
    /// Read the table from `dir`, or distil it from `model` and write it
    /// there (about a minute, once).
    pub(crate) fn load_or_build(dir: &Path, model: &Model) -> Result<Distilled, EmbedError> {
        let path = dir.join(FILE);
        let table = match candle_core::safetensors::load(&path, &Device::Cpu)
            .ok()
            .and_then(|mut t| t.remove("pieces"))
        {
            Some(t) => t,
            None => {
                tracing::info!("distilling the static embedding from the sentence model, once");
                let t = distil(model)?;
                let staging = dir.join(format!(".{FILE}.partial"));
                candle_core::safetensors::save(&HashMap::from([("pieces", t.clone())]), &staging)
                    .map_err(|e| io(&staging, e))?;
                std::fs::rename(&staging, &path).map_err(|e| io(&path, e))?;
                t
            }
        };
        let (_, dim) = table.dims2().map_err(model_error)?;
        let mut tokenizer = model.tokenizer.clone();
        tokenizer.with_padding(None);
        Ok(Distilled {
            table: centred(
                table
                    .flatten_all()
                    .and_then(|t| t.to_vec1::<f32>())
                    .map_err(model_error)?,
                dim,
            ),
            dim,
            tokenizer,
        })
    }

    /// One L2-normalised vector per sentence (all zeros for a sentence with
    /// no word piece).
    pub fn embed(&self, sentences: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let encodings = self
            .tokenizer
            .encode_batch(sentences.to_vec(), false)
            .map_err(model_error)?;
        let pieces = self.table.len() / self.dim;
        let ids: Vec<Vec<u32>> = encodings
            .iter()
            .map(|e| {
                let mut ids: Vec<u32> = e
                    .get_ids()
                    .iter()
                    .copied()
                    .filter(|&i| (i as usize) < pieces)
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            })
            .collect();
        let mut df: HashMap<u32, usize> = HashMap::new();
        for i in ids.iter().flatten() {
            *df.entry(*i).or_default() += 1;
        }
        let n = sentences.len() as f32;
        Ok(ids
            .iter()
            .map(|ids| {
                let mut v = vec![0f32; self.dim];
                for &i in ids {
                    let w = (1.0 + n / df[&i] as f32).ln();
                    let row = &self.table[i as usize * self.dim..(i as usize + 1) * self.dim];
                    for (x, r) in v.iter_mut().zip(row) {
                        *x += w * r;
                    }
                }
                let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|x| *x /= norm);
                }
                v
            })
            .collect())
    }
}

/// Every word piece through the transformer, alone: `[CLS] piece [SEP]`,
/// mean-pooled and normalised as a sentence is.
fn distil(model: &Model) -> Result<Tensor, EmbedError> {
    let vocab = model.tokenizer.get_vocab_size(true) as u32;
    let cls = model.tokenizer.token_to_id("[CLS]").unwrap_or(101);
    let sep = model.tokenizer.token_to_id("[SEP]").unwrap_or(102);
    let mut rows = Vec::new();
    let ids: Vec<u32> = (0..vocab).collect();
    for chunk in ids.chunks(BATCH) {
        let flat: Vec<u32> = chunk.iter().flat_map(|&i| [cls, i, sep]).collect();
        let input = Tensor::from_vec(flat, (chunk.len(), 3), &model.device).map_err(model_error)?;
        let mask = input.ones_like().map_err(model_error)?;
        rows.push(model.pooled(&input, &mask).map_err(model_error)?);
    }
    Tensor::cat(&rows, 0)
        .and_then(|t| t.to_dtype(DType::F32))
        .map_err(model_error)
}

/// The table with its mean vector removed and each row renormalised: the
/// pieces' vectors share a large common direction that would make every two
/// sentences look alike.
fn centred(mut table: Vec<f32>, dim: usize) -> Vec<f32> {
    let rows = table.len() / dim.max(1);
    let mut mean = vec![0f32; dim];
    for row in table.chunks(dim) {
        mean.iter_mut().zip(row).for_each(|(m, x)| *m += x);
    }
    mean.iter_mut().for_each(|m| *m /= rows.max(1) as f32);
    for row in table.chunks_mut(dim) {
        row.iter_mut().zip(&mean).for_each(|(x, m)| *x -= m);
        let norm = row.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            row.iter_mut().for_each(|x| *x /= norm);
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::centred;

    #[test]
    fn centring_removes_the_common_direction_and_renormalises() {
        // Two rows sharing a large common component (1, 1).
        let t = centred(vec![1.0, 1.2, 1.2, 1.0], 2);
        let dot = t[0] * t[2] + t[1] * t[3];
        assert!(dot < -0.99, "opposite once the mean is gone: {t:?}");
        for row in t.chunks(2) {
            let norm = (row[0] * row[0] + row[1] * row[1]).sqrt();
            assert!((norm - 1.0).abs() < 1e-5);
        }
    }
}
