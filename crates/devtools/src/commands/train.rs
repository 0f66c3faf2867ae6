//! `crosscheck-dev train`: train a model the product ships, reproducibly, and
//! write it with a manifest naming the data (SHA-256) and the options.

use std::io::Write;

use anyhow::Context;
use sha2::{Digest, Sha256};

use crate::Outcome;
use crate::cli::{TrainArgs, TrainTarget};

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn run(args: TrainArgs) -> anyhow::Result<Outcome> {
    match args.what {
        TrainTarget::Ner => ner(&args),
        TrainTarget::Attribution => attribution(&args),
        TrainTarget::Loaded => loaded(&args),
        TrainTarget::BiasHead => bias_head(&args),
    }
}

/// What the BABE-trained models read: the sentence model, BABE's file (for
/// the manifest's hash) and its rows with an agreed label.
fn babe_inputs(
    args: &TrainArgs,
    command: &str,
) -> anyhow::Result<(
    crosscheck_embed::Model,
    Vec<u8>,
    Vec<crosscheck_eval::babe::Row>,
)> {
    let data_dir = args.model_data.as_deref().with_context(|| {
        format!("`train {command}` needs the sentence model: pass --model-data DIR")
    })?;
    let model = crosscheck_embed::Model::load(data_dir)?;
    let path = args.bench.join("babe/babe_sg2.jsonl");
    let data = std::fs::read(&path).with_context(|| format!("{}", path.display()))?;
    let rows = crosscheck_eval::babe::read(&args.bench)?;
    Ok((model, data, rows))
}

/// The sentence model's bias head, on BABE's folds other than the held-out
/// one.
fn bias_head(args: &TrainArgs) -> anyhow::Result<Outcome> {
    use crosscheck_embed::tuned::{BiasHead, TrainOptions};
    let (model, data, rows) = babe_inputs(args, "bias-head")?;
    let started = std::time::Instant::now();
    let fold_of = crosscheck_eval::babe::fold_of(
        &rows,
        crosscheck_eval::babe::FOLDS,
        crosscheck_eval::babe::FOLD_SEED,
    );
    let train: Vec<usize> = (0..rows.len())
        .filter(|&i| fold_of[i] != crosscheck_eval::babe::HELD_OUT_FOLD)
        .collect();
    let options = TrainOptions {
        epochs: args.epochs.unwrap_or(TrainOptions::default().epochs),
        ..TrainOptions::default()
    };
    let texts: Vec<&str> = train.iter().map(|&i| rows[i].text.as_str()).collect();
    let labels: Vec<bool> = train
        .iter()
        .map(|&i| rows[i].biased() == Some(true))
        .collect();
    let lowers = model.lower(&texts, model.layers() - options.top.min(model.layers()))?;
    let head = BiasHead::train(&model, &lowers, &labels, &options)?;
    let bytes = head.to_bytes(&model)?;
    BiasHead::from_bytes(&model, &bytes)?;
    std::fs::create_dir_all(&args.out)?;
    let model_path = args.out.join("bias-head.safetensors.gz");
    std::fs::write(&model_path, &bytes).with_context(|| model_path.display().to_string())?;
    let manifest = serde_json::json!({
        "model": "bias-head.safetensors.gz",
        "sha256": sha256(&bytes),
        "kind": "the top layers of the sentence model fine-tuned with a linear head on their mean-pooled output (sentence labelled biased by BABE's experts); AdamW, linear warm-up and decay, no dropout, stored as the layers' differences from the published weights quantised to 8 bits (a scale per tensor)",
        "base": format!("{} {}", crosscheck_embed::PACKAGE, crosscheck_embed::VERSION),
        "command": "crosscheck-dev train bias-head --bench BENCH --model-data DIR --out crates/embed/model",
        "data": { "babe/babe_sg2.jsonl": sha256(&data) },
        "held_out": format!("fold {} of 5 (stratified, seed 2021, as `eval babe`): not trained on", crosscheck_eval::babe::HELD_OUT_FOLD),
        "sentences": train.len(),
        "options": {
            "top_layers": options.top,
            "epochs": options.epochs,
            "batch": options.batch,
            "layer_rate": options.layer_rate,
            "head_rate": options.head_rate,
            "weight_decay": options.weight_decay,
            "seed": options.seed,
        },
    });
    std::fs::write(
        args.out.join("bias-head.json"),
        serde_json::to_string_pretty(&manifest)? + "\n",
    )?;
    writeln!(
        std::io::stdout().lock(),
        "bias-head: {} sentences, {} bytes, {:.0} s -> {}",
        train.len(),
        bytes.len(),
        started.elapsed().as_secs_f64(),
        model_path.display()
    )?;
    Ok(Outcome::Done)
}

/// The framing stage's loaded-language models, on all of BABE.
fn loaded(args: &TrainArgs) -> anyhow::Result<Outcome> {
    let (model, data, rows) = babe_inputs(args, "loaded")?;
    let started = std::time::Instant::now();
    let embedded =
        crosscheck_eval::babe::Embedded::new(&rows, &crate::commands::eval::distilled(&model)?)
            .map_err(anyhow::Error::msg)?;
    let all: Vec<usize> = (0..rows.len()).collect();
    let weights = crosscheck_eval::babe::train(&rows, &embedded, &all);
    let bytes = weights.to_bytes();
    crosscheck_framing::loaded::Weights::from_bytes(&bytes)?;
    std::fs::create_dir_all(&args.out)?;
    let model_path = args.out.join("loaded.bin.gz");
    std::fs::write(&model_path, &bytes).with_context(|| model_path.display().to_string())?;
    let manifest = serde_json::json!({
        "model": "loaded.bin.gz",
        "sha256": sha256(&bytes),
        "kind": "two logistic models fitted by full-batch Adam: words (distilled embedding of the sentence model -> marked as biased by BABE's experts, classes balanced) and sentences (distilled sentence vector, hashed unigrams and bigrams, the word model's probabilities -> labelled biased)",
        "command": "crosscheck-dev train loaded --bench BENCH --model-data DIR --out crates/framing/model",
        "data": { "babe/babe_sg2.jsonl": sha256(&data) },
        "embedding": model.distilled().map(|_| format!("{} {} (distilled)", crosscheck_embed::PACKAGE, crosscheck_embed::VERSION)),
        "sentences": rows.len(),
        "hashed_weights": weights.hashed.len(),
    });
    std::fs::write(
        args.out.join("loaded.json"),
        serde_json::to_string_pretty(&manifest)? + "\n",
    )?;
    writeln!(
        std::io::stdout().lock(),
        "loaded: {} sentences, {} hashed weights, {} bytes, {:.0} s -> {}",
        rows.len(),
        weights.hashed.len(),
        bytes.len(),
        started.elapsed().as_secs_f64(),
        model_path.display()
    )?;
    Ok(Outcome::Done)
}

/// The attribution tagger: its weights are pruned harder than the entity
/// tagger's (|w| < 5 dropped: 2.9 MB instead of 7.3, F1 within a point).
const ATTRIBUTION_MIN_WEIGHT: f32 = 5.0;

fn attribution(args: &TrainArgs) -> anyhow::Result<Outcome> {
    use crosscheck_entities::ner::train;
    let path = args.bench.join("polnear/train.jsonl");
    let data = std::fs::read(&path).with_context(|| format!("{}", path.display()))?;
    let options = train::Options {
        epochs: args.epochs.unwrap_or(25),
        seed: args.seed,
        min_weight: ATTRIBUTION_MIN_WEIGHT,
    };
    let started = std::time::Instant::now();
    let progress = indicatif::ProgressBar::new(options.epochs as u64);
    let (model, best, cues) =
        crosscheck_eval::polnear_tagger::train_tagger(&args.bench, options, |e| {
            progress.suspend(|| {
                eprintln!(
                    "epoch {:2}: {} sentences wrong, span F1 {:.4} on the last tenth of train",
                    e.epoch, e.mistakes, e.valid_f1
                )
            });
            progress.inc(1);
        })?;
    progress.finish_and_clear();
    std::fs::create_dir_all(&args.out)?;
    let cues_path = args.out.join("attribution-cues.txt");
    std::fs::write(&cues_path, cues.to_text()).with_context(|| cues_path.display().to_string())?;
    eprintln!("{} cue words -> {}", cues.len(), cues_path.display());
    let outcome = write_model(
        args,
        "attribution",
        &model,
        options,
        best,
        serde_json::json!({ "polnear/train.jsonl": sha256(&data) }),
        "averaged structured perceptron over hashed features, Viterbi over BIO tags (PER/ORG/LOC = source/cue/content); epoch chosen on the last tenth of train; cue words (tagged as cue at least 3 times and in at least a fifth of their occurrences in the part trained on) are features",
        started,
    )?;
    // The cue words are part of the model: the manifest names them too.
    let manifest_path = args.out.join("attribution.json");
    let mut manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest_path)?)?;
    manifest["cues"] = serde_json::json!({
        "file": "attribution-cues.txt",
        "words": cues.len(),
        "sha256": sha256(cues.to_text().as_bytes()),
    });
    std::fs::write(
        &manifest_path,
        serde_json::to_string_pretty(&manifest)? + "\n",
    )?;
    Ok(outcome)
}

/// The command that reproduces a model's weights, as its manifest names it.
fn reproduce_command(name: &str, epochs: usize, seed: u64) -> String {
    format!("crosscheck-dev train {name} --bench BENCH --out DIR --epochs {epochs} --seed {seed}")
}

#[allow(clippy::too_many_arguments)]
fn write_model(
    args: &TrainArgs,
    name: &str,
    model: &crosscheck_entities::ner::Model,
    options: crosscheck_entities::ner::train::Options,
    best: crosscheck_entities::ner::train::Epoch,
    data: serde_json::Value,
    kind: &str,
    started: std::time::Instant,
) -> anyhow::Result<Outcome> {
    let bytes = model.to_bytes(options.min_weight);
    let written = crosscheck_entities::ner::Model::from_bytes(&bytes)?;
    std::fs::create_dir_all(&args.out)?;
    let file = format!("{name}.bin.gz");
    let model_path = args.out.join(&file);
    std::fs::write(&model_path, &bytes).with_context(|| model_path.display().to_string())?;
    let manifest = serde_json::json!({
        "model": file,
        "sha256": sha256(&bytes),
        "kind": kind,
        "command": reproduce_command(name, options.epochs, options.seed),
        "data": data,
        "epochs": options.epochs,
        "seed": options.seed,
        "min_weight": (f64::from(options.min_weight) * 1000.0).round() / 1000.0,
        "best_epoch": best.epoch,
        "valid_f1": (best.valid_f1 * 10_000.0).round() / 10_000.0,
        "features": written.features(),
    });
    std::fs::write(
        args.out.join(format!("{name}.json")),
        serde_json::to_string_pretty(&manifest)? + "\n",
    )?;
    writeln!(
        std::io::stdout().lock(),
        "{name}: best epoch {} of {}, validation F1 {:.4} (before pruning), {} features, {} bytes, {:.0} s -> {}",
        best.epoch,
        options.epochs,
        best.valid_f1,
        written.features(),
        bytes.len(),
        started.elapsed().as_secs_f64(),
        model_path.display()
    )?;
    Ok(Outcome::Done)
}

fn ner(args: &TrainArgs) -> anyhow::Result<Outcome> {
    use crosscheck_entities::ner::{conll, train};
    let read = |file: &str| -> anyhow::Result<(Vec<conll::Document>, String)> {
        let path = args.bench.join("conll2003").join(file);
        let bytes = std::fs::read(&path).with_context(|| format!("{}", path.display()))?;
        let text = String::from_utf8(bytes.clone())
            .with_context(|| format!("{}: not UTF-8", path.display()))?;
        let docs = conll::parse(&text).with_context(|| format!("{}", path.display()))?;
        Ok((docs, sha256(&bytes)))
    };
    let (train_docs, train_sha) = read("train.txt")?;
    let (valid_docs, valid_sha) = read("valid.txt")?;
    let options = train::Options {
        epochs: args.epochs.unwrap_or(train::Options::default().epochs),
        seed: args.seed,
        ..train::Options::default()
    };
    let started = std::time::Instant::now();
    let progress = indicatif::ProgressBar::new(options.epochs as u64);
    let (model, best) = train::train(&train_docs, &valid_docs, options, |e| {
        progress.suspend(|| {
            eprintln!(
                "epoch {:2}: {} sentences wrong, valid F1 {:.4}",
                e.epoch, e.mistakes, e.valid_f1
            )
        });
        progress.inc(1);
    });
    progress.finish_and_clear();
    write_model(
        args,
        "ner",
        &model,
        options,
        best,
        serde_json::json!({
            "conll2003/train.txt": train_sha,
            "conll2003/valid.txt": valid_sha,
        }),
        "averaged structured perceptron over hashed features, Viterbi over BIO tags",
        started,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped manifests name the command that reproduces their
    /// weights: this binary's `train`, with the manifest's epochs and seed.
    #[test]
    fn shipped_manifests_name_the_train_command() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for (name, path) in [
            ("ner", "crates/entities/model/ner.json"),
            ("attribution", "crates/quotes/model/attribution.json"),
        ] {
            let text = std::fs::read_to_string(root.join(path)).expect(path);
            let manifest: serde_json::Value = serde_json::from_str(&text).expect(path);
            let command = manifest["command"].as_str().expect("command");
            let epochs = manifest["epochs"].as_u64().expect("epochs");
            let seed = manifest["seed"].as_u64().expect("seed");
            let expected = reproduce_command(name, usize::try_from(epochs).unwrap(), seed);
            // The directory is the one placeholder a manifest may spell out.
            let (head, tail) = expected.split_once("--out DIR").unwrap();
            assert!(command.starts_with(head), "{path}: {command}");
            assert!(command.ends_with(tail), "{path}: {command}");
        }
    }
}
