//! `crosscheck eval`: score a stage against gold.

use std::io::Write;

use crate::Outcome;
use crate::cli::{EvalArgs, EvalTarget};
use crate::output::write_out;

pub fn run(args: EvalArgs) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    match args.what {
        EvalTarget::Extraction => {
            let report = crosscheck_eval::extraction::run(&args.bench)?;
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
        EvalTarget::MeterSpans => {
            let options = crosscheck_reuse::Options {
                ngram: args.ngram,
                max_gap: args.max_gap,
                min_words: args.min_words,
                ..crosscheck_reuse::Options::default()
            };
            let r = crosscheck_eval::meter::spans(&args.bench, &options, args.containment)?;
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
