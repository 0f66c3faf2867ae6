//! Accuracy floors on the public benchmarks, just below the measured scores
//! (BENCHMARKS.md). They read the folder named by `CROSSCHECK_BENCH` and say
//! plainly that they were skipped when it is not set.

#![allow(clippy::print_stderr)]

fn bench() -> Option<std::path::PathBuf> {
    let dir = crosscheck_eval::bench_dir();
    if dir.is_none() {
        eprintln!(
            "skipped: {} is not set, so the benchmark floors were not checked",
            crosscheck_eval::BENCH_ENV
        );
    }
    dir
}

/// Measured: F1 0.971 (P 0.963, R 0.979) on the 91 development pages.
#[test]
fn html_extraction_f1_floor() {
    let Some(dir) = bench() else { return };
    let report = crosscheck_eval::extraction::run(&dir).unwrap();
    eprintln!(
        "extraction F1 {:.3} P {:.3} R {:.3}",
        report.score.f1, report.score.precision, report.score.recall
    );
    assert!(report.pages.len() >= 91);
    assert!(
        report.score.f1 >= 0.965,
        "extraction F1 {:.3} fell below 0.965",
        report.score.f1
    );
}

/// Measured: reused-text F1 0.815 (P 0.760, R 0.878) on the 355 annotated
/// courts texts with the default reuse options and sentence containment 0.5
/// (a sentence counts as rewritten when three adjacent source sentences
/// hold half its content words, as derivation counts it).
#[test]
fn meter_reuse_spans_f1_floor() {
    let Some(dir) = bench() else { return };
    let r =
        crosscheck_eval::meter::spans(&dir, &crosscheck_reuse::Options::default(), 0.5).unwrap();
    eprintln!(
        "meter spans F1 {:.3} P {:.3} R {:.3}",
        r.reused.f1, r.reused.precision, r.reused.recall
    );
    assert_eq!(r.texts, 355);
    assert!(
        r.reused.f1 >= 0.80,
        "METER span F1 {:.3} fell below 0.80",
        r.reused.f1
    );
}

/// Measured: ternary macro F1 0.671 with the default thresholds (fitted on
/// these texts, before the press agency's copy was cut into sentences at
/// its paragraph marks; 0.679 under ten-fold cross-validation), binary
/// 0.735; the extent reads the share covered by all upstream sources
/// together.
#[test]
fn meter_derivation_floor() {
    let Some(dir) = bench() else { return };
    let stories = crosscheck_eval::derivation::meter_stories(&dir).unwrap();
    let items = crosscheck_eval::derivation::features(&stories, &Default::default());
    let r = crosscheck_eval::derivation::score(items);
    eprintln!(
        "meter derivation ternary F1 {:.3} binary F1 {:.3}",
        r.ternary.f1, r.binary.f1
    );
    assert_eq!(r.items.len(), 770);
    assert!(
        r.ternary.f1 >= 0.66,
        "METER ternary F1 {:.3} fell below 0.66",
        r.ternary.f1
    );
    // The ceiling of a rule on the share of reused text: on the 355 texts
    // annotated word by word, thresholds on the share the annotators marked
    // reused, fitted on those very texts, reach 0.687; crosscheck's
    // defaults on the same texts 0.703.
    let gold = crosscheck_eval::derivation::meter_gold_shares(&dir).unwrap();
    let (_, fitted) = crosscheck_eval::derivation::cross_validated(&gold);
    let ceiling = crosscheck_eval::derivation::with_thresholds(&gold, fitted);
    let same = crosscheck_eval::derivation::among(&r.items, &gold);
    let mine = crosscheck_eval::derivation::score(same);
    eprintln!(
        "meter derivation on the {} texts annotated word by word: {:.3}; the annotators' reused share, fitted in-sample: {:.3}",
        mine.items.len(),
        mine.ternary.f1,
        ceiling.ternary.f1
    );
    assert_eq!(gold.len(), 355);
    assert!((ceiling.ternary.f1 - 0.687).abs() < 0.001);
    assert!(
        mine.ternary.f1 >= 0.68,
        "METER ternary F1 {:.3} on the annotated texts fell below 0.68",
        mine.ternary.f1
    );
}

/// Measured: ternary macro F1 0.443, binary 0.604 (Urdu, with the
/// thresholds fitted on METER; 0.533 under its own cross-validated ones).
#[test]
fn counter_derivation_floor() {
    let Some(dir) = bench() else { return };
    let stories = crosscheck_eval::derivation::counter_stories(&dir).unwrap();
    let items = crosscheck_eval::derivation::features(&stories, &Default::default());
    let r = crosscheck_eval::derivation::score(items);
    eprintln!(
        "counter derivation ternary F1 {:.3} binary F1 {:.3}",
        r.ternary.f1, r.binary.f1
    );
    assert_eq!(r.items.len(), 300);
    assert!(
        r.ternary.f1 >= 0.43,
        "COUNTER ternary F1 {:.3} fell below 0.43",
        r.ternary.f1
    );
}

/// Measured on dev (84 articles, 2,193 attributions), the stage (the learned
/// tagger's spans merged with the rules' speakers of quotations and the
/// rules' attributions it does not find, transcript turns, and the stances
/// the audit does not assert, and the attributions whose source phrase is
/// no one, and the acts and impressions the audit does not assert): exact
/// source F1 64.6, content character-overlap F1 79.8, direct-quote speaker
/// accuracy 93.9% (510 quotations). Targets: 85 / 85 / 90. The tagger's attributions on their
/// own: source 64.4, content overlap 82.6, speaker accuracy 87.9%.
#[test]
fn polnear_attribution_floor() {
    let Some(dir) = bench() else { return };
    let r = crosscheck_eval::polnear::evaluate(&dir.join("polnear/dev.jsonl"), None).unwrap();
    let source = r.exact["source"].f1;
    let content = r.overlap["content"].f1;
    let learned = crosscheck_eval::polnear::evaluate_learned(
        &dir.join("polnear/dev.jsonl"),
        None,
        crosscheck_quotes::learned::built_in(),
    )
    .unwrap();
    eprintln!(
        "polnear dev, the tagger alone: exact source F1 {:.3}, content overlap F1 {:.3}",
        learned.exact["source"].f1, learned.overlap["content"].f1
    );
    assert!(learned.exact["source"].f1 >= 0.63);
    assert!(learned.overlap["content"].f1 >= 0.81);
    eprintln!(
        "polnear dev: exact source F1 {source:.3}, content overlap F1 {content:.3}, quote speaker accuracy {:.3}",
        r.quote_speaker_accuracy
    );
    assert_eq!(r.articles, 84);
    assert!(
        source >= 0.62,
        "exact source F1 {source:.3} fell below 0.62"
    );
    assert!(
        content >= 0.79,
        "content overlap F1 {content:.3} fell below 0.79"
    );
    assert!(
        r.quote_speaker_accuracy >= 0.90,
        "direct-quote speaker accuracy {:.3} fell below 0.90",
        r.quote_speaker_accuracy
    );
}

/// Measured on the 22 texts PolNeAR's six annotators all annotated (train,
/// dev, annotator training), every annotator against every other: exact
/// source F1 77.1, content overlap F1 90.6 — the ceiling a system scored
/// against one annotator can expect. crosscheck against the same
/// annotators: exact source 63.0, content overlap 79.5.
#[test]
fn polnear_agreement_floor() {
    let Some(dir) = bench() else { return };
    let files = crosscheck_eval::polnear::agreement_files(&dir);
    let paths: Vec<&std::path::Path> = files.iter().map(|f| f.as_path()).collect();
    let a = crosscheck_eval::polnear::agreement(&paths)
        .unwrap()
        .unwrap();
    let human = (
        a.between_annotators.exact["source"].f1,
        a.between_annotators.overlap["content"].f1,
    );
    let mine = (
        a.crosscheck.exact["source"].f1,
        a.crosscheck.overlap["content"].f1,
    );
    eprintln!(
        "polnear agreement over {} texts: annotators source {:.3} content overlap {:.3}; crosscheck source {:.3} content overlap {:.3}",
        a.articles, human.0, human.1, mine.0, mine.1
    );
    assert_eq!((a.articles, a.annotators), (22, 6));
    // The annotators' own agreement depends on the data alone.
    assert!((human.0 - 0.771).abs() < 0.001 && (human.1 - 0.906).abs() < 0.001);
    assert!(mine.0 >= 0.61, "source F1 {:.3} fell below 0.61", mine.0);
    assert!(
        mine.1 >= 0.78,
        "content overlap F1 {:.3} fell below 0.78",
        mine.1
    );
}

/// Measured: entity-level exact F1 0.9133 (P 0.9140, R 0.9127) on
/// CoNLL-2003 valid with the committed tagger (PER 0.925, ORG 0.862, LOC
/// 0.951, MISC 0.888).
#[test]
fn conll_ner_f1_floor() {
    let Some(dir) = bench() else { return };
    let r = crosscheck_eval::ner::evaluate(&dir).unwrap();
    eprintln!(
        "ner F1 {:.4} P {:.4} R {:.4}",
        r.overall.f1, r.overall.precision, r.overall.recall
    );
    assert_eq!(r.gold, 5942);
    assert!(
        r.overall.f1 >= 0.905,
        "ner F1 {:.4} fell below 0.905",
        r.overall.f1
    );
}

/// Measured: alias pairs F1 0.917 (P 1.000, R 0.846) on the 44 groups of
/// the four triplets the rules were developed on; 0.889 (P 1.000, R 0.800)
/// on the 33 groups of three held-out triplets (0.774 at their first run).
#[test]
fn basil_alias_floor() {
    let Some(dir) = bench() else { return };
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    for (file, floor) in [
        ("basil-entities.json", 0.90),
        ("basil-entities-heldout.json", 0.87),
    ] {
        let e = crosscheck_eval::basil::entities(&dir, &root, file).unwrap();
        eprintln!("{file}: alias pairs F1 {:.3}", e.pairs.f1);
        assert!(e.pairs.precision >= 0.95, "{file}: {:?}", e.misses);
        assert!(e.pairs.f1 >= floor, "{file}: {:?}", e.misses);
    }
}

/// Measured over the 206 METER stories: of the claims only PA and the papers
/// derived from it carry, 0.923 (2043/2213) get one independent source; of
/// the claims a paper with reporting of its own carries, 0.553 (329/595)
/// are collapsed to one (143 because both give it to the same person or
/// body, or carry one quotation — one source by the stage's definition).
/// Before carriers that share eight words in a row (five of them content
/// words) counted once, 0.898 and 0.439: the collapses that rule adds are
/// papers METER calls non-derived that write a sentence in another's words.
/// Of the 374 joins the rule made in its first form (no content-word
/// floor), 236 shared quoted words (one speaker), 54 reported what was said
/// or alleged in court; of the other 84, 22 were the same sentence letter
/// for letter, and a sample of 14 held 10 copies of one sentence.
/// Since wire copy splits at a quotation opened with backticks, 0.932 and
/// 0.562 (before, 0.929 and 0.551): the 22 claims the split adds where a
/// paper has reporting of its own are mostly PA's quotation paragraphs, 19
/// of them collapsed, in the main by their one speaker. Since single
/// quotation marks are read (British papers quote with them), 0.936 and
/// 0.608: of the 28 claims more collapsed, 24 are a quotation of one named
/// speaker that PA and a paper with reporting of its own both carry — one
/// source by the contract's definition, a collapse by METER's. With the
/// speakers of British court reports named (leads in capitals, abbreviated
/// ranks, counsel "for the prosecution", first names, descriptions such as
/// "the teenager"), 0.637 (394/619): every claim more collapsed is carried
/// by one named speaker; 182 of the 394 are such quotations. With stop
/// 36's speaker rules (sources past asides, offices before names), 0.937
/// and 0.643 (398/619, from 393): the five claims more collapsed are all
/// carried by the same named speaker (186 of the 398, from 181). Stop 37:
/// a paper derives from the one PA copy it was written from (not from
/// every copy that repeats its paragraphs), and one outlet's copies count
/// as one source: 0.951 (2400/2523) and 0.664 (411/619); the claims
/// collapsed otherwise than by one named speaker fell from 212 to 209,
/// those by one named speaker, the paper related to no other carrier, rose
/// from 186 to 202 (two PA copies that were two sources are now one).
/// Stop 45: 0.672 (416/619, from 414); the two claims more collapsed are
/// carried by the same named speaker (207, from 205).
/// Stop 48: 0.675 (418/619, from 417); the claim more collapsed is carried
/// by the same named speaker (209, from 208), and one more relayed claim is
/// one source (2402/2525).
#[test]
fn meter_claims_floor() {
    let Some(dir) = bench() else { return };
    let all = crosscheck_eval::claims::meter(&dir).unwrap();
    let (_, c) = all.last().unwrap();
    let relayed = c.relayed_as_one as f64 / c.relayed as f64;
    let collapsed = c.own_reporting_as_one as f64 / c.own_reporting as f64;
    eprintln!("meter claims: relayed as one {relayed:.3}, own reporting collapsed {collapsed:.3}");
    assert!(c.stories >= 200);
    assert!(
        relayed >= 0.94,
        "relayed as one source {relayed:.3} fell below 0.94"
    );
    assert!(
        collapsed <= 0.676,
        "own reporting collapsed {collapsed:.3} rose above 0.676"
    );
}

/// The sentence model, BABE's rows and their distilled vectors, when the
/// benchmark folder and the model are there (saying what was skipped when
/// not).
fn babe(
    what: &str,
) -> Option<(
    crosscheck_embed::Model,
    Vec<crosscheck_eval::babe::Row>,
    crosscheck_eval::babe::Embedded,
)> {
    let dir = bench()?;
    let Some(data) = std::env::var_os("CROSSCHECK_MODEL_DATA").map(std::path::PathBuf::from) else {
        eprintln!("skipped: CROSSCHECK_MODEL_DATA is not set, so {what} was not checked");
        return None;
    };
    let model = crosscheck_embed::Model::load(&data).unwrap();
    let distilled = model.distilled().unwrap();
    let rows = crosscheck_eval::babe::read(&dir).unwrap();
    let embed = |t: &[&str]| distilled.embed(t).map_err(|e| e.to_string());
    let embedded = crosscheck_eval::babe::Embedded::new(&rows, &embed).unwrap();
    Some((model, rows, embedded))
}

/// Loaded language on BABE (with the sentence model, when
/// `CROSSCHECK_MODEL_DATA` names a data directory where it is set up):
/// 5-fold cross-validation of the framing stage's models. Measured: macro
/// F1 0.747 (biased: P 0.744, R 0.741); the lexicon the same folds'
/// experts marked, alone, 0.659; words at the floor P 0.370 R 0.373.
#[test]
fn babe_loaded_language_floor() {
    let Some((_, rows, embedded)) = babe("the BABE floor") else {
        return;
    };
    let s = crosscheck_eval::babe::cross_validate(&rows, &embedded, 5, 2021);
    eprintln!("{s:?}");
    assert!(s.model_macro_f1 >= 0.74, "{s:?}");
    assert!(s.model_precision >= 0.73, "{s:?}");
    assert!(s.model_macro_f1 > s.lexicon_macro_f1 + 0.05, "{s:?}");
}

/// The shipped bias head (the sentence model's top layers fine-tuned on
/// BABE) on the fold of BABE it was not trained on, alone and as the
/// pipeline runs it (behind the logistic models' cascade floor). Measured
/// on the 735 sentences of fold 0, top four layers trained: the head alone
/// macro F1 0.781 (biased: P 0.790, R 0.757); as the pipeline runs it (the
/// head reads what the logistic models give 0.5 or more) 0.757 (P 0.821, R
/// 0.657); the logistic models trained on the same folds 0.736. (With three
/// layers trained: 0.774 and 0.755.)
#[test]
fn babe_bias_head_held_out_floor() {
    let Some((model, rows, embedded)) = babe("the bias head's floor") else {
        return;
    };
    let h = crosscheck_eval::babe::held_out(&rows, &embedded, &model)
        .unwrap()
        .expect("a bias head is shipped");
    eprintln!("{h:?}");
    assert!(h.tuned >= 0.775, "{h:?}");
    assert!(h.cascade >= 0.75, "{h:?}");
    assert!(h.cascade_precision >= 0.81, "{h:?}");
    assert!(h.cascade > h.logistic, "{h:?}");
}

/// Lexical bias on BASIL (2010–2014, 150 articles) read off the loaded
/// language the report shows (with the sentence model, when
/// `CROSSCHECK_MODEL_DATA` names a data directory where it is set up).
/// Measured: sentences at the shipped floor P 0.091 R 0.484 F1 0.154, against
/// a base rate of 0.059 (223 of 3,765 sentences); loaded words against the
/// annotated spans, characters, P 0.071 R 0.106; against the spans
/// outside quotations only, P 0.070 R 0.469. The report's wording of loaded
/// language quotes that precision ("about 1 in 14"): the floors keep it
/// true.
#[test]
fn basil_lexical_bias_floor() {
    let Some(dir) = bench() else { return };
    let Some(data) = std::env::var_os("CROSSCHECK_MODEL_DATA").map(std::path::PathBuf::from) else {
        eprintln!(
            "skipped: CROSSCHECK_MODEL_DATA is not set, so the BASIL lexical-bias floor was not checked"
        );
        return;
    };
    let model = crosscheck_embed::Model::load(&data).unwrap();
    let s = crosscheck_eval::basil::lexical(&dir, &model, &Default::default()).unwrap();
    let at_floor = s.sentences_prf(crosscheck_framing::loaded::SENTENCE_FLOOR, false);
    eprintln!("{at_floor:?}");
    assert_eq!((s.articles, s.sentences), (150, 3765));
    assert!(at_floor.precision >= 0.085, "{at_floor:?}");
    assert!(at_floor.recall >= 0.47, "{at_floor:?}");
    let outside = s.sentences_prf(crosscheck_framing::loaded::SENTENCE_FLOOR, true);
    assert!(outside.precision >= 0.065, "{outside:?}");
}
