//! MiniLM's encoder written out in candle's tensor operations: the same
//! arithmetic as `candle_transformers`' BERT, with two things it does not
//! offer — the output of any layer (the tuned bias head reads the lower
//! layers' output and runs its own top layers on it), and a mode whose every
//! operation carries a gradient (candle's fused layer norm and softmax carry
//! none), so that the top layers can be trained.

use candle_core::{D, DType, Device, Tensor, Var};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::Config;

/// How a forward pass is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Fused operations: fast, no gradient.
    Inference,
    /// Every operation differentiable.
    Training,
}

/// Dropout while training: each value is zeroed with probability `p` and
/// the others scaled by 1 / (1 − p), from a seeded generator (training
/// stays deterministic).
pub(crate) struct Dropout {
    pub(crate) p: f32,
    pub(crate) rng: std::cell::RefCell<fastrand::Rng>,
}

impl Dropout {
    pub(crate) fn apply(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        if self.p <= 0.0 {
            return Ok(x.clone());
        }
        let keep = 1.0 / (1.0 - self.p);
        let mut rng = self.rng.borrow_mut();
        let mask: Vec<f32> = (0..x.elem_count())
            .map(|_| if rng.f32() < self.p { 0.0 } else { keep })
            .collect();
        x.mul(&Tensor::from_vec(mask, x.shape(), x.device())?)
    }

    /// `x` through `dropout` while training; as it is otherwise (in
    /// inference, or with no dropout).
    pub(crate) fn in_mode(
        dropout: Option<&Dropout>,
        mode: Mode,
        x: Tensor,
    ) -> candle_core::Result<Tensor> {
        match dropout.filter(|_| mode == Mode::Training) {
            Some(d) => d.apply(&x),
            None => Ok(x),
        }
    }
}

/// A dense layer: `weight` is `[out, in]`, as PyTorch stores it.
#[derive(Clone)]
pub(crate) struct Linear {
    pub(crate) weight: Tensor,
    pub(crate) bias: Tensor,
}

impl Linear {
    fn load(vb: &VarBuilder, out: usize, inp: usize) -> candle_core::Result<Linear> {
        Ok(Linear {
            weight: vb.get((out, inp), "weight")?,
            bias: vb.get(out, "bias")?,
        })
    }

    /// `x` is `[batch, tokens, in]`.
    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        let (b, l, inp) = x.dims3()?;
        let out = self.weight.dim(0)?;
        x.reshape((b * l, inp))?
            .matmul(&self.weight.t()?)?
            .broadcast_add(&self.bias)?
            .reshape((b, l, out))
    }
}

/// Layer normalisation over the last dimension.
#[derive(Clone)]
pub(crate) struct Norm {
    pub(crate) weight: Tensor,
    pub(crate) bias: Tensor,
    eps: f64,
}

impl Norm {
    fn load(vb: &VarBuilder, size: usize, eps: f64) -> candle_core::Result<Norm> {
        Ok(Norm {
            weight: vb.get(size, "weight")?,
            bias: vb.get(size, "bias")?,
            eps,
        })
    }

    fn forward(&self, x: &Tensor, mode: Mode) -> candle_core::Result<Tensor> {
        match mode {
            Mode::Inference => candle_nn::ops::layer_norm(
                &x.contiguous()?,
                &self.weight,
                &self.bias,
                self.eps as f32,
            ),
            Mode::Training => {
                let mean = x.mean_keepdim(D::Minus1)?;
                let centred = x.broadcast_sub(&mean)?;
                let variance = centred.sqr()?.mean_keepdim(D::Minus1)?;
                centred
                    .broadcast_div(&(variance + self.eps)?.sqrt()?)?
                    .broadcast_mul(&self.weight)?
                    .broadcast_add(&self.bias)
            }
        }
    }
}

/// One transformer layer.
#[derive(Clone)]
pub(crate) struct Layer {
    pub(crate) query: Linear,
    pub(crate) key: Linear,
    pub(crate) value: Linear,
    pub(crate) attention_out: Linear,
    pub(crate) attention_norm: Norm,
    pub(crate) intermediate: Linear,
    pub(crate) output: Linear,
    pub(crate) output_norm: Norm,
    heads: usize,
}

/// The names of a layer's tensors, in the order [`Layer::tensors`] gives them.
pub(crate) const LAYER_TENSORS: [&str; 16] = [
    "attention.self.query.weight",
    "attention.self.query.bias",
    "attention.self.key.weight",
    "attention.self.key.bias",
    "attention.self.value.weight",
    "attention.self.value.bias",
    "attention.output.dense.weight",
    "attention.output.dense.bias",
    "attention.output.LayerNorm.weight",
    "attention.output.LayerNorm.bias",
    "intermediate.dense.weight",
    "intermediate.dense.bias",
    "output.dense.weight",
    "output.dense.bias",
    "output.LayerNorm.weight",
    "output.LayerNorm.bias",
];

impl Layer {
    fn load(vb: &VarBuilder, config: &Config) -> candle_core::Result<Layer> {
        let h = config.hidden_size;
        let i = config.intermediate_size;
        let eps = config.layer_norm_eps;
        let attention = vb.pp("attention");
        let this = attention.pp("self");
        Ok(Layer {
            query: Linear::load(&this.pp("query"), h, h)?,
            key: Linear::load(&this.pp("key"), h, h)?,
            value: Linear::load(&this.pp("value"), h, h)?,
            attention_out: Linear::load(&attention.pp("output").pp("dense"), h, h)?,
            attention_norm: Norm::load(&attention.pp("output").pp("LayerNorm"), h, eps)?,
            intermediate: Linear::load(&vb.pp("intermediate").pp("dense"), i, h)?,
            output: Linear::load(&vb.pp("output").pp("dense"), h, i)?,
            output_norm: Norm::load(&vb.pp("output").pp("LayerNorm"), h, eps)?,
            heads: config.num_attention_heads,
        })
    }

    /// The layer's tensors, named as [`LAYER_TENSORS`].
    pub(crate) fn tensors(&self) -> [&Tensor; 16] {
        [
            &self.query.weight,
            &self.query.bias,
            &self.key.weight,
            &self.key.bias,
            &self.value.weight,
            &self.value.bias,
            &self.attention_out.weight,
            &self.attention_out.bias,
            &self.attention_norm.weight,
            &self.attention_norm.bias,
            &self.intermediate.weight,
            &self.intermediate.bias,
            &self.output.weight,
            &self.output.bias,
            &self.output_norm.weight,
            &self.output_norm.bias,
        ]
    }

    /// The same layer with the tensors given (in [`LAYER_TENSORS`] order).
    pub(crate) fn with_tensors(&self, t: &[Tensor]) -> Layer {
        let linear = |k: usize| Linear {
            weight: t[k].clone(),
            bias: t[k + 1].clone(),
        };
        let norm = |k: usize, eps: f64| Norm {
            weight: t[k].clone(),
            bias: t[k + 1].clone(),
            eps,
        };
        Layer {
            query: linear(0),
            key: linear(2),
            value: linear(4),
            attention_out: linear(6),
            attention_norm: norm(8, self.attention_norm.eps),
            intermediate: linear(10),
            output: linear(12),
            output_norm: norm(14, self.output_norm.eps),
            heads: self.heads,
        }
    }

    /// A copy whose tensors are variables (initialised to this layer's
    /// values), with the variables.
    pub(crate) fn trainable(&self) -> candle_core::Result<(Layer, Vec<Var>)> {
        let vars: Vec<Var> = self
            .tensors()
            .into_iter()
            .map(Var::from_tensor)
            .collect::<candle_core::Result<_>>()?;
        let tensors: Vec<Tensor> = vars.iter().map(|v| v.as_tensor().clone()).collect();
        Ok((self.with_tensors(&tensors), vars))
    }

    /// `x` is `[batch, tokens, hidden]`; `mask` is the additive attention
    /// mask, `[batch, 1, 1, tokens]`.
    pub(crate) fn forward(
        &self,
        x: &Tensor,
        mask: &Tensor,
        mode: Mode,
    ) -> candle_core::Result<Tensor> {
        self.forward_dropping(x, mask, mode, None)
    }

    /// [`Layer::forward`], with dropout (training) on the attention
    /// probabilities and on each sublayer's output before its residual sum,
    /// as BERT is trained.
    pub(crate) fn forward_dropping(
        &self,
        x: &Tensor,
        mask: &Tensor,
        mode: Mode,
        dropout: Option<&Dropout>,
    ) -> candle_core::Result<Tensor> {
        let drop = |t: Tensor| Dropout::in_mode(dropout, mode, t);
        let (b, l, h) = x.dims3()?;
        let size = h / self.heads;
        let split = |t: Tensor| -> candle_core::Result<Tensor> {
            t.reshape((b, l, self.heads, size))?
                .transpose(1, 2)?
                .contiguous()
        };
        let q = split(self.query.forward(x)?)?;
        let k = split(self.key.forward(x)?)?;
        let v = split(self.value.forward(x)?)?;
        let scores = (q.matmul(&k.t()?)? / (size as f64).sqrt())?.broadcast_add(mask)?;
        let probabilities = match mode {
            Mode::Inference => candle_nn::ops::softmax_last_dim(&scores)?,
            Mode::Training => candle_nn::ops::softmax(&scores, D::Minus1)?,
        };
        let context = drop(probabilities)?
            .matmul(&v)?
            .transpose(1, 2)?
            .contiguous()?
            .reshape((b, l, h))?;
        let attended = self
            .attention_norm
            .forward(&(drop(self.attention_out.forward(&context)?)? + x)?, mode)?;
        let inner = self.intermediate.forward(&attended)?.gelu_erf()?;
        self.output_norm
            .forward(&(drop(self.output.forward(&inner)?)? + attended)?, mode)
    }
}

/// The whole encoder.
pub(crate) struct Encoder {
    word: Tensor,
    position: Tensor,
    token_type: Tensor,
    embedding_norm: Norm,
    pub(crate) layers: Vec<Layer>,
    pub(crate) hidden: usize,
}

impl Encoder {
    pub(crate) fn load(vb: VarBuilder, config: &Config) -> candle_core::Result<Encoder> {
        let vb = if vb.contains_tensor("bert.embeddings.word_embeddings.weight") {
            vb.pp("bert")
        } else {
            vb
        };
        if config.hidden_act != candle_transformers::models::bert::HiddenAct::Gelu {
            candle_core::bail!(
                "the encoder computes GELU; the model's configuration asks for {:?}",
                config.hidden_act
            );
        }
        let h = config.hidden_size;
        let e = vb.pp("embeddings");
        let layers = (0..config.num_hidden_layers)
            .map(|i| Layer::load(&vb.pp("encoder").pp(format!("layer.{i}")), config))
            .collect::<candle_core::Result<Vec<_>>>()?;
        Ok(Encoder {
            word: e.get((config.vocab_size, h), "word_embeddings.weight")?,
            position: e.get(
                (config.max_position_embeddings, h),
                "position_embeddings.weight",
            )?,
            token_type: e.get((config.type_vocab_size, h), "token_type_embeddings.weight")?,
            embedding_norm: Norm::load(&e.pp("LayerNorm"), h, config.layer_norm_eps)?,
            layers,
            hidden: h,
        })
    }

    /// The additive attention mask of a `[batch, tokens]` mask of 0 and 1.
    pub(crate) fn attention_mask(mask: &Tensor) -> candle_core::Result<Tensor> {
        let mask = mask.to_dtype(DType::F32)?.unsqueeze(1)?.unsqueeze(1)?;
        (mask.ones_like()? - mask)?.affine(-1e9, 0.0)
    }

    /// The output of the first `layers` layers for word-piece `ids`
    /// (`[batch, tokens]`, token type 0), `[batch, tokens, hidden]`.
    pub(crate) fn forward(
        &self,
        ids: &Tensor,
        mask: &Tensor,
        layers: usize,
    ) -> candle_core::Result<Tensor> {
        let (b, l) = ids.dims2()?;
        let words = self
            .word
            .index_select(&ids.flatten_all()?, 0)?
            .reshape((b, l, self.hidden))?;
        let positions = self.position.narrow(0, 0, l)?;
        let types = self.token_type.narrow(0, 0, 1)?;
        let x = words.broadcast_add(&positions)?.broadcast_add(&types)?;
        let mut x = self.embedding_norm.forward(&x, Mode::Inference)?;
        let mask = Encoder::attention_mask(mask)?;
        for layer in &self.layers[..layers.min(self.layers.len())] {
            x = layer.forward(&x, &mask, Mode::Inference)?;
        }
        Ok(x)
    }
}

/// Mean of `hidden` (`[batch, tokens, size]`) over the tokens `mask`
/// (`[batch, tokens]`, 0 or 1) keeps.
pub(crate) fn mean_pool(hidden: &Tensor, mask: &Tensor) -> candle_core::Result<Tensor> {
    let mask = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
    let summed = hidden.broadcast_mul(&mask)?.sum(1)?;
    let counts = mask.sum(1)?.clamp(1e-9, f64::MAX)?;
    summed.broadcast_div(&counts)
}

/// The CPU device everything runs on.
pub(crate) fn device() -> Device {
    Device::Cpu
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropout_zeroes_a_share_scales_the_rest_and_repeats_with_its_seed() {
        let x = Tensor::ones((4, 250), DType::F32, &device()).unwrap();
        let dropped = |p: f32, seed: u64| -> Vec<f32> {
            let d = Dropout {
                p,
                rng: std::cell::RefCell::new(fastrand::Rng::with_seed(seed)),
            };
            d.apply(&x)
                .unwrap()
                .flatten_all()
                .unwrap()
                .to_vec1()
                .unwrap()
        };
        let once = dropped(0.1, 7);
        let zeroed = once.iter().filter(|&&v| v == 0.0).count();
        assert!((60..=140).contains(&zeroed), "{zeroed} of 1000 zeroed");
        let kept = 1.0 / 0.9;
        assert!(once.iter().all(|&v| v == 0.0 || (v - kept).abs() < 1e-6));
        assert_eq!(once, dropped(0.1, 7));
        assert_eq!(dropped(0.0, 7), vec![1.0; 1000]);
    }

    fn layer() -> Layer {
        let d = device();
        let r = |shape: &[usize]| Tensor::randn(0f32, 0.2, shape, &d).unwrap();
        let linear = |o: usize, i: usize| Linear {
            weight: r(&[o, i]),
            bias: r(&[o]),
        };
        let norm = || Norm {
            weight: (r(&[8]) + 1.0).unwrap(),
            bias: r(&[8]),
            eps: 1e-12,
        };
        Layer {
            query: linear(8, 8),
            key: linear(8, 8),
            value: linear(8, 8),
            attention_out: linear(8, 8),
            attention_norm: norm(),
            intermediate: linear(16, 8),
            output: linear(8, 16),
            output_norm: norm(),
            heads: 2,
        }
    }

    #[test]
    fn the_differentiable_layer_computes_what_the_fused_one_does() {
        let layer = layer();
        let x = Tensor::randn(0f32, 1.0, (2, 5, 8), &device()).unwrap();
        let mask = Tensor::new(&[[1u32, 1, 1, 1, 1], [1, 1, 1, 0, 0]], &device()).unwrap();
        let additive = Encoder::attention_mask(&mask).unwrap();
        let fused = layer.forward(&x, &additive, Mode::Inference).unwrap();
        let plain = layer.forward(&x, &additive, Mode::Training).unwrap();
        let gap: f32 = (fused - plain)
            .unwrap()
            .abs()
            .unwrap()
            .max_all()
            .unwrap()
            .to_scalar()
            .unwrap();
        assert!(gap < 1e-4, "{gap}");
    }

    #[test]
    fn every_weight_of_a_trainable_layer_gets_a_gradient() {
        let (layer, vars) = layer().trainable().unwrap();
        let x = Tensor::randn(0f32, 1.0, (2, 5, 8), &device()).unwrap();
        let mask = Tensor::new(&[[1u32, 1, 1, 1, 1], [1, 1, 1, 0, 0]], &device()).unwrap();
        let additive = Encoder::attention_mask(&mask).unwrap();
        let out = layer.forward(&x, &additive, Mode::Training).unwrap();
        let loss = mean_pool(&out, &mask)
            .unwrap()
            .sqr()
            .unwrap()
            .sum_all()
            .unwrap();
        let grads = loss.backward().unwrap();
        for (name, v) in LAYER_TENSORS.iter().zip(&vars) {
            let g = grads
                .get(v.as_tensor())
                .unwrap_or_else(|| panic!("no gradient for {name}"));
            assert_eq!(g.dims(), v.dims(), "{name}");
        }
    }
}
