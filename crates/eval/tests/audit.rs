//! The audit of what the report asserts, on the hand-judged stories of
//! `testdata/audit`: the gold parses and is well-formed (no benchmark data
//! needed), and floors just below the measured precision and recall of each
//! kind of finding (BENCHMARKS.md), which read the folder named by
//! `CROSSCHECK_BENCH` and say plainly when they were skipped.

#![allow(clippy::print_stderr)]

use std::path::PathBuf;

use crosscheck_eval::audit::{self, Ratio, Split};

fn gold_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/audit")
}

/// The gold files of `dir`, `(dev, held out)` of them, every one passing
/// the gold's checks.
fn checked_gold(dir: &std::path::Path, splits: (usize, usize)) -> Vec<audit::GoldFile> {
    let files = audit::gold::load_all(dir).unwrap();
    let count = |split| files.iter().filter(|f| f.split == split).count();
    assert_eq!((count(Split::Dev), count(Split::Heldout)), splits);
    let problems: Vec<String> = files
        .iter()
        .flat_map(audit::gold::check)
        .map(|p| p.to_string())
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    files
}

#[test]
fn gold_parses_and_is_well_formed() {
    let files = checked_gold(&gold_dir(), (54, 22));
    for f in &files {
        let s = &f.story;
        assert!(
            s.articles.len() >= 3,
            "{}: a multi-outlet story has three articles or more",
            s.story
        );
    }
}

/// `ratio` is at least `floor`.
fn at_least(what: &str, ratio: Ratio, floor: f64) {
    let value = ratio.value().unwrap_or(0.0);
    eprintln!("audit {what} {ratio}");
    assert!(value >= floor, "audit {what} {ratio} fell below {floor}");
}

/// Stop 51, all 76 stories: speakers 0.875 (1107/1265; held out 0.845,
/// 355/420; dev 0.890, 752/845), from 0.871, by rules written from the
/// battery X, read this stop (a body's initials as the article writes its
/// name in full gave four held-out quotations) and one dev story (a
/// relative's given name with the family's surname); naming the speaker
/// 0.881; the rest unchanged.
///
/// Stop 49, all 76 stories: speakers 0.871 (1102/1265; held out 0.836,
/// 351/420), from 0.869, by rules written from the blind battery V (a
/// colon's lead-in with no cue gives its subject the words: all three on
/// held-out stories); naming the speaker 0.877; the rest unchanged.
///
/// Stop 48, all 76 stories: speakers 0.869 (1099/1265; held out 0.829,
/// 348/420), from 0.867 (1096/1264), by rules written from a blind
/// battery (a document's author after a possessive gave three held-out
/// quotations); naming the speaker 0.874; quotation pairs P 0.939
/// (247/263) R 0.731; the rest unchanged.
///
/// Stop 42, all 76 stories: speakers, with groups, lists and
/// organisations named before as speakers ("they said", "the two
/// senators", "the company"), each left unresolved where two are in
/// reach: 0.856 (1082/1264; dev 0.884, held out 0.800), from 0.852; naming
/// the speaker 0.862; attributions P 0.924 (1137/1231); a blind battery
/// of 197 quotations 173 with the stop's first rules and without.
///
/// Stop 41, all 76 stories: speakers, from two more batteries written
/// blind by helpers (about 300 cases), their second reads, and documents
/// named as the article names them: 0.852 (1077/1264; dev 0.879, held out
/// 0.797), from 0.844; naming the speaker 0.858; attributions P 0.924
/// (1137/1231); a third blind battery, not used for any rule, 197 → 201 of
/// 241.
///
/// Stop 40, all 76 stories: an entity the tagger alone reads is asserted
/// from a sum of margins of 30 (was 10; the band between was right 0.72 on
/// dev): entities asserted P 0.905 (1402/1550; dev 0.922, held out 0.876)
/// R 0.598, from 0.865 R 0.707; every entity unchanged (0.819); then 0.906
/// (1404/1549) with two names side by side one. Speakers, from two
/// batteries of ordinary news sentences written blind by helpers (385
/// cases) and general rules for what they showed, mended after a second
/// read: 0.844 (1067/1264; dev 0.873, held out 0.785), from 0.839 (dev
/// 0.871, held out 0.773); naming the speaker 0.850; attributions P 0.924
/// (1136/1230).
///
/// Stop 39, all 76 stories, general rules for speakers read off the dev
/// stories and a battery of ordinary news sentences: speakers 0.839
/// (1060/1264; dev 0.871, held out 0.773; continuations 0.896, naming the
/// speaker 0.844), from 0.820 (dev 0.857, held out 0.747); attributions P
/// 0.923 (1134/1229) R 0.616; entities asserted P 0.865 (1632/1887);
/// quotation pairs P 0.939 (245/261) — two more pairs of quotations whose
/// speakers are now named; the rest unchanged.
///
/// Stop 38, all 76 stories: the 30 fresh BASIL triplets now judged for the
/// timeline, quotation pairs and attributions too. Attributions P 0.922
/// (1128/1224; held out 0.910) R 0.612 — on the new gold at first sight
/// P 0.904 (dev 0.891, held out 0.933), its annotators having listed
/// nouns and agentless passives the stage does not read (recall 0.516).
/// Speakers 0.820 (1036/1263; continuations 0.886), entities asserted P
/// 0.862 (1632/1893), every entity 0.816. Timeline P 0.960 (945/984; held out
/// 0.952) R 0.893 — 0.911 when that gold came in (0.865 on its 21 dev
/// stories, 0.910 on its 9 held out), from 0.951 on the older gold alone;
/// quotation pairs P 0.946 R 0.725 (first figures on the new pairs: P
/// 0.964 R 0.662); material P 1.000 (3/3) R 0.200 (3/15) — 0/5 on the new
/// pairs when they came in (a stretch quoted from inside a longer
/// quotation, numbers in words).
///
/// Stop 37, all 76 stories (46 judged for some kinds only; derivation now
/// judged on the 30 fresh BASIL triplets and on 16 METER stories judged
/// for it alone): derivation P 0.870 (80/92; held out 0.958, 23/24; the 30
/// fully annotated stories 1.000, 45/45) R 0.825; speakers 0.817
/// (1033/1264; continuations 0.883); entities asserted P 0.859. With the
/// sentence model, derivation P 0.860 (80/93).
///
/// Measured with lexical evidence, all 60 stories (stop 36; 30 of them
/// judged for quotations and entities only): speakers 0.801 of the gold
/// quotations found (1012/1264; continuations 0.863, naming the speaker
/// 0.807; 0.776 at the stop's start on the 39 stories then), entities
/// asserted P 0.857 (1625/1897), every entity 0.810. The other kinds are
/// judged on the 30 fully annotated stories, as before. On those 30 at
/// stop 35: derivation P 0.938
/// (45/48) R 0.900 (45/50); quotations P 0.996 R 0.972 (R 0.906 before
/// single quotation marks were read: British papers quote with them);
/// speakers 0.803 of the gold quotations found (415/517; continuations
/// 0.845; 0.791 before stop 35's rules: nested quotations and the
/// innermost frame, a verb of saying before its subject, a subject named
/// in a pronoun's own sentence, a relative pronoun's noun; 0.802 of 481
/// before the single marks: the quotations they add have their speaker
/// right less often), 0.782 of all gold quotations (0.727 before), naming
/// the speaker 0.810; material P 1.000 (2/2) R
/// 0.200 (2/10); quotation pairs P 0.934 R 0.816 (0.913 and 0.624 before); attributions P 0.921 R 0.658 (stances, wishes, legal acts,
/// impressions, acts after "continued to" / "declined to" and negated cues
/// not asserted; a source is the subject, never an addressee or an object:
/// P 0.864 before those rules); entities asserted P 0.878 R 0.680, every
/// entity (the possible ones too) P 0.828 R 0.731 (0.873 and 0.824 before
/// a noun in apposition and a business's premises gave types; P 0.845 and 0.800 before
/// the span rules: case names, roles inside a tagged run, the District
/// after a city, a seat coordinated with a city, a court that hears or a
/// body with a spokesman an organisation, offices and adjectives no
/// entity; against the gold after its completeness pass; 0.571 /
/// 0.736 before issue 13's entity rules); timeline P 0.949 R 0.821
/// (a sentence that plans, schedules or looks ahead puts an undated weekday
/// after the publication date; "April this year" is a month, "the last
/// year" a span; P 0.927 before those); aligned pairs asserted P 0.929 R 0.294,
/// every pair P 0.822 R 0.424.
#[test]
fn audit_floors() {
    let Some(bench) = crosscheck_eval::bench_dir() else {
        eprintln!(
            "skipped: {} is not set, so the audit floors were not checked",
            crosscheck_eval::BENCH_ENV
        );
        return;
    };
    let report = audit::run(&bench, &gold_dir(), None).unwrap();
    assert_eq!(report.stories.len(), 76);
    let s = report.overall();
    at_least("derivation precision", s.derivation.precision, 0.86);
    at_least("derivation recall", s.derivation.recall, 0.81);
    at_least("quotation precision", s.quotations.precision, 0.99);
    at_least("quotation recall", s.quotations.recall, 0.96);
    at_least("speaker accuracy", s.speakers, 0.872);
    at_least(
        "speaker accuracy, continuations",
        s.speakers_continuations,
        0.89,
    );
    at_least("speaker named", s.speakers_named, 0.878);
    at_least("material precision", s.material, 0.99);
    at_least("material recall", s.material_recall, 0.19);
    at_least("quotation pair precision", s.pairs.precision, 0.92);
    at_least("quotation pair recall", s.pairs.recall, 0.70);
    at_least("attribution precision", s.attributions.precision, 0.92);
    at_least("attribution recall", s.attributions.recall, 0.60);
    at_least("entity precision", s.entities.precision, 0.90);
    at_least("entity recall", s.entities.recall, 0.59);
    at_least(
        "entity precision, possible ones too",
        s.all_entities.precision,
        0.805,
    );
    at_least(
        "entity recall, possible ones too",
        s.all_entities.recall,
        0.71,
    );
    at_least("timeline precision", s.timeline.precision, 0.955);
    at_least("timeline recall", s.timeline.recall, 0.88);
    // Asserted pairs (measured 0.929, 0.294), and every pair, the possibly
    // related ones too (0.822, 0.424).
    at_least("alignment precision", s.alignments.precision, 0.92);
    at_least("alignment recall", s.alignments.recall, 0.29);
    at_least(
        "alignment precision, all pairs",
        s.all_alignments.precision,
        0.81,
    );
    at_least("alignment recall, all pairs", s.all_alignments.recall, 0.42);
    // What each article adds (measured 0.920, 0.389; before the echo floor
    // 0.720, 0.947).
    at_least("adds precision", s.adds.precision, 0.91);
    at_least("adds recall", s.adds.recall, 0.38);
    // No gold item goes unplaced: every cue is found in its sentence or
    // paragraph, every source beside it.
    let unplaced: Vec<&String> = report.stories.iter().flat_map(|s| &s.unplaced).collect();
    assert!(unplaced.is_empty(), "{unplaced:?}");
}

/// With the sentence model (when `CROSSCHECK_MODEL_DATA` names a data
/// directory where it is set up). Measured: asserted aligned pairs P 0.920
/// (301/327) R 0.305 (304/998); every aligned pair P 0.782 (445/569) R 0.449
/// (448/998); derivation P 0.938 (45/48) R 0.900; what each article adds
/// P 0.920 (393/427) R 0.389; the other
/// findings do not read the alignment and are the lexical run's.
#[test]
fn audit_floors_with_the_sentence_model() {
    let Some(bench) = crosscheck_eval::bench_dir() else {
        eprintln!(
            "skipped: {} is not set, so the audit floors with the sentence model were not checked",
            crosscheck_eval::BENCH_ENV
        );
        return;
    };
    let Some(dir) = std::env::var_os("CROSSCHECK_MODEL_DATA").map(PathBuf::from) else {
        eprintln!(
            "skipped: CROSSCHECK_MODEL_DATA is not set, so the audit with the sentence model was not checked"
        );
        return;
    };
    let model = crosscheck_embed::Model::load(&dir).unwrap();
    let report = audit::run(&bench, &gold_dir(), Some(&model)).unwrap();
    assert!(report.sentence_model.is_some());
    let s = report.overall();
    at_least("alignment precision (model)", s.alignments.precision, 0.91);
    at_least("alignment recall (model)", s.alignments.recall, 0.30);
    at_least("adds precision (model)", s.adds.precision, 0.91);
    at_least(
        "alignment precision, all pairs (model)",
        s.all_alignments.precision,
        0.77,
    );
    at_least(
        "alignment recall, all pairs (model)",
        s.all_alignments.recall,
        0.44,
    );
    at_least("derivation precision (model)", s.derivation.precision, 0.85);
    at_least("derivation recall (model)", s.derivation.recall, 0.81);
}

/// Claims on the audit stories against the hand judgements of
/// `testdata/audit-claims` (154 claims several articles carry). Measured:
/// grouping 0.965 dev (82/85), 0.933 held out (56/60); independent-source
/// counts 0.845 (71/84) dev, 0.930 (53/57) held out (0.726 and 0.877 before
/// carriers that write it in the same eight words in a row, five of them
/// content words, counted once); single-source flags 0.985 (67/68) dev,
/// 0.980 (50/51) held out; caveat
/// omissions asserted: none dev, 2 held out (both right).
#[test]
fn audit_claims_floors() {
    let Some(bench) = crosscheck_eval::bench_dir() else {
        eprintln!(
            "skipped: {} is not set, so the claims audit floors were not checked",
            crosscheck_eval::BENCH_ENV
        );
        return;
    };
    let judged = gold_dir().join("../audit-claims");
    let scores = crosscheck_eval::claims::audit(&bench, &gold_dir(), &judged).unwrap();
    let share = |n: usize, of: usize| n as f64 / of.max(1) as f64;
    for (split, c) in scores {
        eprintln!("{split}: {c:?}");
        // A change to the grouping leaves claims unjudged: judge them again
        // when fewer than nine in ten are still reported as judged.
        assert!(
            share(c.matched, c.judged) >= 0.9,
            "{split}: only {} of {} judged claims still reported",
            c.matched,
            c.judged
        );
        assert!(share(c.grouping_right, c.matched) >= 0.93, "{split}: {c:?}");
        assert!(
            share(c.single_right, c.single_flags) >= 0.97,
            "{split}: {c:?}"
        );
        let floor = if split == crosscheck_eval::audit::Split::Dev {
            0.88
        } else {
            0.91
        };
        assert!(share(c.count_right, c.counted) >= floor, "{split}: {c:?}");
        // Caveat omissions asserted, judged by reading the texts: none on
        // the dev stories; two held out, both right (the PA copy and the
        // Independent carry an informant's £10,000 claim without the
        // denial by Customs the Times carries). A new one must be judged.
        assert!(c.omissions.len() <= 2, "{split}: {:#?}", c.omissions);
    }
}

fn speakers_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/speakers")
}

#[test]
fn speakers_gold_parses_and_is_well_formed() {
    let files = checked_gold(&speakers_dir(), (24, 24));
    for f in &files {
        assert_eq!(f.story.articles.len(), 1, "{}: one article", f.story.story);
        assert!(
            f.story.derivation.is_empty() && f.story.entities.is_empty(),
            "{}: the speakers set judges quotations only",
            f.story.story
        );
    }
}

/// The speakers set (`testdata/speakers`: 48 British court reports of
/// METER, hand-judged for every quotation and its speaker; dev 1999, held
/// out 2000). Measured (see BENCHMARKS.md): dev speakers 0.750 of the
/// quotations found (117/156; 0.731 before stop 35's rules: the innermost
/// frame, nested quotations, a plural head; 0.481 before the rules for
/// British reports: leads in capitals, abbreviated ranks, counsel "for the
/// prosecution", letters after a name, first names, descriptions, a
/// passive's agent, "was heard saying"), quotation precision 0.967, recall
/// 0.929; all 48 articles, speakers 0.717 (213/297; 0.455 before),
/// quotation precision 0.979.
#[test]
fn speakers_floors() {
    let Some(bench) = crosscheck_eval::bench_dir() else {
        eprintln!(
            "skipped: {} is not set, so the speakers floors were not checked",
            crosscheck_eval::BENCH_ENV
        );
        return;
    };
    let report = audit::run(&bench, &speakers_dir(), None).unwrap();
    assert_eq!(report.stories.len(), 48);
    let dev = report.split(Split::Dev);
    at_least(
        "speakers set, dev quotation precision",
        dev.quotations.precision,
        0.96,
    );
    at_least(
        "speakers set, dev quotation recall",
        dev.quotations.recall,
        0.92,
    );
    at_least("speakers set, dev speaker accuracy", dev.speakers, 0.74);
    let all = report.overall();
    at_least(
        "speakers set, quotation precision",
        all.quotations.precision,
        0.97,
    );
    at_least("speakers set, speaker accuracy", all.speakers, 0.71);
}

/// A second annotator's speakers for every dev quotation of both sets
/// (`testdata/speakers/second-annotation.jsonl`: made from the article
/// texts and the gold's quotation texts alone, by the same definitions,
/// without the gold's speakers), compared with the gold by the scorer's
/// [`audit::score::speaker_key`]: how far two people agree, the ceiling a
/// speaker figure can be read against. Measured (BENCHMARKS.md): audit dev
/// 0.941 (304/323) on the 17 fully annotated stories, 0.973 (852/876) with
/// the 21 fresh ones of stop 36; speakers dev 0.946 (159/168).
#[test]
fn a_second_annotator_agrees_with_the_speakers_gold() {
    #[derive(serde::Deserialize)]
    struct Row {
        set: String,
        story: String,
        article: String,
        text: String,
        speaker: Option<String>,
    }
    let rows: Vec<Row> = std::fs::read_to_string(speakers_dir().join("second-annotation.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for (set, dir, floor) in [
        ("audit", gold_dir(), 0.93),
        ("speakers", speakers_dir(), 0.93),
    ] {
        let files = audit::gold::load_all(&dir).unwrap();
        let mut agree = Ratio::default();
        for f in files.iter().filter(|f| f.split == Split::Dev) {
            for q in &f.story.quotations {
                let second = rows
                    .iter()
                    .find(|r| {
                        r.set == set
                            && r.story == f.story.story
                            && r.article == q.article.0
                            && r.text == q.text
                    })
                    .unwrap_or_else(|| {
                        panic!("{}: no second judgement of {:?}", f.story.story, q.text)
                    });
                let same = match (&q.speaker, &second.speaker) {
                    (None, None) => true,
                    (Some(a), Some(b)) => {
                        audit::score::speaker_key(a) == audit::score::speaker_key(b)
                    }
                    _ => false,
                };
                agree.count(same);
            }
        }
        eprintln!("{set} dev: a second annotator agrees on {agree}");
        at_least(&format!("{set}: second annotator"), agree, floor);
    }
}

/// The speaker batteries (`testdata/speakers/batteries`: articles written
/// for the purpose by annotators who saw no output of crosscheck, every
/// quotation marked). V was read and rules were written from its misses in
/// stop 49, W (blind then) in stop 50, X in stop 51, Z in stop 52, AA in
/// stop 53, AB in stop 54, AC in stop 55, AD in stop 56, AE in stop 57, AF
/// and AG in stop 58; Y carries a little tuning, and AH to AO are blind
/// (only their totals are read). Measured figures,
/// before and after each stop's rules, are in BENCHMARKS.md. Needs no
/// benchmark data: the articles are in the repository.
#[test]
fn speaker_battery_floors() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/speakers/batteries");
    let scores = crosscheck_eval::battery::run(&dir).expect("the batteries parse");
    let floor = |name: &str| match name {
        "V" => 0.919,
        "W" => 0.923,
        "X" => 0.861,
        "Y" => 0.903,
        "Z" => 0.881,
        "AA" => 0.900,
        "AB" => 0.916,
        "AC" => 0.909,
        "AD" => 0.897,
        "AE" => 0.929,
        "AF" => 0.864,
        "AG" => 0.838,
        "AH" => 0.824,
        "AI" => 0.823,
        "AJ" => 0.817,
        "AK" => 0.757,
        "AL" => 0.819,
        "AM" => 0.718,
        "AN" => 0.779,
        "AO" => 0.793,
        other => panic!("battery {other} has no floor: measure it and add one"),
    };
    assert!(scores.len() >= 2, "the batteries are missing");
    for s in &scores {
        assert!(
            s.quotations >= 280,
            "{}: {} quotations",
            s.name,
            s.quotations
        );
        assert!(
            s.accuracy() >= floor(&s.name),
            "battery {}: speakers {:.3} ({}/{}) below the floor {}",
            s.name,
            s.accuracy(),
            s.right,
            s.quotations,
            floor(&s.name)
        );
    }
}
