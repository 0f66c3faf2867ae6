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
