//! `crosscheck train`: train a model the product ships, reproducibly, and
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
    }
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
        epochs: args.epochs,
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
    let bytes = model.to_bytes(options.min_weight);
    let written = crosscheck_entities::ner::Model::from_bytes(&bytes)?;
    std::fs::create_dir_all(&args.out)?;
    let model_path = args.out.join("ner.bin.gz");
    std::fs::write(&model_path, &bytes).with_context(|| model_path.display().to_string())?;
    let manifest = serde_json::json!({
        "model": "ner.bin.gz",
        "sha256": sha256(&bytes),
        "kind": "averaged structured perceptron over hashed features, Viterbi over BIO tags",
        "command": format!(
            "crosscheck train ner --bench BENCH --out crates/entities/model --epochs {} --seed {}",
            options.epochs, options.seed
        ),
        "data": {
            "conll2003/train.txt": train_sha,
            "conll2003/valid.txt": valid_sha,
        },
        "epochs": options.epochs,
        "seed": options.seed,
        "min_weight": (f64::from(options.min_weight) * 1000.0).round() / 1000.0,
        "best_epoch": best.epoch,
        "valid_f1": (best.valid_f1 * 10_000.0).round() / 10_000.0,
        "features": written.features(),
    });
    let manifest_path = args.out.join("ner.json");
    std::fs::write(
        &manifest_path,
        serde_json::to_string_pretty(&manifest)? + "\n",
    )?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "ner: best epoch {} of {}, valid F1 {:.4} (before pruning), {} features, {} bytes, {:.0} s -> {}",
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
