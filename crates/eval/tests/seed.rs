//! Stages scored on the seed pair against `testdata/seed-pair.gold.json`
//! (always runs: the seeds and their gold are part of the repository).

#![allow(clippy::print_stderr)]

use std::path::PathBuf;

fn seed() -> crosscheck_eval::seed::Seed {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    crosscheck_eval::seed::load(&root, None).unwrap()
}

/// Measured: 7 of 7 gold alignments found (4 with the gold relation), 10
/// predicted, all 10 correct by hand; all 9 `only_in` strings.
#[test]
fn alignment_against_gold() {
    let r = crosscheck_eval::seed::alignment(&seed());
    assert!(r.found >= 6, "{r:?}");
    assert!(
        r.predicted <= 14,
        "too many alignments for two articles of 20 and 13 sentences: {r:?}"
    );
    assert_eq!(r.only_in_found, r.only_in_gold, "{r:?}");
}

/// B (The Cradle) derives from A (The New York Times), with the explicit
/// citation and the publication order as evidence; nothing the other way.
#[test]
fn derivation_against_gold() {
    let seed = seed();
    let edges = &seed.analysis.derivation.edges;
    assert_eq!(edges.len(), 1, "{edges:?}");
    let e = &edges[0];
    assert_eq!((e.derived, e.source), (1, 0));
    let kinds: Vec<&str> = e.evidence.iter().map(|ev| ev.kind.as_str()).collect();
    assert!(
        kinds.contains(&"explicit_citation") && kinds.contains(&"published_after"),
        "{kinds:?}"
    );
    let citation = e.evidence[0].span.unwrap();
    let b = &seed.analysis.articles[1];
    assert!(citation.slice(&b.text).contains("New York Times"));
}

/// Every quotation of the gold with its speaker, channel and cross-outlet
/// verdict; "perceived" reported as a material hedge removal; "Popular
/// Defense Units" not speech; every gold attribution with its chain and
/// source type. Measured: all of them, 10 quotations predicted.
#[test]
fn quotes_against_gold() {
    let q = crosscheck_eval::seed::quotes(&seed());
    assert_eq!(q.quotes_found, q.quotes_gold, "{q:?}");
    assert_eq!(q.speaker_right, q.quotes_gold, "{q:?}");
    assert_eq!(q.via_right, q.via_gold, "{q:?}");
    assert_eq!(q.verdicts_right, q.verdicts_gold, "{q:?}");
    assert!(q.hedge_removal_found, "{q:?}");
    assert_eq!(q.names_as_speech, 0, "{q:?}");
    assert!(q.quotes_predicted <= 12, "{q:?}");
    let (gold, found, chain, typed) = q.attributions;
    assert_eq!((found, chain, typed), (gold, gold, gold), "{q:?}");
}

/// Every dated statement of the gold timeline, with its value and
/// precision, in the articles that carry it.
#[test]
fn timeline_against_gold() {
    let (gold, found) = crosscheck_eval::seed::timeline(&seed());
    assert!(gold >= 4);
    assert_eq!(found, gold);
}

/// With the sentence model (when `CROSSCHECK_MODEL_DATA` names a data
/// directory where it is set up). Measured: 7 of 7 gold alignments, 10
/// predicted, 9 correct by hand; all 9 `only_in` strings.
#[test]
fn alignment_with_the_sentence_model() {
    let Some(dir) = std::env::var_os("CROSSCHECK_MODEL_DATA").map(PathBuf::from) else {
        eprintln!(
            "skipped: CROSSCHECK_MODEL_DATA is not set, so the seed alignment with the sentence model was not checked"
        );
        return;
    };
    let model = crosscheck_embed::Model::load(&dir).unwrap();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seed = crosscheck_eval::seed::load(&root, Some(&model)).unwrap();
    let r = crosscheck_eval::seed::alignment(&seed);
    assert!(r.found >= 6, "{r:?}");
    assert!(r.predicted <= 14, "{r:?}");
    assert_eq!(r.only_in_found, r.only_in_gold, "{r:?}");
}

/// Loaded language with the sentence model (when `CROSSCHECK_MODEL_DATA`
/// names a data directory where it is set up). Measured: 7 of the 10 gold
/// phrases found in the right outlet ("trumpeted" in both, "autocracy",
/// "repression", "grudges", "oppressive", "battered"); 17 words and
/// phrases shown, none inside a quotation.
#[test]
fn loaded_language_with_the_sentence_model() {
    let Some(dir) = std::env::var_os("CROSSCHECK_MODEL_DATA").map(PathBuf::from) else {
        eprintln!("skipped: CROSSCHECK_MODEL_DATA is not set, so loaded language was not checked");
        return;
    };
    let model = crosscheck_embed::Model::load(&dir).unwrap();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seed = crosscheck_eval::seed::load(&root, Some(&model)).unwrap();
    let (gold, found, predicted, right) = crosscheck_eval::seed::loaded(&seed).unwrap();
    eprintln!("loaded: {found}/{gold} found, {predicted} predicted ({right} in gold)");
    assert!(found >= 7, "{found}/{gold}");
    assert!(predicted <= 24, "{predicted}");
}

/// Loaded language with the fine-tuned bias head as well (`compare
/// --bias-head`): every flagged sentence is the head's. Measured with the
/// four-layer head: 3 of the 10 gold phrases found, 7 shown (the
/// three-layer head: 2 of 10, "trumpeted" and "grudges" in the Times, 6
/// shown; 17 in 17 sentences without the head): the head withdraws
/// most of what the logistic models flag here, the gold's loaded words among
/// them, so the default stays without it.
#[test]
fn loaded_language_with_the_bias_head() {
    let Some(dir) = std::env::var_os("CROSSCHECK_MODEL_DATA").map(PathBuf::from) else {
        eprintln!("skipped: CROSSCHECK_MODEL_DATA is not set, so the bias head was not checked");
        return;
    };
    let model = crosscheck_embed::Model::load(&dir).unwrap();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let settings = crosscheck_pipeline::Settings {
        bias_head: true,
        ..crosscheck_pipeline::Settings::default()
    };
    let seed = crosscheck_eval::seed::load_with(&root, Some(&model), &settings).unwrap();
    let (gold, found, predicted, right) = crosscheck_eval::seed::loaded(&seed).unwrap();
    eprintln!(
        "loaded with the bias head: {found}/{gold} found, {predicted} predicted ({right} in gold)"
    );
    for f in &seed.analysis.framing {
        let crosscheck_pipeline::Loaded::Found(found) = &f.loaded else {
            panic!("loaded language not measured")
        };
        assert_eq!(f.loaded_by, Some(crosscheck_pipeline::Classifier::BiasHead));
        assert!(
            found
                .iter()
                .all(|l| l.classifier == crosscheck_pipeline::Classifier::BiasHead)
        );
    }
    assert!(found >= 3, "{found}/{gold}");
    assert!(predicted <= 8, "{predicted}");
}

/// Without the sentence model, loaded language says it was not measured.
#[test]
fn loaded_language_without_the_model_is_not_measured() {
    assert_eq!(crosscheck_eval::seed::loaded(&seed()), None);
}

/// Every entity of the gold found with its type, its alias group whole and
/// nothing else in it, Daniel and Laureano Ortega apart. Measured: 15/15
/// found and typed, alias pairs P 1.000 R 1.000 (32 pairs), 1/1 kept apart.
#[test]
fn entities_against_gold() {
    let e = crosscheck_eval::seed::entities(&seed());
    eprintln!("{e:?}");
    assert_eq!(e.found, e.gold);
    assert_eq!(e.gold, 15);
    assert_eq!(e.typed, e.gold, "{:?}", e.misses);
    assert!(e.pairs.f1 >= 0.99, "{:?}", e.misses);
    assert_eq!(e.distinct, (1, 1));
}

/// The leaked report's claim is carried by both outlets and rests on one
/// source (The Cradle relays the Times); the Times' three caveats about the
/// documents are reported as omitted by The Cradle, and no other omission
/// is asserted. Measured: grouped, 1 source, 3 of 3 caveats, 3 omissions
/// asserted, all right.
#[test]
fn claims_and_caveats_against_gold() {
    let c = crosscheck_eval::seed::claims(&seed());
    assert!(c.leaked_grouped, "{c:?}");
    assert_eq!(c.leaked_sources, 1, "{c:?}");
    assert_eq!(c.caveats_found, c.caveats_gold, "{c:?}");
    assert_eq!(c.omissions_predicted, c.omissions_right, "{c:?}");
    // The gold has no conflict between the two.
    let seed = seed();
    let conflicts: Vec<_> = seed
        .analysis
        .claims
        .iter()
        .flat_map(|c| &c.conflicts)
        .collect();
    assert!(conflicts.is_empty(), "{conflicts:?}");
}

/// Every gold hedge is found in its outlet's article, and nothing else is
/// called a hedge. Measured: 5 of 5, 5 predicted.
#[test]
fn hedges_against_gold() {
    let (gold, found, predicted, right) = crosscheck_eval::seed::hedges(&seed());
    assert_eq!(found, gold);
    assert_eq!(predicted, right);
}
