//! A sentence-bias classifier fine-tuned from the sentence model: its top
//! layers trained on BABE's expert labels, with a linear head on their
//! mean-pooled output. The lower layers stay as published, so what they
//! compute for a sentence ([`Lower`]) is computed once for training (the
//! pipeline computes it again for the sentences it asks about: the
//! alignment's embeddings are not kept); only how training changed the top
//! layers, and the head, are stored (a few megabytes, committed with the
//! project), and applied to the published weights [`crate::setup`] fetched.
//!
//! Training is deterministic for given data and [`TrainOptions`]: the order
//! of the examples is shuffled by a seeded generator, the head starts at
//! zero, and dropout (when asked for) draws its masks from a seeded
//! generator too.

use std::collections::HashMap;
use std::io::{Read, Write};

use candle_core::{DType, Tensor, Var};
use candle_nn::{AdamW, Optimizer, ParamsAdamW};

use crate::bert::{Dropout, Encoder, LAYER_TENSORS, Layer, Mode, device, mean_pool};
use crate::{EmbedError, Model, by_length};

/// The head trained by `crosscheck-dev train bias-head` (manifest
/// `model/bias-head.json`): how BABE changed the top layers of the published
/// model, and the linear head.
pub const SHIPPED: &[u8] = include_bytes!("../model/bias-head.safetensors.gz");

/// What the lower layers give for one sentence: `tokens` word pieces of
/// `hidden` values each, row after row.
#[derive(Debug, Clone, PartialEq)]
pub struct Lower {
    /// Word pieces, with the markers the model adds.
    pub tokens: usize,
    /// `tokens × hidden` values.
    pub values: Vec<f32>,
}

/// How the head is trained.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainOptions {
    /// Top layers trained (the others are used as published).
    pub top: usize,
    /// Passes over the data.
    pub epochs: usize,
    /// Examples per step.
    pub batch: usize,
    /// Peak learning rate of the layers (warmed up over the first tenth of
    /// the steps, then decayed linearly to a last step at
    /// 1 / (steps after warm-up) of it).
    pub layer_rate: f64,
    /// Peak learning rate of the head.
    pub head_rate: f64,
    /// AdamW weight decay (on every trained tensor, biases and layer norms
    /// included).
    pub weight_decay: f64,
    /// Seed of the shuffle (and of the dropout masks).
    pub seed: u64,
    /// Dropout while training, on the attention probabilities, each
    /// sublayer's output and the pooled vector (0: none).
    pub dropout: f32,
}

impl Default for TrainOptions {
    /// The options the shipped head was trained with (the number of layers
    /// chosen on fold 1 of BABE, `crosscheck-dev eval babe-tuned`: macro F1
    /// 0.779 with two, 0.794 with three, 0.800 with four; the others as
    /// commonly used).
    fn default() -> TrainOptions {
        TrainOptions {
            top: 4,
            epochs: 3,
            batch: 16,
            layer_rate: 5e-5,
            head_rate: 1e-3,
            weight_decay: 0.01,
            seed: 42,
            dropout: 0.0,
        }
    }
}

/// The trained top layers and head.
pub struct BiasHead {
    /// Index of the first trained layer.
    from: usize,
    layers: Vec<Layer>,
    /// `[2, hidden]`: logits of "not biased" and "biased".
    weight: Tensor,
    bias: Tensor,
}

impl std::fmt::Debug for BiasHead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BiasHead")
            .field("from", &self.from)
            .field("layers", &self.layers.len())
            .finish_non_exhaustive()
    }
}

fn model_error(e: impl std::fmt::Display) -> EmbedError {
    EmbedError::Model(e.to_string())
}

/// Sentences run through the lower layers together.
const LOWER_BATCH: usize = 8;
/// Sentences classified together.
const CLASSIFY_BATCH: usize = 16;

impl Model {
    /// What the first `layers` layers give for each sentence (batched by
    /// length; in the order given).
    pub fn lower(&self, sentences: &[&str], layers: usize) -> Result<Vec<Lower>, EmbedError> {
        let lengths: Vec<usize> = sentences.iter().map(|s| s.len()).collect();
        by_length(&lengths, LOWER_BATCH, |chunk| {
            let batch: Vec<&str> = chunk.iter().map(|&i| sentences[i]).collect();
            self.lower_batch(&batch, layers).map_err(model_error)
        })
    }

    fn lower_batch(
        &self,
        batch: &[&str],
        layers: usize,
    ) -> Result<Vec<Lower>, Box<dyn std::error::Error + Send + Sync>> {
        let (ids, mask) = self.tokenize(batch)?;
        let hidden = self.encoder.forward(&ids, &mask, layers)?;
        let lengths: Vec<u32> = mask.sum(1)?.to_vec1()?;
        let mut out = Vec::with_capacity(batch.len());
        for (k, &n) in lengths.iter().enumerate() {
            let n = n as usize;
            let values = hidden.get(k)?.narrow(0, 0, n)?.flatten_all()?.to_vec1()?;
            out.push(Lower { tokens: n, values });
        }
        Ok(out)
    }

    /// The number of layers of the sentence model.
    pub fn layers(&self) -> usize {
        self.encoder.layers.len()
    }
}

/// 8-bit levels of a tensor of small values: `round(x / scale) + 128` as
/// bytes, with `scale` (a one-element tensor) the largest magnitude over 127.
fn quantise(x: &Tensor) -> candle_core::Result<(Tensor, Tensor)> {
    let largest: f32 = x.abs()?.max_all()?.to_scalar()?;
    let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
    let q = (x / f64::from(scale))?
        .round()?
        .clamp(-127f32, 127f32)?
        .affine(1.0, 128.0)?
        .to_dtype(DType::U8)?;
    Ok((q, Tensor::new(&[scale], &device())?))
}

/// The inverse of [`quantise`].
fn dequantise(q: &Tensor, scale: &Tensor) -> candle_core::Result<Tensor> {
    q.to_dtype(DType::F32)?
        .affine(1.0, -128.0)?
        .broadcast_mul(scale)
}

/// A padded batch of lower outputs: `[batch, tokens, hidden]` and the mask.
fn pad(lowers: &[&Lower], hidden: usize) -> candle_core::Result<(Tensor, Tensor)> {
    if let Some(l) = lowers.iter().find(|l| l.values.len() != l.tokens * hidden) {
        candle_core::bail!(
            "a sentence's lower output has {} values for {} word pieces of {hidden}",
            l.values.len(),
            l.tokens
        );
    }
    let longest = lowers.iter().map(|l| l.tokens).max().unwrap_or(0).max(1);
    let mut values = vec![0f32; lowers.len() * longest * hidden];
    let mut mask = vec![0u32; lowers.len() * longest];
    for (k, l) in lowers.iter().enumerate() {
        let at = k * longest * hidden;
        values[at..at + l.values.len()].copy_from_slice(&l.values);
        mask[k * longest..k * longest + l.tokens].fill(1);
    }
    let device = device();
    Ok((
        Tensor::from_vec(values, (lowers.len(), longest, hidden), &device)?,
        Tensor::from_vec(mask, (lowers.len(), longest), &device)?,
    ))
}

impl BiasHead {
    fn logits(
        &self,
        x: &Tensor,
        mask: &Tensor,
        mode: Mode,
        dropout: Option<&Dropout>,
    ) -> candle_core::Result<Tensor> {
        let additive = Encoder::attention_mask(mask)?;
        let mut x = x.clone();
        for layer in &self.layers {
            x = layer.forward_dropping(&x, &additive, mode, dropout)?;
        }
        let pooled = Dropout::in_mode(dropout, mode, mean_pool(&x, mask)?)?;
        pooled.matmul(&self.weight.t()?)?.broadcast_add(&self.bias)
    }

    /// The index of the first layer this head replaces: [`Model::lower`]
    /// is called with it.
    pub fn from_layer(&self) -> usize {
        self.from
    }

    /// The probability that each sentence is biased, from what the lower
    /// layers gave for it.
    pub fn probabilities(&self, lowers: &[Lower]) -> Result<Vec<f32>, EmbedError> {
        let hidden = self.weight.dim(1).map_err(model_error)?;
        let lengths: Vec<usize> = lowers.iter().map(|l| l.tokens).collect();
        by_length(
            &lengths,
            CLASSIFY_BATCH,
            |chunk| -> candle_core::Result<Vec<f32>> {
                let batch: Vec<&Lower> = chunk.iter().map(|&i| &lowers[i]).collect();
                let (x, mask) = pad(&batch, hidden)?;
                let logits = self.logits(&x, &mask, Mode::Inference, None)?;
                candle_nn::ops::softmax_last_dim(&logits)?
                    .narrow(1, 1, 1)?
                    .flatten_all()?
                    .to_vec1()
            },
        )
        .map_err(model_error)
    }

    /// Train the top `options.top` layers of `model` and a head on
    /// `lowers` (from [`Model::lower`] with `model.layers() - options.top`
    /// layers) and their labels.
    pub fn train(
        model: &Model,
        lowers: &[Lower],
        labels: &[bool],
        options: &TrainOptions,
    ) -> Result<BiasHead, EmbedError> {
        Self::train_inner(model, lowers, labels, options).map_err(model_error)
    }

    fn train_inner(
        model: &Model,
        lowers: &[Lower],
        labels: &[bool],
        options: &TrainOptions,
    ) -> candle_core::Result<BiasHead> {
        let device = device();
        let all = model.encoder.layers.len();
        let from = all - options.top.min(all);
        let hidden = model.encoder.hidden;
        let mut layer_vars = Vec::new();
        let mut layers = Vec::new();
        for layer in &model.encoder.layers[from..] {
            let (l, v) = layer.trainable()?;
            layers.push(l);
            layer_vars.extend(v);
        }
        let weight = Var::zeros((2, hidden), DType::F32, &device)?;
        let bias = Var::zeros(2, DType::F32, &device)?;
        let mut head = BiasHead {
            from,
            layers,
            weight: weight.as_tensor().clone(),
            bias: bias.as_tensor().clone(),
        };
        let params = |lr: f64| ParamsAdamW {
            lr,
            weight_decay: options.weight_decay,
            ..ParamsAdamW::default()
        };
        let mut layer_opt = AdamW::new(layer_vars.clone(), params(options.layer_rate))?;
        let mut head_opt = AdamW::new(
            vec![weight.clone(), bias.clone()],
            params(options.head_rate),
        )?;
        if !(0.0..1.0).contains(&options.dropout) {
            candle_core::bail!(
                "dropout must be at least 0 and below 1, not {}",
                options.dropout
            );
        }
        let mut rng = fastrand::Rng::with_seed(options.seed);
        let dropout = (options.dropout > 0.0).then(|| Dropout {
            p: options.dropout,
            rng: std::cell::RefCell::new(fastrand::Rng::with_seed(options.seed ^ 0x5eed)),
        });
        let mut order: Vec<usize> = (0..lowers.len()).collect();
        let steps_per_epoch = lowers.len().div_ceil(options.batch.max(1));
        let total = (steps_per_epoch * options.epochs).max(1);
        let warm = (total / 10).max(1);
        let mut step = 0usize;
        for _ in 0..options.epochs {
            rng.shuffle(&mut order);
            for chunk in order.chunks(options.batch.max(1)) {
                let scale = if step < warm {
                    (step + 1) as f64 / warm as f64
                } else {
                    (total - step) as f64 / (total - warm).max(1) as f64
                };
                layer_opt.set_learning_rate(options.layer_rate * scale);
                head_opt.set_learning_rate(options.head_rate * scale);
                let batch: Vec<&Lower> = chunk.iter().map(|&i| &lowers[i]).collect();
                let (x, mask) = pad(&batch, hidden)?;
                let targets: Vec<u32> = chunk.iter().map(|&i| u32::from(labels[i])).collect();
                let targets = Tensor::new(targets.as_slice(), &device)?;
                let logits = head.logits(&x, &mask, Mode::Training, dropout.as_ref())?;
                let loss = candle_nn::loss::cross_entropy(&logits, &targets)?;
                let grads = loss.backward()?;
                layer_opt.step(&grads)?;
                head_opt.step(&grads)?;
                step += 1;
            }
        }
        // Detach: the trained values, no longer variables.
        let base = &model.encoder.layers[from..];
        head.layers = head
            .layers
            .iter()
            .zip(base)
            .map(|(l, b)| {
                let t: Vec<Tensor> = l.tensors().iter().map(|t| t.detach()).collect();
                b.with_tensors(&t)
            })
            .collect();
        head.weight = head.weight.detach();
        head.bias = head.bias.detach();
        Ok(head)
    }

    /// The head as gzip-compressed safetensors, for `model` (the one it was
    /// trained from): each trained layer's tensors as their difference from
    /// the published ones, quantised to 8 bits with a scale per tensor (the
    /// differences are small, so this loses little and compresses well),
    /// and the linear head in full precision.
    pub fn to_bytes(&self, model: &Model) -> Result<Vec<u8>, EmbedError> {
        let base = &model.encoder.layers[self.from..];
        let mut tensors: Vec<(String, Tensor)> = Vec::new();
        for (k, (layer, base)) in self.layers.iter().zip(base).enumerate() {
            for ((name, t), b) in LAYER_TENSORS
                .iter()
                .zip(layer.tensors())
                .zip(base.tensors())
            {
                let (q, scale) = quantise(&(t - b).map_err(model_error)?).map_err(model_error)?;
                let name = format!("layer.{}.{name}", self.from + k);
                tensors.push((format!("{name}.scale"), scale));
                tensors.push((name, q));
            }
        }
        tensors.push(("head.weight".into(), self.weight.clone()));
        tensors.push(("head.bias".into(), self.bias.clone()));
        let raw = safetensors::serialize(tensors, None).map_err(model_error)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).map_err(model_error)?;
        gz.finish().map_err(model_error)
    }

    /// Read a head written by [`BiasHead::to_bytes`], for `model`.
    pub fn from_bytes(model: &Model, bytes: &[u8]) -> Result<BiasHead, EmbedError> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut raw)
            .map_err(|e| EmbedError::Model(format!("bias head: {e}")))?;
        let tensors: HashMap<String, Tensor> =
            candle_core::safetensors::load_buffer(&raw, &device())
                .map_err(|e| EmbedError::Model(format!("bias head: {e}")))?;
        let get = |name: &str| -> Result<Tensor, EmbedError> {
            tensors
                .get(name)
                .ok_or_else(|| EmbedError::Model(format!("bias head: no tensor `{name}`")))?
                .to_dtype(DType::F32)
                .map_err(model_error)
        };
        let all = model.encoder.layers.len();
        let from = (0..all)
            .find(|i| tensors.contains_key(&format!("layer.{i}.{}", LAYER_TENSORS[0])))
            .ok_or_else(|| EmbedError::Model("bias head: no layers".into()))?;
        let mut layers = Vec::new();
        for (i, base) in model.encoder.layers.iter().enumerate().skip(from) {
            let mut t: Vec<Tensor> = Vec::new();
            for (n, want) in LAYER_TENSORS.iter().zip(base.tensors()) {
                let name = format!("layer.{i}.{n}");
                let q = tensors
                    .get(&name)
                    .ok_or_else(|| EmbedError::Model(format!("bias head: no tensor `{name}`")))?;
                let scale = get(&format!("{name}.scale"))?;
                if q.dtype() != DType::U8 || scale.elem_count() != 1 {
                    return Err(EmbedError::Model(format!(
                        "bias head: `{name}` is not 8-bit levels with one scale"
                    )));
                }
                if q.dims() != want.dims() {
                    return Err(EmbedError::Model(format!(
                        "bias head: `{name}` has shape {:?} where the model has {:?}",
                        q.dims(),
                        want.dims()
                    )));
                }
                let delta = dequantise(q, &scale).map_err(model_error)?;
                t.push((want + delta).map_err(model_error)?);
            }
            layers.push(base.with_tensors(&t));
        }
        let weight = get("head.weight")?;
        let bias = get("head.bias")?;
        if weight.dims() != [2, model.encoder.hidden] || bias.dims() != [2] {
            return Err(EmbedError::Model(format!(
                "bias head: head of shape {:?} and bias {:?}",
                weight.dims(),
                bias.dims()
            )));
        }
        Ok(BiasHead {
            from,
            layers,
            weight,
            bias,
        })
    }
}
