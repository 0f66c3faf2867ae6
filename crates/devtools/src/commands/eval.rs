//! `crosscheck-dev eval`: score a stage against gold.

use std::io::Write;

use anyhow::Context;

use crate::Outcome;
use crate::cli::{EvalArgs, EvalTarget};
use crosscheck_cli::write_out;

pub fn run(args: EvalArgs) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    let bench = || {
        args.bench.clone().context(
            "this evaluation needs the benchmark folder: pass --bench DIR or set CROSSCHECK_BENCH",
        )
    };
    match args.what {
        EvalTarget::MeterDerivation | EvalTarget::CounterDerivation => {
            use crosscheck_eval::derivation as d;
            let dir = bench()?;
            let (name, stories) = if args.what == EvalTarget::MeterDerivation {
                ("meter", d::meter_stories(&dir)?)
            } else {
                ("counter", d::counter_stories(&dir)?)
            };
            let settings = crosscheck_pipeline::Settings::default();
            let items = d::features(&stories, &settings);
            // For fitting, every pair gets an edge, however little it shares.
            let mut open = settings.clone();
            open.derive.partial = 0.0;
            let open_items = d::features(&stories, &open);
            let print = |out: &mut dyn Write,
                         what: &str,
                         r: &d::DerivationReport|
             -> std::io::Result<()> {
                writeln!(
                    out,
                    "{name} {what}\tternary macro F1 {:.3} (P {:.3} R {:.3})\tbinary macro F1 {:.3}\tderived F1 {:.3}\tnon-derived F1 {:.3}\twholly F1 {:.3}\tpartially F1 {:.3}\ttexts {}",
                    r.ternary.f1,
                    r.ternary.precision,
                    r.ternary.recall,
                    r.binary.f1,
                    r.derived_class.f1,
                    r.per_class[2].f1,
                    r.per_class[0].f1,
                    r.per_class[1].f1,
                    r.items.len()
                )
            };
            print(&mut out, "(default thresholds)", &d::score(items.clone()))?;
            let (cv, (w, p)) = d::cross_validated(&open_items);
            print(&mut out, "(10-fold CV thresholds)", &cv)?;
            writeln!(
                out,
                "{name} thresholds fitted on all texts: whole >= {w:.3}, partial >= {p:.3}"
            )?;
            let (cv2, (w2, v2, p2)) = d::cross_validated2(&open_items);
            print(&mut out, "(10-fold CV, shared + verbatim passages)", &cv2)?;
            writeln!(
                out,
                "{name} two-feature thresholds on all texts: whole >= {w2:.3}, verbatim >= {v2:.3} or shared >= {p2:.3}"
            )?;
            if args.what == EvalTarget::MeterDerivation {
                // The ceiling: the same rules on the shares of text the
                // annotators themselves marked reused (355 texts).
                let gold = d::meter_gold_shares(&dir)?;
                let mine = d::among(&items, &gold);
                print(
                    &mut out,
                    "(default thresholds, the texts annotated word by word)",
                    &d::score(mine),
                )?;
                let (cv, (w, p)) = d::cross_validated(&gold);
                let fit = d::with_thresholds(&gold, (w, p));
                print(
                    &mut out,
                    "ceiling: annotators' reused share, thresholds fitted in-sample",
                    &fit,
                )?;
                writeln!(
                    out,
                    "{name} ceiling thresholds: whole >= {w:.3}, partial >= {p:.3}"
                )?;
                print(
                    &mut out,
                    "ceiling: annotators' reused share, 10-fold CV",
                    &cv,
                )?;
                let (cv2, _) = d::cross_validated2(&gold);
                print(
                    &mut out,
                    "ceiling: annotators' reused and verbatim shares, 10-fold CV",
                    &cv2,
                )?;
            }
        }
        EvalTarget::Cluster => {
            let options = crosscheck_cluster::Options {
                join: args.join,
                merge: args.merge,
                window_days: args.window_days,
                terms: args.terms,
                name_weight: args.name_weight,
                split: args.split_below,
                min_part: args.min_part,
                ..crosscheck_cluster::Options::default()
            };
            let bench = bench()?;
            for part in crosscheck_eval::cluster::Part::ALL {
                let started = std::time::Instant::now();
                let s = crosscheck_eval::cluster::evaluate(&bench, part, &options)?;
                if let Some(path) = &args.predictions {
                    // `id<TAB>story` lines, as `tools/cluster_scores.py`
                    // reads them (one file per part: the part's name is
                    // appended).
                    let items = crosscheck_eval::cluster::read(&bench, part)?;
                    let found = crosscheck_eval::cluster::cluster(&items, &options);
                    let mut tsv = String::new();
                    for (item, story) in items.iter().zip(&found) {
                        tsv.push_str(&format!("{}\ts{story}\n", item.id));
                    }
                    let file = path.with_extension(format!(
                        "{}.tsv",
                        part.name()
                            .split_whitespace()
                            .take(2)
                            .collect::<Vec<_>>()
                            .join("-")
                    ));
                    std::fs::write(&file, tsv)
                        .with_context(|| format!("writing {}", file.display()))?;
                }
                if args.details {
                    // Each story found that holds several gold stories.
                    let items = crosscheck_eval::cluster::read(&bench, part)?;
                    let found = crosscheck_eval::cluster::cluster(&items, &options);
                    let mut by: std::collections::BTreeMap<
                        usize,
                        std::collections::BTreeMap<&str, usize>,
                    > = std::collections::BTreeMap::new();
                    for (item, &story) in items.iter().zip(&found) {
                        *by.entry(story).or_default().entry(&item.story).or_default() += 1;
                    }
                    for (story, gold) in by.iter().filter(|(_, g)| g.len() > 1) {
                        writeln!(out, "  story {story}: {gold:?}")?;
                    }
                }
                writeln!(
                    out,
                    "{}\ttexts {}\tstories {} (gold {})\tpairwise P {:.4} R {:.4} F1 {:.4}\tBCubed P {:.4} R {:.4} F1 {:.4}\t{:.2} s",
                    part.name(),
                    s.texts,
                    s.stories,
                    s.gold_stories,
                    s.pair_p,
                    s.pair_r,
                    s.pair_f1,
                    s.b3_p,
                    s.b3_r,
                    s.b3_f1,
                    started.elapsed().as_secs_f64()
                )?;
            }
        }
        EvalTarget::Audit => {
            let model = sentence_model(&args)?;
            let encoder = model
                .as_ref()
                .map(|m| m as &dyn crosscheck_pipeline::SentenceEncoder);
            let report =
                crosscheck_eval::audit::run(&bench()?, &args.root.join("testdata/audit"), encoder)?;
            write!(
                out,
                "{}",
                crosscheck_eval::audit::text::render(&report, args.details)
            )?;
        }
        EvalTarget::Speakers => {
            let report =
                crosscheck_eval::audit::run(&bench()?, &args.root.join("testdata/speakers"), None)?;
            write!(
                out,
                "{}",
                crosscheck_eval::audit::text::render_speakers(&report, args.details)
            )?;
        }
        EvalTarget::Batteries => {
            let scores =
                crosscheck_eval::battery::run(&args.root.join("testdata/speakers/batteries"))?;
            write!(
                out,
                "{}",
                crosscheck_eval::battery::render(&scores, args.details)
            )?;
        }
        EvalTarget::Seed => {
            let model = sentence_model(&args)?;
            let encoder = model
                .as_ref()
                .map(|m| m as &dyn crosscheck_pipeline::SentenceEncoder);
            let seed = crosscheck_eval::seed::load(&args.root, encoder)?;
            let r = crosscheck_eval::seed::alignment(&seed);
            writeln!(
                out,
                "seed alignment\tgold found {}/{} ({} with the gold relation)\tpredicted {}\tonly_in {}/{}",
                r.found, r.gold, r.same_relation, r.predicted, r.only_in_found, r.only_in_gold
            )?;
            for (a, b) in &r.missed {
                writeln!(out, "missed\t{a:?} ~ {b:?}")?;
            }
            let q = crosscheck_eval::seed::quotes(&seed);
            writeln!(
                out,
                "seed quotes\tfound {}/{}\tspeaker {}/{}\tvia {}/{}\tverdicts {}/{}\t\"perceived\" removal {}\tnames as speech {}\tpredicted {}",
                q.quotes_found,
                q.quotes_gold,
                q.speaker_right,
                q.quotes_found,
                q.via_right,
                q.via_gold,
                q.verdicts_right,
                q.verdicts_gold,
                if q.hedge_removal_found {
                    "found"
                } else {
                    "missed"
                },
                q.names_as_speech,
                q.quotes_predicted
            )?;
            let (timeline_gold, timeline_found) = crosscheck_eval::seed::timeline(&seed);
            writeln!(
                out,
                "seed timeline\tdated statements found {timeline_found}/{timeline_gold}"
            )?;
            let e = crosscheck_eval::seed::entities(&seed);
            writeln!(
                out,
                "seed entities\tfound {}/{}\ttyped {}/{}\talias pairs F1 {:.3} P {:.3} R {:.3} ({} together in both, {} predicted, {} gold)\tkept apart {}/{}",
                e.found,
                e.gold,
                e.typed,
                e.found,
                e.pairs.f1,
                e.pairs.precision,
                e.pairs.recall,
                e.pair_counts.0,
                e.pair_counts.1,
                e.pair_counts.2,
                e.distinct.1,
                e.distinct.0
            )?;
            if args.details {
                for m in &e.misses {
                    writeln!(out, "entity miss\t{m}")?;
                }
            }
            let (gold, found, chain, typed) = q.attributions;
            writeln!(
                out,
                "seed attributions\tfound {found}/{gold}\tchain {chain}/{gold}\tsource type {typed}/{gold}"
            )?;
            let c = crosscheck_eval::seed::claims(&seed);
            writeln!(
                out,
                "seed claims\tleaked-report claim across both outlets {}\tindependent sources {}\tcaveats omitted found {}/{}\tomissions asserted {} ({} right)",
                if c.leaked_grouped { "yes" } else { "no" },
                c.leaked_sources,
                c.caveats_found,
                c.caveats_gold,
                c.omissions_predicted,
                c.omissions_right
            )?;
            let (gold, found, predicted, right) = crosscheck_eval::seed::hedges(&seed);
            writeln!(
                out,
                "seed framing\thedges found {found}/{gold} in the right outlet\tpredicted {predicted} ({right} gold)"
            )?;
            match crosscheck_eval::seed::loaded(&seed) {
                None => writeln!(
                    out,
                    "seed loaded language\tnot measured: pass --model-data DIR"
                )?,
                Some((gold, found, predicted, right)) => writeln!(
                    out,
                    "seed loaded language\tgold phrases found {found}/{gold} in the right outlet\tpredicted {predicted} ({right} inside a gold phrase)"
                )?,
            }
            if args.details {
                let (x, y) = (&seed.analysis.articles[0], &seed.analysis.articles[1]);
                for al in &seed.analysis.alignments {
                    writeln!(
                        out,
                        "{}\t{:.3}\ta1.s{} {:?}\ta2.s{} {:?}",
                        al.relation.as_str(),
                        al.score,
                        al.a_sentence + 1,
                        x.slice(x.sentences[al.a_sentence].span),
                        al.b_sentence + 1,
                        y.slice(y.sentences[al.b_sentence].span)
                    )?;
                }
            }
        }
        EvalTarget::BasilEntities => {
            for (label, file) in [
                ("developed on", "basil-entities.json"),
                ("held out", "basil-entities-heldout.json"),
            ] {
                let e = crosscheck_eval::basil::entities(&bench()?, &args.root, file)?;
                writeln!(
                    out,
                    "basil entities ({label})\tgroups {}\tfound {}\ttyped {}\talias pairs F1 {:.3} P {:.3} R {:.3} ({} together in both, {} predicted, {} gold)",
                    e.gold,
                    e.found,
                    e.typed,
                    e.pairs.f1,
                    e.pairs.precision,
                    e.pairs.recall,
                    e.pair_counts.0,
                    e.pair_counts.1,
                    e.pair_counts.2
                )?;
                if args.details {
                    for m in &e.misses {
                        writeln!(out, "entity miss\t{m}")?;
                    }
                }
            }
        }
        EvalTarget::Ner => {
            let r = crosscheck_eval::ner::evaluate(&bench()?)?;
            writeln!(
                out,
                "ner conll2003 valid\tF1 {:.4}\tP {:.4}\tR {:.4}\tgold {}\tpredicted {}\tdocuments {}\ttokens {}",
                r.overall.f1,
                r.overall.precision,
                r.overall.recall,
                r.gold,
                r.predicted,
                r.documents,
                r.tokens
            )?;
            for (kind, s, gold) in &r.per_type {
                writeln!(
                    out,
                    "{kind}\tF1 {:.4}\tP {:.4}\tR {:.4}\tgold {gold}",
                    s.f1, s.precision, s.recall
                )?;
            }
        }
        EvalTarget::Time => {
            let r = crosscheck_eval::time::evaluate(&args.root)?;
            writeln!(
                out,
                "time expressions\tF1 {:.3}\tP {:.3}\tR {:.3}\texpected {}\tpredicted {}\tsentences {}",
                r.score.f1, r.score.precision, r.score.recall, r.expected, r.predicted, r.sentences
            )?;
            if args.details {
                for e in &r.errors {
                    writeln!(out, "{e}")?;
                }
            }
        }
        EvalTarget::BasilQuotes => {
            let r = crosscheck_eval::basil::evaluate(&bench()?)?;
            let pairs: usize = r.verdicts.values().sum();
            writeln!(
                out,
                "basil quotes\tevents {}\tquotations {}\tshared across outlets {pairs}\tmaterial {}",
                r.events, r.quotes, r.material
            )?;
            for (verdict, n) in &r.verdicts {
                writeln!(out, "{verdict}\t{n}")?;
            }
            if args.details {
                for e in &r.examples {
                    let changes: Vec<String> = e
                        .comparison
                        .changes
                        .iter()
                        .map(|c| format!("{} {:?}→{:?}", c.kind.as_str(), c.a, c.b))
                        .collect();
                    writeln!(
                        out,
                        "{}\t{}{}\t{} / {}\t{}\n\t{:?}\n\t{:?}",
                        e.comparison.verdict.as_str(),
                        if e.comparison.material {
                            "material "
                        } else {
                            ""
                        },
                        changes.join("; "),
                        e.outlets.0,
                        e.outlets.1,
                        e.event,
                        e.texts.0,
                        e.texts.1
                    )?;
                }
            }
        }
        EvalTarget::Polnear => {
            let file = bench()?
                .join("polnear")
                .join(format!("{}.jsonl", args.split));
            let r = if args.learned {
                crosscheck_eval::polnear::evaluate_learned(
                    &file,
                    args.predictions.as_deref(),
                    crosscheck_quotes::learned::built_in(),
                )?
            } else {
                crosscheck_eval::polnear::evaluate(&file, args.predictions.as_deref())?
            };
            writeln!(
                out,
                "polnear {}	articles {}	gold {}	predicted {}",
                args.split, r.articles, r.gold, r.predicted
            )?;
            print_polnear(&mut out, &r)?;
        }
        EvalTarget::PolnearAgreement => {
            let files = crosscheck_eval::polnear::agreement_files(&bench()?);
            let mut groups: Vec<(String, Vec<&std::path::Path>)> = files
                .iter()
                .map(|f| (f.display().to_string(), vec![f.as_path()]))
                .collect();
            groups.push((
                "all three".into(),
                files.iter().map(|f| f.as_path()).collect(),
            ));
            for (name, group) in groups {
                let Some(a) = crosscheck_eval::polnear::agreement(&group)? else {
                    continue;
                };
                let name = name.rsplit('/').next().unwrap_or(&name).to_string();
                writeln!(
                    out,
                    "polnear-agreement {name}	texts with several annotators {}	annotators {}",
                    a.articles, a.annotators
                )?;
                for (who, r) in [
                    ("between annotators", &a.between_annotators),
                    ("crosscheck vs annotators", &a.crosscheck),
                ] {
                    writeln!(
                        out,
                        "{who}	exact source F1 {:.1}	cue {:.1}	content {:.1}	overlap source F1 {:.1}	cue {:.1}	content {:.1}	direct-quote speaker {:.1} ({})",
                        100.0 * r.exact["source"].f1,
                        100.0 * r.exact["cue"].f1,
                        100.0 * r.exact["content"].f1,
                        100.0 * r.overlap["source"].f1,
                        100.0 * r.overlap["cue"].f1,
                        100.0 * r.overlap["content"].f1,
                        100.0 * r.quote_speaker_accuracy,
                        r.quotes_matched
                    )?;
                }
            }
        }
        EvalTarget::Extraction => {
            let report = crosscheck_eval::extraction::run(&bench()?)?;
            if args.details {
                for p in &report.pages {
                    writeln!(out, "{}\tP {:.3}\tR {:.3}", p.id, p.precision, p.recall)?;
                }
            }
            let s = report.score;
            writeln!(
                out,
                "extraction\tF1 {:.3}\tP {:.3}\tR {:.3}\tacc {:.3}\tpages {}",
                s.f1,
                s.precision,
                s.recall,
                report.accuracy,
                report.pages.len()
            )?;
            if let Some(path) = &args.predictions {
                let map: serde_json::Map<String, serde_json::Value> = report
                    .predictions
                    .iter()
                    .map(|(id, body)| (id.clone(), serde_json::json!({ "articleBody": body })))
                    .collect();
                write_out(Some(path), &serde_json::to_vec(&map)?)?;
            }
        }
        EvalTarget::Caveats => {
            let model = sentence_model(&args)?;
            let encoder = model
                .as_ref()
                .map(|m| m as &dyn crosscheck_pipeline::SentenceEncoder);
            let settings = crosscheck_pipeline::Settings::default();
            let analyse = |articles: &[crosscheck_model::Article]| {
                crosscheck_pipeline::analyse_with(articles.to_vec(), encoder, &settings)
            };
            for (split, s) in crosscheck_eval::caveats::run(
                &bench()?,
                &args.root.join("testdata/caveats"),
                &analyse,
            )? {
                let c = |c: crosscheck_eval::caveats::Counts| {
                    format!(
                        "P {} R {}",
                        share(c.right, c.predicted),
                        share(c.found, c.gold)
                    )
                };
                writeln!(
                    out,
                    "caveats {split}\tstories {}\tarticles {}\tcaveats {}\twithout allegations {}\tomissions {}",
                    s.stories,
                    s.articles,
                    c(s.caveats),
                    c(s.reliability),
                    c(s.omissions)
                )?;
                let kinds: Vec<String> = s
                    .by_kind
                    .iter()
                    .map(|(k, (g, f))| format!("{k} {f}/{g}"))
                    .collect();
                writeln!(out, "caveats {split} found by kind\t{}", kinds.join("\t"))?;
                let [no_caveat, not_linked, not_asserted] = s.omissions_missed;
                writeln!(
                    out,
                    "caveats {split} omissions missed\tcaveat not found {no_caveat}\tthe two statements of the claim not aligned {not_linked}\taligned, not asserted {not_asserted}"
                )?;
                if args.details {
                    for d in &s.details {
                        writeln!(out, "  {d}")?;
                    }
                }
            }
        }
        EvalTarget::Babe => {
            let (_, rows, embedded) = babe_embedded(&args, &bench()?, "babe")?;
            let s = crosscheck_eval::babe::cross_validate(
                &rows,
                &embedded,
                crosscheck_eval::babe::FOLDS,
                crosscheck_eval::babe::FOLD_SEED,
            );
            writeln!(
                out,
                "babe\tsentences {}\tfolds {}\tmacro F1 {:.4} (biased: P {:.4} R {:.4})\tlexicon only {:.4}\twords at the floor: P {:.4} R {:.4}",
                s.sentences,
                s.folds,
                s.model_macro_f1,
                s.model_precision,
                s.model_recall,
                s.lexicon_macro_f1,
                s.word_precision,
                s.word_recall
            )?;
        }
        EvalTarget::BabeTuned => {
            let (model, rows, embedded) = babe_embedded(&args, &bench()?, "babe-tuned")?;
            let options = crosscheck_embed::tuned::TrainOptions {
                top: args.tuned_top,
                epochs: args.tuned_epochs,
                layer_rate: args.tuned_layer_rate,
                head_rate: args.tuned_head_rate,
                dropout: args.tuned_dropout,
                ..crosscheck_embed::tuned::TrainOptions::default()
            };
            let s = crosscheck_eval::babe::tuned_cross_validate(
                &rows,
                &embedded,
                &model,
                crosscheck_eval::babe::FOLDS,
                args.fold_start..args.fold_start + args.folds_run,
                crosscheck_eval::babe::FOLD_SEED,
                &options,
            )?;
            if s.run > 0 {
                let folds: Vec<String> =
                    s.tuned_per_fold.iter().map(|f| format!("{f:.4}")).collect();
                writeln!(
                    out,
                    "babe-tuned\tsentences {}\tfolds {} of {}\ttuned macro F1 {:.4} (folds {})\tlogistic {:.4}\t{:.0} s",
                    s.sentences,
                    s.run,
                    s.folds,
                    s.tuned,
                    folds.join(" "),
                    s.logistic,
                    s.seconds
                )?;
                for (weight, floor, f1) in &s.blends {
                    writeln!(
                        out,
                        "babe-tuned blend\tlogistic weight {weight:.2}\tfloor {floor:.2}\tmacro F1 {f1:.4}"
                    )?;
                }
                for (floor, f1, read) in &s.cascade {
                    writeln!(
                        out,
                        "babe-tuned cascade\tlogistic floor {floor:.2}\tmacro F1 {f1:.4}\ttuned head reads {:.1}%",
                        100.0 * read
                    )?;
                }
            }
            match crosscheck_eval::babe::held_out(&rows, &embedded, &model)? {
                None => writeln!(out, "babe-tuned shipped\tno bias head is shipped")?,
                Some(h) => writeln!(
                    out,
                    "babe-tuned shipped\theld-out fold {} ({} sentences)\thead macro F1 {:.4} (biased: P {:.4} R {:.4})\tas the pipeline runs it {:.4} (biased: P {:.4} R {:.4})\tlogistic {:.4}\tblended with the logistic model, not adopted {:.4} (biased: P {:.4} R {:.4}; in the cascade {:.4})",
                    crosscheck_eval::babe::HELD_OUT_FOLD,
                    h.sentences,
                    h.tuned,
                    h.tuned_precision,
                    h.tuned_recall,
                    h.cascade,
                    h.cascade_precision,
                    h.cascade_recall,
                    h.logistic,
                    h.blend,
                    h.blend_precision,
                    h.blend_recall,
                    h.blend_cascade
                )?,
            }
        }
        EvalTarget::BasilLexical => {
            let model = sentence_model(&args)?
                .context("`eval basil-lexical` needs the sentence model: pass --model-data DIR")?;
            let settings = crosscheck_pipeline::Settings {
                bias_head: args.bias_head,
                ..crosscheck_pipeline::Settings::default()
            };
            let s = crosscheck_eval::basil::lexical(&bench()?, &model, &settings)?;
            let ch = s.chars_prf();
            writeln!(
                out,
                "basil-lexical\tarticles {}\tsentences {} ({} with lexical bias)\tloaded words, characters: P {:.4} R {:.4} F1 {:.4}",
                s.articles, s.sentences, s.gold_sentences, ch.precision, ch.recall, ch.f1
            )?;
            let floor = crosscheck_framing::loaded::SENTENCE_FLOOR;
            for f in [floor, 0.6, 0.7, 0.8, 0.9, 0.95] {
                let (all, outside) = (s.sentences_prf(f, false), s.sentences_prf(f, true));
                let shipped = if f == floor { " (shipped)" } else { "" };
                writeln!(
                    out,
                    "basil-lexical sentences at {f:.2}{shipped}\tP {:.4} R {:.4} F1 {:.4}\tspans outside quotations only: P {:.4} R {:.4} F1 {:.4}",
                    all.precision,
                    all.recall,
                    all.f1,
                    outside.precision,
                    outside.recall,
                    outside.f1
                )?;
            }
        }
        EvalTarget::MeterClaims => {
            for (year, c) in crosscheck_eval::claims::meter(&bench()?)? {
                writeln!(
                    out,
                    "meter-claims {year}\tstories {}\trelayed by PA and derived papers: one source {}\twith a paper's own reporting: collapsed to one {} (of them, by the same named source, the paper related to no other carrier: {})",
                    c.stories,
                    share(c.relayed_as_one, c.relayed),
                    share(c.own_reporting_as_one, c.own_reporting),
                    c.own_reporting_same_source
                )?;
            }
        }
        EvalTarget::AuditClaims => {
            for (split, c) in crosscheck_eval::claims::audit(
                &bench()?,
                &args.root.join("testdata/audit"),
                &args.root.join("testdata/audit-claims"),
            )? {
                writeln!(
                    out,
                    "audit-claims {}\tjudged {} (still reported {})\tgrouping {}\tindependent sources {}\tsingle-source flags {}",
                    split.dir(),
                    c.judged,
                    c.matched,
                    share(c.grouping_right, c.matched),
                    share(c.count_right, c.counted),
                    share(c.single_right, c.single_flags)
                )?;
                writeln!(
                    out,
                    "audit-claims {}\tcaveat omissions asserted {}",
                    split.dir(),
                    c.omissions.len()
                )?;
                if args.details {
                    for line in &c.omissions {
                        writeln!(out, "  {line}")?;
                    }
                    for line in &c.count_errors {
                        writeln!(out, "  count {line}")?;
                    }
                    for line in &c.unjudged {
                        writeln!(out, "  unjudged {line}")?;
                    }
                    for line in &c.stale {
                        writeln!(out, "  no longer reported {line}")?;
                    }
                }
            }
        }
        EvalTarget::MeterSpans => {
            let options = crosscheck_reuse::Options {
                ngram: args.ngram,
                max_gap: args.max_gap,
                min_words: args.min_words,
                ..crosscheck_reuse::Options::default()
            };
            let r = crosscheck_eval::meter::spans(&bench()?, &options, args.containment)?;
            writeln!(
                out,
                "meter-spans\treused F1 {:.3}\tP {:.3}\tR {:.3}\tverbatim R {:.3}\trewrite R {:.3}\ttexts {}",
                r.reused.f1,
                r.reused.precision,
                r.reused.recall,
                r.verbatim_recall,
                r.rewrite_recall,
                r.texts
            )?;
        }
    }
    Ok(Outcome::Done)
}

fn print_polnear(
    out: &mut dyn Write,
    r: &crosscheck_eval::polnear::PolnearReport,
) -> std::io::Result<()> {
    for (role, p) in &r.exact {
        writeln!(
            out,
            "exact {role}	F1 {:.1}	P {:.1}	R {:.1}",
            100.0 * p.f1,
            100.0 * p.precision,
            100.0 * p.recall
        )?;
    }
    for (role, p) in &r.overlap {
        writeln!(
            out,
            "overlap {role}	F1 {:.1}	P {:.1}	R {:.1}",
            100.0 * p.f1,
            100.0 * p.precision,
            100.0 * p.recall
        )?;
    }
    for (t, p, src) in &r.content_match {
        writeln!(
            out,
            "content match @{t}	F1 {:.1}	P {:.1}	R {:.1}	source agrees {:.1}",
            100.0 * p.f1,
            100.0 * p.precision,
            100.0 * p.recall,
            100.0 * src
        )?;
    }
    writeln!(
        out,
        "direct-quote speaker accuracy	{:.1}	({} quotations matched)",
        100.0 * r.quote_speaker_accuracy,
        r.quotes_matched
    )
}

/// The sentence model of `--model-data`, when given (lexical evidence only
/// without it).
fn sentence_model(args: &EvalArgs) -> anyhow::Result<Option<crosscheck_embed::Model>> {
    args.model_data
        .as_deref()
        .map(crosscheck_embed::Model::load)
        .transpose()
        .map_err(Into::into)
}

/// Vectors, or why the model gave none.
type Vectors = Result<Vec<Vec<f32>>, String>;

/// The sentence model, BABE's rows with an agreed label, and their vectors
/// in the distilled embedding, for `eval {command}`.
fn babe_embedded(
    args: &EvalArgs,
    bench: &std::path::Path,
    command: &str,
) -> anyhow::Result<(
    crosscheck_embed::Model,
    Vec<crosscheck_eval::babe::Row>,
    crosscheck_eval::babe::Embedded,
)> {
    let model = sentence_model(args)?.with_context(|| {
        format!("`eval {command}` needs the sentence model: pass --model-data DIR")
    })?;
    let rows = crosscheck_eval::babe::read(bench)?;
    let embedded = crosscheck_eval::babe::Embedded::new(&rows, &distilled(&model)?)
        .map_err(anyhow::Error::msg)?;
    Ok((model, rows, embedded))
}

/// The distilled embedding of a loaded model, as the BABE evaluation and
/// training read it.
pub(crate) fn distilled(
    model: &crosscheck_embed::Model,
) -> anyhow::Result<impl Fn(&[&str]) -> Vectors + '_> {
    let d = model
        .distilled()
        .context("the sentence model has no distilled embedding")?;
    Ok(move |texts: &[&str]| d.embed(texts).map_err(|e| e.to_string()))
}

/// `n` of `of` as a share with its counts ("0.880 (1950/2215)"), or "n/a".
fn share(n: usize, of: usize) -> String {
    if of == 0 {
        "n/a".to_string()
    } else {
        format!("{:.3} ({n}/{of})", n as f64 / of as f64)
    }
}
