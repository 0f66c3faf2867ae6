//! The real sentence model, when it is set up: `CROSSCHECK_MODEL_DATA` names
//! a data directory where `crosscheck setup --data DIR` has put it (CI does
//! this first). Without it these tests say that they were skipped.

#![allow(clippy::print_stderr)]

use std::path::PathBuf;

fn model() -> Option<crosscheck_embed::Model> {
    let Some(dir) = std::env::var_os("CROSSCHECK_MODEL_DATA").map(PathBuf::from) else {
        eprintln!(
            "skipped: CROSSCHECK_MODEL_DATA is not set (run `crosscheck setup --data DIR` and point it there)"
        );
        return None;
    };
    Some(crosscheck_embed::Model::load(&dir).unwrap())
}

fn cosine(x: &[f32], y: &[f32]) -> f32 {
    x.iter().zip(y).map(|(a, b)| a * b).sum()
}

#[test]
fn paraphrases_are_closer_than_unrelated_sentences() {
    let Some(model) = model() else { return };
    let v = model
        .embed(&[
            "Iran and Nicaragua discussed bolstering their military cooperation as a way of countering American influence.",
            "Iran and Nicaragua discussed bolstering military cooperation to counter US influence.",
            "The football season opened with a goalless draw between the two rival clubs.",
        ])
        .unwrap();
    assert_eq!(v.len(), 3);
    assert_eq!(v[0].len(), 384);
    let norm: f32 = v[0].iter().map(|x| x * x).sum::<f32>().sqrt();
    assert!((norm - 1.0).abs() < 1e-3);
    let (para, other) = (cosine(&v[0], &v[1]), cosine(&v[0], &v[2]));
    eprintln!("paraphrase {para:.3}, unrelated {other:.3}");
    assert!(
        para > 0.8 && other < 0.3,
        "paraphrase {para}, unrelated {other}"
    );
}

#[test]
fn the_distilled_embedding_ranks_a_rewrite_above_an_unrelated_sentence() {
    let Some(model) = model() else { return };
    let distilled = model.distilled().expect("distilled on load");
    let v = distilled
        .embed(&[
            "Iran and Nicaragua discussed bolstering their military cooperation as a way of countering American influence.",
            "Iran and Nicaragua discussed bolstering military cooperation to counter US influence.",
            "The football season opened with a goalless draw between the two rival clubs.",
            "",
        ])
        .unwrap();
    assert_eq!(v.len(), 4);
    let (para, other) = (cosine(&v[0], &v[1]), cosine(&v[0], &v[2]));
    eprintln!("distilled: rewrite {para:.3}, unrelated {other:.3}");
    assert!(para > other + 0.2, "rewrite {para}, unrelated {other}");
    assert!(
        v[3].iter().all(|x| *x == 0.0),
        "no word piece, no direction"
    );
}

#[test]
fn the_written_out_encoder_matches_candles_bert() {
    use candle_core::{DType, Device, Tensor};
    let Some(model) = model() else { return };
    let dir = crosscheck_embed::model_dir(&PathBuf::from(
        std::env::var_os("CROSSCHECK_MODEL_DATA").unwrap(),
    ));
    let config: candle_transformers::models::bert::Config =
        serde_json::from_slice(&std::fs::read(dir.join("config.json")).unwrap()).unwrap();
    let vb = candle_nn::VarBuilder::from_buffered_safetensors(
        std::fs::read(dir.join("model.safetensors")).unwrap(),
        DType::F32,
        &Device::Cpu,
    )
    .unwrap();
    let bert = candle_transformers::models::bert::BertModel::load(vb, &config).unwrap();
    let tokenizer = tokenizers::Tokenizer::from_file(dir.join("tokenizer.json")).unwrap();
    let sentence = "Iran and Nicaragua discussed bolstering their military cooperation.";
    // The file's own padding is kept: the mask says which pieces are real.
    let encoding = tokenizer.encode(sentence, true).unwrap();
    let ids = Tensor::new(encoding.get_ids(), &Device::Cpu)
        .unwrap()
        .unsqueeze(0)
        .unwrap();
    let mask = Tensor::new(encoding.get_attention_mask(), &Device::Cpu)
        .unwrap()
        .unsqueeze(0)
        .unwrap();
    let hidden = bert
        .forward(&ids, &ids.zeros_like().unwrap(), Some(&mask))
        .unwrap();
    let mask = mask.to_dtype(DType::F32).unwrap().unsqueeze(2).unwrap();
    let mean = (hidden.broadcast_mul(&mask).unwrap().sum(1).unwrap()
        / mask.sum_all().unwrap().to_scalar::<f32>().unwrap() as f64)
        .unwrap()
        .squeeze(0)
        .unwrap();
    let norm = mean.sqr().unwrap().sum_all().unwrap().sqrt().unwrap();
    let reference: Vec<f32> = mean.broadcast_div(&norm).unwrap().to_vec1().unwrap();
    let ours = &model.embed(&[sentence]).unwrap()[0];
    let gap = reference
        .iter()
        .zip(ours)
        .map(|(a, b)| (a - b).abs())
        .fold(0f32, f32::max);
    assert!(gap < 1e-4, "largest difference {gap}");
}

#[test]
fn a_trained_bias_head_reads_back_as_it_was_written() {
    use crosscheck_embed::tuned::{BiasHead, TrainOptions};
    let Some(model) = model() else { return };
    let sentences = [
        "The senator slammed the reckless, shameful scheme.",
        "The committee met on Tuesday to discuss the budget.",
        "Radical extremists are destroying our great country.",
        "The report was published in March.",
    ];
    let options = TrainOptions {
        top: 1,
        epochs: 2,
        batch: 2,
        ..TrainOptions::default()
    };
    let lowers = model.lower(&sentences, model.layers() - 1).unwrap();
    let head = BiasHead::train(&model, &lowers, &[true, false, true, false], &options).unwrap();
    assert_eq!(head.from_layer(), model.layers() - 1);
    let before = head.probabilities(&lowers).unwrap();
    let again = BiasHead::from_bytes(&model, &head.to_bytes(&model).unwrap()).unwrap();
    let after = again.probabilities(&lowers).unwrap();
    for (b, a) in before.iter().zip(&after) {
        assert!((b - a).abs() < 0.01, "{before:?} {after:?}");
    }
    assert!(BiasHead::from_bytes(&model, b"not a head").is_err());
}

#[test]
fn the_shipped_bias_head_tells_a_loaded_sentence_from_a_plain_one() {
    let Some(model) = model() else { return };
    let p = model
        .bias(&[
            "The radical, power-hungry mayor rammed through his disastrous scheme.",
            "The city council approved the budget on Tuesday by a vote of 7 to 2.",
        ])
        .unwrap()
        .expect("a bias head is shipped");
    eprintln!("bias head: {p:?}");
    assert!(p[0] > 0.5 && p[1] < 0.5, "{p:?}");
}
